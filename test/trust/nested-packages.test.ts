import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aliasPrefixes } from "../../core/scan/aliases";
import { FakeGitHub } from "../action/fake-github";
import { runBuiltCli, tempDir } from "../helpers/cli";
import { gate, pullRequest, scanAnnotations as annotations } from "./pr";

// Node resolves a `#name` specifier by the package.json nearest above the importing file (a nested one without
// `imports` ends the lookup: ERR_PACKAGE_IMPORT_NOT_DEFINED), and a package's own name by that same package.json's
// `exports`: the scan resolves them alike, in a monorepo's packages as at the root.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

function write(dir: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const RAW = 'export { exec } from "child_process";\n';
const HARMLESS = "export const exec = (command) => command;\n";
const RUN = 'import { exec } from "#gw";\n\nexec("echo ran");\n';

/** `flowgate check --only scan` on a folder: exit code and `file:line:column rule` of each finding, sorted. */
function check(dir: string): [number, string[]] {
  const r = runBuiltCli(["check", dir, "--only", "scan", "--format", "json"]);
  const findings = (JSON.parse(r.stdout).findings as { rule: string; file: string; line: number; column: number }[]).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`);
  return [r.code, findings.sort()];
}

/** Node itself on one file of the tree: what it printed, or the error code it stopped with. */
function node(dir: string, file: string): string {
  const r = spawnSync(process.execPath, [join(dir, file)], { encoding: "utf8", timeout: 20_000 });
  return r.status === 0 ? r.stdout.trim() : (/ERR_[A-Z_]+/.exec(r.stderr)?.[0] ?? r.stderr);
}

/** A package's `exec` that echoes through the shell, as Node loads it: `echo ran` prints. */
const RUN_PRINTING = 'import { exec } from "#gw";\n\nexec("echo ran", (e, out) => console.log(out.trim()));\n';

describe("a nested package.json's `imports` and self-referenced `exports` (the nearest package.json governs, as Node's)", () => {
  it("scan/shell-command: packages/agent's `#gw` (a condition object) maps to a file re-exporting child_process (CLI check; Node runs it)", () => {
    const dir = write(tempDir(), {
      "package.json": json({ name: "mono", private: true }),
      "packages/agent/package.json": json({ name: "@acme/agent", type: "module", imports: { "#gw": { node: "./src/shell.js", default: "./src/safe.js" } } }),
      "packages/agent/src/shell.js": RAW,
      "packages/agent/src/safe.js": HARMLESS,
      "packages/agent/src/run.js": RUN_PRINTING,
    });
    expect(node(dir, "packages/agent/src/run.js")).toBe("ran");
    expect(check(dir)).toEqual([1, ["packages/agent/src/run.js:3:1 scan/shell-command"]]);
    const r = runBuiltCli(["check", dir, "--only", "scan", "--format", "json"]);
    expect(JSON.parse(r.stdout).findings[0].message).toContain('Resolved through line 1 `import { exec } from "#gw";` ← packages/agent/src/shell.js line 1 `export { exec } from "child_process";`.');
  });

  it("clean look-alike: the nested `#gw` maps to a harmless file while the root's `#gw` maps to the raw one (CLI check)", () => {
    const dir = write(tempDir(), {
      "package.json": json({ name: "mono", private: true, imports: { "#gw": "./lib/shell.js" } }),
      "lib/shell.js": RAW,
      "packages/agent/package.json": json({ name: "@acme/agent", type: "module", imports: { "#gw": "./src/safe.js" } }),
      "packages/agent/src/safe.js": HARMLESS,
      "packages/agent/src/run.js": RUN,
    });
    expect(check(dir)).toEqual([0, []]);
  });

  it("a nested package.json without `imports` ends the lookup: the root's `#gw` does not apply under it (Node: ERR_PACKAGE_IMPORT_NOT_DEFINED), and still does to the root's own files", () => {
    const dir = write(tempDir(), {
      "package.json": json({ name: "mono", private: true, type: "module", imports: { "#gw": "./lib/shell.js" } }),
      "lib/shell.js": RAW,
      "lib/run.js": RUN_PRINTING,
      "packages/agent/package.json": json({ name: "@acme/agent", type: "module" }),
      "packages/agent/src/run.js": RUN_PRINTING,
    });
    expect(node(dir, "packages/agent/src/run.js")).toBe("ERR_PACKAGE_IMPORT_NOT_DEFINED");
    expect(node(dir, "lib/run.js")).toBe("ran");
    expect(check(dir)).toEqual([1, ["lib/run.js:3:1 scan/shell-command"]]);
  });

  it("scan/shell-command: a nested package's own name (`@acme/agent/gw`) resolves through its `exports` inside it, not from outside it (CLI check; Node alike)", () => {
    const use = 'import { exec } from "@acme/agent/gw";\n\nexec("echo ran", (e, out) => console.log(out.trim()));\n';
    const dir = write(tempDir(), {
      "package.json": json({ name: "mono", private: true, type: "module" }),
      "packages/agent/package.json": json({ name: "@acme/agent", type: "module", exports: { ".": "./src/index.js", "./gw": "./src/shell.js" } }),
      "packages/agent/src/shell.js": RAW,
      "packages/agent/src/run.js": use,
      // Outside the package (no workspaces: nothing links it under node_modules), the name names no file.
      "tools/run.js": use,
    });
    expect(node(dir, "packages/agent/src/run.js")).toBe("ran");
    expect(node(dir, "tools/run.js")).toBe("ERR_MODULE_NOT_FOUND");
    expect(check(dir)).toEqual([1, ["packages/agent/src/run.js:3:1 scan/shell-command"]]);
  });

  it("scan/shell-command: a CommonJS `require(\"#gw\")` in a nested package two folders below its package.json (CLI check)", () => {
    const dir = write(tempDir(), {
      "package.json": json({ name: "mono", private: true }),
      "apps/bot/package.json": json({ name: "bot", imports: { "#gw/*": "./lib/*.js" } }),
      "apps/bot/lib/shell.js": 'module.exports = require("child_process");\n',
      "apps/bot/src/deep/run.js": 'const { execSync } = require("#gw/shell");\n\nexecSync("echo ran");\n',
    });
    expect(execFileSync(process.execPath, [join(dir, "apps/bot/src/deep/run.js")], { encoding: "utf8" })).toBe("");
    expect(check(dir)).toEqual([1, ["apps/bot/src/deep/run.js:3:1 scan/shell-command"]]);
  });
});

