// The scan's bounds against hostile input fail closed: a pull request nesting one level deeper than a bound must not
// make a watched call go unreported. Past each bound the value is followed (where a bound only guarded against work a
// linear walk avoids) or reported saying where the scan stopped following it (ModulePath.unfollowed). Each form beside
// a look-alike of the same depth over a value no rule watches, and a hostile case of thousands that ends.
import { describe, expect, test } from "vitest";
import { MAX_HANDED_DEPTH } from "../../core/scan/analysis";
import { CLASS_NOTE, MAX_FACTORY_DEPTH, MAX_NESTED_CLASSES, MAX_WALK, METHOD_WALK_NOTE, WALK_NOTE } from "../../core/scan/factories";
import { MAX_SAME_NAME } from "../../core/scan/parameters";
import { MAX_RESOLVE_DEPTH } from "../../core/scan/resolve";
import { scanFiles } from "../../core/scan/run";
import { scanSource } from "../../core/scan/scan";
import { scanConfig, writeProject } from "./helpers";

const SHELL = "scan/shell-command";
const RUNS = "starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.";

let scans = 0;
/** Findings as "rule line:column message", each text scanned as a new file (an edit of the previous text would be analyzed incrementally). */
async function reported(path: string, text: string): Promise<string[]> {
  return (await scanSource(`${scans++}/${path}`, text, { config: scanConfig() })).map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`);
}

/** Line (1-based) of the nth occurrence of `needle`. */
const lineOf = (text: string, needle: string, nth = 0) => {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  return text.slice(0, index).split("\n").length;
};

const CP = 'const cp = require("child_process");\n';

/**
 * A hostile file's outcome: the finding (its rule, line, column and callee), or — on a machine slow enough that the
 * analysis outlasts its time limit — the file skipped as an error (either fails the gate; no timing threshold here).
 */
async function endsWith(path: string, text: string, finding: string): Promise<void> {
  const brief = (await reported(path, text)).map((f) => (f.startsWith("scan/skipped-file") ? "scan/skipped-file" : f.slice(0, f.indexOf(" ("))));
  expect([[finding], ["scan/skipped-file"]]).toContainEqual(brief);
}

describe(`factories: a chain deeper than ${MAX_FACTORY_DEPTH} (z() → a() → b() → c() returning the watched function)`, () => {
  const js = (value: string) => `${CP}function c() { return ${value}; }\nfunction b() { return c(); }\nfunction a() { return b(); }\nfunction z() { return a(); }\nz()("echo");\n`;
  const py = (value: string) => `import subprocess\nimport json\ndef c():\n    return ${value}\ndef b():\n    return c()\ndef a():\n    return b()\ndef z():\n    return a()\nz()(["echo"])\n`;
  test("JS: `z()(…)` is reported, followed to the watched return; over `JSON.parse` it is clean", async () => {
    const text = js("cp.execSync");
    expect(await reported("a.js", text)).toEqual([
      `${SHELL} 6:1 \`z()\` (child_process.execSync) ${RUNS} Resolved through line 6 \`z()\` ← line 5 \`return a();\` ← line 5 \`a()\` ← line 4 \`return b();\` ← line 4 \`b()\` ← line 3 \`return c();\` ← line 3 \`c()\` ← line 2 \`return cp.execSync;\`.`,
    ]);
    expect(await reported("a.js", js("JSON.parse"))).toEqual([]);
  });
  test("Python: the same, over `json.loads` clean", async () => {
    const text = py("subprocess.run");
    expect(await reported("a.py", text)).toEqual([
      `${SHELL} 11:1 \`z()\` (subprocess.run) ${RUNS} Resolved through line 11 \`z()\` ← line 10 \`return a()\` ← line 10 \`a()\` ← line 8 \`return b()\` ← line 8 \`b()\` ← line 6 \`return c()\` ← line 6 \`c()\` ← line 4 \`return subprocess.run\`.`,
    ]);
    expect(await reported("a.py", py("json.loads"))).toEqual([]);
  });
  test("a chain of 10,000 factories (JS, arrows and declarations; Python) ends: the finding at the outermost call, or the file skipped as an error", async () => {
    const n = 10_000;
    let js = `${CP}const f0 = () => cp.execSync;\n`;
    for (let i = 1; i < n; i++) js += i % 2 ? `function f${i}() { return f${i - 1}(); }\n` : `const f${i} = () => f${i - 1}();\n`;
    js += `f${n - 1}()("echo");\n`;
    await endsWith("a.js", js, `${SHELL} ${n + 2}:1 \`f${n - 1}()\``);
    let py = "import subprocess\ndef f0():\n    return subprocess.run\n";
    for (let i = 1; i < n; i++) py += `def f${i}():\n    return f${i - 1}()\n`;
    py += `f${n - 1}()(["echo"])\n`;
    await endsWith("a.py", py, `${SHELL} ${2 * n + 2}:1 \`f${n - 1}()\``);
  });
});

