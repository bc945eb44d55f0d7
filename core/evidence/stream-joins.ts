import * as crypto from "node:crypto";
import { checkpointProblems, decisionOf, mediaProblems } from "./governance";
import { type Agents, CONTENT_REF_TYPES, checkCausalToken, checkEventShape, compact, DERIVED, KNOWN_EVENT_TYPES, STATUS_EVENTS, type Tokens, tokenParser } from "./integrity";
import { bareHash, deepEqual, isObject, mergePatch, sha256Hex } from "./json";
import type { Problem } from "./load";
import * as R from "./rules";
import type { EvidenceBundle, EvidenceEvent } from "./schema";

type Pointer = (string | number)[];
/** The fields a cost record repeats of its cost_recorded event, in the order the event's entry keeps them. */
const COST_FIELDS = ["category", "name", "amount", "unit", "metadata"] as const;

/**
 * A join key of fixed size: the first 128 bits of the text's sha256, as a 16-character string (32 bytes
 * in V8, where a 150-character idempotency key or a cons string built from one costs 150–450). Equal
 * digests mean equal texts short of a sha256 collision, so a forged record cannot meet another's key.
 */
export function digestKey(text: string): string {
  return crypto.hash("sha256", text, "buffer").toString("latin1", 0, 16);
}

/** digestKey of a string; anything else (absent, null) as it is, so it stays unequal to every digest. */
function digestOf<T>(value: T): T | string {
  return typeof value === "string" ? digestKey(value) : value;
}
type Step = EvidenceBundle["steps"][number];
type LedgerRow = EvidenceBundle["tool_ledger"][number];
type Approval = EvidenceBundle["approvals"][number];
type Artifact = EvidenceBundle["artifacts"][number];
type Cost = EvidenceBundle["cost_records"][number];

/** What a step's events say about it: the last event of each kind the step checks compare with. */
interface StepEvents {
  created: boolean;
  /** The last step_claimed payload's fields (undefined: none, or not an object). */
  claimed?: { attempt: unknown; worker_id: unknown; lease_token: unknown; lease_until: unknown };
  /** The last step_claimed or lease_heartbeat, and the lease_until a heartbeat recorded. */
  renewal?: { type: string; leaseUntil: unknown };
  commits: number;
  lastVersion?: number | null;
  startedVersion?: number | null;
  waiting?: { object: boolean; reason: unknown };
  lastStatus?: string;
  error?: { error_type: unknown; error: unknown };
}

/** A tool completion's compact form: what its ledger row is compared with. */
interface Completion {
  i: number;
  seq: number;
  tool: unknown;
  step: string | null;
  /** digestKey of the response's sha256 (payload_ref's). */
  hash: string;
  own: boolean;
}

/** A ledger row's compact form: what a completion of its key is compared with. */
interface LedgerKey {
  /** digestKey of the bare response_hash, and of the sha256 of response_ref. */
  responseHash?: string;
  responseRefHash: string | null;
  tool: string;
  step: string;
}

/** A decision event's compact form: what an approval is compared with. */
interface Decision {
  index: number;
  decision?: string;
  approver?: unknown;
  reason: unknown;
}

/**
 * The cross-record checks of the whole-document path (integrity.ts checkEvents/checkRecords and the
 * joins of governance.ts) for the streaming path: records are fed one at a time in document order, in
 * any order of the arrays; each side of a join keeps compact per-record keys (ids, hashes, the few
 * fields compared), never the records, and the joins are resolved in finish(). The problems are the
 * whole-document path's, pointer for pointer: test/evidence/stream.test.ts runs both on the same bundles.
 */
export class StreamJoins {
  private readonly out: Problem[] = [];
  private readonly bad = (pointer: Pointer, where: string, detail: string, part?: "key") => void this.out.push({ rule: R.inconsistentRecord, pointer, part, args: [where, detail] });
  private tokensUsed = 0;
  private tokenCache = tokenParser();
  /** Causal tokens parsed once per text; the cache is dropped every 4096 lookups (a step reuses a few tokens). */
  private readonly tokens: Tokens = (text) => {
    if (++this.tokensUsed % 4096 === 0) this.tokenCache = tokenParser();
    return this.tokenCache(text);
  };
  private readonly agents: Agents = { started: new Map(), version: 0 };

