// Issue #16 in a real VS Code (code-server 4.139, the packaged .vsix; see extension.e2e.test.ts): a trace
// file (OTLP/JSON from real OpenTelemetry instrumentation) gets its findings in the Problems panel, at the
// positions `flowgate check` gives.
import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { extensionUnderTest, type ProblemRow, ROOT, shotOnFailure, VsCode } from "./harness";

const STEP_TIMEOUT = 360_000; // generous: 7 engineers share 2 cores
let ext: ReturnType<typeof extensionUnderTest>;
beforeAll(() => void (ext = extensionUnderTest()), 900_000);
afterAll(() => ext?.cleanup());

/** What `flowgate check` (the built CLI) reports for one file: the rows the Problems panel must show for it. */
function checkRows(workspace: string, file: string): Omit<ProblemRow, "source">[] {
  const run = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "check", workspace, "--format", "json", "--fail-on", "never"], { encoding: "utf8" });
  const report = JSON.parse(run.stdout) as { findings: { file: string; line: number; column: number; rule: string; message: string; severity: string }[] };
  const severity = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return report.findings.filter((f) => f.file === file).map((f) => ({ file, severity: severity(f.severity), message: f.message, code: f.rule, line: f.line, column: f.column }));
}

let code: VsCode | undefined;
afterAll(async () => code?.close());
beforeEach((context) => shotOnFailure(context, () => code));

it("trace/tool-forbidden, trace/tool-call-failed: a Collector-style trace file's findings show in the Problems panel as flowgate check reports them", { timeout: STEP_TIMEOUT }, async () => {
  const workspace = ext.workspaceCopy("traces");
  mkdirSync(join(workspace, "traces"));
  copyFileSync(join(ROOT, "test/fixtures/traces/ops.otlp.jsonl"), join(workspace, "traces/ops.otlp.jsonl"));
  appendFileSync(join(workspace, ".flowgate.yml"), '\ntraces:\n  policy:\n    forbidden-tools: ["run_shell"]\n');
  const expected = checkRows(workspace, "traces/ops.otlp.jsonl");
  expect(expected.map((r) => `${r.line}:${r.column} ${r.code}`)).toEqual(["1:1346 trace/tool-call-failed", "3:1032 trace/tool-forbidden"]);

  code = await VsCode.open(ext.host, { label: "traces", workspace, extensionsDir: ext.extensionsDir, trusted: true, settings: { "flowgate.actor": "e2e@example.com" } });
  await code.activityBarItem("Flowgate").waitFor({ timeout: 60_000 });
  await code.command("Flowgate: Scan Workspace");
  const rows = async () => (await code!.problemRows("**/traces/ops.otlp.jsonl")).filter((r) => r.source === "flowgate").map(({ source: _source, ...rest }) => rest);
  await expect.poll(rows, { timeout: 120_000 }).toEqual(expected);
  await code.shot("trace-findings");
});
