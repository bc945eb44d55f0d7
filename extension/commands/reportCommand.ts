import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { globMatcher, type Finding } from "../../core/index";
import { budgetsOf, evaluateBundle, evidenceLimits, renderEvidenceHtml, type EvidenceBundle } from "../../core/evidence";
import { exportRun } from "../../core/ledger";
import type { RunCache } from "../runCache";
import type { EvidenceNode } from "../views/evidenceTree";
import type { RunNode } from "../views/runsTree";
import type { FolderState, Workspace } from "../workspace";
import { refusalText } from "./refusals";

type Source = { kind: "file"; file: string } | { kind: "run"; runId: string };

/** A bundle and its evaluation, from an evidence file or exported from a run's ledger. */
function loadSource(state: FolderState, source: Source): { title: string; bundle: EvidenceBundle; findings: Finding[] } | { error: string } {
  let file: string;
  let text: string;
  if (source.kind === "run") {
    const exported = exportRun({ root: state.root, runId: source.runId });
    if (!exported.ok) return { error: refusalText(exported) };
    file = `${source.runId} (exported from its ledger)`;
    text = JSON.stringify(exported.bundle);
  } else {
    file = source.file;
    try {
      text = readFileSync(join(state.root, file), "utf8");
    } catch {
      return { error: `Flowgate: cannot read ${file}.` };
    }
  }
  const evaluated = evaluateBundle(file, text, budgetsOf(state.config), evidenceLimits(state.config));
  const bundle = evaluated.loaded.bundle;
  if (!bundle) return { error: `Flowgate: ${file} is not a readable evidence bundle (${evaluated.findings[0]?.message ?? "it does not load"}).` };
  return { title: `Evidence: ${file.split("/").pop()}`, bundle, findings: evaluated.findings };
}

/**
 * "Open Evidence Report": the CLI's HTML report (`flowgate report --html`) in a webview — same page,
 * with its own strict CSP (nothing but its nonce'd style and script; no remote or local resources).
 */
export class EvidenceReports implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();

  constructor(
    private readonly workspace: Workspace,
    private readonly runs: RunCache,
  ) {}

  /** The "Open Evidence Report" handler: a view item (bundle or run) or, from the palette, a pick. */
  async run(node?: EvidenceNode | RunNode): Promise<boolean> {
    const state = this.workspace.primary();
    if (!state) return false;
    const source = node ? (node.kind === "evidence" ? { kind: "file" as const, file: node.file } : { kind: "run" as const, runId: node.runId }) : await this.pick(state);
    return source ? this.open(state, source) : false;
  }

  open(state: FolderState, source: Source): boolean {
    const loaded = loadSource(state, source);
    if ("error" in loaded) {
      void vscode.window.showErrorMessage(loaded.error);
      return false;
    }
    const key = source.kind === "run" ? `run:${source.runId}` : `file:${source.file}`;
    let panel = this.panels.get(key);
    if (panel) panel.reveal();
    else {
      panel = vscode.window.createWebviewPanel("flowgate.evidenceReport", loaded.title, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [], enableFindWidget: true });
      this.panels.set(key, panel);
      panel.onDidDispose(() => this.panels.delete(key));
    }
    panel.title = loaded.title;
    panel.webview.html = renderEvidenceHtml(loaded.bundle, { nonce: randomBytes(16).toString("base64"), findings: loaded.findings, title: loaded.title });
    return true;
  }

  /** From the palette: the active bundle, else a pick among bundles and runs. */
  private async pick(state: FolderState): Promise<Source | undefined> {
    const isBundle = globMatcher(state.config.evidence.include);
    const active = vscode.window.activeTextEditor?.document.uri;
    const activeFile = active && this.workspace.folderOf(active) === state ? this.workspace.relativePath(state, active) : undefined;
    if (activeFile && isBundle(activeFile)) return { kind: "file", file: activeFile };
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(state.folder, `{${state.config.evidence.include.join(",")}}`), "**/node_modules/**");
    const items = [
      ...files.map((f) => this.workspace.relativePath(state, f)).sort().map((file) => ({ label: file, description: "evidence bundle", source: { kind: "file", file } as Source })),
      ...this.runs.all().flatMap((r) => (r.fold.run ? [{ label: r.runId, description: `run · ${r.fold.run.flow_id}@${r.fold.run.flow_version} (exported)`, source: { kind: "run", runId: r.runId } as Source }] : [])),
    ];
    if (items.length === 0) {
      void vscode.window.showInformationMessage("Flowgate: no evidence bundles or runs in this workspace.");
      return undefined;
    }
    return (await vscode.window.showQuickPick(items, { placeHolder: "Evidence bundle or run to report on", ignoreFocusOut: true }))?.source;
  }

  dispose(): void {
    for (const p of this.panels.values()) p.dispose();
  }
}
