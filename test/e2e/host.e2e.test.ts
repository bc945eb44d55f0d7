// The host itself: a real VS Code (code-server) opens a copy of examples/ and shows its files.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyOfExamples, ensureHost, VsCode } from "./harness";

describe("real VS Code host", () => {
  let vscode: VsCode | undefined;
  beforeAll(async () => {
    vscode = await VsCode.open(ensureHost(), {
      label: "host",
      workspace: copyOfExamples("host"),
      extensionsDir: mkdtempSync(join(tmpdir(), "flowgate-e2e-no-extensions-")),
      trusted: true,
    });
  });
  afterAll(async () => vscode?.close());

  it("opens a copy of examples/ and a flow file in the editor", async () => {
    const page = vscode!.page;
    await expect.poll(() => page.locator(".explorer-folders-view").innerText()).toContain("flows");
    await vscode!.openFile("flows/deploy-hotfix.flow.yaml");
    await expect.poll(() => page.locator(".editor-instance .view-lines").innerText()).toContain("flow_deploy_hotfix");
    await vscode!.shot("flow-file-open");
  });
});
