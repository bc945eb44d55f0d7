import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli";
import { FIXTURES } from "./helpers";

const POLICY_YML = `traces:
  policy:
    forbidden-tools: [run_shell]
    approval-required: [delete_branch, send_email, deploy_prod]
    allowed-models: ["gpt-4o-mini"]
  budgets:
    max-tokens: 1000
`;

function workspace(yml = POLICY_YML): string {
  const dir = tempDir("flowgate-traces-cli-");
  cpSync(FIXTURES, join(dir, "traces"), { recursive: true, filter: (p) => !p.endsWith(".mjs") });
  writeFileSync(join(dir, ".flowgate.yml"), yml);
  return dir;
}

describe("flowgate check picks up traces (traces.include)", () => {
  it("judges every trace with the configured policy; exits 1 on the failing ones", async () => {
    const dir = workspace();
    const r = await runCli(["check", "--only", "traces", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const rules = report.findings.map((f: { file: string; rule: string; line: number }) => `${f.file}:${f.line} ${f.rule}`);
    expect(rules).toEqual([
      "traces/crash.otlp.json:108 trace/model-call-failed",
      "traces/crash.otlp.json:165 trace/run-not-finished",
      "traces/crash.otlp.json:315 trace/unhandled-error",
      "traces/ops.otlp.jsonl:1 trace/model-not-allowed",
      "traces/ops.otlp.jsonl:1 trace/tool-call-failed",
      "traces/ops.otlp.jsonl:2 trace/model-not-allowed",
      "traces/ops.otlp.jsonl:3 trace/approval-missing",
      "traces/ops.otlp.jsonl:3 trace/tool-forbidden",
      "traces/ops.otlp.jsonl:3 trace/model-not-allowed",
      "traces/ops.otlp.jsonl:4 trace/budget-exceeded",
      "traces/stream.otlp.json:22 trace/usage-unknown",
    ]);
    expect(report.details.traces.files.map((f: { file: string; verdict: string }) => `${f.file} ${f.verdict}`)).toEqual(["traces/crash.otlp.json fail", "traces/ops.otlp.jsonl fail", "traces/stream.otlp.json fail", "traces/weather.otlp.json pass"]);
  });
  it("passes when only the passing trace is included", async () => {
    const dir = workspace(POLICY_YML.replace("traces:\n", 'traces:\n  include: ["**/weather.otlp.json"]\n'));
    const r = await runCli(["check", "--only", "traces"], { cwd: dir });
    expect(r.code).toBe(0);
  });
});

describe("flowgate evaluate <trace>", () => {
  it("recognises trace files by content and prints a verdict per trace", async () => {
    const dir = workspace();
    const r = await runCli(["evaluate", "traces/weather.otlp.json", "traces/ops.otlp.jsonl"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("PASS traces/weather.otlp.json (trace, 4 spans; conv-weather: 2 model/1 tool calls, 169 tokens)\n");
    expect(r.stdout).toContain("FAIL traces/ops.otlp.jsonl (trace, 10 spans; conv-ops: 3 model/5 tool calls, 2087 tokens) — failing: ");
    const md = await runCli(["evaluate", "traces/ops.otlp.jsonl", "--format", "markdown"], { cwd: dir });
    expect(md.stdout).toContain("### Agent traces");
    expect(md.stdout).toContain("| ❌ fail | <code>traces/ops\\.otlp\\.jsonl</code> | <code>conv\\-ops</code> | ops\\-agent | 3 / 5 | 2087 | yes |");
    expect(md.stdout).toContain("| tool | <code>run\\_shell</code> | <code>call\\_2\\_1</code> |  | ok | 3 |");
  });
});

describe("trace/golden-regression and trace/golden-missing through flowgate golden", () => {
  it("--update creates the golden; the same trace matches; another run's trace is a regression with an aligned diff", async () => {
    const dir = workspace();
    const missing = await runCli(["check", "--only", "traces"], { cwd: dir });
    writeFileSync(join(dir, ".flowgate.yml"), POLICY_YML + "  goldens:\n    - trace: traces/weather.otlp.json\n      golden: goldens/weather.otlp.json\n  include: []\n");
    const noGolden = await runCli(["check", "--only", "traces", "--format", "json"], { cwd: dir });
    expect(JSON.parse(noGolden.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(["trace/golden-missing"]);
    expect(missing.code).toBe(1);
    const created = await runCli(["golden", "--update"], { cwd: dir });
    expect(created.stdout).toBe("created golden goldens/weather.otlp.json from traces/weather.otlp.json\n");
    expect(readFileSync(join(dir, "goldens/weather.otlp.json"), "utf8")).toBe(readFileSync(join(dir, "traces/weather.otlp.json"), "utf8"));
    expect((await runCli(["golden"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["check", "--only", "traces"], { cwd: dir })).code).toBe(0);

    // a run of another scenario against this golden: the calls are aligned, not compared position by position
    const diff = await runCli(["golden", "traces/crash.otlp.json", "goldens/weather.otlp.json"], { cwd: dir });
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain("@@ calls (strict): ");
    expect(diff.stdout).toContain("- #3 tool execute_tool get_weather({\"city\":\"Lisbon\"}) → ok");
    expect(diff.stdout).toContain("golden: REGRESSION");
    const update = await runCli(["golden", "traces/crash.otlp.json", "goldens/weather.otlp.json", "--update"], { cwd: dir });
    expect(update.stdout).toMatch(/updated golden goldens\/weather.otlp.json from traces\/crash.otlp.json: \d+ differences accepted\n$/);
  });
  it("ids and times are normalised: the same scenario recorded twice matches its golden", async () => {
    const dir = workspace();
    const again = readFileSync(join(dir, "traces/weather.otlp.json"), "utf8")
      .replace(/"(traceId|spanId|parentSpanId)": "([0-9a-f]+)"/g, (_m, k, v) => `"${k}": "${[...v].reverse().join("")}"`)
      .replace(/"(start|end)TimeUnixNano": "(\d+)"/g, (_m, k, v) => `"${k}TimeUnixNano": "${BigInt(v) + 86_400_000_000_000n}"`)
      .replace(/call_1_0/g, "call_Zx81");
    writeFileSync(join(dir, "traces/again.otlp.json"), again);
    const r = await runCli(["golden", "traces/again.otlp.json", "traces/weather.otlp.json"], { cwd: dir });
    expect(r.stdout).toContain("golden: matches");
    expect(r.code).toBe(0);
  });
  it("refuses to make a golden of a file that is not a trace", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "traces/bad.otlp.json"), '{"resourceSpans": [');
    const r = await runCli(["golden", "traces/bad.otlp.json", "goldens/bad.otlp.json", "--update"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("not updating goldens/bad.otlp.json: traces/bad.otlp.json is not a readable trace");
  });
});
