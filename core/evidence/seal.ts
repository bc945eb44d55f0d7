import { namesRecord } from "../data";
import { sha256Hex, TextSha256 } from "./json";
import { type CostRecord, EVIDENCE_SCHEMA_VERSION, type EvidenceBundle, UNRESOLVED_LEDGER_STATUSES } from "./schema";

/**
 * cost_summary as the runtime sums cost_records, record by record: tool calls are `tool` and
 * `tool_shadow` records in `call`s, model tokens only `model` records in `token`s, USD every `usd` record.
 */
export function costSummaryOf(records: readonly CostRecord[]): EvidenceBundle["cost_summary"] {
  const summary: EvidenceBundle["cost_summary"] = { tool_calls: 0, model_tokens: 0, total_usd: 0, by_category: namesRecord() };
  for (const c of records) addCost(summary, c);
  return summary;
}

/** One record added to a cost summary (the streaming path folds records as they pass, in the same order). */
export function addCost(summary: EvidenceBundle["cost_summary"], c: Pick<CostRecord, "category" | "unit" | "amount">): void {
  if ((c.category === "tool" || c.category === "tool_shadow") && c.unit === "call") summary.tool_calls += c.amount;
  if (c.category === "model" && c.unit === "token") summary.model_tokens += c.amount;
  if (c.unit === "usd") summary.total_usd += c.amount;
  summary.by_category[`${c.category}:${c.unit}`] = (summary.by_category[`${c.category}:${c.unit}`] ?? 0) + c.amount;
}

/**
 * sha256 of JSON.stringify(bundle with bundle_hash null), keys in document order — fed to the hash
 * piece by piece (top-level values, array items one at a time), the same bytes without building a
 * string as large as the bundle.
 */
export function bundleHashOf(data: object): string {
  const hash = new TextSha256();
  let first = true;
  for (const [key, value] of Object.entries({ ...data, bundle_hash: null } as Record<string, unknown>)) {
    if (value === undefined) continue;
    hash.update(`${first ? "{" : ","}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(value)) {
      hash.update(JSON.stringify(value));
      continue;
    }
    hash.update("[");
    value.forEach((item, i) => {
      if (i) hash.update(",");
      hash.update(JSON.stringify(item) ?? "null");
    });
    hash.update("]");
  }
  hash.update(first ? "{}" : "}");
  return hash.digest();
}

/** A bundle for `run` with no records yet; add steps, events, ledger rows… then sealBundle it. */
export function emptyBundle(run: EvidenceBundle["run"]): EvidenceBundle {
  const bundle: EvidenceBundle = {
    schema_version: EVIDENCE_SCHEMA_VERSION,
    bundle_hash: "",
    run,
    steps: [],
    events: [],
    tool_ledger: [],
    approvals: [],
    artifacts: [],
    media_artifacts: [],
    stream_checkpoints: [],
    cost_records: [],
    cost_summary: costSummaryOf([]),
    summary: summaryOf({ steps: [], events: [], tool_ledger: [], approvals: [], artifacts: [], media_artifacts: [], stream_checkpoints: [], cost_records: [] }),
    final_state: {},
  };
  return bundle;
}

/** summary as the runtime derives it from the arrays (has_pending_ledger: any unresolved ledger row). */
export function summaryOf(b: Pick<EvidenceBundle, "steps" | "events" | "tool_ledger" | "approvals" | "artifacts" | "media_artifacts" | "stream_checkpoints" | "cost_records">): EvidenceBundle["summary"] {
  return {
    event_count: b.events.length,
    step_count: b.steps.length,
    tool_ledger_count: b.tool_ledger.length,
    approval_count: b.approvals.length,
    artifact_count: b.artifacts.length,
    media_artifact_count: b.media_artifacts.length,
    stream_checkpoint_count: b.stream_checkpoints.length,
    cost_record_count: b.cost_records.length,
    has_failed_steps: b.steps.some((s) => s.status === "failed"),
    has_pending_ledger: b.tool_ledger.some((r) => UNRESOLVED_LEDGER_STATUSES.includes(r.status)),
    has_pending_approval: b.approvals.some((a) => a.status === "PENDING"),
  };
}

/**
 * Fill in everything a bundle derives from its records, exactly as verifyIntegrity recomputes it:
 * seq, payload_ref (the payload's JSON, except tool_call_completed / artifact_created whose ref is the
 * content), payload_hash, summary, cost_summary and finally bundle_hash. For writers of bundles
 * (Flowgate's own run export, tests, the benchmark). Mutates and returns the bundle.
 */
export function sealBundle<T extends EvidenceBundle>(bundle: T): T {
  bundle.events.forEach((e, i) => {
    e.seq = i + 1;
    if (e.type !== "tool_call_completed" && e.type !== "artifact_created") e.payload_ref = JSON.stringify(e.payload);
    e.payload_hash = sha256Hex(e.payload_ref);
  });
  Object.assign(bundle.cost_summary, costSummaryOf(bundle.cost_records));
  Object.assign(bundle.summary, summaryOf(bundle));
  return rehashBundle(bundle);
}

/** Recompute bundle_hash only: sha256 of JSON.stringify(bundle with bundle_hash null), document key order. */
export function rehashBundle<T extends { bundle_hash: string }>(bundle: T): T {
  bundle.bundle_hash = bundleHashOf(bundle);
  return bundle;
}
