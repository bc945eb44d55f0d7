import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { git, gitRepoFrom, runBuiltCli, tempDir } from "../helpers/cli";

// scan/compiled-module: compiled code an import loads as it loads a source, which the scan cannot read. Python finds
// an extension module before the `.py` beside it, bytecode where no source is, and a hash-based cache in place of its
// source; Node's require finds `x.node` where no `x.js` is. Each runs here for real first (python3, node).

const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0]);
const BYPASS = "; what it runs could bypass the tool gateway's policy, approvals, budgets, idempotency ledger and audit.";

function write(root: string, path: string, content: string | Buffer) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** CPython's own compile of `source` to `cfile` (timestamp, checked-hash or unchecked-hash, PEP 552). */
function pyCompile(source: string, cfile: string, mode: "TIMESTAMP" | "CHECKED_HASH" | "UNCHECKED_HASH") {
  execFileSync("python3", ["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True, invalidation_mode=py_compile.PycInvalidationMode[sys.argv[3]])", source, cfile, mode]);
}

interface Json {
  findings: { rule: string; file: string; line: number; column: number; message: string }[];
}

function scan(root: string, ...args: string[]) {
  const r = runBuiltCli(["scan", ".", "--format", "json", ...args], { cwd: root });
  const findings = (JSON.parse(r.stdout) as Json).findings.filter((f) => f.rule === "scan/compiled-module");
  return { code: r.code, findings, files: findings.map((f) => f.file) };
}

/** A clean `helper.py` and, in place of it, caches of a module that prints EVIL, as a change could commit them. */
function plantCaches(root: string) {
  write(root, "agent/helper.py", "print('clean')\n");
  write(root, "agent/evil.py", "print('EVIL')\n");
  pyCompile(join(root, "agent/evil.py"), join(root, "agent/__pycache__/helper.cpython-311.pyc"), "UNCHECKED_HASH");
  // A checked cache of the evil code, given the clean source's hash: Python compares only that hash.
  pyCompile(join(root, "agent/helper.py"), join(root, "clean.pyc"), "CHECKED_HASH");
  pyCompile(join(root, "agent/evil.py"), join(root, "agent/__pycache__/helper.cpython-312.pyc"), "CHECKED_HASH");
  execFileSync("python3", ["-c", "import sys; c = open(sys.argv[1], 'rb').read(); e = bytearray(open(sys.argv[2], 'rb').read()); e[8:16] = c[8:16]; open(sys.argv[2], 'wb').write(e)", join(root, "clean.pyc"), join(root, "agent/__pycache__/helper.cpython-312.pyc")]);
  execFileSync("rm", [join(root, "agent/evil.py"), join(root, "clean.pyc")]);
}