  private stepIds?: Set<string>;
  private readonly steps: { i: number; step: Step }[] = [];
  private readonly stepEvents = new Map<string, StepEvents>();
  /** Events, ledger rows and approvals naming a step, checked when the steps are known. */
  private readonly otherRuns: { pointer: Pointer; where: string; run_id: string; session_id: string }[] = [];
  private readonly namedSteps: { pointer: Pointer; where: string; step: string }[] = [];

  private created = false;
  private state: unknown;
  private readonly earlyPatches: unknown[] = [];
  private version = 0;

  /** tool_call_requested so far (digestKey), by idempotency key (a read-only tool's completion answers one) and by step + request hash. */
  private readonly requested = new Set<string>();
  private readonly requests = new Set<string>();
  private eventsDone = false;
  /** Tool completions waiting for the first ledger row of their key (the ledger comes after the events), by digestKey of the key. */
  private readonly completions = new Map<string, Completion | Completion[]>();
  private ledgerDone = false;
  /** Completions not replayed from the ledger: how many per idempotency key (digestKey), and the second of a key completed twice (it ran twice). */
  private readonly completed = new Map<string, number>();
  private readonly completedTwice = new Map<string, { i: number; tool: unknown; count: number }>();
  private readonly artifactEvents: { i: number; seq: number; id?: string; name: unknown; step: string | null; hash: string }[] = [];
  private readonly required = new Map<unknown, { key: unknown; risk: unknown; tool: unknown; role: string | null; step: string | null }>();
  private readonly decidedById = new Map<unknown, Decision>();
  private readonly decidedByKey = new Map<unknown, Decision>();
  private decisions = 0;
  /** cost_recorded events by digestKey of cost_id: the step, then the fields of COST_FIELDS in order (one array, not two objects). */
  private readonly costEvents = new Map<string, unknown[]>();
  /** One object per distinct small JSON value (cost metadata repeats across records), by its JSON; bounded. */
  private readonly internedValues = new Map<string, unknown>();

  /** First ledger row per idempotency key (digestKey), kept only while the events are still to come. */
  private readonly ledgerByKey = new Map<string, LedgerKey>();
  private readonly interned = new Map<string, string>();
  private readonly ledgerRequests: { i: number; where: string; request: string }[] = [];
  private readonly approvals: { i: number; a: Pick<Approval, "approval_id" | "approval_key" | "risk_level" | "tool_name" | "requested_by" | "step_id" | "status" | "approved_by" | "decision_reason"> }[] = [];
  private readonly artifacts: Pick<Artifact, "artifact_id" | "name" | "step_id" | "blob_hash" | "blob_ref" | "metadata">[] = [];
  private readonly costs: { i: number; cost: Cost }[] = [];
  private costCount = 0;
  private readonly derived: Record<keyof typeof DERIVED, Record<string, unknown>[]> = { media_artifacts: [], stream_checkpoints: [] };

  constructor(private readonly run: () => EvidenceBundle["run"] | undefined) {}

