// Trace benchmark (not a test): a 1 GiB OTLP/JSON trace in both layouts (one request per line; one
// single request object), each judged in a fresh Node 20 process with analyzeTraceFile, next to the
// yardstick (reading + JSON.parse per line, lines layout only). Prints a markdown table for
// bench/RESULTS.md ("## Agent traces"). Usage: node bench/traces/run.mjs [bytes]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const out = join(root, "bench/out/traces");
mkdirSync(out, { recursive: true });
const bytes = Number(process.argv[2] ?? 2 ** 30);
execFileSync(join(root, "node_modules/.bin/esbuild"), [join(root, "bench/traces/measure.ts"), "--bundle", "--platform=node", "--format=cjs", "--main-fields=module,main", `--outfile=${join(out, "measure.cjs")}`, "--log-level=warning"]);
const node = (args) => JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 }).trim().split("\n").at(-1));
const rows = [];
for (const layout of ["lines", "object"]) {
  const file = join(out, `trace-${layout}-${bytes}.otlp.json${layout === "lines" ? "l" : ""}`);
  if (!existsSync(file)) console.error(execFileSync(process.execPath, [join(root, "bench/traces/generate.mjs"), layout, String(bytes), file], { encoding: "utf8" }).trim());
  const analyzed = node([join(out, "measure.cjs"), file]);
  const bare = layout === "lines" ? node([join(out, "measure.cjs"), file, "--bare"]) : undefined;
  console.error(JSON.stringify({ layout, analyzed, bare }));
  rows.push({ layout, analyzed, bare });
}
const mib = (b) => (b / 2 ** 20).toFixed(0);
console.log("| layout | file | spans | runs | analyze wall (CPU) | bare read + JSON.parse wall (CPU) | analyze / bare CPU | peak RSS | findings |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
for (const { layout, analyzed: a, bare: b } of rows) {
  const findings = Object.entries(a.findings).map(([k, v]) => `${v} ${k}`).join(", ");
  console.log(`| ${layout} | ${mib(a.bytes)} MiB | ${a.spans.toLocaleString("en")} | ${a.runs.toLocaleString("en")} | ${(a.ms / 1000).toFixed(1)} s (${(a.cpuMs / 1000).toFixed(1)} s) | ${b ? `${(b.ms / 1000).toFixed(1)} s (${(b.cpuMs / 1000).toFixed(1)} s)` : "—"} | ${b ? (a.cpuMs / b.cpuMs).toFixed(2) : "—"} | ${a.rssMiB} MiB | ${findings} |`);
}
