import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { brief, copyOf, EXAMPLES, framedMessages, Server, uriOf, workspace } from "./client";
import { HOTFIX_FINDINGS } from "../helpers/findings";

const PY = "import subprocess\n\ndef go():\n    subprocess.run(['ls'])\n";
const HOTFIX = readFileSync(join(EXAMPLES, "flows/deploy-hotfix.flow.yaml"), "utf8");

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

describe("pull diagnostics (textDocument/diagnostic, workspace/diagnostic)", () => {
  test("scan/shell-command: a full report with a result id, then `unchanged` for the same content, then the edited buffer's", async () => {
    const server = start({});
    await server.initialize(true);
    await server.open("agent/tools.py", PY, "python");
    const uri = uriOf(server.root, "agent/tools.py");
    const first = (await server.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { kind: string; resultId: string; items: never[] };
    expect(first.kind).toBe("full");
    expect((first as { items: never[] }).items.map(brief)).toEqual(["4:5-4:19 scan/shell-command"]);
    const again = await server.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri }, previousResultId: (first as { resultId: string }).resultId });
    expect(again).toEqual({ kind: "unchanged", resultId: (first as { resultId: string }).resultId });
    await server.change("agent/tools.py", 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "\n" }]);
    const edited = await server.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri }, previousResultId: (first as { resultId: string }).resultId });
    expect((edited as { items: never[] }).items.map(brief)).toEqual(["5:5-5:19 scan/shell-command"]);
    // A pull client gets no pushed diagnostics for open documents.
    expect(server.published.filter((p) => p.uri === uri)).toEqual([]);
  });

  test("workspace/diagnostic: the gate's findings for files not open (examples/: 53 findings, as flowgate check)", async () => {
    const server = new Server(copyOf(EXAMPLES));
    servers.push(server);
    server.settings = {}; // gate.runOnOpen defaults to true
    await server.initialize(true);
    const report = await server.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] });
    const items = (report as { items: { uri: string; kind: string; items: unknown[] }[] }).items;
    expect(items.reduce((n, i) => n + i.items.length, 0)).toBe(53);
    const py = items.find((i) => i.uri === uriOf(server.root, "agent/planner.py"))!;
    expect((py.items as never[]).map(brief)).toEqual(["24:14-24:16 scan/shell-command", "30:5-30:18 scan/network-call"]);
  });
});

describe("issue #15: scan.runOn \"save\" for pull clients, and the gate's end for status bars", () => {
  test("runOn save: a pull answers the last saved (or opened) version's findings while typing; after didSave, the saved buffer's", async () => {
    const server = start({});
    server.settings = { gate: { runOnOpen: false }, scan: { runOn: "save" } };
    await server.initialize(true);
    await server.open("agent/tools.py", PY, "python", 1);
    const uri = uriOf(server.root, "agent/tools.py");
    const pullItems = async () => ((await server.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: never[] }).items.map(brief);
    expect(await pullItems()).toEqual(["4:5-4:19 scan/shell-command"]);
    // Typing two lines at the top: still the opened version's findings (not re-analyzed per keystroke).
    await server.change("agent/tools.py", 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "# a\n# b\n" }]);
    expect(await pullItems()).toEqual(["4:5-4:19 scan/shell-command"]);
    const refreshes = server.refreshes;
    await server.connection.sendNotification("textDocument/didSave", { textDocument: { uri } });
    await expect.poll(() => server.refreshes, { timeout: 10_000 }).toBeGreaterThan(refreshes);
    expect(await pullItems()).toEqual(["6:5-6:19 scan/shell-command"]);
  });

  test("runOn type (the default): a pull answers the buffer as it is now", async () => {
    const server = start({});
    await server.initialize(true);
    await server.open("agent/tools.py", PY, "python", 1);
    const uri = uriOf(server.root, "agent/tools.py");
    await server.change("agent/tools.py", 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "# a\n# b\n" }]);
    const report = (await server.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: never[] };
    expect(report.items.map(brief)).toEqual(["6:5-6:19 scan/shell-command"]);
  });

  test("an invalid .flowgate.yml: one warning naming where (not one per reload), and \"Open\" shows the file at that position", async () => {
    const server = start({ ".flowgate.yml": "scan:\n  nosuchkey: 1\n" });
    const messages: string[] = [];
    const shown: unknown[] = [];
    server.connection.onRequest("window/showMessageRequest", (p: { message: string; actions?: { title: string }[] }) => {
      messages.push(`${p.message} [${(p.actions ?? []).map((a) => a.title).join(",")}]`);
      return p.actions?.[0] ?? null;
    });
    server.connection.onRequest("window/showDocument", (p: unknown) => (shown.push(p), { success: true }));
    await server.initialize(true);
    await expect.poll(() => shown.length, { timeout: 10_000 }).toBe(1);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Flowgate: \.flowgate\.yml:2:3: .* — using the default configuration until it is fixed\. \[Open\]$/);
    expect(shown[0]).toEqual({ uri: uriOf(server.root, ".flowgate.yml"), takeFocus: true, selection: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } } });
    // The settings change (the config is read again): the same error is not shown again.
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    await server.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] });
    expect(messages).toHaveLength(1);
  });

  test("flowgate/gateDone is sent when a workspace gate ends, before workspace/diagnostic answers its results", async () => {
    const server = start({ "agent/tools.py": PY });
    server.settings = {};
    const order: string[] = [];
    server.connection.onNotification("flowgate/gateDone", (p: { outcome: string; ms: number }) => void order.push(`gateDone ${p.outcome} ${typeof p.ms}`));
    await server.initialize(true);
    const report = (await server.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] })) as { items: { uri: string; items: never[] }[] };
    order.push(`answer ${report.items.length}`);
    expect(order).toEqual(["gateDone done number", "answer 1"]);
  });
});

