import * as vscode from "vscode";
import {
  advanceStep,
  approve,
  attachEvidence,
  cancelRun,
  deny,
  listFlowVersions,
  mintConsent,
  missingWorkspacePath,
  type OperationContext,
  requestApproval,
  resolvePolicy,
  type RunResult,
  startRun,
} from "../../core/ledger/index";
import { allowedActions, type RunActions, type StepActions, type Verdict, advanceTargetSchema, type RunState, type StepState, riskLevelSchema } from "../../core/ledger";
import { compareSemver, pointerKindSchema, skipReasonSchema } from "../../core/flow";
import { COMMAND, type CommandId, type Handler } from "../ids";
import type { RunCache } from "../runCache";
import type { ApprovalNode } from "../views/approvalsTree";
import type { FlowNode } from "../views/flowsTree";
import type { RunNode } from "../views/runsTree";
import type { FolderState, Workspace } from "../workspace";
import { approvalLabel, approvalReview, needsConfirmation } from "../views/present";
import { folderOfNode } from "../views/folderRows";
import { askText, type ApprovalChoice, pickAllowed, pickApproval, pickFolder, pickOne, pickRun, pickStep, type RunChoice } from "./pickers";
import { showRefusal, showRestricted } from "./refusals";

export const RESTRICTED_MESSAGE =
  "Flowgate: this workspace is in Restricted Mode, so run ledgers are read-only here. Trust the workspace (Manage Workspace Trust) to start runs, advance steps or decide approvals.";

const COMMENT_PROMPT = "Comment (optional, recorded in the ledger with your decision; Enter to skip)";

const SKIP_REASONS: Record<string, string> = {
  policy: "a policy says this step must not run",
  not_applicable: "the step does not apply to this task",
  blocked_dependency: "something this step needs is blocked",
};

/** Commands that write run ledgers, all through the core ledger API. */
export class LedgerCommands {
  constructor(
    private readonly workspace: Workspace,
    private readonly runs: RunCache,
  ) {}

  /** Command id → handler; the activation layer registers them (see extension.ts). */
  handlers(): [CommandId, Handler][] {
    return [
      [COMMAND.startRun, (node?: FlowNode) => this.start(node)],
      [COMMAND.advanceStep, (node?: RunNode) => this.advance(node)],
      [COMMAND.attachEvidence, (node?: RunNode) => this.evidence(node)],
      [COMMAND.requestApproval, (node?: RunNode) => this.requestApproval(node)],
      [COMMAND.approve, (node?: ApprovalNode) => this.decide(node, "approve")],
      [COMMAND.deny, (node?: ApprovalNode) => this.decide(node, "deny")],
      [COMMAND.mintConsent, (node?: RunNode) => this.consent(node)],
      [COMMAND.cancelRun, (node?: RunNode) => this.cancel(node)],
    ];
  }

  /** Restricted Mode: refuse before asking anything. */
  private writable(): boolean {
    if (!this.workspace.trusted) void showRestricted(RESTRICTED_MESSAGE);
    return this.workspace.trusted;
  }

  /** The folder (the run's, or the one picked) and actor a write needs, or undefined after telling the user why not. */
  private context(state: FolderState | undefined, run?: RunState): (OperationContext & { state: FolderState }) | undefined {
    if (!this.writable()) return undefined;
    if (!state) {
      void vscode.window.showErrorMessage("Flowgate: open a folder first; run ledgers live in <folder>/.flowgate/runs.");
      return undefined;
    }
    const actor = this.workspace.actor(state);
    if (!actor) {
      void vscode.window.showErrorMessage("Flowgate: who are you? Set `flowgate.actor` (an email) or the workspace's git user.email; every ledger event records its actor.");
      return undefined;
    }
    return { state, root: state.root, actor, config: state.config, expectedSeq: run ? run.head.seq + 1 : undefined };
  }

