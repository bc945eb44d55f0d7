import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import * as YAML from "yaml";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, type SourceLimits } from "../../core/kernel/limits";
import { type ParseResult, parseSource, parseYamlComposed } from "../../core/kernel/source/document";
import { LineIndex } from "../../core/kernel/source/lines";
import { readCommonYaml } from "../../core/kernel/source/yamlTokens";

/**
 * readCommonYaml (data and spans straight from yaml's CST) must give what composing the tokens with yaml's Composer
 * gives (parseYamlComposed): the same data, the same span for every key and value, the same findings, for every input.
 */

/** Everything a parse result holds, comparable: data with its prototypes and number oddities, spans in order, findings. */
function dump(r: ParseResult): unknown {
  const canon = (v: unknown): unknown => {
    if (typeof v === "number") return Object.is(v, -0) ? "-0" : Number.isFinite(v) ? v : `number ${v}`;
    if (v === null || typeof v !== "object") return v === undefined ? "undefined" : v;
    if (Array.isArray(v)) return v.map(canon);
    const proto = Object.getPrototypeOf(v) === null ? "null-prototype" : "prototype";
    return [proto, ...Object.keys(v).map((k) => [k, canon((v as Record<string, unknown>)[k])])];
  };
  const doc = r.doc as unknown as { data: unknown; spans: Map<string, unknown>; format: string } | undefined;
  return { findings: r.findings, doc: doc && { data: canon(doc.data), spans: [...doc.spans], format: doc.format } };
}

function isCommon(text: string, limits: SourceLimits = DEFAULT_LIMITS): boolean {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tokens = Array.from(new YAML.Parser().parse(t.replace(/\r(?!\n)/g, "\n")));
  return readCommonYaml(tokens, "t.yaml", new LineIndex(t), limits.maxDepth) !== undefined;
}

function expectSame(text: string, limits: SourceLimits = DEFAULT_LIMITS): void {
  expect(dump(parseSource("t.yaml", text, limits)), JSON.stringify(text)).toEqual(dump(parseYamlComposed("t.yaml", text, limits)));
}

/** Read straight from the tokens: the YAML flows and Blueprints are written in. */
const COMMON = [
  "a: 1\n",
  "a:\n  b:\n    - 10\n    - x\n",
  "n: [~, null, Null, NULL, '', \"\"]\nb: [true, False, TRUE, yes, no, on, off]\n",
  "i: [0, -12, +3, 007, 0o17, 0x1F, 0xff, 1_000, 0b11, 012]\nf: [1.5, .5, -1., 1e3, 1E-3, -.inf, +.INF, .NaN, .nan, 1.0e+2]\n",
  "1: one\n1.0: again\n0x1: hex\n007: seven\n~: tilde\ntrue: t\n.inf: inf\n",
  "s: 'it''s'\nd: \"tab\\there \\u00e9 \\x41 \\\\ \\\" \\/\"\ne: \"line\\\n  folded\"\n",
  "plain: a multi\n  line plain\n   scalar\nnext: x\n",
  "q: 'single\n  quoted\n\n  folded'\nr: \"double\n  folded\"\n",
  "lit: |\n  one\n   two\n\n  three\nkeep: |+\n  k\n\nstrip: |-\n  s\nfold: >\n  a\n  b\n\n  c\nind: |2\n    two more\nend: x\n",
  "seq:\n- a\n- b\n-\n- # comment\n  c\n",
  "a:\nb: # comment\nc:   \nd: 1\n",
  "- - a\n  - b\n- - c\n-   - d\n",
  "- a: 1\n  b: 2\n- c: 3\n",
  "m: {a: 1, b: [x, y], c: {d: e}}\ns: [a, [b, [c]], {k: v}]\nempty: [{}, [], {a: }, [ ]]\n",
  "t: [a, b, ]\nu: {a: 1, }\n",
  "multi: [a,\n  b,\n  c\n]\nmap: {\n  a: 1,\n  b: 2\n}\n",
  "k: {a: [1, 2], b: {c: null}}  # trailing comment\n",
  "a/b:\n  ~c: 1\na:\n  b:\n    ~c: 2\n~1: 3\n",
  "__proto__:\n  polluted: true\nconstructor: {prototype: {x: 1}}\n",
  "a: 1\nb: 2\na: 3\n",
  "m: {a: 1, a: 2}\n",
  "a:\n  x: 1\na:\n  x: 1\n  x: 2\n  <<: {}\n",
  "base: {x: 1}\nchild:\n  <<: {y: 2}\n  '<<': quoted\n  \"<<\": double\n",
  "---\na: 1\n",
  "--- # start\na: 1\n# end\n",
  "--- {a: 1}\n",
  "--- [1, 2]\n",
  "--- plain\n",
  "# only a comment before\n\n---\n- a\n",
  "'quoted root'\n",
  "42\n",
  "---\n",
  "a: 1 # c\n# trailing\n\n\n",
  "t: \u00e9t\u00e9 \ud83d\ude42\nk: \"\ud83d\ude42\"\n",
  "a: 1\r\nb:\r\n  - x\r\n",
  "a: 1\rb:\r  - x\r",
  "\uFEFFa: 1\n",
  "a: 'x' # c\nb: \"y\"   # c\n",
  "x: 1\n  # indented comment\ny: 2\n",
  "key with spaces: value\nurl: http://example.com/a#b\n",
  "- a\n -b\n",
];

