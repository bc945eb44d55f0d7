// A relative or searched JavaScript import resolves to the file Node loads for the importing file's runtime (red team 3,
// classes 5 and 6: p157 a `.ts` twin beside the folder Node loads, p158 a folder named `shell.js/`, p130 `module.paths`).
import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { packageTable } from "../../core/scan/tsconfig";
import { writeProject } from "./helpers";

const brief = (f: { file: string; line: number; column: number; endLine: number; endColumn: number; rule: string }) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;

async function findings(files: Record<string, string>) {
  const { root, files: list } = writeProject(files);
  // The package.json files as the check's walk reads them (check.ts).
  const packages = packageTable(Object.entries(files).filter(([file]) => file.endsWith("package.json")));
  const run = await scanFiles({ root, files: list.filter((f) => /\.[cm]?[jt]sx?$/.test(f)), workers: 1, packages });
  return run.findings;
}

const CP = "module.exports = require('child_process');\n";
const GATEWAY_TS = "export const execSync = (c: string) => console.log('gw', c);\n";
const GATEWAY_JS = "exports.execSync = (c) => console.log('gw', c);\n";
const CALL = "require('./tools').execSync('touch /tmp/x');\n";

describe("a relative require resolves as Node loads it (scan/shell-command)", () => {
  test("p157: a .js file's require('./tools') is tools/index.js to Node, not the tools.ts twin", async () => {
    const found = await findings({ "agent.js": CALL, "tools.ts": GATEWAY_TS, "tools/index.js": CP });
    expect(found.map(brief)).toEqual(["agent.js:1:1-1:28 scan/shell-command"]);
    expect(found[0]!.message).toContain("Resolved through line 1 `require('./tools')` ← tools/index.js line 1 `module.exports = require('child_process')`");
  });

  test("p157 look-alike: a .ts twin and the folder both harmless", async () => {
    expect(await findings({ "agent.js": CALL, "tools.ts": GATEWAY_TS, "tools/index.js": GATEWAY_JS })).toEqual([]);
  });

  test("plain Node never loads the .ts twin: a crossing only there is not the .js file's", async () => {
    expect(await findings({ "agent.js": CALL, "tools.ts": "export { execSync } from 'child_process';\n", "tools/index.js": GATEWAY_JS })).toEqual([]);
  });

  test.each([
    ["a tsconfig.json", { "tsconfig.json": "{}\n" }, "agent.js"],
    ["tsx in package.json", { "package.json": '{ "scripts": { "start": "tsx agent.js" } }\n' }, "agent.js"],
    ["a TypeScript importer", {}, "agent.ts"],
  ])("where a TypeScript runtime may run it (%s) every candidate is judged: the .ts twin", async (_, extra, importer) => {
    const found = await findings({ ...extra, [importer]: CALL, "tools.ts": "export { execSync } from 'child_process';\n", "tools/index.js": GATEWAY_JS });
    expect(found.map(brief)).toEqual([`${importer}:1:1-1:28 scan/shell-command`]);
    expect(found[0]!.message).toContain("← tools.ts line 1 `export { execSync } from 'child_process';`");
  });

  test("where a TypeScript runtime may run it, the folder Node loads is judged too (tools.ts harmless)", async () => {
    const found = await findings({ "tsconfig.json": "{}\n", "agent.js": CALL, "tools.ts": GATEWAY_TS, "tools/index.js": CP });
    expect(found.map(brief)).toEqual(["agent.js:1:1-1:28 scan/shell-command"]);
    expect(found[0]!.message).toContain("← tools/index.js line 1");
  });

  test("where a TypeScript runtime may run it, both harmless: clean", async () => {
    expect(await findings({ "tsconfig.json": "{}\n", "agent.js": CALL, "tools.ts": GATEWAY_TS, "tools/index.js": GATEWAY_JS })).toEqual([]);
  });

  test("a folder's package.json main is what require('./tools') loads, before its index.js", async () => {
    const found = await findings({ "agent.js": CALL, "tools/package.json": '{ "main": "lib/cp.js" }\n', "tools/lib/cp.js": CP, "tools/index.js": GATEWAY_JS });
    expect(found.map(brief)).toEqual(["agent.js:1:1-1:28 scan/shell-command"]);
    expect(found[0]!.message).toContain("← tools/lib/cp.js line 1 `module.exports = require('child_process')`");
  });

  test("look-alike: a folder's main harmless, its unused index.js too", async () => {
    expect(await findings({ "agent.js": CALL, "tools/package.json": '{ "main": "lib/cp.js" }\n', "tools/lib/cp.js": GATEWAY_JS, "tools/index.js": GATEWAY_JS })).toEqual([]);
  });

  test("p158: require('./shell.js') of a folder named shell.js/ loads its index.js", async () => {
    const found = await findings({ "agent.js": "require('./shell.js').execSync('touch /tmp/x');\n", "shell.js/index.js": CP });
    expect(found.map(brief)).toEqual(["agent.js:1:1-1:31 scan/shell-command"]);
    expect(found[0]!.message).toContain("← shell.js/index.js line 1 `module.exports = require('child_process')`");
  });

  test("p158 look-alike: a folder named shell.js/ with a harmless index", async () => {
    expect(await findings({ "agent.js": "require('./shell.js').execSync('touch /tmp/x');\n", "shell.js/index.js": GATEWAY_JS })).toEqual([]);
  });
});

describe("folders a file adds to its module's search paths resolve its bare requires (scan/shell-command)", () => {
  test("p130: module.paths.unshift(__dirname + '/plugins'); require('tools') loads plugins/tools.js", async () => {
    const found = await findings({ "agent.js": "module.paths.unshift(__dirname + '/plugins');\nrequire('tools').execSync('touch /tmp/x');\n", "plugins/tools.js": CP });
    expect(found.map(brief)).toEqual(["agent.js:2:1-2:26 scan/shell-command"]);
    expect(found[0]!.message).toContain("Resolved through line 2 `require('tools')` ← plugins/tools.js line 1 `module.exports = require('child_process')`");
  });

  test("require.main.paths.push(path.join(__dirname, '..', 'plugins')), then a name holding the module", async () => {
    const agent = "const path = require('path');\nrequire.main.paths.push(path.join(__dirname, '..', 'plugins'));\nconst t = require('tools');\nt.execSync('x');\n";
    const found = await findings({ "lib/agent.js": agent, "plugins/tools/index.js": CP });
    expect(found.map(brief)).toEqual(["lib/agent.js:4:1-4:11 scan/shell-command"]);
  });

  test("look-alikes: a harmless plugins/tools.js; a bare require with no search path added (a package)", async () => {
    expect(await findings({ "agent.js": "module.paths.unshift(__dirname + '/plugins');\nrequire('tools').execSync('x');\n", "plugins/tools.js": GATEWAY_JS })).toEqual([]);
    expect(await findings({ "agent.js": "require('tools').execSync('x');\n", "plugins/tools.js": CP })).toEqual([]);
  });

  test("a builtin is still the builtin (Node loads it before any search path)", async () => {
    const found = await findings({ "agent.js": "module.paths.unshift(__dirname + '/plugins');\nrequire('child_process').execSync('x');\n", "plugins/child_process.js": GATEWAY_JS });
    expect(found.map(brief)).toEqual(["agent.js:2:1-2:34 scan/shell-command"]);
  });
});
