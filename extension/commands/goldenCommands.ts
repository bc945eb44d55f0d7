import { isAbsolute, relative, resolve } from "node:path";
import * as vscode from "vscode";
import { acceptGolden, evidenceLimits } from "../../core/evidence";
import { type GoldenPairing, goldenOf, normalizedText } from "../evidence";
import { GOLDEN_SCHEME, type Handler } from "../ids";
import type { EvidenceNode } from "../views/evidenceTree";
import { folderOfNode } from "../views/folderRows";
import type { FolderState, Workspace } from "../workspace";
import { pickFolder } from "./pickers";

/**
 * Read-only virtual documents `flowgate-golden:/<side>/<bundle>?bundle=<bundle>&root=<folder>`: a bundle
 * (side "current") or its golden (side "golden") in that workspace folder, normalized exactly as the
 * golden comparison normalizes them (with that folder's .flowgate.yml).
 */
export class GoldenDocuments implements vscode.TextDocumentContentProvider {
  constructor(private readonly workspace: Workspace) {}

  /** The path only names the tab; `.normalized.json` keeps JSON highlighting without matching the bundles' own schema (normalized values would not validate). */
  static uri(side: "current" | "golden", bundle: string, golden: string, root?: string): vscode.Uri {
    const shown = (side === "golden" ? golden : bundle).replace(/(\.[^./]+)?\.json$/i, "") + ".normalized.json";
    return vscode.Uri.from({ scheme: GOLDEN_SCHEME, path: `/${side}/${shown}`, query: new URLSearchParams(root === undefined ? { bundle } : { bundle, root }).toString() });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const query = new URLSearchParams(uri.query);
    // Only a folder of this workspace is read (the root in the URI is looked up, never read as given).
    const state = folderOfNode(this.workspace, { root: query.get("root") ?? undefined });
    const bundle = query.get("bundle") ?? "";
    const pairing = state && goldenOf(bundle, state.config);
    if (!state || !pairing) return `// ${bundle} has no golden in .flowgate.yml (goldens:)\n`;
    const side = uri.path.split("/")[1];
    return normalizedText(state.root, side === "golden" ? pairing.golden : bundle, pairing.options, state.config);
  }
}

/** "Compare with Golden": vscode.diff of the golden (left) and the bundle (right), both normalized. */
export function compareWithGolden(workspace: Workspace): Handler {
  return async (node?: EvidenceNode) => {
    // The clicked bundle's folder, else the active bundle's, else the only folder or the one picked.
    const active = node ? undefined : activeBundle(workspace);
    const state = node ? folderOfNode(workspace, node) : (active?.state ?? (await pickFolder(workspace, "Workspace folder whose bundle to compare with its golden")));
    if (!state) return;
    let bundle = node?.file ?? active?.file;
    if (!bundle) {
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(state.folder, `{${state.config.evidence.include.join(",")}}`), "**/node_modules/**");
      const candidates = files.map((f) => workspace.relativePath(state, f)).filter((f) => goldenOf(f, state.config));
      if (candidates.length === 0) {
        void vscode.window.showInformationMessage("Flowgate: no evidence bundle has a golden; pair them under `goldens:` in .flowgate.yml.");
        return;
      }
      bundle = await vscode.window.showQuickPick(candidates.sort(), { placeHolder: "Bundle to compare with its golden", ignoreFocusOut: true });
    }
    if (!bundle) return;
    const pairing = goldenOf(bundle, state.config);
    if (!pairing) {
      void vscode.window.showInformationMessage(`Flowgate: ${bundle} has no golden; pair it under \`goldens:\` in .flowgate.yml.`);
      return;
    }
    await vscode.commands.executeCommand(
      "vscode.diff",
      GoldenDocuments.uri("golden", bundle, pairing.golden, state.root),
      GoldenDocuments.uri("current", bundle, pairing.golden, state.root),
      `${pairing.golden} ↔ ${bundle} (normalized)`,
      { preview: true },
    );
    const choice = await vscode.window.showInformationMessage(`Flowgate: ${pairing.golden} (left) ↔ ${bundle} (right), normalized as the comparison sees them.`, ACCEPT);
    if (choice === ACCEPT) await acceptAsGolden(workspace, state, bundle, pairing.golden, pairing.options);
  };
}

const ACCEPT = "Accept as Golden";

/** "Accept as Golden": what `flowgate golden --update` does, after a confirmation; only for a golden inside the bundle's folder. */
export async function acceptAsGolden(workspace: Workspace, state: FolderState, bundle: string, golden: string, options: GoldenPairing["options"]): Promise<boolean> {
  if (!workspace.trusted) {
    void vscode.window.showErrorMessage("Flowgate: this workspace is in Restricted Mode; trust it (Manage Workspace Trust) to update goldens.");
    return false;
  }
  const target = resolve(state.root, golden);
  const inside = relative(state.root, target);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    void vscode.window.showErrorMessage(`Flowgate: ${golden} is outside this folder; update it with \`flowgate golden ${bundle} ${golden} --update\`.`);
    return false;
  }
  const confirm = await vscode.window.showWarningMessage(`Replace the golden ${golden} with ${bundle}?`, { modal: true, detail: "Every difference shown is accepted as expected from now on (as `flowgate golden --update`)." }, ACCEPT);
  if (confirm !== ACCEPT) return false;
  try {
    const accepted = acceptGolden(state.root, bundle, golden, options, evidenceLimits(state.config));
    if (!accepted.ok) {
      void vscode.window.showErrorMessage(`Flowgate: not updating ${golden}: ${bundle} does not verify (${accepted.problems[0]!.message}).`);
      return false;
    }
    const what = accepted.outcome === "created" ? "created" : accepted.outcome === "unchanged" ? "is already up to date" : `updated: ${accepted.changes} difference${accepted.changes === 1 ? "" : "s"} accepted`;
    void vscode.window.showInformationMessage(`Flowgate: golden ${golden} ${what}.`);
    workspace.invalidate(); // the Evidence view's golden status and the diff re-read
    return true;
  } catch (error) {
    void vscode.window.showErrorMessage(`Flowgate: cannot write ${golden}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return false;
  }
}

/** The active editor's file and its folder, when it is a bundle with a golden. */
function activeBundle(workspace: Workspace): { state: FolderState; file: string } | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const state = uri && workspace.folderOf(uri);
  const file = state && uri ? workspace.relativePath(state, uri) : undefined;
  return file && state && goldenOf(file, state.config) ? { state, file } : undefined;
}