  /** Show the outcome; re-read the run so the views follow without waiting for the file watcher. */
  private async done(result: RunResult, root: string, runId: string | undefined, success: (run: RunState) => string, scope: Parameters<typeof showRefusal>[1] = {}): Promise<boolean> {
    if (runId) this.runs.reload(runId, root);
    if (!result.ok) {
      void showRefusal(result, scope);
      return false;
    }
    if (!runId) this.runs.reload(result.run.run_id, root);
    void vscode.window.showInformationMessage(`Flowgate: ${success(result.run)}`);
    return true;
  }

  /** The clicked run and its folder (a node from a view says which folder's ledger holds it). */
  private runOf(node: RunNode | ApprovalNode | undefined): RunChoice | undefined {
    const loaded = node ? this.runs.get(node.runId, node.root) : undefined;
    return loaded?.fold.run ? { run: loaded.fold.run, root: loaded.root } : undefined;
  }

  /** What the core would accept on `run` now, for the acting person, under its folder's policy (one answer; the pickers only present it). */
  private allowed({ run, root }: RunChoice): RunActions {
    const state = this.workspace.folderAt(root);
    return allowedActions(run, { policy: resolvePolicy(root), actor: state ? this.workspace.actor(state) : undefined });
  }

  /**
   * The run and step to act on: the clicked step, or picked with the steps the core would refuse marked
   * (and why). A refused step shows the refusal now, before any other prompt.
   */
  private async runAndStep(node: RunNode | undefined, verb: string, verdictOf: (step: StepActions) => Verdict): Promise<{ run: RunState; root: string; step: StepState; actions: StepActions } | undefined> {
    const chosen = this.runOf(node) ?? (await pickRun(this.runs, (r) => r.status === "in_progress", `Run to ${verb}`));
    if (!chosen) return undefined;
    const { run, root } = chosen;
    const actions = this.allowed(chosen);
    const of = (step: StepState) => actions.steps.find((s) => s.step_id === step.step_id)!;
    const fromNode = node?.kind === "step" ? run.steps.find((s) => s.step_id === node.stepId) : undefined;
    if (fromNode) {
      const verdict = verdictOf(of(fromNode));
      if (!verdict.allowed) {
        await showRefusal({ code: verdict.code, message: verdict.reason }, { run, step: fromNode });
        return undefined;
      }
    }
    const step = fromNode ?? (await pickStep(run, `Step to ${verb} (the frontier is #${run.frontier})`, (s) => verdictOf(of(s))));
    return step && { run, root, step, actions: of(step) };
  }

  async start(node?: FlowNode): Promise<boolean> {
    if (!this.writable()) return false;
    // From the Flows view: the clicked flow's folder; from the palette: the only folder, else asked.
    const state = node ? folderOfNode(this.workspace, node) : await pickFolder(this.workspace, "Workspace folder to start the run in (its flows, policy and ledgers)");
    if (!state && this.workspace.folders().length > 1) return false;
    const ctx = this.context(state);
    if (!ctx) return false;
    let flowId = node?.flowId;
    let version = node && node.kind !== "flow" ? node.version : undefined;
    const entries = listFlowVersions(ctx.root, ctx.state.config);
    // A version whose bundle does not validate cannot be pinned (the core refuses it with unknown_flow): say so in the pickers.
    const pinnable = (e: (typeof entries)[number]): Verdict =>
      e.errors ? { allowed: false, code: "unknown_flow", reason: `${e.file} has ${e.errors} validation error${e.errors === 1 ? "" : "s"}; fix ${e.errors === 1 ? "it" : "them"} (Problems panel) to pin this version` } : { allowed: true };
    if (!flowId) {
      const flows = [...new Map(entries.map((e) => [e.flow_id, e])).values()];
      if (flows.length === 0) {
        void vscode.window.showErrorMessage("Flowgate: no flow bundles in this workspace (*.flow.json, *.flow.yaml); a run pins one.");
        return false;
      }
      flowId = await pickAllowed(
        flows.map((e) => {
          const versions = entries.filter((v) => v.flow_id === e.flow_id);
          const ok = versions.find((v) => !v.errors);
          const verdict: Verdict = ok ? { allowed: true } : { allowed: false, code: "unknown_flow", reason: `no version of ${e.flow_id} validates (${versions.map((v) => `${v.version}: ${v.errors} error${v.errors === 1 ? "" : "s"} in ${v.file}`).join("; ")})` };
          return { label: e.title, description: e.flow_id, value: e.flow_id, verdict };
        }),
        "Flow to run",
      );
    }
    if (!flowId) return false;
    if (!version) {
      const versions = entries.filter((e) => e.flow_id === flowId).sort((a, b) => compareSemver(b.version, a.version));
      version = await pickAllowed(
        versions.map((e) => ({ label: e.version, description: e.file, value: e.version, verdict: pinnable(e) })),
        `Version of ${flowId} to pin (a run never follows "latest")`,
      );
    } else {
      // From the Flows view: a version that does not validate is refused now, with the reason.
      const entry = entries.find((e) => e.flow_id === flowId && e.version === version);
      const verdict = entry && pinnable(entry);
      if (verdict && !verdict.allowed) {
        await showRefusal({ code: verdict.code, message: verdict.reason });
        return false;
      }
    }
    if (!version) return false;
    const result = await startRun({ ...ctx, flowId, flowVersion: version });
    return this.done(result, ctx.root, undefined, (run) => `started ${run.run_id} pinned to ${run.flow_id}@${run.flow_version}.`);
  }

