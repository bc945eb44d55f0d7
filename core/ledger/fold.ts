import { applyEvent, startState } from "./apply";
import { refuse, type Refusal } from "./refusal";
import { type Event } from "./run-steps";
import { type LedgerEvent, type RefusalCode, type RunState } from "./schema";
import { checkEvent } from "./transitions";

/**
 * The run state is the fold of its events: each event is checked (transitions.ts) and applied (apply.ts)
 * in order, and the events the state machine would have refused are reported.
 */

export interface IllegalTransition {
  /** The event refused (seq can repeat in a damaged ledger: a finding is placed by the event, not its seq). */
  event: LedgerEvent;
  seq: number;
  code: RefusalCode;
  message: string;
}

export interface Fold {
  run?: RunState;
  /** Recorded events that the state machine would have refused at that point. */
  illegal: IllegalTransition[];
}

/** Fold events (in order) into a run, re-checking every transition. Illegal events are reported and still applied, so one bad line is one finding. */
export function foldEvents(events: readonly LedgerEvent[]): Fold {
  const fold: Fold = { illegal: [] };
  foldMore(fold, events);
  return fold;
}

/** Continue a fold with the events that follow (a ledger that grew); the fold is updated in place. */
export function foldMore(fold: Fold, events: readonly LedgerEvent[]): void {
  let i = 0;
  if (!fold.run) {
    const first = events[0];
    if (!first) return;
    if (first.type !== "run_started") {
      if (fold.illegal.length === 0) fold.illegal.push({ event: first, seq: first.seq, code: "BAD_REQUEST", message: `the first event is ${first.type}, not run_started` });
      return;
    }
    fold.run = startState(first);
    const badStart = checkStart(first);
    if (badStart) fold.illegal.push({ event: first, seq: first.seq, code: badStart.code, message: badStart.message });
    i = 1;
  }
  const run = fold.run;
  for (; i < events.length; i++) {
    const event = events[i]!;
    const refusal = checkEvent(run, event);
    if (refusal) fold.illegal.push({ event, seq: event.seq, code: refusal.code, message: refusal.message });
    applyEvent(run, event);
  }
}

/** The pinned bundle must be the flow the run says it pins. */
function checkStart(event: Event<"run_started">): Refusal | undefined {
  const { flow, flow_id, flow_version } = event.payload;
  if (flow.flow.flow_id !== flow_id || flow.flow.version !== flow_version) {
    return refuse("unknown_flow", `run pins ${flow_id}@${flow_version} but embeds ${flow.flow.flow_id}@${flow.flow.version}`);
  }
  return undefined;
}