describe("stale findings (#14 item 1): a file's diagnostics always describe its current content", () => {
  test("push: edit, save and close a file → the pushed set is of the saved file, not the workspace scan's old one", async () => {
    const server = start({ "agent/tools.py": PY });
    server.settings = { gate: { runOnOpen: true } };
    await server.initialize(false);
    // The workspace scan at start: the call at line 4.
    expect((await server.pushed("agent/tools.py")).diagnostics.map(brief)).toEqual(["4:5-4:19 scan/shell-command"]);
    await server.open("agent/tools.py", PY, "python", 1);
    const edited = "import subprocess\nimport requests\n\n\n\ndef go():\n    subprocess.run(['ls'])\n    requests.post('https://x')\n";
    await server.change("agent/tools.py", 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } }, text: edited }]);
    const mark = server.published.length;
    writeFileSync(join(server.root, "agent/tools.py"), edited);
    await server.connection.sendNotification("textDocument/didSave", { textDocument: { uri: uriOf(server.root, "agent/tools.py") } });
    await server.connection.sendNotification("textDocument/didClose", { textDocument: { uri: uriOf(server.root, "agent/tools.py") } });
    const closed = await server.pushed("agent/tools.py", (p) => p.version === undefined, mark);
    expect(closed.diagnostics.map(brief)).toEqual(["7:5-7:19 scan/shell-command", "8:5-8:18 scan/network-call"]);
  });

  test("pull: after save and close, workspace/diagnostic reports the saved content and the client is asked to refresh", async () => {
    const server = start({ "agent/tools.py": PY });
    server.settings = {};
    await server.initialize(true);
    const uri = uriOf(server.root, "agent/tools.py");
    const before = (await server.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] })) as { items: { uri: string; items: never[] }[] };
    expect(before.items.find((i) => i.uri === uri)!.items.map(brief)).toEqual(["4:5-4:19 scan/shell-command"]);
    await server.open("agent/tools.py", PY, "python", 1);
    const saved = "# moved\n# down\n" + PY;
    await server.change("agent/tools.py", 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "# moved\n# down\n" }]);
    writeFileSync(join(server.root, "agent/tools.py"), saved);
    await server.connection.sendNotification("textDocument/didSave", { textDocument: { uri } });
    await server.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await expect.poll(() => server.refreshes, { timeout: 10_000 }).toBeGreaterThan(0);
    const after = (await server.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] })) as { items: { uri: string; items: never[] }[] };
    expect(after.items.find((i) => i.uri === uri)!.items.map(brief)).toEqual(["6:5-6:19 scan/shell-command"]);
  });

  test("close without saving: the unsaved buffer's findings go, the file on disk's come back (re-read, not remembered)", async () => {
    const server = start({ "agent/tools.py": "x = 1\n" });
    await server.initialize(false);
    await server.open("agent/tools.py", PY, "python", 1);
    expect((await server.pushed("agent/tools.py", (p) => p.version === 1)).diagnostics.map(brief)).toEqual(["4:5-4:19 scan/shell-command"]);
    const mark = server.published.length;
    await server.connection.sendNotification("textDocument/didClose", { textDocument: { uri: uriOf(server.root, "agent/tools.py") } });
    expect((await server.pushed("agent/tools.py", () => true, mark)).diagnostics).toEqual([]);
  });
});

