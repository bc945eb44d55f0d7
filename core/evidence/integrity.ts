import { ownEntry } from "../data";
import type { Problem } from "./load";
import { bareHash, deepEqual, isObject, mergePatch, sha256Hex } from "./json";
import {
  artifactMismatch,
  bundleHashMismatch,
  inconsistentRecord,
  payloadHashMismatch,
  payloadRefMismatch,
  sequenceGap,
  summaryMismatch,
  toolResponseMismatch,
  unknownEventType,
} from "./rules";
import { type EvidenceBundle, type EvidenceEvent, type ToolLedgerEntry, UNRESOLVED_LEDGER_STATUSES } from "./schema";
import { bundleHashOf, costSummaryOf, summaryOf } from "./seal";

/** Event types whose payload_ref is not the payload's JSON (it is the tool response / artifact content). */
export const CONTENT_REF_TYPES = new Set(["tool_call_completed", "artifact_created"]);
/** Events that set a step's status, and the status they set. */
export const STATUS_EVENTS: Record<string, string> = {
  step_completed: "completed",
  step_failed: "failed",
  step_cancelled: "cancelled",
  step_waiting_human: "waiting_human",
  step_retry_scheduled: "retry_scheduled",
};

/** Event types agentledger.evidence.v1 defines (the spec's list plus tool_call_blocked, which its reviewer checks for). */
export const KNOWN_EVENT_TYPES: ReadonlySet<string> = new Set([
  "run_created", "step_created", "step_claimed", "agent_started", "lease_heartbeat", "lease_expired", "tool_call_requested",
  "tool_permission_decided", "tool_approval_required", "tool_approval_decided", "tool_call_completed", "tool_call_failed",
  "tool_call_blocked", "sandbox_started", "sandbox_completed", "budget_check_failed", "model_call_completed", "cost_recorded",
  "artifact_created", "state_patch_proposed", "state_patch_committed", "step_completed", "failure_classified", "error_raised",
  "step_retry_scheduled", "step_waiting_human", "step_failed", "step_cancelled", "run_cancel_requested", "run_cancelled",
  "agent_result_returned",
]);

/**
 * Recompute everything the runtime writes but never checks (spec "Integrity"), and cross-check the
 * copies a bundle keeps of the same fact (a record and the event that recorded it), so an edit that
 * also recomputes bundle_hash is still caught wherever the format repeats itself.
 *
 * `data` is the document exactly as parsed: bundle_hash depends on its key order.
 */
export function verifyIntegrity(bundle: EvidenceBundle, data: unknown = bundle): Problem[] {
  const out: Problem[] = [];
  const refHashes = bundle.events.map((e) => sha256Hex(e.payload_ref));
  checkBundleHash(bundle, data, out);
  checkEvents(bundle, refHashes, out);
  checkSummaries(bundle, out);
  checkRecords(bundle, refHashes, out);
  return out;
}

function checkBundleHash(bundle: EvidenceBundle, data: unknown, out: Problem[]): void {
  const expected = bundleHashOf(data as object);
  if (expected !== bundle.bundle_hash) out.push({ rule: bundleHashMismatch, pointer: ["bundle_hash"], args: [expected, bundle.bundle_hash] });
}

function checkEvents(bundle: EvidenceBundle, refHashes: readonly string[], out: Problem[]): void {
  const ledgerByKey = new Map<string, ToolLedgerEntry>();
  for (const row of bundle.tool_ledger) if (!ledgerByKey.has(row.idempotency_key)) ledgerByKey.set(row.idempotency_key, row);
  const artifactsById = new Map(bundle.artifacts.map((a) => [a.artifact_id, a]));
  // Keys of the tool requests made so far: a read-only tool's completion has no ledger row, only its request.
  const requested = new Set<string>();
  let previousTime = -Infinity;
  bundle.events.forEach((event, i) => {
    const at = ["events", i];
    if (event.seq !== i + 1) out.push({ rule: sequenceGap, pointer: [...at, "seq"], args: [i, i + 1, event.seq] });
    if (event.run_id !== bundle.run.run_id || event.session_id !== bundle.run.session_id) {
      out.push({ rule: inconsistentRecord, pointer: at, part: "key", args: [`event ${event.seq}`, "belongs to another run or session"] });
    }
    if (event.timestamp < previousTime) out.push({ rule: inconsistentRecord, pointer: [...at, "timestamp"], args: [`event ${event.seq}`, "is earlier than the event before it"] });
    previousTime = event.timestamp;
    if (refHashes[i] !== bareHash(event.payload_hash)) out.push({ rule: payloadHashMismatch, pointer: [...at, "payload_hash"], args: [String(event.seq), event.type] });
    if (!CONTENT_REF_TYPES.has(event.type)) {
      if (JSON.stringify(event.payload) !== event.payload_ref) out.push({ rule: payloadRefMismatch, pointer: [...at, "payload"], args: [String(event.seq), event.type] });
      if (event.type === "tool_call_requested" && isObject(event.payload)) requested.add(`${event.run_id}:${event.step_id}:${String(event.payload.tool)}:${bareHash(event.payload_hash)}`);
    } else if (event.type === "tool_call_completed") checkToolCompleted(event, refHashes[i]!, at, ledgerByKey, requested, out);
    else checkArtifactCreated(event, refHashes[i]!, at, artifactsById, bundle, out);
  });
}

