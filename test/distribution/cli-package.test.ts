// The installable CLI (`npm run pack:cli`): packed, installed offline from its tarball into an empty folder, run.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { grammars } from "../helpers/stage";
import { REPO, runBuiltCli, tempDir } from "../helpers/cli";

const ROOT_MANIFEST = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
let packageDir: string;
let tarball: string;
let installed: string;

/** The installed `flowgate` command, run like a user would (no repository anywhere near). */
function flowgate(args: string[], cwd: string) {
  const r = spawnSync(join(installed, "node_modules", ".bin", "flowgate"), args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const out = tempDir("flowgate-pack-");
  packageDir = join(out, "cli");
  tarball = execFileSync(process.execPath, [join(REPO, "scripts/pack-cli.mjs"), "--out", packageDir, "--tarball"], { encoding: "utf8" }).trim();
  installed = tempDir("flowgate-install-");
  writeFileSync(join(installed, "package.json"), "{}\n");
  // --offline with an empty cache: the tarball must need nothing from a registry.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--cache", tempDir("flowgate-npm-cache-"), tarball], { cwd: installed, stdio: "pipe" });
}, 120_000);

describe("the CLI package", () => {
  it("has its own manifest: scoped name, the repository's version, a bin, files, engines, licence, no dependencies or scripts", () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
    expect(pkg).toMatchObject({
      name: "@flowgate-dev/cli",
      version: ROOT_MANIFEST.version,
      bin: { flowgate: "cli.js" },
      files: ["cli.js", "cli-bundle.js", "lsp.js", "scan-worker.js", "wasm/*.wasm"],
      engines: { node: ">=20" },
      license: "MIT",
      repository: ROOT_MANIFEST.repository,
      bugs: ROOT_MANIFEST.bugs,
    });
    for (const key of ["dependencies", "optionalDependencies", "peerDependencies", "scripts", "private"]) expect(pkg).not.toHaveProperty(key);
  });

  it("the tarball holds exactly the launcher and the bundle, the language server, the scan worker, the five WASM grammars, README and LICENSE", () => {
    const list = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).trim().split("\n").sort();
    expect(list).toEqual([
      "package/LICENSE",
      "package/README.md",
      "package/cli-bundle.js",
      "package/cli.js",
      "package/lsp.js",
      "package/package.json",
      "package/scan-worker.js",
      ...grammars("package/wasm/"),
    ]);
    expect(readFileSync(join(packageDir, "README.md"), "utf8")).toContain("npx @flowgate-dev/cli check");
  });

  it("installed offline, `flowgate --version` prints the package version", () => {
    expect(flowgate(["--version"], installed)).toEqual({ code: 0, stdout: `${ROOT_MANIFEST.version}\n`, stderr: "" });
  });

  it("installed offline, `flowgate check` on examples/ writes the same JSON report as the repository's CLI, byte for byte", () => {
    const examples = join(REPO, "examples");
    const ours = flowgate(["check", ".", "--format", "json"], examples);
    const repo = runBuiltCli(["check", ".", "--format", "json"], { cwd: examples });
    expect(ours.stderr).toBe("");
    expect(ours.code).toBe(1); // examples/ has planted errors
    expect(JSON.parse(ours.stdout).summary.errors).toBeGreaterThan(0);
    expect(ours.stdout).toBe(repo.stdout);
  });

  it("finds its scan worker and WASM grammars beside itself (worker threads on, nothing to resolve from a node_modules)", () => {
    // Enough files that this thread cannot finish before the worker is ready: the worker loads both grammars itself.
    const tree = tempDir();
    for (let i = 0; i < 150; i++) for (const file of ["tools.py", "web.ts"]) writeFileSync(join(tree, `${i}-${file}`), readFileSync(join(REPO, "examples/agent", file)));
    const ours = flowgate(["scan", ".", "--jobs", "2", "--format", "json"], tree);
    expect(ours.stderr).toBe("");
    const report = JSON.parse(ours.stdout);
    expect(report.details.scan.workers).toBe(1); // -j 2: this thread and one worker
    const oneThread = JSON.parse(runBuiltCli(["scan", ".", "--jobs", "1", "--format", "json"], { cwd: tree }).stdout).findings;
    expect(oneThread.filter((f: { rule: string }) => f.rule.startsWith("scan/")).length).toBe(150 * 3);
    expect(report.findings).toEqual(oneThread);
  });
});
