import * as vscode from "vscode";
import type { Verdict, ApprovalState, RunState, StepState } from "../../core/ledger";
import type { RunCache } from "../runCache";
import { approvalLabel, runDescription, runLabel, stepDescription, stepLabel } from "../views/present";
import { folderSuffix } from "../views/folderRows";
import type { FolderState, Workspace } from "../workspace";
import { type RefusalScope, showRefusal } from "./refusals";

/** Quick picks for commands run from the palette (from a view, the clicked item is the argument instead). */

/** One entry of a picker and the core's answer for it (see allowedActions). */
export interface Choice<T> {
  label: string;
  description?: string;
  detail?: string;
  value: T;
  verdict: Verdict;
  /** Preselected (the frontier step). */
  picked?: boolean;
}

/** The marker of an entry the core would refuse now (VS Code has no disabled quick-pick items). */
export const NOT_ALLOWED = "$(circle-slash)";

type Row<T> = vscode.QuickPickItem & { choice?: Choice<T> };

/** Quick-pick rows: what the core accepts first, then a separator and the rest, each marked and saying why not. */
export function choiceRows<T>(choices: readonly Choice<T>[]): Row<T>[] {
  const allowed = choices.filter((c) => c.verdict.allowed);
  const refused = choices.filter((c) => !c.verdict.allowed);
  const rows: Row<T>[] = allowed.map((c) => ({ label: c.label, description: c.description, detail: c.detail, picked: c.picked, choice: c }));
  if (refused.length) {
    rows.push({ label: "not allowed now", kind: vscode.QuickPickItemKind.Separator });
    for (const c of refused) rows.push({ label: `${NOT_ALLOWED} ${c.label}`, description: c.description, detail: c.verdict.allowed ? c.detail : `${c.verdict.code}: ${c.verdict.reason}`, choice: c });
  }
  return rows;
}

/**
 * Asks for one of `choices`. Picking an entry the core would refuse shows that refusal (with its next
 * steps) instead of going on to prompts whose answer is already known.
 */
export async function pickAllowed<T>(choices: readonly Choice<T>[], placeHolder: string, scope: (value: T) => RefusalScope = () => ({})): Promise<T | undefined> {
  const picked = await vscode.window.showQuickPick(choiceRows(choices), { placeHolder, ignoreFocusOut: true, matchOnDetail: true });
  const choice = picked?.choice;
  if (!choice) return undefined;
  if (!choice.verdict.allowed) {
    await showRefusal({ code: choice.verdict.code, message: choice.verdict.reason }, scope(choice.value));
    return undefined;
  }
  return choice.value;
}

/** A run and the folder whose ledger holds it: what every command that writes acts on. */
export interface RunChoice {
  run: RunState;
  root: string;
}

/** A run of any workspace folder (the folder's name in the description when there are several). */
export async function pickRun(runs: RunCache, filter: (run: RunState) => boolean, placeHolder: string): Promise<RunChoice | undefined> {
  const candidates = runs.all().flatMap((r) => (r.fold.run && filter(r.fold.run) ? [{ run: r.fold.run, root: r.root }] : []));
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(`Flowgate: no run to choose (${placeHolder.toLowerCase()}).`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    candidates.map((choice) => ({ label: runLabel(choice.run), description: runDescription(choice.run) + folderSuffix(runs.workspace, choice.root), choice })),
    { placeHolder, ignoreFocusOut: true },
  );
  return picked?.choice;
}

/**
 * The folder a command acts on when nothing clicked or picked says it: the only folder, else asked
 * (the active editor's folder first). Each folder has its own ledgers, policy and .flowgate.yml.
 */
export async function pickFolder(workspace: Workspace, placeHolder: string): Promise<FolderState | undefined> {
  const folders = workspace.folders();
  if (folders.length <= 1) return folders[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const current = active && workspace.folderOf(active);
  const ordered = current ? [current, ...folders.filter((f) => f !== current)] : folders;
  const picked = await vscode.window.showQuickPick(
    ordered.map((state) => ({ label: state.folder.name, description: state === current ? "folder of the active editor" : undefined, detail: state.root, state })),
    { placeHolder, ignoreFocusOut: true },
  );
  return picked?.state;
}

/** A step of `run`, each marked with what the core says about `verdictOf` it. */
export function pickStep(run: RunState, placeHolder: string, verdictOf: (step: StepState) => Verdict): Promise<StepState | undefined> {
  return pickAllowed(
    run.steps.map((step) => ({ label: stepLabel(step), description: stepDescription(step), picked: step.ordinal === run.frontier, value: step, verdict: verdictOf(step) })),
    placeHolder,
    (step) => ({ run, step }),
  );
}

export interface ApprovalChoice extends RunChoice {
  approval: ApprovalState;
}

export async function pickApproval(runs: RunCache, placeHolder: string, verdictOf: (row: ApprovalChoice) => Verdict): Promise<ApprovalChoice | undefined> {
  const rows = runs.all().flatMap((r) => (r.fold.run ? r.fold.run.approvals.filter((a) => a.status === "PENDING").map((approval) => ({ run: r.fold.run!, approval, root: r.root })) : []));
  if (rows.length === 0) {
    void vscode.window.showInformationMessage("Flowgate: no pending approvals.");
    return undefined;
  }
  return pickAllowed(
    rows.map((row) => ({ label: approvalLabel(row.approval), description: `${row.approval.risk_level} · requested by ${row.approval.requested_by}`, detail: `${row.run.run_id} · ${row.approval.approval_id}${folderSuffix(runs.workspace, row.root)}`, value: row, verdict: verdictOf(row) })),
    placeHolder,
    (row) => ({ run: row.run }),
  );
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
