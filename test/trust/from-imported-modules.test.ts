import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorRules, gate, pullRequest, scanAnnotations as annotations } from "./pr";

// A from-import of a module's attribute that is a watched module (`from shutil import os as shell`) binds that module;
// a getattr default, a lambda's default called in place and `match [x]:` carry watched values. Through the built Action.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

describe("the built Action: from-imported modules, defaults and list subjects (Python)", () => {
  it("scan/shell-command: a pull request changing only a helper's `import gateway as shell` to `from shutil import os as shell` fails at the unchanged caller", async () => {
    const pr = await pullRequest(
      (dir) => writeFileSync(join(dir, "helpers.py"), "from shutil import os as shell\n"),
      (dir) => {
        writeFileSync(join(dir, "gateway.py"), "def system(c):\n    print('gw', c)\n");
        writeFileSync(join(dir, "helpers.py"), "import gateway as shell\n");
        writeFileSync(join(dir, "agent.py"), "from helpers import shell\nshell.system('touch /tmp/x')\n");
      },
    );
    expect(pr.files.map((f) => f.filename)).toEqual(["helpers.py"]);
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["scan/shell-command"]]);
    expect(annotations(r.commands)).toEqual(["scan/shell-command agent.py 2 1"]);
  });

  it("scan/shell-command, scan/network-call: getattr's default, a lambda's default, `match [x]:`, `from http.client import socket` added", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "a.py"), "import os\nrun = getattr(object(), 'nope', os.system)\nrun('id')\n");
      writeFileSync(join(dir, "b.py"), "import os\nrun = (lambda f=os.system: f)()\nrun('id')\n");
      writeFileSync(join(dir, "c.py"), "import subprocess\nmatch [subprocess.getoutput]:\n    case [run]:\n        run('id')\n");
      writeFileSync(join(dir, "d.py"), "from http.client import socket as s\ns.create_connection(('127.0.0.1', 80))\n");
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(annotations(r.commands).sort()).toEqual(["scan/network-call d.py 2 1", "scan/shell-command a.py 3 1", "scan/shell-command b.py 3 1", "scan/shell-command c.py 4 9"]);
  });

  it("a harmless look-alike of each passes: `from shutil import copyfile`, getattr's default print, a list subject of print", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "a.py"), "from shutil import copyfile\ncopyfile('a', 'b')\nrun = getattr(object(), 'nope', print)\nrun('id')\n");
      writeFileSync(join(dir, "c.py"), "match [print]:\n    case [run]:\n        run('id')\n");
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });
});
