import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import type { Check } from "../../core/gate";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import type { Finding } from "../../core/kernel/findings";
import { FindingStore } from "../../extension/diagnostics/store";
import { WorkspaceGate } from "../../extension/diagnostics/workspaceScan";
import type { Workspace } from "../../extension/workspace";
import { progress, ProgressLocation, Uri, ui } from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

const root = mkdtempSync(join(tmpdir(), "flowgate-ext-gate-"));
for (const f of ["a.py", "b.py"]) writeFileSync(join(root, f), "x\n");
const workspace = { trusted: true, folders: () => [{ root, config: DEFAULT_CONFIG, folder: { name: "ws" } }] } as unknown as Workspace;
const finding = (file: string): Finding => ({ rule: "scan/shell-command", severity: "error", message: "m", file, line: 1, column: 1, endLine: 1, endColumn: 2 });

/** A check that reports one finding per file, announcing progress, and can wait for the test's cancellation. */
function fakeCheck(waitForCancel = false): Check {
  return {
    name: "fake",
    title: "Fake",
    async run(ctx) {
      const findings: Finding[] = [];
      for (const [i, file] of ctx.files.entries()) {
        ctx.onProgress?.({ check: "fake", done: i, total: ctx.files.length });
        if (waitForCancel) {
          progress.cancel();
          ctx.signal?.throwIfAborted();
        }
        findings.push(finding(file));
      }
      return { name: "fake", title: "Fake", findings, files: ctx.files };
    },
  };
}

describe("Scan Workspace", () => {
  test("fills the workspace diagnostics for every file, with a cancellable notification and progress", async () => {
    const store = new FindingStore();
    const gate = new WorkspaceGate(workspace, store, async () => [fakeCheck()], { error: vi.fn() } as never);
    progress.reports = [];
    expect(await gate.scan(true)).toBe("done");
    expect(progress.locations.at(-1)).toBe(ProgressLocation.Notification);
    expect(progress.reports.map((r) => r.message)).toEqual(["ws: fake 0/2"]); // throttled: one per check start, then ≤ 10/s
    expect(store.findingsOf(Uri.file(join(root, "a.py")) as never).map((f) => f.file)).toEqual(["a.py"]);
    expect(store.totals()).toEqual({ errors: 2, warnings: 0, notes: 0, scanned: true });
  });

  test("cancelling keeps the previous results; the startup run is quiet (window progress)", async () => {
    const store = new FindingStore();
    await new WorkspaceGate(workspace, store, async () => [fakeCheck()], { error: vi.fn() } as never).scan(false);
    expect(progress.locations.at(-1)).toBe(ProgressLocation.Window);
    const cancelled = new WorkspaceGate(workspace, store, async () => [fakeCheck(true)], { error: vi.fn() } as never);
    progress.cancelListeners = [];
    expect(await cancelled.scan(true)).toBe("cancelled");
    expect(store.totals().errors).toBe(2);
  });

  test("a check that throws is reported, not thrown at VS Code", async () => {
    const store = new FindingStore();
    const broken: Check = { name: "broken", title: "Broken", run: async () => { throw new Error("disk on fire"); } };
    const log = { error: vi.fn() };
    ui.reset();
    expect(await new WorkspaceGate(workspace, store, async () => [broken], log as never).scan(true)).toBe("failed");
    expect(ui.messages).toEqual([{ level: "error", text: "Flowgate: the workspace scan failed: disk on fire" }]);
    expect(log.error).toHaveBeenCalledTimes(1);
  });
});