  event(i: number, e: EvidenceEvent, refHash: string): void {
    const at = ["events", i];
    const p = isObject(e.payload) ? e.payload : undefined;
    if (e.step_id !== null) this.nameStep(["events", i, "step_id"], `event ${e.seq}`, e.step_id);
    checkCausalToken(e, this.tokens, [...at, "causal_token"], `event ${e.seq}`, this.bad);
    if (KNOWN_EVENT_TYPES.has(e.type)) checkEventShape(e, at, this.agents, this.tokens, this.bad);
    if (!CONTENT_REF_TYPES.has(e.type)) {
      if (e.type === "tool_call_requested") {
        if (p) this.requested.add(digestKey(`${e.run_id}:${e.step_id}:${String(p.tool)}:${bareHash(e.payload_hash)}`));
        this.requests.add(digestKey(`${e.step_id}\u0000${refHash}`));
      }
    } else if (e.type === "tool_call_completed") {
      const key = typeof p?.idempotency_key === "string" ? digestKey(p.idempotency_key) : undefined;
      const own = key !== undefined && (p!.idempotency_key as string).startsWith(`${e.run_id}:${e.step_id}:${String(p?.tool)}:`) && this.requested.has(key);
      const c: Completion = { i, seq: e.seq, tool: this.intern(p?.tool), step: this.intern(e.step_id), hash: digestKey(refHash), own };
      if (key === undefined || this.ledgerDone) this.resolve(c, key === undefined ? undefined : this.ledgerByKey.get(key));
      else {
        const waiting = this.completions.get(key);
        this.completions.set(key, waiting === undefined ? c : Array.isArray(waiting) ? [...waiting, c] : [waiting, c]);
      }
      if (key !== undefined && p?.replayed_from_ledger !== true) {
        const count = (this.completed.get(key) ?? 0) + 1;
        if (count === 2) this.completedTwice.set(key, { i, tool: p!.tool, count });
        else if (count > 2) this.completedTwice.get(key)!.count = count;
        this.completed.set(key, count);
      }
    } else this.artifactEvents.push({ i, seq: e.seq, id: typeof p?.artifact_id === "string" ? p.artifact_id : undefined, name: p?.name, step: e.step_id, hash: refHash });

    if (e.type === "run_created" && !this.created) {
      this.created = true;
      this.state = p ? structuredClone(p.initial_state) : undefined;
      for (const patch of this.earlyPatches.splice(0)) this.state = mergePatch(this.state, patch);
    }
    if (e.type === "state_patch_committed" && p) {
      if (this.created) this.state = mergePatch(this.state, p.patch);
      else this.earlyPatches.push(p.patch);
      if (typeof p.state_version === "number") this.version = p.state_version;
    }
    if (e.type === "tool_approval_required" && p && !this.required.has(p.approval_id)) this.required.set(p.approval_id, { key: p.approval_key, risk: p.risk_level, tool: p.tool, role: e.agent_role, step: e.step_id });
    if (e.type === "tool_approval_decided" && p) {
      const d: Decision = { index: this.decisions++, ...decisionOf(p), reason: p.reason ?? p.decision_reason };
      if (p.approval_id !== undefined) this.decidedById.set(p.approval_id, d);
      else this.decidedByKey.set(p.approval_key, d);
    }
    if (e.type === "cost_recorded" && p && typeof p.cost_id === "string")
      this.costEvents.set(digestKey(p.cost_id), [this.intern(e.step_id), this.intern(p.category), this.intern(p.name), p.amount, this.intern(p.unit), this.internValue(p.metadata)]);
    if (e.step_id !== null) this.stepEvent(e, p);
  }

  private stepEvent(e: EvidenceEvent, p: Record<string, unknown> | undefined): void {
    const id = e.step_id!;
    let s = this.stepEvents.get(id);
    if (!s) this.stepEvents.set(id, (s = { created: false, commits: 0 }));
    if (e.type === "step_claimed") {
      s.claimed = p && { attempt: p.attempt, worker_id: p.worker_id, lease_token: p.lease_token, lease_until: p.lease_until };
      s.renewal = { type: e.type, leaseUntil: undefined };
    } else if (e.type === "lease_heartbeat") s.renewal = { type: e.type, leaseUntil: p?.lease_until };
    if (e.type === "state_patch_committed" && e.state_version !== null) {
      s.commits++;
      s.lastVersion = e.state_version;
    }
    if (e.type === "agent_started") s.startedVersion = e.state_version;
    if (e.type === "step_created") s.created = true;
    if (e.type === "step_waiting_human") s.waiting = { object: p !== undefined, reason: p?.reason };
    if (e.type in STATUS_EVENTS || e.type === "step_claimed") s.lastStatus = e.type;
    if (e.type === "failure_classified" || e.type === "error_raised") s.error = p && { error_type: p.error_type, error: p.error };
  }

