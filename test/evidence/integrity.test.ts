import { describe, expect, it } from "vitest";
import { evaluateBundle } from "../../core/evidence/evaluate";
import { bundleHashOf, rehashBundle } from "../../core/evidence/seal";
import { sha256Hex } from "../../core/evidence/json";
import { SAMPLES, edited, rulesOf, sample, sampleText } from "./fixtures";

type Path = (string | number)[];

function leaves(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  } else out.push(path);
  return out;
}

function mutate(value: unknown): unknown {
  if (typeof value === "string") return value + "x";
  if (typeof value === "number") return value + 1;
  if (typeof value === "boolean") return !value;
  return "x";
}

function withLeafChanged(data: unknown, path: Path): Record<string, unknown> {
  const copy = structuredClone(data) as Record<string, unknown>;
  let at: any = copy;
  for (const k of path.slice(0, -1)) at = at[k];
  at[path.at(-1)!] = mutate(at[path.at(-1)!]);
  return copy;
}

const shape = (path: Path) => path.map((p) => (typeof p === "number" ? "#" : p)).join("/");

/**
 * Fields agentledger.evidence.v1 records exactly once, with nothing else in the bundle to check them
 * against once bundle_hash is recomputed: ids nothing references, free-text reasons, update times, and
 * the last event's time. Any other field changed alone is caught even with a recomputed bundle_hash.
 */
const UNPROTECTED = new Set([
  "run/updated_at",
  "steps/#/updated_at",
  "steps/#/last_error_type",
  "events/#/event_id",
  "events/#/timestamp",
  "tool_ledger/#/ledger_id",
  "tool_ledger/#/tool_call_id",
  "tool_ledger/#/tool_version",
  "tool_ledger/#/external_id",
  "tool_ledger/#/updated_at",
  "approvals/#/reason",
  "approvals/#/updated_at",
  "cost_records/#/created_at",
]);

describe("integrity: every leaf of every sample bundle, changed alone, is detected", () => {
  for (const name of SAMPLES) {
    const text = sampleText(name);
    const data = JSON.parse(text) as unknown;
    const paths = leaves(data);
    const baseline = new Set(evaluateBundle("b.json", text).findings.map((f) => `${f.rule} ${f.message}`));
    const fresh = (t: string) => evaluateBundle("b.json", t).findings.filter((f) => f.severity === "error" && !baseline.has(`${f.rule} ${f.message}`));

    it(`${name}: all ${paths.length} leaves, bundle_hash left as exported → an error (bundle-hash-mismatch once it parses)`, () => {
      let checked = 0;
      for (const path of paths) {
        const found = fresh(JSON.stringify(withLeafChanged(data, path), null, 2));
        expect(found.length, `/${path.join("/")}`).toBeGreaterThan(0);
        if (!found.some((f) => f.rule === "evidence/invalid-bundle")) expect(rulesOf(found), `/${path.join("/")}`).toContain("evidence/bundle-hash-mismatch");
        checked++;
      }
      expect(checked).toBe(paths.length);
    });

    it(`${name}: every leaf with bundle_hash recomputed → detected, except the documented unprotected fields`, () => {
      const undetected: string[] = [];
      for (const path of paths) {
        if (path[0] === "bundle_hash") continue;
        const changed = rehashBundle(withLeafChanged(data, path) as { bundle_hash: string });
        const found = fresh(JSON.stringify(changed, null, 2));
        expect(rulesOf(found)).not.toContain("evidence/bundle-hash-mismatch");
        if (found.length === 0) undetected.push(`/${path.join("/")}`);
      }
      for (const p of undetected) expect(UNPROTECTED.has(shape(p.slice(1).split("/").map((s) => (/^\d+$/.test(s) ? Number(s) : s)))), p).toBe(true);
      // The only events whose time is unprotected are last ones (earlier ones must not pass the next event's).
      const times = undetected.filter((p) => /^\/events\/\d+\/timestamp$/.test(p));
      expect(times).toEqual([`/events/${sample(name).events.length - 1}/timestamp`]);
    });
  }
});

