import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { isFlowFile, walkFiles } from "../../core/index";
import { CONTEXT } from "../ids";
import type { RunCache } from "../runCache";
import { FolderWatchers } from "../folderWatchers";
import type { FolderState, Workspace } from "../workspace";
import { automatableIcon, type FlowGroup, type FlowVersionInfo, groupFlows, readFlowFile, versionInfo } from "./flowCatalog";
import { type FolderNode, folderGroups, folderItem, folderOfNode, scopedId } from "./folderRows";
import { markdown } from "./icons";
import { markdownText } from "./present";

/** `root`: the workspace folder the flow's bundles (and the runs pinning it) are in. */
export type FlowNode = ({ kind: "flow"; flowId: string } | { kind: "version"; flowId: string; version: string } | { kind: "step"; flowId: string; version: string; ordinal: number }) & { root?: string };

/**
 * Flows → versions → steps, from each folder's bundle files and the versions its runs pinned (under a
 * row per folder when the workspace has several; each folder's own .flowgate.yml says where flows are).
 * Files are read once, then one at a time as watchers report them. Ids: `flow:<id>`, `flow:<id>@<v>`,
 * `flow:<id>@<v>#<n>` (prefixed `<folder root>|` with several folders).
 */
export class FlowsTree implements vscode.TreeDataProvider<FlowNode | FolderNode>, vscode.Disposable {
  /** Folder root → bundle file → its flow version. */
  private readonly files = new Map<string, Map<string, FlowVersionInfo | undefined>>();
  /** Folder root → its flows. */
  private readonly groups = new Map<string, FlowGroup[]>();
  private readonly changed = new vscode.EventEmitter<FlowNode | FolderNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly workspace: Workspace,
    private readonly runs: RunCache,
  ) {
    const globsOf = (state: FolderState) => [...state.config.flows.include, ...state.config.flows.files];
    this.disposables.push(new FolderWatchers(workspace, globsOf, (state, uri) => this.update(state.root, workspace.relativePath(state, uri))));
    this.disposables.push(runs.onDidChange(() => this.regroup(undefined)));
  }

  /** Every flow version known in a folder (by default the only one): bundle files and run pins. */
  all(root?: string): FlowGroup[] {
    const state = root === undefined ? folderOfNode(this.workspace, undefined) : this.workspace.folderAt(root);
    if (!state) return [];
    let groups = this.groups.get(state.root);
    if (!groups) {
      let files = this.files.get(state.root);
      if (!files) {
        files = new Map();
        for (const file of walkFiles(state.root, state.config.exclude).filter(isFlowFile(state.config))) files.set(file, this.read(state.root, file));
        this.files.set(state.root, files);
      }
      const pinned = this.runs.all(state.root).flatMap((r) => {
        const started = r.fold.run && r.parsed.events[0];
        const info = started && started.type === "run_started" ? versionInfo(started.payload.flow, `run ${r.runId}`, 0) : undefined;
        return info ? [info] : [];
      });
      groups = groupFlows([...[...files.values()].filter((v): v is FlowVersionInfo => !!v), ...pinned]);
      this.groups.set(state.root, groups);
    }
    return groups;
  }

  refresh(): void {
    this.files.clear();
    this.regroup(undefined);
  }

  private read(root: string, file: string): FlowVersionInfo | undefined {
    const state = this.workspace.folderAt(root);
    try {
      return state ? readFlowFile(file, readFileSync(join(state.root, file), "utf8"), state.config) : undefined;
    } catch {
      return undefined; // deleted between the event and the read
    }
  }

  /** Re-read one bundle file of a folder; refresh only its flow when the set of flows stays the same. */
  private update(root: string, file: string): void {
    const files = this.files.get(root);
    if (!files) return;
    const before = files.get(file);
    const after = this.read(root, file);
    if (after) files.set(file, after);
    else files.delete(file);
    const same = before && after && before.flowId === after.flowId && this.groups.get(root)?.some((g) => g.flowId === after.flowId);
    this.regroup(same ? { kind: "flow", flowId: after.flowId, root } : undefined);
  }

  private regroup(node: FlowNode | undefined): void {
    this.groups.clear();
    this.changed.fire(node);
  }

  getChildren(node?: FlowNode | FolderNode): (FlowNode | FolderNode)[] {
    if (!node) {
      const folders = folderGroups(this.workspace);
      if (folders) return folders;
    }
    const root = node?.root ?? folderOfNode(this.workspace, undefined)?.root;
    const groups = this.all(root);
    if (!node || node.kind === "folder") return groups.map((g) => ({ kind: "flow", flowId: g.flowId, root }));
    const group = groups.find((g) => g.flowId === node.flowId);
    if (!group || node.kind === "step") return [];
    if (node.kind === "flow") return group.versions.map((v) => ({ kind: "version", flowId: node.flowId, version: v.version, root }));
    const version = group.versions.find((v) => v.version === node.version);
    return version ? version.steps.map((s) => ({ kind: "step", flowId: node.flowId, version: node.version, ordinal: s.ordinal, root })) : [];
  }

  getTreeItem(node: FlowNode | FolderNode): vscode.TreeItem {
    if (node.kind === "folder") {
      const count = this.all(node.root).length;
      return folderItem(this.workspace, node, `${count} flow${count === 1 ? "" : "s"}`);
    }
    const state = folderOfNode(this.workspace, node);
    const item = state ? this.itemOf(state.root, node) : new vscode.TreeItem(node.flowId);
    if (item.id && state) item.id = scopedId(this.workspace, state.root, item.id);
    return item;
  }

  private itemOf(root: string, node: FlowNode): vscode.TreeItem {
    const group = this.all(root).find((g) => g.flowId === node.flowId);
    if (!group) return new vscode.TreeItem(node.flowId);
    if (node.kind === "flow") {
      const item = new vscode.TreeItem(group.title, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `flow:${group.flowId}`;
      // Errors first (a narrow side bar keeps them), then the versions and the id.
      const errors = group.versions.reduce((n, v) => n + v.errors, 0);
      item.description = `${errors ? `✗ ${errors} error${errors === 1 ? "" : "s"} · ` : ""}${group.versions.map((v) => v.version).join(", ")} · ${group.flowId}`;
      item.iconPath = errors ? new vscode.ThemeIcon("error", new vscode.ThemeColor("problemsErrorIcon.foreground")) : new vscode.ThemeIcon("list-ordered");
      item.tooltip = markdown(`**${markdownText(group.title)}** — ${markdownText(group.flowId)}\n\n${group.versions.map((v) => `- ${markdownText(v.version)}: ${markdownText(v.source)}${v.errors ? ` — ${v.errors} validation error${v.errors === 1 ? "" : "s"} (cannot be pinned)` : ""}`).join("\n")}`);
      // The Problems badge (count, colour) of the file with the errors, as the Evidence view shows its bundles'.
      const broken = group.versions.filter((v) => v.errors && !v.source.startsWith("run "));
      if (broken.length === 1) item.resourceUri = vscode.Uri.file(join(root, broken[0]!.source));
      item.contextValue = CONTEXT.flow;
      return item;
    }
    const version = group.versions.find((v) => v.version === node.version);
    if (!version) return new vscode.TreeItem(node.version);
    if (node.kind === "version") {
      const item = new vscode.TreeItem(`v${version.version}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `flow:${group.flowId}@${version.version}`;
      item.description = `${version.source}${version.errors ? ` · ${version.errors} error${version.errors === 1 ? "" : "s"}` : ""}`;
      item.iconPath = new vscode.ThemeIcon(version.errors ? "warning" : "versions");
      item.contextValue = CONTEXT.flowVersion;
      if (!version.source.startsWith("run ")) {
        item.resourceUri = vscode.Uri.file(join(root, version.source));
        item.command = { command: "vscode.open", title: "Open Flow Bundle", arguments: [item.resourceUri] };
      }
      return item;
    }
    const step = version.steps.find((s) => s.ordinal === node.ordinal);
    if (!step) return new vscode.TreeItem(`#${node.ordinal}`);
    const item = new vscode.TreeItem(`#${step.ordinal} ${step.ownedJob}`, vscode.TreeItemCollapsibleState.None);
    item.id = `flow:${group.flowId}@${version.version}#${step.ordinal}`;
    item.description = `${step.kind}${step.evidenceRequired ? " (evidence)" : ""} · ${step.automatable}`;
    item.tooltip = markdown(`**${step.stepId}**\n\n- verification: ${step.kind}${step.evidenceRequired ? ", evidence required" : ""}\n- ${step.automatable}`);
    item.iconPath = new vscode.ThemeIcon(automatableIcon(step.automatable));
    item.contextValue = CONTEXT.flowStep;
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
