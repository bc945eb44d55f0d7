import type { LedgerEvent, RunState, StepState } from "./schema";

/** Where a run's steps stand, and the step definitions its ledger pinned: read by the checks, the apply and verification. */

export type Event<T extends LedgerEvent["type"]> = Extract<LedgerEvent, { type: T }>;

/** Ordinal of the first step not done or skipped; last ordinal + 1 when every step is. */
export function frontierOf(steps: readonly StepState[]): number {
  for (const s of steps) if (s.status !== "done" && s.status !== "skipped") return s.ordinal;
  return (steps[steps.length - 1]?.ordinal ?? 0) + 1;
}

export function stepOf(run: RunState, stepId: string): StepState | undefined {
  return run.steps.find((s) => s.step_id === stepId);
}

export type PinnedStep = Event<"run_started">["payload"]["flow"]["steps"][number];

export function pinnedStep(run: RunState, stepId: string): PinnedStep | undefined {
  const start = run.events[0];
  return start?.type === "run_started" ? start.payload.flow.steps.find((s) => s.step_id === stepId) : undefined;
}
