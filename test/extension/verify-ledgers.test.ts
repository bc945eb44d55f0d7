import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { verifyLedgers } from "../../extension/commands/verifyCommand";
import { Workspace } from "../../extension/workspace";
import { collections, commands, ui, Uri, workspace as fakeWorkspace } from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

const EXAMPLES = join(import.meta.dirname, "../../examples");

/** A folder holding examples/' four runs (one planted forged) or only the three honest ones. */
function folderWithRuns(forged: boolean): string {
  const root = mkdtempSync(join(tmpdir(), "flowgate-ext-verify-"));
  cpSync(join(EXAMPLES, ".flowgate"), join(root, ".flowgate"), { recursive: true });
  cpSync(join(EXAMPLES, "flows"), join(root, "flows"), { recursive: true });
  if (!forged) rmSync(join(root, ".flowgate/runs/run_5af0b9129a2f8158.jsonl"));
  fakeWorkspace.workspaceFolders = [{ uri: Uri.file(root), name: "ws", index: 0 }];
  return root;
}

beforeEach(() => {
  ui.reset();
  collections.clear();
});
afterEach(() => {
  fakeWorkspace.workspaceFolders = [];
});

describe("Verify Ledgers: the outcome in a message; the problems in the Problems panel once, from the language server's gate", () => {
  test("a forged run: the server's gate runs again, the message counts the problems, Show Problems opens the panel; the extension publishes no diagnostics of its own", async () => {
    folderWithRuns(true);
    const gate = { scanWorkspace: vi.fn(async () => undefined) };
    ui.errorChoice = "Show Problems";
    const problems = await verifyLedgers(new Workspace(), gate)();
    expect(problems).toBe(1);
    expect(gate.scanWorkspace).toHaveBeenCalledTimes(1);
    expect(ui.messages).toHaveLength(1);
    expect(ui.messages[0]!.level).toBe("error");
    expect(ui.messages[0]!.text).toMatch(new RegExp(`^Flowgate: ${problems} problem in 1 of 4 ledgers \\(first: ledger/illegal-transition: event seq 2 \\(step_advanced\\)`));
    expect(commands.executed.map((c) => c.command)).toEqual(["workbench.actions.view.problems"]);
    expect([...collections.keys()]).toEqual([]);
  });

  test("intact ledgers: an information message, no gate run", async () => {
    folderWithRuns(false);
    const gate = { scanWorkspace: vi.fn(async () => undefined) };
    expect(await verifyLedgers(new Workspace(), gate)()).toBe(0);
    expect(gate.scanWorkspace).not.toHaveBeenCalled();
    expect(ui.messages).toEqual([{ level: "info", text: "Flowgate: 3 ledgers verified: every chain intact, every transition legal." }]);
  });
});
