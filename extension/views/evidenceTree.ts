import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { walkFiles, globMatcher } from "../../core/index";
import { type BundleStatus, bundleStatus, statusDescription } from "../evidence";
import { CONTEXT } from "../ids";
import { FolderWatchers } from "../folderWatchers";
import type { FolderState, Workspace } from "../workspace";
import { type FolderNode, folderGroups, folderItem, folderOfNode, scopedId } from "./folderRows";
import { markdown } from "./icons";
import { traceFiles, traceItem } from "./traceRows";

/** A node of the Evidence view: one bundle file (repo-relative). Report and golden commands receive it. */
export interface EvidenceNode {
  kind: "evidence";
  file: string;
  /** The workspace folder the file is in (repo-relative `file` is relative to it). */
  root?: string;
}

/** A trace file's row (traces.include), shown after the bundles. */
export interface TraceNode {
  kind: "trace";
  file: string;
  root?: string;
}

/**
 * Evidence bundles (evidence.include of each folder's own .flowgate.yml) with their verdict and golden
 * status, under a row per folder when the workspace has several. Read once, then one file at a time as
 * watchers report bundles or goldens changing. Ids: `evidence:<file>` (prefixed `<folder root>|` with several folders).
 */
export class EvidenceTree implements vscode.TreeDataProvider<EvidenceNode | TraceNode | FolderNode>, vscode.Disposable {
  /** Folder root → bundle file → status. */
  private readonly statuses = new Map<string, Map<string, BundleStatus>>();
  private readonly changed = new vscode.EventEmitter<EvidenceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly workspace: Workspace) {
    const globsOf = (state: FolderState) => [...state.config.evidence.include, ...state.config.goldens.map((p) => p.golden)];
    this.disposables.push(new FolderWatchers(workspace, globsOf, (state, uri) => this.update(state.root, workspace.relativePath(state, uri))));
  }

  private folderStatuses(state: FolderState): Map<string, BundleStatus> {
    let statuses = this.statuses.get(state.root);
    if (!statuses) {
      statuses = new Map();
      const isBundle = globMatcher(state.config.evidence.include);
      for (const file of walkFiles(state.root, state.config.exclude).filter(isBundle)) {
        const status = this.read(state, file);
        if (status) statuses.set(file, status);
      }
      this.statuses.set(state.root, statuses);
    }
    return statuses;
  }

  /** The bundles of a folder (by default the only one), by file name. */
  all(root?: string): BundleStatus[] {
    const state = folderOfNode(this.workspace, { root });
    return state ? [...this.folderStatuses(state).values()].sort((a, b) => (a.file < b.file ? -1 : 1)) : [];
  }

  get(file: string, root?: string): BundleStatus | undefined {
    const state = folderOfNode(this.workspace, { root });
    return state && this.folderStatuses(state).get(file);
  }

  refresh(): void {
    this.statuses.clear();
    this.changed.fire(undefined);
  }

  private read(state: FolderState, file: string): BundleStatus | undefined {
    try {
      return bundleStatus(state.root, file, readFileSync(join(state.root, file), "utf8"), state.config);
    } catch {
      return undefined; // deleted between the event and the read
    }
  }

  /** A bundle changed: re-read it. A golden changed: re-compare the bundles paired with it. */
  private update(root: string, file: string): void {
    const statuses = this.statuses.get(root);
    const state = this.workspace.folderAt(root);
    if (!statuses || !state) return;
    const affected = [...statuses.values()].filter((s) => s.golden?.file === file).map((s) => s.file);
    if (globMatcher(state.config.evidence.include)(file)) affected.push(file);
    let structural = false;
    for (const f of new Set(affected)) {
      const status = this.read(state, f);
      structural ||= !status !== !statuses.has(f);
      if (status) statuses.set(f, status);
      else statuses.delete(f);
    }
    if (structural) this.changed.fire(undefined);
    else for (const f of new Set(affected)) this.changed.fire({ kind: "evidence", file: f, root });
  }

  getChildren(node?: EvidenceNode | TraceNode | FolderNode): (EvidenceNode | TraceNode | FolderNode)[] {
    if (node && node.kind !== "folder") return [];
    if (!node) {
      const folders = folderGroups(this.workspace);
      if (folders) return folders;
    }
    const state = folderOfNode(this.workspace, node);
    if (!state) return [];
    const traces = traceFiles(state.root, state.config);
    const root = state.root;
    return [...this.all(root).map((s) => ({ kind: "evidence" as const, file: s.file, root })), ...traces.map((file) => ({ kind: "trace" as const, file, root }))];
  }

  getTreeItem(node: EvidenceNode | TraceNode | FolderNode): vscode.TreeItem {
    if (node.kind === "folder") {
      const count = this.all(node.root).length;
      return folderItem(this.workspace, node, `${count} bundle${count === 1 ? "" : "s"}`);
    }
    const state = folderOfNode(this.workspace, node);
    if (!state) return new vscode.TreeItem(node.file);
    const item = node.kind === "trace" ? traceItem(state.root, node.file, state.config) : this.bundleItem(state, node.file);
    if (item.id) item.id = scopedId(this.workspace, state.root, item.id);
    return item;
  }

  private bundleItem(state: FolderState, file: string): vscode.TreeItem {
    const status = this.get(file, state.root);
    const item = new vscode.TreeItem(file.split("/").pop()!, vscode.TreeItemCollapsibleState.None);
    item.id = `evidence:${file}`;
    if (!status) return item;
    const failing = status.verdict.verdict === "fail" || (status.golden && !status.golden.result?.passed);
    item.description = statusDescription(status);
    item.iconPath = new vscode.ThemeIcon(failing ? "error" : "pass", new vscode.ThemeColor(failing ? "testing.iconFailed" : "testing.iconPassed"));
    const lines = [`**${status.file}**`, "", `- verdict: ${status.verdict.verdict}${status.verdict.intact ? ", hashes intact" : ", hashes do not verify"}`];
    if (status.verdict.failing.length) lines.push(`- failing checks: ${status.verdict.failing.join(", ")}`);
    if (status.golden) lines.push(`- golden ${status.golden.file}: ${status.golden.problem ?? (status.golden.result?.passed ? "matches" : "regression")}`);
    item.tooltip = markdown(lines.join("\n"));
    item.contextValue = status.golden && !status.golden.problem ? CONTEXT.evidenceWithGolden : CONTEXT.evidence;
    item.resourceUri = vscode.Uri.file(join(state.root, status.file));
    item.command = { command: "vscode.open", title: "Open Bundle", arguments: [item.resourceUri] };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
