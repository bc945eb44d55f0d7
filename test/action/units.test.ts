import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotationOf, planAnnotations } from "../../action/annotations";
import { readEvent } from "../../action/event";
import { addedLinesOfPatch } from "../../action/github";
import { INPUT_DEFAULTS, INPUT_NAMES, InputError, readInputs } from "../../action/inputs";
import { commentAction, commentMarker, fitMarkdown, scopeLine } from "../../action/render";
import type { Finding } from "../../core/kernel/findings";
import { parse as parseYaml } from "yaml";
import { REPO } from "../helpers/cli";
import { ACTION_YML, EVENTS } from "./harness";

describe("action.yml and the code agree", () => {
  it("declares exactly the inputs the code reads, with the same defaults and a description each", () => {
    expect(Object.keys(ACTION_YML.inputs)).toEqual(INPUT_NAMES);
    for (const name of INPUT_NAMES) {
      const declared = ACTION_YML.inputs[name]!;
      expect(declared.description.length).toBeGreaterThan(20);
      expect(declared.default).toBe(name === "token" ? "${{ github.token }}" : INPUT_DEFAULTS[name]);
    }
  });

  it("declares exactly the outputs the Action sets (action/outputs.ts), runs on node24 from dist/action.js", () => {
    const main = readFileSync(join(REPO, "action/outputs.ts"), "utf8");
    const set = [...main.matchAll(/core\.setOutput\("([^"]+)"/g)].map((m) => m[1]);
    expect(set).toEqual(Object.keys(ACTION_YML.outputs));
    expect(ACTION_YML.runs).toEqual({ using: "node24", main: "dist/action.js" });
  });
});

describe("workflows that use the Action pass only inputs it has", () => {
  type Step = { uses?: string; with?: Record<string, unknown> };
  const stepsOf = (workflow: { jobs?: Record<string, { steps?: Step[] }> }) => Object.values(workflow.jobs ?? {}).flatMap((j) => j.steps ?? []);
  const ours = (s: Step) => s.uses === "./" || s.uses?.startsWith("flowgate-dev/flowgate@");

  it("ci.yml dogfoods `uses: ./` on examples/ with SARIF upload and minimal permissions", () => {
    const ci = parseYaml(readFileSync(join(REPO, ".github/workflows/ci.yml"), "utf8"));
    expect(ci.permissions).toEqual({ contents: "read" });
    const steps = stepsOf(ci).filter(ours);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.with).toMatchObject({ "working-directory": "examples" });
    for (const key of Object.keys(steps[0]!.with ?? {})) expect(INPUT_NAMES).toContain(key);
    expect(stepsOf(ci).some((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))).toBe(true);
    expect(ci.jobs.dogfood.permissions).toEqual({ contents: "read", "pull-requests": "write", "security-events": "write" });
  });

  it("the README's workflows parse and use real inputs", () => {
    const readme = readFileSync(join(REPO, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## GitHub Action"), readme.indexOf("\n## ", readme.indexOf("## GitHub Action") + 1));
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const withs = blocks.flatMap((b) => [...b.matchAll(/uses: flowgate-dev\/flowgate@v0\n\s+with:\n((?:\s+[a-z-]+: .*\n)+)/g)].map((m) => m[1]!));
    expect(withs.length).toBe(blocks.length);
    for (const w of withs) for (const key of w.matchAll(/^\s+([a-z-]+):/gm)) expect(INPUT_NAMES).toContain(key[1]);
    expect(() => parseYaml(blocks[0]!)).not.toThrow();
    for (const name of INPUT_NAMES) expect(section).toContain(`| \`${name}\` |`);
  });
});

describe("readInputs", () => {
  it("applies defaults when the bundle runs outside a runner", () => {
    expect(readInputs({})).toEqual({ config: undefined, workingDirectory: ".", failOn: undefined, changedOnly: undefined, comment: "on-failure", sarif: undefined, annotations: 10, approvals: "none", token: "", shard: undefined });
  });
  it("reads the runner's variables, including hyphenated names", () => {
    const inputs = readInputs({ "INPUT_FAIL-ON": "warning", "INPUT_CHANGED-ONLY": "false", INPUT_SHARD: "2/3", INPUT_ANNOTATIONS: "0", "INPUT_WORKING-DIRECTORY": " agents " });
    expect(inputs).toMatchObject({ failOn: "warning", changedOnly: false, shard: { index: 2, count: 3 }, annotations: 0, workingDirectory: "agents" });
  });
  it("refuses an unknown input with the closest name, or none when nothing is close", () => {
    expect(() => readInputs({ INPUT_SARIF_FILE: "x" })).toThrow(InputError);
    expect(() => readInputs({ INPUT_CHANGED_ONLY: "true" })).toThrow('unknown input "changed_only" — did you mean "changed-only"?');
    expect(() => readInputs({ INPUT_PARALLELISM: "4" })).toThrow(/^unknown input "parallelism"; inputs are config, /);
  });
});

describe("readEvent", () => {
  const fixture = (name: string) => JSON.parse(readFileSync(join(EVENTS, name), "utf8").replaceAll("{{BASE_SHA}}", "b".repeat(40)).replaceAll("{{HEAD_SHA}}", "c".repeat(40)));
  it("reads a same-repository and a fork pull request", () => {
    expect(readEvent("pull_request", fixture("pull_request.json"))).toEqual({ kind: "pull_request", number: 7, author: "octocat", baseSha: "b".repeat(40), headSha: "c".repeat(40), fromFork: false });
    expect(readEvent("pull_request", fixture("pull_request_fork.json"))).toMatchObject({ number: 8, author: "outsider", fromFork: true });
  });
  it("reads a push, without a base for a new branch", () => {
    expect(readEvent("push", fixture("push.json"))).toEqual({ kind: "push", before: "b".repeat(40) });
    expect(readEvent("push", { before: "0".repeat(40) })).toEqual({ kind: "push", before: undefined });
  });
  it("treats anything else, or a payload missing what it needs, as no pull request", () => {
    expect(readEvent("workflow_dispatch", {})).toEqual({ kind: "other", name: "workflow_dispatch" });
    expect(readEvent("pull_request", { pull_request: { number: "7" } })).toEqual({ kind: "other", name: "pull_request" });
    expect(readEvent("pull_request", null)).toEqual({ kind: "other", name: "pull_request" });
  });
});

describe("addedLinesOfPatch", () => {
  it("counts new-side lines through context, removals and several hunks", () => {
    const patch = ["@@ -1,4 +1,5 @@", " a", "-b", "+B", "+B2", " c", "\\ No newline at end of file", "@@ -20,2 +21,3 @@", " x", "+y", " z"].join("\n");
    expect([...addedLinesOfPatch(patch)]).toEqual([2, 3, 22]);
    expect([...addedLinesOfPatch("@@ -0,0 +1 @@\n+only")]).toEqual([1]);
    expect([...addedLinesOfPatch("")]).toEqual([]);
  });
});

const finding = (severity: Finding["severity"], file: string, line: number, rule = "x/y"): Finding => ({ rule, severity, message: "m", file, line, column: 1, endLine: line, endColumn: 5 });

describe("planAnnotations", () => {
  it("keeps at most max per kind: most severe first, lines the PR adds before the rest", () => {
    const findings = [finding("note", "a", 1), finding("error", "a", 9), finding("error", "a", 2), finding("warning", "b", 1), finding("error", "b", 30), finding("error", "a", 5)];
    const plan = planAnnotations(findings, 2, new Map([["b", new Set([30])], ["a", new Set([5])]]));
    expect(plan.shown.map((f) => `${f.severity} ${f.file}:${f.line}`)).toEqual(["error a:5", "error b:30", "warning b:1", "note a:1"]);
    expect(plan.hidden).toEqual({ errors: 2, warnings: 0, notes: 0 });
  });
  it("annotations 0 hides everything and counts it", () => {
    expect(planAnnotations([finding("error", "a", 1), finding("note", "a", 1)], 0)).toEqual({ shown: [], hidden: { errors: 1, warnings: 0, notes: 1 } });
  });
});

describe("annotationOf", () => {
  it("turns the exclusive end column into GitHub's inclusive one on a single line", () => {
    expect(annotationOf({ ...finding("error", "f.yaml", 6), column: 12, endColumn: 17 })).toEqual({ title: "x/y", file: "f.yaml", startLine: 6, endLine: 6, startColumn: 12, endColumn: 16 });
  });
  it("sends no columns for a multi-line range, and never an end before the start", () => {
    expect(annotationOf({ ...finding("error", "f", 2), endLine: 4 })).toEqual({ title: "x/y", file: "f", startLine: 2, endLine: 4 });
    expect(annotationOf({ ...finding("error", "f", 1), column: 1, endColumn: 1 })).toMatchObject({ startColumn: 1, endColumn: 1 });
  });
});

describe("scopeLine", () => {
  it("says what was judged, against what, and which shard", () => {
    expect(scopeLine({})).toBe("every file");
    expect(scopeLine({ changes: 1, source: "api", origin: "pull request #7", base: "0123456789abcdef", shard: { index: 2, count: 4 } })).toBe(
      "the 1 file pull request #7 changes (from the GitHub API), compared against base <code>0123456789ab</code>, shard 2 of 4",
    );
    expect(scopeLine({ changes: 0, source: "git", origin: "this push" })).toBe("the 0 files this push changes (from git)");
  });
});

describe("comment decisions and sizes", () => {
  it("always keeps a comment (brief when passing); on-failure removes it once passing; never does nothing", () => {
    expect(commentAction("always", true)).toEqual({ kind: "upsert", brief: true });
    expect(commentAction("always", false)).toEqual({ kind: "upsert", brief: false });
    expect(commentAction("on-failure", false)).toEqual({ kind: "upsert", brief: false });
    expect(commentAction("on-failure", true)).toEqual({ kind: "delete" });
    expect(commentAction("never", false)).toEqual({ kind: "none" });
  });
  it("marks comments per working directory and shard, with nothing that could close the HTML comment", () => {
    expect(commentMarker("agents/ shard 1/2")).toBe("<!-- flowgate:sticky-comment agents/_shard_1/2 -->");
    expect(commentMarker("x --><script>")).toBe("<!-- flowgate:sticky-comment x_--__script_ -->");
  });
  it("fits GitHub's limit by listing fewer findings, then by cutting at a line", () => {
    const render = (max: number) => "head\n" + "row\n".repeat(max);
    expect(fitMarkdown(render, 30, 100)).toBe("head\n" + "row\n".repeat(6));
    const long = fitMarkdown(() => "x\n".repeat(100_000), 1000, 10);
    expect(long.length).toBeLessThanOrEqual(1000);
    expect(long.endsWith("see the JSON report.\n")).toBe(true);
    // limits are bytes: three-byte characters cannot push a cut body over them
    const wide = fitMarkdown(() => "✓✓✓✓✓✓✓✓\n".repeat(10_000), 1000, 10);
    expect(Buffer.byteLength(wide)).toBeLessThanOrEqual(1000);
    expect(Buffer.byteLength(wide)).toBeGreaterThan(900);
    expect(wide.startsWith("✓✓✓✓✓✓✓✓\n")).toBe(true);
    expect(wide).not.toContain("\ufffd");
  });
});