/** Left to yaml's Composer: what it may report (errors, warnings), or what this reader does not model. */
const LEFT = [
  "",
  "# only a comment\n",
  "a: &x [1, 2]\nb: *x\n",
  "a: !!str 1\n",
  "a: !custom x\n",
  "%YAML 1.1\n---\na: yes\n",
  "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n",
  "a: 1\n---\nb: 2\n",
  "a: 1\n...\n",
  "a: 1\nb: [1, 2\nc: 3\n",
  "a: 1\n b: 2\n",
  "a\nb: 1\n",
  "? a\n: 1\n",
  ": v\n",
  "[a: 1, b]\n",
  "{a}\n",
  "[a, , b]\n",
  "[, a]\n",
  "a:\tb\n",
  "a:\n\t- b\n",
  "a: \"x\"#c\n",
  "a: {b: 1}}\n",
  "a: \"\\q\"\n",
  "a: @x\n",
  "a: `x\n",
  "|\nroot block\n",
  "a: |\nnot indented\n",
  "mul\n  ti: 1\n",
  `${"k".repeat(1100)}: 1\n`,
  "a: [b\nc]\n",
  "a: 'unterminated\n",
  "{a: 1} x\n",
  "key: value with: colon\n",
  "a: -\nb: - x\n",
  "? \n",
];

describe("readCommonYaml equals yaml's Composer", () => {
  it.each(COMMON)("reads %j from the tokens, as the composer does", (text) => {
    expect(isCommon(text)).toBe(true);
    expectSame(text);
  });

  it.each(LEFT)("leaves %j to the composer", (text) => {
    expect(isCommon(text)).toBe(false);
    expectSame(text);
  });

  it("reads the examples' YAML flows and Blueprints from the tokens, as the composer does", () => {
    const root = join(__dirname, "..", "..", "examples");
    const files = ["flows", "blueprints"].flatMap((d) => readdirSync(join(root, d)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(root, d, f)));
    expect(files.length).toBe(4);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(isCommon(text), file).toBe(true);
      expectSame(text);
    }
  });

  it("agrees on every YAML and JSON file under test/fixtures and examples, read as YAML", () => {
    const root = join(__dirname, "..", "..");
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ya?ml|json)$/.test(name) && statSync(p).size < 200_000) files.push(p);
      }
    };
    walk(join(root, "test", "fixtures"));
    walk(join(root, "examples"));
    let common = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if (isCommon(text)) common++;
      expect(dump(parseSource("t.yaml", text)), relative(root, file)).toEqual(dump(parseYamlComposed("t.yaml", text)));
    }
    expect(files.length).toBeGreaterThan(50);
    expect(common).toBeGreaterThan(files.length / 2);
  });

  it("agrees under tight depth and alias limits", () => {
    const tight = { ...DEFAULT_LIMITS, maxDepth: 3, maxAliasNodes: 4 };
    for (const text of [...COMMON, ...LEFT, "a: {b: {c: 1}}\n", "a: {b: {c: {d: 1}}}\n", "- - - x\n", "- - - - x\n", "a: &a [1, 2, 3]\nb: [*a, *a]\n"]) expectSame(text, tight);
  });

  // Edits at seeded positions turn the cases into near-misses: broken indentation, stray indicators, half-closed
  // collections, anchors and tags in odd places. Whatever the composer says of each, readCommonYaml says the same.
  it("agrees on 4,000 seeded edits of the cases and examples", () => {
    const root = join(__dirname, "..", "..", "examples");
    const sources = [...COMMON, ...["flows/triage-issue.flow.yaml", "blueprints/code-review.bp.yaml"].map((f) => readFileSync(join(root, f), "utf8"))];
    const inserts = ["-", ":", " ", "  ", "\t", "\n", "#", "&a ", "*a", "!", "!!str ", "'", '"', "[", "]", "{", "}", ",", "|", ">", "? ", "<<: ", "---\n", "...\n", "\r", "\\", "- ", ": ", "~", "1e3", "0x1F", "\u00a0", "\uFEFF", "%YAML 1.2\n", "@"];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let common = 0;
    for (let i = 0; i < 4000; i++) {
      const text = sources[next(sources.length)]!;
      const at = next(text.length + 1);
      const edited = next(4) === 0 ? text.slice(0, at) : text.slice(0, at) + inserts[next(inserts.length)] + text.slice(at + next(3));
      if (isCommon(edited)) common++;
      expectSame(edited);
    }
    // Most edits still leave YAML the tokens are read from: the comparison exercises readCommonYaml, not only the composer.
    expect(common).toBeGreaterThan(1500);
  });
});