function checkToolCompleted(event: EvidenceEvent, responseHash: string, at: (string | number)[], ledger: Map<string, ToolLedgerEntry>, requested: ReadonlySet<string>, out: Problem[]): void {
  const payload = isObject(event.payload) ? event.payload : {};
  const key = payload.idempotency_key;
  const row = typeof key === "string" ? ledger.get(key) : undefined;
  const seq = String(event.seq);
  if (!row) {
    // The runtime ledgers only managed side effects; a read-only tool's completion answers its own step's request.
    const own = typeof key === "string" && key.startsWith(`${event.run_id}:${event.step_id}:${String(payload.tool)}:`) && requested.has(key);
    if (!own) out.push({ rule: toolResponseMismatch, pointer: [...at, "payload"], args: [seq, "names neither a tool-ledger row nor an earlier tool_call_requested of its step by its idempotency_key"] });
    return;
  }
  if (bareHash(row.response_hash) !== responseHash) {
    out.push({ rule: toolResponseMismatch, pointer: [...at, "payload_ref"], args: [seq, `the response does not hash to the ledger row's response_hash`] });
  } else if (row.response_ref !== event.payload_ref) {
    out.push({ rule: toolResponseMismatch, pointer: [...at, "payload_ref"], args: [seq, `the response is not the ledger row's response_ref`] });
  }
  if (payload.tool !== row.tool_name) out.push({ rule: toolResponseMismatch, pointer: [...at, "payload", "tool"], args: [seq, `tool ${JSON.stringify(payload.tool)} is not the ledger row's ${JSON.stringify(row.tool_name)}`] });
  if (event.step_id !== row.step_id) out.push({ rule: toolResponseMismatch, pointer: [...at, "step_id"], args: [seq, "is in another step than its ledger row"] });
}

function checkArtifactCreated(event: EvidenceEvent, contentHash: string, at: (string | number)[], byId: Map<string, EvidenceBundle["artifacts"][number]>, bundle: EvidenceBundle, out: Problem[]): void {
  const payload = isObject(event.payload) ? event.payload : {};
  const artifact = typeof payload.artifact_id === "string" ? byId.get(payload.artifact_id) : bundle.artifacts.find((a) => bareHash(a.blob_hash) === contentHash);
  const what = `event ${event.seq} (artifact_created)`;
  if (!artifact) return void out.push({ rule: artifactMismatch, pointer: [...at, "payload_ref"], args: [what, "its content matches no artifact's blob_hash"] });
  if (bareHash(artifact.blob_hash) !== contentHash) out.push({ rule: artifactMismatch, pointer: [...at, "payload_ref"], args: [what, `content does not hash to artifact ${JSON.stringify(artifact.name)}'s blob_hash`] });
  // payload_ref is the content, so the payload itself is bound to nothing but its artifact.
  if (payload.name !== undefined && payload.name !== artifact.name) out.push({ rule: inconsistentRecord, pointer: [...at, "payload", "name"], args: [what, `name is not artifact ${JSON.stringify(artifact.name)}'s name`] });
  if (event.step_id !== artifact.step_id) out.push({ rule: inconsistentRecord, pointer: [...at, "step_id"], args: [what, `is in another step than artifact ${JSON.stringify(artifact.name)}`] });
}

/** The runtime's compactObject: undefined, null, "" and {} values are left out. */
export function compact(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== "" && !(isObject(v) && Object.keys(v).length === 0)));
}

