// Boundary-scan benchmark (not a test): Flowgate vs ESLint vs ast-grep on the same real files, in one run.
// Usage: node bench/scan/run.mjs [--reps N]   (installs the corpus on first use: npm + apt-get)
// Prints a markdown table for bench/RESULTS.md and writes bench/out/scan-results.json.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ensureCorpus } from "./corpus.mjs";

const root = join(import.meta.dirname, "../..");
const out = join(root, "bench/out");
const args = process.argv.slice(2);
const reps = args.includes("--reps") ? Number(args[args.indexOf("--reps") + 1]) : 3;
const bin = (name) => join(root, "node_modules/.bin", name);

const tree = ensureCorpus(root);
const corpus = join(tree, "..");

// A parse-heavy tree where every file passes the prefilter: 2,000 agent files (the examples, renamed),
// to see what worker threads do when parsing, not reading, is the work.
const dense = join(corpus, "dense");
rmSync(dense, { recursive: true, force: true });
mkdirSync(dense, { recursive: true });
const agentFiles = readdirSync(join(root, "examples/agent")).filter((f) => /\.(py|ts)$/.test(f) && f !== "gateway.ts");
for (let i = 0; i < 2000; i++) {
  const f = agentFiles[i % agentFiles.length];
  cpSync(join(root, "examples/agent", f), join(dense, `${String(i).padStart(4, "0")}-${f}`));
}

// Bench the current sources as scripts/build.mjs builds dist/ (the CLI's launcher and bundle, the scan worker, wasm/),
// and the scan's API alone for the in-process rescans.
execFileSync(process.execPath, [join(root, "scripts/build.mjs"), "--outdir", join(out, "dist")]);
execFileSync(bin("esbuild"), [join(root, "core/scan/scan.ts"), "--bundle", "--platform=node", "--format=cjs", "--main-fields=module,main", `--outfile=${join(out, "scan-api.cjs")}`, "--log-level=warning"]);
cpSync(join(out, "dist/wasm"), join(out, "wasm"), { recursive: true });

const JS = /\.(js|mjs|cjs)$/;
const ALL = /\.(py|js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;
function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}
function measureSet(re) {
  let files = 0, lines = 0, bytes = 0;
  for (const f of walk(tree)) {
    if (!re.test(f)) continue;
    const text = readFileSync(f, "utf8");
    files++;
    bytes += Buffer.byteLength(text);
    lines += text.split("\n").length;
  }
  return { files, lines, bytes };
}

// ---- equivalent rules for ESLint and ast-grep -------------------------------------------------
const JS_MODULES = ["child_process", "http", "https", "axios", "got", "node-fetch", "undici", "openai", "@anthropic-ai/sdk", "@google/generative-ai", "@google/genai", "cohere-ai", "@mistralai/mistralai"];
const moduleRe = `^(node:)?(${JS_MODULES.map((m) => m.replace(/[/@.-]/g, "\\$&")).join("|")})$`;
const eslintDir = join(out, "eslint");
mkdirSync(eslintDir, { recursive: true });
writeFileSync(
  join(eslintDir, "eslint.config.mjs"),
  `export default [{
  files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
  languageOptions: { ecmaVersion: "latest", sourceType: "module" },
  linterOptions: { reportUnusedDisableDirectives: "off", noInlineConfig: true },
  rules: {
    "no-restricted-imports": ["error", { paths: ${JSON.stringify(JS_MODULES.flatMap((m) => [m, `node:${m}`]))} }],
    "no-restricted-syntax": ["error",
      "CallExpression[callee.name='fetch']",
      "CallExpression[callee.object.name=/^(globalThis|window|self)$/][callee.property.name='fetch']",
      "CallExpression[callee.name='require'][arguments.0.value=/${moduleRe.replace(/\\/g, "\\\\")}/]",
      "ImportExpression[source.value=/${moduleRe.replace(/\\/g, "\\\\")}/]",
      "CallExpression[callee.object.name='Bun'][callee.property.name=/^spawn(Sync)?$/]",
      "CallExpression[callee.object.name='Deno'][callee.property.name='run']",
      "NewExpression[callee.object.name='Deno'][callee.property.name='Command']"
    ],
  },
}];
`,
);