  /** All events were fed (ledger rows after this are checked against the requests at once). */
  eventsEnd(): void {
    this.eventsDone = true;
    // What only the events needed among themselves is dropped: requests by key, the counts of completions.
    this.requested.clear();
    this.completed.clear();
  }

  /** All ledger rows were fed (completions after this are resolved at once). */
  ledgerEnd(): void {
    this.ledgerDone = true;
  }

  /** One string per distinct short value (step ids, tool names and units repeat across many records); bounded. */
  private intern<T>(value: T): T {
    if (typeof value !== "string" || value.length > 128) return value;
    const known = this.interned.get(value);
    if (known !== undefined) return known as T;
    if (this.interned.size < 65_536) this.interned.set(value, value);
    return value;
  }

  /**
   * One object per distinct small JSON value: a value read later is replaced by the first one with the
   * same JSON text, which deepEqual holds equal to it (same keys in the same order, same leaves).
   */
  private internValue(value: unknown): unknown {
    if (typeof value !== "object" || value === null) return value;
    const text = JSON.stringify(value);
    if (text.length > 256) return value;
    const known = this.internedValues.get(text);
    if (known !== undefined) return known;
    if (this.internedValues.size < 65_536) this.internedValues.set(text, value);
    return value;
  }

  step(i: number, step: Step): void {
    this.steps.push({ i, step });
  }

  stepsEnd(): void {
    this.stepIds = new Set(this.steps.map((s) => s.step.step_id));
    for (const n of this.namedSteps.splice(0)) this.nameStep(n.pointer, n.where, n.step);
  }

  private nameStep(pointer: Pointer, where: string, step: string): void {
    if (!this.stepIds) this.namedSteps.push({ pointer, where, step });
    else if (!this.stepIds.has(step)) this.bad(pointer, where, `names unknown step ${step}`);
  }

  ledger(i: number, row: LedgerRow): void {
    const at = ["tool_ledger", i];
    const where = `tool-ledger row ${row.tool_name}`;
    this.ofRun(at, where, row);
    this.nameStep([...at, "step_id"], where, row.step_id);
    if (row.request_ref !== null && sha256Hex(row.request_ref) !== bareHash(row.request_hash)) this.bad([...at, "request_hash"], where, "request_hash is not the sha256 of request_ref");
    if (row.idempotency_key !== `${row.run_id}:${row.step_id}:${row.tool_name}:${bareHash(row.request_hash)}`) this.bad([...at, "idempotency_key"], where, "idempotency_key is not <run>:<step>:<tool>:<request_hash>");
    const [responseHash, responseRef, response] = [row.response_hash ?? null, row.response_ref ?? null, row.response ?? null];
    const responseRefHash = responseRef === null ? null : sha256Hex(responseRef);
    if (responseRefHash !== null && responseHash !== null && responseRefHash !== bareHash(responseHash)) this.bad([...at, "response_hash"], where, "response_hash is not the sha256 of response_ref");
    if (responseRef !== null && response !== null && JSON.stringify(response) !== responseRef) this.bad([...at, "response"], where, "response is not the JSON of response_ref");
    if ((responseHash === null) !== (responseRef === null)) this.bad([...at, responseRef === null ? "response_hash" : "response_ref"], where, "has one of response_hash and response_ref without the other");
    else if (responseRef === null && response !== null) this.bad([...at, "response"], where, "has a response but no response_ref");
    checkCausalToken(row, this.tokens, [...at, "causal_token"], where, this.bad);
    if (row.updated_at < row.created_at) this.bad([...at, "updated_at"], where, "was updated before it was created");
    if (row.status === "SUCCEEDED" && row.error_type != null) this.bad([...at, "error_type"], where, "SUCCEEDED but carries an error_type");
    const request = digestKey(`${row.step_id}\u0000${bareHash(row.request_hash)}`);
    if (!this.eventsDone) this.ledgerRequests.push({ i, where, request });
    else if (!this.requests.has(request)) this.bad([...at, "request_hash"], where, "no tool_call_requested event of its step made this request");
    const first: LedgerKey = { responseHash: digestOf(bareHash(row.response_hash)), responseRefHash: digestOf(responseRefHash), tool: this.intern(row.tool_name), step: this.intern(row.step_id) };
    const key = digestKey(row.idempotency_key);
    if (!this.eventsDone) {
      if (!this.ledgerByKey.has(key)) this.ledgerByKey.set(key, first);
    } else {
      // The completions of this key met their (first) row: compared now and dropped.
      for (const c of [this.completions.get(key) ?? []].flat()) this.resolve(c, first);
      this.completions.delete(key);
    }
  }

