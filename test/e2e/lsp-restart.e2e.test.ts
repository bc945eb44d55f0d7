// Issue #15 item 6 in a real VS Code (code-server 4.139, the packaged .vsix; see extension.e2e.test.ts): the
// language server (dist/lsp.js, started by the extension's language client) is killed from outside, twice;
// the client restarts it, says so once, and diagnostics keep coming from the new server.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { extensionUnderTest, shotOnFailure, VsCode } from "./harness";

const STEP_TIMEOUT = 360_000; // generous: several engineers share 2 cores
const NOTICE = "Flowgate: the language server stopped unexpectedly and was restarted";
let ext: ReturnType<typeof extensionUnderTest>;
beforeAll(() => void (ext = extensionUnderTest()), 900_000);
afterAll(() => ext?.cleanup());

let code: VsCode | undefined;
afterAll(async () => code?.close());
beforeEach((context) => shotOnFailure(context, () => code));

/** Pids of the Flowgate language servers this test's code-server runs (dist/lsp.js inside its extensions folder). */
function serverPids(): number[] {
  const ps = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  return ps
    .split("\n")
    .filter((l) => l.includes(ext.extensionsDir) && l.includes("dist/lsp.js"))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
}

it("the server killed twice (SIGKILL): restarted each time, one notification in all, and an edit still gets its diagnostics", { timeout: STEP_TIMEOUT }, async () => {
  const workspace = ext.workspaceCopy("restart");
  code = await VsCode.open(ext.host, { label: "lsp-restart", workspace, extensionsDir: ext.extensionsDir, trusted: true, settings: { "flowgate.actor": "e2e@example.com" } });
  const rows = async () => (await code!.problemRows("**/agent/tools.py")).filter((r) => r.source === "flowgate").map((r) => `${r.line}:${r.column} ${r.code}`);
  await expect.poll(rows, { timeout: 120_000 }).toEqual(["21:14 scan/shell-command"]);

  let pids: number[] = [];
  await expect.poll(() => (pids = serverPids()).length, { timeout: 60_000 }).toBe(1);
  const seen = [pids[0]!];
  for (let i = 0; i < 2; i++) {
    process.kill(seen.at(-1)!, "SIGKILL");
    // A new server, not the killed one.
    await expect.poll(() => ((pids = serverPids()), pids.length === 1 && !seen.includes(pids[0]!)), { timeout: 90_000, interval: 500 }).toBe(true);
    seen.push(pids[0]!);
  }

  // The notification center holds every notification shown (toasts may have hidden): exactly one from
  // Flowgate, the crash notice (no "couldn't create connection" for the server killed while starting).
  await code.command("Notifications: Show Notifications");
  const flowgate = code.page.locator(".notifications-center .notification-list-item", { hasText: "Flowgate" });
  const notices = code.page.locator(".notifications-center .notification-list-item", { hasText: NOTICE });
  await expect.poll(() => notices.count(), { timeout: 30_000 }).toBe(1);
  expect(await flowgate.count()).toBe(1);
  await code.shot("restarted-once");
  await code.press("Escape");

  // The restarted server has the open buffer: a new direct call two lines up is found, the planted one moves down.
  await code.openFile("agent/tools.py");
  await code.goToLine(1, 1);
  await code.page.keyboard.insertText('import os\nos.system("id")\n');
  await expect.poll(rows, { timeout: 90_000 }).toEqual(["2:1 scan/shell-command", "23:14 scan/shell-command"]);
  await code.command("Notifications: Show Notifications");
  expect([await notices.count(), await flowgate.count()]).toEqual([1, 1]);
  await code.shot("diagnostics-after-restart");
});