export const DERIVED = {
  media_artifacts: { key: "agentledger_media", what: "media artifact", fields: (m: Record<string, unknown>) => ({ kind: m.kind, uri: m.uri, content_ref: m.content_ref, metadata: m.metadata ?? {}, lineage: m.lineage ?? {} }) },
  stream_checkpoints: {
    key: "agentledger_stream",
    what: "stream checkpoint",
    fields: (m: Record<string, unknown>) => ({ stream_id: m.stream_id, consumer_id: m.consumer_id, offset: m.offset, watermark: m.watermark, chunk: m.chunk ?? {}, partial_result_ref: m.partial_result_ref, backpressure: m.backpressure ?? {} }),
  },
} as const;

/** media_artifacts and stream_checkpoints are derived from artifacts' metadata.agentledger_media/_stream, in artifact order. */
function checkDerived(bundle: EvidenceBundle, out: Problem[]): void {
  for (const [base, d] of Object.entries(DERIVED) as [keyof typeof DERIVED, (typeof DERIVED)[keyof typeof DERIVED]][]) {
    const sources = bundle.artifacts.filter((a) => isObject(a.metadata) && a.metadata[d.key]);
    const rows = bundle[base] as Record<string, unknown>[];
    if (rows.length !== sources.length) {
      out.push({ rule: inconsistentRecord, pointer: [base], part: "key", args: [base, `${rows.length} entries but the artifacts' metadata.${d.key} derive ${sources.length}`] });
      continue;
    }
    sources.forEach((a, i) => {
      const meta = a.metadata![d.key];
      const expected = compact({ artifact_id: a.artifact_id, name: a.name, blob_hash: a.blob_hash, blob_ref: a.blob_ref, ...d.fields(isObject(meta) ? meta : {}) });
      const row = rows[i]!;
      for (const field of new Set([...Object.keys(expected), ...Object.keys(row)])) {
        if (deepEqual(expected[field], row[field])) continue;
        out.push({ rule: inconsistentRecord, pointer: field in row ? [base, i, field] : [base, i], args: [`${d.what} #${i + 1}`, `${field} is not what artifact ${JSON.stringify(a.name)}'s metadata.${d.key} says`] });
      }
    });
  }
}

/** Artifacts' inline content and blob:// refs against their blob_hash. */
function checkArtifacts(bundle: EvidenceBundle, out: Problem[]): void {
  bundle.artifacts.forEach((artifact, i) => {
    const hash = bareHash(artifact.blob_hash);
    const ref = artifact.blob_ref;
    if (!hash || !ref) return;
    const what = `artifact ${JSON.stringify(artifact.name)}`;
    const blob = /^blob:\/\/sha256\/([0-9a-f]{64})(?:\.[a-z]+)?$/.exec(ref);
    if (blob ? blob[1] !== hash : sha256Hex(ref) !== hash) out.push({ rule: artifactMismatch, pointer: ["artifacts", i, "blob_ref"], args: [what, "blob_ref does not match blob_hash"] });
    if (artifact.run_id !== bundle.run.run_id) out.push({ rule: inconsistentRecord, pointer: ["artifacts", i, "run_id"], args: [what, "belongs to another run"] });
  });
}

/** Totals equal but for floating-point noise (the runtime sums in its own order). */
export function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The cost categories whose stated total differs from the records' (either side may lack one; each read as its own
 * entry, never Object.prototype's), with the finding's arguments and whether the summary names the category.
 */
export function categoryMismatches(computed: Readonly<Record<string, number>>, stated: Readonly<Record<string, number>>): Array<{ key: string; stated: boolean; args: string[] }> {
  const out: Array<{ key: string; stated: boolean; args: string[] }> = [];
  for (const key of new Set([...Object.keys(computed), ...Object.keys(stated)])) {
    const [mine, theirs] = [ownEntry(computed, key), ownEntry(stated, key)];
    if (!near(mine ?? NaN, theirs ?? NaN)) out.push({ key, stated: Object.hasOwn(stated, key), args: [`cost_summary.by_category["${key}"]`, String(mine ?? "absent"), String(theirs ?? "absent")] });
  }
  return out;
}

