// The editor's live path on a 5,000-line Python file: what one debounced keystroke costs (core/analyze.ts's
// analyzeFile: selection by the checks' selectors, the in-memory scan) compared with the bare core scan of the same text, both warm.
// Usage: node bench/extension/live.mjs [iterations]
import { join } from "node:path";
import { createRequire } from "node:module";
import * as esbuild from "esbuild";

const root = join(import.meta.dirname, "..", "..");
const iterations = Number(process.argv[2] ?? 30);

// The per-file analysis the language server runs (core/analyze.ts): bundle it with the core for this process.
const entry = `
export { analyzeFile } from "./core/analyze";
export { scanSource } from "./core/scan/scan";
export { DEFAULT_CONFIG } from "./core/config/schema";
`;
// Written under bench/out/ (git-ignored) so the bundle finds node_modules and the WASM grammars from there.
const outfile = join(root, "bench", "out", "extension-live.cjs");
await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: "ts" }, bundle: true, platform: "node", format: "cjs", logLevel: "error", mainFields: ["module", "main"], outfile });
const mod = { exports: createRequire(import.meta.url)(outfile) };
const { analyzeFile, scanSource, DEFAULT_CONFIG } = mod.exports;

// Mostly ordinary code, with a boundary call in one block of 50 (what an agent module looks like).
const block = (i) => [
  `def task_${i}(path, items):`,
  `    total = sum(len(x) for x in items if x)`,
  i % 50 === 0 ? `    return subprocess.run(["wc", path])` : `    return {"path": path, "total": total, "id": ${i}}`,
  "",
];
const lines = ["import subprocess", ""];
for (let i = 0; lines.length < 5000; i++) lines.push(...block(i));
const text = lines.slice(0, 5000).join("\n") + "\n";

const options = { config: DEFAULT_CONFIG, scan: { enabled: true, include: [], exclude: [] } };
const input = { root, rel: "agent/big.py", text };

// Interleaved, so both see the same machine load; medians of each.
await analyzeFile(input, options); // warm: grammars loaded, matchers compiled
await scanSource("agent/big.py", text);
const liveTimes = [];
const bareTimes = [];
for (let i = 0; i < iterations; i++) {
  let t = performance.now();
  await analyzeFile(input, options);
  liveTimes.push(performance.now() - t);
  t = performance.now();
  await scanSource("agent/big.py", text);
  bareTimes.push(performance.now() - t);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const live = median(liveTimes);
const bare = median(bareTimes);
const findings = (await analyzeFile(input, options)).length;
console.log(JSON.stringify({ lines: 5000, findings, iterations, medianLiveMs: Number(live.toFixed(2)), medianBareScanMs: Number(bare.toFixed(2)), liveOverBare: Number((live / bare).toFixed(2)), loadavg: (await import("node:os")).loadavg().map((l) => Number(l.toFixed(1))) }, null, 2));