  /** A record's run and session against the run's (checked in finish() when the run comes later in the document). */
  private ofRun(pointer: Pointer, where: string, record: { run_id: string; session_id: string }): void {
    const run = this.run();
    if (!isObject(run)) this.otherRuns.push({ pointer, where, run_id: record.run_id, session_id: record.session_id });
    else if (record.run_id !== run.run_id || record.session_id !== run.session_id) this.bad(pointer, where, "belongs to another run or session");
  }

  approval(i: number, a: Approval): void {
    const at = ["approvals", i];
    const where = `approval for ${a.tool_name}`;
    this.ofRun(at, where, a);
    this.nameStep([...at, "step_id"], where, a.step_id);
    if (a.request_ref !== null && sha256Hex(a.request_ref) !== bareHash(a.request_hash)) this.bad([...at, "request_hash"], where, "request_hash is not the sha256 of request_ref");
    if (a.approval_key !== `${a.run_id}:${a.step_id}:${a.tool_name}:${bareHash(a.request_hash)}`) this.bad([...at, "approval_key"], where, "approval_key is not <run>:<step>:<tool>:<request_hash>");
    if (a.updated_at < a.created_at) this.bad([...at, "updated_at"], where, "was updated before it was created");
    const { approval_id, approval_key, risk_level, tool_name, requested_by, step_id, status, approved_by, decision_reason } = a;
    this.approvals.push({ i, a: { approval_id, approval_key, risk_level, tool_name, requested_by, step_id, status, approved_by, decision_reason } });
  }

  artifact(a: Artifact): void {
    const { artifact_id, name, step_id, blob_hash, blob_ref } = a;
    // Only what the derived rows repeat of the metadata is kept.
    const metadata = isObject(a.metadata) ? Object.fromEntries(Object.values(DERIVED).filter((d) => a.metadata![d.key]).map((d) => [d.key, a.metadata![d.key]])) : a.metadata;
    this.artifacts.push({ artifact_id, name, step_id, blob_hash, blob_ref: typeof blob_ref === "string" && blob_ref.length > 0 ? `blob:${sha256Hex(blob_ref)}` : blob_ref, metadata });
  }

  derivedRow(base: keyof typeof DERIVED, i: number, row: Record<string, unknown>): void {
    this.out.push(...(base === "media_artifacts" ? mediaProblems : checkpointProblems)(row as never, i));
    const ref = row.blob_ref;
    this.derived[base].push(typeof ref === "string" && ref.length > 0 ? { ...row, blob_ref: `blob:${sha256Hex(ref)}` } : row);
  }

  cost(i: number, cost: Cost): void {
    this.costCount++;
    const run = this.run();
    if (this.eventsDone && isObject(run)) this.checkCost(i, cost, run);
    else this.costs.push({ i, cost });
  }