describe("a pull request changing a nested package.json's `imports` (built Action)", () => {
  const manifest = (target: string) => json({ name: "@acme/agent", private: true, imports: { "#gw": target }, dependencies: { zod: "3.23.8" } });
  const base = (dir: string) => {
    write(dir, {
      "package.json": json({ name: "mono", private: true, workspaces: ["packages/*"] }),
      "packages/agent/package.json": manifest("./src/safe.js"),
      "packages/agent/src/safe.js": HARMLESS,
      "packages/agent/src/raw.js": RAW,
      "packages/agent/src/run.js": RUN,
    });
  };

  it("scan/shell-command: a pull request that only remaps packages/agent's `#gw` to a file re-exporting child_process fails at the unchanged caller", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "packages/agent/package.json"), manifest("./src/raw.js")), base);
    expect(pr.files.map((f) => f.filename)).toEqual(["packages/agent/package.json"]);
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command packages/agent/src/run.js 3 1"]]);
    expect(r.commands.find((c) => c.includes("file=packages/agent/src/run.js"))).toContain('Resolved through line 1 `import { exec } from "#gw";` ← packages/agent/src/raw.js line 1 `export { exec } from "child_process";`.');
  });

  it("clean look-alikes: a pull request remapping the nested `#gw` to another harmless file, or bumping only a dependency, passes", async () => {
    const remap = await pullRequest((dir) => {
      writeFileSync(join(dir, "packages/agent/src/quiet.js"), HARMLESS);
      writeFileSync(join(dir, "packages/agent/package.json"), manifest("./src/quiet.js"));
    }, base);
    const bump = await pullRequest((dir) => writeFileSync(join(dir, "packages/agent/package.json"), manifest("./src/safe.js").replace("3.23.8", "3.23.9")), base);
    for (const pr of [remap, bump]) {
      const r = await gate(api, pr);
      expect([r.code, annotations(r.commands)]).toEqual([0, []]);
    }
  });

  it("scan/shell-command: a pull request that only deletes a nested package.json lets the root's `#gw` reach the unchanged caller below it", async () => {
    const pr = await pullRequest(
      (dir) => {
        spawnSync("git", ["rm", "-q", "packages/agent/package.json"], { cwd: dir });
      },
      (dir) =>
        write(dir, {
          "package.json": json({ name: "mono", private: true, imports: { "#gw": "./lib/raw.js" } }),
          "lib/raw.js": RAW,
          "packages/agent/package.json": json({ name: "@acme/agent", private: true }),
          "packages/agent/src/run.js": RUN,
        }),
    );
    expect(pr.files.map((f) => f.filename)).toEqual(["packages/agent/package.json"]);
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command packages/agent/src/run.js 3 1"]]);
  });
});

