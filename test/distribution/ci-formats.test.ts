// --format gitlab (GitLab Code Quality) and --format github (workflow-command annotations).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Finding } from "../../core/kernel/findings";
import { findingFingerprints } from "../../core/report/fingerprint";
import { renderReport } from "../../core/index";
import { buildReport, type CheckResult } from "../../core/report/model";
import { unknownKey, versionNotBumped } from "../../core/flow/rules";
import { REPO, runBuiltCli, runCli, tempDir } from "../helpers/cli";

const at = (line: number, column: number, endLine = line, endColumn = column + 4) => ({ line, column, endLine, endColumn });
const ERR = versionNotBumped.at("b.flow.json", at(3, 5), "1.0.0", "step x", "main");
const WARN = unknownKey.at("a.flow.yaml", at(7, 3, 9, 2), "flow", "colour", "");
const NOTE: Finding = { ...WARN, severity: "note", line: 12, endLine: 12, column: 1, endColumn: 1 };

function gate(findings: Finding[]) {
  const result: CheckResult = { name: "flows", title: "Flow bundles", findings, files: ["a.flow.yaml", "b.flow.json"] };
  return { report: buildReport([result], "error"), results: [result] };
}

const sarifPrints = (sarif: string): string[] => JSON.parse(sarif).runs[0].results.map((r: any) => r.partialFingerprints["flowgateFindingHash/v1"]);

describe("--format gitlab", () => {
  it("writes Code Quality issues: description, check_name, fingerprint, severity (major/minor/info), path and lines", () => {
    const out = renderReport(gate([ERR, WARN, NOTE]), "gitlab");
    // sha256("rule\0file\0message\0occurrence"), first 32 hex digits: the SARIF fingerprints Flowgate has always written.
    expect(JSON.parse(out)).toEqual([
      {
        description: "unknown key `colour` in flow",
        check_name: "flow/unknown-key",
        fingerprint: "ab00e834eed95617c431bf54017a105e",
        severity: "minor",
        location: { path: "a.flow.yaml", lines: { begin: 7, end: 9 } },
      },
      {
        description: "unknown key `colour` in flow",
        check_name: "flow/unknown-key",
        fingerprint: "01113b484a1c02d4c42f93248039774d",
        severity: "info",
        location: { path: "a.flow.yaml", lines: { begin: 12, end: 12 } },
      },
      {
        description: "flow 1.0.0 changed step x since main without a version bump",
        check_name: "flow/version-not-bumped",
        fingerprint: "879c17da9b50dc0c33b01444f7260411",
        severity: "major",
        location: { path: "b.flow.json", lines: { begin: 3, end: 3 } },
      },
    ]);
    expect(out.endsWith("]\n")).toBe(true);
    expect(renderReport(gate([]), "gitlab")).toBe("[]\n");
  });

  it("fingerprints are SARIF's partialFingerprints, one function for both, unique even for identical findings", () => {
    const findings = [ERR, WARN, NOTE, { ...ERR, line: 30, endLine: 30 }];
    const g = gate(findings);
    const gitlab = JSON.parse(renderReport(g, "gitlab")).map((i: { fingerprint: string }) => i.fingerprint);
    expect(gitlab).toEqual(sarifPrints(renderReport(g, "sarif")));
    expect(gitlab).toEqual(findingFingerprints(g.report.findings));
    expect(new Set(gitlab).size).toBe(4); // GitLab keeps one issue per fingerprint: the two version-not-bumped must differ
  });

  it("fingerprints survive runs and line moves of a real file (the CLI scanning a Python file before and after lines are inserted above)", async () => {
    const dir = tempDir();
    const source = 'import os\nimport subprocess\n\nos.system("make")\nsubprocess.run(["ls"])\n';
    writeFileSync(join(dir, "agent.py"), source);
    const run = async (format: string) => (await runCli(["scan", "--format", format], { cwd: dir })).stdout;
    const before = JSON.parse(await run("gitlab"));
    const sarifBefore = sarifPrints(await run("sarif"));
    expect(JSON.parse(await run("gitlab"))).toEqual(before); // a second run: same report
    writeFileSync(join(dir, "agent.py"), "# a header comment\n# another\n\n" + source);
    const after = JSON.parse(await run("gitlab"));
    expect(before.map((i: any) => [i.check_name, i.location.lines.begin])).toEqual([
      ["scan/shell-command", 4],
      ["scan/shell-command", 5],
    ]);
    expect(after.map((i: any) => i.location.lines.begin)).toEqual([7, 8]);
    expect(after.map((i: any) => i.fingerprint)).toEqual(before.map((i: any) => i.fingerprint));
    expect(sarifPrints(await run("sarif"))).toEqual(sarifBefore);
    expect(sarifBefore).toEqual(before.map((i: any) => i.fingerprint));
  });
});

