// Write a synthetic bundle of N events and a changed copy (3 inserted events, 2 changed event types),
// both sealed so they verify. Compact JSON written piece by piece (a million events do not fit in one
// string). The changed copy is skipped when the bundle is too large to be read as one string anyway,
// unless --any-size is given.
import { closeSync, openSync, statSync, writeSync } from "node:fs";
import type { EvidenceBundle, EvidenceEvent } from "../../core/evidence/schema";
import { sealBundle } from "../../core/evidence/seal";
import { syntheticBundle } from "./generate";

/** Same bytes as JSON.stringify(bundle), written in ~1 MB pieces. */
function writeJson(path: string, bundle: EvidenceBundle): void {
  const fd = openSync(path, "w");
  let chunk = "";
  const put = (text: string) => {
    chunk += text;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = "";
    }
  };
  Object.entries(bundle).forEach(([key, value], k) => {
    put(`${k ? "," : "{"}${JSON.stringify(key)}:`);
    if (!Array.isArray(value)) return put(JSON.stringify(value));
    put("[");
    value.forEach((item, i) => put((i ? "," : "") + JSON.stringify(item)));
    put("]");
  });
  put("}");
  writeSync(fd, chunk);
  closeSync(fd);
}

// --any-size: write the changed copy however large (a golden diff streams it; bench/evidence/golden-stream.mjs).
const [n, file, changedFile, anySize] = process.argv.slice(2) as [string, string, string, string?];
const bundle = syntheticBundle(Number(n));
writeJson(file, bundle);
if (anySize === "--any-size" || statSync(file).size < 2 ** 29 - 2 ** 24) {
  const events = bundle.events;
  const heartbeat = (at: EvidenceEvent): EvidenceEvent => ({ ...at, event_id: `${at.event_id}_hb`, type: "lease_heartbeat", agent_role: null, state_version: null, causal_token: null, payload: { lease_until: at.timestamp + 60 } });
  for (const f of [0.75, 0.5, 0.25]) {
    const i = Math.floor(events.length * f);
    events.splice(i, 0, heartbeat(events[i]!));
  }
  for (const f of [0.6, 0.3]) {
    const e = events[Math.floor(events.length * f)]!;
    e.type = e.type === "lease_heartbeat" ? "lease_expired" : "lease_heartbeat";
  }
  writeJson(changedFile, sealBundle(bundle));
}