function checkSummaries(bundle: EvidenceBundle, out: Problem[]): void {
  const s = bundle.summary;
  const expected = summaryOf(bundle);
  for (const field of Object.keys(expected) as (keyof typeof expected)[]) {
    if (field === "has_pending_ledger") continue;
    if (s[field] !== expected[field]) out.push({ rule: summaryMismatch, pointer: ["summary", field], args: [`summary.${field}`, String(expected[field]), String(s[field])] });
  }
  // The runtime's exact notion of "pending" is not specified beyond PENDING_VERIFICATION; accept any unresolved status.
  const unresolved = bundle.tool_ledger.some((r) => UNRESOLVED_LEDGER_STATUSES.includes(r.status));
  const verifying = bundle.tool_ledger.some((r) => r.status === "PENDING_VERIFICATION");
  if (s.has_pending_ledger ? !unresolved : verifying) {
    out.push({ rule: summaryMismatch, pointer: ["summary", "has_pending_ledger"], args: ["summary.has_pending_ledger", String(!s.has_pending_ledger), String(s.has_pending_ledger)] });
  }
  const computed = costSummaryOf(bundle.cost_records);
  const cs = bundle.cost_summary;
  for (const m of categoryMismatches(computed.by_category, cs.by_category)) out.push({ rule: summaryMismatch, pointer: ["cost_summary", "by_category", ...(m.stated ? [m.key] : [])], args: m.args });
  for (const field of ["tool_calls", "model_tokens", "total_usd"] as const) {
    const expected = computed[field];
    if (!near(expected, cs[field])) out.push({ rule: summaryMismatch, pointer: ["cost_summary", field], args: [`cost_summary.${field}`, String(expected), String(cs[field])] });
  }
}