  /** The joins, once every array was fed; `run` and `finalState` are the document's. */
  finish(run: EvidenceBundle["run"], finalState: unknown): Problem[] {
    const out = this.out;
    const bad = this.bad;
    if (!this.stepIds) this.stepsEnd();
    for (const r of this.otherRuns) if (r.run_id !== run.run_id || r.session_id !== run.session_id) bad(r.pointer, r.where, "belongs to another run or session");
    for (const r of this.ledgerRequests.splice(0)) if (!this.requests.has(r.request)) bad(["tool_ledger", r.i, "request_hash"], r.where, "no tool_call_requested event of its step made this request");

    for (const waiting of this.completions.values()) for (const c of [waiting].flat()) this.resolve(c, undefined);
    this.completions.clear();
    for (const second of this.completedTwice.values()) out.push({ rule: R.duplicateSideEffect, pointer: ["events", second.i], part: "key", args: [String(second.tool), second.count] });

    const byId = new Map(this.artifacts.map((a) => [a.artifact_id, a]));
    for (const e of this.artifactEvents) {
      const artifact = e.id !== undefined ? byId.get(e.id) : this.artifacts.find((a) => bareHash(a.blob_hash) === e.hash);
      const at = ["events", e.i];
      const what = `event ${e.seq} (artifact_created)`;
      if (!artifact) {
        out.push({ rule: R.artifactMismatch, pointer: [...at, "payload_ref"], args: [what, "its content matches no artifact's blob_hash"] });
        continue;
      }
      if (bareHash(artifact.blob_hash) !== e.hash) out.push({ rule: R.artifactMismatch, pointer: [...at, "payload_ref"], args: [what, `content does not hash to artifact ${JSON.stringify(artifact.name)}'s blob_hash`] });
      if (e.name !== undefined && e.name !== artifact.name) bad([...at, "payload", "name"], what, `name is not artifact ${JSON.stringify(artifact.name)}'s name`);
      if (e.step !== artifact.step_id) bad([...at, "step_id"], what, `is in another step than artifact ${JSON.stringify(artifact.name)}`);
    }

    if (this.created && !deepEqual(this.state, finalState)) bad(["final_state"], "final_state", "is not the initial state with the committed patches applied");
    if (!deepEqual(run.state, finalState)) bad(["run", "state"], "run.state", "differs from final_state");
    if (run.state_version !== this.version) bad(["run", "state_version"], "run.state_version", `is ${run.state_version} but the last committed patch is version ${this.version}`);
    if (run.updated_at < run.created_at) bad(["run", "updated_at"], "run", "was updated before it was created");

    for (const { i, step } of this.steps) this.checkStep(i, step, run);
    for (const { i, a } of this.approvals) this.checkApproval(i, a);
    for (const { i, cost } of this.costs) this.checkCost(i, cost, run);
    if (this.costEvents.size !== this.costCount) bad(["cost_records"], "cost_records", `${this.costCount} records but ${this.costEvents.size} cost_recorded events`);
    this.checkDerived();
    return out;
  }

  /** integrity.ts checkToolCompleted on the compact forms (the response compared by its hash). */
  private resolve(c: Completion, row: LedgerKey | undefined): void {
    const out = this.out;
    const at = ["events", c.i];
    const seq = String(c.seq);
    if (!row) {
      if (!c.own) out.push({ rule: R.toolResponseMismatch, pointer: [...at, "payload"], args: [seq, "names neither a tool-ledger row nor an earlier tool_call_requested of its step by its idempotency_key"] });
      return;
    }
    if (row.responseHash !== c.hash) out.push({ rule: R.toolResponseMismatch, pointer: [...at, "payload_ref"], args: [seq, `the response does not hash to the ledger row's response_hash`] });
    else if (row.responseRefHash !== c.hash) out.push({ rule: R.toolResponseMismatch, pointer: [...at, "payload_ref"], args: [seq, `the response is not the ledger row's response_ref`] });
    if (c.tool !== row.tool) out.push({ rule: R.toolResponseMismatch, pointer: [...at, "payload", "tool"], args: [seq, `tool ${JSON.stringify(c.tool)} is not the ledger row's ${JSON.stringify(row.tool)}`] });
    if (c.step !== row.step) out.push({ rule: R.toolResponseMismatch, pointer: [...at, "step_id"], args: [seq, "is in another step than its ledger row"] });
  }