describe("a workspace package imported by its name from a sibling (the root's `workspaces`; npm links it under node_modules)", () => {
  const tree = (root: Record<string, unknown>, shell: Record<string, unknown>, shellAt = "packages/shell") => ({
    "package.json": json(root),
    [`${shellAt}/package.json`]: json(shell),
    [`${shellAt}/lib/index.js`]: 'module.exports = require("child_process");\n',
    [`${shellAt}/lib/quiet.js`]: "exports.execSync = (command) => command;\n",
    "packages/agent/package.json": json({ name: "@acme/agent", version: "1.0.0" }),
    "packages/agent/src/run.js": 'const { execSync } = require("@acme/shell");\n\nexecSync("echo ran");\n',
    "packages/agent/src/tools.js": 'const { execSync } = require("@acme/shell/tools");\n\nexecSync("echo ran");\n',
  });

  it("scan/shell-command: `require(\"@acme/shell\")` reaches packages/shell's `main`, `@acme/shell/tools` its `exports` subpath (CLI check)", () => {
    const byMain = write(tempDir(), tree({ name: "mono", private: true, workspaces: ["packages/*"] }, { name: "@acme/shell", main: "lib/index" }));
    expect(check(byMain)).toEqual([1, ["packages/agent/src/run.js:3:1 scan/shell-command"]]);
    const byExports = write(tempDir(), tree({ name: "mono", private: true, workspaces: { packages: ["packages/*"] } }, { name: "@acme/shell", main: "./lib/quiet.js", exports: { ".": "./lib/quiet.js", "./tools": "./lib/index.js" } }));
    expect(check(byExports)).toEqual([1, ["packages/agent/src/tools.js:3:1 scan/shell-command"]]);
    // Without `exports`, a file of the package by its path; with them, only what they list.
    const deep = 'const { execSync } = require("@acme/shell/lib/index.js");\n\nexecSync("echo ran");\n';
    writeFileSync(join(byMain, "packages/agent/src/deep.js"), deep);
    writeFileSync(join(byExports, "packages/agent/src/deep.js"), deep);
    expect(check(byMain)).toEqual([1, ["packages/agent/src/deep.js:3:1 scan/shell-command", "packages/agent/src/run.js:3:1 scan/shell-command"]]);
    expect(check(byExports)).toEqual([1, ["packages/agent/src/tools.js:3:1 scan/shell-command"]]);
  });

  it("clean look-alikes: no `workspaces` at the root, a package outside the workspace globs, or a harmless `main`: nothing is reached (CLI check)", () => {
    const shell = { name: "@acme/shell", main: "lib/index.js" };
    expect(check(write(tempDir(), tree({ name: "mono", private: true }, shell)))).toEqual([0, []]);
    expect(check(write(tempDir(), tree({ name: "mono", private: true, workspaces: ["packages/*"] }, shell, "tools/shell")))).toEqual([0, []]);
    expect(check(write(tempDir(), tree({ name: "mono", private: true, workspaces: ["packages/*"] }, { name: "@acme/shell", main: "lib/quiet.js" })))).toEqual([0, []]);
  });

  it("scan/shell-command: a pull request that only points packages/shell's `main` at the raw file fails at the unchanged sibling caller (built Action)", async () => {
    const manifest = (main: string) => json({ name: "@acme/shell", version: "1.0.0", main });
    const pr = await pullRequest(
      (dir) => writeFileSync(join(dir, "packages/shell/package.json"), manifest("lib/index.js")),
      (dir) => write(dir, tree({ name: "mono", private: true, workspaces: ["packages/*"] }, JSON.parse(manifest("lib/quiet.js")))),
    );
    expect(pr.files.map((f) => f.filename)).toEqual(["packages/shell/package.json"]);
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command packages/agent/src/run.js 3 1"]]);
    expect(r.commands.find((c) => c.includes("file=packages/agent/src/run.js"))).toContain('Resolved through line 1 `require("@acme/shell")` ← packages/shell/lib/index.js line 1 `module.exports = require("child_process")`');
  });
});