describe(`factories: a return nested more than ${MAX_WALK} levels deep in its function`, () => {
  const depth = MAX_WALK + 6;
  const js = (value: string) => `${CP}function make() {\n${"if (true) {\n".repeat(depth)}return ${value};\n${"}\n".repeat(depth)}}\nmake()("echo");\n`;
  const py = (value: string) => `import subprocess\nimport json\ndef make():\n${Array.from({ length: depth }, (_, i) => `${" ".repeat(i + 1)}if True:\n`).join("")}${" ".repeat(depth + 1)}return ${value}\nmake()(["echo"])\n`;
  test("JS: the top-level function holding it is the factory, reported saying the scan stopped there; over `JSON.parse` clean", async () => {
    const text = js("cp.execSync");
    const call = lineOf(text, "make()(");
    expect(await reported("a.js", text)).toEqual([`${SHELL} ${call}:1 \`make()\` (child_process.execSync) ${RUNS} ${WALK_NOTE}. Resolved through line ${call} \`make()\` ← line ${depth + 3} \`return cp.execSync;\` ← line 1 \`require("child_process")\`.`]);
    expect(await reported("a.js", js("JSON.parse"))).toEqual([]);
  });
  test("Python: the same; over `json.loads` clean", async () => {
    const text = py("subprocess.run");
    const call = lineOf(text, "make()(");
    expect(await reported("a.py", text)).toEqual([`${SHELL} ${call}:1 \`make()\` (subprocess.run) ${RUNS} ${WALK_NOTE}. Resolved through line ${call} \`make()\` ← line ${depth + 4} \`return subprocess.run\` ← line 1 \`import subprocess\`.`]);
    expect(await reported("a.py", py("json.loads"))).toEqual([]);
  });
  test("JS: within the walk (each `if` block two levels), a nested function's return stays its own; past it, it is taken as the top-level function's", async () => {
    const nested = (blocks: number) => `${CP}function outer() {\n  function inner() {\n${"if (true) {\n".repeat(blocks)}return cp.execSync;\n${"}\n".repeat(blocks)}  }\n  return 1;\n}\nouter()("echo");\n`;
    expect(await reported("a.js", nested(MAX_WALK / 2 - 4))).toEqual([]);
    expect((await reported("a.js", nested(MAX_WALK / 2 + 4))).map((f) => f.includes(WALK_NOTE))).toEqual([true]);
  });
  test("10,000 nested blocks (JS) end: the finding, or the file skipped as an error", async () => {
    const text = `${CP}function make() {\n${"if (true) {\n".repeat(10_000)}return cp.execSync;\n${"}\n".repeat(10_000)}}\nmake()("echo");\n`;
    await endsWith("a.js", text, `${SHELL} ${lineOf(text, "make()(")}:1 \`make()\``);
  });
});

describe("a getter's returns: every one is read (the first that resolves decides)", () => {
  const js = (value: string, n: number) => `${CP}const o = {\n  get run() {\n${Array.from({ length: n }, (_, i) => `    if (globalThis.k${i}) return null;\n`).join("")}    return ${value};\n  },\n};\no.run("echo");\n`;
  test("JS: after 10 `return null` under `if`s, `return cp.execSync` is the property's value; `JSON.parse` clean", async () => {
    const text = js("cp.execSync", 10);
    expect(await reported("a.js", text)).toEqual([`${SHELL} 17:1 \`o.run\` (child_process.execSync) ${RUNS} Resolved through line 3 \`get run() {\` ← line 1 \`require("child_process")\`.`]);
    expect(await reported("a.js", js("JSON.parse", 10))).toEqual([]);
  });
  test("JS: a getter of 3,000 nested blocks, each returning `null` first, ends (a stack, not recursion): the finding, or the file skipped as an error", async () => {
    const text = `${CP}class T {\n  get run() {\n${"if (globalThis.k) { return null;\n".repeat(3000)}return cp.execSync;\n${"}\n".repeat(3000)}  }\n}\nnew T().run("echo");\n`;
    await endsWith("a.js", text, `${SHELL} ${lineOf(text, "new T()")}:1 \`new T().run\``);
  });
});

