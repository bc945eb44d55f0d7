import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorRules, gate, pullRequest, put, scanAnnotations as annotations } from "./pr";

// A folder link inside the workspace into a default-excluded folder (`tools -> build/tools`) makes the base's unjudged
// build output importable under a name the excludes do not match: a pull request adding the link is judged for what
// the files it reaches run (red-team p78b), not only for what they hand over.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());


describe("files reached through a folder link a pull request adds into build/ are judged (built Action)", () => {
  it("scan/shell-command: Python, `from tools.ops import go` of the base's build/tools/ops.py whose go runs os.system", async () => {
    const pr = await pullRequest(
      (dir) => {
        symlinkSync("build/tools", join(dir, "tools"));
        put(dir, "agent_tools.py", 'from tools.ops import go\ngo("ls")\n');
      },
      (dir) => put(dir, "build/tools/ops.py", "import os\ndef go(c):\n    os.system(c)\n"),
    );
    expect(pr.files.map((f) => f.filename).sort()).toEqual(["agent_tools.py", "tools"]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(annotations(r.commands)).toEqual(["scan/shell-command tools/ops.py 3 5"]);
  });

  it("scan/shell-command: JavaScript, `require(\"./tools/ops\").go(…)` of the base's build/tools/ops.js whose go runs execSync", async () => {
    const pr = await pullRequest(
      (dir) => {
        symlinkSync("build/tools", join(dir, "tools"));
        put(dir, "agent_tools.js", 'require("./tools/ops").go("ls");\n');
      },
      (dir) => put(dir, "build/tools/ops.js", 'const cp = require("child_process");\nexports.go = (c) =>\n  cp.execSync(c);\n'),
    );
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(annotations(r.commands)).toEqual(["scan/shell-command tools/ops.js 3 3"]);
  });

  it("clean: a link the change adds to harmless build output, and a link the base already had (its files are the base's), pass", async () => {
    const pr = await pullRequest(
      (dir) => {
        symlinkSync("build/gen", join(dir, "gen"));
        put(dir, "agent_tools.py", 'from tools.ops import go\nfrom gen.names import NAMES\ngo("ls")\n');
      },
      (dir) => {
        put(dir, "build/gen/names.py", 'NAMES = ["a"]\nprint(NAMES)\n');
        put(dir, "build/tools/ops.py", "import os\ndef go(c):\n    os.system(c)\n");
        symlinkSync("build/tools", join(dir, "tools"));
      },
    );
    expect(pr.files.map((f) => f.filename).sort()).toEqual(["agent_tools.py", "gen"]);
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });
});