  private checkStep(i: number, step: Step, run: EvidenceBundle["run"]): void {
    const bad = this.bad;
    const at = ["steps", i];
    const where = `step ${step.step_id}`;
    if (step.run_id !== run.run_id || step.session_id !== run.session_id) bad(at, where, "belongs to another run or session");
    if (step.updated_at < step.created_at) bad([...at, "updated_at"], where, "was updated before it was created");
    const s = this.stepEvents.get(step.step_id) ?? { created: false, commits: 0 };
    const claimed = s.claimed;
    if (claimed && claimed.attempt !== step.attempt) bad([...at, "attempt"], where, `attempt is ${step.attempt} but its last claim was attempt ${String(claimed.attempt)}`);
    const renewed = s.renewal?.type === "lease_heartbeat" ? s.renewal.leaseUntil : claimed?.lease_until;
    const lease: [string, unknown, string][] = [["owner", claimed?.worker_id, "step_claimed"], ["lease_token", claimed?.lease_token, "step_claimed"], ["lease_until", renewed, s.renewal?.type ?? "step_claimed"]];
    for (const [field, recorded, by] of lease) {
      const value = step[field];
      if (value !== undefined && value !== null && recorded !== undefined && value !== recorded) bad([...at, field], where, `${field} is not the one its last ${by} event recorded`);
    }
    if (step.checkpoint_id != null && step.checkpoint_id !== `ckpt:${run.run_id}:${step.step_id}:${step.attempt}`) bad([...at, "checkpoint_id"], where, "checkpoint_id does not name this run, step and attempt");
    const lastVersion = s.lastVersion;
    if (lastVersion != null && step.state_version !== lastVersion) bad([...at, "state_version"], where, `state_version is ${step.state_version} but its last committed patch is version ${lastVersion}`);
    if (s.commits === 0 && s.startedVersion !== undefined && s.startedVersion !== null && step.state_version !== s.startedVersion) bad([...at, "state_version"], where, `state_version is ${step.state_version} but its agent started at version ${s.startedVersion} and committed nothing`);
    if (!s.created) bad(at, where, "no step_created event created it");
    if (step.status === "waiting_human" && s.waiting?.object && step.last_error != null && step.last_error !== s.waiting.reason) bad([...at, "last_error"], where, "last_error is not the reason its step_waiting_human event recorded");
    const recorded = s.lastStatus && STATUS_EVENTS[s.lastStatus];
    if (recorded && step.status !== recorded) bad([...at, "status"], where, `status is ${step.status} but its last ${s.lastStatus} event records it ${recorded}`);
    if (step.status === "failed" && s.error) {
      if (step.last_error_type != null && step.last_error_type !== s.error.error_type) bad([...at, "last_error_type"], where, "last_error_type is not the error its events recorded");
      if (step.last_error != null && step.last_error !== s.error.error) bad([...at, "last_error"], where, "last_error is not the error its events recorded");
    }
  }

