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
