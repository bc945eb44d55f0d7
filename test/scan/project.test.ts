// Issue 19: names resolved across the project's files (the symbol table), through the CLI, worker
// threads and the single-file scan; and `flowgate scan PATH` for a path outside the current directory.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { Parser } from "@vscode/tree-sitter-wasm";
import { describe, expect, test, vi } from "vitest";
import { ProjectSymbols } from "../../core/scan/project";
import { scanFiles } from "../../core/scan/run";
import { MAX_PASS_TREE_CHARS, Scanner } from "../../core/scan/scan";
import { REPO, runCli, tempDir } from "../helpers/cli";
import { writeProject } from "./helpers";

const project = writeProject;

const PROJECT = {
  "pkg/_compat.py": "import httpx\n",
  "pkg/__init__.py": "from ._compat import httpx\n",
  "pkg/use.py": "from ._compat import httpx\nhttpx.Client()\n",
  "main.py": "from pkg import httpx as h\nh.get('u')\n",
  "plain.py": "from pkg.use import something\nsomething()\n",
  "js/shell.ts": 'import { exec } from "child_process";\nexport { exec };\n',
  "js/index.ts": 'export { exec } from "./shell";\n',
  "js/use.ts": 'import { exec } from "./index";\nexec("ls");\n',
  "js/cp.js": 'module.exports = require("child_process");\n',
  "js/use2.js": 'const cp = require("./cp");\ncp.execSync("ls");\n',
  "js/gateway.ts": "export const fetch = (u: string) => gateway.call(u);\n",
  "js/safe.ts": 'import { fetch } from "./gateway";\nfetch("u");\n',
};

/** m0 re-exports child_process.exec, each m<i> re-exports m<i-1>'s; near.ts imports from m3, far.ts from m11. */
function reexportChain(): Record<string, string> {
  const chain: Record<string, string> = { "m0.ts": 'import { exec } from "child_process";\nexport { exec };\n' };
  for (let i = 1; i <= 11; i++) chain[`m${i}.ts`] = `export { exec } from "./m${i - 1}";\n`;
  chain["near.ts"] = 'import { exec } from "./m3";\nexec("ls");\n';
  chain["far.ts"] = 'import { exec } from "./m11";\nexec("ls");\n';
  return chain;
}

const brief = (f: { file: string; line: number; column: number; endLine: number; endColumn: number; rule: string }) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;
const EXPECTED = [
  "js/use.ts:2:1-2:5 scan/shell-command",
  "js/use2.js:2:1-2:12 scan/shell-command",
  "main.py:2:1-2:6 scan/network-call",
  "pkg/use.py:2:1-2:13 scan/network-call",
];

describe("cross-file resolution (scan/shell-command, scan/network-call)", () => {
  test("relative imports, package __init__.py, a barrel's re-export, module.exports = require(...): found in the importing file", async () => {
    const { root, files } = project(PROJECT);
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(EXPECTED);
  });

  test("each finding names the files it was resolved through", async () => {
    const { root, files } = project(PROJECT);
    const run = await scanFiles({ root, files, workers: 1 });
    const main = run.findings.find((f) => f.file === "main.py")!;
    expect(main.message).toContain("Resolved through line 1 `from pkg import httpx as h` ← pkg/__init__.py line 1 `from ._compat import httpx` ← pkg/_compat.py line 1 `import httpx`.");
    expect(main.properties!.resolution).toEqual([
      { line: 1, column: 1, endLine: 1, endColumn: 27, text: "from pkg import httpx as h" },
      { file: "pkg/__init__.py", line: 1, column: 1, endLine: 1, endColumn: 27, text: "from ._compat import httpx" },
      { file: "pkg/_compat.py", line: 1, column: 1, endLine: 1, endColumn: 13, text: "import httpx" },
    ]);
  });

  test("worker threads give the same findings", async () => {
    const { root, files } = project(PROJECT);
    const workerScript = join(tempDir(), "scan-worker.js");
    buildSync({ entryPoints: [join(REPO, "core/scan/worker.ts")], bundle: true, platform: "node", format: "cjs", mainFields: ["module", "main"], outfile: workerScript, logLevel: "warning" });
    const run = await scanFiles({ root, files, workers: 2, workerScript, offThread: true });
    expect(run.workers).toBe(1);
    expect(run.findings.map(brief).sort()).toEqual(EXPECTED);
  });

  test("the single-file scan uses the project's table when it is given one, and the file alone when not", async () => {
    const { root, files } = project(PROJECT);
    const scanner = await Scanner.create();
    const symbols = new Map(files.flatMap((f) => { const s = scanner.scanFile(join(root, f), f).symbols; return s ? [[f, s] as const] : []; }));
    const text = 'import { exec } from "./index";\n\nexec("ls");\n';
    expect(scanner.scanSource("js/use.ts", text).map(brief)).toEqual([]);
    expect(scanner.scanSource("js/use.ts", text, new ProjectSymbols(symbols)).map(brief)).toEqual(["js/use.ts:3:1-3:5 scan/shell-command"]);
  });

  test("re-exports are followed however many files deep (12 here)", async () => {
    const { root, files } = project(reexportChain());
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["far.ts:2:1-2:5 scan/shell-command", "near.ts:2:1-2:5 scan/shell-command"]);
  });
});

