// Start-up benchmark (not a test): a cold `flowgate check examples` and `flowgate --version`, each a new
// process, as a user or a CI job starts them. Compares this tree's dist/ with another build (default: dist/ as
// committed where this branch left main, extracted with git archive), runs interleaved, and prints medians of
// wall and CPU time.
// Usage: node bench/startup/run.mjs [--reps N] [--before REV] [--without-extra-ca-certs]
// --without-extra-ca-certs: the runs do not inherit NODE_EXTRA_CA_CERTS. Node reads that file's certificates at
// every start, before any JavaScript runs (~45 ms for Debian's bundle on this machine: \`node -e 0\` 0.10 → 0.05 s),
// and a proxied sandbox sets it; GitHub's runners and most machines do not.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const reps = Number(opt("--reps", 9));
const env = args.includes("--without-extra-ca-certs") ? Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_EXTRA_CA_CERTS")) : process.env;
const before = opt("--before", "") || execFileSync("git", ["merge-base", "main", "HEAD"], { cwd: root, encoding: "utf8" }).trim();

const scratch = mkdtempSync(join(tmpdir(), "flowgate-bench-startup-"));
execFileSync("sh", ["-c", `git archive ${before} dist | tar -x -C ${scratch}`], { cwd: root });
// The examples as a workspace of their own (its .flowgate.yml included), outside any git repository.
const examples = join(scratch, "examples");
cpSync(join(root, "examples"), examples, { recursive: true });

const builds = { before: join(scratch, "dist"), after: join(root, "dist") };
const commands = {
  "node -e 0": () => [process.execPath, ["-e", "0"]],
  "--version": (dist) => [process.execPath, [join(dist, "cli.js"), "--version"]],
  "check examples": (dist) => [process.execPath, [join(dist, "cli.js"), "check", "."]],
};

const load = () => execFileSync("uptime", { encoding: "utf8" }).trim().replace(/^.*load average:\s*/, "");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Each build keeps its V8 code cache (cli/launch.ts) in a directory of its own: in a shared one, a launcher removes the
// other build's cache when it writes its own, and interleaved runs would each start without one.
const caches = Object.fromEntries(Object.keys(builds).map((build) => [build, mkdtempSync(join(tmpdir(), `flowgate-bench-cache-${build}-`))]));

/** One run under /usr/bin/time: wall and user+sys CPU seconds. */
function timed(cmd, argv, build) {
  const out = spawnSync("/usr/bin/time", ["-f", "%e %U %S", cmd, ...argv], { cwd: examples, encoding: "utf8", env: caches[build] ? { ...env, XDG_CACHE_HOME: caches[build] } : env });
  const [wall, user, sys] = out.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, cpu: user + sys };
}

console.log(`load average at start: ${load()}; NODE_EXTRA_CA_CERTS ${env.NODE_EXTRA_CA_CERTS ? `set (${env.NODE_EXTRA_CA_CERTS})` : "not set"}`);
const results = {};
for (let rep = 0; rep < reps; rep++) {
  for (const [name, command] of Object.entries(commands)) {
    for (const [build, dist] of Object.entries(command.length === 0 ? { node: "" } : builds)) {
      const key = `${name}\t${build}`;
      (results[key] ??= []).push(timed(...command(dist), build));
    }
  }
}
console.log(`load average at end: ${load()}`);
console.log(`\n${reps} interleaved runs each; medians\n`);
console.log("| command | build | wall | CPU (user+sys) |");
console.log("| --- | --- | ---: | ---: |");
for (const [key, runs] of Object.entries(results)) {
  const [name, build] = key.split("\t");
  console.log(`| ${name} | ${build} | ${median(runs.map((r) => r.wall)).toFixed(2)} s | ${median(runs.map((r) => r.cpu)).toFixed(2)} s |`);
}
rmSync(scratch, { recursive: true, force: true });
