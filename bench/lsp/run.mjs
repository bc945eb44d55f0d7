// The language server's latency and memory, measured through the built CLI (`node dist/cli.js lsp --stdio`)
// with a real LSP client (vscode-languageserver-protocol) on its stdio:
//  1. didChange → the publishDiagnostics of that version, on a 5,000-line Python file (debounce set to 0, so
//     the figure is what comes beyond the debounce), interleaved with the in-process path (core/analyze.ts's
//     analyzeFile in this process, what the extension host ran before it became the server's client) on the same text;
//  2. peak RSS of the server after the workspace gate (workspace/diagnostic) on a generated 50,000-file
//     workspace, beside `flowgate check` on the same tree (its peer: the same gate, no server).
// Usage: npm run build && node bench/lsp/run.mjs [iterations] [files] [previous cli.js] [python|typescript] [helper]   (files 0: latency only)
// With `helper`, line 2 of the file imports a watched value from a project file beside it (agent/helper.py or .ts), so
// each keystroke is analyzed with the files it imports (the cross-file path, core/scan/context.ts).
// With a previous build's cli.js (e.g. `git archive main dist | tar -x -C /tmp/base` → /tmp/base/dist/cli.js),
// its server gets the same keystrokes, interleaved, as the peer of this build's.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = join(import.meta.dirname, "..", "..");
const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require("vscode-languageserver-protocol/node");
const iterations = Number(process.argv[2] ?? 40);
const fileCount = Number(process.argv[3] ?? 50_000);
const cli = join(root, "dist", "cli.js");
const previousCli = process.argv[4] || undefined;
/** The 5,000-line file's language: python (default) or typescript (the same shape of file, in TypeScript). */
const language = process.argv[5] ?? "python";
if (language !== "python" && language !== "typescript") throw new Error(`language: python or typescript, not ${language}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)];

function startServer(cwd, settings, build = cli) {
  const child = spawn(process.execPath, [build, "lsp", "--stdio"], { cwd, stdio: ["pipe", "pipe", "inherit"] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification("textDocument/publishDiagnostics", (p) => {
    for (const w of waiters.splice(0)) if (!w(p)) waiters.push(w);
  });
  connection.onRequest("workspace/configuration", (p) => p.items.map(() => settings));
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.onNotification("$/progress", () => {});
  connection.onNotification("window/logMessage", () => {});
  connection.listen();
  const published = (uri, version) => new Promise((resolve) => waiters.push((p) => p.uri === uri && p.version === version && (resolve(p), true)));
  /** The publish of a version that is not interim (no `scan/analysis-pending`: the slow parse finished). */
  const settled = (uri, version) => new Promise((resolve) => waiters.push((p) => p.uri === uri && p.version === version && !p.diagnostics.some((d) => d.code === "scan/analysis-pending") && (resolve(p), true)));
  const initialize = async (pull) => {
    await connection.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(cwd).href, workspaceFolders: [{ uri: pathToFileURL(cwd).href, name: "bench" }], capabilities: { textDocument: pull ? { diagnostic: {} } : {}, workspace: { configuration: true }, window: { workDoneProgress: true } } });
    await connection.sendNotification("initialized", {});
  };
  const peakRssMiB = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))[1]) / 1024;
  const stop = async () => {
    await connection.sendRequest("shutdown");
    await connection.sendNotification("exit");
    await new Promise((r) => child.on("exit", r));
  };
  /** The server's CPU time so far (user + system, /proc/<pid>/stat, 100 ticks a second): the load of other processes does not count. */
  const cpuMs = () => {
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  return { connection, published, settled, initialize, peakRssMiB, cpuMs, stop };
}

// ---- 1. latency on a 5,000-line file (the extension bench's text: a boundary call in one block of 50) ----
// Both languages: four lines a block, the return line of block 624 (line 2,501) holding a string at character 13.
const block =
  language === "python"
    ? (i) => [`def task_${i}(path, items):`, `    total = sum(len(x) for x in items if x)`, i % 50 === 0 ? `    return subprocess.run(["wc", path])` : `    return {"path": path, "total": total, "id": ${i}}`, ""]
    : (i) => [`export function task_${i}(path: string, items: string[]) {`, `  const total = items.filter((x) => x).length;`, i % 50 === 0 ? `  return spawn("wc", [path]);` : `  return { "path": path, "total": total, "id": ${i} };`, "}"];
const lines = language === "python" ? ["import subprocess", ""] : ['import { spawn } from "node:child_process";', ""];
const rel = language === "python" ? "agent/big.py" : "agent/big.ts";
for (let i = 0; lines.length < 5000; i++) lines.push(...block(i));
// TypeScript: whole blocks only (a function cut at line 5,000 would be a syntax error), then a comment to 5,000 lines.
if (language === "typescript") lines.splice(4998, Infinity, "", "// end");
const withHelper = process.argv[6] === "helper";
if (withHelper) lines[1] = language === "python" ? "from helper import run" : 'import { exec } from "./helper";';
const text = lines.slice(0, 5000).join("\n") + "\n";

const entry = `export { analyzeFile } from "./core/analyze";\nexport { DEFAULT_CONFIG } from "./core/config/schema";\n`;
const outfile = join(root, "bench", "out", "lsp-inprocess.cjs");
await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: "ts" }, bundle: true, platform: "node", format: "cjs", logLevel: "error", mainFields: ["module", "main"], outfile });
const { analyzeFile, DEFAULT_CONFIG } = require(outfile);
const options = { config: DEFAULT_CONFIG, scan: { enabled: true, include: [], exclude: [] } };

const ws = mkdtempSync(join(tmpdir(), "flowgate-bench-lsp-"));
const uri = pathToFileURL(join(ws, rel)).href;
if (withHelper) {
  mkdirSync(join(ws, "agent"), { recursive: true });
  writeFileSync(join(ws, language === "python" ? "agent/helper.py" : "agent/helper.ts"), language === "python" ? "from subprocess import run\n" : 'export { exec } from "node:child_process";\n');
}
/** A server with the 5,000-line file open, and how to send it one keystroke and wait for that version's diagnostics. */
async function openServer(build) {
  const server = startServer(ws, { gate: { runOnOpen: false }, scan: { debounceMs: 0 } }, build);
  await server.initialize(false);
  let version = 1;
  const first = server.published(uri, version);
  await server.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: language, version, text } });
  const opened = await first;
  /** Time to the version's first publish; with `settle`, also to its finished (not interim) one, in `settledMs`. */
  const keystroke = async (change, settle) => {
    version++;
    const done = server.published(uri, version);
    const final = settle ? server.settled(uri, version) : undefined;
    const t = performance.now();
    await server.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [change] });
    await done;
    const ms = performance.now() - t;
    if (final) await final;
    if (settle) settledTimes.push(performance.now() - t);
    return ms;
  };
  return { server, opened, keystroke };
}
const current = await openServer(cli);
const previous = previousCli ? await openServer(previousCli) : undefined;
const opened = current.opened;
await analyzeFile({ root: ws, rel, text }, options);
// Two keystrokes, each alternately typed and deleted (so the text stays 5,000 lines):
//  - structural: "#" (Python) or "//" (TypeScript) at the start of line 3 comments out a function's first line (its body re-parses as an error region);
//  - in-line: "x" typed inside a string literal on line 2,501 (what most keystrokes are);
//  - breaking: a quote typed before line 2,501's value opens a string that never closes (a syntax error the
//    parser recovers from), and deleting it repairs the file;
//  - openParen: "(" typed on line 4 before the call's callee (`total = (sum(…)`, `total = (items.filter(…)`) leaves
//    a parenthesis open near the top of the file (tree-sitter's error recovery over the rest of a Python file is
//    slow), and deleting it repairs the file;
//  - insideOpenParen: with that "(" typed first (not measured), "x" typed right after it, then deleted.
// Besides the first publish of each version (interim when its parse took over the server's 15 ms step), the time
// to the finished (not interim, no `scan/analysis-pending`) publish is given as `settled`, typed and deleted apart.
const EDITS = {
  structural: { line: 2, character: 0, text: language === "python" ? "#" : "//" },
  inLine: { line: 2500, character: 13, text: "x" },
  breaking: { line: 2500, character: language === "python" ? 11 : 9, text: '"' },
  openParen: { line: 3, character: language === "python" ? 12 : 16, text: "(" },
  // With openParen's "(" typed first: "x" typed right after it and deleted, the parenthesis open throughout.
  insideOpenParen: { line: 3, character: language === "python" ? 13 : 17, text: "x" },
};
/** The settled times of the keystrokes measured with `settle` (what measure() reads back). */
let settledTimes = [];
const textLines = text.split("\n");
const withEdit = ({ line, character, text: typed }) => [...textLines.slice(0, line), textLines[line].slice(0, character) + typed + textLines[line].slice(character), ...textLines.slice(line + 1)].join("\n");
const figures = (xs) => ({ medianMs: Number(median(xs).toFixed(1)), p90Ms: Number(p90(xs).toFixed(1)) });
/** `around`: an edit made before the keystrokes (not measured) and undone after them, so they are typed inside it. */
async function measure({ line, character, text: typed }, settle = false, around = undefined) {
  const aroundChange = (undo) => {
    const at = { line: around.line, character: around.character };
    return undo ? { range: { start: at, end: { line: at.line, character: at.character + around.text.length } }, text: "" } : { range: { start: at, end: at }, text: around.text };
  };
  if (around) {
    await current.keystroke(aroundChange(false), true);
    await previous?.keystroke(aroundChange(false));
  }
  const base = around ? withEdit(around) : text;
  const baseLines = base.split("\n");
  settledTimes = [];
  const cpuBefore = [current.server.cpuMs(), previous?.server.cpuMs()];
  const lspTimes = [];
  const previousTimes = [];
  const inProcessTimes = [];
  const edited = [...baseLines.slice(0, line), baseLines[line].slice(0, character) + typed + baseLines[line].slice(character), ...baseLines.slice(line + 1)].join("\n");
  for (let i = 0; i < iterations; i++) {
    const at = { line, character };
    const change = i % 2 === 0 ? { range: { start: at, end: at }, text: typed } : { range: { start: at, end: { line, character: character + typed.length } }, text: "" };
    lspTimes.push(await current.keystroke(change, settle));
    if (previous) previousTimes.push(await previous.keystroke(change));
    const t = performance.now();
    await analyzeFile({ root: ws, rel, text: i % 2 === 0 ? edited : base }, options);
    inProcessTimes.push(performance.now() - t);
  }
  if (around) {
    await current.keystroke(aroundChange(true), true);
    await previous?.keystroke(aroundChange(true));
  }
  const lsp = figures(lspTimes);
  const inProcess = figures(inProcessTimes);
  // With `settle`: also the typed (breaking) and deleted (repairing) keystrokes apart.
  const apart = (xs, name) => ({ [`${name}Typed`]: figures(xs.filter((_, i) => i % 2 === 0)), [`${name}Deleted`]: figures(xs.filter((_, i) => i % 2 === 1)) });
  // Server CPU time per keystroke (the settled analysis included: the server works on after the first publish).
  const cpu = { lspCpuMsPerKeystroke: Number(((current.server.cpuMs() - cpuBefore[0]) / iterations).toFixed(1)), ...(previous ? { previousLspCpuMsPerKeystroke: Number(((previous.server.cpuMs() - cpuBefore[1]) / iterations).toFixed(1)) } : {}) };
  const result = { lsp, ...cpu, ...(settle ? { ...apart(lspTimes, "lsp"), lspSettled: figures(settledTimes), ...apart(settledTimes, "lspSettled"), ...(previous ? apart(previousTimes, "previousLsp") : {}) } : {}), inProcessAnalysis: inProcess, lspOverInProcess: Number((lsp.medianMs / inProcess.medianMs).toFixed(2)) };
  if (!previous) return result;
  const before = figures(previousTimes);
  return { ...result, previousLsp: before, lspOverPrevious: Number((lsp.medianMs / before.medianMs).toFixed(2)) };
}
const latency = { language, ...(withHelper ? { helper: true } : {}), lines: 5000, findings: opened.diagnostics.length, iterations, structural: await measure(EDITS.structural, true), inLine: await measure(EDITS.inLine, true), breaking: await measure(EDITS.breaking, true), openParen: await measure(EDITS.openParen, true), insideOpenParen: await measure(EDITS.insideOpenParen, true, EDITS.openParen) };
await current.server.stop();
await previous?.server.stop();
if (fileCount === 0) {
  rmSync(ws, { recursive: true, force: true });
  console.log(JSON.stringify({ latency, loadavg: loadavg().map((l) => Number(l.toFixed(1))) }, null, 2));
  process.exit(0);
}

// ---- 2. memory on a generated workspace of `fileCount` files ----
const big = mkdtempSync(join(tmpdir(), "flowgate-bench-lsp-ws-"));
for (let i = 0; i < fileCount; i++) {
  const dir = join(big, `pkg${Math.floor(i / 500)}`);
  if (i % 500 === 0) mkdirSync(dir, { recursive: true });
  const kind = i % 10;
  if (kind < 5) writeFileSync(join(dir, `m${i}.py`), i % 100 === 0 ? `import os\n\ndef f():\n    os.system("ls")\n` : `def f(x):\n    return x + ${i}\n`);
  else if (kind < 8) writeFileSync(join(dir, `m${i}.ts`), `export const v${i} = (x: number) => x * ${i};\n`);
  else writeFileSync(join(dir, `d${i}.json`), `{"id": ${i}}\n`);
}
let t = performance.now();
const gateServer = startServer(big, { gate: { runOnOpen: true } });
await gateServer.initialize(true);
const report = await gateServer.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] });
const lspGateSeconds = (performance.now() - t) / 1000;
const lspPeak = gateServer.peakRssMiB();
await gateServer.stop();
t = performance.now();
const check = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, cli, "check", big, "--format", "json", "--fail-on", "never"], { encoding: "utf8", maxBuffer: 1 << 30 });
const checkSeconds = (performance.now() - t) / 1000;
const checkPeak = Number(check.stderr.trim().split("\n").pop()) / 1024;
rmSync(big, { recursive: true, force: true });
rmSync(ws, { recursive: true, force: true });
const memory = {
  files: fileCount,
  filesWithFindings: report.items.length,
  findings: report.items.reduce((n, i) => n + i.items.length, 0),
  lspPeakRssMiB: Number(lspPeak.toFixed(0)),
  lspGateSeconds: Number(lspGateSeconds.toFixed(1)),
  checkPeakRssMiB: Number(checkPeak.toFixed(0)),
  checkSeconds: Number(checkSeconds.toFixed(1)),
  lspOverCheckRss: Number((lspPeak / checkPeak).toFixed(2)),
};
console.log(JSON.stringify({ latency, memory, loadavg: loadavg().map((l) => Number(l.toFixed(1))) }, null, 2));
