// What `--jobs auto` picks (not a test), JS subset of the bench corpus: interleaved runs of this tree's dist/ and
// another build's (default: dist/ as committed where this branch left main) under "auto", beside `-j 1` and `-j 2`.
// Each round starts right after a process has spun on every core for 15 s, so the 1-minute load average is high
// while the cores idle (a CI step after `npm ci`, or this benchmark's ESLint step); with --busy one process spins on
// one core throughout instead, which auto should leave to it. Each run prints the cores other processes kept busy
// meanwhile (all CPU time less the run's own): other engineers share the machine.
// Usage: node bench/scan/auto.mjs [--rounds N] [--before REV] [--busy]
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const rounds = Number(opt("--rounds", 7));
const busy = args.includes("--busy");
const before = opt("--before", "") || execFileSync("git", ["merge-base", "main", "HEAD"], { cwd: root, encoding: "utf8" }).trim();

const scratch = mkdtempSync(join(tmpdir(), "flowgate-bench-auto-"));
execFileSync("sh", ["-c", `git archive ${before} dist | tar -x -C ${scratch}`], { cwd: root });
const config = join(scratch, "js-subset.yml");
writeFileSync(config, 'scan:\n  include: ["**/*.js","**/*.mjs","**/*.cjs"]\n  skip-declarations: false\n');

const variants = {
  "auto (this tree)": [join(root, "dist/cli.js")],
  [`auto (${before.slice(0, 7)})`]: [join(scratch, "dist/cli.js")],
  "-j 1": [join(root, "dist/cli.js"), "--jobs", "1"],
  "-j 2": [join(root, "dist/cli.js"), "--jobs", "2"],
};
const names = Object.keys(variants);

const allBusyMs = () => cpus().reduce((sum, { times: t }) => sum + t.user + t.nice + t.sys + t.irq, 0);
const spin = () => spawn("sh", ["-c", "while :; do :; done"], { stdio: "ignore" });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One scan under /usr/bin/time: wall, user+sys CPU, worker threads started, findings, load, others' cores. */
function timed(cli, extra) {
  const load = loadavg()[0];
  const busyBefore = allBusyMs();
  const out = spawnSync("/usr/bin/time", ["-f", "%e %U %S", process.execPath, cli, "scan", join(root, "bench/corpus/tree"), "--config", config, "--format", "json", "--fail-on", "never", ...extra], { encoding: "utf8", maxBuffer: 1 << 28 });
  const [wall, user, sys] = out.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  const others = (allBusyMs() - busyBefore - (user + sys) * 1000) / (wall * 1000);
  const report = JSON.parse(out.stdout);
  return { wall, cpu: user + sys, workers: report.details.scan.workers, findings: report.findings.length, load, others };
}

const steady = busy ? spin() : undefined;
const results = Object.fromEntries(names.map((n) => [n, []]));
for (let round = 0; round < rounds; round++) {
  if (!busy) {
    const spinners = Array.from({ length: availableParallelism() }, spin);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    for (const s of spinners) s.kill();
  } else await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const name of names.map((_, i) => names[(round + i) % names.length])) {
    const [cli, ...extra] = variants[name];
    const run = timed(cli, extra);
    results[name].push(run);
    console.log(`round ${round + 1}, ${name}: ${run.wall.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU, ${run.workers + 1} thread(s), load ${run.load.toFixed(2)}, others kept ${run.others.toFixed(2)} cores busy`);
  }
}
steady?.kill();

console.log(`\n${rounds} interleaved rounds, ${busy ? "one process spinning on a core throughout" : "each right after 15 s of spinning on every core"}; medians\n`);
console.log("| variant | wall | CPU (user+sys) | threads per run | findings | load (1 min) | cores others kept busy |");
console.log("| --- | ---: | ---: | --- | --- | --- | ---: |");
for (const [name, runs] of Object.entries(results)) {
  const range = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
  console.log(`| ${name} | ${median(runs.map((r) => r.wall)).toFixed(2)} s | ${median(runs.map((r) => r.cpu)).toFixed(2)} s | ${runs.map((r) => r.workers + 1).join(" ")} | ${[...new Set(runs.map((r) => r.findings))].join(", ")} | ${range(runs.map((r) => r.load))} | ${median(runs.map((r) => r.others)).toFixed(2)} |`);
}
