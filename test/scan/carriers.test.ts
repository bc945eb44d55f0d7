// Values carried where the JavaScript model did not follow them (README "What escapes the model"): a promise held by a
// name or made in place, a generator's yield and an iterator stepped by hand, a literal nested in a literal, a Map or a
// rebuilt object of a module's entries, a WeakRef, a callback with more than its sole `return`. Each found where the
// watched function is called; each look-alike over a function not watched left alone.
import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { writeProject } from "./helpers";

const brief = (f: { file: string; line: number; column: number; endLine: number; endColumn: number; rule: string }) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;
async function scan(text: string): Promise<string[]> {
  const run = await scanFiles({ ...writeProject({ "a.js": text }), workers: 1 });
  return run.findings.map(brief).sort();
}
const CP = 'const cp = require("child_process");\nconst path = require("path");\n';

describe("scan/shell-command: an async function's value through a promise held by a name or made in place", () => {
  test("`const p = mk(); p.then((f) => f(cmd))` of `async function mk() { return cp.execSync }`, and `(async () => cp.execSync)().then(…)`", async () => {
    const text = `${CP}async function mk() { return cp.execSync; }\nconst p = mk();\np.then((f) => f("id"));\n(async () => cp.execSync)().then((f) => f("id"));\n`;
    expect(await scan(text)).toEqual(["a.js:5:15-5:16 scan/shell-command", "a.js:6:41-6:42 scan/shell-command"]);
  });
  test("clean: the same over `path.join`", async () => {
    const text = `${CP}async function mk() { return path.join; }\nconst p = mk();\np.then((f) => f("id"));\n(async () => path.join)().then((f) => f("id"));\n`;
    expect(await scan(text)).toEqual([]);
  });
});
