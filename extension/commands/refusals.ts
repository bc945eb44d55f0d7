import * as vscode from "vscode";
import type { RefusalCode, RunState, StepState } from "../../core/ledger";
import { COMMAND } from "../ids";

/** The one line a refusal leads with: its code first, as the CLI prints it. */
export function refusalText(result: { code: string; message: string }): string {
  return `Flowgate refused (${result.code}): ${result.message}`;
}

/** VS Code's own command behind "Manage Workspace Trust". */
export const MANAGE_TRUST_COMMAND = "workbench.trust.manage";
export const MANAGE_TRUST = "Manage Workspace Trust";

export interface NextStep {
  /** The button's title. */
  title: string;
  command: string;
  args: unknown[];
}

/** What the refusal was about, so its buttons can continue from there. */
export interface RefusalScope {
  run?: Pick<RunState, "run_id" | "frontier" | "steps">;
  step?: Pick<StepState, "step_id" | "verification_kind">;
}

/**
 * The next steps a refusal's code leads to, as buttons (pure: unit-tested). An unverified step needs
 * evidence or, for human_review, an approval; a step past the frontier sends you to the frontier.
 */
export function nextSteps(code: RefusalCode | string, scope: RefusalScope): NextStep[] {
  const stepNode = (stepId: string) => (scope.run ? [{ kind: "step", runId: scope.run.run_id, stepId }] : []);
  switch (code) {
    case "FLOW_VERIFICATION_UNSATISFIED":
      if (!scope.step) return [];
      return scope.step.verification_kind === "human_review"
        ? [{ title: "Request Approval…", command: COMMAND.requestApproval, args: stepNode(scope.step.step_id) }]
        : [{ title: "Attach Evidence…", command: COMMAND.attachEvidence, args: stepNode(scope.step.step_id) }];
    case "FLOW_STEP_OUT_OF_ORDER": {
      const frontier = scope.run?.steps.find((s) => s.ordinal === scope.run!.frontier);
      return frontier ? [{ title: `Advance Step #${frontier.ordinal}…`, command: COMMAND.advanceStep, args: stepNode(frontier.step_id) }] : [];
    }
    case "FLOW_LEDGER_CONFLICT":
      return [{ title: "Refresh", command: COMMAND.refresh, args: [] }];
    default:
      return [];
  }
}

/** A refusal in full (a modal: a toast cuts it to one line), with the next steps as buttons. */
export async function showRefusal(refusal: { code: string; message: string }, scope: RefusalScope = {}): Promise<void> {
  const steps = nextSteps(refusal.code, scope);
  const detail = steps.length ? `Next: ${steps.map((s) => s.title.replace(/…$/, "")).join(" or ")}.` : "Nothing was written to the ledger.";
  const choice = await vscode.window.showErrorMessage(refusalText(refusal), { modal: true, detail }, ...steps.map((s) => s.title));
  const step = steps.find((s) => s.title === choice);
  if (step) await vscode.commands.executeCommand(step.command, ...step.args);
}

/** Restricted Mode refuses every ledger write; the button opens VS Code's trust editor. */
export async function showRestricted(message: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, { modal: true, detail: "Restricted Mode keeps run ledgers read-only until you trust this folder." }, MANAGE_TRUST);
  if (choice === MANAGE_TRUST) await vscode.commands.executeCommand(MANAGE_TRUST_COMMAND);
}