  async advance(node?: RunNode): Promise<boolean> {
    if (!this.writable()) return false;
    const target = await this.runAndStep(node, "advance", (s) => s.advanceAny);
    if (!target) return false;
    const { run, root, step, actions } = target;
    const toStatus = await pickAllowed(
      advanceTargetSchema.options.map((to) => ({ label: to, value: to, verdict: actions.advance[to] })),
      `New status of ${step.step_id} (now ${step.status})`,
      () => ({ run, step }),
    );
    if (!toStatus) return false;
    let skipReason: string | undefined;
    if (toStatus === "skipped") {
      skipReason = await pickOne(skipReasonSchema.options, "Why is the step skipped?", (r) => SKIP_REASONS[r] ?? "");
      if (!skipReason) return false;
    }
    const ctx = this.context(this.workspace.folderAt(root), run);
    if (!ctx) return false;
    const result = await advanceStep({ ...ctx, runId: run.run_id, stepId: step.step_id, toStatus, skipReason });
    return this.done(result, root, run.run_id, (r) => `${step.step_id} is ${toStatus}${r.status === "done" ? "; the run is done" : ""}.`, { run, step });
  }

  async evidence(node?: RunNode): Promise<boolean> {
    if (!this.writable()) return false;
    const target = await this.runAndStep(node, "attach evidence to", (s) => s.evidence);
    if (!target) return false;
    const { run, root, step } = target;
    const pointerKind = await pickOne(pointerKindSchema.options, `Kind of evidence for ${step.step_id} (${step.verification_kind})`);
    if (!pointerKind) return false;
    const ref = await askText(`Reference of the ${pointerKind} (a path, URL, hash or test id)`, { required: true });
    if (ref === undefined) return false;
    const ctx = this.context(this.workspace.folderAt(root), run);
    if (!ctx) return false;
    // A workspace path that is not there: warn; attached anyway, the ledger records that it did not exist.
    if (missingWorkspacePath(ctx.root, pointerKind, ref)) {
      const choice = await vscode.window.showWarningMessage(
        `${ref.trim()} does not exist in this workspace.`,
        { modal: true, detail: `Attach it anyway and the ledger records that the ${pointerKind} did not exist when it was attached (ref_exists: false).` },
        "Attach Anyway",
      );
      if (choice !== "Attach Anyway") return false;
    }
    const result = await attachEvidence({ ...ctx, runId: run.run_id, stepId: step.step_id, pointerKind, ref: ref.trim() });
    return this.done(result, root, run.run_id, (r) => {
      const now = r.steps.find((s) => s.step_id === step.step_id);
      return `evidence attached to ${step.step_id}${now?.verified ? "; the step is verified" : now?.verification_kind === "human_review" ? "; human_review steps are verified by an approval" : ""}.`;
    });
  }