describe(`Python: a chained assignment longer than ${MAX_RESOLVE_DEPTH} links`, () => {
  const py = (value: string, n: number) => `import subprocess\nimport json\n${Array.from({ length: n }, (_, i) => `x${i}`).join(" = ")} = ${value}\nx0(["echo"])\nx${n >> 1}(["echo"])\n`;
  test("70 links: the first and a middle link hold the value; over `json.loads` clean", async () => {
    const text = py("subprocess.run", 70);
    const site = text.split("\n")[2]!;
    const shown = 80; // scan.ts HOP_TEXT: a step's text is cut there
    expect((await reported("a.py", text)).map((f) => f.slice(0, f.indexOf(" (")))).toEqual([`${SHELL} 4:1 \`x0\``, `${SHELL} 5:1 \`x35\``]);
    expect((await reported("a.py", text))[0]).toBe(`${SHELL} 4:1 \`x0\` (subprocess.run) ${RUNS} Resolved through line 3 \`${site.slice(0, shown - 1)}…\` ← line 1 \`import subprocess\`.`);
    expect(await reported("a.py", py("json.loads", 70))).toEqual([]);
  });
});

describe(`nested classes deeper than ${MAX_NESTED_CLASSES}: a static method's class reached through its outermost two`, () => {
  /** `depth` classes: A, then B held by a static field of each. */
  const js = (depth: number, value: string) => {
    let inner = `class { static make() { return ${value}; } }`;
    for (let i = 2; i < depth; i++) inner = `class { static B = ${inner}; }`;
    return `${CP}class A { static B = ${inner}; }\nA${".B".repeat(depth - 1)}.make()("echo");\n`;
  };
  const py = (depth: number, value: string) => {
    let text = "import subprocess\nimport json\n";
    for (let i = 0; i < depth; i++) text += `${" ".repeat(4 * i)}class ${i ? "B" : "A"}:\n`;
    return `${text}${" ".repeat(4 * depth)}@staticmethod\n${" ".repeat(4 * depth)}def make():\n${" ".repeat(4 * depth + 4)}return ${value}\nA${".B".repeat(depth - 1)}.make()(["echo"])\n`;
  };
  test.each([MAX_NESTED_CLASSES + 2, MAX_NESTED_CLASSES + 3])("JS, %i classes: reported saying the scan stopped; over `JSON.parse` clean", async (depth) => {
    const text = js(depth, "cp.execSync");
    const callee = `A${".B".repeat(depth - 1)}.make()`;
    expect(await reported("a.js", text)).toEqual([`${SHELL} 3:1 \`${callee}\` (child_process.execSync) ${RUNS} ${CLASS_NOTE}. Resolved through line 3 \`${callee}\` ← line 2 \`return cp.execSync;\` ← line 1 \`require("child_process")\`.`]);
    expect(await reported("a.js", js(depth, "JSON.parse"))).toEqual([]);
  });
  test.each([MAX_NESTED_CLASSES + 1, MAX_NESTED_CLASSES + 2])("Python, %i classes: reported saying the scan stopped; over `json.loads` clean", async (depth) => {
    const text = py(depth, "subprocess.run");
    const callee = `A${".B".repeat(depth - 1)}.make()`;
    const call = lineOf(text, callee);
    expect(await reported("a.py", text)).toEqual([`${SHELL} ${call}:1 \`${callee}\` (subprocess.run) ${RUNS} ${CLASS_NOTE}. Resolved through line ${call} \`${callee}\` ← line ${call - 1} \`return subprocess.run\` ← line 1 \`import subprocess\`.`]);
    expect(await reported("a.py", py(depth, "json.loads"))).toEqual([]);
  });
  test("within the bound the method's own slot only: another member of the outer classes stays clean", async () => {
    const text = js(MAX_NESTED_CLASSES, "cp.execSync").replace(/\nA(\.B)+\.make\(\)\("echo"\);\n$/, '\nA.B.other()("echo");\n');
    expect(await reported("a.js", text)).toEqual([]);
  });
  test("10,000 nested classes (JS) end: the finding, or the file skipped as an error when the analysis outlasts its time limit", async () => {
    const text = js(10_000, "cp.execSync");
    await endsWith("a.js", text, `${SHELL} 3:1 \`A${".B".repeat(9_999)}.make()\``);
  });
});

