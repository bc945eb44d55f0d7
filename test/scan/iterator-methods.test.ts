// Red team 4, class 3: watched values an iterator gives where the scan does not follow its consumers (javascript.ts
// yieldedWhereUnfollowed), reported where given: a generator method's `yield` (object or class, `[Symbol.iterator]` or
// named, async), a hand-written iterator's `next` returning `{ value }`; and an array pattern parameter's default
// (javascript-parameters.ts).
import { describe, expect, test } from "vitest";
import { scanSource } from "../../core/scan/scan";
import { at, found, scanConfig } from "./helpers";

const SHELL = "scan/shell-command";
const CP = "const cp = require('child_process');\n";

describe("scan/shell-command: a generator method's yield, reported where yielded", () => {
  test.each([
    ["an object's `*[Symbol.iterator]()` destructured (p65)", "a.js", `${CP}const src = { *[Symbol.iterator]() { yield cp.execSync; } };\nconst [run] = src;\nrun('x');\n`, [["cp.execSync", 0]]],
    ["a class's `*[Symbol.iterator]()` (p254)", "a.js", `${CP}class Tools { *[Symbol.iterator]() { yield cp.execSync; } }\nconst [run] = new Tools();\nrun('x');\n`, [["cp.execSync", 0]]],
    ["`for (const f of obj)` (p255)", "a.js", `${CP}const tools = { *[Symbol.iterator]() { yield cp.execSync; } };\nfor (const run of tools) run('x');\n`, [["cp.execSync", 0]]],
    ["a named generator method `t.all()` (p256), `yield*` of an array, a yielded object's member, a module whole", "a.js", `${CP}const t = { *all() { yield cp.execSync; }, *more() { yield* [cp.spawn]; }, *obj() { yield { r: cp.exec }; }, *mod() { yield cp; } };\n`, [["cp.execSync", 0], ["cp.spawn", 0], ["cp.exec ", 0, 7], ["cp; }", 0, 2]]],
    ["an async generator method with `for await` (p322)", "a.mjs", `import cp from 'node:child_process';\nconst src = { async *[Symbol.asyncIterator]() { yield cp.execSync; } };\nfor await (const run of src) run('x');\n`, [["cp.execSync", 0]]],
    ["a generator nested in a function, a generator function expression in an object", "a.js", `${CP}function outer() { function* g() { yield cp.execFile; } return g; }\nconst o = { g: function* () { yield cp.fork; } };\n`, [["cp.execFile", 0], ["cp.fork", 0]]],
    ["TypeScript: `*[Symbol.iterator]()` (p257) and with `satisfies` (p289), a class's private generator method", "a.ts", `import { execSync, spawnSync } from 'child_process';\nconst tools = { *[Symbol.iterator]() { yield execSync; } } satisfies Iterable<unknown>;\nfor (const run of tools) (run as any)('x');\nclass K { private *each(): Generator<unknown> { yield spawnSync; } }\n`, [["execSync", 1], ["spawnSync", 1]]],
  ] as const)("%s", async (_, file, text, needles) => {
    expect(await found(file, text)).toEqual(needles.map(([needle, nth, length]) => `${SHELL} ${at(text, needle, nth)}`.replace(/-(\d+):(\d+)$/, (whole, line, column) => (length === undefined ? whole : `-${line}:${Number(column) - needle.length + length}`))));
  });

  test("clean: generator methods yielding harmless values, a plain member of a watched module, a top-level generator's yield (followed where consumed, not reported at the yield)", async () => {
    const text = `${CP}const src = { *[Symbol.iterator]() { yield 1; yield cp.constants; } };\nclass K { *all() { yield path.join; } }\nfunction* top() { yield cp.execSync; }\nconst [a] = src;\n`;
    expect(await found("a.js", text)).toEqual([]);
  });

  test("the message says it is yielded", async () => {
    const [finding] = await scanSource("a.js", `${CP}const src = { *[Symbol.iterator]() { yield cp.execSync; } };\n`, { config: scanConfig({}) });
    expect(finding!.message).toContain("It is yielded by a generator: whatever consumes the generator gets it.");
  });
});