  async requestApproval(node?: RunNode): Promise<boolean> {
    if (!this.writable()) return false;
    const target = await this.runAndStep(node, "request approval for", (s) => (s.requestApproval.allowed ? s.requestApproval : s.requestToolApproval));
    if (!target) return false;
    const { run, root, step, actions } = target;
    const kind = await pickAllowed(
      [
        { label: "step", description: `the ${step.verification_kind} step ${step.step_id}`, value: "step" as const, verdict: actions.requestApproval },
        { label: "tool call", description: "one exact tool call (bound to its arguments, expires)", value: "tool call" as const, verdict: actions.requestToolApproval },
      ],
      "What needs approval?",
      () => ({ run, step }),
    );
    if (!kind) return false;
    let tool: string | undefined;
    let args: unknown;
    if (kind === "tool call") {
      tool = await askText("Tool name (as registered in the gateway)", { required: true });
      if (tool === undefined) return false;
      const json = await askText("Arguments as JSON (the approval is bound to exactly these)", { value: "{}", validate: (v) => (parseJson(v) === INVALID ? "Not valid JSON" : undefined) });
      if (json === undefined) return false;
      args = parseJson(json);
    }
    const riskLevel = await pickOne(riskLevelSchema.options, "Risk level");
    if (!riskLevel) return false;
    const reason = await askText("Why is approval needed?", { required: true });
    if (reason === undefined) return false;
    const ctx = this.context(this.workspace.folderAt(root), run);
    if (!ctx) return false;
    const result = await requestApproval({ ...ctx, runId: run.run_id, stepId: step.step_id, tool: tool?.trim(), args, riskLevel, reason: reason.trim() });
    return this.done(result, root, run.run_id, () => `approval requested for ${tool ? `tool ${tool.trim()}` : step.step_id}; someone else must decide it.`);
  }

  /**
   * Approve or deny with eyes open: only approvals the core lets this person decide are offered; a
   * high, destructive, sensitive or financial/legal one is confirmed in a modal showing the tool, the
   * exact bound arguments, risk, requester, expiry and approvals still needed. Both decisions take an
   * optional comment recorded in the ledger.
   */
  async decide(node: ApprovalNode | undefined, decision: "approve" | "deny"): Promise<boolean> {
    if (!this.writable()) return false;
    const verdictOf = (row: ApprovalChoice) => this.allowed(row).approvals.find((a) => a.approval_id === row.approval.approval_id)!.decide;
    const chosen = node ? this.approvalOf(node) : await pickApproval(this.runs, decision === "approve" ? "Approval to grant" : "Approval to deny", verdictOf);
    if (!chosen) return false;
    const { run, root, approval } = chosen;
    const verdict = verdictOf(chosen);
    if (!verdict.allowed) {
      await showRefusal({ code: verdict.code, message: verdict.reason }, { run });
      return false;
    }
    let withComment = false;
    if (needsConfirmation(approval)) {
      const review = approvalReview(chosen, decision, new Date());
      const buttons = decision === "approve" ? ["Approve", "Approve with Comment…"] : ["Deny…"];
      const choice = await vscode.window.showWarningMessage(review.message, { modal: true, detail: review.detail }, ...buttons);
      if (choice === undefined) return false;
      withComment = choice === "Approve with Comment…";
    }
    let reason: string | undefined;
    if (decision === "deny") {
      reason = await askText(`Why deny "${approval.reason}"? (required, recorded in the ledger)`, { required: true });
      if (reason === undefined) return false;
    }
    // Low and medium risk: the comment box is the confirmation (Escape cancels); denials always may add one.
    let comment: string | undefined;
    if (withComment || decision === "deny" || !needsConfirmation(approval)) {
      comment = await askText(decision === "approve" && !withComment ? `Approve ${approvalLabel(approval)}? ${COMMENT_PROMPT}` : COMMENT_PROMPT, { required: withComment });
      if (comment === undefined) return false;
    }
    const ctx = this.context(this.workspace.folderAt(root), run);
    if (!ctx) return false;
    const input = { ...ctx, runId: run.run_id, approvalId: approval.approval_id, comment: comment?.trim() || undefined };
    const result = decision === "approve" ? await approve(input) : await deny({ ...input, reason: reason!.trim() });
    return this.done(result, root, run.run_id, (r) => {
      const now = r.approvals.find((a) => a.approval_id === approval.approval_id);
      return `${decision === "approve" ? "approved" : "denied"} ${approval.approval_id} as ${ctx.actor}${now?.status === "PENDING" ? ` (${now.decisions.length}/${now.required_approvals} approvals so far)` : ""}.`;
    }, { run });
  }

