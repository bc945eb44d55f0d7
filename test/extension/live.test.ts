import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Finding } from "../../core/kernel/findings";
import type { Analyzer } from "../../extension/analyzers/types";
import { LiveDiagnostics, MAX_TYPING_CHARS } from "../../extension/diagnostics/live";
import { FindingStore } from "../../extension/diagnostics/store";
import type { Settings } from "../../extension/settings";
import type { Workspace } from "../../extension/workspace";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { collections, documentEvents, EventEmitter, Uri } from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

/** A document whose text a test edits; `version` goes up with each edit, as VS Code's does. */
class Doc {
  version = 1;
  isClosed = false;
  readonly languageId = "python";
  constructor(
    readonly uri: Uri,
    private text: string,
  ) {}
  getText() {
    return this.text;
  }
  edit(text: string) {
    this.text = text;
    this.version++;
    documentEvents.change.fire({ document: this, contentChanges: [{ text }] });
  }
}

const finding = (line: number): Finding => ({ rule: "scan/shell-command", severity: "error", message: "m", file: "a.py", line, column: 1, endLine: line, endColumn: 2 });

/** Reports one finding per line containing "os.system", and counts its calls. */
function countingAnalyzer(delay = 0) {
  const calls: string[] = [];
  const analyzer: Analyzer = {
    name: "count",
    analyze: async ({ rel, text }) => {
      calls.push(text);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (!rel.endsWith(".py")) return undefined;
      return text.split("\n").flatMap((l, i) => (l.includes("os.system") ? [finding(i + 1)] : []));
    },
  };
  return { analyzer, calls };
}

function setup(runOn: Settings["runOn"], analyzer: Analyzer) {
  const settings = { scanEnabled: true, runOn, debounceMs: 300, include: [], exclude: [], configPath: ".flowgate.yml", actor: "", gateOnOpen: false } as Settings;
  const state = { root: "/ws", config: DEFAULT_CONFIG, settings };
  const changed = new EventEmitter<void>();
  const workspace = {
    trusted: true,
    folderOf: (uri: Uri) => (uri.scheme === "file" && uri.path.startsWith("/ws/") ? state : undefined),
    relativePath: (_: unknown, uri: Uri) => uri.path.slice("/ws/".length),
    onDidChange: changed.event,
  } as unknown as Workspace;
  const store = new FindingStore();
  const log = { error: vi.fn() };
  const live = new LiveDiagnostics(workspace, store, [analyzer], log as never);
  const shown = () => (collections.get("flowgate")!.get(Uri.file("/ws/a.py").toString()) ?? []).map((d) => d.range.start.line + 1);
  return { live, store, shown, log };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("live diagnostics follow documents", () => {
  test("opening analyzes at once; typing is debounced into one analysis of the latest text; closing clears", async () => {
    const { analyzer, calls } = countingAnalyzer();
    const { live, shown } = setup("type", analyzer);
    const doc = new Doc(Uri.file("/ws/a.py"), "import os\nos.system('a')\n");
    documentEvents.open.fire(doc);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown()).toEqual([2]);

    doc.edit("import os\nos.system('a')\nos.system('b')\n");
    await vi.advanceTimersByTimeAsync(100);
    doc.edit("import os\n\nos.system('a')\nos.system('b')\n");
    await vi.advanceTimersByTimeAsync(299);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    expect(shown()).toEqual([3, 4]);

    documentEvents.close.fire(doc);
    expect(shown()).toEqual([]);
    live.dispose();
  });

  test("runOn save: typing does nothing until the file is saved", async () => {
    const { analyzer, calls } = countingAnalyzer();
    const { live, shown } = setup("save", analyzer);
    const doc = new Doc(Uri.file("/ws/a.py"), "x = 1\n");
    documentEvents.open.fire(doc);
    await vi.advanceTimersByTimeAsync(0);
    doc.edit("import os\nos.system('a')\n");
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);
    expect(shown()).toEqual([]);
    documentEvents.save.fire(doc);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown()).toEqual([2]);
    live.dispose();
  });

  test("a document over the typing limit is analyzed on open and save, not per keystroke", async () => {
    const { analyzer, calls } = countingAnalyzer();
    const { live } = setup("type", analyzer);
    const doc = new Doc(Uri.file("/ws/a.py"), "x".repeat(MAX_TYPING_CHARS + 1));
    documentEvents.open.fire(doc);
    await vi.advanceTimersByTimeAsync(0);
    doc.edit("y".repeat(MAX_TYPING_CHARS + 1));
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);
    documentEvents.save.fire(doc);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    live.dispose();
  });

  test("a result computed for an older version of the text is dropped", async () => {
    const { analyzer } = countingAnalyzer(500);
    const { live, shown } = setup("type", analyzer);
    const doc = new Doc(Uri.file("/ws/a.py"), "import os\nos.system('old')\n");
    documentEvents.open.fire(doc);
    await vi.advanceTimersByTimeAsync(100); // analysis of version 1 in flight
    doc.edit("import os\n\n\nos.system('new')\n");
    await vi.advanceTimersByTimeAsync(450); // version 1's result arrives: stale, dropped
    expect(shown()).toEqual([]);
    await vi.advanceTimersByTimeAsync(800); // version 2 debounced and analyzed
    expect(shown()).toEqual([4]);
    live.dispose();
  });

  test("documents outside the workspace or not on disk are never analyzed", async () => {
    const { analyzer, calls } = countingAnalyzer();
    const { live } = setup("type", analyzer);
    documentEvents.open.fire(new Doc(Uri.from({ scheme: "git", path: "/ws/a.py" }), "os.system('x')"));
    documentEvents.open.fire(new Doc(Uri.file("/elsewhere/a.py"), "os.system('x')"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([]);
    live.dispose();
  });

  test("an analyzer that throws is logged; the editor keeps working", async () => {
    const { live, log } = setup("type", { name: "boom", analyze: () => { throw new Error("parser exploded"); } });
    documentEvents.open.fire(new Doc(Uri.file("/ws/a.py"), "x"));
    await vi.advanceTimersByTimeAsync(0);
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(String(log.error.mock.calls[0]![0])).toContain("parser exploded");
    live.dispose();
  });
});

