import { checkRunId, trimmed } from "./operations";
import { type Refusal } from "./refusal";
import { moveTornTail, type TornTail } from "./store";

export type RepairResult = { ok: true; repaired: false } | { ok: true; repaired: true; torn: TornTail; tornFile: string } | Refusal;

/**
 * Move a torn last line aside (into `.flowgate/runs/<run_id>.jsonl.torn`) so the run can take writes
 * again. Hosts ask the person first; the CLI needs confirmation or --yes.
 */
export async function repairRun(input: { root: string; runId: string }): Promise<RepairResult> {
  const runId = trimmed(input.runId);
  const bad = checkRunId(runId);
  if (bad) return bad;
  const moved = await moveTornTail(input.root, runId);
  if (!moved.ok) return moved;
  return moved.torn ? { ok: true, repaired: true, torn: moved.torn, tornFile: moved.tornFile! } : { ok: true, repaired: false };
}
