// One golden diff in a fresh process (peak RSS is this diff's alone): `flowgate golden`'s comparison
// (compareFiles) of <current> against <golden> with the default options and configuration, each bundle
// read whole up to the streaming threshold and streamed above it. Prints one JSON line:
// { ms, rss, passed, changes: { dimension: [op, pointer, text][] }, notes, findings }.
// Driven by bench/evidence/golden-stream.mjs.
import { dirname, relative } from "node:path";
import { compareFiles } from "../../core/evidence/check";
import { DEFAULT_GOLDEN_OPTIONS } from "../../core/evidence/config";
import { DEFAULT_LIMITS } from "../../core/kernel/limits";

const [current, golden] = process.argv.slice(2) as [string, string];
const root = dirname(current);
const t0 = process.hrtime.bigint();
const { findings, result } = compareFiles(root, relative(root, current), relative(root, golden), DEFAULT_GOLDEN_OPTIONS, { ...DEFAULT_LIMITS, maxBytes: 256 * 2 ** 20 });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const changes = Object.fromEntries((result?.dimensions ?? []).filter((d) => d.changes.length).map((d) => [d.dimension, d.changes.map((c) => [c.op, c.pointer.join("/"), c.text])]));
const notes = (result?.dimensions ?? []).flatMap((d) => (d.note ? [`${d.dimension}: ${d.note}`] : []));
console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024, passed: result?.passed, changes, notes, findings: findings.length }));