describe("--format github", () => {
  it("prints one workflow command per finding: error/warning/notice, file, lines, columns only on one line (end inclusive), title", () => {
    expect(renderReport(gate([ERR, WARN, NOTE]), "github")).toBe(
      "::warning file=a.flow.yaml,line=7,endLine=9,title=flow/unknown-key::unknown key `colour` in flow\n" +
        "::notice file=a.flow.yaml,line=12,endLine=12,col=1,endColumn=1,title=flow/unknown-key::unknown key `colour` in flow\n" +
        "::error file=b.flow.json,line=3,endLine=3,col=5,endColumn=8,title=flow/version-not-bumped::flow 1.0.0 changed step x since main without a version bump\n",
    );
    expect(renderReport(gate([]), "github")).toBe("");
  });

  it("escapes %, CR and LF in messages and also : and , in properties, so text from a pull request cannot start a command", () => {
    const evil: Finding = { ...ERR, file: "a,b:c/x%0A.py", message: "x\r\n::error file=evil.py::pwned 100%\n::add-mask::y" };
    expect(renderReport(gate([evil]), "github")).toBe(
      "::error file=a%2Cb%3Ac/x%250A.py,line=3,endLine=3,col=5,endColumn=8,title=flow/version-not-bumped::x%0D%0A::error file=evil.py::pwned 100%25%0A::add-mask::y\n",
    );
  });

  it("shows a message's bidirectional controls as code points (GitHub shows the text reordered); the file keeps its name as stored", () => {
    const reversed: Finding = { ...ERR, file: "a\u202Eyp.b", message: "decided by octocat\u202E, \u2066x\u2069" };
    expect(renderReport(gate([reversed]), "github")).toBe(
      "::error file=a\u202Eyp.b,line=3,endLine=3,col=5,endColumn=8,title=flow/version-not-bumped::decided by octocat[U+202E], [U+2066]x[U+2069]\n",
    );
  });

  it("--format gitlab, junit and sarif show a message's bidirectional controls as code points too; paths stay as stored", () => {
    const reversed: Finding = { ...ERR, file: "a\u202Eyp.b", message: "decided by octocat\u202E" };
    const { report, results } = gate([reversed]);
    const gitlab = JSON.parse(renderReport({ report, results }, "gitlab"));
    expect([gitlab[0].description, gitlab[0].location.path]).toEqual(["decided by octocat[U+202E]", "a\u202Eyp.b"]);
    const junit = renderReport({ report, results: [{ ...results[0]!, files: ["a\u202Eyp.b"] }] }, "junit");
    expect(junit).toContain('<testcase classname="flows" name="a[U+202E]yp.b" file="a\u202Eyp.b"><failure message="1 problem(s); first: flow/version-not-bumped: decided by octocat[U+202E]"');
    expect(junit.replace(/file="[^"]*"/g, "")).not.toMatch(/\p{Bidi_Control}/u);
    const sarif = JSON.parse(renderReport({ report, results }, "sarif")).runs[0].results[0];
    expect([sarif.message.text, sarif.locations[0].physicalLocation.artifactLocation.uri]).toEqual(["decided by octocat\\[U+202E\\]", "a%E2%80%AEyp.b"]);
  });

  it("--format sarif: literal brackets in a message are escaped (SARIF §3.11.6), so text from a pull request is no link to a related location", () => {
    const linked: Finding = { ...ERR, message: "`flow_id` \"see [the fix](1)\" is not a flow id (flow_ + 1-64 of [a-z0-9_])" };
    const sarif = JSON.parse(renderReport(gate([linked]), "sarif")).runs[0].results[0];
    expect(sarif.message.text).toBe("`flow_id` \"see \\[the fix\\](1)\" is not a flow id (flow_ + 1-64 of \\[a-z0-9_\\])");
  });

  it("through the built CLI: a YAML key and a folder name carrying commands stay inside their annotation", () => {
    const dir = tempDir();
    const flow = readFileSync(join(REPO, "examples/flows/triage-issue.flow.yaml"), "utf8").replace("flow:\n", 'flow:\n  "x\\r\\n::error file=evil.py::pwned\\n::stop-commands::t": 1\n');
    writeFileSync(join(dir, "t.flow.yaml"), flow);
    mkdirSync(join(dir, "a,b:c"));
    writeFileSync(join(dir, "a,b:c", "run.py"), 'import os\nos.system("x")\n');
    const r = runBuiltCli(["check", ".", "--format", "github"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n").filter(Boolean);
    expect(lines).toEqual([
      expect.stringMatching(/^::error file=a%2Cb%3Ac\/run\.py,line=2,endLine=2,col=1,endColumn=9,title=scan\/shell-command::`os\.system` starts a process directly/),
      "::warning file=t.flow.yaml,line=3,endLine=3,col=3,endColumn=56,title=flow/unknown-key::unknown key `x%0D%0A::error file=evil.py::pwned%0A::stop-commands::t` in flow",
    ]);
  });
});

describe("the README's GitLab CI job", () => {
  it("parses, and its commands (run by the built CLI) write the Code Quality and JUnit reports its artifacts name", () => {
    const readme = readFileSync(join(REPO, "README.md"), "utf8");
    const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes("codequality:"))!;
    const job = parse(block).flowgate;
    expect(job.artifacts).toEqual({ when: "always", reports: { codequality: "gl-code-quality-report.json", junit: "flowgate-junit.xml" } });
    const dir = tempDir();
    mkdirSync(join(dir, "agent"));
    writeFileSync(join(dir, "agent", "run.py"), 'import os\nos.system("x")\n');
    const codes = (job.script as string[]).map((line) => {
      expect(line.startsWith("npx --yes @flowgate-dev/cli ")).toBe(true);
      return runBuiltCli(line.replace("npx --yes @flowgate-dev/cli ", "").split(" "), { cwd: dir }).code;
    });
    expect(codes).toEqual([0, 1]); // JUnit first with --fail-on never, then the gate's verdict fails the job
    expect(JSON.parse(readFileSync(join(dir, "gl-code-quality-report.json"), "utf8"))).toMatchObject([{ check_name: "scan/shell-command", severity: "major", location: { path: "agent/run.py", lines: { begin: 2 } } }]);
    expect(existsSync(join(dir, "flowgate-junit.xml"))).toBe(true);
    expect(readFileSync(join(dir, "flowgate-junit.xml"), "utf8")).toContain('<testcase classname="scan" name="agent/run.py" file="agent/run.py"><failure');
  });
});