const sgDir = join(out, "ast-grep");
rmSync(sgDir, { recursive: true, force: true });
mkdirSync(join(sgDir, "rules"), { recursive: true });
writeFileSync(join(sgDir, "sgconfig.yml"), "ruleDirs:\n  - rules\n");
const jsRule = (language) => `id: boundary-${language.toLowerCase()}
language: ${language}
severity: error
message: boundary call
rule:
  any:
    - pattern: fetch($$$)
    - pattern: globalThis.fetch($$$)
    - pattern: Bun.spawn($$$)
    - pattern: Bun.spawnSync($$$)
    - pattern: Deno.run($$$)
    - pattern: new Deno.Command($$$)
    - all:
        - pattern: require($M)
        - has: { kind: string, regex: "^['\\"\`](node:)?(${JS_MODULES.join("|").replace(/[/.]/g, "\\\\$&")})['\\"\`]$" }
    - all:
        - kind: import_statement
        - has: { field: source, regex: "^['\\"](node:)?(${JS_MODULES.join("|").replace(/[/.]/g, "\\\\$&")})['\\"]$" }
`;
writeFileSync(join(sgDir, "rules/javascript.yml"), jsRule("JavaScript"));
writeFileSync(join(sgDir, "rules/typescript.yml"), jsRule("TypeScript"));
const PY_MODULES = ["os", "subprocess", "pty", "requests", "httpx", "urllib", "http", "aiohttp", "socket", "openai", "anthropic", "google", "cohere", "mistralai", "litellm"];
writeFileSync(
  join(sgDir, "rules/python.yml"),
  `id: boundary-python
language: Python
severity: error
message: boundary call
rule:
  any:
    - all:
        - kind: import_statement
        - regex: "\\\\b(${PY_MODULES.join("|")})\\\\b"
    - all:
        - kind: import_from_statement
        - has: { field: module_name, regex: "^(${PY_MODULES.join("|")})(\\\\.|$)" }
${["os.system", "os.popen", "subprocess.$F", "pty.spawn", "requests.$F", "httpx.$F", "urllib.request.urlopen", "http.client.HTTPConnection", "http.client.HTTPSConnection", "aiohttp.ClientSession", "socket.create_connection", "socket.socket", "openai.$F", "anthropic.$F", "litellm.completion"].map((p) => `    - pattern: ${p}($$$)`).join("\n")}
`,
);

