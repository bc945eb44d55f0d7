// Issue 19: factories — a top-level function of a project file whose return value is a watched callable, module or
// object (core/scan/factories.ts): a call of it is that value, in its own file and, through the project's symbol
// table, in the files that import it (`this.fetch = getDefaultFetch()` … `this.fetch(u)`, `transport().get(u)`).
// Each form at its exact position with its rule, the look-alikes left alone, the depth, and the resolution path.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildSync } from "esbuild";
import { describe, expect, test } from "vitest";
import { MAX_FACTORY_DEPTH } from "../../core/scan/factories";
import { scanFiles } from "../../core/scan/run";
import { REPO, tempDir } from "../helpers/cli";
import { at, found } from "./helpers";

const SHELL = "scan/shell-command";
const NET = "scan/network-call";

/** The project's findings, scanned on this thread (or, `workerScript` given, on a worker thread only). */
async function scanProject(files: Record<string, string>, workerScript?: string) {
  const root = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const options = workerScript ? { workers: 2, workerScript, offThread: true } : { workers: 1 };
  return (await scanFiles({ root, files: Object.keys(files).sort(), ...options })).findings;
}

/** [name, files, expected findings: file, rule, needle in that file (its nth occurrence)]. */
type Case = [name: string, files: Record<string, string>, expected: Array<[file: string, rule: string, needle: string, nth?: number]>];
const check = async ([, files, expected]: Case) => {
  const findings = await scanProject(files);
  expect(findings.map((f) => `${f.file} ${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`).sort()).toEqual(expected.map(([file, rule, needle, nth]) => `${file} ${rule} ${at(files[file]!, needle, nth)}`).sort());
};

const SHIMS_TS = "export function getDefaultFetch() {\n  return globalThis.fetch;\n}\n";
const SHIMS_PY = "import socket\nimport subprocess\nimport requests\n\ndef transport():\n    return requests\n\ndef runner():\n    return subprocess.run\n\ndef make_sock():\n    return socket.socket()\n";

