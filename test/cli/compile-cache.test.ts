// dist/cli.js runs the CLI's bundle from a V8 code cache (cli/launch.ts): written once, read after, never trusted
// from a directory others can write to, and never a reason for a run to differ.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { ensureNode24 } from "../../scripts/node24.mjs";
import { REPO, tempDir } from "../helpers/cli";

const CACHE_NAME = /^cli-[0-9a-f]{32}-scan-v\d+\.\d+\.\d+-x64\.v8cache$/;

/** A workspace whose scan goes through the parser runtime: a Python and a TypeScript crossing. */
function workspace(): string {
  const dir = tempDir("flowgate-cache-ws-");
  writeFileSync(join(dir, "agent.py"), "import subprocess\nsubprocess.run(['ls'])\n");
  writeFileSync(join(dir, "web.ts"), "export const get = (u: string) => fetch(u);\n");
  return dir;
}

function flowgate(node: string, cwd: string, env: Record<string, string>) {
  const r = spawnSync(node, [join(REPO, "dist", "cli.js"), "scan", ".", "--format", "json", "--fail-on", "never"], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cacheFiles = (home: string) => (existsSync(join(home, "flowgate")) ? readdirSync(join(home, "flowgate")) : []);

let node24: string;
beforeAll(() => {
  node24 = ensureNode24();
});

describe.each([
  ["Node 20", () => process.execPath],
  ["Node 24", () => node24],
])("the CLI's code cache on %s", (_, node) => {
  it("the first run writes it (a private file in a private directory), later runs read it and give the same output", () => {
    const ws = workspace();
    const uncached = flowgate(node(), ws, { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(uncached.code).toBe(0);
    expect(JSON.parse(uncached.stdout).findings.map((f: { rule: string; file: string; line: number }) => `${f.rule} ${f.file}:${f.line}`)).toEqual(["scan/shell-command agent.py:2", "scan/network-call web.ts:1"]);
    const home = tempDir("flowgate-cache-");
    expect(flowgate(node(), ws, { XDG_CACHE_HOME: home })).toEqual(uncached);
    const [file] = cacheFiles(home);
    expect(cacheFiles(home)).toHaveLength(1);
    expect(file).toMatch(CACHE_NAME);
    expect(statSync(join(home, "flowgate")).mode & 0o777).toBe(0o700);
    expect(statSync(join(home, "flowgate", file!)).mode & 0o777).toBe(0o600);
    const written = readFileSync(join(home, "flowgate", file!));
    const mtime = statSync(join(home, "flowgate", file!)).mtimeMs;
    // Read from the cache, the parser runtime's loader still runs (functions from a cache cannot call import()).
    expect(flowgate(node(), ws, { XDG_CACHE_HOME: home })).toEqual(uncached);
    expect(statSync(join(home, "flowgate", file!)).mtimeMs).toBe(mtime);
    expect(readFileSync(join(home, "flowgate", file!)).equals(written)).toBe(true);
  });

  it("`check`: the scan worker started with the CLI has a cache of its own, written after its first pass, read after, and damage replaced", () => {
    const ws = workspace();
    // Enough work that the worker takes part however late it starts (this thread scans beside it).
    const module = `import os\n${Array.from({ length: 8 }, (_, j) => `def f${j}(p):\n    return [os.path.join(p, "x") for _ in range(${j})]\n`).join("")}`;
    for (let i = 0; i < 300; i++) writeFileSync(join(ws, `m${i}.py`), module);
    const check = (env: Record<string, string>) => {
      const r = spawnSync(node(), [join(REPO, "dist", "cli.js"), "check", ".", "--format", "json", "--fail-on", "never"], { cwd: ws, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: "utf8" });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const uncached = check({ NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(JSON.parse(uncached.stdout).findings.map((f: { rule: string; file: string; line: number }) => `${f.rule} ${f.file}:${f.line}`)).toEqual(["scan/shell-command agent.py:2", "scan/network-call web.ts:1"]);
    const home = tempDir("flowgate-cache-");
    expect(check({ XDG_CACHE_HOME: home })).toEqual(uncached);
    const files = cacheFiles(home).sort();
    expect(files).toEqual([expect.stringMatching(/^cli-[0-9a-f]{32}-check-v\d+\.\d+\.\d+-x64\.v8cache$/), expect.stringMatching(/^scan-worker-[0-9a-f]{32}-scan-v\d+\.\d+\.\d+-x64\.v8cache$/)]);
    const worker = join(home, "flowgate", files[1]!);
    expect(statSync(worker).mode & 0o777).toBe(0o600);
    const mtime = statSync(worker).mtimeMs;
    expect(check({ XDG_CACHE_HOME: home })).toEqual(uncached);
    expect(statSync(worker).mtimeMs).toBe(mtime);
    // Replaced every time: the worker writes it as this thread ends the scan, which waits for it (it once stopped the worker mid-write).
    for (let damaged = 0; damaged < 3; damaged++) {
      const garbage = Buffer.alloc(statSync(worker).size, 0x5a);
      writeFileSync(worker, garbage);
      expect(check({ XDG_CACHE_HOME: home })).toEqual(uncached);
      expect(readFileSync(worker).equals(garbage)).toBe(false);
      expect(statSync(worker).size).toBeGreaterThan(100_000);
    }
  });

  it("a damaged cache is rejected and replaced; the run is unaffected", () => {
    const ws = workspace();
    const home = tempDir("flowgate-cache-");
    const first = flowgate(node(), ws, { XDG_CACHE_HOME: home });
    const [file] = cacheFiles(home);
    const path = join(home, "flowgate", file!);
    const size = statSync(path).size;
    const garbage = Buffer.alloc(size, 0x5a);
    writeFileSync(path, garbage);
    expect(flowgate(node(), ws, { XDG_CACHE_HOME: home })).toEqual(first);
    expect(readFileSync(path).equals(garbage)).toBe(false);
    expect(statSync(path).size).toBeGreaterThan(100_000);
  });
});

describe("where the CLI's code cache is not used", () => {
  it.each(["777", "755"])("a cache directory that is not private (mode %s: others can write, or a checkout made it): nothing is read from or written to it", (mode) => {
    const ws = workspace();
    const home = tempDir("flowgate-cache-");
    mkdirSync(join(home, "flowgate"));
    chmodSync(join(home, "flowgate"), Number.parseInt(mode, 8));
    // A cache of a run that printed nothing: read, it would hide the findings.
    const planted = `cli-${"0".repeat(32)}-scan-${process.version}-x64.v8cache`;
    writeFileSync(join(home, "flowgate", planted), "planted");
    const run = flowgate(process.execPath, ws, { XDG_CACHE_HOME: home });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).findings).toHaveLength(2);
    expect(cacheFiles(home)).toEqual([planted]);
    // Read and rejected, it would have been rewritten.
    expect(readFileSync(join(home, "flowgate", planted), "utf8")).toBe("planted");
  });

  it("a relative XDG_CACHE_HOME (a folder of the workspace) is ignored for ~/.cache", () => {
    const ws = workspace();
    const home = tempDir("flowgate-home-");
    const run = spawnSync(process.execPath, [join(REPO, "dist", "cli.js"), "scan", ".", "--format", "json", "--fail-on", "never"], { cwd: ws, env: { PATH: process.env.PATH, HOME: home, XDG_CACHE_HOME: "cache" }, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(existsSync(join(ws, "cache"))).toBe(false);
    expect(readdirSync(join(home, ".cache", "flowgate"))).toEqual([expect.stringMatching(CACHE_NAME)]);
  });

  it("NODE_DISABLE_COMPILE_CACHE: nothing is written", () => {
    const home = tempDir("flowgate-cache-");
    expect(flowgate(process.execPath, workspace(), { XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: "1" }).code).toBe(0);
    expect(existsSync(join(home, "flowgate"))).toBe(false);
  });

  it("a cache location that cannot be created: the run goes on uncached, quietly", () => {
    const home = tempDir("flowgate-cache-");
    writeFileSync(join(home, "flowgate"), "a file where the directory would be");
    const run = flowgate(process.execPath, workspace(), { XDG_CACHE_HOME: home });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).findings).toHaveLength(2);
  });

  it("each command has its own cache; a new bundle's replaces the old bundles' for the same Node, and leaves other Nodes' alone", () => {
    const home = tempDir("flowgate-cache-");
    mkdirSync(join(home, "flowgate"), { mode: 0o700 });
    const older = [`cli-${"1".repeat(32)}-scan-${process.version}-x64.v8cache`, `cli-${"1".repeat(32)}-check-${process.version}-x64.v8cache`];
    const otherNode = `cli-${"1".repeat(32)}-scan-v99.0.0-x64.v8cache`;
    for (const name of [...older, otherNode]) writeFileSync(join(home, "flowgate", name), "old");
    const ws = workspace();
    expect(flowgate(process.execPath, ws, { XDG_CACHE_HOME: home }).code).toBe(0);
    const version = spawnSync(process.execPath, [join(REPO, "dist", "cli.js"), "--version"], { cwd: ws, env: { PATH: process.env.PATH, XDG_CACHE_HOME: home }, encoding: "utf8" });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const files = cacheFiles(home).sort();
    expect(files).toHaveLength(3);
    expect(files).toContain(otherNode);
    expect(files.filter((f) => f !== otherNode).map((f) => f.replace(/^cli-[0-9a-f]{32}-/, ""))).toEqual([`other-${process.version}-x64.v8cache`, `scan-${process.version}-x64.v8cache`]);
  });
});

describe("the code cache's temporaries", () => {
  it("a temporary left by a writer that died before renaming it is removed when a cache is written; a live writer's is kept", () => {
    const home = tempDir("flowgate-cache-");
    mkdirSync(join(home, "flowgate"), { mode: 0o700 });
    const ended = spawnSync(process.execPath, ["-e", "0"]).pid!;
    const cache = `cli-${"1".repeat(32)}-scan-${process.version}-x64.v8cache`;
    const [dead, live, otherKind] = [`${cache}.${ended}.0`, `${cache}.${process.pid}.0`, `scan-worker-${"1".repeat(32)}-scan-${process.version}-x64.v8cache.${ended}.1`];
    for (const name of [dead, live, otherKind]) writeFileSync(join(home, "flowgate", name), "partial");
    expect(flowgate(process.execPath, workspace(), { XDG_CACHE_HOME: home }).code).toBe(0);
    const files = cacheFiles(home);
    expect(files).not.toContain(dead);
    expect(files).toContain(live);
    // Each kind's writer cleans its own kind's: the scan worker's (this small scan starts none) is left to it.
    expect(files).toContain(otherKind);
    expect(files.filter((f) => CACHE_NAME.test(f))).toHaveLength(1);
  });
});
