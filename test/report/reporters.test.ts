import { describe, expect, it } from "vitest";
import type { Finding } from "../../core/kernel/findings";
import { escapeMarkdown } from "../../core/report/escape";
import { renderReport } from "../../core/index";
import { buildReport, type CheckResult } from "../../core/report/model";
import { unknownKey, versionNotBumped } from "../../core/flow/rules";

const at = (line: number, column: number) => ({ line, column, endLine: line, endColumn: column + 4 });

function gate(findings: Finding[], files = ["a.flow.yaml", "b.flow.json"], failOn: "error" | "warning" | "never" = "error") {
  const result: CheckResult = { name: "flows", title: "Flow bundles", findings, files };
  return { report: buildReport([result], failOn), results: [result] };
}

const ERR = versionNotBumped.at("b.flow.json", at(3, 5), "1.0.0", "step x", "main");
const WARN = unknownKey.at("a.flow.yaml", at(7, 3), "flow", "colour", "");

describe("text", () => {
  it("is compiler style, sorted by file, with one summary line", () => {
    expect(renderReport(gate([ERR, WARN]), "text")).toBe(
      "a.flow.yaml:7:3: warning flow/unknown-key: unknown key `colour` in flow\n" +
        "b.flow.json:3:5: error flow/version-not-bumped: flow 1.0.0 changed step x since main without a version bump\n" +
        "✗ flowgate failed: 1 error, 1 warning, 0 notes in 2 files\n",
    );
  });
  it("colours only when asked", () => {
    expect(renderReport(gate([WARN]), "text")).not.toContain("\x1b[");
    expect(renderReport(gate([WARN]), "text", { color: true })).toContain("\x1b[33mwarning\x1b[0m");
  });
  it("--quiet keeps errors and the summary", () => {
    expect(renderReport(gate([ERR, WARN]), "text", { quiet: true }).split("\n")).toHaveLength(3);
  });
  it("passes with warnings unless failing on warnings", () => {
    expect(gate([WARN]).report.summary.passed).toBe(true);
    expect(gate([WARN], undefined, "warning").report.summary.passed).toBe(false);
    expect(gate([ERR], undefined, "never").report.summary.passed).toBe(true);
  });
});

describe("json", () => {
  it("has the documented shape", () => {
    const json = JSON.parse(renderReport(gate([ERR]), "json"));
    expect(json.schema).toBe("flowgate.report/v1");
    expect(json.summary).toEqual({ errors: 1, warnings: 0, notes: 0, files: 2, passed: false, failOn: "error" });
    expect(json.findings[0]).toMatchObject({ rule: "flow/version-not-bumped", severity: "error", file: "b.flow.json", line: 3, column: 5, endLine: 3, endColumn: 9 });
    expect(json.findings[0].help.uri).toBe("https://github.com/flowgate-dev/flowgate/blob/main/docs/rules.md#flow-version-not-bumped");
    expect(json.checks).toEqual([{ name: "flows", title: "Flow bundles", files: 2, errors: 1, warnings: 0, notes: 0 }]);
  });
});

describe("sarif", () => {
  it("carries rules with help, relative URIs, regions and fingerprints", () => {
    const sarif = JSON.parse(renderReport(gate([ERR, WARN, { ...ERR, line: 9, endLine: 9 }]), "sarif"));
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(["flow/unknown-key", "flow/version-not-bumped"]);
    expect(run.tool.driver.rules[1].help.text).toContain("Runs pin a flow version");
    expect(run.tool.driver.rules[1].fullDescription.text).toBeTruthy();
    const r = run.results[1];
    expect(r).toMatchObject({ ruleId: "flow/version-not-bumped", ruleIndex: 1, level: "error", message: { text: ERR.message } });
    expect(r.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "b.flow.json", uriBaseId: "%SRCROOT%" }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 } });
    const prints = run.results.map((x: any) => x.partialFingerprints["flowgateFindingHash/v1"]);
    expect(new Set(prints).size).toBe(3);
    expect(r.properties.category).toBe("versions");
  });
  it("fingerprints do not move with line numbers", () => {
    const a = JSON.parse(renderReport(gate([ERR]), "sarif")).runs[0].results[0].partialFingerprints;
    const b = JSON.parse(renderReport(gate([{ ...ERR, line: 40, endLine: 40 }]), "sarif")).runs[0].results[0].partialFingerprints;
    expect(a).toEqual(b);
  });
});

describe("markdown", () => {
  it("shows the verdict, per-check counts and a findings table", () => {
    const md = renderReport(gate([ERR]), "markdown");
    expect(md).toContain("## ❌ Flowgate failed");
    expect(md).toContain("| Flow bundles | 2 | 1 | 0 | 0 |");
    expect(md).toContain("| ❌ error | <code>b\\.flow\\.json\\:3\\:5</code> | <code>flow/version\\-not\\-bumped</code> |");
  });
  it("escapes markdown, HTML and mentions from untrusted text", () => {
    const evil = "<img src=x onerror=alert(1)> **bold** [link](http://x) @octocat #12 | `code`";
    const out = escapeMarkdown(evil);
    expect(out).not.toMatch(/<img|\*\*bold|\]\(|@octocat|[^\\]\|/);
    expect(out).toContain("\\| ");
    expect(out).toContain("&#60;img");
    expect(out).toContain("@\u200boctocat");
    expect(out).toContain("\\#\u200b12");
    const links = escapeMarkdown("see https://evil.example/x and www.evil.example");
    expect(links).toBe("see https\\:\u200b//evil\\.example/x and www\u200b\\.evil\\.example");
  });
});

describe("junit", () => {
  it("has a suite per check and a case per file; errors and warnings fail it", () => {
    const xml = renderReport(gate([ERR]), "junit");
    expect(xml).toContain('<testsuites name="flowgate" tests="2" failures="1" errors="0">');
    expect(xml).toContain('<testsuite name="Flow bundles" tests="2" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<testcase classname="flows" name="a.flow.yaml" file="a.flow.yaml"/>');
    expect(xml).toMatch(/<testcase classname="flows" name="b.flow.json" file="b.flow.json"><failure message="1 problem\(s\); first: flow\/version-not-bumped: /);
  });
  it("escapes XML and drops control characters", () => {
    const xml = renderReport(gate([{ ...WARN, message: 'a<b & "c"\u0007' }]), "junit");
    expect(xml).toContain("a&#60;b &#38; &#34;c&#34;");
    expect(xml).not.toContain("\u0007");
  });
});
