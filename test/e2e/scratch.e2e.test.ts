import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyOfExamples, ensureHost, installVsix, VsCode } from "./harness";

describe("probe", () => {
  let vscode: VsCode | undefined;
  let ws: string;
  beforeAll(async () => {
    const host = ensureHost();
    const ext = mkdtempSync(join(tmpdir(), "ext-"));
    installVsix(host, "flowgate.vsix", ext);
    ws = copyOfExamples("scratch");
    vscode = await VsCode.open(host, { label: "scratch", workspace: ws, extensionsDir: ext, trusted: true });
  });
  afterAll(async () => vscode?.close());
  it("probe", async () => {
    const page = vscode!.page;
    await vscode!.activityBarItem("Flowgate").waitFor({ timeout: 60000 });
    await vscode!.press("F1");
    await vscode!.quickInput.locator("input").fill(">Flowgate: Scan");
    await page.waitForTimeout(2000);
    await vscode!.shot("palette");
    console.log("QI", await vscode!.quickInput.innerHTML());
    await vscode!.command("Flowgate: Scan Workspace");
    const p = await vscode!.problems();
    await expect.poll(() => p.innerText(), {timeout: 30000}).toContain("scan/");
    await vscode!.shot("scanned");
    console.log("ROWS", await p.locator(".monaco-list-row").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label"))));
    await vscode!.openFile("agent/tools.py");
    await vscode!.goToLine(21, 14);
    await vscode!.press("Control+.");
    await page.locator(".action-widget").first().waitFor();
    console.log("ACTIONS", await page.locator(".action-widget").first().innerText());
    await vscode!.shot("quickfix");
    await page.locator(".action-widget .monaco-list-row", { hasText: "on this line" }).click();
    await page.waitForTimeout(1500);
    await vscode!.shot("fixed");
    await vscode!.press("Control+S");
    await page.waitForTimeout(1500);
    console.log("FILE", readFileSync(join(ws, "agent", "tools.py"), "utf8").split("\n").slice(18, 24).join("\n"));
    console.log("PROBLEMS2:", await p.innerText());
  }, 120000);
});
