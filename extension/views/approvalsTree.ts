import * as vscode from "vscode";
import { CONTEXT } from "../ids";
import type { RunCache } from "../runCache";
import { type ApprovalRow, approvalDescription, approvalIcon, approvalRowLabel, approvalTooltip, sortApprovals } from "./present";
import { markdown, themeIcon } from "./icons";

/** A node of the Approvals view; approve/deny receive it. */
export interface ApprovalNode {
  kind: "approval";
  runId: string;
  approvalId: string;
}

/** Every approval of every run: pending first, with risk, requester and age. Ids are `approval:<approval_id>`. */
export class ApprovalsTree implements vscode.TreeDataProvider<ApprovalNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ApprovalNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly runs: RunCache) {
    // The order depends on every approval's status, so any change re-sorts the (flat) list.
    this.subscription = runs.onDidChange(() => this.changed.fire(undefined));
  }

  rows(): ApprovalRow[] {
    const rows: ApprovalRow[] = [];
    for (const loaded of this.runs.all()) {
      const run = loaded.fold.run;
      if (run) for (const approval of run.approvals) rows.push({ run, approval });
    }
    return sortApprovals(rows);
  }

  getChildren(node?: ApprovalNode): ApprovalNode[] {
    if (node) return [];
    return this.rows().map((r) => ({ kind: "approval", runId: r.run.run_id, approvalId: r.approval.approval_id }));
  }

  getTreeItem(node: ApprovalNode): vscode.TreeItem {
    const run = this.runs.get(node.runId)?.fold.run;
    const approval = run?.approvals.find((a) => a.approval_id === node.approvalId);
    if (!run || !approval) return new vscode.TreeItem(node.approvalId);
    const item = new vscode.TreeItem(approvalRowLabel(approval), vscode.TreeItemCollapsibleState.None);
    item.id = `approval:${approval.approval_id}`;
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
