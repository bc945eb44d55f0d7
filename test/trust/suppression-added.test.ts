import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { runBuiltCli } from "../helpers/cli";
import { errorRules, gate, pullRequest, review } from "./pr";

// gate/suppression-added needs a base commit (what the change adds), so it has no rule-cases table entry:
// these are its cases through the built Action (fake GitHub API) and the built CLI's `check --base`.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const TOOLS = "agent/tools.py";
const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
const LEAK = "import subprocess\n\n\ndef leak(cmd):\n    return subprocess.run(cmd)  # flowgate: ignore-boundary -- needed for the demo\n";

/** The findings of `flowgate check --base` on the pull request (built CLI), as `file line:column rule`. */
function checkBase(pr: Awaited<ReturnType<typeof pullRequest>>): { code: number; gate: string[]; scan: string[] } {
  const r = runBuiltCli(["check", pr.dir, "--base", pr.base, "--changed-only", "--format", "json"]);
  const findings = JSON.parse(r.stdout).findings as { rule: string; file: string; line: number; column: number; endColumn: number; message: string }[];
  const show = (f: (typeof findings)[number]) => `${f.file} ${f.line}:${f.column}-${f.endColumn} ${f.rule}`;
  return { code: r.code, gate: findings.filter((f) => f.rule.startsWith("gate/")).map(show), scan: findings.filter((f) => f.rule.startsWith("scan/")).map(show) };
}

describe("gate/suppression-added: a suppression comment the pull request writes does not open the gate on itself", () => {
  it("gate/suppression-added: a new file whose shell call carries its own `ignore-boundary` fails the built Action at the comment, naming the rule it hides", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/leak.py"), LEAK));
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/suppression-added"]);
    expect(r.commands).toContain(
      "::error title=gate/suppression-added,file=agent/leak.py,line=5,endLine=5,col=35,endColumn=59::`flowgate: ignore-boundary` is added by this change and hides scan/shell-command on line 5: a suppression needs an approving review by someone other than the author on the head commit",
    );
  });

  it("gate/suppression-added: an old `ignore-next-line` comment now excusing a line the change rewrites is reported (CLI check --base)", async () => {
    // tools.py line 37 holds `# agentledger: ignore-next-line -- …` over subprocess.check_output on line 38.
    const pr = await pullRequest((dir) => edit(dir, TOOLS, (t) => t.replace(/^( *).*subprocess\.check_output\(.*$/m, '$1return subprocess.check_output(["sh", "-c", cmd])')));
    const r = checkBase(pr);
    expect(r.code).toBe(1);
    expect(r.gate).toEqual(["agent/tools.py 37:7-36 gate/suppression-added"]);
  });

  it("gate/suppression-added: JavaScript and TypeScript comments too (`// flowgate: ignore-next-line`)", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/spawn.ts"), 'import { exec } from "node:child_process";\n// flowgate: ignore-next-line -- trust me\nexec("rm -rf /tmp/x");\n'));
    expect(checkBase(pr).gate).toEqual(["agent/spawn.ts 2:4-30 gate/suppression-added"]);
  });

  it("gate/suppression-added: a `.gitattributes` the change adds marking sources binary (`*.py -diff`, git then lists no lines) hides no added line, nor from --new-only", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, ".gitattributes"), "*.py -diff\n*.ts binary\n");
      edit(dir, TOOLS, (t) => `${t}\n\ndef leak(cmd):\n    return subprocess.run(cmd)  # flowgate: ignore-boundary\n\n\ndef peek(cmd):\n    return os.popen(cmd)\n`);
    });
    const lines = readFileSync(join(pr.dir, TOOLS), "utf8").split("\n");
    const [leak, peek] = [lines.findIndex((l) => l.includes("subprocess.run(cmd)  #")) + 1, lines.findIndex((l) => l.includes("os.popen(cmd)")) + 1];
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["gate/suppression-added", "scan/shell-command", "scan/shell-command"]]);
    expect(r.commands.filter((c) => c.startsWith("::error title=gate/")).map((c) => c.split("::")[1])).toEqual([`error title=gate/suppression-added,file=agent/tools.py,line=${leak},endLine=${leak},col=35,endColumn=59`]);
    const newOnly = runBuiltCli(["check", pr.dir, "--base", pr.base, "--changed-only", "--new-only", "--format", "json"]);
    expect((JSON.parse(newOnly.stdout).findings as { rule: string; file: string; line: number }[]).map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([`agent/tools.py:${leak} gate/suppression-added`, `agent/tools.py:${peek} scan/shell-command`]);
  });

  it("gate/suppression-added is clean when the base already had the suppressions and the change leaves their lines alone", async () => {
    const pr = await pullRequest((dir) => edit(dir, TOOLS, (t) => `${t}\n\ndef shout(text):\n    return text.upper()\n`));
    const r = checkBase(pr);
    expect(r.gate).toEqual([]);
    // tools.py's planted os.system (line 21) is judged again as the file changed; no suppression is reported.
    expect(errorRules(await gate(api, pr))).toEqual(["scan/shell-command"]);
  });

  it("gate/suppression-added is clean for a suppression that hides nothing (scan/unused-suppression says so) and for the marker inside a string", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/quiet.py"), "import subprocess\n\n# flowgate: ignore-next-line -- nothing follows\n\nBANNER = 'flowgate: ignore-boundary'\nsubprocess.run(['ls'])  # see BANNER\n");
    });
    const r = checkBase(pr);
    expect(r.gate).toEqual([]);
    expect(r.scan).toEqual(["agent/quiet.py 3:3-29 scan/unused-suppression", "agent/quiet.py 6:1-15 scan/shell-command"]);
  });

  it("gate/suppression-added clears with an approving review on the head commit by a member who is not the author; the author's own approval does not", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/leak.py"), LEAK));
    const own = await gate(api, pr, {}, { reviews: [review("octocat", pr.head)] });
    expect([own.code, errorRules(own)]).toEqual([1, ["gate/suppression-added"]]);
    const approved = await gate(api, pr, {}, { reviews: [review("maintainer1", pr.head)] });
    expect(approved.code).toBe(0);
    expect(approved.summary).toContain("its suppressions are approved on the head commit by maintainer1");
  });
});

