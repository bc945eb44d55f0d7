import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { runBuiltCli } from "../helpers/cli";
import { errorRules, gate, pullRequest, put, review } from "./pr";

// gate/suppressed-call-changed needs a base commit (what the change alters), so it has no rule-cases table entry: these
// are its cases through the built Action (fake GitHub API) and the built CLI's `check --base` (red team 4 §5: p183,
// p184, p185, p299). A reviewed suppression excuses the call as it was; a change to what the call does is not reviewed.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const MARKER = "# flowgate: ignore-boundary -- reviewed: runs the fixed lint command";
const LINT = (cmd: string, more = "") => `import subprocess\nCMD = '${cmd}'\nsubprocess.run(CMD, shell=True)  ${MARKER}\n${more}`;
const LISTER = (args: string) => `import subprocess\nsubprocess.run(  # flowgate: ignore-boundary -- reviewed: lists the workdir\n    ${args}\n)\n`;
const RUNNER = "import os\nfrom cfg import CMD\nos.system(CMD)  # flowgate: ignore-boundary -- reviewed, fixed command\n";
const PING = "// flowgate: ignore-next-line -- reviewed telemetry ping\nfetch(require('./cfg').URL).catch(() => {});\n";
const files = (all: Record<string, string>) => (dir: string) => {
  for (const [file, text] of Object.entries(all)) put(dir, file, text);
};
const gateErrors = (r: Awaited<ReturnType<typeof gate>>) => r.commands.filter((c) => c.startsWith("::error title=gate/"));
const TAIL = "the suppression was reviewed for the call as it was; it needs an approving review by someone other than the author on the head commit";

