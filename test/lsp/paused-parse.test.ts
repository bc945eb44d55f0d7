import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { brief, CLI, Server, uriOf, workspace } from "./client";

/** The bench's 5,000-line Python file (bench/lsp/run.mjs): a shell call in one function of 50. */
const LINES = ["import subprocess", ""];
for (let i = 0; LINES.length < 5000; i++) LINES.push(`def task_${i}(path, items):`, `    total = sum(len(x) for x in items if x)`, i % 50 === 0 ? `    return subprocess.run(["wc", path])` : `    return {"path": path, "total": total, "id": ${i}}`, "");
const TEXT = LINES.slice(0, 5000).join("\n") + "\n";
const REL = "agent/big.py";
const CALLS = Array.from({ length: 25 }, (_, i) => `${5 + 200 * i}:12-${5 + 200 * i}:26 scan/shell-command`);
const PENDING = "scan/analysis-pending";

/** What `flowgate check` (the built CLI, no documents) reports for the file holding `text`, as `brief` prints diagnostics. */
function checked(text: string, rel = REL): string[] {
  const root = workspace({});
  mkdirSync(join(root, "agent"), { recursive: true });
  writeFileSync(join(root, rel), text);
  const run = spawnSync(process.execPath, [CLI, "check", root, "--format", "json", "--fail-on", "never"], { encoding: "utf8", maxBuffer: 1 << 26 });
  const report = JSON.parse(run.stdout) as { findings: { rule: string; line: number; column: number; endLine: number; endColumn: number; file: string }[] };
  return report.findings.filter((f) => f.file === rel).map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`);
}

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) if (s.child.exitCode === null) s.child.kill();
});

describe("flowgate lsp: a keystroke that leaves a `(` open near the top of a large Python file", () => {
  test.each([false, true])("scan/analysis-pending: interim diagnostics, then exactly flowgate check's for the broken and the repaired text (pull: %s)", async (pull) => {
    const server = new Server(workspace({}));
    servers.push(server);
    server.settings = { gate: { runOnOpen: false }, scan: { debounceMs: 0 } };
    await server.initialize(pull);
    const uri = uriOf(server.root, REL);
    await server.open(REL, TEXT, "python", 1);
    const pullItems = async () => ((await server.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: never[] }).items.map(brief);
    const settled = async (version: number) => {
      if (!pull) return (await server.pushed(REL, (p) => p.version === version && !p.diagnostics.some((d) => d.code === PENDING), 0, 60_000)).diagnostics.map(brief);
      // Interim answers come with a refresh request once the analysis finishes: pull until the answer is not interim.
      for (;;) {
        const items = await pullItems();
        if (!items.some((d) => d.endsWith(PENDING))) return items;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    expect(pull ? await pullItems() : (await server.pushed(REL, (p) => p.version === 1)).diagnostics.map(brief)).toEqual(CALLS);

    // `(` typed before `sum` on line 4: the first answer is interim (the marker at the edit, the previous findings),
    // the last is exactly what flowgate check reports for that text.
    const refreshes = server.refreshes;
    await server.change(REL, 2, [{ range: { start: { line: 3, character: 12 }, end: { line: 3, character: 12 } }, text: "(" }]);
    const first = pull ? await pullItems() : (await server.pushed(REL, (p) => p.version === 2)).diagnostics.map(brief);
    expect(first).toEqual([`4:13-4:14 ${PENDING}`, ...CALLS]);
    const broken = TEXT.split("\n");
    broken[3] = `${broken[3]!.slice(0, 12)}(${broken[3]!.slice(12)}`;
    const brokenChecked = checked(broken.join("\n"));
    expect(brokenChecked).toEqual(["4:5-5000:44 scan/parse-error", ...CALLS.slice(1)]);
    expect(await settled(2)).toEqual(brokenChecked);
    if (pull) expect(server.refreshes).toBeGreaterThan(refreshes);

    // Closed at the end of line 4: the text parses again, and the diagnostics are flowgate check's, with no marker.
    await server.change(REL, 3, [{ range: { start: { line: 3, character: broken[3]!.length }, end: { line: 3, character: broken[3]!.length } }, text: ")" }]);
    const repaired = [...broken];
    repaired[3] = `${broken[3]})`;
    expect(await settled(3)).toEqual(checked(repaired.join("\n")));
    expect(await settled(3)).toEqual(CALLS);
    await server.stop();
  });

  test("hostile input: 20,000 lines with 500 unclosed parentheses typed over an open buffer; the server answers requests while it parses, then reports exactly what flowgate check does", async () => {
    const server = new Server(workspace({}));
    servers.push(server);
    server.settings = { gate: { runOnOpen: false }, scan: { debounceMs: 0 } };
    await server.initialize(false);
    const rel = "agent/hostile.py";
    const lines = Array.from({ length: 20_000 }, (_, i) => (i === 0 ? "import os" : i % 40 === 1 ? `os.system(f(x${i}` : `y${i} = ${i}`));
    const clean = lines.map((l) => (l.includes("(") ? `${l}))` : l)).join("\n");
    const hostile = lines.join("\n");
    await server.open(rel, clean, "python", 1);
    expect((await server.pushed(rel, (p) => p.version === 1, 0, 60_000)).diagnostics).toHaveLength(500);
    // The whole text replaced by the hostile one: the first publish is interim, and while the parse goes on the
    // server answers a request (before this change it answered only after the 5 s parse).
    await server.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uriOf(server.root, rel), version: 2 }, contentChanges: [{ text: hostile }] });
    const interim = await server.pushed(rel, (p) => p.version === 2, 0, 60_000);
    // The marker spans what changed: from the first `))` removed (line 2, after `os.system(f(x1`) to the last (line 19,962).
    expect(interim.diagnostics.map(brief)[0]).toBe(`2:15-19962:19 ${PENDING}`);
    await server.connection.sendRequest("textDocument/documentLink", { textDocument: { uri: uriOf(server.root, rel) } });
    const finishedBeforeAnswer = server.published.some((p) => p.version === 2 && !p.diagnostics.some((d) => d.code === PENDING));
    expect(finishedBeforeAnswer).toBe(false);
    const finished = await server.pushed(rel, (p) => p.version === 2 && !p.diagnostics.some((d) => d.code === PENDING), 0, 60_000);
    // Every call is inside the first open parenthesis: one parse error over the file (the time limit, 5 s, was not reached).
    expect(finished.diagnostics.map(brief)).toEqual(["1:1-20000:15 scan/parse-error"]);
    expect(checked(hostile, rel)).toEqual(["1:1-20000:15 scan/parse-error"]);
    await server.stop();
  });
});