describe("bounds on the package.json files read", () => {
  it("scan/skipped-file: past 10,000 package.json files the rest are not read, and fail closed (CLI check)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), json({ name: "mono" }));
    for (let i = 0; i <= 10_000; i++) write(dir, { [`pkgs/p${String(i).padStart(5, "0")}/package.json`]: "{}\n" });
    const r = runBuiltCli(["check", dir, "--only", "scan", "--format", "json"]);
    const findings = JSON.parse(r.stdout).findings as { rule: string; file: string; line: number; column: number; message: string }[];
    // The root's and 9,999 nested ones are read.
    expect([r.code, findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)]).toEqual([1, ["pkgs/p09999/package.json:1:1 scan/skipped-file", "pkgs/p10000/package.json:1:1 scan/skipped-file"]]);
    expect(findings[0]!.message).toContain("it is one of more than 10000 package.json files, whose imports and exports are not read");
  });

  it("scan/shell-command: 300 packages each exporting under its own name: their names are looked for by first character, and a self-reference is still found (CLI check)", () => {
    const dir = write(tempDir(), { "package.json": json({ name: "mono", private: true }) });
    for (let i = 0; i < 300; i++) write(dir, { [`pkgs/p${i}/package.json`]: json({ name: `tool-${i}`, exports: { "./gw": "./shell.js" } }) });
    write(dir, {
      "pkgs/p299/shell.js": RAW,
      "pkgs/p299/run.mjs": 'import { exec } from "tool-299/gw";\n\nexec("ls");\n',
      // Another package's name from inside p298: Node does not self-resolve it (no workspaces link it).
      "pkgs/p298/shell.js": HARMLESS,
      "pkgs/p298/run.mjs": 'import { exec } from "tool-299/gw";\n\nexec("ls");\n',
    });
    expect(check(dir)).toEqual([1, ["pkgs/p299/run.mjs:3:1 scan/shell-command"]]);
    const packages = new Map(Array.from({ length: 300 }, (_, i): [string, [string, string[]][]] => [`pkgs/p${i}`, [[`tool-${i}/gw`, [`pkgs/p${i}/shell.js`]], ["#gw", ["x.js"]]]]));
    expect(aliasPrefixes({ base: "", baseUrl: false, paths: [["@/*", ["src/*"]]], packages })).toEqual(["@/", "t", "#"]);
    expect(aliasPrefixes({ base: "", baseUrl: false, paths: [], packages: new Map([...packages].slice(0, 2)) })).toEqual(["tool-0", "#", "tool-1"]);
  });
});

describe("a hostile nested package.json", () => {
  it("scan/shell-command: one nesting its exports and imports 200,000 deep is read to its end (no stack overflow, exit 1 not 3; CLI check)", () => {
    const depth = 200_000;
    const dir = write(tempDir(), {
      "package.json": json({ name: "mono", private: true }),
      "packages/deep/package.json": `{"name":"deep","exports":${'{"a":'.repeat(depth)}"./x.js"${"}".repeat(depth)},"imports":{"#gw":${"[".repeat(depth)}"./shell.js"${"]".repeat(depth)}}}`,
      "packages/deep/shell.js": RAW,
      "packages/deep/run.mjs": RUN,
    });
    expect(check(dir)).toEqual([1, ["packages/deep/run.mjs:3:1 scan/shell-command"]]);
  });
});

