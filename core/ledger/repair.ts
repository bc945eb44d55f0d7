import { refuse, type Refusal } from "./refusal";
import { FLOW_RUN_ID_RE } from "./schema";
import { moveTornTail, type TornTail } from "./store";

export type RepairResult = { ok: true; repaired: false } | { ok: true; repaired: true; torn: TornTail; tornFile: string } | Refusal;

/**
 * Move a torn last line aside (into `.flowgate/runs/<run_id>.jsonl.torn`) so the run can take writes
 * again. Hosts ask the person first; the CLI needs confirmation or --yes.
 */
export async function repairRun(input: { root: string; runId: string }): Promise<RepairResult> {
  if (!FLOW_RUN_ID_RE.test(input.runId)) return refuse("BAD_REQUEST", `run id ${JSON.stringify(input.runId.slice(0, 80))} is not run_ + 1-48 of [a-z0-9_]`);
  const moved = await moveTornTail(input.root, input.runId);
  if (!moved.ok) return moved;
  return moved.torn ? { ok: true, repaired: true, torn: moved.torn, tornFile: moved.tornFile! } : { ok: true, repaired: false };
}
