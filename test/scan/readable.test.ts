// Syntax Node and tsc accept that the grammar does not read (readable.ts): read after rewriting to the same length, so
// a file using it is judged whole; syntax the scan still cannot read fails the gate (scan/parse-error is an error).
import { describe, expect, test } from "vitest";
import type { Grammar } from "../../core/scan/parser";
import { readableText } from "../../core/scan/readable";
import { scanFiles } from "../../core/scan/run";
import { at, found, writeProject } from "./helpers";

describe("readableText", () => {
  /** `text` with each of `words` (found left to right) replaced: the expected reading. */
  const blanked = (text: string, ...words: Array<string | [string, string]>) => {
    let out = text;
    let from = 0;
    for (const word of words) {
      const [find, put] = typeof word === "string" ? [word, " ".repeat(word.length)] : word;
      const i = out.indexOf(find, from);
      out = out.slice(0, i) + put + out.slice(i + find.length);
      from = i + put.length;
    }
    return out;
  };
  test.each<[Grammar, string, Array<string | [string, string]>]>([
    ["typescript", 'export type * from "./types";\nx();\n', ['export type * from "./types"']],
    ["typescript", "export type * as ns from './t' ;", ["export type * as ns from './t'"]],
    ["typescript", "interface Box<out T, in U, in out V = unknown> {}", ["out", "in", "in out"]],
    ["typescript", "interface Z<\n  /** @ts-ignore */\n  out Shape extends S = S,\n  // why\n  in U> {}", ["out", "in"]],
    ["typescript", "class C {\n  static accessor run = x;\n}", ["accessor"]],
    ["typescript", "type R<T> = import('stream/web').ReadableStream<Record<string, T>>;", ["<Record<string, T>>"]],
    ["javascript", 'import data from "./d.json" assert { type: "json" };', [["assert", "with  "]]],
    ["javascript", 'export { exec }\nfrom "child_process";\nexec(x);', [['}\nfrom "child_process";', '}from "child_process"\n;']]],
    ["typescript", 'export {\n  exec,\n}\n  from "./x";', [['}\n  from "./x";', '} from "./x"\n ;']]],
    ["javascript", 'import { in as schema, if as run } from "./m.mjs";', [[" in ", '"in"'], [" if ", '"if"']]],
    ["javascript", "export { a as in, b as if } from './m.mjs';\nexport { _null as null };", [["as in, ", 'as"in",'], ["as if ", 'as"if"'], ["as null ", 'as"null"']]],
  ])("%s: %j is read with %j blanked or respelled, offsets kept", (grammar, text, words) => {
    const readable = readableText(text, grammar);
    expect(readable).toBe(blanked(text, ...words));
    expect(readable).toHaveLength(text.length);
  });

  test.each([
    ["typescript", "const out = 1; f(a, out);"],
    ["typescript", "if (a < b && in_range(c, out_of)) {}"],
    ["javascript", "interface Box<out T> {}"],
    ["javascript", "assert({ ok: true });"],
    ["javascript", "const o = { in: 1, if: 2 }; for (k in o) if (k) {}"],
    ["javascript", "export {\n  a as in,\n  b,\n};"],
    ["python", "def f(out, T): pass"],
  ] as const)("%s: %j has none of the gaps", (grammar, text) => {
    expect(readableText(text, grammar)).toBeUndefined();
  });
});

describe("readableText on hostile input", () => {
  // Each of these scanned back to the file's start, or through every run of spaces, at each match: quadratic, past the
  // test's time limit at 2 MB (1 MB took 25–46 s).
  test.each([
    ["block-comment ends before each annotation", "typescript", `interface A<${"*/ out T, ".repeat(200_000)}> {}`],
    ["one line of annotations", "typescript", `type X = [${"a, out T, ".repeat(200_000)}];`],
    ["a run of spaces before a reserved word", "javascript", `let a = {${" ".repeat(2_000_000)}in as x };`],
    ["type arguments that never close", "typescript", `type X = ${'import("x").A<'.repeat(150_000)}`],
    ["line breaks after `export { … }` and no `from`", "javascript", `export {}${"\n ".repeat(1_000_000)}x`],
  ] as const)("%s: read in one pass, every offset kept", (_, grammar, text) => {
    expect(readableText(text, grammar)?.length ?? text.length).toBe(text.length);
  });
});

describe("scan/parse-error", () => {
  test("syntax the grammar lacks is read: the calls are found where written and the file parses", async () => {
    const text = 'import * as cp from "child_process";\nexport type * from "./types";\ninterface Box<out T> { v: T }\ntype R<T> = import("stream/web").ReadableStream<T>;\nclass C { static accessor run = cp.exec; }\nC.run(process.argv[2]!);\n';
    expect(await found("agent.ts", text)).toEqual([`scan/shell-command ${at(text, "C.run")}`]);
    const js = 'import data from "./d.json" assert { type: "json" };\nimport { exec } from "child_process";\nexec(data.cmd);\n';
    expect(await found("agent.mjs", js)).toEqual([`scan/shell-command ${at(js, "exec", 1)}`]);
  });

  test("the same syntax without a watched call: no finding", async () => {
    expect(await found("agent.ts", 'export type * from "./types";\ninterface Box<out T> { v: T }\nclass C { static accessor run = gateway.exec; }\nC.run("ls");\nconst fetch = gateway.fetch;\nfetch("u");\n')).toEqual([]);
  });

  test("syntax the scan still cannot read fails the gate, as an error where the parser broke off", async () => {
    // Node inserts a semicolon after `let run` (`let run [run]` is no statement); the grammar reads `let run[run] = …` and breaks off.
    const text = 'const cp = require("child_process");\nlet run\n[run] = [cp.exec]\nrun(process.argv[2])\n';
    expect(await found("agent.js", text)).toEqual([`scan/parse-error ${at(text, "run")}`, `scan/shell-command ${at(text, "run", 2)}`]);
    const { scanSource } = await import("../../core/scan/scan");
    expect((await scanSource("agent.js", text)).map((f) => `${f.rule} ${f.severity}`)).toEqual(["scan/parse-error error", "scan/shell-command error"]);
  });
});

describe("names written as strings across files (ES2022)", () => {
  test("`import { \"run\" as r }` and `import { in as a }` (a reserved word, as bundlers write), and a name re-exported with \`from\` on the next line, of a file offering child_process's exec are calls of it", async () => {
    const { root, files } = writeProject({
      "shell.mjs": 'export { exec as "run", execSync as "if" } from "child_process";\n',
      "bundle.mjs": 'import { exec } from "child_process";\nexport { exec as in, exec as do };\n',
      "keyword.mjs": 'import { in as a, do as b } from "./bundle.mjs";\na(process.argv[2]);\nb("ls");\n',
      "split.mjs": 'export { execSync }\nfrom "child_process";\n',
      "split-use.mjs": 'import { execSync } from "./split.mjs";\nexecSync("ls");\n',
      "use.mjs": 'import { "run" as r, "if" as s } from "./shell.mjs";\nr(process.argv[2]);\ns("ls");\n',
      "plain.mjs": 'import { "run" as r } from "./gateway.mjs";\nr(process.argv[2]);\n',
      "gateway.mjs": 'export { call as "run" } from "./tools.mjs";\n',
      "tools.mjs": "export const call = (c) => c;\n",
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual(["keyword.mjs:2:1 scan/shell-command", "keyword.mjs:3:1 scan/shell-command", "split-use.mjs:2:1 scan/shell-command", "use.mjs:2:1 scan/shell-command", "use.mjs:3:1 scan/shell-command"]);
  });
});
