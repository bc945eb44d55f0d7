/**
 * PEP 263: the codec a Python program's first two lines declare (`# -*- coding: latin-1 -*-`; line 2 counts where
 * line 1 is blank or a comment), as CPython's tokenizer finds it: in each of those lines whole, however long.
 */
const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const UTF8_NAMES = /^(?:utf-?8(?:-.*)?|(?:us-)?ascii)$/;
const LATIN1_NAMES = /^(?:latin-?1|iso-?8859-1|l1|iso-latin-1|8859|cp819|latin)(?:-.*)?$/;

/**
 * How CPython decodes a Python program whose text starts with `head` (its bytes read as latin-1, or its text): UTF-8,
 * latin-1, or another codec as declared, which the scan does not read — CPython decodes `# coding: utf-7` and
 * `+AG8-s.system(…)` as `os.system(…)` —, so the program is skipped (scan/skipped-file: the gate fails closed).
 */
export function declaredCodec(head: string): "utf8" | "latin1" | { other: string } {
  const [first = "", second = ""] = head.replace(/^(?:\xef\xbb\xbf|\ufeff)/, "").split(/\r\n|\r|\n/, 2);
  const declared = CODING.exec(first)?.[1] ?? (/^[ \t\f]*(?:#.*)?$/.test(first) ? CODING.exec(second)?.[1] : undefined);
  if (declared === undefined) return "utf8";
  const name = declared.toLowerCase().replaceAll("_", "-");
  if (UTF8_NAMES.test(name)) return "utf8";
  if (LATIN1_NAMES.test(name)) return "latin1";
  return { other: declared };
}

/** The end of the first two lines of `bytes` (CPython ends a line at LF, CRLF or a lone CR): what declaredCodec reads. */
export function twoLinesEnd(bytes: Uint8Array): number {
  let at = 0;
  for (let line = 0; line < 2 && at < bytes.length; line++) {
    const lf = bytes.indexOf(0x0a, at);
    const cr = bytes.indexOf(0x0d, at);
    const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (end < 0) return bytes.length;
    at = end + (bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? 2 : 1);
  }
  return at;
}
