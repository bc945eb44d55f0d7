// One measurement in a fresh process: analyzeTraceFile on a large trace (time, peak RSS), or with
// --bare the yardstick: reading the same file with no analysis (lines: split + JSON.parse of each line).
import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { analyzeTraceFile } from "../../core/traces/analyze";
import { tracesConfigSchema } from "../../core/traces/config";

const [file, mode] = process.argv.slice(2) as [string, string | undefined];
const config = tracesConfigSchema.parse({ policy: { "forbidden-tools": ["run_shell"], "approval-required": ["delete_branch", "send_email", "deploy_prod"] }, budgets: { "max-tokens": 1000 } });

async function bare(): Promise<number> {
  let spans = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    for (const rs of JSON.parse(line).resourceSpans) for (const ss of rs.scopeSpans) spans += ss.spans.length;
  }
  return spans;
}

/** User + system CPU time: under load, wall time is mostly waiting for a core. */
const cpu = () => Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000);

async function main(): Promise<void> {
const started = performance.now();
if (mode === "--bare") {
  const spans = await bare();
  console.log(JSON.stringify({ mode: "bare", spans, ms: Math.round(performance.now() - started), cpuMs: cpu(), rssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else {
  const r = await analyzeTraceFile(file, file, config);
  const byRule: Record<string, number> = {};
  for (const f of r.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  console.log(JSON.stringify({ mode: "analyze", bytes: statSync(file).size, spans: r.verdict.spans, runs: r.verdict.runs.length, verdict: r.verdict.verdict, findings: byRule, ms: Math.round(performance.now() - started), cpuMs: cpu(), rssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}
}

void main();