describe(`a method called more than ${MAX_WALK} tree levels below its class (\`this.go(cp)\`, \`self.go(subprocess)\`)`, () => {
  const js = (value: string) => `${CP}class R {\n  go(m) { return m.execSync("echo"); }\n  run() {\n${"if (true) {\n".repeat(40)}this.go(${value});\n${"}\n".repeat(40)}  }\n}\n`;
  const py = (value: string) => `import subprocess\nimport json\nclass R:\n    def go(self, m):\n        return m.run(["echo"])\n    def run(self):\n${Array.from({ length: 40 }, (_, i) => `${" ".repeat(8 + i)}if True:\n`).join("")}${" ".repeat(48)}self.go(${value})\n`;
  test("JS: the top-level class holding the call is its class: the parameter holds the module; over `JSON` clean", async () => {
    expect((await reported("a.js", js("cp"))).map((f) => f.slice(0, f.indexOf(" (")))).toEqual([`${SHELL} 3:18 \`m.execSync\``]);
    expect(await reported("a.js", js("JSON"))).toEqual([]);
  });
  test("Python: the same; over `json` clean", async () => {
    expect((await reported("a.py", py("subprocess"))).map((f) => f.slice(0, f.indexOf(" (")))).toEqual([`${SHELL} 5:16 \`m.run\``]);
    expect(await reported("a.py", py("json"))).toEqual([]);
  });
});

describe("re-exports across files: followed however many files deep (the table's fixed point, project.ts settle)", () => {
  /** Findings of a whole-tree scan of `files` as "file rule line:column message". */
  const projectReported = async (files: Record<string, string>, context = false) => {
    const { root, files: all } = writeProject(files);
    const run = await scanFiles({ root, files: context ? ["main.py", "main.js"].filter((f) => f in files) : all, ...(context ? { context: all } : {}), workers: 1 });
    return run.findings.map((f) => `${f.file} ${f.rule} ${f.line}:${f.column} ${f.message}`);
  };
  const py = (module: string, n: number) => ({
    "p0.py": `import ${module} as sp\n`,
    ...Object.fromEntries(Array.from({ length: n - 1 }, (_, i) => [`p${i + 1}.py`, `from p${i} import sp\n`])),
    "main.py": `from p${n - 1} import sp\nsp.run(["echo", "hi"])\n`,
  });
  const js = (module: string, n: number) => ({
    "m0.js": `module.exports = require("${module}");\n`,
    ...Object.fromEntries(Array.from({ length: n - 1 }, (_, i) => [`m${i + 1}.js`, `module.exports = require("./m${i}");\n`])),
    "main.js": `const m = require("./m${n - 1}");\nm.execSync("echo hi");\n`,
  });
  test("Python: 7 files of `from pN import sp` then `sp.run`, in the tree and as a pull request's context; over `json` clean", async () => {
    const chain = Array.from({ length: 7 }, (_, i) => `p${6 - i}.py line 1 \`${6 - i ? `from p${5 - i} import sp` : "import subprocess as sp"}\``).join(" ← ");
    const finding = `main.py ${SHELL} 2:1 \`sp.run\` (subprocess.run) ${RUNS} Resolved through line 1 \`from p6 import sp\` ← ${chain}.`;
    expect(await projectReported(py("subprocess", 7))).toEqual([finding]);
    expect(await projectReported(py("subprocess", 7), true)).toEqual([finding]);
    expect(await projectReported(py("json", 7))).toEqual([]);
  });
  test("JavaScript: 12 files of `module.exports = require(\"./mN\")` then `m.execSync`; over `path` clean", async () => {
    expect((await projectReported(js("child_process", 12))).map((f) => f.slice(0, f.indexOf(" ("))) ).toEqual([`main.js ${SHELL} 2:1 \`m.execSync\``]);
    expect((await projectReported(js("child_process", 12)))[0]).toContain("(child_process.execSync)");
    expect(await projectReported({ ...js("path", 12), "main.js": 'const m = require("./m11");\nm.join("echo hi");\n' })).toEqual([]);
  });
  test("a pull request changing the start of a 10-file chain judges the unchanged importer at its end (a resolution cut at MAX_HOPS steps is taken as through the change)", async () => {
    const files = { ...py("subprocess", 10), "other.py": "import subprocess\nsubprocess.run(['echo'])\n" };
    const { root, files: all } = writeProject(files);
    const run = await scanFiles({ root, files: ["p0.py"], context: all.filter((f) => f !== "p0.py"), importers: true, workers: 1 });
    expect(run.findings.map((f) => `${f.file} ${f.rule} ${f.line}:${f.column}`)).toEqual([`main.py ${SHELL} 2:1`]);
  });
  test("a cycle of re-exports ends: `a.py` and `b.py` star-import each other, `b.py` also `sp` from `c.py`: found from either; without `c.py`'s module clean", async () => {
    const files = (module: string) => ({ "a.py": "from b import *\n", "b.py": "from a import *\nfrom c import sp\n", "c.py": `import ${module} as sp\n`, "main.py": "from a import sp\nsp.run(['echo'])\n", "main2.py": "from b import sp\nsp.run(['echo'])\n" });
    expect((await projectReported(files("subprocess"))).map((f) => f.slice(0, f.indexOf(" (")))).toEqual([`main.py ${SHELL} 2:1 \`sp.run\``, `main2.py ${SHELL} 2:1 \`sp.run\``]);
    expect(await projectReported(files("json"))).toEqual([]);
  });
});

