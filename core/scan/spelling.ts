/**
 * Names spelled so that the language reads them as other names: Python reads identifiers in NFKC form (`ｏｓ`
 * is `os`, PEP 3131), JavaScript decodes `\u` escapes in identifiers (`\u0066etch` is `fetch`), and both decode
 * escapes in strings (`require("child\u005fprocess")`). The scan matches names as they are written, so such a
 * spelling is reported where it stands instead of being read past; honest code has no reason to write a plain
 * letter, digit or `_` any other way.
 */
import type { Node, Tree } from "@vscode/tree-sitter-wasm";
import type { Grammar } from "./parser";

/** The characters whose escaped spelling is reported: what names and module specifiers are made of (not `/`: `<\u002Fscript>` is an idiom). */
const PLAIN = /^[A-Za-z0-9_$.@-]$/;
/**
 * An escape and what it spells: groups 1–3 hexadecimal, 4 octal (both languages); 5 a line continuation (a backslash
 * before a line terminator spells nothing); 6 any other character after the backslash — JavaScript reads `\d` as `d`
 * (an identity escape), Python keeps the backslash, but `\N{LATIN SMALL LETTER S}` (group 6 there) is `s`. Any
 * character is consumed so that an escaped backslash (`\\x41`) is read as one.
 */
const JS_ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-7]{1,3})|(\r\n|[\n\r\u2028\u2029])|([^]))/g;
const PY_ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{1,3})|(\r\n|[\n\r])|N\{([^}\n]{1,100})\}|[^])/g;
/** JavaScript's escapes that spell control characters, not the letter (`\n`); `x` and `u` spell only as above. */
const JS_CONTROL = new Set(["b", "f", "n", "r", "t", "v", "x", "u"]);
/** The Unicode names Python's `\N{…}` spells a plain character with (case does not matter to it). */
const PLAIN_NAMES: ReadonlyMap<string, string> = new Map([
  ...Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i)).flatMap((c) => [[`LATIN SMALL LETTER ${c.toUpperCase()}`, c], [`LATIN CAPITAL LETTER ${c.toUpperCase()}`, c.toUpperCase()]] as const),
  ...["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"].map((d, i) => [`DIGIT ${d}`, String(i)] as const),
  ["LOW LINE", "_"], ["FULL STOP", "."], ["HYPHEN-MINUS", "-"], ["COMMERCIAL AT", "@"], ["DOLLAR SIGN", "$"],
]);
/** Python identifier characters beyond ASCII (letters, marks, digits, connectors). */
const PY_WORD = /[\p{L}\p{M}\p{N}\p{Pc}]*[^\x00-\x7f][\p{L}\p{M}\p{N}\p{Pc}]*/gu;
/**
 * What can follow the backslash of an escape spelling a plain character or nothing, for the file's text; a JavaScript
 * identity escape (`\d`, everywhere in regular expressions) is looked for in module specifiers only (the prefilter's
 * ESCAPED_SPECIFIER) and read in the strings of a file parsed anyway (identityEscapes).
 */
const ESCAPE_LETTER = { javascript: /[ux0-7\n\r\u2028\u2029]/, python: /[xuU0-7N\n\r]/ } as const;
const NON_ASCII = /[^\x00-\x7f]/;

const escapesOf = (grammar: Grammar) => new RegExp(grammar === "python" ? PY_ESCAPE : JS_ESCAPE);

/** What an escape match spells when it is a plain character or nothing (a line continuation), else undefined (ESCAPE's groups). */
function spelled(groups: readonly (string | undefined)[], grammar: Grammar, identity: boolean): string | undefined {
  if (groups[4] !== undefined) return "";
  if (groups[5] !== undefined) {
    if (grammar === "python") return PLAIN_NAMES.get(groups[5].toUpperCase().replace(/\s+/g, " ").trim());
    return identity && !JS_CONTROL.has(groups[5]) && PLAIN.test(groups[5]) ? groups[5] : undefined;
  }
  const digits = groups[3] ?? groups[0] ?? groups[1] ?? groups[2];
  if (digits === undefined) return undefined;
  const code = groups[3] !== undefined ? parseInt(digits, 8) : parseInt(digits, 16);
  const char = code <= 0x10ffff ? String.fromCodePoint(code) : "";
  return PLAIN.test(char) ? char : undefined;
}

