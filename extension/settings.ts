import * as vscode from "vscode";

/** The `flowgate.*` settings (package.json `contributes.configuration`), read in one place. */
export interface Settings {
  scanEnabled: boolean;
  gateOnOpen: boolean;
  runOn: "type" | "save";
  debounceMs: number;
  include: string[];
  exclude: string[];
  configPath: string;
  actor: string;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration("flowgate", scope);
  return {
    scanEnabled: c.get<boolean>("scan.enable", true),
    gateOnOpen: c.get<boolean>("gate.runOnOpen", true),
    runOn: c.get<string>("scan.runOn", "type") === "save" ? "save" : "type",
    debounceMs: Math.max(0, Math.min(5000, c.get<number>("scan.debounceMs", 300))),
    include: c.get<string[]>("scan.include", []),
    exclude: c.get<string[]>("scan.exclude", []),
    configPath: c.get<string>("configPath", ".flowgate.yml") || ".flowgate.yml",
    actor: c.get<string>("actor", "").trim(),
  };
}