describe("#14 item 1: closing a file shows its findings on disk, read again", () => {
  test("after save and close, the shown set is the saved file's, not the workspace scan's from before", async () => {
    vi.useRealTimers();
    const root = mkdtempSync(join(tmpdir(), "flowgate-live-"));
    const path = join(root, "a.py");
    writeFileSync(path, "x = 1\n");
    const { analyzer } = countingAnalyzer();
    const settings = { scanEnabled: true, runOn: "type", debounceMs: 0, include: [], exclude: [], configPath: ".flowgate.yml", actor: "", gateOnOpen: false } as Settings;
    const state = { root, config: DEFAULT_CONFIG, settings };
    const workspace = { trusted: true, folderOf: () => state, relativePath: () => "a.py", onDidChange: new EventEmitter<void>().event } as unknown as Workspace;
    const store = new FindingStore();
    const live = new LiveDiagnostics(workspace, store, [analyzer], { error: vi.fn() } as never);
    const uri = Uri.file(path);
    // The workspace scan saw a call on line 1 (an older content).
    store.setWorkspace(new Map([[uri.toString(), { uri, findings: [finding(1)] }]]) as never);
    const doc = new Doc(uri, "x = 1\n");
    documentEvents.open.fire(doc);
    const saved = "x = 1\n\nimport os\nos.system('a')\n";
    doc.edit(saved);
    writeFileSync(path, saved);
    documentEvents.save.fire(doc);
    doc.isClosed = true;
    documentEvents.close.fire(doc);
    await expect.poll(() => store.findingsOf(uri as never).map((f) => f.line)).toEqual([4]);
    expect((collections.get("flowgate-workspace")!.get(uri.toString()) ?? []).map((d) => d.range.start.line + 1)).toEqual([4]);
    live.dispose();
  });
});