describe("a `#` name a package.json maps to a package, not a file (`\"#cp\": \"child_process\"`)", () => {
  /** `exec` of the `#` name, echoing through the shell as Node loads it (Node 20 loads a builtin target for an ES module's import). */
  const RUN_CP = 'import { exec } from "#cp";\n\nexec("echo ran", (e, out) => console.log(out.trim()));\n';

  it("scan/shell-command: the root's `#cp` to child_process, a condition object's watched branch in either order, a nested package's own, `require` and `import()` too (CLI check; Node runs the ES module)", () => {
    const dir = write(tempDir(), {
      "package.json": json({ name: "mono", type: "module", imports: { "#cp": "child_process", "#either": { default: "./shim.js", node: "node:child_process" } } }),
      "shim.js": HARMLESS,
      "run.js": RUN_CP,
      "either.js": 'import * as cp from "#either";\n\ncp.execSync("echo ran");\n',
      "load.cjs": 'require("#cp").execSync("echo ran");\nconst later = async () => (await import("#cp")).spawn("ls");\n',
      "packages/a/package.json": json({ name: "a", type: "module", imports: { "#sh": { node: "child_process", default: "./shim.js" } } }),
      "packages/a/shim.js": HARMLESS,
      "packages/a/src/run.js": 'import { execSync as run } from "#sh";\nrun("echo ran");\n',
    });
    expect(node(dir, "run.js")).toBe("ran");
    expect(check(dir)).toEqual([1, ["either.js:3:1 scan/shell-command", "load.cjs:1:1 scan/shell-command", "load.cjs:2:27 scan/shell-command", "packages/a/src/run.js:2:1 scan/shell-command", "run.js:3:1 scan/shell-command"]]);
  });

  it("clean look-alikes: `#cp` to a harmless shim file, `#utils` to an unwatched package, a nested package.json without `imports` under the root's `#cp` (Node: not defined there)", () => {
    const dir = write(tempDir(), {
      "package.json": json({ name: "mono", type: "module", imports: { "#cp": "./cp-shim.js", "#utils": "lodash", "#root": "child_process" } }),
      "cp-shim.js": "export const execSync = (command) => command;\nexport const exec = (command, done) => done(null, command);\n",
      "run.js": 'import { execSync } from "#cp";\nimport { get } from "#utils";\nexecSync("echo ran");\nget({}, "a");\n',
      "packages/b/package.json": json({ name: "b", type: "module" }),
      "packages/b/run.js": 'import { execSync } from "#root";\nexecSync("echo ran");\n',
    });
    expect(node(dir, "packages/b/run.js")).toBe("ERR_PACKAGE_IMPORT_NOT_DEFINED");
    expect(check(dir)).toEqual([0, []]);
  });

  it("scan/shell-command: a pull request adding `\"#cp\": \"child_process\"` and its import fails; one that only remaps an unchanged caller's `#gw` from a file to child_process fails at the caller (built Action)", async () => {
    const added = await pullRequest((dir) => {
      write(dir, {
        "package.json": json({ name: "agent", private: true, type: "module", imports: { "#cp": "child_process" } }),
        "agent/run_cp.js": RUN_CP,
      });
    });
    const r = await gate(api, added);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command agent/run_cp.js 3 1"]]);
    const manifest = (target: string) => json({ name: "@acme/agent", private: true, type: "module", imports: { "#gw": target } });
    const remapped = await pullRequest(
      (dir) => writeFileSync(join(dir, "packages/agent/package.json"), manifest("child_process")),
      (dir) => write(dir, { "packages/agent/package.json": manifest("./src/safe.js"), "packages/agent/src/safe.js": HARMLESS, "packages/agent/src/run.js": RUN }),
    );
    expect(remapped.files.map((f) => f.filename)).toEqual(["packages/agent/package.json"]);
    const s = await gate(api, remapped);
    expect([s.code, annotations(s.commands)]).toEqual([1, ["scan/shell-command packages/agent/src/run.js 3 1"]]);
  });

  it("clean: a pull request adding `\"#cp\": \"./cp-shim.js\"` with a harmless shim and its import passes (built Action)", async () => {
    const pr = await pullRequest((dir) => {
      write(dir, {
        "package.json": json({ name: "agent", private: true, type: "module", imports: { "#cp": "./cp-shim.js" } }),
        "cp-shim.js": "export const exec = (command, done) => done(null, command);\n",
        "agent/run_cp.js": RUN_CP,
      });
    });
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([0, []]);
  });
});
