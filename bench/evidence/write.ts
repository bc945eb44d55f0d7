// Write a synthetic bundle of N events and a changed copy (3 inserted events, 2 changed event types),
// both sealed so they verify. Compact JSON, as a runtime exports large bundles.
import { writeFileSync } from "node:fs";
import type { EvidenceEvent } from "../../core/evidence/schema";
import { sealBundle } from "../../core/evidence/seal";
import { syntheticBundle } from "./generate";

const [n, file, changedFile] = process.argv.slice(2) as [string, string, string];
const bundle = syntheticBundle(Number(n));
writeFileSync(file, JSON.stringify(bundle));
const events = bundle.events;
const heartbeat = (at: EvidenceEvent): EvidenceEvent => ({ ...at, event_id: `${at.event_id}_hb`, type: "lease_heartbeat", agent_role: null, state_version: null, causal_token: null, payload: { lease_until: at.timestamp + 60 } });
for (const f of [0.75, 0.5, 0.25]) {
  const i = Math.floor(events.length * f);
  events.splice(i, 0, heartbeat(events[i]!));
}
for (const f of [0.6, 0.3]) {
  const e = events[Math.floor(events.length * f)]!;
  if (e.type === "tool_permission_decided") e.type = "sandbox_started";
  else e.type = e.type === "lease_heartbeat" ? "lease_expired" : "lease_heartbeat";
}
writeFileSync(changedFile, JSON.stringify(sealBundle(bundle)));