/** Text with plain characters written as escapes decoded (JavaScript's identity escapes with `identity`), and for Python in NFKC form. */
function decoded(text: string, grammar: Grammar, identity = false): string {
  const plain = text.replace(escapesOf(grammar), (escape: string, ...groups: (string | undefined)[]) => spelled(groups.slice(0, 6), grammar, identity) ?? escape);
  return grammar === "python" ? plain.normalize("NFKC") : plain;
}

/** A backslash before a character JavaScript reads as itself in a string (`\d` is `d`): what a file parsed anyway is searched for (Scanner). */
export function identityEscapes(text: string, grammar: Grammar): boolean {
  if (grammar === "python") return false;
  for (let at = text.indexOf("\\"); at >= 0; at = text.indexOf("\\", at + 2)) {
    const next = text.charAt(at + 1);
    if (!JS_CONTROL.has(next) && PLAIN.test(next) && !/[0-7]/.test(next)) return true;
  }
  return false;
}

/**
 * The file's text as the language reads its names, for the prefilter (a file whose only mention of a watched
 * module is respelled must still be parsed); undefined when nothing in it can be spelled otherwise.
 */
export function respelledText(text: string, grammar: Grammar): string | undefined {
  if (!mayRespell(text, grammar)) return undefined;
  const plain = decoded(text, grammar);
  return plain === text ? undefined : plain;
}

/** An escape's backslash (looked for with indexOf: it is rare in code, and a regular expression tries every position), or for Python a character beyond ASCII. */
function mayRespell(text: string, grammar: Grammar): boolean {
  const letter = ESCAPE_LETTER[grammar === "python" ? "python" : "javascript"];
  for (let at = text.indexOf("\\"); at >= 0; at = text.indexOf("\\", at + 1)) if (letter.test(text.charAt(at + 1))) return true;
  return grammar === "python" && NON_ASCII.test(text);
}

const STRINGS = new Set(["string", "template_string"]);
const JS_NAMES = new Set(["identifier", "property_identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern", "private_property_identifier", "type_identifier"]);

/** Each identifier or string that spells a plain name otherwise, once, with what the language reads. */
export function respelledNames(tree: Tree, text: string, grammar: Grammar): Array<{ node: Node; reads: string }> {
  const found = new Map<number, { node: Node; reads: string }>();
  const report = (node: Node) => {
    if (!found.has(node.startIndex)) found.set(node.startIndex, { node, reads: decoded(node.text, grammar, true) });
  };
  for (const m of text.matchAll(escapesOf(grammar))) {
    if (spelled(m.slice(1, 7), grammar, true) === undefined) continue;
    const at = tree.rootNode.descendantForIndex(m.index!, m.index! + m[0].length);
    if (!at) continue;
    if (at.type === "escape_sequence" && at.startIndex === m.index && at.text === m[0]) {
      const string = enclosing(at, STRINGS);
      if (string && namesSomething(string, grammar)) report(string);
    } else if (grammar !== "python" && JS_NAMES.has(at.type)) report(at);
  }
  if (grammar === "python") {
    for (const m of text.matchAll(PY_WORD)) {
      // Only a word that reads as plain ASCII can be a watched name (`µ` read as `μ` is left alone).
      const reads = m[0].normalize("NFKC");
      if (reads === m[0] || /[^\x00-\x7f]/.test(reads)) continue;
      const at = tree.rootNode.descendantForIndex(m.index!, m.index! + m[0].length);
      if (at?.type === "identifier") report(at);
    }
  }
  return [...found.values()].sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** A string literal that can name a module or member: text, not bytes, whose content reads as one name with a letter in it (`child_process`, `@scope/pkg`; not `$5`). */
function namesSomething(string: Node, grammar: Grammar): boolean {
  const literal = /^([A-Za-z]*)("""|'''|"|'|`)([\s\S]*)\2$/.exec(string.text);
  if (!literal || (grammar === "python" && /b/i.test(literal[1]!))) return false;
  const reads = decoded(literal[3]!, grammar, true);
  return /^[A-Za-z0-9_$.@\/-]+$/.test(reads) && /[A-Za-z]/.test(reads);
}

function enclosing(node: Node, types: ReadonlySet<string>): Node | undefined {
  for (let n: Node | null = node.parent; n; n = n.parent) if (types.has(n.type)) return n;
  return undefined;
}
