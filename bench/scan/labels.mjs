// Accuracy of the boundary scan on real code nobody here wrote, against committed hand labels.
// Usage: node bench/scan/labels.mjs   (after `npm run build`; installs the exact labelled versions:
// npm packages into the gitignored bench/corpus/labelled/, Debian packages with apt-get)
// Each label says whether the scan should report a boundary finding on that line ("finding") or not
// ("no-finding"), its class and why. A label with a `rule` is judged by that rule's findings alone: the evaluators
// run on code the scan cannot read (class `dynamic-code`, `"rule": "scan/dynamic-code"`: `eval(annotation)`,
// ajv's `new Function(…, sourceCode)`), each read by hand: every one the scan reported in the labelled folders is
// recorded. Prints precision and recall, overall and per class, as markdown.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const root = join(import.meta.dirname, "../..");
const labelDir = join(import.meta.dirname, "labels");
const sets = readdirSync(labelDir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(labelDir, f), "utf8")));
const npmDir = join(root, "bench/corpus/labelled/npm");
const DEBIAN_ROOT = "/usr/lib/python3/dist-packages";
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], ...opts });

// ---- install the exact versions -------------------------------------------------------------------
const npm = sets.filter((s) => s.source === "npm");
const debian = sets.filter((s) => s.source === "debian");
const installed = (s) => JSON.parse(readFileSync(join(npmDir, "node_modules", s.package, "package.json"), "utf8")).version === s.version;
if (npm.some((s) => !existsSync(join(npmDir, "node_modules", s.package, "package.json")) || !installed(s))) {
  mkdirSync(npmDir, { recursive: true });
  writeFileSync(join(npmDir, "package.json"), JSON.stringify({ name: "flowgate-labelled-corpus", private: true }));
  run("npm", ["install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund", ...npm.map((s) => `${s.package}@${s.version}`)], { cwd: npmDir });
}
const dpkgVersion = (pkg) => {
  try {
    return execFileSync("dpkg-query", ["-W", "-f=${Version}", pkg]).toString();
  } catch {
    return undefined;
  }
};
const missing = debian.filter((s) => dpkgVersion(s.package) !== s.version);
if (missing.length) {
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing.map((s) => `${s.package}=${s.version}`)], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

// ---- scan each package's labelled folders (whole folders: names imported from sibling files resolve) ----
const BOUNDARY = new Set(["scan/shell-command", "scan/network-call", "scan/model-sdk", "scan/custom"]);
const rows = [];
for (const set of sets) {
  const base = set.source === "npm" ? join(npmDir, "node_modules", set.package) : DEBIAN_ROOT;
  // A module at the top of dist-packages (sh.py) is scanned alone, not the whole folder.
  const folders = [...new Set(set.labels.map((l) => (dirname(l.file) === "." ? l.file : dirname(l.file))))];
  let out;
  try {
    out = execFileSync("node", [join(root, "dist/cli.js"), "scan", ...folders, "--format", "json", "--fail-on", "never"], { cwd: base, maxBuffer: 1 << 28 }).toString();
  } catch (e) {
    throw new Error(`scanning ${set.package}: ${e.stderr ?? e.message}`);
  }
  const findings = JSON.parse(out).findings;
  const found = new Set(findings.filter((f) => BOUNDARY.has(f.rule)).map((f) => `${f.file}:${f.line}`));
  const foundBy = (rule) => new Set(findings.filter((f) => f.rule === rule).map((f) => `${f.file}:${f.line}`));
  for (const l of set.labels) rows.push({ ...l, package: `${set.package}@${set.version}`, expected: l.label === "finding", reported: (l.rule ? foundBy(l.rule) : found).has(`${l.file}:${l.line}`) });
}

// ---- precision and recall ---------------------------------------------------------------------------
const tally = (list) => {
  const tp = list.filter((r) => r.expected && r.reported).length;
  const fp = list.filter((r) => !r.expected && r.reported).length;
  const fn = list.filter((r) => r.expected && !r.reported).length;
  return { lines: list.length, crossings: list.filter((r) => r.expected).length, tp, fp, fn };
};
const pct = (n, d) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);
const line = (name, t) => `| ${name} | ${t.lines} | ${t.crossings} | ${t.tp} | ${t.fp} | ${t.fn} | ${pct(t.tp, t.tp + t.fp)} | ${pct(t.tp, t.tp + t.fn)} |`;
const byLanguage = (py) => rows.filter((r) => r.file.endsWith(".py") === py);
const classes = [...new Set(rows.map((r) => r.class))].sort();
const md = [
  "| set | labelled lines | crossings | found | false findings | missed | precision | recall |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  line("all", tally(rows)),
  line("Python", tally(byLanguage(true))),
  line("JavaScript", tally(byLanguage(false))),
  ...classes.map((c) => line(`class \`${c}\``, tally(rows.filter((r) => r.class === c)))),
  ...sets.map((s) => line(`${s.package}@${s.version}`, tally(rows.filter((r) => r.package === `${s.package}@${s.version}`)))),
].join("\n");
console.log(md);
const wrong = rows.filter((r) => r.expected !== r.reported);
if (wrong.length) console.log(`\nDisagreements:\n${wrong.map((r) => `- ${r.package} ${r.file}:${r.line} (${r.class}, labelled ${r.label}): ${r.reason}`).join("\n")}`);
mkdirSync(join(root, "bench/out"), { recursive: true });
writeFileSync(join(root, "bench/out/labels-results.json"), JSON.stringify({ rows, markdown: md }, null, 2));
