import { createHash } from "node:crypto";
import type { EvidenceBundle, EvidenceEvent } from "../../core/evidence/schema";
import { emptyBundle, sealBundle } from "../../core/evidence/seal";

/**
 * A synthetic, internally consistent agentledger.evidence.v1 bundle of about `events` events (steps of
 * claim → agent → tool calls with their ledger rows and costs → state patch → completion), verifying
 * clean and passing governance. For the benchmark and for tests that need long runs.
 */
export function syntheticBundle(events: number, options: { seed?: string; toolCallsPerStep?: number } = {}): EvidenceBundle {
  const seed = options.seed ?? "s";
  const calls = options.toolCallsPerStep ?? 8;
  const id = (prefix: string, n: number | string) => `${prefix}_${createHash("sha256").update(`${seed}:${prefix}:${n}`).digest("hex").slice(0, 24)}`;
  const sha = (t: string) => createHash("sha256").update(t).digest("hex");
  const runId = id("run", 0);
  const sessionId = id("sess", 0);
  const t0 = 1795369856;
  const bundle = emptyBundle({ run_id: runId, session_id: sessionId, status: "completed", state: {}, state_version: 0, created_at: t0, updated_at: t0 });
  let n = 0;
  const event = (stepId: string | null, type: string, payload: unknown, extra: Partial<EvidenceEvent> = {}): EvidenceEvent => {
    const e: EvidenceEvent = { event_id: id("evt", n++), run_id: runId, session_id: sessionId, step_id: stepId, seq: 0, type, timestamp: t0 + n / 1000, agent_role: null, state_version: null, causal_token: null, payload_hash: "", payload_ref: "", payload, ...extra };
    bundle.events.push(e);
    return e;
  };
  event(null, "run_created", { initial_state: {} });
  const state: Record<string, unknown> = {};
  let version = 0;
  for (let s = 0; bundle.events.length < events; s++) {
    const stepId = id("step", s);
    const lease = id("lease", s);
    const role = "Executor";
    event(stepId, "step_created", { step_id: stepId });
    event(stepId, "step_claimed", { worker_id: "w", lease_token: lease, attempt: 1, lease_until: t0 + 60 });
    event(stepId, "agent_started", { agent_role: role, attempt: 1, execution_mode: "normal" }, { agent_role: role, state_version: version });
    const token = JSON.stringify({ run_id: runId, step_id: stepId, attempt: 1, state_version: version, lease_token: lease });
    const agent = { agent_role: role, state_version: version, causal_token: token };
    for (let c = 0; c < calls && bundle.events.length < events; c++) {
      const tool = "github.create_issue";
      const request = { tool, args: { title: `step ${s} call ${c}` } };
      const requestRef = JSON.stringify(request);
      const requestHash = sha(requestRef);
      const key = `${runId}:${stepId}:${tool}:${requestHash}`;
      const response = { issue_id: `ISSUE-${s}-${c}` };
      const responseRef = JSON.stringify(response);
      event(stepId, "tool_call_requested", request, agent);
      event(stepId, "tool_permission_decided", { tool, allowed: true, reason: "default allow" }, agent);
      event(stepId, "tool_call_completed", { tool, idempotency_key: key }, { ...agent, payload_ref: responseRef });
      const cost = { cost_id: id("cost", `${s}:${c}`), category: "tool", name: tool, amount: 1, unit: "call", metadata: { side_effect: "external" } };
      event(stepId, "cost_recorded", cost);
      bundle.cost_records.push({ ...cost, run_id: runId, session_id: sessionId, step_id: stepId, created_at: t0 });
      bundle.tool_ledger.push({
        ledger_id: id("ledger", `${s}:${c}`), run_id: runId, session_id: sessionId, step_id: stepId, tool_name: tool, tool_version: "v1", tool_call_id: id("toolcall", `${s}:${c}`),
        idempotency_key: key, causal_token: token, request_hash: requestHash, request_ref: requestRef, status: "SUCCEEDED", created_at: t0, updated_at: t0,
        external_id: null, response_hash: sha(responseRef), response_ref: responseRef, error_type: null, response,
      });
    }
    const patch = { [`step_${s}`]: "done" };
    event(stepId, "state_patch_proposed", { key: `step_${s}`, patch: "done" }, { agent_role: role, state_version: version });
    version++;
    Object.assign(state, patch);
    event(stepId, "state_patch_committed", { patch, state_version: version }, { state_version: version });
    event(stepId, "step_completed", { step_id: stepId }, { state_version: version });
    bundle.steps.push({ step_id: stepId, run_id: runId, session_id: sessionId, status: "completed", attempt: 1, state_version: version, created_at: t0, updated_at: t0, owner: "w", lease_token: lease, lease_until: t0 + 60, checkpoint_id: `ckpt:${runId}:${stepId}:1` });
  }
  bundle.run.state = { ...state };
  bundle.run.state_version = version;
  bundle.final_state = { ...state };
  return sealBundle(bundle);
}
