// Streamed golden diff benchmark (not a test). Usage: node bench/evidence/golden-stream.mjs [events]
// Writes (once) a synthetic bundle of N events (default 615,000: ~600 MB) and its changed copy (3 inserted
// events, 2 changed event types, resealed) with bench/evidence/write.ts --any-size, then in a fresh process
// each: the changed copy against the bundle as golden, and the bundle against itself. Prints wall time,
// peak RSS and what the diff found, with the load average.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const out = join(root, "bench/out/evidence");
mkdirSync(out, { recursive: true });
const n = Number(process.argv[2] ?? 615_000);
const esbuild = join(root, "node_modules/.bin/esbuild");
for (const name of ["write", "golden-measure"]) execFileSync(esbuild, [join(root, `bench/evidence/${name}.ts`), "--bundle", "--platform=node", "--format=cjs", "--main-fields=module,main", `--outfile=${join(out, `${name}.cjs`)}`, "--log-level=warning"]);
const file = join(out, `bundle-${n}.json`);
const changed = join(out, `bundle-${n}-changed.json`);
if (!existsSync(file) || !existsSync(changed)) execFileSync(process.execPath, ["--max-old-space-size=16000", join(out, "write.cjs"), String(n), file, changed, "--any-size"], { stdio: "inherit" });
const mib = (b) => (b / 2 ** 20).toFixed(0);
console.log(`| current vs golden | sizes | wall | peak RSS | load average (start → end) | found |`);
console.log(`| --- | ---: | ---: | ---: | --- | --- |`);
for (const [name, current, golden] of [["changed copy vs bundle", changed, file], ["bundle vs itself", file, file]]) {
  const before = loadavg()[0];
  const r = JSON.parse(execFileSync(process.execPath, [join(out, "golden-measure.cjs"), current, golden], { encoding: "utf8" }));
  const found = Object.entries(r.changes).map(([d, cs]) => `${d}: ${cs.map((c) => `${c[0]} ${c[1]}`).join(", ")}`).join("; ") || "no differences";
  console.log(`| ${name} | ${mib(statSync(current).size)} + ${mib(statSync(golden).size)} MiB | ${(r.ms / 1000).toFixed(1)} s | ${mib(r.rss)} MiB | ${before.toFixed(1)} → ${loadavg()[0].toFixed(1)} | ${r.passed ? "passes" : "regression"}: ${found}${r.notes.length ? `; ${r.notes.join("; ")}` : ""} |`);
}