describe(`more than ${MAX_SAME_NAME} definitions of a name: only those visible at the call are counted`, () => {
  const n = MAX_SAME_NAME;
  /** `n` other functions each defining its own `f`, then the top-level `f` the call reaches. */
  const js = (value: string) => `${CP}${Array.from({ length: n }, (_, i) => `function g${i}() { function f(m) { return m; } return f; }\n`).join("")}function f(m) { return m.execSync("echo"); }\nf(${value});\n`;
  const py = (value: string) => `import subprocess\nimport json\n${Array.from({ length: n }, (_, i) => `def g${i}():\n    def f(m):\n        return m\n    return f\n`).join("")}def f(m):\n    return m.run(["echo"])\nf(${value})\n`;
  test(`JS: ${n} nested \`function f(m)\` first, then the top-level one called with \`f(cp)\`: reported in it; over \`JSON\` clean`, async () => {
    const text = js("cp");
    const line = lineOf(text, "m.execSync");
    expect(await reported("a.js", text)).toEqual([`${SHELL} ${line}:24 \`m.execSync\` (child_process.execSync) ${RUNS} Resolved through line ${line} \`m\` ← line ${line + 1} \`f(cp)\` ← line 1 \`require("child_process")\`.`]);
    expect(await reported("a.js", js("JSON"))).toEqual([]);
  });
  test(`Python: the same with \`def f(m)\`; over \`json\` clean`, async () => {
    const text = py("subprocess");
    const line = lineOf(text, "m.run");
    expect(await reported("a.py", text)).toEqual([`${SHELL} ${line}:12 \`m.run\` (subprocess.run) ${RUNS} Resolved through line ${line - 1} \`m\` ← line ${line + 1} \`f(subprocess)\` ← line 1 \`import subprocess\`.`]);
    expect(await reported("a.py", py("json"))).toEqual([]);
  });
  test(`Python: ${n + 1} \`def f(m)\` in one scope, the last the one called: reported in it`, async () => {
    const text = `import subprocess\n${"def f(m):\n    return m\n".repeat(n)}def f(m):\n    return m.run(["echo"])\nf(subprocess)\n`;
    expect((await reported("a.py", text)).map((f) => f.slice(0, f.indexOf(" (")))).toEqual([`${SHELL} ${2 * n + 3}:12 \`m.run\``]);
  });
  test("10,000 definitions of `f` and 10,000 calls `f(cp)` end: the finding in the last, or the file skipped as an error", async () => {
    const text = `${CP}${"function f(m) { return m; }\n".repeat(10_000)}function f(m) { return m.execSync("echo"); }\n${"f(cp);\n".repeat(10_000)}`;
    await endsWith("a.js", text, `${SHELL} 10002:24 \`m.execSync\``);
  });
});