  private checkApproval(i: number, a: (typeof this.approvals)[number]["a"]): void {
    const bad = this.bad;
    const at = ["approvals", i];
    const where = `approval for ${a.tool_name}`;
    const p = this.required.get(a.approval_id);
    if (!p) bad([...at, "approval_id"], where, "no tool_approval_required event asked for it");
    else {
      if (p.key !== a.approval_key) bad([...at, "approval_key"], where, "approval_key is not the one its tool_approval_required event recorded");
      if (p.risk !== a.risk_level) bad([...at, "risk_level"], where, `risk_level is ${a.risk_level} but its tool_approval_required event recorded ${String(p.risk)}`);
      if (p.tool !== a.tool_name) bad([...at, "tool_name"], where, "tool_name is not the tool its tool_approval_required event named");
      if (a.requested_by !== null && p.role !== null && a.requested_by !== p.role) bad([...at, "requested_by"], where, "requested_by is not the agent that asked for it");
      if (p.step !== a.step_id) bad([...at, "step_id"], where, "is in another step than its tool_approval_required event");
    }
    if (a.status === "PENDING") return;
    // The last decision event naming it: by approval_id, or by approval_key when the event names no id.
    const candidates = [this.decidedById.get(a.approval_id), this.decidedByKey.get(a.approval_key)].filter((d) => d !== undefined);
    const last = candidates.sort((x, y) => y.index - x.index)[0];
    if (!last) return void this.out.push({ rule: R.approvalDecisionMissing, pointer: [...at, "status"], args: [a.tool_name, `${a.status} without a tool_approval_decided event`] });
    if (last.decision !== a.status) this.out.push({ rule: R.approvalDecisionMissing, pointer: [...at, "status"], args: [a.tool_name, `status is ${a.status} but its tool_approval_decided event says ${last.decision ?? "nothing"}`] });
    if ((last.approver ?? null) !== (a.approved_by ?? null)) this.out.push({ rule: R.approvalDecisionMissing, pointer: [...at, "approved_by"], args: [a.tool_name, `approved_by is ${JSON.stringify(a.approved_by ?? null)} but its tool_approval_decided event names ${JSON.stringify(last.approver ?? null)}`] });
    if (last.reason !== undefined && a.decision_reason !== undefined && last.reason !== a.decision_reason) {
      this.out.push({ rule: R.approvalDecisionMissing, pointer: [...at, "decision_reason"], args: [a.tool_name, `decision_reason is ${JSON.stringify(a.decision_reason)} but its tool_approval_decided event gives ${JSON.stringify(last.reason)}`] });
    }
  }

  private checkCost(i: number, cost: Cost, run: EvidenceBundle["run"]): void {
    const bad = this.bad;
    const at = ["cost_records", i];
    const where = `cost record ${cost.cost_id}`;
    const record = cost as Record<string, unknown>;
    if (cost.run_id !== undefined && cost.run_id !== run.run_id) bad([...at, "run_id"], where, "belongs to another run");
    if (record.session_id !== undefined && record.session_id !== run.session_id) bad([...at, "session_id"], where, "belongs to another session");
    const event = this.costEvents.get(digestKey(cost.cost_id));
    if (!event) return bad([...at, "cost_id"], where, "no cost_recorded event recorded it");
    if (record.step_id !== undefined && record.step_id !== event[0]) bad([...at, "step_id"], where, "is in another step than its cost_recorded event");
    COST_FIELDS.forEach((field, k) => {
      if (!deepEqual(event[k + 1], cost[field])) bad([...at, field], where, `${field} is not what its cost_recorded event recorded`);
    });
  }

  /** integrity.ts checkDerived on the kept artifact keys; blob_ref is compared by its hash. */
  private checkDerived(): void {
    for (const [base, d] of Object.entries(DERIVED) as [keyof typeof DERIVED, (typeof DERIVED)[keyof typeof DERIVED]][]) {
      const sources = this.artifacts.filter((a) => isObject(a.metadata) && a.metadata[d.key]);
      const rows = this.derived[base];
      if (rows.length !== sources.length) {
        this.bad([base], base, `${rows.length} entries but the artifacts' metadata.${d.key} derive ${sources.length}`, "key");
        continue;
      }
      sources.forEach((a, i) => {
        const meta = a.metadata![d.key];
        const expected = compact({ artifact_id: a.artifact_id, name: a.name, blob_hash: a.blob_hash, blob_ref: a.blob_ref, ...d.fields(isObject(meta) ? meta : {}) });
        const row = rows[i]!;
        for (const field of new Set([...Object.keys(expected), ...Object.keys(row)])) {
          if (deepEqual(expected[field], row[field])) continue;
          this.bad(field in row ? [base, i, field] : [base, i], `${d.what} #${i + 1}`, `${field} is not what artifact ${JSON.stringify(a.name)}'s metadata.${d.key} says`);
        }
      });
    }
  }
}
