// The scan's CPU cost, core/scan as of REV against the working tree, measured in one process so a host whose speed
// drifts (a shared VM) slows both alike (not a test: it needs bench/scan's corpus).
// Usage: node bench/scan/same-process.mjs [--base REV] [--rounds N] [REGEX]   (defaults: HEAD~1, 8 rounds, .js/.mjs/.cjs files)
// Both builds' Scanners are created side by side; each round scans every matching file of bench/corpus/tree with one,
// then the other; the first two rounds (compilation) are dropped. Prints min and median CPU ms of each, and the
// parsed and finding counts.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import * as esbuild from "esbuild";

const root = join(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : fallback);
const base = option("--base", "HEAD~1");
const rounds = Number(option("--rounds", "8"));
const pattern = new RegExp(args[0] ?? "\\.(js|mjs|cjs)$");
const tree = join(root, "bench/corpus/tree");

const work = mkdtempSync(join(tmpdir(), "same-process-"));
const oldRoot = join(work, "old");
mkdirSync(oldRoot);
execFileSync("sh", ["-c", `git -C "${root}" archive "${base}" core | tar -x -C "${oldRoot}"`]);
symlinkSync(join(root, "node_modules"), join(oldRoot, "node_modules"));
// Both bundles find the parser runtime and grammars beside them, as dist/'s do.
cpSync(join(root, "node_modules/@vscode/tree-sitter-wasm/wasm"), join(work, "wasm"), { recursive: true });
async function build(sourceRoot, name) {
  const outfile = join(work, `${name}.cjs`);
  await esbuild.build({ stdin: { contents: `export { Scanner } from "./core/scan/scan";`, resolveDir: sourceRoot, loader: "ts" }, nodePaths: [join(root, "node_modules")], bundle: true, platform: "node", format: "cjs", mainFields: ["module", "main"], outfile, logLevel: "error", define: { FLOWGATE_VERSION: '"0"' } });
  return createRequire(import.meta.url)(outfile);
}
const files = [];
(function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (pattern.test(p)) files.push(p);
  }
})(tree);
const scanners = { [base]: await (await build(oldRoot, "old")).Scanner.create({}), "working tree": await (await build(root, "new")).Scanner.create({}) };
const cpu = Object.fromEntries(Object.keys(scanners).map((k) => [k, []]));
const counts = {};
for (let round = 0; round < rounds; round++) {
  for (const [name, scanner] of Object.entries(scanners)) {
    let parsed = 0;
    let findings = 0;
    const start = process.cpuUsage();
    for (const file of files) {
      const r = scanner.scanFile(file, relative(tree, file));
      if (r.parsed) parsed++;
      findings += r.findings.length;
    }
    const used = process.cpuUsage(start);
    cpu[name].push(Math.round((used.user + used.system) / 1000));
    counts[name] = { parsed, findings };
  }
}
for (const [name, all] of Object.entries(cpu)) {
  const kept = all.slice(2).sort((a, b) => a - b);
  console.log(`${name}: CPU min ${kept[0]} ms, median ${kept[kept.length >> 1]} ms (${files.length} files, ${counts[name].parsed} parsed, ${counts[name].findings} findings; rounds ${all.join(" ")})`);
}
