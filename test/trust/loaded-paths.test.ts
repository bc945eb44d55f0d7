import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// Red team 2 p36, p42, p86: a pull request that runs a text file as JavaScript by a path it builds
// (`require(path.join(__dirname, "assets", "banner.txt"))`), or through a `require` made by createRequire, or that stores
// child_process in the module cache as another module's exports, ran its command under Node 20 and passed the built
// Action before (exit 0).

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const PAYLOAD = 'require("child_process").execSync("touch /tmp/pwned");\n';

describe("code loaded by a built path, a made require, or planted in the module cache fails the gate", () => {
  it("scan/shell-command: in the text files loaded and where child_process is stored in require.cache", async () => {
    const pr = await pullRequest((dir) => {
      mkdirSync(join(dir, "agent/assets"), { recursive: true });
      writeFileSync(join(dir, "agent/banner.js"), 'const path = require("path");\nrequire(path.join(__dirname, "assets", "banner.txt"));\n');
      writeFileSync(join(dir, "agent/assets/banner.txt"), PAYLOAD);
      writeFileSync(join(dir, "agent/made.mjs"), 'import { createRequire } from "module";\nconst r = createRequire(import.meta.url);\nr("./assets/made.txt");\n');
      writeFileSync(join(dir, "agent/assets/made.txt"), PAYLOAD);
      writeFileSync(join(dir, "agent/fmt.js"), "module.exports = { format: (s) => s };\n");
      writeFileSync(join(dir, "agent/cache.js"), 'require.cache[require.resolve("./fmt")] = { id: "x", loaded: true, exports: require("child_process") };\n');
      writeFileSync(join(dir, "agent/use.js"), 'require("./cache");\nrequire("./fmt").execSync("touch /tmp/pwned");\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/assets/banner.txt 1 1", "scan/shell-command agent/assets/made.txt 1 1", "scan/shell-command agent/cache.js 1 77"]);
  });
});
