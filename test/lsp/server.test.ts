import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { brief, EXAMPLES, framedMessages, Server, uriOf, workspace } from "./client";

const PY = "import subprocess\n\ndef go():\n    subprocess.run(['ls'])\n";
const HOTFIX = readFileSync(join(EXAMPLES, "flows/deploy-hotfix.flow.yaml"), "utf8");
/** deploy-hotfix's findings as `flowgate check` reports them (test/extension/analyzers.test.ts asserts the same list). */
const HOTFIX_FINDINGS = [
  "6:12-6:17 flow/invalid-version",
  "10:5-12:27 flow/steps-list-mismatch",
  "13:22-13:45 flow/unsafe-mirror-path",
  "17:5-17:36 flow/anatomy-incomplete",
  "24:5-24:16 flow/unknown-key",
  "42:17-42:30 flow/automatable-external-tool",
  "45:13-45:25 flow/automatable-unverifiable",
  "49:5-49:36 flow/anatomy-incomplete",
  "55:22-55:24 flow/blank-text",
  "59:13-59:25 flow/invalid-enum",
];

const servers: Server[] = [];
function start(files: Record<string, string>) {
  const server = new Server(workspace(files));
  servers.push(server);
  return server;
}
afterEach(() => {
  for (const s of servers.splice(0)) if (s.child.exitCode === null) s.child.kill();
});

describe("flowgate lsp --stdio: lifecycle and protocol hygiene", () => {
  test("initialize announces incremental sync, code actions, hovers, links; pull diagnostics only to clients that pull", async () => {
    const push = start({});
    const caps = (await push.initialize(false)).capabilities;
    expect(caps.textDocumentSync).toEqual({ openClose: true, change: 2, save: { includeText: false } });
    expect(caps.codeActionProvider).toEqual({ codeActionKinds: ["quickfix", "source.fixAll.flowgate"] });
    expect(caps.hoverProvider).toBe(true);
    expect(caps.documentLinkProvider).toEqual({ resolveProvider: false });
    expect(caps.diagnosticProvider).toBeUndefined();
    const pull = start({});
    expect((await pull.initialize(true)).capabilities.diagnosticProvider).toEqual({ identifier: "flowgate", interFileDependencies: true, workspaceDiagnostics: true });
  });

  test("shutdown then exit ends with code 0, and stdout carried nothing but framed JSON-RPC messages", async () => {
    const server = start({ "agent/tools.py": PY });
    await server.initialize(false);
    await server.open("agent/tools.py", PY, "python");
    await server.pushed("agent/tools.py");
    expect(await server.stop()).toBe(0);
    const framed = framedMessages(Buffer.concat(server.stdout));
    expect(framed.problem).toBeUndefined();
    expect(framed.ok).toBe(true);
    expect(framed.count).toBeGreaterThanOrEqual(3); // initialize result, publishDiagnostics, shutdown result
  });

  test("exit without shutdown ends with code 1 (LSP 3.17)", async () => {
    const server = start({});
    await server.initialize(false);
    await server.connection.sendNotification("exit");
    expect(await server.exited).toBe(1);
  });
});

describe("push diagnostics (clients without pull, e.g. Neovim 0.7)", () => {
  test("scan/shell-command: a Python buffer's boundary call is pushed at its exact range with the document version", async () => {
    const server = start({});
    await server.initialize(false);
    await server.open("agent/tools.py", PY, "python", 7);
    const p = await server.pushed("agent/tools.py");
    expect(p.version).toBe(7);
    expect(p.diagnostics.map(brief)).toEqual(["4:5-4:19 scan/shell-command"]);
    expect(p.diagnostics[0]).toMatchObject({ source: "flowgate", severity: 1, codeDescription: { href: expect.stringContaining("docs/rules.md#scan-shell-command") } });
  });

  test("incremental changes: diagnostics describe the buffer (not the file on disk) at each version", async () => {
    const server = start({ "agent/tools.py": "x = 1\n" });
    await server.initialize(false);
    await server.open("agent/tools.py", PY, "python", 1);
    await server.pushed("agent/tools.py", (p) => p.version === 1);
    // Two lines inserted at the top: the call moves from line 4 to line 6.
    await server.change("agent/tools.py", 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "# a\n# b\n" }]);
    expect((await server.pushed("agent/tools.py", (p) => p.version === 2)).diagnostics.map(brief)).toEqual(["6:5-6:19 scan/shell-command"]);
    // The call replaced by a harmless one (line 6 is index 5): nothing left.
    await server.change("agent/tools.py", 3, [{ range: { start: { line: 5, character: 4 }, end: { line: 5, character: 18 } }, text: "print" }]);
    expect((await server.pushed("agent/tools.py", (p) => p.version === 3)).diagnostics).toEqual([]);
  });

  test("flow/invalid-enum and the rest: a broken flow bundle's findings, exactly as flowgate check reports them", async () => {
    const server = start({});
    await server.initialize(false);
    await server.open("flows/deploy-hotfix.flow.yaml", HOTFIX, "yaml");
    const p = await server.pushed("flows/deploy-hotfix.flow.yaml");
    expect(p.diagnostics.map(brief).sort()).toEqual([...HOTFIX_FINDINGS].sort());
  });
});