describe("scan/shell-command: a hand-written iterator's `next` returning `{ value }`, reported at the value", () => {
  test("an arrow `next` (p323), a method `next()`, a class's `next`, an async `next`, a `return()` step; TypeScript", async () => {
    const text = `${CP}const it = { next: () => ({ value: cp.execSync, done: false }), [Symbol.iterator]() { return this; } };\nconst o = { next() { return { done: false, value: cp.spawn }; } };\nclass I { next() { return { value: cp.exec }; } }\nconst a = { async next() { return { value: cp.fork }; }, return() { return { value: cp.execFile, done: true }; } };\n`;
    expect(await found("a.js", text)).toEqual(["cp.execSync", "cp.spawn", "cp.exec ", "cp.fork", "cp.execFile"].map((n) => `${SHELL} ${at(text, n.trim() === "cp.exec" ? "cp.exec " : n)}`.replace(/-(\d+):(\d+)$/, (m, l, c) => (n === "cp.exec " ? `-${l}:${Number(c) - 1}` : m))));
    const ts = `import * as cp from 'child_process';\nconst it: Iterator<unknown> = { next: (): IteratorResult<unknown> => ({ value: cp.execSync as unknown, done: false }) };\n`;
    expect(await found("a.ts", ts)).toEqual([`${SHELL} ${at(ts, "cp.execSync as unknown")}`]);
  });

  test("clean: `next` returning harmless values, a `value` key outside a step method (a descriptor, a plain object)", async () => {
    const text = `${CP}const it = { next: () => ({ value: 1, done: false }) };\nObject.defineProperty(exports, 'x', { value: cp.constants });\nconst o = { value: path.join };\nfunction make() { return { value: cp.constants }; }\n`;
    expect(await found("a.js", text)).toEqual([]);
  });
});

describe("scan/shell-command: an array pattern parameter's default (p291)", () => {
  test("`function f([run] = [cp.execSync])` called and returned, a hole, TypeScript's typed pattern", async () => {
    const text = `${CP}function mk([run] = [cp.execSync]) { return run; }\nmk()('x');\nfunction g([, sh] = [1, cp.spawn]) { sh('y'); }\n`;
    expect(await found("a.js", text)).toEqual([`${SHELL} ${at(text, "mk()")}`, `${SHELL} ${at(text, "sh", 1)}`]);
    const ts = `import * as cp from 'child_process';\nfunction f([run]: Function[] = [cp.execSync]) { run('x'); }\n`;
    expect(await found("a.ts", ts)).toEqual([`${SHELL} ${at(ts, "run", 1)}`]);
  });

  test("clean: an array default of harmless values, a position the default leaves empty", async () => {
    const text = `${CP}function f([run] = [print]) { run('x'); }\nfunction g([a, b] = [cp.constants]) { b('y'); }\n`;
    expect(await found("a.js", text)).toEqual([]);
  });
});

describe("scan/shell-command: a top-level generator whose consumers may be another file's, reported where yielded", () => {
  test("exported by `module.exports = { gen }`, `export function*`, `export const g = function*`, held by another name", async () => {
    const text = `${CP}function* gen() { yield cp.execSync; }\nmodule.exports = { gen };\n`;
    expect(await found("a.js", text)).toEqual([`${SHELL} ${at(text, "cp.execSync")}`]);
    const esm = "import * as cp from 'child_process';\nexport function* a() { yield cp.spawn; }\nexport const b = function* () { yield cp.exec; };\nfunction* c() { yield cp.fork; }\nconst d = c;\n";
    expect(await found("a.ts", esm)).toEqual([`${SHELL} ${at(esm, "cp.spawn")}`, `${SHELL} ${at(esm, "cp.exec;").replace(/:(\d+)$/, (m, c) => `:${Number(c) - 1}`)}`, `${SHELL} ${at(esm, "cp.fork")}`]);
  });

  test("clean: a top-level generator only called in the file (its consumers followed there), an exported one yielding harmless values", async () => {
    const text = `${CP}function* gen() { yield cp.execSync; }\nfor (const f of gen()) console.log(f);\nfunction* h() { yield 1; }\nmodule.exports = { h };\n`;
    expect(await found("a.js", text)).toEqual([]);
  });
});
