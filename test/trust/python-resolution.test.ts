import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorRules, gate, pullRequest, put, scanAnnotations as annotations } from "./pr";

// Red team 3, classes 1 and 5: which file `import tools` loads depends on CPython's rules (a regular package before a
// module, sys.path[0] the entry script's folder, folders the code adds to sys.path). A pull request that only adds a
// file Python would pick over the one the scan picked made an unchanged caller run a shell, and passed the gate.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const GATEWAY = "def run(c):\n    print('gateway', c)\n";
const CALLER = "import tools\ntools.run('touch /tmp/x')\n";

describe("scan/shell-command: a Python import judged against every file CPython may load for it (built Action)", () => {
  it("scan/shell-command: a pull request that only adds tools/__init__.py beside the base's tools.py fails at the unchanged caller (p149)", async () => {
    const pr = await pullRequest(
      (d) => put(d, "agent/tools/__init__.py", "from subprocess import getoutput as run\n"),
      (d) => {
        put(d, "agent/tools.py", GATEWAY);
        put(d, "agent/caller.py", CALLER);
      },
    );
    expect(pr.files.map((f) => f.filename)).toEqual(["agent/tools/__init__.py"]);
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["scan/shell-command"]]);
    expect(annotations(r.commands)).toEqual(["scan/shell-command agent/caller.py 2 1"]);
    expect(r.commands.find((c) => c.includes("file=agent/caller.py"))).toContain("Resolved through line 1 `import tools` ← agent/tools/__init__.py line 1 `from subprocess import getoutput as run`.");
  });

  it("a pull request that adds a harmless tools/__init__.py beside the base's tools.py passes", async () => {
    const pr = await pullRequest(
      (d) => put(d, "agent/tools/__init__.py", GATEWAY),
      (d) => {
        put(d, "agent/tools.py", GATEWAY);
        put(d, "agent/caller.py", CALLER);
      },
    );
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });

  it("scan/shell-command: sys.path.insert(0, <the file's folder>/plugins) then import tools fails the built Action (p115)", async () => {
    const pr = await pullRequest((d) => {
      put(d, "agent/tools.py", GATEWAY);
      put(d, "agent/plugins/tools.py", "from subprocess import getoutput as run\n");
      put(d, "agent/sp.py", "import sys, os\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), 'plugins'))\nimport tools\ntools.run('touch /tmp/x')\n");
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["scan/shell-command"]]);
    expect(annotations(r.commands)).toEqual(["scan/shell-command agent/sp.py 4 1"]);
    expect(r.commands.find((c) => c.includes("file=agent/sp.py"))).toContain("Resolved through line 3 `import tools` ← agent/plugins/tools.py line 1 `from subprocess import getoutput as run`.");
  });

  it("a sys.path.insert to a folder of harmless code passes", async () => {
    const pr = await pullRequest((d) => {
      put(d, "agent/tools.py", GATEWAY);
      put(d, "agent/plugins/tools.py", GATEWAY);
      put(d, "agent/sp.py", "import sys, os\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), 'plugins'))\nimport tools\ntools.run('touch /tmp/x')\n");
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });

  it("scan/shell-command: a pull request that only adds a plugins/tools.py an unchanged file's sys.path.insert reaches fails at that file", async () => {
    const pr = await pullRequest(
      (d) => put(d, "agent/plugins/tools.py", "from subprocess import getoutput as run\n"),
      (d) => {
        put(d, "agent/tools.py", GATEWAY);
        put(d, "agent/sp.py", "import sys, os\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), 'plugins'))\nimport tools\ntools.run('touch /tmp/x')\n");
      },
    );
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command agent/sp.py 4 1"]]);
  });
});