describe("the cross-file pass scans files again from the first pass's trees (Scanner.passTrees)", () => {
  /** `n` files that each import a watched module (so the first pass parses them) and call through lib/net.py. */
  const importers = (n: number) =>
    project({
      "lib/__init__.py": "",
      "lib/net.py": "import requests\nget = requests.get\n",
      ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`use${i}.py`, "import os\nfrom lib.net import get\nos.getcwd()\nget('u')\n"])),
    });

  test("each file is parsed once: the rescan of a file importing a watched value reuses its first tree", async () => {
    const { root, files } = importers(6);
    const parse = vi.spyOn(Parser.prototype, "parse");
    try {
      const run = await scanFiles({ root, files, workers: 1 });
      expect(run.findings.map(brief)).toEqual(Array.from({ length: 6 }, (_, i) => `use${i}.py:4:1-4:4 scan/network-call`));
      expect(run.parsed).toBe(7);
      expect(parse).toHaveBeenCalledTimes(7);
    } finally {
      parse.mockRestore();
    }
  });

  test("a file changed between the passes is parsed again, not analysed from its old tree", async () => {
    const { root, files } = importers(1);
    const scanner = await Scanner.create({ keepPassTrees: true });
    const symbols = new Map(files.flatMap((f) => { const s = scanner.scanFile(join(root, f), f).symbols; return s ? [[f, s] as const] : []; }));
    writeFileSync(join(root, "use0.py"), "import os\nfrom lib.net import get\n\n\nget('u')\n");
    expect(scanner.scanFile(join(root, "use0.py"), "use0.py", new ProjectSymbols(symbols)).findings.map(brief)).toEqual(["use0.py:5:1-5:4 scan/network-call"]);
    scanner.dispose();
  });

  test(`at most ${MAX_PASS_TREE_CHARS} characters of trees are kept, the oldest dropped first`, async () => {
    // Three files of a third of the bound each (and a few lines more): the third one kept drops the first.
    const big = "import os\nfrom lib.net import get\nget('u')\n" + `#${"x".repeat(99)}\n`.repeat(Math.ceil(MAX_PASS_TREE_CHARS / 3 / 101));
    const { root, files } = project({ "lib/__init__.py": "", "lib/net.py": "import requests\nget = requests.get\n", "a.py": big, "b.py": big, "c.py": big });
    const scanner = await Scanner.create({ keepPassTrees: true });
    const symbols = new Map(files.flatMap((f) => { const s = scanner.scanFile(join(root, f), f).symbols; return s ? [[f, s] as const] : []; }));
    const parse = vi.spyOn(Parser.prototype, "parse");
    try {
      const rescan = (file: string) => scanner.scanFile(join(root, file), file, new ProjectSymbols(symbols)).findings.map(brief);
      expect([rescan("b.py"), rescan("c.py")]).toEqual([["b.py:3:1-3:4 scan/network-call"], ["c.py:3:1-3:4 scan/network-call"]]);
      expect(parse).toHaveBeenCalledTimes(0);
      expect(rescan("a.py")).toEqual(["a.py:3:1-3:4 scan/network-call"]);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
      scanner.dispose();
    }
  });

  test("a scanner that does not keep them (the editor's) parses the file again", async () => {
    const { root, files } = importers(1);
    const scanner = await Scanner.create();
    const symbols = new Map(files.flatMap((f) => { const s = scanner.scanFile(join(root, f), f).symbols; return s ? [[f, s] as const] : []; }));
    const parse = vi.spyOn(Parser.prototype, "parse");
    try {
      expect(scanner.scanFile(join(root, "use0.py"), "use0.py", new ProjectSymbols(symbols)).findings.map(brief)).toEqual(["use0.py:4:1-4:4 scan/network-call"]);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});

describe("scan/shell-command through a project file that re-exports a watched module (export … from)", () => {
  test("export { name } from, export { a as b } from, export * as ns from, export * from: each offered to importers", async () => {
    const { root, files } = project({
      "named.js": 'export { exec } from "child_process";\n',
      "renamed.mjs": 'export { spawn as run } from "node:child_process";\n',
      "namespace.ts": 'export * as cp from "child_process";\n',
      "star.ts": 'export * from "child_process";\nexport const quiet = 1;\n',
      "use.ts": 'import { exec } from "./named.js";\nimport { run } from "./renamed.mjs";\nimport { cp } from "./namespace";\nimport { execFile, quiet } from "./star";\nexec("a");\nrun("b");\ncp.execSync("c");\nexecFile("d");\nquiet();\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["use.ts:5:1-5:5 scan/shell-command", "use.ts:6:1-6:4 scan/shell-command", "use.ts:7:1-7:12 scan/shell-command", "use.ts:8:1-8:9 scan/shell-command"]);
    expect(run.findings.find((f) => f.line === 6)!.message).toContain("`run` (child_process.spawn)");
    expect(run.findings.find((f) => f.line === 6)!.message).toContain('Resolved through line 2 `import { run } from "./renamed.mjs";` ← renamed.mjs line 1 `export { spawn as run } from "node:child_process";`.');
  });

  test("a type-only re-export and a re-export of an unwatched module offer nothing", async () => {
    const { root, files } = project({
      "types.ts": 'export type { ExecOptions as exec } from "child_process";\nexport { join as fetch2 } from "node:path";\n',
      "use.ts": 'import { exec, fetch2 } from "./types";\nexec("a");\nfetch2("b");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual([]);
  });
});

describe("scan/shell-command, scan/network-call through a Python package that star-imports a watched module", () => {
  test("from subprocess import * in helpers/__init__.py: `from helpers import run` and `helpers.check_output` are found; PIPE is not a call", async () => {
    const { root, files } = project({
      "helpers/__init__.py": "from subprocess import *\nfrom requests import *\n",
      "use.py": "from helpers import run, PIPE\nimport helpers\nrun(['ls'], stdout=PIPE)\nhelpers.check_output('ls')\nhelpers.get('u')\n",
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["helpers/__init__.py:1:1-1:25 scan/star-import", "helpers/__init__.py:2:1-2:23 scan/star-import", "use.py:3:1-3:4 scan/shell-command", "use.py:4:1-4:21 scan/shell-command", "use.py:5:1-5:12 scan/network-call"]);
    expect(run.findings.find((f) => f.file === "use.py" && f.line === 3)!.message).toContain("helpers/__init__.py line 1 `from subprocess import *`");
  });
});

describe("scan/shell-command through a star import of a project module, and a default export's properties", () => {
  test("from helpers import * brings the module's watched names, not its _private ones", async () => {
    const { root, files } = project({
      "helpers.py": 'from subprocess import run\nimport subprocess\ncheck = getattr(subprocess, "check_output")\n_hidden = subprocess.call\n',
      "use.py": "from helpers import *\nrun('a')\ncheck('b')\nsubprocess.Popen('c')\n_hidden('d')\n",
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["use.py:2:1-2:4 scan/shell-command", "use.py:3:1-3:6 scan/shell-command", "use.py:4:1-4:17 scan/shell-command"]);
    expect(run.findings[0]!.message).toContain("helpers.py line 1 `from subprocess import run`");
  });
  test("a name a star import brought, defined again at the module's top, is the definition: for the file and for what it offers", async () => {
    const { root, files } = project({
      "helpers.py": "from subprocess import run, check_output\n",
      "tools.py": "from subprocess import *\ndef run(cmd):\n    print(cmd)\n",
      "use.py": "from helpers import *\ndef check_output(c):\n    return c\nrun('a')\ncheck_output('b')\n",
      "use2.py": "from tools import run, call\nrun('c')\ncall('d')\n",
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["tools.py:1:1-1:25 scan/star-import", "use.py:4:1-4:4 scan/shell-command", "use2.py:3:1-3:5 scan/shell-command"]);
  });
  test("export default { exec, run: cp.spawn }: `import sh from` … `sh.exec()`, `sh.run()`; a default object of plain values offers nothing", async () => {
    const { root, files } = project({
      "shell.js": 'import cp, { exec } from "child_process";\nexport default { exec, run: cp.spawn, quiet: 1 };\n',
      "plain.js": "export default { exec: (c) => c };\n",
      "use.mjs": 'import sh from "./shell.js";\nimport plain from "./plain.js";\nsh.exec("a");\nsh.run("b");\nsh.quiet();\nplain.exec("c");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["use.mjs:3:1-3:8 scan/shell-command", "use.mjs:4:1-4:7 scan/shell-command"]);
  });
  test("a default export or module.exports of a NAME bound to an object of watched values: `const api = { exec }; export default api`, `module.exports = api`, `export = api`, slots assigned after the export; a plain one offers nothing", async () => {
    const { root, files } = project({
      "shell.js": 'import { exec } from "child_process";\nconst api = { exec, quiet: 1 };\nexport default api;\n',
      "run.js": 'import cp from "child_process";\nconst api = { run: cp.exec };\nexport default api;\n',
      "cjs.js": 'const cp = require("child_process");\nconst api = { run: cp.exec, name: "x" };\nmodule.exports = api;\n',
      "late.js": 'const cp = require("child_process");\nmodule.exports = shell;\nfunction shell() {}\nshell.spawn = cp.spawn;\n',
      "eq.ts": 'import { execSync } from "child_process";\nconst api = { execSync };\nexport = api;\n',
      "plain.js": "const api = { exec: (c) => c, quiet: 1 };\nexport default api;\nmodule.exports = api;\n",
      "use.mjs": 'import sh from "./shell.js";\nimport r from "./run.js";\nimport plain from "./plain.js";\nsh.exec("a");\nsh.quiet();\nr.run("b");\nplain.exec("c");\n',
      "use.js": 'const c = require("./cjs");\nconst late = require("./late");\nconst p = require("./plain");\nc.run("d");\nc.name.trim();\nlate.spawn("e");\np.exec("f");\n',
      "use.ts": 'import e = require("./eq");\ne.execSync("g");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["use.js:4:1-4:6 scan/shell-command", "use.js:6:1-6:11 scan/shell-command", "use.mjs:4:1-4:8 scan/shell-command", "use.mjs:6:1-6:6 scan/shell-command", "use.ts:2:1-2:11 scan/shell-command"]);
    expect(run.findings.find((f) => f.file === "use.mjs" && f.line === 4)!.message).toContain("shell.js line 3 `export default api;`");
  });
  test("TypeScript's CommonJS output: `exports.default = { exec }` or `exports.default = api`, imported through `__importDefault(require(…))` / `tslib_1.__importDefault`; a plain property, or a member not under `default`, is not", async () => {
    const { root, files } = project({
      "shell.js": '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst child_process_1 = require("child_process");\nexports.default = { exec: child_process_1.exec };\n',
      "api.js": '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst child_process_1 = require("child_process");\nconst api = { run: child_process_1.spawn, n: 1 };\nexports.default = api;\n',
      "use.js": '"use strict";\nconst shell_1 = __importDefault(require("./shell"));\nconst api_1 = tslib_1.__importDefault(require("./api"));\nshell_1.default.exec("ls");\n(0, api_1.default.run)("x");\napi_1.default.n.toFixed();\napi_1.run("y");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["use.js:4:1-4:21 scan/shell-command", "use.js:5:5-5:22 scan/shell-command"]);
  });
  test("a local export clause renaming a name (`export { api as default }`, `export { exec as default }`, `export { exec as run }`) and TypeScript's `{ exec } as const`; a renamed plain name offers nothing", async () => {
    const { root, files } = project({
      "a.js": 'import { exec } from "child_process";\nconst api = { exec };\nexport { api as default };\n',
      "b.js": 'import { exec } from "child_process";\nconst quiet = 1;\nexport { exec as default, exec as run, quiet as exec };\n',
      "c.ts": 'import { spawn } from "child_process";\nconst api = { spawn } as const;\nexport default api;\n',
      "use.ts": 'import a from "./a.js";\nimport b, { run, exec } from "./b.js";\nimport c from "./c";\na.exec("1");\nb("2");\nrun("3");\nexec("4");\nc.spawn("5");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["use.ts:4:1-4:7 scan/shell-command", "use.ts:5:1-5:2 scan/shell-command", "use.ts:6:1-6:4 scan/shell-command", "use.ts:8:1-8:8 scan/shell-command"]);
  });
});

describe("scan/shell-command through CommonJS exports written as Object.assign, and TypeScript's export =", () => {
  test("Object.assign(module.exports, {…}), Object.assign(exports, {…}); export = cp, export = require(…)", async () => {
    const { root, files } = project({
      "assign.js": 'const cp = require("child_process");\nObject.assign(module.exports, { exec: cp.exec, quiet: 1 });\nObject.assign(exports, { spawn: cp.spawn });\n',
      "use.js": 'const { exec, spawn, quiet } = require("./assign");\nexec("a");\nspawn("b");\nquiet();\n',
      "eq.ts": 'import cp = require("child_process");\nexport = cp;\n',
      "eq2.ts": 'export = require("node:child_process");\n',
      "use.ts": 'import sh = require("./eq");\nimport sh2 = require("./eq2");\nsh.exec("c");\nsh2.execSync("d");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["use.js:2:1-2:5 scan/shell-command", "use.js:3:1-3:6 scan/shell-command", "use.ts:3:1-3:8 scan/shell-command", "use.ts:4:1-4:13 scan/shell-command"]);
  });
  test("Object.assign of another target, and export = of a plain value, offer nothing to importers (the watched function stored in another object is reported where it is handed over)", async () => {
    const { root, files } = project({
      "other.js": 'const cp = require("child_process");\nconst api = {};\nObject.assign(api, { exec: cp.exec });\n',
      "plain.ts": "export = { exec: (c: string) => c };\n",
      "use.ts": 'import o = require("./other");\nimport p = require("./plain");\no.exec("a");\np.exec("b");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["other.js:3:28-3:35 scan/shell-command"]);
  });
});

// Node gives an ES module importing a CommonJS file its module.exports as the default export (also `.default` of the namespace).
describe("scan/shell-command through an ES module's default import of a CommonJS file (its module.exports)", () => {
  test("`import sh from \"./helper.cjs\"` of `module.exports = { run }` or `exports.run =`, `import * as ns` then `ns.default.run`, a .js file without a package type", async () => {
    const { root, files } = project({
      "helper.cjs": 'const cp = require("child_process");\nmodule.exports = { run: cp.exec };\n',
      "helper2.cjs": 'const cp = require("child_process");\nexports.run = cp.exec;\n',
      "lib.js": 'const cp = require("child_process");\nexports.spawn = cp.spawn;\n',
      "main.mjs": 'import sh from "./helper.cjs";\nimport * as ns from "./helper.cjs";\nimport sh2 from "./helper2.cjs";\nimport lib from "./lib.js";\nsh.run("a");\nns.default.run("b");\nsh2.run("c");\nlib.spawn("d");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["main.mjs:5:1-5:7 scan/shell-command", "main.mjs:6:1-6:15 scan/shell-command", "main.mjs:7:1-7:8 scan/shell-command", "main.mjs:8:1-8:10 scan/shell-command"]);
    expect(run.findings[0]!.message).toContain("Resolved through line 1 `import sh from \"./helper.cjs\";` ← helper.cjs line 2 `run: cp.exec`");
  });

  test("an ES module without a default export offers none, and plain CommonJS exports offer nothing", async () => {
    const { root, files } = project({
      "esm.js": 'import { exec } from "child_process";\nexport const run = exec;\n',
      "plain.cjs": "exports.run = (c) => c;\n",
      "main.mjs": 'import e from "./esm.js";\nimport * as ns from "./esm.js";\nimport p from "./plain.cjs";\ne.run("a");\nns.default.run("b");\np.run("c");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual([]);
  });
});

describe("scan/shell-command through a static class field and a module-level object's slot", () => {
  test("static run = exec is Shell.run, in its file and in the files importing Shell; tools.spawn = exec likewise; an instance field through new (issue 19 depth)", async () => {
    const { root, files } = project({
      "shell.ts": 'import { exec } from "child_process";\nexport class Shell { static run = exec; other = exec; }\nexport const tools = {};\ntools.spawn = exec;\nShell.run("z");\n',
      "use.ts": 'import { Shell, tools } from "./shell";\nShell.run("a");\ntools.spawn("b");\nnew Shell().other("c");\n',
      "safe.js": 'export class Quiet { static run = (c) => c; }\n',
      "use2.js": 'import { Quiet } from "./safe.js";\nQuiet.run("d");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["shell.ts:5:1-5:10 scan/shell-command", "use.ts:2:1-2:10 scan/shell-command", "use.ts:3:1-3:12 scan/shell-command", "use.ts:4:1-4:18 scan/shell-command"]);
  });
});

describe("scan/shell-command through a project file loaded inline (require(…).x, await import(…), import(…).then)", () => {
  test("require('./shell').exec(), const m = await import(), (await import()).exec(), import().then((s) => s.exec())", async () => {
    const { root, files } = project({
      "shell.js": 'import { exec } from "child_process";\nexport { exec };\nexport const quiet = () => 0;\n',
      "use.mjs": 'require("./shell").exec("a");\nconst m = await import("./shell.js");\nm.exec("b");\n(await import("./shell.js")).exec("c");\nimport("./shell.js").then((s) => s.exec("d"));\nrequire("./shell").quiet();\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["use.mjs:1:1-1:24 scan/shell-command", "use.mjs:3:1-3:7 scan/shell-command", "use.mjs:4:1-4:34 scan/shell-command", "use.mjs:5:34-5:40 scan/shell-command"]);
    expect(run.findings.find((f) => f.line === 1)!.message).toContain('Resolved through line 1 `require("./shell")` ← shell.js line 1 `import { exec } from "child_process";`.');
  });

  test("no spaces around the assignment: const n=require('./shell'), m=await import('./shell.js')", async () => {
    const { root, files } = project({
      "shell.js": 'import { exec } from "child_process";\nexport { exec };\n',
      "use.mjs": 'const n=require("./shell");n.exec("a");\nconst m=await import("./shell.js");m.exec("b");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["use.mjs:1:28-1:34 scan/shell-command", "use.mjs:2:36-2:42 scan/shell-command"]);
  });

  test("a shadowed require and a project file that offers nothing stay silent", async () => {
    const { root, files } = project({
      "shell.js": 'import { exec } from "child_process";\nexport { exec };\n',
      "safe.js": "export const exec = (c) => gateway.run(c);\n",
      "use.js": 'function load(require) {\n  return require("./shell").exec("a");\n}\nrequire("./safe").exec("b");\nimport("./safe.js").then((s) => s.exec("c"));\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual([]);
  });
  test("a project module required under a global's name hides the global (ws's `const WebSocket = require(\"./websocket\")`), also held in an object literal of a function", async () => {
    const { root, files } = project({
      "websocket.js": "class WebSocket {}\nmodule.exports = WebSocket;\n",
      "shell.js": 'import { exec } from "child_process";\nexport { exec };\n',
      "server.js": 'const { exec } = require("./shell");\nconst WebSocket = require("./websocket");\nnew WebSocket(u);\nclass Server {\n  constructor(options) {\n    options = { WebSocket, ...options };\n    this.options = options;\n  }\n  go() {\n    new this.options.WebSocket(null);\n  }\n}\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual([]);
  });
});

describe("scan/shell-command through a project file imported with a comment before its specifier or inside its statement (links.ts reads past comments as JavaScript reads them)", () => {
  const SHELL = 'module.exports = { run: require("child_process").execSync };\n';
  const ESM = 'import { exec } from "child_process";\nexport { exec };\n';

  test("a line comment before the specifier: `require( // c`, `from // c`, `import * as sh from // c`, `import( // c`, `export { exec } from // c`, two comment lines, and a file whose comments are not all read for certain (a `\"<!--\"` string; `\"http://\"` before the call)", async () => {
    const { root, files } = project({
      "shell.js": SHELL,
      "esm.js": ESM,
      "req.js": 'const sh = require( // the helper\n  "./shell");\nsh.run("a");\n',
      "imp.mjs": 'import { exec } from // the helper\n  "./esm.js";\nexec("b");\n',
      "ns.mjs": 'import * as sh from // c\n  "./esm.js";\nsh.exec("c");\n',
      "dyn.mjs": 'const m = await import( // c\n  "./esm.js");\nm.exec("d");\n',
      "barrel.js": 'export { exec } from // c\n  "./esm.js";\n',
      "use.mjs": 'import { exec } from "./barrel.js";\nexec("e");\n',
      "two.js": 'const sh = require( // a\n  // b\n  "./shell");\nsh.run("f");\n',
      "html.js": 'const marker = "<!--";\nconst u = "http://x"; const sh = require( // c\n  "./shell");\nsh.run("g");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual([
      "dyn.mjs:3:1-3:7 scan/shell-command",
      "html.js:4:1-4:7 scan/shell-command",
      "imp.mjs:3:1-3:5 scan/shell-command",
      "ns.mjs:3:1-3:8 scan/shell-command",
      "req.js:3:1-3:7 scan/shell-command",
      "two.js:4:1-4:7 scan/shell-command",
      "use.mjs:2:1-2:5 scan/shell-command",
    ]);
    expect(run.findings.find((f) => f.file === "use.mjs")!.message).toContain("barrel.js line 1 `export { exec } from // c`");
  });

  test("a comment inside the statement: `exec, // don't` in an import list, `/* like an import */` in a re-export's list, a block comment holding `/*` before the specifier, `module.exports = // c` before the `require`", async () => {
    const { root, files } = project({
      "shell.js": SHELL,
      "esm.js": ESM,
      "list.mjs": 'import {\n  exec, // don\'t wait\n} from "./esm.js";\nexec("a");\n',
      "barrel.js": 'export { exec /* like an import */ } from "./esm.js";\n',
      "use.mjs": 'import { exec } from "./barrel.js";\nexec("b");\n',
      "nested.js": 'const sh = require(/* a /* b */ "./shell");\nsh.run("c");\n',
      "cjs-barrel.js": 'module.exports = // the helper\n  require("./shell");\n',
      "cjs-use.js": 'const helper = require("./cjs-barrel");\nhelper.run("d");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["cjs-use.js:2:1-2:11 scan/shell-command", "list.mjs:4:1-4:5 scan/shell-command", "nested.js:2:1-2:7 scan/shell-command", "use.mjs:2:1-2:5 scan/shell-command"]);
  });

  test("a `//` in a string neither hides a link nor makes one: `\"http://\"` before `module.exports = require(` links; `log(\"module.exports = require( //\",` does not", async () => {
    const { root, files } = project({
      "shell.js": SHELL,
      "real.js": 'const u = "http://x"; module.exports = require(\n  "./shell");\n',
      "forged.js": 'module.exports = log("module.exports = require( //",\n  "./shell");\n',
      "use.js": 'require("./real").run("a");\nrequire("./forged").run("b");\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["use.js:1:1-1:22 scan/shell-command"]);
    const scanner = await Scanner.create({});
    expect(scanner.linksOf("a.js", 'require("//x", // c\n  "./shell");\nlog("const sh = require( //",\n  "./shell");\n')).toEqual([]);
    expect(scanner.linksOf("b.js", 'const u = "http://"; const sh = require(\n  "./shell");\n').map((l) => l.namespace)).toEqual(["sh"]);
  });

  test("Python: a comment holding `)` or `(` inside an import's parentheses (`from .shell import (  # c ) x`, `from . import (  # (c)`)", async () => {
    const { root, files } = project({
      "pkg/__init__.py": "",
      "pkg/shell.py": "from subprocess import run\n",
      "pkg/names.py": "from .shell import (  # the helper ) x\n    run)\nrun(['a'])\n",
      "pkg/module.py": "from . import (  # (the helper)\n    shell)\nshell.run(['b'])\n",
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["pkg/module.py:3:1-3:10 scan/shell-command", "pkg/names.py:3:1-3:4 scan/shell-command"]);
  });
});

describe("scan/shell-command through a plain Python import of a project module (import helper, import pkg.mod as m)", () => {
  test("import helper, import helper as h, import pkg.tools: the module's watched names are reached as attributes", async () => {
    const { root, files } = project({
      "agent/helper.py": "from subprocess import run\nimport os\nVERSION = 1\n",
      "agent/pkg/__init__.py": "",
      "agent/pkg/tools.py": "import requests\n",
      "agent/use.py": "import helper\nimport helper as h2, json\nimport pkg.tools\nhelper.run(['ls'])\nh2.os.system('x')\npkg.tools.requests.get('u')\nhelper.VERSION()\njson.dumps(1)\n",
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["agent/use.py:4:1-4:11 scan/shell-command", "agent/use.py:5:1-5:13 scan/shell-command", "agent/use.py:6:1-6:23 scan/network-call"]);
    expect(run.findings.find((f) => f.line === 6)!.message).toContain("Resolved through line 3 `import pkg.tools` ← agent/pkg/tools.py line 1 `import requests`.");
  });

  test("a local module named like nothing watched, and a project module that offers nothing, stay silent", async () => {
    const { root, files } = project({
      "app/util.py": "def run(args):\n    return args\n",
      "app/main.py": "import util\nimport util as u\nutil.run([1])\nu.run([2])\n",
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual([]);
  });
});

describe("scan/shell-command: judged files resolve through context files (a pull request's unchanged files, a shard's neighbours)", () => {
  test("the context is read for what the judged files import, and never reported", async () => {
    const { root, files } = project(PROJECT);
    const judged = ["js/use.ts", "main.py"];
    const alone = await scanFiles({ root, files: judged, workers: 1 });
    // Without the context, `from pkg import httpx` is read by its name as the watched module (fail closed); `./index`'s export is unknown.
    expect(alone.findings.map(brief)).toEqual(["main.py:2:1-2:6 scan/network-call"]);
    const withContext = await scanFiles({ root, files: judged, context: files, workers: 1 });
    expect(withContext.findings.map(brief).sort()).toEqual(["js/use.ts:2:1-2:5 scan/shell-command", "main.py:2:1-2:6 scan/network-call"]);
    expect([withContext.files, withContext.parsed]).toEqual([2, 2]);
  });

  test("the context is followed however many files deep, as in a whole-tree run", async () => {
    const { root, files } = project(reexportChain());
    const run = await scanFiles({ root, files: ["far.ts", "near.ts"], context: files, workers: 1 });
    expect(run.findings.map(brief)).toEqual(["far.ts:2:1-2:5 scan/shell-command", "near.ts:2:1-2:5 scan/shell-command"]);
  });
});

describe("flowgate scan PATH outside the current directory", () => {
  test("is scanned, with findings relative to the scanned root", async () => {
    const { root } = project(PROJECT);
    const run = await runCli(["scan", root, "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.map(brief).sort()).toEqual(EXPECTED);
  });
  test("--base with an outside path is a usage error", async () => {
    const { root } = project(PROJECT);
    const run = await runCli(["scan", root, "--base", "HEAD"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("scan a path inside it");
  });
});

describe("scan/shell-command: TypeScript's CommonJS `export * from` (`__exportStar(require(…), exports)`) re-exports across files", () => {
  const files = (index: string) => ({
    "lib/shell.js": 'const cp = require("child_process");\nexports.run = cp.execSync;\n',
    "lib/index.js": `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\n${index}`,
    "use.js": 'const lib = require("./lib");\nlib.run("ls");\n',
    "use2.ts": 'import { run } from "./lib/index";\nrun("ls");\n',
  });
  test.each([
    ["tslib's helper", 'const tslib_1 = require("tslib");\ntslib_1.__exportStar(require("./shell"), exports);\n'],
    ["the helper emitted inline", '__exportStar(require("./shell.js"), exports);\n'],
  ])("%s: a namespace require and a named import of the barrel reach the member", async (_, index) => {
    const { root, files: list } = project(files(index));
    const run = await scanFiles({ root, files: list, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["use.js:2:1-2:8 scan/shell-command", "use2.ts:2:1-2:4 scan/shell-command"]);
    const finding = run.findings.find((f) => f.file === "use2.ts")!;
    expect(finding.properties!.resolution).toEqual([
      { line: 1, column: 1, endLine: 1, endColumn: 35, text: 'import { run } from "./lib/index";' },
      expect.objectContaining({ file: "lib/index.js", line: index.startsWith("const") ? 4 : 3, text: expect.stringMatching(/^__exportStar\(require\("\.\/shell(\.js)?"$/) }),
      { file: "lib/shell.js", line: 2, column: 1, endLine: 2, endColumn: 26, text: "exports.run = cp.execSync" },
      { file: "lib/shell.js", line: 1, column: 12, endLine: 1, endColumn: 36, text: 'require("child_process")' },
    ]);
  });
  test.each([
    ["into another object", '__exportStar(require("./shell"), other);\n'],
    ["another helper", 'copyAll(require("./shell"), exports);\n'],
    ["a helper whose name only ends the same", 'my__exportStar2(require("./shell"), exports);\n'],
  ])("%s: no re-export", async (_, index) => {
    const { root, files: list } = project(files(index));
    const run = await scanFiles({ root, files: list, workers: 1 });
    expect(run.findings.map(brief)).toEqual([]);
  });
});

describe("issue 19 depth: scan/shell-command through destructuring of what a project file offers", () => {
  test("const { exec: e } = tools of an imported object, import('./shell').then(({ exec }) => …); a plain member is silent", async () => {
    const { root, files } = project({
      "shell.ts": 'import { exec } from "child_process";\nexport const tools = { exec, quiet: () => 0 };\nexport { exec };\n',
      "use.ts": 'import { tools } from "./shell";\nconst { exec: e, quiet } = tools;\ne("a");\nquiet();\n',
      "use2.mjs": 'import("./shell.js").then(({ exec: run, quiet }) => { run("b"); quiet(); });\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["use.ts:3:1-3:2 scan/shell-command", "use2.mjs:1:55-1:58 scan/shell-command"]);
    expect(run.findings.find((f) => f.file === "use.ts")!.message).toContain("Resolved through line 2 `{ exec: e, quiet } = tools` ← line 1 `import { tools } from \"./shell\";` ← shell.ts line 2 `exec` ← shell.ts line 1");
  });
});

describe("issue 19 depth: scan/shell-command through an instance of a class another file exports", () => {
  test("new Shell().run() and const s = new Shell(); s.run() of an imported class whose field holds exec; another field is silent", async () => {
    const { root, files } = project({
      "shell.ts": 'import { exec } from "child_process";\nexport class Shell { run = exec; quiet = () => 0; }\n',
      "use.ts": 'import { Shell } from "./shell";\nnew Shell().run("a");\nconst s = new Shell();\ns.run("b");\ns.quiet();\n',
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["use.ts:2:1-2:16 scan/shell-command", "use.ts:4:1-4:6 scan/shell-command"]);
    expect(run.findings.find((f) => f.line === 4)!.message).toContain("Resolved through line 3 `s = new Shell()` ← line 1 `import { Shell } from \"./shell\";` ← shell.ts line 2 `run = exec` ← shell.ts line 1");
  });
});

describe("issue 19: scan/shell-command, scan/network-call through a Python tool registry another file holds (a module-level container's slots)", () => {
  const REGISTRY = {
    "agent/tools.py": 'import subprocess, requests\nPLAIN = {"a": 1, "b": len}\nTOOLS = {"shell": subprocess.run, "fetch": requests.get}\n_PRIV = {"s": subprocess.run}\n',
    "agent/__init__.py": "from .tools import TOOLS\n",
    "agent/use.py": "from tools import TOOLS\nTOOLS[name](args)\nTOOLS[\"shell\"]([\"ls\"])\nTOOLS.get(name)(args)\n",
    "agent/rel.py": "from .tools import TOOLS as T\nfrom . import tools\nT[k](a)\ntools.TOOLS[k](a)\n",
    "agent/mod.py": "import tools\ntools.TOOLS[k](a)\ntools.TOOLS[\"fetch\"](u)\n",
    "main.py": "from agent import TOOLS\nTOOLS[k](a)\n",
  };
  const EXPECTED_REGISTRY = [
    "agent/mod.py:2:1-2:15 scan/shell-command",
    "agent/mod.py:3:1-3:21 scan/network-call",
    "agent/rel.py:3:1-3:5 scan/shell-command",
    "agent/rel.py:4:1-4:15 scan/shell-command",
    "agent/use.py:2:1-2:12 scan/shell-command",
    "agent/use.py:3:1-3:15 scan/shell-command",
    "agent/use.py:4:1-4:16 scan/shell-command",
    "main.py:2:1-2:9 scan/shell-command",
  ];

  test("from tools import TOOLS, from .tools import TOOLS as T, import tools, from . import tools, and a package re-exporting it: a literal key is its slot, any other key the first watched value", async () => {
    const { root, files } = project(REGISTRY);
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(EXPECTED_REGISTRY);
    const message = (file: string, line: number) => run.findings.find((f) => f.file === file && f.line === line)!.message;
    expect(message("agent/use.py", 2)).toContain("`TOOLS[name]` (subprocess.run) starts a process directly");
    expect(message("agent/use.py", 2)).toContain('Resolved through line 1 `from tools import TOOLS` ← agent/tools.py line 3 `TOOLS = {"shell": subprocess.run, "fetch": requests.get}` ← agent/tools.py line 1 `import subprocess, requests`.');
    expect(message("agent/use.py", 3)).toContain('Resolved through line 1 `from tools import TOOLS` ← agent/tools.py line 3 `"shell": subprocess.run` ← agent/tools.py line 1 `import subprocess, requests`.');
    expect(message("agent/rel.py", 4)).toContain('Resolved through line 2 `from . import tools` ← agent/tools.py line 3 `TOOLS = {"shell": subprocess.run, "fetch": requests.get}` ← agent/tools.py line 1 `import subprocess, requests`.');
    expect(message("main.py", 2)).toContain('Resolved through line 1 `from agent import TOOLS` ← agent/__init__.py line 1 `from .tools import TOOLS` ← agent/tools.py line 3 `TOOLS = {"shell": subprocess.run, "fetch": requests.get}` ← agent/tools.py line 1 `import subprocess, requests`.');
  });

  test("worker threads give the same findings (the slots travel in the project's table)", async () => {
    const { root, files } = project(REGISTRY);
    const workerScript = join(tempDir(), "scan-worker.js");
    buildSync({ entryPoints: [join(REPO, "core/scan/worker.ts")], bundle: true, platform: "node", format: "cjs", mainFields: ["module", "main"], outfile: workerScript, logLevel: "warning" });
    const run = await scanFiles({ root, files, workers: 2, workerScript, offThread: true });
    expect(run.findings.map(brief).sort()).toEqual(EXPECTED_REGISTRY);
  });

  test("a star import brings the public containers' slots, not a _private one's; an explicit import of the _private one is its own", async () => {
    const { root, files } = project({
      "tools.py": REGISTRY["agent/tools.py"],
      "star.py": "from tools import *\nTOOLS[k](a)\n_PRIV[k](a)\n",
      "named.py": "from tools import _PRIV\n_PRIV[k](a)\n",
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["named.py:2:1-2:9 scan/shell-command", "star.py:2:1-2:9 scan/shell-command"]);
  });

  test("a container of plain values offers nothing; a parameter or local of the name in the importer hides a computed key's pick", async () => {
    const { root, files } = project({
      "tools.py": REGISTRY["agent/tools.py"],
      "use.py": "from tools import TOOLS, PLAIN\nimport tools\nPLAIN[k](a)\nPLAIN[\"b\"](a)\ntools.PLAIN[k](a)\ndef f(TOOLS):\n    TOOLS[k](a)\ndef g():\n    TOOLS = load()\n    TOOLS[k](a)\n",
    });
    const run = await scanFiles({ root, files, workers: 1 });
    expect(run.findings.map(brief)).toEqual([]);
  });
});

describe("names the project's files share that an object has of itself (`constructor`, `toString`, `__proto__`)", () => {
  test("scan/shell-command: watched values exported as `constructor`, `__proto__` and `toString` reach their importers; importing those names (or `members`) from a file whose default export is watched is no crash and no finding", async () => {
    const files = {
      "a.mjs": 'import cp from "child_process";\nconst run = cp.exec;\nexport { run as constructor, run as __proto__, run as toString };\n',
      "b.mjs": 'import { constructor, __proto__ as p, toString, members, valueOf } from "./a.mjs";\nconstructor("a");\np("b");\ntoString("c");\nmembers("d");\nvalueOf("e");\n',
      "d.mjs": 'import cp from "child_process";\nexport default cp.exec;\n',
      "e.mjs": 'import { constructor, toString, hasOwnProperty, members } from "./d.mjs";\ntoString();\nconstructor();\nmembers[0];\n',
      "c.py": "import os\nrun = os.system\n",
      "f.py": "from c import run as constructor\nfrom c import __class__, __init__\nconstructor('x')\n__class__()\n",
    };
    const run = await scanFiles({ ...writeProject(files), workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["b.mjs:2:1-2:12 scan/shell-command", "b.mjs:3:1-3:2 scan/shell-command", "b.mjs:4:1-4:9 scan/shell-command", "f.py:3:1-3:12 scan/shell-command"]);
  });
});