describe("a module passed through the file's functions: followed however many calls deep (rounds until one binds nothing; a message names the newest 8 steps, resolve.ts MAX_HOPS)", () => {
  const js = (value: string) => `${CP}function f4(m) { return m.execSync("echo"); }\nfunction f3(m) { return f4(m); }\nfunction f2(m) { return f3(m); }\nfunction f1(m) { return f2(m); }\nf1(${value});\n`;
  const py = (value: string) => `import subprocess\nimport json\ndef f4(m):\n    return m.run(["echo"])\ndef f3(m):\n    return f4(m)\ndef f2(m):\n    return f3(m)\ndef f1(m):\n    return f2(m)\nf1(${value})\n`;
  test("JS: `f1(cp)` → f2 → f3 → f4 → `m.execSync(…)` is reported in f4; over `JSON` clean", async () => {
    expect(await reported("a.js", js("cp"))).toEqual([`${SHELL} 2:25 \`m.execSync\` (child_process.execSync) ${RUNS} Resolved through line 2 \`m\` ← line 3 \`f4(m)\` ← line 3 \`m\` ← line 4 \`f3(m)\` ← line 4 \`m\` ← line 5 \`f2(m)\` ← line 5 \`m\` ← line 6 \`f1(cp)\`.`]);
    expect(await reported("a.js", js("JSON"))).toEqual([]);
  });
  test("Python: the same with `f1(subprocess)`; over `json` clean", async () => {
    expect(await reported("a.py", py("subprocess"))).toEqual([`${SHELL} 4:12 \`m.run\` (subprocess.run) ${RUNS} Resolved through line 3 \`m\` ← line 6 \`f4(m)\` ← line 5 \`m\` ← line 8 \`f3(m)\` ← line 7 \`m\` ← line 10 \`f2(m)\` ← line 9 \`m\` ← line 11 \`f1(subprocess)\`.`]);
    expect(await reported("a.py", py("json"))).toEqual([]);
  });
  test("a chain of 10,000 functions (JS, Python) ends: the finding in the innermost, or the file skipped as an error", async () => {
    const n = 10_000;
    let js = `${CP}function f0(m) { return m.execSync("echo"); }\n`;
    for (let i = 1; i < n; i++) js += `function f${i}(m) { return f${i - 1}(m); }\n`;
    await endsWith("a.js", `${js}f${n - 1}(cp);\n`, `${SHELL} 2:25 \`m.execSync\``);
    let py = 'import subprocess\ndef f0(m):\n    return m.run(["echo"])\n';
    for (let i = 1; i < n; i++) py += `def f${i}(m):\n    return f${i - 1}(m)\n`;
    await endsWith("a.py", `${py}f${n - 1}(subprocess)\n`, `${SHELL} 3:12 \`m.run\``);
  });
});

describe("JavaScript: a chained assignment (`a = b = cp.execSync`) gives each name the last value, however long", () => {
  const js = (value: string) => `${CP}let a, b;\na = b = ${value};\na("echo");\nb("echo");\n`;
  test("`a` and `b` are reported; over `JSON.parse` clean", async () => {
    expect(await reported("a.js", js("cp.execSync"))).toEqual([`${SHELL} 4:1 \`a\` (child_process.execSync) ${RUNS}`, `${SHELL} 5:1 \`b\` (child_process.execSync) ${RUNS}`]);
    expect(await reported("a.js", js("JSON.parse"))).toEqual([]);
  });
  test("in a declaration, through a member and of 70 names: the first, a middle and the member's root reported", async () => {
    const names = Array.from({ length: 70 }, (_, i) => `x${i}`);
    const text = `${CP}const o = {};\nlet ${names.slice(1).join(", ")};\nconst x0 = ${names.slice(1).join(" = ")} = o.run = cp.execSync;\nx0("echo");\nx35("echo");\no.run("echo");\n`;
    expect((await reported("a.js", text)).map((f) => f.slice(0, f.indexOf(" (")))).toEqual([`${SHELL} 5:1 \`x0\``, `${SHELL} 6:1 \`x35\``, `${SHELL} 7:1 \`o.run\``]);
  });
  test("a chain of 10,000 names ends: the first name's call reported, or the file skipped as an error", async () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `x${i}`);
    await endsWith("a.js", `${CP}let ${names.join(", ")};\n${names.join(" = ")} = cp.execSync;\nx0("echo");\n`, `${SHELL} 4:1 \`x0\``);
  });
});

