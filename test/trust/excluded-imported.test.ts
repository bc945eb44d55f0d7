import { appendFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { tempDir } from "../helpers/cli";
import { errorRules, gate, pullRequest, put, scanAnnotations as annotations } from "./pr";

// The base's configuration decides which files a pull request's scan judges, and a pull request cannot change it. An
// excluded file is not judged, but what a judged file imports from it is still followed: else a change puts
// `from subprocess import run as go` under the base's excluded `scripts/` and calls `go` from judged code.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const excludeScripts = (dir: string) => appendFileSync(join(dir, ".flowgate.yml"), '\nexclude: ["scripts/**"]\n');

describe("scan/shell-command through a file the base's configuration excludes (built Action)", () => {
  it("scan/shell-command: a pull request adding a re-export under the base's excluded scripts/ and its call in judged code fails at the call", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "scripts/ops.py", "from subprocess import run as go\n");
      put(dir, "scripts/__init__.py", "");
      put(dir, "agent/ops_use.py", "from scripts.ops import go\ngo(['ls'])\n");
    }, excludeScripts);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(annotations(r.commands)).toEqual(["scan/shell-command agent/ops_use.py 2 1"]);
    expect(r.commands.find((c) => c.includes("file=agent/ops_use.py"))).toContain("Resolved through line 1 `from scripts.ops import go` ← scripts/ops.py line 1 `from subprocess import run as go`.");
  });

  it("scan/shell-command: a pull request adding a wrapper under the base's excluded scripts/ that judged code imports fails at the wrapper's call (what the change puts there and the agent runs is the change's)", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "scripts/ops.py", "import subprocess\n\ndef go(c):\n    subprocess.run(c)\n");
      put(dir, "scripts/__init__.py", "");
      put(dir, "scripts/unused.py", "import os\nos.system('ls')\n");
      put(dir, "agent/ops_use.py", "from scripts.ops import go\ngo(['ls'])\n");
    }, excludeScripts);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(annotations(r.commands)).toEqual(["scan/shell-command scripts/ops.py 4 5"]);
  });

  it("scan/shell-command: JavaScript requiring an excluded file that hands over child_process.execSync fails at the call", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "scripts/sh.js", 'const { execSync } = require("child_process");\nmodule.exports = { sh: execSync };\n');
      put(dir, "agent/run.js", 'const { sh } = require("../scripts/sh");\n\n  sh("ls");\n');
    }, excludeScripts);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(annotations(r.commands)).toEqual(["scan/shell-command agent/run.js 3 3"]);
  });

  it("clean: an excluded file that is imported but hands over nothing watched, and an excluded crossing no judged file imports, pass", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "scripts/ops.py", "def go(args):\n    print(args)\n");
      put(dir, "scripts/__init__.py", "");
      put(dir, "scripts/deploy.py", "import os\nos.system('make deploy')\n");
      put(dir, "scripts/deploy.js", 'require("child_process").execSync("make deploy");\n');
      put(dir, "agent/ops_use.py", "from scripts.ops import go\ngo(['ls'])\n");
    }, excludeScripts);
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });

  it("scan/shell-command: a folder link into default-excluded build/ is followed to the helper there, judged as the link the change adds names it", async () => {
    const pr = await pullRequest(
      (dir) => {
        symlinkSync("../build/tools", join(dir, "agent/tools"));
        put(dir, "agent/use_tools.py", "from tools.ops import go\ngo(['ls'])\n");
      },
      (dir) => put(dir, "build/tools/ops.py", "from subprocess import run as go\nimport os\nos.system('make')\n"),
    );
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(annotations(r.commands)).toEqual(["scan/shell-command agent/tools/ops.py 3 1", "scan/shell-command agent/use_tools.py 2 1"]);
    expect(r.commands.find((c) => c.includes("file=agent/use_tools.py"))).toContain("← agent/tools/ops.py line 1 `from subprocess import run as go`.");
  });

  it("scan/shell-command: a pull request changing only excluded helpers fails at the unchanged judged callers, through a re-export too", async () => {
    const pr = await pullRequest(
      (dir) => {
        put(dir, "scripts/ops.py", "from subprocess import run as go\n");
        put(dir, "scripts/net.js", 'module.exports = { get: fetch };\n');
      },
      (dir) => {
        excludeScripts(dir);
        put(dir, "scripts/ops.py", "def go(args):\n    print(args)\n");
        put(dir, "scripts/__init__.py", "from .ops import go\n");
        put(dir, "scripts/net.js", 'module.exports = { get: (u) => gateway.get(u) };\n');
        put(dir, "agent/direct.py", "from scripts.ops import go\n\ngo(['ls'])\n");
        put(dir, "agent/barrel.py", "from scripts import go\nimport os\nos.system('old')\nx = 1; go(['ls'])\n");
        put(dir, "agent/get.js", 'const { get } = require("../scripts/net");\nget("https://x.example");\n');
      },
    );
    expect(pr.files.map((f) => f.filename).sort()).toEqual(["scripts/net.js", "scripts/ops.py"]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    // agent/barrel.py's own os.system was there before: not this pull request's finding.
    expect(annotations(r.commands).sort()).toEqual(["scan/network-call agent/get.js 2 1", "scan/shell-command agent/barrel.py 4 8", "scan/shell-command agent/direct.py 3 1"]);
  });

  it("clean: a pull request editing an excluded helper harmlessly passes, though its importer has an older call of its own", async () => {
    const pr = await pullRequest(
      (dir) => put(dir, "scripts/ops.py", "def go(args):\n    print('running', args)\n"),
      (dir) => {
        excludeScripts(dir);
        put(dir, "scripts/ops.py", "def go(args):\n    print(args)\n");
        put(dir, "scripts/__init__.py", "");
        put(dir, "agent/direct.py", "from scripts.ops import go\nimport os\nos.system('old')\ngo(['ls'])\n");
      },
    );
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });

  it("clean: a folder link out of the workspace is not followed, whatever it holds", async () => {
    const outside = tempDir("flowgate-outside-");
    put(outside, "ops.py", "from subprocess import run as go\n");
    const pr = await pullRequest((dir) => {
      symlinkSync(outside, join(dir, "agent/tools"));
      put(dir, "agent/use_tools.py", "from tools.ops import go\ngo(['ls'])\n");
    });
    const r = await gate(api, pr);
    expect(annotations(r.commands)).toEqual([]);
    expect(r.commands.some((c) => c.includes("agent/use_tools.py"))).toBe(false);
  });
});
