import { afterEach, describe, expect, test } from "vitest";
import { OVERSEER_V1, OVERSEER_V2, render } from "../projection/helpers";
import { brief, Server, uriOf, workspace } from "./client";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

function start(files: Record<string, string>) {
  const server = new Server(workspace(files));
  servers.push(server);
  return server;
}

type Action = { title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> } };

const RULE = ".cursor/rules/overseer.mdc";

describe("the language server judges projections and offers Regenerate projection", () => {
  test("projection/stale: an open Cursor rule of 0.1.0 gets the diagnostic on its marker line and a quick fix replacing the file with the 0.2.0 render", async () => {
    const old = render(OVERSEER_V1, "cursor_rule");
    const server = start({ "flows/overseer.flow.json": OVERSEER_V2, [RULE]: old });
    await server.initialize(false);
    await server.open(RULE, old, "markdown");
    const p = await server.pushed(RULE);
    expect(p.diagnostics.map(brief)).toEqual([`7:1-7:${old.split("\n")[6]!.length + 1} projection/stale`]);
    const uri = uriOf(server.root, RULE);
    const actions = (await server.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: p.diagnostics[0]!.range, context: { diagnostics: p.diagnostics } })) as Action[];
    const lines = old.split("\n").length;
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([["Regenerate projection (flow_overseer_handover@0.2.0, cursor_rule)", "quickfix", true]]);
    expect(actions[0]!.edit.changes[uri]).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: lines - 1, character: 0 } }, newText: render(OVERSEER_V2, "cursor_rule") }]);
  });

  test("projection/edited: typing into an AGENTS.md section is flagged at the edited line; the fix replaces only the section", async () => {
    const section = render(OVERSEER_V2, "cli_runbook", "section");
    const text = `# Agents\n\nHand-written.\n\n${section}\nMore hand-written text.\n`;
    const server = start({ "flows/overseer.flow.json": OVERSEER_V2, "AGENTS.md": text });
    await server.initialize(false);
    await server.open("AGENTS.md", text, "markdown");
    expect((await server.pushed("AGENTS.md")).diagnostics).toEqual([]);
    const mark = server.published.length;
    const line = text.split("\n").findIndex((l) => l.startsWith("- **Trigger:** Run after per-repo")); // 0-based
    await server.change("AGENTS.md", 2, [{ range: { start: { line, character: 15 }, end: { line, character: 15 } }, text: "Never. " }]);
    const p = await server.pushed("AGENTS.md", (d) => d.diagnostics.length > 0, mark);
    expect(p.diagnostics.map(brief)).toEqual([`${line + 1}:1-${line + 1}:${text.split("\n")[line]!.length + 8} projection/edited`]);
    const uri = uriOf(server.root, "AGENTS.md");
    const [fix] = (await server.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: p.diagnostics[0]!.range, context: { diagnostics: p.diagnostics } })) as Action[];
    const start4 = 4; // the section opens on line 5
    const end = start4 + section.split("\n").length - 1;
    expect([fix!.title, fix!.edit.changes[uri]]).toEqual(["Regenerate projection (flow_overseer_handover@0.2.0, cli_runbook)", [{ range: { start: { line: start4, character: 0 }, end: { line: end, character: 0 } }, newText: section }]]);
  });
});