describe("code actions, hover, document links", () => {
  test("scan/shell-command: ignore-boundary quick fixes insert the suppression comment on the line or above it", async () => {
    const server = start({});
    await server.initialize(false);
    await server.open("agent/tools.py", PY, "python");
    const p = await server.pushed("agent/tools.py");
    const uri = uriOf(server.root, "agent/tools.py");
    const actions = (await server.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: p.diagnostics[0]!.range, context: { diagnostics: p.diagnostics } })) as { title: string; kind: string; edit: { changes: Record<string, unknown[]> } }[];
    expect(actions.map((a) => a.title)).toEqual(["Ignore this boundary call (scan/shell-command) on this line", "Ignore this boundary call (scan/shell-command) with a comment above"]);
    expect(actions[0]!.edit.changes[uri]).toEqual([{ range: { start: { line: 3, character: 26 }, end: { line: 3, character: 26 } }, newText: "  # flowgate: ignore-boundary -- TODO: why this call may bypass the tool gateway" }]);
    expect(actions[1]!.edit.changes[uri]).toEqual([{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: "    # flowgate: ignore-next-line -- TODO: why this call may bypass the tool gateway\n" }]);
  });

  test("flow/anatomy-incomplete: a fix carried on a core finding becomes a preferred quick fix; source.fixAll.flowgate applies every first fix", async () => {
    const server = start({});
    await server.initialize(false);
    await server.open("flows/deploy-hotfix.flow.yaml", HOTFIX, "yaml");
    const p = await server.pushed("flows/deploy-hotfix.flow.yaml");
    const uri = uriOf(server.root, "flows/deploy-hotfix.flow.yaml");
    // On the misspelt key it is likely a rename of (issue 20), not on the step's first line.
    const anatomy = p.diagnostics.find((d) => d.code === "flow/anatomy-incomplete" && d.range.start.line === 23)!;
    const actions = (await server.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: anatomy.range, context: { diagnostics: [anatomy] } })) as { title: string; isPreferred?: boolean; edit: { changes: Record<string, unknown[]> } }[];
    // The field is there under a misspelt key (`when_to_run`, line 24): the fix renames it rather than adding a second key.
    expect(actions).toEqual([{ title: "Rename `when_to_run` to `when_not_to_run`", kind: "quickfix", diagnostics: [anatomy], isPreferred: true, edit: { changes: { [uri]: [{ range: { start: { line: 23, character: 4 }, end: { line: 23, character: 15 } }, newText: "when_not_to_run" }] } } }]);
    // Asked with both findings at that key (as VS Code asks for the cursor's line), the one rename is offered once, for both.
    const misspelt = p.diagnostics.find((d) => d.code === "flow/unknown-key" && d.range.start.line === 23)!;
    const both = (await server.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: anatomy.range, context: { diagnostics: [anatomy, misspelt] } })) as typeof actions;
    expect(both).toEqual([{ ...actions[0], diagnostics: [anatomy, misspelt] }]);
    const all = (await server.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["source.fixAll.flowgate"] } })) as { title: string; kind: string; edit: { changes: Record<string, { range: { start: { line: number } } }[]> } }[];
    expect(all.map((a) => [a.title, a.kind])).toEqual([["Fix all Flowgate problems", "source.fixAll.flowgate"]]);
    // version "1.0" → "1.0.0" (6), flow.steps rewritten item by item (11, 12), the when_to_run rename that both the
    // anatomy and the unknown-key finding carry, applied once (24), the missing trigger (49), human_reveiw (59).
    expect(all[0]!.edit.changes[uri]!.map((e) => e.range.start.line + 1)).toEqual([6, 11, 12, 24, 49, 59]);
    // Asked only for quick fixes, no fix-all; asked only for fix-all, no quick fixes.
    const quick = (await server.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: anatomy.range, context: { diagnostics: [anatomy], only: ["quickfix"] } })) as { kind: string }[];
    expect(quick.map((a) => a.kind)).toEqual(["quickfix"]);
  });

  test("hover on a finding shows its rule, message, help and documentation link", async () => {
    const server = start({});
    await server.initialize(false);
    await server.open("agent/tools.py", PY, "python");
    await server.pushed("agent/tools.py");
    const hover = (await server.connection.sendRequest("textDocument/hover", { textDocument: { uri: uriOf(server.root, "agent/tools.py") }, position: { line: 3, character: 8 } })) as { contents: { kind: string; value: string } };
    expect(hover.contents.kind).toBe("markdown");
    expect(hover.contents.value).toMatch(/^\*\*scan\/shell-command\*\* — `subprocess.run` starts a process directly/);
    expect(hover.contents.value).toContain("[Rule documentation](https://github.com/flowgate-dev/flowgate/blob/main/docs/rules.md#scan-shell-command)");
    expect(await server.connection.sendRequest("textDocument/hover", { textDocument: { uri: uriOf(server.root, "agent/tools.py") }, position: { line: 0, character: 0 } })).toBeNull();
  });

  test("hover on a Blueprint agent explains its cascade (operator kind and runner, and where each comes from)", async () => {
    const text = readFileSync(join(EXAMPLES, "blueprints/code-review.bp.yaml"), "utf8");
    const server = start({});
    await server.initialize(false);
    await server.open("blueprints/code-review.bp.yaml", text, "yaml");
    await server.pushed("blueprints/code-review.bp.yaml");
    // The line after `- name: scout`, as test/extension/hovers.test.ts hovers it (0-based here).
    const line = text.split("\n").findIndex((l) => l.includes("- name: scout")) + 1;
    const hover = (await server.connection.sendRequest("textDocument/hover", { textDocument: { uri: uriOf(server.root, "blueprints/code-review.bp.yaml") }, position: { line, character: 6 } })) as { contents: { value: string } };
    expect(hover.contents.value.split("\n").slice(0, 3)).toEqual(["**agent `scout`** (kind operator)", "", "- operator kind: **main_ai** — from operators[main-ai].kind via spec.operator_ref"]);
  });

  test("document links: registered rule ids link to their documentation; look-alikes do not", async () => {
    const server = start({});
    await server.initialize(false);
    const text = "blueprints:\n  allow: [blueprint/unknown-key]\n# see scan/shell-command and foo/bar\n";
    await server.open(".flowgate.yml", text, "yaml");
    const links = (await server.connection.sendRequest("textDocument/documentLink", { textDocument: { uri: uriOf(server.root, ".flowgate.yml") } })) as { range: { start: { line: number; character: number } }; target: string }[];
    expect(links.map((l) => [l.range.start.line, l.range.start.character, l.target.replace(/^.*#/, "#")])).toEqual([
      [1, 10, "#blueprint-unknown-key"],
      [2, 6, "#scan-shell-command"],
    ]);
  });
});

