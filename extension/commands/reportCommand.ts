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
import { folderOfNode, folderSuffix } from "../views/folderRows";
import type { FolderState, Workspace } from "../workspace";
import { refusalText } from "./refusals";
import { findingOfMessage, openFindingIn } from "./reportLinks";

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
  /** Per panel: the bundle file its Verdict positions open, and the findings they index (none for an exported run). */
  private readonly links = new Map<string, { file: vscode.Uri; findings: readonly Finding[] } | undefined>();

  constructor(
    private readonly workspace: Workspace,
    private readonly runs: RunCache,
  ) {}

  /** The "Open Evidence Report" handler: a view item (bundle or run) or, from the palette, a pick. */
  async run(node?: EvidenceNode | RunNode): Promise<boolean> {
    if (node) {
      // The bundle or run of the clicked row, in that row's folder.
      const state = folderOfNode(this.workspace, node.kind === "evidence" ? node : { root: node.root ?? this.runs.get(node.runId)?.root });
      return !!state && this.open(state, node.kind === "evidence" ? { kind: "file", file: node.file } : { kind: "run", runId: node.runId });
    }
    const picked = await this.pick();
    return picked ? this.open(picked.state, picked.source) : false;
  }

  open(state: FolderState, source: Source): boolean {
    const loaded = loadSource(state, source);
    if ("error" in loaded) {
      void vscode.window.showErrorMessage(loaded.error);
      return false;
    }
    const key = `${state.root}|${source.kind === "run" ? `run:${source.runId}` : `file:${source.file}`}`;
    let panel = this.panels.get(key);
    if (panel) panel.reveal();
    else {
      panel = vscode.window.createWebviewPanel("flowgate.evidenceReport", loaded.title, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [], enableFindWidget: true });
      this.panels.set(key, panel);
      const messages = panel.webview.onDidReceiveMessage((message: unknown) => {
        const link = this.links.get(key);
        const finding = link && findingOfMessage(message, link.findings);
        if (link && finding) void openFindingIn(link.file, finding);
      });
      panel.onDidDispose(() => {
        messages.dispose();
        this.panels.delete(key);
        this.links.delete(key);
      });
    }
    panel.title = loaded.title;
    // A bundle file's positions link to it; an exported run's positions are in JSON that exists nowhere on disk.
    const linked = source.kind === "file";
    this.links.set(key, linked ? { file: vscode.Uri.file(join(state.root, source.file)), findings: loaded.findings } : undefined);
    panel.webview.html = renderEvidenceHtml(loaded.bundle, { nonce: randomBytes(16).toString("base64"), findings: loaded.findings, title: loaded.title, positionLinks: linked });
    return true;
  }

  /** From the palette: the active bundle, else a pick among every folder's bundles and runs (each folder's own evidence.include). */
  private async pick(): Promise<{ state: FolderState; source: Source } | undefined> {
    const active = vscode.window.activeTextEditor?.document.uri;
    const activeState = active && this.workspace.folderOf(active);
    const activeFile = activeState && active ? this.workspace.relativePath(activeState, active) : undefined;
    if (activeState && activeFile && globMatcher(activeState.config.evidence.include)(activeFile)) return { state: activeState, source: { kind: "file", file: activeFile } };
    const items: (vscode.QuickPickItem & { state: FolderState; source: Source })[] = [];
    for (const state of this.workspace.folders()) {
      const where = folderSuffix(this.workspace, state.root);
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(state.folder, `{${state.config.evidence.include.join(",")}}`), "**/node_modules/**");
      items.push(...files.map((f) => this.workspace.relativePath(state, f)).sort().map((file) => ({ label: file, description: `evidence bundle${where}`, state, source: { kind: "file", file } as Source })));
      items.push(...this.runs.all(state.root).flatMap((r) => (r.fold.run ? [{ label: r.runId, description: `run · ${r.fold.run.flow_id}@${r.fold.run.flow_version} (exported)${where}`, state, source: { kind: "run", runId: r.runId } as Source }] : [])));
    }
    if (items.length === 0) {
      void vscode.window.showInformationMessage("Flowgate: no evidence bundles or runs in this workspace.");
      return undefined;
    }
    return vscode.window.showQuickPick(items, { placeHolder: "Evidence bundle or run to report on", ignoreFocusOut: true });
  }

  dispose(): void {
    for (const p of this.panels.values()) p.dispose();
  }
}