describe("factories: past the second level, a value returned through a local (`const x = b(); return x`)", () => {
  const js = (value: string) => `${CP}function c() { return ${value}; }\nfunction b() { return c(); }\nfunction a() { const x = b(); return x; }\nfunction z() { return a(); }\nz()("echo");\n`;
  const py = (value: string) => `import subprocess\nimport json\ndef c():\n    return ${value}\ndef b():\n    return c()\ndef a():\n    x = b()\n    return x\ndef z():\n    return a()\nz()(["echo"])\n`;
  test("JS: `z()(…)` is reported, through the local; over `JSON.parse` clean", async () => {
    expect(await reported("a.js", js("cp.execSync"))).toEqual([
      `${SHELL} 6:1 \`z()\` (child_process.execSync) ${RUNS} Resolved through line 6 \`z()\` ← line 5 \`return a();\` ← line 5 \`a()\` ← line 4 \`return x;\` ← line 4 \`x = b()\` ← line 4 \`b()\` ← line 3 \`return c();\` ← line 3 \`c()\`.`,
    ]);
    expect(await reported("a.js", js("JSON.parse"))).toEqual([]);
  });
  test("Python: the same; over `json.loads` clean", async () => {
    expect((await reported("a.py", py("subprocess.run"))).map((f) => f.slice(0, f.indexOf(" (")))).toEqual([`${SHELL} 12:1 \`z()\``]);
    expect(await reported("a.py", py("json.loads"))).toEqual([]);
  });
  test("a chain of 10,000 factories each returning through a local (JS) ends: the finding at the outermost call, or the file skipped as an error", async () => {
    const n = 10_000;
    let js = `${CP}function f0() { return cp.execSync; }\n`;
    for (let i = 1; i < n; i++) js += `function f${i}() { const x = f${i - 1}(); return x; }\n`;
    await endsWith("a.js", `${js}f${n - 1}()("echo");\n`, `${SHELL} ${n + 2}:1 \`f${n - 1}()\``);
  });
});

describe(`a static method's or class method's \`return\` nested more than ${MAX_WALK} levels deep`, () => {
  const depth = MAX_WALK + 6;
  const js = (value: string) => `${CP}class A {\n  static make() {\n${"if (true) {\n".repeat(depth)}return ${value};\n${"}\n".repeat(depth)}  }\n}\nA.make()("echo");\n`;
  const py = (value: string) => `import subprocess\nimport json\nclass A:\n    @classmethod\n    def make(cls):\n${Array.from({ length: depth }, (_, i) => `${" ".repeat(8 + i)}if True:\n`).join("")}${" ".repeat(8 + depth)}return ${value}\nA.make()(["echo"])\n`;
  test("JS: the method of the top-level class holding it is the factory, reported saying the scan stopped there; over `JSON.parse` clean", async () => {
    const text = js("cp.execSync");
    const call = lineOf(text, "A.make()(");
    expect(await reported("a.js", text)).toEqual([`${SHELL} ${call}:1 \`A.make()\` (child_process.execSync) ${RUNS} ${METHOD_WALK_NOTE}. Resolved through line ${call} \`A.make()\` ← line ${depth + 4} \`return cp.execSync;\` ← line 1 \`require("child_process")\`.`]);
    expect(await reported("a.js", js("JSON.parse"))).toEqual([]);
  });
  test("Python: a `@classmethod`, the same; over `json.loads` clean", async () => {
    const text = py("subprocess.run");
    const call = lineOf(text, "A.make()(");
    expect(await reported("a.py", text)).toEqual([`${SHELL} ${call}:1 \`A.make()\` (subprocess.run) ${RUNS} ${METHOD_WALK_NOTE}. Resolved through line ${call} \`A.make()\` ← line ${depth + 6} \`return subprocess.run\` ← line 1 \`import subprocess\`.`]);
    expect(await reported("a.py", py("json.loads"))).toEqual([]);
  });
  test("10,000 nested blocks in a static method (JS) end: the finding, or the file skipped as an error", async () => {
    const text = `${CP}class A {\n  static make() {\n${"if (true) {\n".repeat(10_000)}return cp.execSync;\n${"}\n".repeat(10_000)}  }\n}\nA.make()("echo");\n`;
    await endsWith("a.js", text, `${SHELL} ${lineOf(text, "A.make()(")}:1 \`A.make()\``);
  });
});