/** Cross-record consistency: a record and the events that recorded it must tell the same story. */
function checkRecords(bundle: EvidenceBundle, refHashes: readonly string[], out: Problem[]): void {
  const { run } = bundle;
  const bad = (pointer: (string | number)[], where: string, detail: string) => out.push({ rule: inconsistentRecord, pointer, args: [where, detail] });
  const stepIds = new Set(bundle.steps.map((s) => s.step_id));
  const eventsByStep = new Map<string, EvidenceEvent[]>();
  for (const e of bundle.events) {
    if (e.step_id === null) continue;
    const list = eventsByStep.get(e.step_id) ?? [];
    list.push(e);
    eventsByStep.set(e.step_id, list);
  }
  const agents: Agents = { started: new Map(), version: 0 };
  const tokens = tokenParser();
  // Ledger rows repeat their events' payloads (request_ref = the request's payload_ref, response_ref = the completion's): hash those once.
  const hashed = new Map<string, string>();
  bundle.events.forEach((e, i) => hashed.set(e.payload_ref, refHashes[i]!));
  const hashOf = (text: string) => hashed.get(text) ?? sha256Hex(text);
  if (bundle.events[0]?.type !== "run_created") bad(["events", 0, "type"], "events", "the first event is not run_created");
  bundle.events.forEach((e, i) => {
    if (e.step_id !== null && !stepIds.has(e.step_id)) bad(["events", i, "step_id"], `event ${e.seq}`, `names unknown step ${e.step_id}`);
    checkCausalToken(e, tokens, ["events", i, "causal_token"], `event ${e.seq}`, bad);
    if (KNOWN_EVENT_TYPES.has(e.type)) checkEventShape(e, ["events", i], agents, tokens, bad);
    else out.push({ rule: unknownEventType, pointer: ["events", i, "type"], args: [e.seq, e.type] });
  });

  // State: replaying the committed patches over the initial state gives final_state, which is run.state.
  const created = bundle.events.find((e) => e.type === "run_created");
  let state: unknown = isObject(created?.payload) ? structuredClone(created.payload.initial_state) : undefined;
  let version = 0;
  for (const e of bundle.events) {
    if (e.type !== "state_patch_committed" || !isObject(e.payload)) continue;
    state = mergePatch(state, e.payload.patch);
    if (typeof e.payload.state_version === "number") version = e.payload.state_version;
  }
  if (created && !deepEqual(state, bundle.final_state)) bad(["final_state"], "final_state", "is not the initial state with the committed patches applied");
  if (!deepEqual(run.state, bundle.final_state)) bad(["run", "state"], "run.state", "differs from final_state");
  if (run.state_version !== version) bad(["run", "state_version"], "run.state_version", `is ${run.state_version} but the last committed patch is version ${version}`);
  if (run.updated_at < run.created_at) bad(["run", "updated_at"], "run", "was updated before it was created");

  bundle.steps.forEach((step, i) => {
    const at = ["steps", i];
    const where = `step ${step.step_id}`;
    if (step.run_id !== run.run_id || step.session_id !== run.session_id) bad(at, where, "belongs to another run or session");
    if (step.updated_at < step.created_at) bad([...at, "updated_at"], where, "was updated before it was created");
    const events = eventsByStep.get(step.step_id) ?? [];
    const claim = events.filter((e) => e.type === "step_claimed").at(-1);
    const claimed = isObject(claim?.payload) ? claim.payload : undefined;
    if (claimed && claimed.attempt !== step.attempt) bad([...at, "attempt"], where, `attempt is ${step.attempt} but its last claim was attempt ${String(claimed.attempt)}`);
    // A heartbeat after the claim extends the lease: lease_until is the latest one recorded (unchecked if a heartbeat does not say).
    const renewal = events.filter((e) => e.type === "step_claimed" || e.type === "lease_heartbeat").at(-1);
    const renewed = renewal?.type === "lease_heartbeat" ? (isObject(renewal.payload) ? renewal.payload.lease_until : undefined) : claimed?.lease_until;
    const lease: [string, unknown, string][] = [["owner", claimed?.worker_id, "step_claimed"], ["lease_token", claimed?.lease_token, "step_claimed"], ["lease_until", renewed, renewal?.type ?? "step_claimed"]];
    for (const [field, recorded, by] of lease) {
      const value = step[field];
      if (value !== undefined && value !== null && recorded !== undefined && value !== recorded) bad([...at, field], where, `${field} is not the one its last ${by} event recorded`);
    }
    if (step.checkpoint_id != null && step.checkpoint_id !== `ckpt:${run.run_id}:${step.step_id}:${step.attempt}`) bad([...at, "checkpoint_id"], where, "checkpoint_id does not name this run, step and attempt");
    const commits = events.filter((e) => e.type === "state_patch_committed" && e.state_version !== null);
    const lastVersion = commits.at(-1)?.state_version;
    if (lastVersion != null && step.state_version !== lastVersion) bad([...at, "state_version"], where, `state_version is ${step.state_version} but its last committed patch is version ${lastVersion}`);
    const started = events.filter((e) => e.type === "agent_started").at(-1);
    if (commits.length === 0 && started && started.state_version !== null && step.state_version !== started.state_version) bad([...at, "state_version"], where, `state_version is ${step.state_version} but its agent started at version ${started.state_version} and committed nothing`);
    const has = (type: string) => events.some((e) => e.type === type);
    if (!has("step_created")) bad(at, where, "no step_created event created it");
    const waiting = events.filter((e) => e.type === "step_waiting_human").at(-1);
    if (step.status === "waiting_human" && waiting && isObject(waiting.payload) && step.last_error != null && step.last_error !== waiting.payload.reason) bad([...at, "last_error"], where, "last_error is not the reason its step_waiting_human event recorded");
    // The step's last status event (unless a later claim restarted it) says what its status is.
    const last = events.filter((e) => e.type in STATUS_EVENTS || e.type === "step_claimed").at(-1);
    const recorded = last && STATUS_EVENTS[last.type];
    if (recorded && step.status !== recorded) bad([...at, "status"], where, `status is ${step.status} but its last ${last.type} event records it ${recorded}`);
    const errorEvent = events.filter((e) => e.type === "failure_classified" || e.type === "error_raised").at(-1);
    const error = isObject(errorEvent?.payload) ? errorEvent.payload : undefined;
    if (step.status === "failed" && error) {
      if (step.last_error_type != null && step.last_error_type !== error.error_type) bad([...at, "last_error_type"], where, "last_error_type is not the error its events recorded");
      if (step.last_error != null && step.last_error !== error.error) bad([...at, "last_error"], where, "last_error is not the error its events recorded");
    }
  });

  const requests = new Set<string>();
  bundle.events.forEach((e, i) => void (e.type === "tool_call_requested" && requests.add(`${e.step_id}\u0000${refHashes[i]}`)));
  bundle.tool_ledger.forEach((row, i) => {
    const at = ["tool_ledger", i];
    const where = `tool-ledger row ${row.tool_name}`;
    if (row.run_id !== run.run_id || row.session_id !== run.session_id) bad(at, where, "belongs to another run or session");
    if (!stepIds.has(row.step_id)) bad([...at, "step_id"], where, `names unknown step ${row.step_id}`);
    if (row.request_ref !== null && hashOf(row.request_ref) !== bareHash(row.request_hash)) bad([...at, "request_hash"], where, "request_hash is not the sha256 of request_ref");
    if (row.idempotency_key !== `${row.run_id}:${row.step_id}:${row.tool_name}:${bareHash(row.request_hash)}`) bad([...at, "idempotency_key"], where, "idempotency_key is not <run>:<step>:<tool>:<request_hash>");
    // Absent (a RESERVED row) or null: no response yet.
    const [responseHash, responseRef, response] = [row.response_hash ?? null, row.response_ref ?? null, row.response ?? null];
    if (responseRef !== null && responseHash !== null && hashOf(responseRef) !== bareHash(responseHash)) bad([...at, "response_hash"], where, "response_hash is not the sha256 of response_ref");
    if (responseRef !== null && response !== null && JSON.stringify(response) !== responseRef) bad([...at, "response"], where, "response is not the JSON of response_ref");
    // The runtime records a response's hash, ref and value together, or none of them.
    if ((responseHash === null) !== (responseRef === null)) bad([...at, responseRef === null ? "response_hash" : "response_ref"], where, "has one of response_hash and response_ref without the other");
    else if (responseRef === null && response !== null) bad([...at, "response"], where, "has a response but no response_ref");
    checkCausalToken(row, tokens, [...at, "causal_token"], where, bad);
    if (row.updated_at < row.created_at) bad([...at, "updated_at"], where, "was updated before it was created");
    if (row.status === "SUCCEEDED" && row.error_type != null) bad([...at, "error_type"], where, "SUCCEEDED but carries an error_type");
    if (!requests.has(`${row.step_id}\u0000${bareHash(row.request_hash)}`)) bad([...at, "request_hash"], where, "no tool_call_requested event of its step made this request");
  });

  bundle.approvals.forEach((approval, i) => {
    const at = ["approvals", i];
    const where = `approval for ${approval.tool_name}`;
    if (approval.run_id !== run.run_id || approval.session_id !== run.session_id) bad(at, where, "belongs to another run or session");
    if (!stepIds.has(approval.step_id)) bad([...at, "step_id"], where, `names unknown step ${approval.step_id}`);
    if (approval.request_ref !== null && hashOf(approval.request_ref) !== bareHash(approval.request_hash)) bad([...at, "request_hash"], where, "request_hash is not the sha256 of request_ref");
    if (approval.approval_key !== `${approval.run_id}:${approval.step_id}:${approval.tool_name}:${bareHash(approval.request_hash)}`) bad([...at, "approval_key"], where, "approval_key is not <run>:<step>:<tool>:<request_hash>");
    if (approval.updated_at < approval.created_at) bad([...at, "updated_at"], where, "was updated before it was created");
    const required = bundle.events.find((e) => e.type === "tool_approval_required" && isObject(e.payload) && e.payload.approval_id === approval.approval_id);
    const p = isObject(required?.payload) ? required.payload : undefined;
    if (!p) bad([...at, "approval_id"], where, "no tool_approval_required event asked for it");
    else {
      if (p.approval_key !== approval.approval_key) bad([...at, "approval_key"], where, "approval_key is not the one its tool_approval_required event recorded");
      if (p.risk_level !== approval.risk_level) bad([...at, "risk_level"], where, `risk_level is ${approval.risk_level} but its tool_approval_required event recorded ${String(p.risk_level)}`);
      if (p.tool !== approval.tool_name) bad([...at, "tool_name"], where, "tool_name is not the tool its tool_approval_required event named");
      if (approval.requested_by !== null && required!.agent_role !== null && approval.requested_by !== required!.agent_role) bad([...at, "requested_by"], where, "requested_by is not the agent that asked for it");
      if (required!.step_id !== approval.step_id) bad([...at, "step_id"], where, "is in another step than its tool_approval_required event");
    }
  });

  const costEvents = new Map<string, EvidenceEvent>();
  for (const e of bundle.events) if (e.type === "cost_recorded" && isObject(e.payload) && typeof e.payload.cost_id === "string") costEvents.set(e.payload.cost_id, e);
  bundle.cost_records.forEach((cost, i) => {
    const at = ["cost_records", i];
    const where = `cost record ${cost.cost_id}`;
    const record = cost as Record<string, unknown>;
    if (cost.run_id !== undefined && cost.run_id !== run.run_id) bad([...at, "run_id"], where, "belongs to another run");
    if (record.session_id !== undefined && record.session_id !== run.session_id) bad([...at, "session_id"], where, "belongs to another session");
    const event = costEvents.get(cost.cost_id);
    if (!event) return bad([...at, "cost_id"], where, "no cost_recorded event recorded it");
    if (record.step_id !== undefined && record.step_id !== event.step_id) bad([...at, "step_id"], where, "is in another step than its cost_recorded event");
    const payload = event.payload as Record<string, unknown>;
    for (const field of ["category", "name", "amount", "unit", "metadata"] as const) {
      if (!deepEqual(payload[field], cost[field])) bad([...at, field], where, `${field} is not what its cost_recorded event recorded`);
    }
  });
  if (costEvents.size !== bundle.cost_records.length) bad(["cost_records"], "cost_records", `${bundle.cost_records.length} records but ${costEvents.size} cost_recorded events`);
  checkArtifacts(bundle, out);
  checkDerived(bundle, out);
}

