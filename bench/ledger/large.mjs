// `node bench/ledger/large.mjs [events]` (default 1,000,000): writes one run of that many events, then
// verifies it as `flowgate run verify` does (streamed) and, for comparison, through the whole-text path.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import * as esbuild from "esbuild";

const n = Number(process.argv[2] ?? 1_000_000);
const out = join(import.meta.dirname, "../out");
const cjs = join(out, "ledger-large.cjs");
await esbuild.build({ entryPoints: [join(import.meta.dirname, "verify-large.ts")], bundle: true, platform: "node", target: "node20", format: "cjs", mainFields: ["module", "main"], outfile: cjs, logLevel: "error" });
const root = join(out, `ledger-${n}`);
if (!existsSync(join(root, ".flowgate"))) {
  mkdirSync(root, { recursive: true });
  execFileSync(process.execPath, [cjs, "write", String(n), root], { stdio: "inherit", cwd: join(import.meta.dirname, "../..") });
}
const runs = join(root, ".flowgate/runs");
const bytes = statSync(join(runs, readdirSync(runs)[0])).size;
const step = (mode) => JSON.parse(execFileSync(process.execPath, ["--max-old-space-size=16000", cjs, mode, root], { encoding: "utf8" }));
console.log(`${n} events, ${(bytes / 2 ** 20).toFixed(0)} MiB, load average ${loadavg()[0].toFixed(1)}:`);
for (const mode of ["verify", "verify-text"]) {
  const r = step(mode);
  console.log(`| ${mode} | ${(r.ms / 1000).toFixed(1)} s | peak RSS ${(r.rss / 2 ** 20).toFixed(0)} MiB | ${r.findings} findings |`);
}
