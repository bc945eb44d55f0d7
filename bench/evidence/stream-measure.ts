// One measurement in a fresh process (peak RSS is this mode's alone). Modes:
//   parse   read + JSON.parse of the file, nothing else (the yardstick)
//   memory  load + verify + evaluate on the whole-document path
//   stream  load + verify + evaluate on the streaming path (core/evidence/stream.ts)
// Prints one JSON line: { mode, ms, rss, errors, rules }. Driven by bench/evidence/stream.mjs.
import { readFileSync } from "node:fs";
import { evaluateBundleFile } from "../../core/evidence/evaluate";
import { DEFAULT_LIMITS } from "../../core/kernel/limits";

const [mode, file] = process.argv.slice(2) as ["parse" | "memory" | "stream", string];
const t0 = process.hrtime.bigint();
let result: { errors?: number; rules?: string[] } = {};
if (mode === "parse") JSON.parse(readFileSync(file, "utf8"));
else {
  const limits = { ...DEFAULT_LIMITS, maxBytes: Number.MAX_SAFE_INTEGER };
  const evaluated = evaluateBundleFile(file, file, limits, {}, mode === "stream" ? 0 : Number.MAX_SAFE_INTEGER);
  result = { errors: evaluated.verdict.errors, rules: evaluated.verdict.failing };
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(JSON.stringify({ mode, ms, rss: process.resourceUsage().maxRSS * 1024, ...result }));
