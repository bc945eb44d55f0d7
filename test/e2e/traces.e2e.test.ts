// Issue #16 in a real VS Code (code-server 4.139, the packaged .vsix; see extension.e2e.test.ts): a trace
// file (OTLP/JSON from real OpenTelemetry instrumentation) gets its findings in the Problems panel, at the
// positions `flowgate check` gives.
import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { ATTR_GEN_AI_TOOL_CALL_ARGUMENTS } from "@opentelemetry/semantic-conventions/incubating";
import { parseSource } from "../../core/kernel/source/document";
import { agent, otlp, span, tool } from "../traces/helpers";
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

/** One request object (read token by token), its spans on line 2 after non-ASCII names and arguments: é (2 bytes), 中 (3), 😀 (4 bytes, 2 UTF-16 units). */
const intl = (() => {
  const search = tool("2", "1", "搜索_é", "c1");
  search.attrs = [...search.attrs!, [ATTR_GEN_AI_TOOL_CALL_ARGUMENTS, '{"q":"😀 café 中文"}']];
  const request = otlp([agent("1", { name: "invoke_agent 😀" }), search, tool("3", "1", "run_shell", "c2")].map(span)) as { resourceSpans: unknown[] };
  return `{"resourceSpans":[\n${JSON.stringify(request.resourceSpans[0])}\n]}\n`;
})();

it("trace/tool-forbidden, trace/tool-call-failed: a Collector-style trace file's findings show in the Problems panel as flowgate check reports them; after non-ASCII text, at the UTF-16 column", { timeout: STEP_TIMEOUT }, async () => {
  const workspace = ext.workspaceCopy("traces");
  mkdirSync(join(workspace, "traces"));
  copyFileSync(join(ROOT, "test/fixtures/traces/ops.otlp.jsonl"), join(workspace, "traces/ops.otlp.jsonl"));
  writeFileSync(join(workspace, "traces/intl.otlp.json"), intl);
  appendFileSync(join(workspace, ".flowgate.yml"), '\ntraces:\n  policy:\n    forbidden-tools: ["run_shell"]\n');
  const expected = checkRows(workspace, "traces/ops.otlp.jsonl");
  expect(expected.map((r) => `${r.line}:${r.column} ${r.code}`)).toEqual(["1:1346 trace/tool-call-failed", "3:1032 trace/tool-forbidden"]);
  // the forbidden call after non-ASCII text on its line: at the UTF-16 column core/source's locator gives
  const located = parseSource("intl.otlp.json", intl).doc!.rangeOf(["resourceSpans", 0, "scopeSpans", 0, "spans", 2]);
  const expectedIntl = checkRows(workspace, "traces/intl.otlp.json");
  expect(expectedIntl.map((r) => `${r.line}:${r.column} ${r.code}`)).toEqual([`${located.line}:${located.column} trace/tool-forbidden`]);

  code = await VsCode.open(ext.host, { label: "traces", workspace, extensionsDir: ext.extensionsDir, trusted: true, settings: { "flowgate.actor": "e2e@example.com" } });
  await code.activityBarItem("Flowgate").waitFor({ timeout: 60_000 });
  await code.command("Flowgate: Scan Workspace");
  const rows = (file: string) => async () => (await code!.problemRows(`**/${file}`)).filter((r) => r.source === "flowgate").map(({ source: _source, ...rest }) => rest);
  await expect.poll(rows("traces/ops.otlp.jsonl"), { timeout: 120_000 }).toEqual(expected);
  await expect.poll(rows("traces/intl.otlp.json"), { timeout: 60_000 }).toEqual(expectedIntl);
  await code.shot("trace-findings");
});
