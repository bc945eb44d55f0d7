import * as vscode from "vscode";
import type { LoadedRun, RunState, StepState } from "../../core/ledger";
import { CONTEXT } from "../ids";
import type { RunCache } from "../runCache";
import { isFrontier, ledgerProblems, runIcon, runRowDescription, runTooltip, stepDescription, stepIcon, stepLabel, stepTooltip } from "./present";
import { type FolderNode, folderGroups, folderItem, scopedId } from "./folderRows";
import { markdown, themeIcon } from "./icons";

/** A node of the Runs view; commands receive it as their argument. `root`: the folder whose ledger holds the run. */
export type RunNode = { kind: "run"; runId: string; root?: string } | { kind: "step"; runId: string; stepId: string; root?: string };

/**
 * Runs → steps (under a row per folder when the workspace has several). Ids are `run:<run_id>` and
 * `run:<run_id>/<step_id>` (prefixed `<folder root>|` with several folders): stable across refreshes.
 */
export class RunsTree implements vscode.TreeDataProvider<RunNode | FolderNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RunNode | FolderNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly runs: RunCache) {
    this.subscription = runs.onDidChange((ids) => {
      if (!ids) return this.changed.fire(undefined);
      for (const runId of ids) this.changed.fire({ kind: "run", runId });
    });
  }

  getChildren(node?: RunNode | FolderNode): (RunNode | FolderNode)[] {
    const workspace = this.runs.workspace;
    if (!node) {
      const groups = folderGroups(workspace);
      if (groups) return groups;
    }
    if (!node || node.kind === "folder") {
      return this.runs
        .all(node?.root)
        .filter((r) => r.fold.run)
        .sort((a, b) => (a.fold.run!.started_at < b.fold.run!.started_at ? 1 : -1))
        .map((r) => ({ kind: "run", runId: r.runId, root: r.root }));
    }
    if (node.kind === "step") return [];
    const run = this.runs.get(node.runId, node.root)?.fold.run;
    return run ? run.steps.map((s) => ({ kind: "step", runId: node.runId, stepId: s.step_id, root: node.root })) : [];
  }

  getParent(node: RunNode | FolderNode): RunNode | FolderNode | undefined {
    if (node.kind === "step") return { kind: "run", runId: node.runId, root: node.root };
    return node.kind === "run" && node.root !== undefined && folderGroups(this.runs.workspace) ? { kind: "folder", root: node.root } : undefined;
  }

  getTreeItem(node: RunNode | FolderNode): vscode.TreeItem {
    const workspace = this.runs.workspace;
    if (node.kind === "folder") {
      const count = this.runs.all(node.root).filter((r) => r.fold.run).length;
      return folderItem(workspace, node, `${count} run${count === 1 ? "" : "s"}`);
    }
    const loaded = this.runs.get(node.runId, node.root);
    const run = loaded?.fold.run;
    if (!loaded || !run) return new vscode.TreeItem(node.runId);
    const item = node.kind === "run" ? runItem(loaded, run) : stepItemOf(run, node.stepId);
    if (item.id) item.id = scopedId(workspace, loaded.root, item.id);
    // The ledger file: its Problems (chain, replay) decorate the run, and the context menu can open it.
    if (node.kind === "run") item.resourceUri = this.runs.fileOf(run.run_id, loaded.root);
    return item;
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

function stepItemOf(run: RunState, stepId: string): vscode.TreeItem {
  const step = run.steps.find((s) => s.step_id === stepId);
  return step ? stepItem(run, step) : new vscode.TreeItem(stepId);
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
