import { type IllegalTransition } from "./fold";
import { checkRunId, trimmed } from "./operations";
import { refuse, type Refusal } from "./refusal";
import { type ApprovalState, type RunState, type StepState } from "./schema";
import { loadRun } from "./load-run";
import { listRunIds, runFile } from "./run-files";

/** Cheap problems found while reading (no hashing): enough for views to flag a run; `verifyLedger` is the full check. */
export interface ReadProblems {
  torn?: { line: number; bytes: number };
  malformed: { line: number; problem: string }[];
  illegal: IllegalTransition[];
}

export type ReadResult = { ok: true; run: RunState; file: string; problems: ReadProblems; damaged: boolean } | Refusal;

/**
 * A run folded from its ledger. Never locks; a torn tail or damaged line is reported, not hidden. Like
 * upstream's get, the id is trimmed and a malformed one is BAD_REQUEST.
 */
export function readRun(root: string, id: string): ReadResult {
  const runId = trimmed(id);
  const bad = checkRunId(runId);
  if (bad) return bad;
  const loaded = loadRun(root, runId);
  if (!loaded) return refuse("unknown_run", `no run ${runId}`);
  const { parsed, fold } = loaded;
  if (!fold.run) return refuse("unknown_run", `the ledger of ${runId} has no run_started event`);
  const problems: ReadProblems = {
    torn: parsed.torn && { line: parsed.torn.line, bytes: Buffer.byteLength(parsed.torn.text) },
    malformed: parsed.lines.filter((l) => !l.event).map((l) => ({ line: l.line, problem: l.problem ?? "malformed" })),
    illegal: fold.illegal,
  };
  const damaged = Boolean(problems.torn) || problems.malformed.length > 0 || problems.illegal.length > 0;
  return { ok: true, run: fold.run, file: runFile(runId), problems, damaged };
}

export interface RunSummary {
  run_id: string;
  file: string;
  flow_id: string;
  flow_version: string;
  flow_title: string;
  status: RunState["status"];
  started_at: string;
  started_by: string;
  updated_at: string;
  frontier: number;
  steps: Pick<StepState, "step_id" | "ordinal" | "owned_job" | "status" | "verified" | "verification_kind" | "evidence_required" | "evidence_ref">[];
  pending_approvals: number;
  events: number;
  damaged: boolean;
}

export function summarizeRun(run: RunState, file: string, damaged: boolean): RunSummary {
  return {
    run_id: run.run_id,
    file,
    flow_id: run.flow_id,
    flow_version: run.flow_version,
    flow_title: run.flow_title,
    status: run.status,
    started_at: run.started_at,
    started_by: run.started_by,
    updated_at: run.updated_at,
    frontier: run.frontier,
    steps: run.steps.map(({ step_id, ordinal, owned_job, status, verified, verification_kind, evidence_required, evidence_ref }) => ({ step_id, ordinal, owned_job, status, verified, verification_kind, evidence_required, evidence_ref })),
    pending_approvals: run.approvals.filter((a) => a.status === "PENDING").length,
    events: run.events.length,
    damaged,
  };
}

/** Every run of the workspace, newest first; unreadable ledgers are listed by `listRunIds` but skipped here. */
export function listRuns(root: string): RunSummary[] {
  const out: RunSummary[] = [];
  for (const id of listRunIds(root)) {
    const read = readRun(root, id);
    if (read.ok) out.push(summarizeRun(read.run, read.file, read.damaged));
  }
  return out.sort((a, b) => (a.started_at > b.started_at ? -1 : a.started_at < b.started_at ? 1 : a.run_id < b.run_id ? -1 : 1));
}

export interface ApprovalListing extends ApprovalState {
  flow_id: string;
  flow_version: string;
  run_status: RunState["status"];
}

/** Approvals across runs: pending first, then newest first. `status` filters. */
export function listApprovals(root: string, status?: ApprovalState["status"]): ApprovalListing[] {
  const out: ApprovalListing[] = [];
  for (const id of listRunIds(root)) {
    const read = readRun(root, id);
    if (!read.ok) continue;
    for (const a of read.run.approvals) {
      if (!status || a.status === status) out.push({ ...a, flow_id: read.run.flow_id, flow_version: read.run.flow_version, run_status: read.run.status });
    }
  }
  const rank = (a: ApprovalListing) => (a.status === "PENDING" ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b) || (a.requested_at > b.requested_at ? -1 : a.requested_at < b.requested_at ? 1 : 0));
}