describe("scan/network-call, scan/shell-command: a factory of another project file (JS/TS)", () => {
  const cases: Case[] = [
    [
      "`this.fetch = getDefaultFetch()` in the constructor, `this.fetch.call(undefined, …)` in a method (openai's core.js shape)",
      { "shims.ts": SHIMS_TS, "core.ts": 'import { getDefaultFetch } from "./shims";\nexport class APIClient {\n  constructor() {\n    this.fetch = getDefaultFetch();\n  }\n  send(u) {\n    return this.fetch.call(undefined, u);\n  }\n}\n' },
      [["core.ts", NET, "this.fetch.call"]],
    ],
    ["the factory's result called at once", { "shims.ts": SHIMS_TS, "use.ts": 'import { getDefaultFetch as f } from "./shims";\nf()("u");\n' }, [["use.ts", NET, 'f()']]],
    ["through a namespace import", { "shims.ts": SHIMS_TS, "use.ts": 'import * as shims from "./shims";\nconst fetchImpl = shims.getDefaultFetch();\nfetchImpl("u");\n' }, [["use.ts", NET, "fetchImpl", 1]]],
    [
      "compiled CommonJS: `function getRuntime() { return { … } }` with `exports.getRuntime = getRuntime`, a module returned",
      { "rt.js": 'const cp = require("child_process");\nfunction shell() {\n  return cp;\n}\nexports.shell = shell;\n', "use.js": 'const rt_1 = require("./rt");\nrt_1.shell().execSync("ls");\n' },
      [["use.js", SHELL, "rt_1.shell().execSync"]],
    ],
    [
      "compiled TypeScript (openai 6's client.js): `Shims = tslib_1.__importStar(require(…))`, `exports.getDefaultFetch = getDefaultFetch` above the declaration",
      {
        "internal/shims.js": '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.getDefaultFetch = getDefaultFetch;\nfunction getDefaultFetch() {\n    if (typeof fetch !== "undefined") {\n        return fetch;\n    }\n    throw new Error("no fetch");\n}\n',
        "client.js": '"use strict";\nconst tslib_1 = require("tslib");\nconst Shims = tslib_1.__importStar(require("./internal/shims.js"));\nclass OpenAI {\n    constructor(options) {\n        this.fetch = options.fetch ?? Shims.getDefaultFetch();\n    }\n    async fetchWithTimeout(url, fetchOptions) {\n        return await this.fetch.call(undefined, url, fetchOptions);\n    }\n}\nexports.OpenAI = OpenAI;\n',
        "babel.js": 'var _shims = _interopRequireWildcard(require("./internal/shims.js"));\n_shims.getDefaultFetch()("u");\n',
      },
      [["client.js", NET, "this.fetch.call"], ["babel.js", NET, "_shims.getDefaultFetch()"]],
    ],
    ["an arrow function's expression body, awaited", { "a.ts": 'import * as cp from "node:child_process";\nexport const load = async () => cp;\n', "b.ts": 'import { load } from "./a";\nconst m = await load();\nm.spawn("ls");\n' }, [["b.ts", SHELL, "m.spawn"]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/network-call, scan/shell-command: what is not a factory's value (JS/TS)", () => {
  const cases: Case[] = [
    ["calling the factory alone, or a property of the function itself", { "shims.ts": SHIMS_TS, "use.ts": 'import { getDefaultFetch } from "./shims";\ngetDefaultFetch();\ngetDefaultFetch.call(null);\ngetDefaultFetch.name.at(0);\n' }, []],
    // Handed over, the factory is reported where handed (handed-returns.test.ts): whoever calls it gets `fetch`.
    ["handing the factory over is handing over what it returns", { "shims.ts": SHIMS_TS, "use.ts": 'import { getDefaultFetch } from "./shims";\nrun(getDefaultFetch);\n' }, [["use.ts", NET, "getDefaultFetch", 1]]],
    ["a method's return is not a factory", { "a.ts": "export class Shims {\n  fetch() {\n    return globalThis.fetch;\n  }\n}\n", "b.ts": 'import { Shims } from "./a";\nShims.fetch()("u");\n' }, []],
    ["a nested function's return is not its outer function's", { "a.ts": "export function outer() {\n  function inner() {\n    return globalThis.fetch;\n  }\n  return inner;\n}\n", "b.ts": 'import { outer } from "./a";\nouter()("u");\n' }, []],
    ["a parameter of the same name shadows the imported factory", { "shims.ts": SHIMS_TS, "use.ts": 'import { getDefaultFetch } from "./shims";\nfunction go(getDefaultFetch) {\n  return getDefaultFetch()("u");\n}\n' }, []],
    ["another helper around the require is not a namespace", { "shims.ts": SHIMS_TS, "use.js": 'const S = tslib_1.__importDefault(require("./shims"));\nS.getDefaultFetch()("u");\nconst T = wrap(require("./shims"));\nT.getDefaultFetch()("u");\n' }, []],
    ["a factory of values nobody watches", { "a.ts": "export function getFetch() {\n  return myFetch;\n}\n", "b.ts": 'import { getFetch } from "./a";\ngetFetch()("u");\n' }, []],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/network-call, scan/shell-command: a factory of another project file (Python)", () => {
  const cases: Case[] = [
    ["a module returned, its member called", { "pkg/client.py": SHIMS_PY, "pkg/use.py": "from .client import transport\n\ndef fetch(u):\n    return transport().get(u)\n" }, [["pkg/use.py", NET, "transport().get"]]],
    [
      "`self.run = runner()` in __init__, `self.run(cmd)` in a method",
      { "pkg/client.py": SHIMS_PY, "pkg/use.py": "from .client import runner\n\nclass Api:\n    def __init__(self):\n        self.run = runner()\n\n    def call(self, cmd):\n        return self.run(cmd)\n" },
      [["pkg/use.py", SHELL, "self.run", 1]],
    ],
    ["an object the table follows (a socket), connected", { "pkg/client.py": SHIMS_PY, "pkg/use.py": "from .client import make_sock\nmake_sock().connect(('h', 1))\n" }, [["pkg/use.py", NET, "make_sock().connect"]]],
    ["an instance method of a class (`Shims().transport()`)", { "pkg/a.py": "import requests\n\nclass Shims:\n    def transport(self):\n        return requests\n", "pkg/b.py": "from .a import Shims\nShims().transport().get('u')\n" }, [["pkg/b.py", NET, "Shims().transport().get"]]],
    ["through a submodule import, decorated", { "pkg/tools.py": "import functools\nimport subprocess\n\n@functools.cache\ndef sp():\n    return subprocess\n", "pkg/use.py": "from . import tools\ntools.sp().run(['ls'])\n" }, [["pkg/use.py", SHELL, "tools.sp().run"]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/network-call, scan/shell-command: what is not a factory's value (Python)", () => {
  const cases: Case[] = [
    ["calling the factory alone, naming it, or a property of the function itself", { "pkg/client.py": SHIMS_PY, "pkg/use.py": "from .client import transport, runner\ntransport()\nrunner\ntransport.get('u')\nexecutor.submit(transport)\n" }, []],
    // Handed over, a factory of a watched function is reported where handed (handed-returns.test.ts): the future's result is `subprocess.run`.
    ["handing a factory of a watched function over is handing over what it returns", { "pkg/client.py": SHIMS_PY, "pkg/use.py": "from .client import runner\nexecutor.submit(runner)\n" }, [["pkg/use.py", SHELL, "runner", 1]]],
    ["an instance method read on the class (no instance) is not its instances' factory", { "pkg/a.py": "import requests\n\nclass Shims:\n    def transport(self):\n        return requests\n", "pkg/b.py": "from .a import Shims\nShims.transport().get('u')\n" }, []],
    ["a parameter of the same name shadows the imported factory", { "pkg/client.py": SHIMS_PY, "pkg/use.py": "from .client import transport\n\ndef go(transport):\n    return transport().get('u')\n" }, []],
    ["a client's construction is the factory file's finding, not its importers' (as within one file)", { "pkg/a.py": "import httpx\n\ndef get_client():\n    return httpx.Client()\n", "pkg/b.py": "from .a import get_client\nget_client().get('u')\n" }, [["pkg/a.py", NET, "httpx.Client"]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe(`scan/shell-command, scan/network-call: factories within one file (the editor's scan), ${MAX_FACTORY_DEPTH} passes`, () => {
  test.each([
    ["written top-down", "import subprocess\n\ndef sp():\n    return subprocess\n\ndef sp2():\n    return sp()\n\ndef sp3():\n    return sp2()\n\nsp().run('a')\nsp2().run('b')\nsp3().run('c')\n"],
    ["written bottom-up", "import subprocess\n\ndef sp3():\n    return sp2()\n\ndef sp2():\n    return sp()\n\ndef sp():\n    return subprocess\n\nsp().run('a')\nsp2().run('b')\nsp3().run('c')\n"],
  ])("Python, %s: a factory returning another's call is followed, a third level too (bounds.test.ts: deeper), whatever the order", async (_, text) => {
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "sp().run")}`, `${SHELL} ${at(text, "sp2().run")}`, `${SHELL} ${at(text, "sp3().run")}`]);
  });
  test("JS: the same (a third level followed)", async () => {
    const text = 'const cp = require("child_process");\nfunction c() { return b(); }\nconst b = () => a();\nfunction a() { return cp; }\na().exec("1");\nb().exec("2");\nc().exec("3");\n';
    expect(await found("a.js", text)).toEqual([`${SHELL} ${at(text, "a().exec")}`, `${SHELL} ${at(text, "b().exec")}`, `${SHELL} ${at(text, "c().exec")}`]);
  });
  test("JS: a factory returning an object or array literal of watched values: `mk().run(…)`, `const api = mk(); api.run(…)`, `mk()[\"run\"](…)`, an arrow's `({ … })`, `mkl()[0](…)`", async () => {
    const text = 'const cp = require("child_process");\nfunction mk() {\n  return { run: cp.exec, n: 1 };\n}\nmk().run("a");\nconst api = mk();\napi.run("b");\nmk()["run"]("c");\nconst mk2 = () => ({ sh: cp.spawn });\nmk2().sh("d");\nfunction mkl() {\n  return [cp.execSync];\n}\nmkl()[0]("e");\n';
    expect(await found("a.js", text)).toEqual([`${SHELL} ${at(text, "mk().run")}`, `${SHELL} ${at(text, "api.run")}`, `${SHELL} ${at(text, 'mk()["run"]')}`, `${SHELL} ${at(text, "mk2().sh")}`, `${SHELL} ${at(text, "mkl()[0]")}`]);
  });
  test("JS: a factory's literal of plain values, a property it does not hold or holding a plain value, and the factory called alone, are not", async () => {
    const text = 'const cp = require("child_process");\nfunction mk() {\n  return { run: cp.exec, n: print };\n}\nmk();\nmk().n("a");\nmk().other("b");\nfunction plain() {\n  return { run: print };\n}\nplain().run("c");\nconst f = () => { return 1; };\n';
    expect(await found("a.js", text)).toEqual([]);
  });
  test("Python: a factory returning a dict, list or tuple literal of watched values: `mk()[\"run\"](…)`, `api = mk()` … `api[\"run\"](…)`, `.get(\"run\")`, `mkl()[0](…)`", async () => {
    const text = 'import subprocess\ndef mk():\n    return {"run": subprocess.run, "n": 1}\nmk()["run"](cmd)\napi = mk()\napi["run"](cmd)\napi.get("run")(cmd)\ndef mkl():\n    return [subprocess.call]\nmkl()[0](cmd)\n';
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, 'mk()["run"]')}`, `${SHELL} ${at(text, 'api["run"]')}`, `${SHELL} ${at(text, 'api.get("run")')}`, `${SHELL} ${at(text, "mkl()[0]")}`]);
  });
  test("Python: a factory's literal of plain values, a key it does not hold or holding a plain value, and the factory called alone, are not", async () => {
    const text = 'import subprocess\ndef mk():\n    return {"run": subprocess.run, "n": print}\nmk()\nmk()["n"](cmd)\nmk()["other"](cmd)\ndef plain():\n    return {"run": print}\nplain()["run"](cmd)\n';
    expect(await found("a.py", text)).toEqual([]);
  });
  test("JS: a factory's value through a local (`const c = cp; return c`)", async () => {
    const text = 'import * as cp from "child_process";\nexport function shell() {\n  const c = cp;\n  return c;\n}\nshell().exec("ls");\n';
    expect(await found("a.ts", text)).toEqual([`${SHELL} ${at(text, "shell().exec")}`]);
  });
});

describe("scan/network-call, scan/shell-command: the resolution path crosses into the factory's file", () => {
  test("JS: `this.fetch` ← the call ← the import ← shims.ts's return", async () => {
    const findings = await scanProject({ "shims.ts": SHIMS_TS, "core.ts": 'import { getDefaultFetch } from "./shims";\nclass A {\n  constructor() {\n    this.fetch = getDefaultFetch();\n  }\n  go(u) {\n    return this.fetch(u);\n  }\n}\n' });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(`${finding!.file}:${finding!.line}:${finding!.column} ${finding!.rule}`).toBe(`core.ts:7:12 ${NET}`);
    expect(finding!.message).toContain("Resolved through line 4 `this.fetch = getDefaultFetch()` ← line 4 `getDefaultFetch()` ← line 1 `import { getDefaultFetch } from \"./shims\";` ← shims.ts line 2 `return globalThis.fetch;`.");
    expect(finding!.properties!.resolution).toEqual([
      { line: 4, column: 5, endLine: 4, endColumn: 35, text: "this.fetch = getDefaultFetch()" },
      { line: 4, column: 18, endLine: 4, endColumn: 35, text: "getDefaultFetch()" },
      { line: 1, column: 1, endLine: 1, endColumn: 43, text: 'import { getDefaultFetch } from "./shims";' },
      { file: "shims.ts", line: 2, column: 3, endLine: 2, endColumn: 27, text: "return globalThis.fetch;" },
    ]);
  });
  test("Python: the call ← the import ← client.py's return ← client.py's import", async () => {
    const findings = await scanProject({ "pkg/client.py": SHIMS_PY, "pkg/use.py": "from .client import runner\nrunner()(['ls'])\n" });
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([`pkg/use.py:2:1 ${SHELL}`]);
    expect(findings[0]!.properties!.resolution).toEqual([
      { line: 2, column: 1, endLine: 2, endColumn: 9, text: "runner()" },
      { line: 1, column: 1, endLine: 1, endColumn: 27, text: "from .client import runner" },
      { file: "pkg/client.py", line: 9, column: 5, endLine: 9, endColumn: 26, text: "return subprocess.run" },
      { file: "pkg/client.py", line: 2, column: 1, endLine: 2, endColumn: 18, text: "import subprocess" },
    ]);
  });
});

describe("scan/network-call: a call's result called at once is a callee (JS/TS)", () => {
  test("`await (o.fetch ?? fetch)(u)` (the grammar reads a call of a call of `await`) and a same-file factory's `g()(u)`", async () => {
    const text = "async function f(o, u) {\n  const r = await (o.fetch ?? fetch)(u);\n}\nconst g = () => fetch;\ng()(u);\nmake()(u);\n";
    expect(await found("a.js", text)).toEqual([`${NET} ${at(text, "(o.fetch ?? fetch)")}`, `${NET} ${at(text, "g()")}`]);
  });
});

describe("scan/network-call, scan/shell-command: factories through worker threads", () => {
  test("the table a worker is sent carries the factories (the same findings as on this thread)", async () => {
    const workerScript = join(tempDir(), "scan-worker.js");
    buildSync({ entryPoints: [join(REPO, "core/scan/worker.ts")], bundle: true, platform: "node", format: "cjs", mainFields: ["module", "main"], outfile: workerScript, logLevel: "warning" });
    const files = { "shims.ts": SHIMS_TS, "use.ts": 'import { getDefaultFetch as f } from "./shims";\nf()("u");\n', "pkg/client.py": SHIMS_PY, "pkg/use.py": "from .client import runner\nrunner()(['ls'])\n" };
    const brief = (list: Awaited<ReturnType<typeof scanProject>>) => list.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${JSON.stringify(f.properties?.resolution)}`).sort();
    const here = await scanProject(files);
    expect(here.map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual(["pkg/use.py:2:1", "use.ts:2:1"]);
    expect(brief(await scanProject(files, workerScript))).toEqual(brief(here));
  });
});

describe("scan/network-call: hostile files stay linear (factories)", () => {
  test("3,000 factories each called, in Python and JavaScript", async () => {
    const py = `import requests\n${Array.from({ length: 3000 }, (_, i) => `def f${i}():\n    return requests\n`).join("")}${Array.from({ length: 3000 }, (_, i) => `f${i}().get('u')\n`).join("")}`;
    expect(await found("a.py", py)).toHaveLength(3000);
    const js = `${Array.from({ length: 3000 }, (_, i) => `function f${i}() { return fetch; }\n`).join("")}${Array.from({ length: 3000 }, (_, i) => `const v${i} = f${i}();\nv${i}("u");\n`).join("")}`;
    const findings = await found("a.js", js);
    expect(findings).toHaveLength(3000);
    expect(findings[2999]).toBe(`${NET} ${at(js, "v2999", 1)}`);
  });
});