// ---- timing -----------------------------------------------------------------------------------
// Runs are interleaved (rep 1 of every tool, then rep 2, ...) so a busy machine slows every tool
// alike; ratios are computed per rep and the median ratio is reported.
function timeOnce(label, cmd, cmdArgs, cwd) {
  const r = spawnSync("/usr/bin/time", ["-v", cmd, ...cmdArgs], { cwd, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const cpu = ["User", "System"].reduce((s, k) => s + Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? 0), 0);
  if (!wall || !rss) throw new Error(`${label}: no /usr/bin/time output\n${r.stderr.slice(-2000)}`);
  return { wall: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), rssMB: Number(rss[1]) / 1024, cpu, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const flowgateConfig = (include) => {
  const dir = join(out, `flowgate-${include.length}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "cfg.yml"), `scan:\n  include: ${JSON.stringify(include)}\n  skip-declarations: false\n`);
  return join(dir, "cfg.yml");
};
const cli = join(out, "dist/cli.js");
const node = process.execPath;
const countFindings = (stdout) => JSON.parse(stdout).findings.length;

const results = { date: new Date().toISOString(), reps, cores: (await import("node:os")).availableParallelism(), load: (await import("node:os")).loadavg(), sets: {}, runs: {}, ratios: {} };
results.sets.js = measureSet(JS);
results.sets.all = measureSet(ALL);
results.sets.dense = { files: 2000, lines: readdirSync(dense).reduce((n, f) => n + readFileSync(join(dense, f), "utf8").split("\n").length, 0) };

const jsCfg = flowgateConfig(["**/*.js", "**/*.mjs", "**/*.cjs"]);
const allCfg = flowgateConfig(["**/*.py", "**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx", "**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"]);
const fgArgs = (cfg, jobs) => [cli, "scan", "tree", "--config", cfg, "--format", "json", "--fail-on", "never", ...(jobs ? ["--jobs", String(jobs)] : [])];
const sgArgs = (globs) => ["scan", "--config", join(sgDir, "sgconfig.yml"), "--json=stream", "--no-ignore", "vcs", "--no-ignore", "parent", "--no-ignore", "dot", ...globs.flatMap((g) => ["--globs", g]), "tree"];
const sgCount = (s) => s.split("\n").filter(Boolean).length;

const jobs = [
  // JS subset: all three tools (ESLint without a TypeScript parser reads only .js/.mjs/.cjs).
  ["eslintJs", "ESLint (no-restricted-imports + no-restricted-syntax)", node, [join(root, "node_modules/eslint/bin/eslint.js"), "--config", join(eslintDir, "eslint.config.mjs"), "--format", "json", "--no-warn-ignored", "tree"], (s) => JSON.parse(s).reduce((n, f) => n + f.messages.length, 0)],
  ["astGrepJs", "ast-grep (native, multi-threaded)", bin("ast-grep"), sgArgs(["**/*.js", "**/*.mjs", "**/*.cjs"]), sgCount],
  ["flowgateJs1", "Flowgate, 1 thread", node, fgArgs(jsCfg, 1), countFindings],
  ["flowgateJs", "Flowgate, 2 threads (-j 2: this one + 1 worker)", node, fgArgs(jsCfg, 2), countFindings],
  ["flowgateJsAuto", "Flowgate, --jobs auto (the default)", node, fgArgs(jsCfg), countFindings],
  // Whole corpus: Python + JS + TS.
  ["astGrepAll", "ast-grep (native, multi-threaded)", bin("ast-grep"), sgArgs(["**/*.py", "**/*.js", "**/*.mjs", "**/*.cjs", "**/*.ts", "**/*.mts", "**/*.cts"]), sgCount],
  ["flowgateAll1", "Flowgate, 1 thread", node, fgArgs(allCfg, 1), countFindings],
  ["flowgateAll", "Flowgate, 2 threads (-j 2: this one + 1 worker)", node, fgArgs(allCfg, 2), countFindings],
  ["flowgateAllAuto", "Flowgate, --jobs auto (the default)", node, fgArgs(allCfg), countFindings],
  // Parse-heavy tree: one thread vs workers.
  ["flowgateDense1", "Flowgate, 1 thread", node, fgArgs(allCfg, 1).map((a) => (a === "tree" ? "dense" : a)), countFindings],
  ["flowgateDense", "Flowgate, 2 threads (-j 2: this one + 1 worker)", node, fgArgs(allCfg, 2).map((a) => (a === "tree" ? "dense" : a)), countFindings],
  ["flowgateDenseAuto", "Flowgate, --jobs auto (the default)", node, fgArgs(allCfg).map((a) => (a === "tree" ? "dense" : a)), countFindings],
];
const samples = Object.fromEntries(jobs.map(([key]) => [key, []]));
for (let rep = 0; rep < reps; rep++) {
  for (const [key, label, cmd, cmdArgs] of jobs) {
    const r = timeOnce(label, cmd, cmdArgs, corpus);
    samples[key].push(r);
    console.error(`rep ${rep + 1} ${key}: ${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, ${r.rssMB.toFixed(0)} MB`);
  }
}
for (const [key, label, , , count] of jobs) {
  const s = samples[key];
  results.runs[key] = { label, wall: median(s.map((r) => r.wall)), cpu: median(s.map((r) => r.cpu)), rssMB: median(s.map((r) => r.rssMB)), matches: count(s[0].stdout), walls: s.map((r) => r.wall) };
}
const ratioOf = (a, b) => median(samples[a].map((r, i) => r.wall / samples[b][i].wall));
results.ratios = {
  eslintOverFlowgateJs: ratioOf("eslintJs", "flowgateJs"),
  eslintOverFlowgateJsCpu: median(samples.eslintJs.map((r, i) => r.cpu / samples.flowgateJs[i].cpu)),
  flowgateOverAstGrepJs: ratioOf("flowgateJs", "astGrepJs"),
  flowgateOverAstGrepAll: ratioOf("flowgateAll", "astGrepAll"),
  oneThreadOverWorkersAll: ratioOf("flowgateAll1", "flowgateAll"),
  oneThreadOverWorkersJs: ratioOf("flowgateJs1", "flowgateJs"),
  oneThreadOverWorkersDense: ratioOf("flowgateDense1", "flowgateDense"),
  autoOverOneThreadJs: ratioOf("flowgateJsAuto", "flowgateJs1"),
  autoOverOneThreadAll: ratioOf("flowgateAllAuto", "flowgateAll1"),
  autoOverOneThreadDense: ratioOf("flowgateDenseAuto", "flowgateDense1"),
  eslintOverFlowgateJs1: ratioOf("eslintJs", "flowgateJs1"),
  flowgate1OverAstGrepJs: ratioOf("flowgateJs1", "astGrepJs"),
  flowgate1OverAstGrepAll: ratioOf("flowgateAll1", "astGrepAll"),
};

// ---- warm in-memory rescan of a 5,000-line file ------------------------------------------------
const require = createRequire(import.meta.url);
const { Scanner } = require(join(out, "scan-api.cjs"));
const scanner = await Scanner.create();
/** 5,000 lines: real sources of one corpus package concatenated, or one example file repeated (dense with boundary calls). */
function fiveThousandLines(files) {
  const lines = [];
  for (let i = 0; lines.length < 5000; i++) lines.push(...readFileSync(files[i % files.length], "utf8").trimEnd().split("\n"));
  return lines.slice(0, 5000).join("\n") + "\n";
}
const sourcesOf = (dir, ext) => readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
// The editor's case: the document changes by one line in the middle between rescans.
const rescan = (path, text) => {
  const middle = text.indexOf("\n", text.length >> 1) + 1;
  const typed = text.slice(0, middle) + (path.endsWith(".py") ? "# x\n" : "// x\n") + text.slice(middle);
  const versions = [text, typed];
  for (let i = 0; i < 10; i++) scanner.scanSource(path, versions[i % 2]);
  const wall = [];
  const cpu = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    scanner.scanSource(path, versions[i % 2]);
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const cold = [];
  for (let i = 0; i < 10; i++) {
    const c = process.cpuUsage();
    scanner.scan(path, versions[i % 2]);
    const used = process.cpuUsage(c);
    cold.push((used.user + used.system) / 1000);
  }
  return { wallMedian: median(wall), wallMin: Math.min(...wall), cpuMedian: median(cpu), fullParseCpuMedian: median(cold), findings: scanner.scanSource(path, text).length };
};
results.rescan = {
  "aiohttp sources (Python)": rescan("real.py", fiveThousandLines(sourcesOf(join(tree, "py/aiohttp"), ".py"))),
  "openai sources (TypeScript)": rescan("real.ts", fiveThousandLines(sourcesOf(join(tree, "js/openai"), ".ts"))),
  "examples/agent/tools.py repeated (dense)": rescan("dense.py", fiveThousandLines([join(root, "examples/agent/tools.py")])),
  "examples/agent/web.ts repeated (dense)": rescan("dense.ts", fiveThousandLines([join(root, "examples/agent/web.ts")])),
};

writeFileSync(join(out, "scan-results.json"), JSON.stringify(results, null, 2));

// ---- markdown ----------------------------------------------------------------------------------
const r = results.runs;
const row = (run, set) => `| ${run.label} | ${run.wall.toFixed(2)} s | ${run.cpu.toFixed(2)} s | ${(set.files / run.wall).toFixed(0)} | ${(set.lines / run.wall / 1000).toFixed(0)}k | ${run.rssMB.toFixed(0)} MB | ${run.matches} |`;
const head = "| tool | wall (median) | CPU user+sys | files/s | lines/s | peak RSS | matches |\n| --- | --- | --- | --- | --- | --- | --- |";
const q = results.ratios;
console.log(`JS subset (${results.sets.js.files} .js/.mjs/.cjs files, ${results.sets.js.lines} lines, ${(results.sets.js.bytes / 1e6).toFixed(1)} MB):

${head}
${row(r.eslintJs, results.sets.js)}
${row(r.astGrepJs, results.sets.js)}
${row(r.flowgateJs1, results.sets.js)}
${row(r.flowgateJs, results.sets.js)}
${row(r.flowgateJsAuto, results.sets.js)}

Whole corpus (${results.sets.all.files} .py/.js/.mjs/.cjs/.ts files, ${results.sets.all.lines} lines, ${(results.sets.all.bytes / 1e6).toFixed(1)} MB):

${head}
${row(r.astGrepAll, results.sets.all)}
${row(r.flowgateAll1, results.sets.all)}
${row(r.flowgateAll, results.sets.all)}
${row(r.flowgateAllAuto, results.sets.all)}

Parse-heavy tree (2,000 copies of the examples/agent sources, ${results.sets.dense.lines} lines; every file is parsed):

${head}
${row(r.flowgateDense1, results.sets.dense)}
${row(r.flowgateDense, results.sets.dense)}
${row(r.flowgateDenseAuto, results.sets.dense)}

Ratios (median of per-rep ratios, wall): Flowgate throughput = ${q.eslintOverFlowgateJs.toFixed(2)}× ESLint's (target ≥ 20×; by CPU time ${q.eslintOverFlowgateJsCpu.toFixed(2)}×); Flowgate wall = ${q.flowgateOverAstGrepJs.toFixed(2)}× ast-grep's on the JS subset and ${q.flowgateOverAstGrepAll.toFixed(2)}× on the whole corpus (target ≤ 1.0×); two threads vs one thread: ${q.oneThreadOverWorkersJs.toFixed(2)}× (JS subset), ${q.oneThreadOverWorkersAll.toFixed(2)}× (whole corpus), ${q.oneThreadOverWorkersDense.toFixed(2)}× (parse-heavy tree) as fast; \`--jobs auto\` wall / one thread's: ${q.autoOverOneThreadJs.toFixed(2)} (JS subset), ${q.autoOverOneThreadAll.toFixed(2)} (whole corpus), ${q.autoOverOneThreadDense.toFixed(2)} (parse-heavy tree). With one thread: ESLint / Flowgate ${q.eslintOverFlowgateJs1.toFixed(2)}×, Flowgate / ast-grep ${q.flowgate1OverAstGrepJs.toFixed(2)} (JS subset) and ${q.flowgate1OverAstGrepAll.toFixed(2)} (whole corpus).

Warm in-memory rescan of a 5,000-line file after a one-line edit (\`scanSource\`, incremental re-parse; 100 rescans; target < 20 ms):

| file | CPU median | wall median | wall min | findings | from scratch (CPU) |
| --- | --- | --- | --- | --- | --- |
${Object.entries(results.rescan).map(([name, x]) => `| ${name} | ${x.cpuMedian.toFixed(1)} ms | ${x.wallMedian.toFixed(1)} ms | ${x.wallMin.toFixed(1)} ms | ${x.findings} | ${x.fullParseCpuMedian.toFixed(1)} ms |`).join("\n")}

Machine: ${results.cores} cores, load average at start ${results.load.map((l) => l.toFixed(1)).join(" ")}, at the end ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")}; ${reps} runs each, median shown.`);
