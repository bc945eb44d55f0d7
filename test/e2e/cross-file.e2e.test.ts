// Issues 15 and 19 in a real VS Code (code-server, the packaged .vsix; see extension.e2e.test.ts): a call resolved
// through another file's import is in the Problems panel while the buffer is unsaved, and goes when the helper's
// buffer stops handing out the watched function.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { shotOnFailure, VsCode, vsCodePerFile } from "./harness";

const STEP_TIMEOUT = 360_000; // generous: engineers share 2 cores
const session = vsCodePerFile();

it("scan/shell-command through agent/shellhelp.py (from subprocess import run): typed into an unsaved buffer, shown at its line; cleared when the helper's buffer no longer imports run", { timeout: STEP_TIMEOUT }, async (context) => {
  shotOnFailure(context, () => session.code);
  const workspace = session.under.workspaceCopy("crossfile");
  writeFileSync(join(workspace, "agent/shellhelp.py"), "from subprocess import run\n");
  writeFileSync(join(workspace, "agent/crossuse.py"), "from shellhelp import run\n\n");
  const code = (session.code = await VsCode.open(session.under.host, { label: "crossfile", workspace, extensionsDir: session.under.extensionsDir, trusted: true, settings: { "flowgate.gate.runOnOpen": false } }));
  await code.activityBarItem("Flowgate").waitFor({ timeout: 60_000 });
  const rows = async () => (await code.problemRows("**/agent/crossuse.py")).filter((r) => r.source === "flowgate").map((r) => `${r.line}:${r.column} ${r.code}`);

  const raw = async () => JSON.stringify(await (await code.problems()).locator(".monaco-list-row").evaluateAll((els) => els.map((e) => [e.getAttribute("aria-label"), (e as unknown as { innerText: string }).innerText])));
  context.onTestFailed(async () => void console.log("PROBLEM ROWS", await raw()));
  await code.openFile("agent/crossuse.py");
  await code.goToLine(2, 1);
  await code.page.keyboard.insertText('run(["ls"])');
  await expect.poll(rows, { timeout: 90_000 }).toEqual(["2:1 scan/shell-command"]);
  await code.shot("cross-file-finding");

  await code.openFile("agent/shellhelp.py");
  await code.goToLine(1, 1); // the editor has the focus (the Problems filter had it)
  await code.press("Control+A");
  await code.page.keyboard.insertText("def run(args):\n    return args\n");
  await expect.poll(rows, { timeout: 90_000 }).toEqual([]);
});
