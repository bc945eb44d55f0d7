// A Jupyter notebook in a real VS Code (code-server's built-in ipynb support opens it in the notebook editor; the
// packaged .vsix, see extension.e2e.test.ts): the cells reach the language server only through LSP notebook sync, and
// each finding shows in the Problems panel at its cell's line and column — not at the .ipynb's JSON lines — and its
// quick fixes are offered in the cell.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { shotOnFailure, VsCode, vsCodePerFile } from "./harness";

const STEP_TIMEOUT = 360_000; // generous: engineers share 2 cores
const session = vsCodePerFile();

const NOTEBOOK = {
  cells: [
    { cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: ["import subprocess\n"] },
    { cell_type: "markdown", metadata: {}, source: ["Notes: `!curl y` is not run."] },
    { cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: ["cmd = ['ls']\n", "subprocess.run(cmd)"] },
    { cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: ["!curl -s https://example.com"] },
  ],
  metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" }, language_info: { name: "python" } },
  nbformat: 4,
  nbformat_minor: 5,
};

it("agent/analysis.ipynb opened in the notebook editor: the cells' findings at their cells' lines (subprocess.run on line 2 of its cell, the shell escape on line 1), none at the JSON's; a quick fix in a cell", { timeout: STEP_TIMEOUT }, async (context) => {
  shotOnFailure(context, () => session.code);
  const workspace = session.under.workspaceCopy("notebook");
  writeFileSync(join(workspace, "agent/analysis.ipynb"), JSON.stringify(NOTEBOOK, null, 1));
  // The workspace scan runs on open too: its findings for the file (at the JSON's lines) must give way to the cells'.
  const code = (session.code = await VsCode.open(session.under.host, { label: "notebook", workspace, extensionsDir: session.under.extensionsDir, trusted: true, settings: { "flowgate.gate.runOnOpen": true } }));
  await code.activityBarItem("Flowgate").waitFor({ timeout: 60_000 });
  const rows = async () =>
    (await code.problemRows("**/agent/analysis.ipynb"))
      .filter((r) => r.source === "flowgate")
      .map((r) => `${r.line}:${r.column} ${r.code} ${r.message.slice(0, 20)}`)
      .sort();
  // Closed, the workspace scan reports the file at its JSON's lines (the CLI's places).
  await expect.poll(rows, { timeout: 120_000 }).toEqual(["26:6 scan/shell-command `subprocess.run` sta", "35:6 scan/shell-command `!curl -s https://ex"]);

  await code.openFile("agent/analysis.ipynb");
  await code.page.locator(".notebook-editor").first().waitFor({ timeout: 60_000 });
  await expect.poll(rows, { timeout: 120_000 }).toEqual(["1:1 scan/shell-command `!curl -s https://ex", "2:1 scan/shell-command `subprocess.run` sta"]);
  // The cells are drawn (monaco editors in the notebook's list) with the finding's squiggle under the call.
  await code.page.locator(".notebook-editor .view-line", { hasText: "subprocess.run(cmd)" }).waitFor();
  await code.page.locator(".notebook-editor .squiggly-error").first().waitFor();
  await code.shot("notebook-cell-findings");

  // Ctrl+. in the cell: the suppression is written in the cell (the reason selected to type over) and its finding goes.
  await code.quickFixAt(() => code.openProblem("subprocess.run"), "Ignore this boundary call (scan/shell-command) on this line", "notebook-cell-quick-fix");
  await code.page.keyboard.type("reviewed: the gateway's own runner");
  await code.page.locator(".notebook-editor .view-line", { hasText: "subprocess.run(cmd)  # flowgate: ignore-boundary -- reviewed: the gateway's own runner" }).waitFor();
  await expect.poll(rows, { timeout: 120_000 }).toEqual(["1:1 scan/shell-command `!curl -s https://ex"]);
  // The rule's documentation from a cell, as from a file.
  await code.quickFixAt(() => code.openProblem("!curl"), "Show documentation for scan/shell-command");
  await code.page.locator(".tabs-container .tab", { hasText: "rules.md" }).waitFor();
});
