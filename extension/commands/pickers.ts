import * as vscode from "vscode";
import type { ApprovalState, RunState, StepState } from "../../core/ledger/schema";
import type { RunCache } from "../runCache";
import { approvalLabel, runDescription, runLabel, stepDescription, stepLabel } from "../views/present";

/** Quick picks for commands run from the palette (from a view, the clicked item is the argument instead). */

export async function pickRun(runs: RunCache, filter: (run: RunState) => boolean, placeHolder: string): Promise<RunState | undefined> {
  const candidates = runs
    .all()
    .map((r) => r.fold.run)
    .filter((r): r is RunState => !!r && filter(r));
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(`Flowgate: no run to choose (${placeHolder.toLowerCase()}).`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    candidates.map((run) => ({ label: runLabel(run), description: runDescription(run), run })),
    { placeHolder, ignoreFocusOut: true },
  );
  return picked?.run;
}

export async function pickStep(run: RunState, placeHolder: string): Promise<StepState | undefined> {
  const picked = await vscode.window.showQuickPick(
    run.steps.map((step) => ({ label: stepLabel(step), description: stepDescription(step), picked: step.ordinal === run.frontier, step })),
    { placeHolder, ignoreFocusOut: true },
  );
  return picked?.step;
}

export async function pickApproval(runs: RunCache, placeHolder: string): Promise<{ run: RunState; approval: ApprovalState } | undefined> {
  const rows = runs.all().flatMap((r) => (r.fold.run ? r.fold.run.approvals.filter((a) => a.status === "PENDING").map((approval) => ({ run: r.fold.run!, approval })) : []));
  if (rows.length === 0) {
    void vscode.window.showInformationMessage("Flowgate: no pending approvals.");
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    rows.map((row) => ({ label: approvalLabel(row.approval), description: `${row.approval.risk_level} · requested by ${row.approval.requested_by}`, detail: `${row.run.run_id} · ${row.approval.approval_id}`, row })),
    { placeHolder, ignoreFocusOut: true, matchOnDetail: true },
  );
  return picked?.row;
}

export async function pickOne<T extends string>(options: readonly T[], placeHolder: string, describe: (o: T) => string = () => ""): Promise<T | undefined> {
  const picked = await vscode.window.showQuickPick(
    options.map((o) => ({ label: o, description: describe(o) })),
    { placeHolder, ignoreFocusOut: true },
  );
  return picked?.label as T | undefined;
}

export function askText(prompt: string, options: { required?: boolean; placeHolder?: string; value?: string; validate?: (v: string) => string | undefined } = {}): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    prompt,
    placeHolder: options.placeHolder,
    value: options.value,
    ignoreFocusOut: true,
    validateInput: (v) => (options.required && v.trim() === "" ? "Required" : options.validate?.(v)),
  });
}
