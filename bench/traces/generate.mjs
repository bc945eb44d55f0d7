// Writes a large OTLP/JSON trace file from the instrumented fixture test/fixtures/traces/ops.otlp.jsonl:
// the run repeated with fresh trace/span ids and conversation ids, either one request per line (as the
// Collector's file exporter writes) or as one single request object (all spans in one resourceSpans).
// Usage: node bench/traces/generate.mjs <lines|object> <bytes> <out>
import { createWriteStream, readFileSync } from "node:fs";
import { join } from "node:path";

const [layout, bytesArg, out] = process.argv.slice(2);
const target = Number(bytesArg);
const lines = readFileSync(join(import.meta.dirname, "../../test/fixtures/traces/ops.otlp.jsonl"), "utf8").trim().split("\n");
const ids = [...new Set(lines.join("\n").match(/"(?:traceId|spanId|parentSpanId)":"[0-9a-f]+"/g).map((m) => m.split(":")[1].slice(1, -1)))];
const hex = (n, width) => n.toString(16).padStart(width, "0");
/** The fixture's lines with every id replaced by one unique to repetition `i`. */
function repetition(i) {
  let text = lines.join("\n").replaceAll("conv-ops", `conv-ops-${i}`);
  ids.forEach((id, k) => (text = text.replaceAll(id, id.length === 32 ? hex(i * 64 + k, 32) : hex(i * 64 + k, 16))));
  return text.split("\n");
}
const stream = createWriteStream(out);
const write = (s) => (stream.write(s) ? Promise.resolve() : new Promise((r) => stream.once("drain", r)));
let written = 0;
let reps = 0;
if (layout === "object") {
  // one request: every span of every repetition in one scopeSpans array
  await write('{"resourceSpans":[{"resource":{"attributes":[]},"scopeSpans":[{"scope":{"name":"bench"},"spans":[\n');
  let first = true;
  while (written < target) {
    for (const line of repetition(reps)) {
      for (const rs of JSON.parse(line).resourceSpans) for (const ss of rs.scopeSpans) for (const s of ss.spans) {
        const text = (first ? "" : ",\n") + JSON.stringify(s);
        first = false;
        written += text.length;
        await write(text);
      }
    }
    reps++;
  }
  await write("\n]}]}]}\n");
} else {
  while (written < target) {
    const text = repetition(reps++).join("\n") + "\n";
    written += text.length;
    await write(text);
  }
}
stream.end();
await new Promise((r) => stream.on("finish", r));
console.log(JSON.stringify({ layout, bytes: written, runs: reps }));
