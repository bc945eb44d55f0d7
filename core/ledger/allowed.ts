import { type Refusal } from "./refusal";
import { checkAdvance, checkApprovalRequest, checkCancel, checkConsentMint, checkDecision, checkEvidence } from "./transitions";
import { checkGates } from "./operations";
import { advanceTargetSchema, type Policy, type RefusalCode, type RunState } from "./schema";

/** Whether the core would accept one write now: yes, or the refusal it would give (code and message). */
export type Verdict = { allowed: true } | { allowed: false; code: RefusalCode; reason: string };

export type AdvanceTarget = (typeof advanceTargetSchema.options)[number];

export interface StepActions {
  step_id: string;
  /** Each status the step could be advanced to now. */
  advance: Record<AdvanceTarget, Verdict>;
  /** Allowed when at least one target is. */
  advanceAny: Verdict;
  evidence: Verdict;
  /** A step (human_review) approval for this step. */
  requestApproval: Verdict;
  /** A tool-call approval belonging to this step. */
  requestToolApproval: Verdict;
}

export interface DecisionActions {
  approval_id: string;
  /** Approve and deny are checked alike (the same actor, state and expiry rules). */
  decide: Verdict;
}

/** Everything a person could do to one run now, each with the core's own answer. */
export interface RunActions {
  run_id: string;
  steps: StepActions[];
  approvals: DecisionActions[];
  cancel: Verdict;
  consent: Verdict;
}

export interface AllowedOptions {
  /** The effective policy (resolvePolicy): its gates refuse every write first. */
  policy: Policy;
  /** Who would act; approvals they requested (or, as the run's agent, any) are not theirs to decide. Absent: nobody can decide. */
  actor?: string;
  now?: Date;
}

const ALLOWED: Verdict = { allowed: true };

function verdict(refusal: Refusal | undefined): Verdict {
  return refusal ? { allowed: false, code: refusal.code, reason: refusal.message } : ALLOWED;
}

/** A valid skip reason stands in for the one the person picks after the status (every valid one is accepted alike). */
const ANY_SKIP_REASON = "not_applicable";

/**
 * What the core would accept on `run` now, running the same checks the write operations run (gates,
 * then the state machine's checks in fold.ts) — so an editor offers exactly what will not be refused,
 * and says why for the rest, without a copy of the rules. Read-only.
 */
export function allowedActions(run: RunState, options: AllowedOptions): RunActions {
  const gate = checkGates(options.policy, "write");
  const at = (options.now ?? new Date()).toISOString();
  const of = (check: () => Refusal | undefined): Verdict => verdict(gate ?? check());
  const steps = run.steps.map((step): StepActions => {
    const advance = Object.fromEntries(
      advanceTargetSchema.options.map((to) => [to, of(() => checkAdvance(run, { step_id: step.step_id, to_status: to, skip_reason: to === "skipped" ? ANY_SKIP_REASON : null }))]),
    ) as Record<AdvanceTarget, Verdict>;
    const verdicts = Object.values(advance);
    return {
      step_id: step.step_id,
      advance,
      advanceAny: verdicts.find((v) => v.allowed) ?? verdicts[0]!,
      evidence: of(() => checkEvidence(run, step.step_id)),
      requestApproval: of(() => checkApprovalRequest(run, { kind: "step", step_id: step.step_id })),
      requestToolApproval: of(() => checkApprovalRequest(run, { kind: "tool_call", step_id: step.step_id })),
    };
  });
  const approvals = run.approvals.map((a): DecisionActions => ({
    approval_id: a.approval_id,
    decide:
      options.actor === undefined
        ? { allowed: false, code: "BAD_REQUEST", reason: "no actor: set flowgate.actor, FLOWGATE_ACTOR or git user.email" }
        : of(() => checkDecision(run, a.approval_id, options.actor!, at)),
  }));
  return { run_id: run.run_id, steps, approvals, cancel: of(() => checkCancel(run)), consent: of(() => checkConsentMint(run)) };
}