/** Parsed causal tokens by text: a step's events and ledger rows share a few tokens, parsed once. */
export type Tokens = (text: string) => Record<string, unknown> | undefined;

export function tokenParser(): Tokens {
  const cache = new Map<string, Record<string, unknown> | undefined>();
  return (text) => {
    if (!cache.has(text)) {
      let token: unknown;
      try {
        token = JSON.parse(text);
      } catch {
        token = undefined;
      }
      cache.set(text, isObject(token) ? token : undefined);
    }
    return cache.get(text);
  };
}

/** A causal token is the JSON of the run, step, attempt, state version and lease it was issued under. */
export function checkCausalToken(record: { causal_token: string | null; step_id: string | null; run_id: string }, tokens: Tokens, pointer: (string | number)[], where: string, bad: (p: (string | number)[], w: string, d: string) => void): void {
  if (record.causal_token === null) return;
  const token = tokens(record.causal_token);
  if (!token) return bad(pointer, where, "causal_token is not a JSON object");
  if (token.run_id !== record.run_id || token.step_id !== record.step_id) bad(pointer, where, "causal_token names another run or step");
}

export interface Agents {
  /** Per step: the role and state version its latest agent started with. */
  started: Map<string, { role: unknown; version: number | null }>;
  /** The run's state version so far (the last committed patch's). */
  version: number;
}

