import * as vscode from "vscode";
import type { LoadedRun, RunState, StepState } from "../../core/ledger";
import { CONTEXT } from "../ids";
import type { RunCache } from "../runCache";
import { isFrontier, ledgerProblems, runIcon, runRowDescription, runTooltip, stepDescription, stepIcon, stepLabel, stepTooltip } from "./present";
import { markdown, themeIcon } from "./icons";

/** A node of the Runs view; commands receive it as their argument. */
export type RunNode = { kind: "run"; runId: string } | { kind: "step"; runId: string; stepId: string };

/** Runs → steps. Ids are `run:<run_id>` and `run:<run_id>/<step_id>`: stable across refreshes. */
export class RunsTree implements vscode.TreeDataProvider<RunNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RunNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly runs: RunCache) {
    this.subscription = runs.onDidChange((ids) => {
      if (!ids) return this.changed.fire(undefined);
      for (const runId of ids) this.changed.fire({ kind: "run", runId });
    });
  }

  getChildren(node?: RunNode): RunNode[] {
    if (!node) {
      return this.runs
        .all()
        .filter((r) => r.fold.run)
        .sort((a, b) => (a.fold.run!.started_at < b.fold.run!.started_at ? 1 : -1))
        .map((r) => ({ kind: "run", runId: r.runId }));
    }
    if (node.kind === "step") return [];
    const run = this.runs.get(node.runId)?.fold.run;
    return run ? run.steps.map((s) => ({ kind: "step", runId: node.runId, stepId: s.step_id })) : [];
  }

  getParent(node: RunNode): RunNode | undefined {
    return node.kind === "step" ? { kind: "run", runId: node.runId } : undefined;
  }

  getTreeItem(node: RunNode): vscode.TreeItem {
    const loaded = this.runs.get(node.runId);
    const run = loaded?.fold.run;
    if (!loaded || !run) return new vscode.TreeItem(node.runId);
    if (node.kind === "run") {
      const item = runItem(loaded, run);
      // The ledger file: its Problems (chain, replay) decorate the run, and the context menu can open it.
      item.resourceUri = this.runs.fileOf(run.run_id);
      return item;
    }
    const step = run.steps.find((s) => s.step_id === node.stepId);
    return step ? stepItem(run, step) : new vscode.TreeItem(node.stepId);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function runItem(loaded: LoadedRun, run: RunState): vscode.TreeItem {
  const damaged = !!loaded.parsed.torn || loaded.fold.illegal.length > 0 || loaded.parsed.lines.some((l) => !l.event);
  // The title, then status first; the long run id ends the description and is in the tooltip.
  const item = new vscode.TreeItem(run.flow_title, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `run:${run.run_id}`;
  item.description = runRowDescription(run, damaged);
  item.tooltip = markdown(runTooltip(run, new Date(), ledgerProblems({ ...loaded.parsed, illegal: loaded.fold.illegal })));
  item.iconPath = themeIcon(runIcon(run, damaged));
  item.contextValue = run.status === "in_progress" ? CONTEXT.runActive : CONTEXT.runClosed;
  return item;
}

function stepItem(run: RunState, step: StepState): vscode.TreeItem {
  const item = new vscode.TreeItem(stepLabel(step), vscode.TreeItemCollapsibleState.None);
  item.id = `run:${run.run_id}/${step.step_id}`;
  item.description = stepDescription(step);
  item.tooltip = markdown(stepTooltip(step));
  item.iconPath = themeIcon(stepIcon(step));
  item.contextValue = isFrontier(run, step) ? CONTEXT.stepFrontier : CONTEXT.step;
  return item;
}