// An old suppression is reviewed for the call it covered when it merged. A change that leaves its line alone but makes
// the line reach something else (the file's import edited, the helper it calls changed) makes it hide a new call.
const GATEWAY = "def system(cmd):\n    print('via gateway:', cmd)\n";
const LEGACY = (imports: string) => `${imports}\n\nos.system('touch /tmp/x')  # flowgate: ignore-boundary -- goes through the gateway\n`;
const HELPER = "def run(cmd):\n    print('via gateway:', cmd)\n";
const CALLER = "from helper import run\nrun(['touch', '/tmp/x'])  # flowgate: ignore-boundary -- helper is the gateway\n";
const atBase = (files: Record<string, string>) => (dir: string) => {
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
};
const gateErrors = (r: Awaited<ReturnType<typeof gate>>) => r.commands.filter((c) => c.startsWith("::error title=gate/"));

describe("gate/suppression-added: an old suppression that hides at the head what it did not hide at the base", () => {
  it("gate/suppression-added: the change edits only the import above an old suppressed call (`import gw as os` to `import os`): the built Action fails at the comment", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/legacy.py"), LEGACY("import os")), atBase({ "agent/gw.py": GATEWAY, "agent/legacy.py": LEGACY("import gw as os") }));
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["gate/suppression-added"]]);
    expect(gateErrors(r)).toEqual([
      "::error title=gate/suppression-added,file=agent/legacy.py,line=3,endLine=3,col=30,endColumn=54::`flowgate: ignore-boundary` hides scan/shell-command on line 3, which it did not hide on the base (the change makes the call it covers reach it): a suppression needs an approving review by someone other than the author on the head commit",
    ]);
    // The same review that clears an added suppression clears it.
    const approved = await gate(api, pr, {}, { reviews: [review("maintainer1", pr.head)] });
    expect(approved.code).toBe(0);
  });

  it("gate/suppression-added: the change edits only the helper an unchanged caller's suppressed call names (`from subprocess import run`): the built Action fails at the caller's comment", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/helper.py"), "from subprocess import run\n"), atBase({ "agent/helper.py": HELPER, "agent/caller.py": CALLER }));
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["gate/suppression-added"]]);
    expect(gateErrors(r)).toEqual([
      "::error title=gate/suppression-added,file=agent/caller.py,line=2,endLine=2,col=29,endColumn=53::`flowgate: ignore-boundary` hides scan/shell-command on line 2, which it did not hide on the base (the change makes the call it covers reach it): a suppression needs an approving review by someone other than the author on the head commit",
    ]);
  });

  it("gate/suppression-added is clean when the old suppression hid the same call at the base: the import line edited (`import os, sys`), the call moved down a line", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/legacy.py"), `import os, sys\n${LEGACY("")}`), atBase({ "agent/legacy.py": LEGACY("import os") }));
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });

  it("gate/suppression-added is clean when the change touches nothing the old suppressions reach (another file edited)", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/notes.py"), "NOTE = 'unrelated'\n"), atBase({ "agent/gw.py": GATEWAY, "agent/legacy.py": LEGACY("import gw as os"), "agent/helper.py": HELPER, "agent/caller.py": CALLER }));
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });

  it("scan/unused-suppression: a suppression the change plants over a call of the gateway's helper, which hides nothing, is shown on its added line (the file has no watched name)", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/caller.py"), CALLER), atBase({ "agent/helper.py": HELPER }));
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
    expect(r.commands.filter((c) => c.startsWith("::notice title=scan/unused-suppression"))).toEqual([
      "::notice title=scan/unused-suppression,file=agent/caller.py,line=2,endLine=2,col=29,endColumn=53::`flowgate: ignore-boundary` suppresses nothing; remove it.",
    ]);
  });

  it("--new-only keeps an unchanged call the change reroutes through its own file's edited import (`import gw as os` to `import os`), and drops an old one it does not", async () => {
    const base = { "agent/gw.py": GATEWAY, "agent/legacy.py": "import gw as os\n\nos.system('touch /tmp/x')\n", "agent/old.py": "import os\n\nos.system('touch /tmp/y')\n" };
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/legacy.py"), "import os\n\nos.system('touch /tmp/x')\n");
      writeFileSync(join(dir, "agent/old.py"), "import os\n\nos.system('touch /tmp/y')\nVERSION = 2\n");
    }, atBase(base));
    const r = runBuiltCli(["check", pr.dir, "--base", pr.base, "--new-only", "--format", "json"]);
    expect(r.code).toBe(1);
    // The examples' own findings elsewhere (blueprints, ledgers) are not the scan's; tools.py's old os.system is not new.
    const scan = (JSON.parse(r.stdout).findings as { rule: string; file: string; line: number; column: number }[]).filter((f) => f.rule.startsWith("scan/"));
    expect(scan.map((f) => `${f.file} ${f.line}:${f.column} ${f.rule}`)).toEqual(["agent/legacy.py 3:1 scan/shell-command"]);
  });
});