export function checkEventShape(e: EvidenceEvent, at: (string | number)[], agents: Agents, tokens: Tokens, bad: (p: (string | number)[], w: string, d: string) => void): void {
  const where = `event ${e.seq}`;
  const p = isObject(e.payload) ? e.payload : {};
  if ((e.type === "step_created" || e.type === "step_completed") && p.step_id !== e.step_id) bad([...at, "step_id"], where, `${e.type} names step ${String(p.step_id)} in its payload`);
  if (e.type === "state_patch_committed" && p.state_version !== e.state_version) bad([...at, "state_version"], where, "state_version is not the version its committed patch recorded");
  if (e.type === "agent_started") {
    if (p.agent_role !== e.agent_role) bad([...at, "agent_role"], where, "agent_role is not the role that started");
    if (e.state_version !== null && e.state_version !== agents.version) bad([...at, "state_version"], where, `agent started at state version ${e.state_version} but the run was at ${agents.version}`);
    if (e.step_id !== null) agents.started.set(e.step_id, { role: p.agent_role, version: e.state_version });
  } else if (e.agent_role !== null) {
    const agent = e.step_id !== null ? agents.started.get(e.step_id) : undefined;
    if (agent?.role !== e.agent_role) bad([...at, "agent_role"], where, `agent_role ${JSON.stringify(e.agent_role)} is not the agent started in its step (${JSON.stringify(agent?.role ?? null)})`);
    else if (e.state_version !== agent.version) bad([...at, "state_version"], where, `state_version ${String(e.state_version)} is not the version its agent started at (${String(agent.version)})`);
  }
  if (e.type === "state_patch_committed" && typeof p.state_version === "number") agents.version = p.state_version;
  else if (e.type === "step_completed" && e.state_version !== null && e.state_version !== agents.version) bad([...at, "state_version"], where, `step completed at state version ${e.state_version} but the run was at ${agents.version}`);
  const token = e.causal_token !== null && e.state_version !== null ? tokens(e.causal_token) : undefined;
  if (typeof token?.state_version === "number" && token.state_version !== e.state_version) bad([...at, "state_version"], where, "state_version is not the one its causal_token was issued at");
}
