// Streaming evidence benchmark (not a test). Usage: node bench/evidence/stream.mjs [rounds]
// Needs the bundles of bench/evidence/run.mjs: bench/out/evidence/bundle-100000.json and, for the
// bounded-memory figure, bundle-615000.json (~600 MB: `node bench/out/evidence/write.cjs 615000 <file> <copy>`).
// 1. 100k events: bare JSON.parse, the whole-document path and the streaming path, each in a fresh
//    process, interleaved round by round; medians, and the median of per-round ratios to the bare parse.
// 2. ~600 MB: the streaming path's wall time and peak RSS, on the bundle and on a copy with one byte
//    changed in the middle of the file (must fail).
import { execFileSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, openSync, readSync, statSync, writeSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const out = join(root, "bench/out/evidence");
const rounds = Number(process.argv[2] ?? 3);
execFileSync(join(root, "node_modules/.bin/esbuild"), [join(root, "bench/evidence/stream-measure.ts"), "--bundle", "--platform=node", "--format=cjs", "--main-fields=module,main", `--outfile=${join(out, "stream-measure.cjs")}`, "--log-level=warning"]);
const run = (mode, file) => JSON.parse(execFileSync(process.execPath, ["--max-old-space-size=16000", join(out, "stream-measure.cjs"), mode, file], { encoding: "utf8" }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = (b) => (b / 2 ** 20).toFixed(0);

const small = join(out, "bundle-100000.json");
const rows = { parse: [], memory: [], stream: [] };
const load = loadavg()[0];
for (let r = 0; r < rounds; r++) for (const mode of ["parse", "memory", "stream"]) rows[mode].push(run(mode, small));
const ratio = (mode) => median(rows[mode].map((x, i) => x.ms / rows.parse[i].ms));
console.log(`100k events (${mib(statSync(small).size)} MiB), ${rounds} interleaved rounds, load average ${load.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end:`);
console.log("| path | wall (median) | / bare JSON.parse (median of per-round ratios) | peak RSS (median) | errors |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const mode of ["parse", "memory", "stream"]) console.log(`| ${mode} | ${(median(rows[mode].map((x) => x.ms)) / 1000).toFixed(2)} s | ${ratio(mode).toFixed(2)} | ${mib(median(rows[mode].map((x) => x.rss)))} MiB | ${rows[mode][0].errors ?? "—"} |`);

const big = join(out, "bundle-615000.json");
if (existsSync(big)) {
  const changed = join(out, "bundle-615000-onebyte.json");
  copyFileSync(big, changed);
  // One letter inside a string in the middle of the file, replaced by the next letter: still valid JSON.
  const fd = openSync(changed, "r+");
  const buf = Buffer.alloc(4096);
  const mid = Math.floor(statSync(changed).size / 2);
  readSync(fd, buf, 0, buf.length, mid);
  const i = buf.findIndex((b, k) => k > 0 && b >= 0x61 && b <= 0x79 && buf[k - 1] >= 0x61 && buf[k - 1] <= 0x7a && buf[k + 1] >= 0x61 && buf[k + 1] <= 0x7a);
  writeSync(fd, Buffer.from([buf[i] + 1]), 0, 1, mid + i);
  closeSync(fd);
  console.log("");
  console.log("| bundle | streaming load + verify + evaluate | peak RSS | verdict |");
  console.log("| --- | ---: | ---: | --- |");
  for (const [name, file] of [["as written", big], [`one byte changed (offset ${mid + i})`, changed]]) {
    const r = run("stream", file);
    console.log(`| ${mib(statSync(file).size)} MiB, ${name} | ${(r.ms / 1000).toFixed(1)} s | ${mib(r.rss)} MiB | ${r.errors} errors ${r.rules.join(", ")} |`);
  }
}
