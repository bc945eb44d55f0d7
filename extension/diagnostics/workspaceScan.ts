import { join } from "node:path";
import * as vscode from "vscode";
import { type Check, runGate, type Finding } from "../../core/index";
import type { Workspace } from "../workspace";
import type { FindingStore } from "./store";

export function groupByFile(root: string, findings: readonly Finding[]): Map<string, { uri: vscode.Uri; findings: Finding[] }> {
  const out = new Map<string, { uri: vscode.Uri; findings: Finding[] }>();
  for (const f of findings) {
    const uri = vscode.Uri.file(join(root, f.file));
    const key = uri.toString();
    const entry = out.get(key) ?? { uri, findings: [] };
    entry.findings.push(f);
    out.set(key, entry);
  }
  return out;
}

/** "Flowgate: Scan Workspace": every check on every folder, with progress and cancellation; results stay until the next scan. */
export class WorkspaceGate implements vscode.Disposable {
  private running: AbortController | undefined;

  constructor(
    private readonly workspace: Workspace,
    private readonly store: FindingStore,
    private readonly checks: () => Promise<readonly Check[]>,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** `notify`: a cancellable notification (the command); otherwise a quiet status-bar spinner (startup). */
  async scan(notify: boolean): Promise<"done" | "cancelled" | "failed"> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const location = notify ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    try {
      const byFile = new Map<string, { uri: vscode.Uri; findings: Finding[] }>();
      await vscode.window.withProgress({ location, title: "Flowgate: scanning the workspace", cancellable: notify }, async (progress, token) => {
        token.onCancellationRequested(() => controller.abort());
        const checks = await this.checks();
        for (const state of this.workspace.folders()) {
          let last = "";
          let lastAt = 0;
          const gate = await runGate(checks, {
            root: state.root,
            config: state.config,
            signal: controller.signal,
            // Each check's start, then at most ten updates a second.
            onProgress: (p) => {
              const now = Date.now();
              if (p.check === last && now - lastAt < 100) return;
              progress.report({ message: `${state.folder.name}: ${p.check} ${p.done}/${p.total}` });
              last = p.check;
              lastAt = now;
            },
          });
          for (const [key, entry] of groupByFile(state.root, gate.report.findings)) byFile.set(key, entry);
        }
      });
      if (controller.signal.aborted) return "cancelled";
      this.store.setWorkspace(byFile);
      return "done";
    } catch (error) {
      if (controller.signal.aborted) return "cancelled";
      this.log.error(`workspace scan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void vscode.window.showErrorMessage(`Flowgate: the workspace scan failed: ${error instanceof Error ? error.message : String(error)}`);
      return "failed";
    } finally {
      if (this.running === controller) this.running = undefined;
    }
  }

  dispose(): void {
    this.running?.abort();
  }
}
