import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { type Config, globMatcher, walkFiles } from "../../core/index";
import { analyzeTrace } from "../../core/traces";
import { markdown } from "./icons";

/** Trace files larger than this get a row without a verdict here (`flowgate check` reads them streaming). */
const MAX_VIEW_BYTES = 16 * 1024 * 1024;

/** OpenTelemetry trace files (traces.include) of the workspace, for the Evidence view. */
export function traceFiles(root: string, config: Config): string[] {
  return walkFiles(root, config.exclude).filter(globMatcher(config.traces.include));
}

/** One trace's row: its verdict from core's analysis, runs and calls in the description, failing checks in the tooltip. */
export function traceItem(root: string, file: string, config: Config): vscode.TreeItem {
  const item = new vscode.TreeItem(file.split("/").pop()!, vscode.TreeItemCollapsibleState.None);
  item.id = `trace:${file}`;
  item.resourceUri = vscode.Uri.file(join(root, file));
  item.command = { command: "vscode.open", title: "Open Trace", arguments: [item.resourceUri] };
  let text: string;
  try {
    if (statSync(join(root, file)).size > MAX_VIEW_BYTES) return Object.assign(item, { description: "trace · too large to judge here: run flowgate check" });
    text = readFileSync(join(root, file), "utf8");
  } catch {
    return item; // deleted between listing and reading
  }
  const { verdict } = analyzeTrace(file, text, config.traces);
  const failing = verdict.verdict === "fail";
  const calls = verdict.runs.reduce((n, r) => n + r.modelCalls + r.toolCalls, 0);
  item.description = `trace · ${verdict.verdict} · ${verdict.runs.length} run${verdict.runs.length === 1 ? "" : "s"}, ${calls} calls`;
  item.iconPath = new vscode.ThemeIcon(failing ? "error" : "pass", new vscode.ThemeColor(failing ? "testing.iconFailed" : "testing.iconPassed"));
  const lines = [`**${file}**`, "", `- verdict: ${verdict.verdict}`, ...verdict.runs.map((r) => `- run ${r.id}: ${r.modelCalls} model / ${r.toolCalls} tool calls, ${r.tokens} tokens${r.finished ? "" : ", not finished"}`)];
  if (verdict.failing.length) lines.push(`- failing checks: ${verdict.failing.join(", ")}`);
  item.tooltip = markdown(lines.join("\n"));
  return item;
}
