// Streaming evidence benchmark (not a test). Usage: node bench/evidence/stream.mjs [rounds]
// Needs the bundles of bench/evidence/run.mjs: bench/out/evidence/bundle-100000.json and, for the
// bounded-memory figure, bundle-615000.json (~600 MB: `node bench/out/evidence/write.cjs 615000 <file> <copy>`).
// 1. 100k events: bare JSON.parse, the whole-document path and the streaming path, each in a fresh
//    process, interleaved round by round; medians, and the median of per-round ratios to the bare parse.
// 2. ~600 MB: the streaming path's wall time and peak RSS, on the bundle and on a copy with one byte
//    changed in the middle of the file (must fail).
// `--before <commit>`: also that commit's two paths (its core/ and bench/ built from `git archive`), in the
// same rounds, for a before/after comparison in one run.
import { execFileSync, execSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readSync, statSync, symlinkSync, writeSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const out = join(root, "bench/out/evidence");
const rounds = Number(process.argv[2] ?? 3);
execFileSync(join(root, "node_modules/.bin/esbuild"), [join(root, "bench/evidence/stream-measure.ts"), "--bundle", "--platform=node", "--format=cjs", "--main-fields=module,main", `--outfile=${join(out, "stream-measure.cjs")}`, "--log-level=warning"]);
const beforeAt = process.argv.indexOf("--before");
const before = beforeAt > 0 ? process.argv[beforeAt + 1] : undefined;
if (before) {
  const dir = mkdtempSync(join(tmpdir(), "flowgate-before-"));
  execSync(`git -C ${JSON.stringify(root)} archive ${before} core bench package.json | tar -x -C ${JSON.stringify(dir)}`);
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  execFileSync(join(root, "node_modules/.bin/esbuild"), [join(dir, "bench/evidence/stream-measure.ts"), "--bundle", "--platform=node", "--format=cjs", "--main-fields=module,main", `--outfile=${join(out, "stream-measure-before.cjs")}`, "--log-level=error"]);
}
// A mode ending in "@before" runs the --before build.
const run = (mode, file) => {
  const [m, at] = mode.split("@");
  return JSON.parse(execFileSync(process.execPath, ["--max-old-space-size=16000", join(out, at ? "stream-measure-before.cjs" : "stream-measure.cjs"), m, file], { encoding: "utf8" }));
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = (b) => (b / 2 ** 20).toFixed(0);

const small = join(out, "bundle-100000.json");
const modes = ["parse", ...(before ? ["memory@before", "stream@before"] : []), "memory", "stream"];
const rows = Object.fromEntries(modes.map((m) => [m, []]));
const load = loadavg()[0];
for (let r = 0; r < rounds; r++) for (const mode of modes) rows[mode].push(run(mode, small));
const ratio = (mode) => median(rows[mode].map((x, i) => x.ms / rows.parse[i].ms));
console.log(`100k events (${mib(statSync(small).size)} MiB), ${rounds} interleaved rounds, load average ${load.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end:`);
console.log("| path | wall (median) | / bare JSON.parse (median of per-round ratios) | peak RSS (median) | errors |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const mode of modes) console.log(`| ${before ? mode.replace("@before", ` (${before})`) : mode} | ${(median(rows[mode].map((x) => x.ms)) / 1000).toFixed(2)} s | ${ratio(mode).toFixed(2)} | ${mib(median(rows[mode].map((x) => x.rss)))} MiB | ${rows[mode][0].errors ?? "—"} |`);

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
    for (const mode of before ? ["stream@before", "stream"] : ["stream"]) {
      const r = run(mode, file);
      const build = mode.endsWith("@before") ? ` (${before})` : "";
      console.log(`| ${mib(statSync(file).size)} MiB, ${name}${build} | ${(r.ms / 1000).toFixed(1)} s | ${mib(r.rss)} MiB | ${r.errors} errors ${r.rules.join(", ")} |`);
    }
  }
}
