// One measurement in a fresh process (so peak RSS is this bundle's): load + verify + evaluate a bundle,
// then load its changed copy and diff against the original as golden. Prints one JSON line.
import { readFileSync, statSync } from "node:fs";
import { compareWithGolden } from "../../core/evidence/golden";
import { evaluateGovernance } from "../../core/evidence/governance";
import { verifyIntegrity } from "../../core/evidence/integrity";
import { type LoadedBundle, loadBundleFile } from "../../core/evidence/load";
import type { EvidenceBundle } from "../../core/evidence/schema";
import { DEFAULT_LIMITS } from "../../core/kernel/limits";

const [file, changed] = process.argv.slice(2) as [string, string];
const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

// Baseline (its own process, so peak memory stays the real run's): reading and JSON.parse-ing the file, nothing else.
if (changed === "--parse-only") {
  const t0 = process.hrtime.bigint();
  if (statSync(file).size < 2 ** 29) JSON.parse(readFileSync(file, "utf8"));
  console.log(JSON.stringify({ parseOnly: ms(t0) }));
  process.exit(0);
}

// The default configuration (max-bundle-bytes 256 MiB) unless BENCH_MAX_BYTES says otherwise.
const limits = { ...DEFAULT_LIMITS, maxBytes: Number(process.env.BENCH_MAX_BYTES ?? 256 * 2 ** 20) };
let t = process.hrtime.bigint();
const loaded = loadBundleFile(file, file, limits);
const load = ms(t);
if (!loaded.bundle) {
  console.log(JSON.stringify({ file, bytes: statSync(file).size, refused: loaded.findings.map((f) => f.message), load, rss: process.resourceUsage().maxRSS * 1024 }));
  process.exit(0);
}
t = process.hrtime.bigint();
const integrity = verifyIntegrity(loaded.bundle, loaded.data);
const verify = ms(t);
t = process.hrtime.bigint();
const governance = evaluateGovernance(loaded.bundle, {});
const evaluate = ms(t);
t = process.hrtime.bigint();
const current = loadBundleFile(changed, changed, limits);
const loadChanged = ms(t);
t = process.hrtime.bigint();
const result = compareWithGolden(current as LoadedBundle & { bundle: EvidenceBundle }, loaded as LoadedBundle & { bundle: EvidenceBundle });
const diff = ms(t);
const events = result.dimensions.find((d) => d.dimension === "events")!;
console.log(
  JSON.stringify({
    file,
    events: loaded.bundle.events.length,
    bytes: statSync(file).size,
    load,
    verify,
    evaluate,
    loadChanged,
    diff,
    findings: integrity.length + governance.length,
    eventChanges: events.changes.map((c) => c.op),
    rss: process.resourceUsage().maxRSS * 1024,
  }),
);
