import * as vscode from "vscode";

/** A tree provider registered at activation that builds the real one (and the core) when the view first asks. */
export class LazyTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private target: vscode.TreeDataProvider<T> | undefined;
  private forward: vscode.Disposable | undefined;

  constructor(private readonly resolve: () => vscode.TreeDataProvider<T>) {}

  private get real(): vscode.TreeDataProvider<T> {
    if (!this.target) {
      this.target = this.resolve();
      this.forward = this.target.onDidChangeTreeData?.((e) => this.changed.fire(e));
    }
    return this.target;
  }

  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return this.real.getTreeItem(element);
  }

  getChildren(element?: T): vscode.ProviderResult<T[]> {
    return this.real.getChildren(element);
  }

  getParent(element: T): vscode.ProviderResult<T> {
    return this.real.getParent?.(element);
  }

  dispose(): void {
    this.forward?.dispose();
    this.changed.dispose();
  }
}
