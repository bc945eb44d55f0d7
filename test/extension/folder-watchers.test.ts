import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { RunCache } from "../../extension/runCache";
import { EvidenceTree } from "../../extension/views/evidenceTree";
import { FlowsTree } from "../../extension/views/flowsTree";
import { Workspace } from "../../extension/workspace";
import { folderEvents, Uri, watchers, workspace as fakeWorkspace } from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

const EXAMPLES = join(import.meta.dirname, "../../examples");

/** The globs watched per folder name, sorted. */
function watched(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const w of watchers) {
    const name = fakeWorkspace.workspaceFolders.find((f) => f === w.base)?.name ?? "?";
    (out[name] ??= []).push(w.pattern);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

function folder(name: string, index: number) {
  const root = mkdtempSync(join(tmpdir(), `flowgate-ext-${name}-`));
  return { root, entry: { uri: Uri.file(root), name, index } };
}

afterEach(() => {
  fakeWorkspace.workspaceFolders = [];
  watchers.clear();
});

describe("multi-root (issue #14 item 9): a folder added or a configuration changed after start-up is watched", () => {
  test("Flows and Evidence watch a folder added later with its own .flowgate.yml globs, and forget a removed one", () => {
    const api = folder("api", 0);
    mkdirSync(join(api.root, "flows"));
    cpSync(join(EXAMPLES, "flows/triage-issue.flow.yaml"), join(api.root, "flows/triage-issue.flow.yaml"));
    fakeWorkspace.workspaceFolders = [api.entry];
    const workspace = new Workspace();
    const flows = new FlowsTree(workspace, new RunCache(workspace));
    const evidence = new EvidenceTree(workspace);
    const defaults = ["**/*.evidence.json", "**/*.flow.json", "**/*.flow.yaml", "**/*.flow.yml", ".flowgate/runs/*.jsonl"];
    expect(watched()).toEqual({ api: defaults });

    const docs = folder("docs", 1);
    mkdirSync(join(docs.root, "process"));
    writeFileSync(join(docs.root, ".flowgate.yml"), 'flows:\n  files: ["process/*.json"]\nevidence:\n  include: ["proofs/*.json"]\n');
    fakeWorkspace.workspaceFolders = [api.entry, docs.entry];
    folderEvents.fire({});
    expect(watched()).toEqual({ api: defaults, docs: ["**/*.flow.json", "**/*.flow.yaml", "**/*.flow.yml", ".flowgate/runs/*.jsonl", "process/*.json", "proofs/*.json"] });

    // A flow written into the new folder reaches the view through its watcher.
    expect(flows.all(docs.root)).toEqual([]);
    writeFileSync(join(docs.root, "process/release.json"), readFileSync(join(EXAMPLES, "flows/release-notes.flow.json")));
    const release = [...watchers].find((w) => w.base === docs.entry && w.pattern === "process/*.json")!;
    release.fire(Uri.file(join(docs.root, "process/release.json")));
    expect(flows.all(docs.root).map((g) => g.flowId)).toEqual(["flow_release_notes"]);

    fakeWorkspace.workspaceFolders = [api.entry];
    folderEvents.fire({});
    expect(watched()).toEqual({ api: defaults });
    flows.dispose();
    evidence.dispose();
    expect(watched()).toEqual({ api: [".flowgate/runs/*.jsonl"] });
  });

  test("a changed .flowgate.yml re-makes the watchers with its new globs", () => {
    const api = folder("api", 0);
    fakeWorkspace.workspaceFolders = [api.entry];
    const workspace = new Workspace();
    const flows = new FlowsTree(workspace, new RunCache(workspace));
    expect(watched().api).not.toContain("pipelines/*.json");
    writeFileSync(join(api.root, ".flowgate.yml"), 'flows:\n  files: ["pipelines/*.json"]\n');
    workspace.invalidate(); // what the configuration file's watcher does (extension/host.ts)
    expect(watched().api).toContain("pipelines/*.json");
    flows.dispose();
  });
});
