import * as vscode from "vscode";
import { CONTEXT } from "../ids";
import type { RunCache } from "../runCache";
import { type ApprovalRow, approvalDescription, approvalIcon, approvalRowLabel, approvalTooltip, sortApprovals } from "./present";
import { type FolderNode, folderGroups, folderItem, scopedId } from "./folderRows";
import { markdown, themeIcon } from "./icons";

/** A node of the Approvals view; approve/deny receive it. */
export interface ApprovalNode {
  kind: "approval";
  runId: string;
  approvalId: string;
  /** The folder whose ledger holds the run. */
  root?: string;
}

/**
 * Every approval of every run: pending first, with risk, requester and age (under a row per folder when
 * the workspace has several). Ids are `approval:<approval_id>` (prefixed `<folder root>|` with several folders).
 */
export class ApprovalsTree implements vscode.TreeDataProvider<ApprovalNode | FolderNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ApprovalNode | FolderNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly runs: RunCache) {
    // The order depends on every approval's status, so any change re-sorts the (flat) list.
    this.subscription = runs.onDidChange(() => this.changed.fire(undefined));
  }

  /** The approvals of one folder's runs (or every folder's), sorted; each with its folder's root. */
  rows(root?: string): (ApprovalRow & { root: string })[] {
    const rows: (ApprovalRow & { root: string })[] = [];
    for (const loaded of this.runs.all(root)) {
      const run = loaded.fold.run;
      if (run) for (const approval of run.approvals) rows.push({ run, approval, root: loaded.root });
    }
    return sortApprovals(rows);
  }

  getChildren(node?: ApprovalNode | FolderNode): (ApprovalNode | FolderNode)[] {
    if (node?.kind === "approval") return [];
    if (!node) {
      const groups = folderGroups(this.runs.workspace);
      if (groups) return groups;
    }
    return this.rows(node?.root).map((r) => ({ kind: "approval", runId: r.run.run_id, approvalId: r.approval.approval_id, root: r.root }));
  }

  getParent(node: ApprovalNode | FolderNode): FolderNode | undefined {
    return node.kind === "approval" && node.root !== undefined && folderGroups(this.runs.workspace) ? { kind: "folder", root: node.root } : undefined;
  }

  getTreeItem(node: ApprovalNode | FolderNode): vscode.TreeItem {
    if (node.kind === "folder") {
      const pending = this.rows(node.root).filter((r) => r.approval.status === "PENDING").length;
      return folderItem(this.runs.workspace, node, `${pending} pending`);
    }
    const loaded = this.runs.get(node.runId, node.root);
    const run = loaded?.fold.run;
    const approval = run?.approvals.find((a) => a.approval_id === node.approvalId);
    if (!loaded || !run || !approval) return new vscode.TreeItem(node.approvalId);
    const item = new vscode.TreeItem(approvalRowLabel(approval), vscode.TreeItemCollapsibleState.None);
    item.id = scopedId(this.runs.workspace, loaded.root, `approval:${approval.approval_id}`);
    item.description = approvalDescription(approval, new Date());
    item.tooltip = markdown(approvalTooltip({ run, approval }, new Date()));
    item.iconPath = themeIcon(approvalIcon(approval));
    item.contextValue = approval.status === "PENDING" ? CONTEXT.approvalPending : CONTEXT.approvalDecided;
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