/** The gate/* and scan/* findings of the built CLI's `check --base` (and `--new-only`) as `file line:column rule`. */
function checkBase(pr: Awaited<ReturnType<typeof pullRequest>>, ...more: string[]): { code: number; findings: string[]; messages: string[] } {
  const r = runBuiltCli(["check", pr.dir, "--base", pr.base, "--changed-only", "--format", "json", ...more]);
  const all = (JSON.parse(r.stdout).findings as { rule: string; file: string; line: number; column: number; message: string }[]).filter((f) => /^(gate|scan)\//.test(f.rule));
  return { code: r.code, findings: all.map((f) => `${f.file} ${f.line}:${f.column} ${f.rule}`), messages: all.map((f) => f.message) };
}

describe("gate/suppressed-call-changed: a pull request that keeps a reviewed suppression but changes what its call does", () => {
  it("gate/suppressed-call-changed: the change edits only `CMD = …` two lines above a suppressed `subprocess.run(CMD, shell=True)` (p299): the built Action fails at the comment, naming `CMD` and its line", async () => {
    const pr = await pullRequest(files({ "agent/lint.py": LINT("touch /tmp/x") }), files({ "agent/lint.py": LINT("ruff check .") }));
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["gate/suppressed-call-changed"]]);
    expect(gateErrors(r)).toEqual([
      `::error title=gate/suppressed-call-changed,file=agent/lint.py,line=3,endLine=3,col=36,endColumn=60::\`flowgate: ignore-boundary\` hides scan/shell-command on line 3, and this change alters that call (edits \`CMD\` at line 2): ${TAIL}`,
    ]);
  });

  it("gate/suppressed-call-changed: the change edits the argument line of a multi-line call whose first line carries the suppression (p183)", async () => {
    const pr = await pullRequest(files({ "agent/lister.py": LISTER("'touch /tmp/x', shell=True,") }), files({ "agent/lister.py": LISTER("['ls'],") }));
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["gate/suppressed-call-changed"]]);
    expect(gateErrors(r)).toEqual([
      `::error title=gate/suppressed-call-changed,file=agent/lister.py,line=2,endLine=2,col=20,endColumn=44::\`flowgate: ignore-boundary\` hides scan/shell-command on line 2, and this change alters that call (edits line 3 of the call): ${TAIL}`,
    ]);
  });

  it("gate/suppressed-call-changed: the change edits only cfg.py, whose `CMD` an unchanged suppressed `os.system(CMD)` imports (p184)", async () => {
    const pr = await pullRequest(files({ "agent/cfg.py": "CMD = 'touch /tmp/x'\n" }), files({ "agent/cfg.py": "CMD = 'ls'\n", "agent/runner.py": RUNNER }));
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["gate/suppressed-call-changed"]]);
    expect(gateErrors(r)).toEqual([
      `::error title=gate/suppressed-call-changed,file=agent/runner.py,line=3,endLine=3,col=19,endColumn=43::\`flowgate: ignore-boundary\` hides scan/shell-command on line 3, and this change alters that call (edits agent/cfg.py, which \`CMD\` comes from): ${TAIL}`,
    ]);
  });

  it("gate/suppressed-call-changed: JavaScript — the change edits only cfg.js's URL for a suppressed `fetch(require('./cfg').URL)` (p185)", async () => {
    const pr = await pullRequest(files({ "agent/cfg.js": "exports.URL = 'http://127.0.0.1:9/x';\n" }), files({ "agent/cfg.js": "exports.URL = 'https://example.invalid/ping';\n", "agent/ping.js": PING }));
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["gate/suppressed-call-changed"]]);
    expect(gateErrors(r)).toEqual([
      `::error title=gate/suppressed-call-changed,file=agent/ping.js,line=1,endLine=1,col=4,endColumn=29::\`flowgate: ignore-next-line\` hides scan/network-call on line 2, and this change alters that call (edits agent/cfg.js, which it loads): ${TAIL}`,
    ]);
  });

  // The four pull requests of red team 4 §5, for the built CLI.
  const fourPullRequests = async () => [
    await pullRequest(files({ "agent/lint.py": LINT("touch /tmp/x") }), files({ "agent/lint.py": LINT("ruff check .") })),
    await pullRequest(files({ "agent/lister.py": LISTER("'touch /tmp/x', shell=True,") }), files({ "agent/lister.py": LISTER("['ls'],") })),
    await pullRequest(files({ "agent/cfg.py": "CMD = 'touch /tmp/x'\n" }), files({ "agent/cfg.py": "CMD = 'ls'\n", "agent/runner.py": RUNNER })),
    await pullRequest(files({ "agent/cfg.js": "exports.URL = 'http://127.0.0.1:9/x';\n" }), files({ "agent/cfg.js": "exports.URL = 'https://example.invalid/ping';\n", "agent/ping.js": PING })),
  ];
  const atTheComments = ["agent/lint.py 3:36", "agent/lister.py 2:20", "agent/runner.py 3:19", "agent/ping.js 1:4"].map((at) => [1, [`${at} gate/suppressed-call-changed`]]);

  it("gate/suppressed-call-changed: the built CLI's `check --base` reports each of the four at the comment", async () => {
    const runs = (await fourPullRequests()).map((pr) => checkBase(pr));
    expect(runs.map((r) => [r.code, r.findings])).toEqual(atTheComments);
  });

  it("gate/suppressed-call-changed: the built CLI's `check --base --new-only` keeps each of the four", async () => {
    const runs = (await fourPullRequests()).map((pr) => checkBase(pr, "--new-only"));
    expect(runs.map((r) => [r.code, r.findings])).toEqual(atTheComments);
  });

  it("gate/suppressed-call-changed follows an assignment to the names it reads (`CMD = BASE + ' .'`, BASE edited) and a module imported whole (`import cfg` … `cfg.CMD`, cfg.py edited): built CLI `check --base`", async () => {
    const chained = (base: string) => `import subprocess\nBASE = '${base}'\nCMD = BASE + ' .'\nsubprocess.run(CMD, shell=True)  ${MARKER}\n`;
    const whole = "import os\nimport cfg\nos.system(cfg.CMD)  # flowgate: ignore-boundary -- reviewed, fixed command\n";
    const prs = [
      await pullRequest(files({ "agent/lint.py": chained("touch /tmp/x") }), files({ "agent/lint.py": chained("ruff check") })),
      await pullRequest(files({ "agent/cfg.py": "CMD = 'touch /tmp/x'\n" }), files({ "agent/cfg.py": "CMD = 'ls'\n", "agent/whole.py": whole })),
    ];
    const runs = prs.map((pr) => checkBase(pr));
    expect(runs.map((r) => [r.code, r.findings])).toEqual([
      [1, ["agent/lint.py 4:36 gate/suppressed-call-changed"]],
      [1, ["agent/whole.py 3:23 gate/suppressed-call-changed"]],
    ]);
    expect(runs[0]!.messages[0]).toContain("(edits `BASE` at line 2)");
    expect(runs[1]!.messages[0]).toContain("(edits agent/cfg.py, which `cfg` comes from)");
  });

  it("gate/suppressed-call-changed fails closed for a call whose arguments read more assignments than it follows (70 of `CMD`): any added line in its file; another file's edit stays clean", async () => {
    const many = (more: string) => `import subprocess\n${Array.from({ length: 70 }, (_, i) => `CMD = 'ls ${i}'\n`).join("")}subprocess.run(CMD, shell=True)  ${MARKER}\n${more}`;
    const [edited, elsewhere] = [
      await pullRequest(files({ "agent/many.py": many("# a comment\n") }), files({ "agent/many.py": many("") })),
      await pullRequest(files({ "agent/notes.py": "NOTE = 1\n" }), files({ "agent/many.py": many("") })),
    ];
    const r = checkBase(edited);
    expect([r.code, r.findings]).toEqual([1, ["agent/many.py 72:36 gate/suppressed-call-changed"]]);
    expect(r.messages[0]).toContain("(edits line 73 of its file, and its arguments read more names than the gate follows)");
    expect(checkBase(elsewhere)).toMatchObject({ code: 0, findings: [] });
  });

  it("gate/suppressed-call-changed clears with an approving review on the head commit by a member who is not the author; the author's own approval does not", async () => {
    const pr = await pullRequest(files({ "agent/lint.py": LINT("touch /tmp/x") }), files({ "agent/lint.py": LINT("ruff check .") }));
    const own = await gate(api, pr, {}, { reviews: [review("octocat", pr.head)] });
    expect([own.code, errorRules(own)]).toEqual([1, ["gate/suppressed-call-changed"]]);
    const approved = await gate(api, pr, {}, { reviews: [review("maintainer1", pr.head)] });
    expect([approved.code, errorRules(approved)]).toEqual([0, []]);
  });

  it("gate/suppressed-call-changed is clean when the change edits the file elsewhere (a comment, another function, another name's assignment) and leaves the call and what it reads alone", async () => {
    const other = "\n# a comment the change adds\nOTHER = 'x'\n\ndef shout(text):\n    return text.upper()\n";
    const pr = await pullRequest(
      files({ "agent/lint.py": LINT("ruff check .", other), "agent/lister.py": `# listing\n${LISTER("['ls'],")}\ndef more():\n    return 1\n`, "agent/notes.py": "NOTE = 'unrelated'\n" }),
      files({ "agent/lint.py": LINT("ruff check ."), "agent/lister.py": LISTER("['ls'],"), "agent/cfg.py": "CMD = 'ls'\n", "agent/runner.py": RUNNER, "agent/cfg.js": "exports.URL = 'https://example.invalid/ping';\n", "agent/ping.js": PING }),
    );
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
    expect(checkBase(pr)).toMatchObject({ code: 0, findings: [] });
  });

  it("gate/suppressed-call-changed is clean when the suppressed calls and their constants are untouched: only an unrelated file changes", async () => {
    const pr = await pullRequest(
      files({ "agent/notes.py": "NOTE = 'unrelated'\n", "agent/notes.js": "exports.NOTE = 'unrelated';\n" }),
      files({ "agent/lint.py": LINT("ruff check ."), "agent/cfg.py": "CMD = 'ls'\n", "agent/runner.py": RUNNER, "agent/cfg.js": "exports.URL = 'https://example.invalid/ping';\n", "agent/ping.js": PING }),
    );
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
    expect(checkBase(pr)).toMatchObject({ code: 0, findings: [] });
  });
});
