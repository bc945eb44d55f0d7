import * as vscode from "vscode";
import { CONTEXT } from "../ids";
import type { FolderState, Workspace } from "../workspace";

/**
 * Multi-root workspaces: with more than one folder every view groups its rows under one row per folder
 * (label: the folder's name), and row ids carry the folder so the same run, flow or bundle in two
 * checkouts are two rows. With one folder the views look exactly as before.
 */
export interface FolderNode {
  kind: "folder";
  root: string;
}

/** The folders to group by, or undefined when there is only one (its rows are the top level). */
export function folderGroups(workspace: Workspace): FolderNode[] | undefined {
  const folders = workspace.folders();
  return folders.length > 1 ? folders.map((s) => ({ kind: "folder", root: s.root })) : undefined;
}

/** The folder a node without a folder (single-folder views, older callers) belongs to: the only one. */
export function folderOfNode(workspace: Workspace, node: { root?: string } | undefined): FolderState | undefined {
  return node?.root !== undefined ? workspace.folderAt(node.root) : workspace.folders().length === 1 ? workspace.folders()[0] : undefined;
}

/** A row id, scoped by the folder when there are several (ids must be unique in a view). */
export function scopedId(workspace: Workspace, root: string, id: string): string {
  return workspace.folders().length > 1 ? `${root}|${id}` : id;
}

export function folderItem(workspace: Workspace, node: FolderNode, description: string): vscode.TreeItem {
  const state = workspace.folderAt(node.root);
  const item = new vscode.TreeItem(state?.folder.name ?? node.root, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `folder:${node.root}`;
  item.description = description;
  item.tooltip = node.root;
  item.iconPath = new vscode.ThemeIcon("root-folder");
  item.contextValue = CONTEXT.folder;
  return item;
}

/** The folder's name for pickers' descriptions when there are several folders ("" with one). */
export function folderSuffix(workspace: Workspace, root: string): string {
  return workspace.folders().length > 1 ? ` · ${workspace.folderAt(root)?.folder.name ?? root}` : "";
}
