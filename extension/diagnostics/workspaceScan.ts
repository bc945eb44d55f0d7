import { join } from "node:path";
import * as vscode from "vscode";
import type { Finding } from "../../core/index";

/** Findings grouped by the file they are in, as VS Code URIs under `root`. */
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
