// The Action end to end (dist/action.js as the runner starts it) on a monorepo of N copies of examples/:
// a full run, each shard of a 4-job matrix, and a pull request that changes one file (changed-only).
// Prints wall times and the ratios that matter: slowest shard / full run, PR run / full run.
// Usage: node bench/action/run.mjs [copies=40] [--distinct-flow-ids]
// --distinct-flow-ids: each copy's flows get ids of their own (flow_x → flow_x_t007), as teams of a real monorepo
// have; by default every copy defines the same three flow ids, so every shard needs every base flow.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repoRoot = join(import.meta.dirname, "..", "..");
const copies = Number(process.argv[2]?.startsWith("--") ? 40 : (process.argv[2] ?? 40));
const dir = mkdtempSync(join(tmpdir(), "flowgate-bench-action-"));
for (let i = 0; i < copies; i++) cpSync(join(repoRoot, "examples"), join(dir, `team${String(i).padStart(3, "0")}`), { recursive: true, filter: (p) => !p.endsWith(".flowgate.yml") });
if (process.argv.includes("--distinct-flow-ids")) {
  for (let i = 0; i < copies; i++) {
    const flows = join(dir, `team${String(i).padStart(3, "0")}`, "flows");
    for (const name of readdirSync(flows)) writeFileSync(join(flows, name), readFileSync(join(flows, name), "utf8").replace(/flow_(deploy_hotfix|release_notes|triage_issue)/g, `$&_t${String(i).padStart(3, "0")}`));
  }
}
const git = (...args) => execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
git("init", "-q", "-b", "main");
git("-c", "user.email=bench@example.com", "-c", "user.name=bench", "add", "-A");
git("-c", "user.email=bench@example.com", "-c", "user.name=bench", "commit", "-qm", "base");
const base = git("rev-parse", "HEAD");
const flow = join(dir, "team000/flows/release-notes.flow.json");
writeFileSync(flow, readFileSync(flow, "utf8").replace('"version": "0.3.0"', '"version": "0.3.1"'));
git("-c", "user.email=bench@example.com", "-c", "user.name=bench", "commit", "-qam", "change one flow");
const head = git("rev-parse", "HEAD");
const files = git("ls-files").split("\n").length;

function run(name, inputs, eventName = "push") {
  const runner = mkdtempSync(join(tmpdir(), "flowgate-bench-runner-"));
  const event = join(runner, "event.json");
  const pr = { number: 1, user: { login: "dev" }, base: { sha: base, repo: { full_name: "o/r" } }, head: { sha: head, repo: { full_name: "o/r" } } };
  writeFileSync(event, JSON.stringify(eventName === "push" ? { before: base } : { pull_request: pr }));
  writeFileSync(join(runner, "out"), "");
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: "o/r", GITHUB_WORKSPACE: dir, GITHUB_OUTPUT: join(runner, "out"), RUNNER_TEMP: runner, GITHUB_API_URL: "http://127.0.0.1:9" };
  for (const [k, v] of Object.entries({ "fail-on": "never", comment: "never", ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  const t0 = process.hrtime.bigint();
  // Under /usr/bin/time for the CPU time (user + sys, git processes included): on a loaded machine wall time
  // mostly measures the other load.
  const out = spawnSync("/usr/bin/time", ["-f", "%U %S", process.execPath, join(repoRoot, "dist/action.js")], { cwd: dir, env, encoding: "utf8" });
  if (out.status !== 0) throw new Error(`${name}: exit ${out.status}\n${out.stdout.split("\n").filter((l) => l.startsWith("::error::")).join("\n")}`);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpuMs = out.stderr.trim().split("\n").at(-1).split(" ").reduce((sum, s) => sum + Number(s) * 1000, 0);
  rmSync(runner, { recursive: true, force: true });
  console.log(`${name.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms wall ${cpuMs.toFixed(0).padStart(7)} ms CPU`);
  return { ms, cpuMs };
}

console.log(`${copies} copies of examples/${process.argv.includes("--distinct-flow-ids") ? " (distinct flow ids)" : ""}: ${files} files`);
const full = run("full run", {});
const shards = [1, 2, 3, 4].map((i) => run(`shard ${i}/4`, { shard: `${i}/4` }));
const prRun = run("PR, 1 changed file", { token: "x" }, "pull_request");
for (const key of ["ms", "cpuMs"]) {
  const what = key === "ms" ? "wall" : "CPU";
  console.log(`slowest shard / full run (${what}): ${(Math.max(...shards.map((s) => s[key])) / full[key]).toFixed(2)} (ideal 0.25)`);
  console.log(`sum of shards / full run (${what}): ${(shards.reduce((a, s) => a + s[key], 0) / full[key]).toFixed(2)}`);
  console.log(`PR (changed-only) / full run (${what}): ${(prRun[key] / full[key]).toFixed(2)}`);
}
rmSync(dir, { recursive: true, force: true });