describe("scan/compiled-module: compiled code an import loads, which the scan cannot read", () => {
  it("scan/compiled-module: a bytecode cache with an unchecked hash, and one with a checked hash forged, run in place of a clean source (python3 runs them; the scan reports both)", () => {
    const root = tempDir();
    plantCaches(root);
    const run = (cache: string) => {
      const tree = tempDir();
      write(tree, "helper.py", "print('clean')\n");
      execFileSync("cp", [join(root, "agent/__pycache__", cache), join(tree, "cache.pyc")]);
      // The interpreter here reads its own tag's cache: the planted file is put under that tag's name.
      execFileSync("python3", ["-c", "import importlib.util, os, sys; os.makedirs('__pycache__'); os.rename('cache.pyc', importlib.util.cache_from_source('helper.py'))"], { cwd: tree });
      return execFileSync("python3", ["-c", "import helper"], { cwd: tree, encoding: "utf8" });
    };
    expect([run("helper.cpython-311.pyc"), run("helper.cpython-312.pyc")]).toEqual(["EVIL\n", "EVIL\n"]);
    const r = scan(root);
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      "agent/__pycache__/helper.cpython-311.pyc:1:1 Code the scan cannot read, a bytecode cache with an unchecked hash: Python runs it in place of `agent/helper.py` without comparing the two" + BYPASS,
      "agent/__pycache__/helper.cpython-312.pyc:1:1 Code the scan cannot read, a bytecode cache with a checked hash: Python runs it in place of `agent/helper.py` comparing only the source's hash written in it, not the code it holds" + BYPASS,
    ]);
  });

  it("scan/compiled-module: extension modules, sourceless bytecode and a Node addon, each with what loads it", () => {
    const root = tempDir();
    write(root, "agent/helper.py", "print('clean')\n");
    write(root, "agent/helper.cpython-311-x86_64-linux-gnu.so", ELF);
    write(root, "agent/codec.abi3.so", ELF);
    write(root, "agent/win.cp311-win_amd64.pyd", ELF);
    write(root, "agent/old.py", "import os\nos.system('sh')\n");
    pyCompile(join(root, "agent/old.py"), join(root, "agent/old.pyc"), "TIMESTAMP");
    execFileSync("rm", [join(root, "agent/old.py")]);
    write(root, "tools/native/pty.node", ELF);
    // Node loads the addon for `require("./pty")`: the random bytes fail as a shared object, after Node chose the file.
    const node = execFileSync(process.execPath, ["-e", "try { require('./tools/native/pty') } catch (e) { console.log(e.code, e.message.includes('pty.node')) }"], { cwd: root, encoding: "utf8" });
    expect(node).toBe("ERR_DLOPEN_FAILED true\n");
    const r = scan(root);
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.slice(0, -BYPASS.length)}`)).toEqual([
      "agent/codec.abi3.so:1:1 Code the scan cannot read, a Python extension module: `import codec` beside it loads it, before any `codec.py` there",
      "agent/helper.cpython-311-x86_64-linux-gnu.so:1:1 Code the scan cannot read, a Python extension module: `import helper` beside it loads it, before any `helper.py` there",
      "agent/old.pyc:1:1 Code the scan cannot read, Python bytecode: `import old` beside it loads it where no `old.py` is",
      "agent/win.cp311-win_amd64.pyd:1:1 Code the scan cannot read, a Python extension module: `import win` beside it loads it, before any `win.py` there",
      'tools/native/pty.node:1:1 Code the scan cannot read, a Node addon: `require("./pty")` beside it loads it where no `pty.js` is',
    ]);
  });

  it("scan/compiled-module: zip archives of Python modules by their names (a wheel, an egg, a `.pyz` after its `#!` line, a `.zip`); a zip of data and a zip-named text file are not", () => {
    const root = tempDir();
    const pack = "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n    for name in sys.argv[2:]: z.writestr(name, 'import os\\nos.system(\"sh\")\\n')\n";
    mkdirSync(join(root, "agent/pkgs"), { recursive: true });
    for (const [file, ...names] of [["agent/pkgs/tools-1.0-py3-none-any.whl", "tools/__init__.py", "tools/shell.py", "tools/net.py", "tools/io.py"], ["agent/pkgs/old.egg", "old.pyc"], ["agent/pkgs/inner.zip", "inner.py"], ["agent/pkgs/data.zip", "a.json"]]) {
      execFileSync("python3", ["-c", pack, join(root, file!), ...names]);
    }
    write(root, "agent/app.pyz", Buffer.concat([Buffer.from("#!/usr/bin/env python3\n"), readFileSync(join(root, "agent/pkgs/inner.zip"))]));
    write(root, "agent/notes.zip", "not an archive\n");
    const r = scan(root);
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.slice(0, -BYPASS.length)}`)).toEqual([
      "agent/app.pyz:1:1 Code the scan cannot read, a zip archive of Python modules, which Python imports from when it is on its path (`inner.py`)",
      "agent/pkgs/inner.zip:1:1 Code the scan cannot read, a zip archive of Python modules, which Python imports from when it is on its path (`inner.py`)",
      "agent/pkgs/old.egg:1:1 Code the scan cannot read, a zip archive of Python modules, which Python imports from when it is on its path (`old.pyc`)",
      "agent/pkgs/tools-1.0-py3-none-any.whl:1:1 Code the scan cannot read, a zip archive of Python modules, which Python imports from when it is on its path (`tools/__init__.py`, `tools/shell.py`, `tools/net.py` and 1 more)",
    ]);
  });

  it("scan/compiled-module is clean for caches Python writes as it runs (stamped with the source's time), short or foreign .pyc headers, and other binaries", () => {
    const root = tempDir();
    write(root, "agent/helper.py", "print('clean')\n");
    execFileSync("python3", ["-c", "import helper"], { cwd: join(root, "agent") });
    pyCompile(join(root, "agent/helper.py"), join(root, "agent/__pycache__/helper.cpython-39.pyc"), "TIMESTAMP");
    write(root, "agent/__pycache__/short.cpython-311.pyc", Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0x01]));
    write(root, "agent/__pycache__/text.cpython-311.pyc", "not bytecode\n");
    write(root, "agent/libcrypto.so.3", ELF);
    write(root, "agent/helper.dll", ELF);
    write(root, "agent/model.wasm", ELF);
    const r = scan(root);
    expect([r.code, r.files]).toEqual([0, []]);
  });

  it("scan/compiled-module judges a module where its source would be scanned: scan.include, scan.exclude, default excludes, scan.rules", () => {
    const root = tempDir();
    for (const dir of ["src", "tools", "src/prebuilt", "build/lib", "node_modules/pty/build/Release", "vendor"]) write(root, `${dir}/m.abi3.so`, ELF);
    write(root, "node_modules/pty/build/Release/pty.node", ELF);
    expect(scan(root).files).toEqual(["src/m.abi3.so", "src/prebuilt/m.abi3.so", "tools/m.abi3.so"]);
    write(root, ".flowgate.yml", 'scan:\n  include: ["src/**/*.py"]\n  exclude: ["src/prebuilt/**"]\n');
    expect(scan(root).files).toEqual(["src/m.abi3.so"]);
    write(root, ".flowgate.yml", "scan:\n  default-excludes: false\n");
    expect(scan(root).files).toEqual(["build/lib/m.abi3.so", "src/m.abi3.so", "src/prebuilt/m.abi3.so", "tools/m.abi3.so", "vendor/m.abi3.so"]);
    write(root, ".flowgate.yml", "scan:\n  rules:\n    scan/compiled-module: off\n");
    expect(scan(root)).toMatchObject({ code: 0, files: [] });
  });

  it("scan/compiled-module: the staged files of a commit (pre-commit's `flowgate check FILES`), in a default-excluded folder too; shards judge each module once", () => {
    const root = tempDir();
    write(root, "agent/use.py", "import helper\n");
    write(root, "vendor/helper.abi3.so", ELF);
    write(root, "agent/__pycache__/use.cpython-311.pyc", Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0x01, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]));
    const staged = runBuiltCli(["check", "--only", "scan", "--format", "json", "--", "agent/use.py", "vendor/helper.abi3.so", "agent/__pycache__/use.cpython-311.pyc"], { cwd: root });
    expect((JSON.parse(staged.stdout) as Json).findings.map((f) => `${f.file} ${f.rule}`)).toEqual(["agent/__pycache__/use.cpython-311.pyc scan/compiled-module", "vendor/helper.abi3.so scan/compiled-module"]);
    for (let i = 0; i < 12; i++) write(root, `agent/m${i}.abi3.so`, ELF);
    const whole = scan(root).files;
    const shards = [1, 2, 3].map((i) => (JSON.parse(runBuiltCli(["check", "--only", "scan", "--format", "json", "--shard", `${i}/3`], { cwd: root }).stdout) as Json).findings.filter((f) => f.rule === "scan/compiled-module").map((f) => f.file));
    expect(whole).toHaveLength(13);
    expect(shards.every((s) => s.length > 0 && s.length < 13)).toBe(true);
    expect(shards.flat().sort()).toEqual(whole);
  });

  it("a run against a base leaves the change's compiled modules to gate/compiled-code-added (another writer's review clears it), not failing twice", () => {
    const repo = gitRepoFrom(undefined);
    write(repo, "agent/helper.py", "print('clean')\n");
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "source");
    const base = git(repo, "rev-parse", "HEAD").trim();
    write(repo, "agent/helper.abi3.so", ELF);
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "binary");
    const r = runBuiltCli(["check", "--base", base, "--changed-only", "--format", "json"], { cwd: repo });
    expect((JSON.parse(r.stdout) as Json).findings.map((f) => `${f.file} ${f.rule}`)).toEqual(["agent/helper.abi3.so gate/compiled-code-added"]);
    expect(scan(repo).files).toEqual(["agent/helper.abi3.so"]);
  });
});