describe("flowgate/scanWorkspace and gate.runOnOpen", () => {
  test("with gate.runOnOpen off, workspace/diagnostic reports nothing until flowgate/scanWorkspace runs the gate (examples/: 53 findings in 14 files)", async () => {
    const server = new Server(copyOf(EXAMPLES));
    servers.push(server);
    await server.initialize(true);
    const quiet = (await server.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] })) as { items: unknown[] };
    expect(quiet.items).toEqual([]);
    expect(await server.connection.sendRequest("flowgate/scanWorkspace", {})).toEqual({ files: 14, findings: 53 });
    expect(server.refreshes).toBeGreaterThan(0);
    const report = (await server.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] })) as { items: { items: unknown[] }[] };
    expect(report.items.reduce((n, i) => n + i.items.length, 0)).toBe(53);
  });
});

describe("robustness", () => {
  test("hostile files (deep nesting, a YAML alias bomb, binary junk) get findings or none, and the server keeps answering", async () => {
    const server = start({});
    await server.initialize(false);
    const deep = "x = " + "(".repeat(50_000) + ")".repeat(50_000) + "\nimport os\nos.system('x')\n";
    const bomb = 'flow: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n';
    await server.open("agent/deep.py", deep, "python");
    await server.open("flows/bomb.flow.yaml", bomb, "yaml");
    await server.open("agent/junk.ts", "\u0000\uffff\ud800".repeat(10_000), "typescript");
    for (const rel of ["agent/deep.py", "flows/bomb.flow.yaml", "agent/junk.ts"]) await server.pushed(rel, () => true, 0, 60_000);
    expect((await server.pushed("flows/bomb.flow.yaml")).diagnostics.length).toBeGreaterThan(0);
    await server.open("agent/tools.py", PY, "python");
    expect((await server.pushed("agent/tools.py")).diagnostics.map(brief)).toEqual(["4:5-4:19 scan/shell-command"]);
    expect(await server.stop()).toBe(0);
  }, 120_000);

  test("a cancelled workspace/diagnostic request is answered as cancelled and the server keeps answering", async () => {
    const server = new Server(copyOf(EXAMPLES));
    servers.push(server);
    server.settings = {};
    await server.initialize(true);
    const { CancellationTokenSource } = await import("vscode-languageserver-protocol/node");
    const source = new CancellationTokenSource();
    const pending = server.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] }, source.token);
    source.cancel();
    await expect(pending).rejects.toMatchObject({ code: -32800 });
    await server.open("agent/tools.py", PY, "python");
    const report = await server.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri: uriOf(server.root, "agent/tools.py") } });
    expect((report as { items: never[] }).items.map(brief)).toEqual(["4:5-4:19 scan/shell-command"]);
  });
});

