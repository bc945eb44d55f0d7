// Evidence benchmark (not a test): generate bundles of 10k, 100k and 1M events, then in a fresh
// process each: load + verify + evaluate, and a golden diff against a copy with a few inserted and
// changed events. Usage: node bench/evidence/run.mjs [sizes...]   Prints a markdown table for
// bench/RESULTS.md ("## Evidence") and writes bench/out/evidence-results.json.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const out = join(root, "bench/out/evidence");
mkdirSync(out, { recursive: true });
const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(10_000, 100_000, 1_000_000);
const esbuild = join(root, "node_modules/.bin/esbuild");
for (const name of ["write", "measure"]) {
  execFileSync(esbuild, [join(root, `bench/evidence/${name}.ts`), "--bundle", "--platform=node", "--format=cjs", "--main-fields=module,main", `--outfile=${join(out, `${name}.cjs`)}`, "--log-level=warning"]);
}
const rows = [];
for (const n of sizes) {
  const file = join(out, `bundle-${n}.json`);
  const changed = join(out, `bundle-${n}-changed.json`);
  if (!existsSync(file)) execFileSync(process.execPath, ["--max-old-space-size=16000", join(out, "write.cjs"), String(n), file, changed], { stdio: "inherit" });
  const line = execFileSync(process.execPath, ["--max-old-space-size=16000", join(out, "measure.cjs"), file, changed], { encoding: "utf8" });
  const baseline = JSON.parse(execFileSync(process.execPath, ["--max-old-space-size=16000", join(out, "measure.cjs"), file, "--parse-only"], { encoding: "utf8" }));
  const r = { ...JSON.parse(line), ...baseline };
  rows.push(r);
  console.error(line.trim());
}
writeFileSync(join(root, "bench/out/evidence-results.json"), JSON.stringify(rows, null, 2));
const mb = (b) => (b / 2 ** 20).toFixed(1);
const s = (x) => (x / 1000).toFixed(2);
console.log("| events | file MB | bare JSON.parse s | load s | verify s | evaluate s | load+verify+evaluate s | golden diff s (incl. loading the copy) | total s | total / bare parse | peak RSS MB | peak RSS / file | event diff |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
for (const r of rows) {
  if (r.refused) {
    console.log(`| ${r.file.match(/bundle-(\d+)/)[1]} | ${mb(r.bytes)} | — | ${s(r.load)} | — | — | — | — | — | — | ${mb(r.rss)} | ${(r.rss / r.bytes).toFixed(2)} | refused: ${r.refused[0]} |`);
    continue;
  }
  const lve = r.load + r.verify + r.evaluate;
  const ops = r.eventChanges.reduce((m, op) => ((m[op] = (m[op] ?? 0) + 1), m), {});
  const total = lve + r.loadChanged + r.diff;
  console.log(`| ${r.events} | ${mb(r.bytes)} | ${s(r.parseOnly)} | ${s(r.load)} | ${s(r.verify)} | ${s(r.evaluate)} | ${s(lve)} | ${s(r.loadChanged + r.diff)} | ${s(total)} | ${(total / r.parseOnly).toFixed(1)} | ${mb(r.rss)} | ${(r.rss / r.bytes).toFixed(1)} | ${Object.entries(ops).map(([k, v]) => `${v} ${k}`).join(", ")} |`);
}