describe("integrity findings name what no longer matches, at its position", () => {
  const check = (edit: (b: Record<string, any>) => void, rehash = true) => {
    const data = JSON.parse(sampleText("tool-and-model-cost"));
    edit(data);
    const text = JSON.stringify(rehash ? rehashBundle(data) : data, null, 2);
    return evaluateBundle("b.json", text).findings.map((f) => [f.rule, f.line, f.column, f.endLine, f.endColumn, f.message]);
  };

  it("bundle_hash: points at the hash, says both values", () => {
    const [finding] = check((b) => void (b.final_state.issue = "ISSUE-2"), false);
    expect(finding!.slice(0, 5)).toEqual(["evidence/bundle-hash-mismatch", 3, 18, 3, 84]);
  });

  it("each recomputable field, edited with bundle_hash recomputed, is named at its own position", () => {
    expect(check((b) => void (b.events[4].payload_hash = "0".repeat(64)))).toEqual([
      ["evidence/payload-hash-mismatch", 116, 23, 116, 89, "event 5 (tool_call_requested): payload_hash does not match the sha256 of payload_ref"],
    ]);
    expect(check((b) => void (b.events[4].payload.args.title = "u"))).toEqual([
      ["evidence/payload-ref-mismatch", 118, 18, 123, 8, "event 5 (tool_call_requested): payload no longer matches payload_ref"],
    ]);
    expect(check((b) => void (b.tool_ledger[0].response_hash = "1".repeat(64)))).toEqual([
      ["evidence/tool-response-mismatch", 156, 22, 156, 50, "event 7 (tool_call_completed): the response does not hash to the ledger row's response_hash"],
      ["evidence/inconsistent-record", 332, 24, 332, 90, "tool-ledger row github.create_issue: response_hash is not the sha256 of response_ref"],
    ]);
    expect(check((b) => void (b.events[9].seq = 11))).toEqual([["evidence/sequence-gap", 211, 14, 211, 16, "event #10 has seq 11; expected 10"]]);
    expect(check((b) => void (b.summary.event_count = 13))).toEqual([["evidence/summary-mismatch", 403, 20, 403, 22, "summary.event_count says 13 but the records add up to 14"]]);
    expect(check((b) => void (b.cost_summary.total_usd = 0.2))).toEqual([["evidence/summary-mismatch", 395, 18, 395, 21, "cost_summary.total_usd says 0.2 but the records add up to 0.25"]]);
    expect(check((b) => void (b.final_state.issue = "ISSUE-2"))).toEqual([
      ["evidence/inconsistent-record", 8, 14, 10, 6, "run.state: differs from final_state"],
      ["evidence/inconsistent-record", 415, 18, 417, 4, "final_state: is not the initial state with the committed patches applied"],
    ]);
  });

  it("an unknown event type is its own error (and its agent no longer vouches for the agent's later events)", () => {
    const text = edited("golden-minimal-success", (b) => void (b.events[3]!.type = "agent_begun"));
    expect(evaluateBundle("b.json", text).findings.map((f) => [f.rule, f.message, f.properties?.pointer])).toEqual([
      ["evidence/unknown-event-type", 'event 4 has unknown type "agent_begun"', "/events/3/type"],
      ["evidence/inconsistent-record", 'event 5: agent_role "GoldenAgent" is not the agent started in its step (null)', "/events/4/agent_role"],
    ]);
  });

  it("a step's status is what its last status event recorded, unless a later claim restarted it", () => {
    const running = edited("golden-minimal-success", (b) => void (b.steps[0]!.status = "running"));
    expect(evaluateBundle("b.json", running).findings.map((f) => f.message)).toEqual(["step step_5a747546216bb8f476bf1513: status is running but its last step_completed event records it completed"]);
    const reclaimed = edited("golden-minimal-success", (b) => {
      b.steps[0]!.status = "running";
      b.events.push({ ...b.events[2]!, event_id: "evt_reclaim" });
    });
    expect(evaluateBundle("b.json", reclaimed).findings.map((f) => f.message)).toEqual([]);
  });

  it("a lease heartbeat extends lease_until; the step's lease_until must be the latest", () => {
    const withHeartbeat = (stepUntil: number) =>
      edited("golden-minimal-success", (b) => {
        const claim = b.events[2]!;
        b.events.splice(4, 0, { ...claim, event_id: "evt_hb", type: "lease_heartbeat", payload: { lease_until: 1795369999 } });
        b.steps[0]!.lease_until = stepUntil;
      });
    expect(rulesOf(evaluateBundle("b.json", withHeartbeat(1795369999)).findings)).toEqual([]);
    expect(evaluateBundle("b.json", withHeartbeat(1795369916.025)).findings.map((f) => f.message)).toEqual([
      "step step_5a747546216bb8f476bf1513: lease_until is not the one its last lease_heartbeat event recorded",
    ]);
  });

  it("artifact content: artifact_created's payload_ref against blob_hash, inline and blob:// refs", () => {
    const withArtifact = (content: string, blobHash: string, blobRef: string) =>
      edited("golden-minimal-success", (b) => {
        const step = b.steps[0]!.step_id;
        b.artifacts.push({ artifact_id: "artifact_1", run_id: b.run.run_id, step_id: step, name: "notes.json", blob_hash: blobHash, blob_ref: blobRef, metadata: {}, created_at: 1 });
        const last = b.events.at(-1)!;
        b.events.splice(b.events.length - 1, 0, { ...last, event_id: "evt_artifact", type: "artifact_created", state_version: null, payload: { artifact_id: "artifact_1", name: "notes.json" }, payload_ref: content });
      });
    const content = '{"notes":1}';
    const hash = sha256Hex(content);
    expect(rulesOf(evaluateBundle("b.json", withArtifact(content, `sha256:${hash}`, content)).findings)).toEqual([]);
    expect(rulesOf(evaluateBundle("b.json", withArtifact(content, `sha256:${hash}`, `blob://sha256/${hash}.json`)).findings)).toEqual([]);
    const tampered = evaluateBundle("b.json", withArtifact('{"notes":2}', `sha256:${hash}`, content)).findings;
    expect(tampered.map((f) => f.message)).toEqual(['event 7 (artifact_created): content does not hash to artifact "notes.json"\'s blob_hash']);
    const wrongRef = evaluateBundle("b.json", withArtifact(content, `sha256:${hash}`, `blob://sha256/${"0".repeat(64)}.json`)).findings;
    expect(wrongRef.map((f) => f.message)).toEqual(['artifact "notes.json": blob_ref does not match blob_hash']);
  });
});

describe("bundleHashOf", () => {
  it("hashes exactly JSON.stringify(bundle with bundle_hash null), piece by piece", () => {
    const data = { schema_version: "v", bundle_hash: "abc", list: [1, { a: "x" }, null], skipped: undefined, nested: { b: [] } };
    expect(bundleHashOf(data)).toBe(sha256Hex(JSON.stringify({ ...data, bundle_hash: null })));
    for (const name of SAMPLES) expect(bundleHashOf(sample(name))).toBe(sample(name).bundle_hash);
  });
});
