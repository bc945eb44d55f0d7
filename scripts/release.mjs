// What .github/workflows/release.yml runs before it creates the GitHub release (and what a test runs locally):
// checks that the tag, package.json and CHANGELOG.md agree on one version, packages the extension (`npm run package`,
// whose vscode:prepublish builds dist/), packs the CLI from that dist/, and writes into --out DIR:
//   flowgate-X.Y.Z.vsix, flowgate-dev-cli-X.Y.Z.tgz, notes.md (the CHANGELOG section), SHA256SUMS.
// Usage: node scripts/release.mjs [--tag vX.Y.Z] [--out DIR]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const out = resolve(option("--out") ?? join(root, "build", "release"));
const tag = option("--tag");

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
if (tag !== undefined && tag !== `v${version}`) fail(`tag ${tag} does not match package.json's version ${version} (expected v${version})`);

/** The CHANGELOG section of this version: from its `## [X.Y.Z]` heading to the next `## ` heading. */
function releaseNotes(changelog) {
  const lines = changelog.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) fail(`CHANGELOG.md has no "## [${version}]" section`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  const body = lines.slice(start + 1, end < 0 ? undefined : end).join("\n").trim();
  if (!body) fail(`CHANGELOG.md's "## [${version}]" section is empty`);
  return body + "\n";
}
const notes = releaseNotes(readFileSync(join(root, "CHANGELOG.md"), "utf8"));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const run = (command, commandArgs) => execFileSync(command, commandArgs, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
run("npm", ["run", "package"]);
renameSync(join(root, "flowgate.vsix"), join(out, `flowgate-${version}.vsix`));
run(process.execPath, [join(root, "scripts", "pack-cli.mjs"), "--out", join(out, "cli"), "--tarball"]);
rmSync(join(out, "cli"), { recursive: true });
writeFileSync(join(out, "notes.md"), notes);

const assets = readdirSync(out).filter((f) => f.endsWith(".vsix") || f.endsWith(".tgz")).sort();
const sums = assets.map((f) => `${createHash("sha256").update(readFileSync(join(out, f))).digest("hex")}  ${f}\n`).join("");
writeFileSync(join(out, "SHA256SUMS"), sums);
console.log(`release ${version}: ${[...assets, "SHA256SUMS", "notes.md"].map((f) => join(out, f)).join(", ")}`);
