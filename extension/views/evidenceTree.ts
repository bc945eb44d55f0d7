import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { walkFiles, globMatcher } from "../../core/index";
import { type BundleStatus, bundleStatus, statusDescription } from "../evidence";
import { CONTEXT } from "../ids";
import type { Workspace } from "../workspace";
import { markdown } from "./icons";
import { traceFiles, traceItem } from "./traceRows";

/** A node of the Evidence view: one bundle file (repo-relative). Report and golden commands receive it. */
export interface EvidenceNode {
  kind: "evidence";
  file: string;
}

/** A trace file's row (traces.include), shown after the bundles. */
export interface TraceNode {
  kind: "trace";
  file: string;
}

/**
 * Evidence bundles (evidence.include) with their verdict and golden status. Read once, then one file
 * at a time as watchers report bundles or goldens changing. Ids: `evidence:<file>`.
 */
export class EvidenceTree implements vscode.TreeDataProvider<EvidenceNode | TraceNode>, vscode.Disposable {
  private statuses: Map<string, BundleStatus> | undefined;
  private readonly changed = new vscode.EventEmitter<EvidenceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly workspace: Workspace) {
    const state = workspace.primary();
    if (!state) return;
    const goldens = state.config.goldens.map((p) => p.golden);
    for (const glob of [...state.config.evidence.include, ...goldens]) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, glob));
      const update = (uri: vscode.Uri) => this.update(this.workspace.relativePath(state, uri));
      this.disposables.push(watcher, watcher.onDidCreate(update), watcher.onDidChange(update), watcher.onDidDelete(update));
    }
  }

  all(): BundleStatus[] {
    if (!this.statuses) {
      this.statuses = new Map();
      const state = this.workspace.primary();
      if (state) {
        const isBundle = globMatcher(state.config.evidence.include);
        for (const file of walkFiles(state.root, state.config.exclude).filter(isBundle)) {
          const status = this.read(file);
          if (status) this.statuses.set(file, status);
        }
      }
    }
    return [...this.statuses.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
  }

  get(file: string): BundleStatus | undefined {
    this.all();
    return this.statuses!.get(file);
  }

  refresh(): void {
    this.statuses = undefined;
    this.changed.fire(undefined);
  }

  private read(file: string): BundleStatus | undefined {
    const state = this.workspace.primary();
    if (!state) return undefined;
    try {
      return bundleStatus(state.root, file, readFileSync(join(state.root, file), "utf8"), state.config);
    } catch {
      return undefined; // deleted between the event and the read
    }
  }

  /** A bundle changed: re-read it. A golden changed: re-compare the bundles paired with it. */
  private update(file: string): void {
    if (!this.statuses) return;
    const state = this.workspace.primary();
    const affected = [...this.statuses.values()].filter((s) => s.golden?.file === file).map((s) => s.file);
    if (state && globMatcher(state.config.evidence.include)(file)) affected.push(file);
    let structural = false;
    for (const f of new Set(affected)) {
      const status = this.read(f);
      structural ||= !status !== !this.statuses.has(f);
      if (status) this.statuses.set(f, status);
      else this.statuses.delete(f);
    }
    if (structural) this.changed.fire(undefined);
    else for (const f of new Set(affected)) this.changed.fire({ kind: "evidence", file: f });
  }

  getChildren(node?: EvidenceNode | TraceNode): (EvidenceNode | TraceNode)[] {
    if (node) return [];
    const state = this.workspace.primary();
    const traces = state ? traceFiles(state.root, state.config) : [];
    return [...this.all().map((s) => ({ kind: "evidence" as const, file: s.file })), ...traces.map((file) => ({ kind: "trace" as const, file }))];
  }

  getTreeItem(node: EvidenceNode | TraceNode): vscode.TreeItem {
    if (node.kind === "trace") return traceItem(this.workspace.primary()!.root, node.file, this.workspace.primary()!.config);
    const status = this.get(node.file);
    const item = new vscode.TreeItem(node.file.split("/").pop()!, vscode.TreeItemCollapsibleState.None);
    item.id = `evidence:${node.file}`;
    if (!status) return item;
    const failing = status.verdict.verdict === "fail" || (status.golden && !status.golden.result?.passed);
    item.description = statusDescription(status);
    item.iconPath = new vscode.ThemeIcon(failing ? "error" : "pass", new vscode.ThemeColor(failing ? "testing.iconFailed" : "testing.iconPassed"));
    const lines = [`**${status.file}**`, "", `- verdict: ${status.verdict.verdict}${status.verdict.intact ? ", hashes intact" : ", hashes do not verify"}`];
    if (status.verdict.failing.length) lines.push(`- failing checks: ${status.verdict.failing.join(", ")}`);
    if (status.golden) lines.push(`- golden ${status.golden.file}: ${status.golden.problem ?? (status.golden.result?.passed ? "matches" : "regression")}`);
    item.tooltip = markdown(lines.join("\n"));
    item.contextValue = status.golden && !status.golden.problem ? CONTEXT.evidenceWithGolden : CONTEXT.evidence;
    const state = this.workspace.primary();
    if (state) {
      item.resourceUri = vscode.Uri.file(join(state.root, status.file));
      item.command = { command: "vscode.open", title: "Open Bundle", arguments: [item.resourceUri] };
    }
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