  async consent(node?: RunNode): Promise<boolean> {
    if (!this.writable()) return false;
    const chosen = this.runOf(node) ?? (await pickRun(this.runs, (r) => r.status === "in_progress", "Run to mint a consent for"));
    if (!chosen) return false;
    const { run, root } = chosen;
    // The lanes the run's folder's policy allows (the core refuses any other with FLOW_EXECUTION_LANE_DENIED).
    const allowed = resolvePolicy(root).allowedLanes;
    const picked = await vscode.window.showQuickPick(
      allowed.map((lane) => ({ label: lane })),
      { placeHolder: "Model lanes this consent allows (from .flowgate/policy.json)", canPickMany: true, ignoreFocusOut: true },
    );
    if (!picked || picked.length === 0) return false;
    const cap = await askText("Cost cap (units, a whole number ≥ 1)", { required: true, validate: (v) => (/^[1-9]\d*$/.test(v.trim()) ? undefined : "A whole number ≥ 1") });
    if (cap === undefined) return false;
    const ttl = await askText("Lifetime in seconds (empty: the policy's default; clamped to its maximum)", { validate: (v) => (v.trim() === "" || /^[1-9]\d*$/.test(v.trim()) ? undefined : "A whole number ≥ 1, or empty") });
    if (ttl === undefined) return false;
    const ctx = this.context(this.workspace.folderAt(root), run);
    if (!ctx) return false;
    const result = await mintConsent({ ...ctx, runId: run.run_id, allowedLanes: picked.map((p) => p.label), costCapUnits: Number(cap.trim()), ttlSeconds: ttl.trim() ? Number(ttl.trim()) : undefined });
    return this.done(result, root, run.run_id, () => `consent ${result.consentId ?? ""} minted for ${run.run_id}; it is checked on every execution (lanes, cost cap, expiry).`);
  }

  async cancel(node?: RunNode): Promise<boolean> {
    if (!this.writable()) return false;
    const chosen = this.runOf(node) ?? (await pickRun(this.runs, (r) => r.status === "in_progress", "Run to cancel"));
    if (!chosen) return false;
    const { run, root } = chosen;
    const confirm = await vscode.window.showWarningMessage(
      `Cancel ${run.run_id} (${run.flow_id}@${run.flow_version})?`,
      { modal: true, detail: "Cancelling is final: the ledger refuses every later write to this run." },
      "Cancel Run",
    );
    if (confirm !== "Cancel Run") return false;
    const reason = await askText("Reason (optional, recorded in the ledger)");
    if (reason === undefined) return false;
    const ctx = this.context(this.workspace.folderAt(root), run);
    if (!ctx) return false;
    const result = await cancelRun({ ...ctx, runId: run.run_id, reason: reason.trim() || undefined });
    return this.done(result, root, run.run_id, () => `cancelled ${run.run_id}.`);
  }

  private approvalOf(node: ApprovalNode): ApprovalChoice | undefined {
    const chosen = this.runOf(node);
    const approval = chosen?.run.approvals.find((a) => a.approval_id === node.approvalId);
    return chosen && approval ? { ...chosen, approval } : undefined;
  }
}

const INVALID = Symbol("invalid");
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}
