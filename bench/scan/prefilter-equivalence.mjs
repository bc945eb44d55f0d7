// The scan's per-file text tests, old against new, on every file of the installed corpora (not a test: it needs them).
// Usage: node bench/scan/prefilter-equivalence.mjs [--base REV] [DIR...]
// Builds core/scan as of REV (default: where this branch left main) and as in the working tree, then runs both over every file under the
// DIRs (default: bench/corpus/tree, bench/corpus/labelled, the labelled Debian packages' folder): readSource, the
// respelled text, each language's prefilter on the text and on both respellings (under several rule settings, so
// tables without globals or without modules are compared too), and the project links. Prints the differences (0 when
// nothing a scan decides changed) and exits 1 on any. Then the same on random texts made of the pieces the tests look for.
// About 25 s of CPU for the three default folders (16,000 files) and 200,000 random texts.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as esbuild from "esbuild";

const root = join(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const base = args.includes("--base") ? args.splice(args.indexOf("--base"), 2)[1] : execFileSync("git", ["-C", root, "merge-base", "HEAD", "main"]).toString().trim();
const dirs = args.length ? args : [join(root, "bench/corpus/tree"), join(root, "bench/corpus/labelled"), "/usr/lib/python3/dist-packages"].filter(existsSync);

const work = mkdtempSync(join(tmpdir(), "prefilter-equivalence-"));
const entry = `export { compileRules } from "./core/scan/ruleset"; export { respelledText } from "./core/scan/spelling"; export { readSource } from "./core/scan/scan"; export { LinkReader } from "./core/scan/links"; export { scanConfigSchema } from "./core/scan/config";`;
async function build(sourceRoot, name) {
  const outfile = join(work, `${name}.cjs`);
  await esbuild.build({ stdin: { contents: entry, resolveDir: sourceRoot, loader: "ts" }, nodePaths: [join(root, "node_modules")], bundle: true, platform: "node", format: "cjs", mainFields: ["module", "main"], outfile, logLevel: "error", define: { FLOWGATE_VERSION: '"0"' } });
  return createRequire(import.meta.url)(outfile);
}
const oldRoot = join(work, "old");
mkdirSync(oldRoot);
execFileSync("sh", ["-c", `git -C "${root}" archive "${base}" core | tar -x -C "${oldRoot}"`]);
symlinkSync(join(root, "node_modules"), join(oldRoot, "node_modules"));
const before = await build(oldRoot, "old");
const after = await build(root, "new");

// Rule settings that change what the JavaScript table watches: no network globals, no shell globals, only a custom module, nothing.
const SETTINGS = [
  {},
  { rules: { "scan/network-call": "off" } },
  { rules: { "scan/shell-command": "off" } },
  { rules: { "scan/network-call": "off", "scan/shell-command": "off", "scan/model-sdk": "off" }, custom: [{ id: "internal-http", language: "javascript", module: "@corp/http", category: "network", message: "m" }, { id: "py-http", language: "python", module: "corp.http", category: "network", message: "m" }] },
  { rules: { "scan/network-call": "off", "scan/shell-command": "off", "scan/model-sdk": "off" } },
];
const tables = (m) => SETTINGS.map((s) => m.compileRules(m.scanConfigSchema.parse(s)));
const [oldTables, newTables] = [tables(before), tables(after)];
const links = (m) => [new m.LinkReader(), new m.LinkReader(["@/", "~lib/"])];
const [oldLinks, newLinks] = [links(before), links(after)];
const place = (start, end) => ({ start, end });

const digest = (text) => text && createHash("sha256").update(text).digest("base64");

/** Everything the per-file text tests decide for one file, as one comparable string. */
function verdicts(m, rulesList, readers, path) {
  const read = m.readSource(path, 10 * 1024 * 1024);
  if (typeof read !== "string") return JSON.stringify(read);
  const respelled = { javascript: m.respelledText(read, "javascript"), python: m.respelledText(read, "python") };
  const texts = [read, respelled.javascript, respelled.python].filter((t) => t !== undefined);
  const prefilter = rulesList.map((rules) => texts.map((t) => `${+rules.javascript.prefilter(t)}${+rules.python.prefilter(t)}`).join(" "));
  const found = readers.map((reader) => [reader.read(path, read, place), reader.read(`${path}.js`, read, place), reader.read(`${path}.py`, read, place)]);
  return JSON.stringify({ read: digest(read), respelled: [digest(respelled.javascript), digest(respelled.python)], prefilter, found });
}

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

let files = 0;
let passed = 0;
const differences = [];
for (const dir of dirs) {
  for (const path of walk(dir)) {
    files++;
    const a = verdicts(before, oldTables, oldLinks, path);
    const b = verdicts(after, newTables, newLinks, path);
    if (a !== b) differences.push({ path, before: a.slice(0, 300), after: b.slice(0, 300) });
    else if (/"prefilter":\[[^\]]*1/.test(a)) passed++;
  }
}
// Then texts made of the pieces these tests look at, at random (seeded): the corners no corpus file happens to have.
const PIECES = ["from", "import", "require", "createRequire", "requ", "ire", "fet", "ch", "fetch", "Bun", "Deno", "navigator", "WebSocket", "EventSource", "globalThis", "window", "self", "global", "new", "call", "concat", "join", "child_process", "node:", "http", "os", "subprocess", "importlib", "import_module", "__import__", "modules", "sys", "as", "exports", "module.exports", "__exportStar", "require(", "import(", "from '", 'from "', "createRequire(", "require.call(", "globalThis[", "window.", "self ?.[", "new ", "'child_process'", '"node:http"', "'ws'", "\"child_\" + \"process\"", "`child_${", ".join(", "import os", "from os import", "import_module(", "__import__(", "sys.modules[", "; import ", ": from ", "\\u0066", "\\x6f", "ｏｓ", " ", " ", "\n", "\t", "\r", "\u2028", "(", ")", "[", "]", "{", "}", "'", '"', "`", "${", "+", ".", "?.", ":", "=", ";", ",", "//", "/*", "*/", " * ", "#", "\\", "./", "../", "@/", "x", "$", "_"];
// Every other text is made of statement pieces only, so that statements meet line breaks of every kind and each other.
const STATEMENT_PIECES = ["import ", "from ", "import os", "from . import", "from os import", " x", "a as b", "(", ")", ",", "*", ".", "#", ";", ":", "\\", " ", "\t", "\n", "\r", "\u2028", "require(", "'./a'", '"../b"', "export * from ", "const { a } = "];
let seed = 1;
/** mulberry32: a seeded integer in [0, n). */
const random = (n) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
};
const SAMPLES = 200_000;
let passedSamples = 0;
const distinct = new Set();
const tested = (m, rulesList, readers, text) => {
  const texts = [text, m.respelledText(text, "javascript"), m.respelledText(text, "python")].filter((t) => t !== undefined);
  return JSON.stringify([texts.map(digest), rulesList.map((rules) => texts.map((t) => `${+rules.javascript.prefilter(t)}${+rules.python.prefilter(t)}`)), readers.map((reader) => [reader.read("a.js", text, place), reader.read("a.py", text, place)])]);
};
for (let i = 0; i < SAMPLES; i++) {
  const pieces = i % 2 ? STATEMENT_PIECES : PIECES;
  const text = Array.from({ length: 1 + random(24) }, () => pieces[random(pieces.length)]).join("");
  const a = tested(before, oldTables, oldLinks, text);
  const b = tested(after, newTables, newLinks, text);
  distinct.add(text);
  if (a !== b) differences.push({ path: JSON.stringify(text), before: a.slice(0, 300), after: b.slice(0, 300) });
  else if (/"[01]*1[01]*"/.test(a)) passedSamples++;
}
rmSync(work, { recursive: true, force: true });
for (const d of differences.slice(0, 20)) console.log(`${d.path}\n  before ${d.before}\n  after  ${d.after}`);
console.log(`${files} files under ${dirs.join(", ")} and ${distinct.size} random texts (base ${base}): ${passed} files and ${passedSamples} texts let through by some prefilter, ${differences.length} differences`);
process.exitCode = differences.length ? 1 : 0;
