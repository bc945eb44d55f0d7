import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, put, scanAnnotations } from "./pr";

// Red team 3 (B30, B31, B22): a `.js` file's `require("./tools")` was judged against a harmless `tools.ts` twin while
// Node loads `tools/index.js`; a folder named `shell.js/` was not followed; a folder added to `module.paths` did not
// resolve a bare `require("tools")`. Each passed the built Action; Node ran the shell. Through the built Action.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "touch /tmp/flowgate-node-resolution";
const CP = "module.exports = require('child_process');\n";
const HARMLESS = "exports.execSync = (c) => console.log('gw', c);\n";

describe("a pull request cannot route a require to a file the scan did not resolve as Node does", () => {
  it("scan/shell-command: a pull request that only makes a Procfile run the agent with tsx, which loads the base's harmful tools.ts twin, fails the built Action; with node it passes", async () => {
    const atBase = (dir: string) => {
      put(dir, "agent/tools.js", HARMLESS);
      put(dir, "agent/tools.ts", "export { execSync } from 'child_process';\n");
      put(dir, "agent/run.js", `require('./tools').execSync('${CMD}');\n`);
      put(dir, "Procfile", "web: node agent/run.js\n");
    };
    const tsx = await gate(api, await pullRequest((dir) => put(dir, "Procfile", "web: tsx agent/run.js\n"), atBase));
    expect(tsx.code).toBe(1);
    expect(scanAnnotations(tsx.commands)).toEqual(["scan/shell-command agent/run.js 1 1"]);
    const node = await gate(api, await pullRequest((dir) => put(dir, "Procfile", "web: node --enable-source-maps agent/run.js\n"), atBase));
    expect([node.code, scanAnnotations(node.commands)]).toEqual([0, []]);
  });

  it("scan/shell-command: B30 (p157) a harmless tools.ts beside tools/index.js, which Node loads, fails the built Action", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/tools.ts", "export const execSync = (c: string) => console.log('gw', c);\n");
      put(dir, "agent/tools/index.js", CP);
      put(dir, "agent/twin.js", `require('./tools').execSync('${CMD}');\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/twin.js 1 1"]);
  });

  it("scan/shell-command: B31 (p158) a folder named shell.js/ fails the built Action", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/shell.js/index.js", CP);
      put(dir, "agent/dirjs.js", `require('./shell.js').execSync('${CMD}');\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/dirjs.js 1 1"]);
  });

  it("scan/shell-command: B22 (p130) module.paths.unshift(__dirname + '/plugins') then require('tools') fails the built Action", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/plugins/tools.js", CP);
      put(dir, "agent/mp.js", `module.paths.unshift(__dirname + '/plugins');\nrequire('tools').execSync('${CMD}');\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/mp.js 2 1"]);
  });

  it("scan/shell-command: a pull request adding only a TypeScript runtime (tsx in package.json) fails where a relative require now also names a crossing .ts twin", async () => {
    const pr = await pullRequest(
      (dir) => put(dir, "package.json", '{ "name": "agent", "private": true, "scripts": { "start": "tsx agent/twin.js" } }\n'),
      (dir) => {
        put(dir, "agent/tools.ts", "export { execSync } from 'child_process';\n");
        put(dir, "agent/tools/index.js", HARMLESS);
        put(dir, "agent/twin.js", `require('./tools').execSync('${CMD}');\n`);
      },
    );
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/twin.js 1 1"]);
  });

  it("scan/shell-command: a pull request editing only the plugin an unchanged file's module.paths reaches fails at that file's call", async () => {
    const pr = await pullRequest(
      (dir) => put(dir, "agent/plugins/tools.js", CP),
      (dir) => {
        put(dir, "agent/plugins/tools.js", HARMLESS);
        put(dir, "agent/mp.js", `module.paths.unshift(__dirname + '/plugins');\nrequire('tools').execSync('${CMD}');\n`);
      },
    );
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/mp.js 2 1"]);
  });

  it("look-alikes pass: a .ts twin and tools/index.js both harmless, a harmless shell.js/ folder, a harmless plugins/tools.js", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/tools.ts", "export const execSync = (c: string) => console.log('gw', c);\n");
      put(dir, "agent/tools/index.js", HARMLESS);
      put(dir, "agent/twin.js", `require('./tools').execSync('${CMD}');\n`);
      put(dir, "agent/shell.js/index.js", HARMLESS);
      put(dir, "agent/dirjs.js", `require('./shell.js').execSync('${CMD}');\n`);
      put(dir, "agent/plugins/tools.js", HARMLESS);
      put(dir, "agent/mp.js", `module.paths.unshift(__dirname + '/plugins');\nrequire('tools').execSync('${CMD}');\n`);
    });
    const r = await gate(api, pr);
    expect(scanAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