describe(`a value handed over nested past ${MAX_HANDED_DEPTH} containers is taken as handed to code the scan does not read`, () => {
  test("JavaScript: 70 arrays deep, reported at the value; 10,000 deep ends (a finding or the file skipped, both errors)", async () => {
    const nested = (n: number) => `${CP}go(${"[".repeat(n)}cp.execSync${"]".repeat(n)});\n`;
    expect(await reported("a.js", nested(70))).toEqual([`${SHELL} 2:74 \`cp.execSync\` (child_process.execSync) ${RUNS} It is passed as a value to \`a value nested more than ${MAX_HANDED_DEPTH} levels deep\`, which will call it.`]);
    await endsWith("b.js", nested(10_000), `${SHELL} 2:10004 \`cp.execSync\``);
  });
  test("Python: 70 lists deep, reported at the value", async () => {
    const text = `import os\ngo(${"[".repeat(70)}os.system${"]".repeat(70)})\n`;
    expect((await reported("a.py", text)).map((f) => f.slice(0, f.indexOf(" `")))).toEqual([`${SHELL} 2:74`]);
  });
});

describe("a native addon's path is read back from its end, not by a pattern tried at every start", () => {
  test("a 200,000-character path built at run time: not an addon, or one (scan/dynamic-code)", async () => {
    const long = "a".repeat(200_000);
    expect(await reported("a.js", `const path = require("path");\nrequire(path.join(__dirname, "${long}"));\n`)).toEqual([]);
    expect((await reported("b.js", `const path = require("path");\nrequire(path.join(__dirname, "${long}.node"));\n`)).map((f) => f.slice(0, f.indexOf(" `")))).toEqual(["scan/dynamic-code 2:1"]);
  });
});

describe(`a \`match\` capture nested past ${MAX_RESOLVE_DEPTH} patterns is any value of the subject`, () => {
  test("70 class patterns deep over `os` (`object(path=object(os=…(system=f)))`, which Python matches): reported as any member; over json, not", async () => {
    const nested = (module: string, member: string) => `import ${module}\nmatch ${module}:\n    case ${"object(path=object(os=".repeat(35)}object(${member}=f)${"))".repeat(35)}:\n        f("id")\n`;
    expect((await reported("a.py", nested("os", "system"))).map((f) => f.slice(0, f.indexOf(" starts")))).toEqual([`${SHELL} 4:9 \`f\` (os.*)`]);
    expect(await reported("b.py", nested("json", "dumps"))).toEqual([]);
  });
});

describe(`a JavaScript literal nested past ${MAX_RESOLVE_DEPTH} literals, read that deep, is reported where its watched value is written`, () => {
  const deep = (n: number, value: string, inPlace: boolean) => {
    const literal = `${"{ a: ".repeat(n)}${value}${" }".repeat(n)}`;
    return inPlace ? `${CP}(${literal})${".a".repeat(n)}("id");\n` : `${CP}const t = ${literal};\nt${".a".repeat(n)}("id");\n`;
  };
  test("70 objects deep, held by a name or read in place: at the value; a function not watched, not", async () => {
    expect((await reported("a.js", deep(70, "cp.execSync", false))).map((f) => f.slice(0, f.indexOf(" `")))).toEqual([`${SHELL} 2:361`]);
    expect((await reported("b.js", deep(70, "cp.execSync", true))).map((f) => f.slice(0, f.indexOf(" `")))).toEqual([`${SHELL} 2:352`]);
    expect(await reported("c.js", deep(70, "path.join", false).replace("child_process", "path"))).toEqual([]);
  });
  test("5,000 deep ends (a finding or the file skipped, both errors)", async () => {
    await endsWith("d.js", deep(5_000, "cp.execSync", true), `${SHELL} 2:25002 \`cp.execSync\``);
  });
});