describe("flowgate lsp (the CLI command)", () => {
  test("without --stdio, or with an unknown argument, it is a usage error (exit 2); --help shows the usage", async () => {
    const { spawnSync } = await import("node:child_process");
    const { CLI } = await import("./client");
    const bare = spawnSync(process.execPath, [CLI, "lsp"], { encoding: "utf8", input: "" });
    expect([bare.status, bare.stdout, bare.stderr]).toEqual([2, "", "flowgate lsp: --stdio is required (the only transport)\nRun `flowgate lsp --help` for usage.\n"]);
    const unknown = spawnSync(process.execPath, [CLI, "lsp", "--stdio", "--socket=9"], { encoding: "utf8", input: "" });
    expect([unknown.status, unknown.stderr]).toEqual([2, 'flowgate lsp: unknown argument "--socket=9"\nRun `flowgate lsp --help` for usage.\n']);
    const help = spawnSync(process.execPath, [CLI, "lsp", "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: flowgate lsp --stdio\n/);
  });
});

describe("issue 20: source/byte-order-mark in an editor, whose buffer never holds the mark", () => {
  const STARTER = readFileSync(join(import.meta.dirname, "../fixtures/knowtation-starter/flow_capture_to_note.json"), "utf8");

  test("source/byte-order-mark: an open JSON flow whose file on disk starts with the mark gets the warning at 1:1, as flowgate check reports it", async () => {
    const server = start({ "flows/s.flow.json": "\uFEFF" + STARTER });
    await server.initialize(false);
    await server.open("flows/s.flow.json", STARTER, "json");
    expect((await server.pushed("flows/s.flow.json")).diagnostics.map(brief)).toEqual(["1:1-1:1 source/byte-order-mark"]);
  });

  test("no source/byte-order-mark for an open JSON flow saved without the mark, or a YAML flow with one", async () => {
    const server = start({ "flows/s.flow.json": STARTER, "flows/y.flow.yaml": "\uFEFF" + HOTFIX });
    await server.initialize(false);
    await server.open("flows/s.flow.json", STARTER, "json");
    expect((await server.pushed("flows/s.flow.json")).diagnostics).toEqual([]);
    await server.open("flows/y.flow.yaml", HOTFIX, "yaml");
    expect((await server.pushed("flows/y.flow.yaml")).diagnostics.map(brief).sort()).toEqual([...HOTFIX_FINDINGS].sort());
  });

  // Found at the 33rd stop, comparing the server's diagnostics with flowgate check's on the repository's fixtures: a
  // client that leaves the mark in the buffer (most drop it) had no finding in a Python file (the mark hid `import
  // subprocess` from the prefilter) and columns one short of the buffer's in a TypeScript one.
  test("scan/shell-command, scan/network-call: a buffer a client sends with the mark still is scanned, at the buffer's columns", async () => {
    const server = start({});
    await server.initialize(false);
    await server.open("agent/bom.py", "\uFEFFimport subprocess\r\nsubprocess.run([\"ls\"])  # line 2\r\n", "python");
    expect((await server.pushed("agent/bom.py")).diagnostics.map(brief)).toEqual(["2:1-2:15 scan/shell-command"]);
    await server.open("agent/bom.ts", '\uFEFFfetch("https://example.com");\n', "typescript");
    expect((await server.pushed("agent/bom.ts")).diagnostics.map(brief)).toEqual(["1:2-1:7 scan/network-call"]);
    await server.open("agent/plain.ts", 'fetch("https://example.com");\n', "typescript");
    expect((await server.pushed("agent/plain.ts")).diagnostics.map(brief)).toEqual(["1:1-1:6 scan/network-call"]);
  });
});
