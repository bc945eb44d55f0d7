import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { verifyLedger } from "../../core/ledger/index";
import { LedgerCommands } from "../../extension/commands/ledgerCommands";
import { RunCache } from "../../extension/runCache";
import { ApprovalsTree } from "../../extension/views/approvalsTree";
import { EvidenceTree } from "../../extension/views/evidenceTree";
import { FlowsTree } from "../../extension/views/flowsTree";
import { RunsTree } from "../../extension/views/runsTree";
import { Workspace } from "../../extension/workspace";
import { settings, ui, Uri, workspace as fakeWorkspace } from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

const EXAMPLES = join(import.meta.dirname, "../../examples");

/**
 * Two folders with their own .flowgate.yml: "api" has the triage flow where flows usually are; "docs"
 * keeps the release-notes flow in a file only its own config names (flows.files), and its evidence.
 */
function twoFolders() {
  const base = mkdtempSync(join(tmpdir(), "flowgate-ext-multi-"));
  const api = join(base, "api");
  const docs = join(base, "docs");
  mkdirSync(join(api, "flows"), { recursive: true });
  cpSync(join(EXAMPLES, "flows/triage-issue.flow.yaml"), join(api, "flows/triage-issue.flow.yaml"));
  mkdirSync(join(docs, "process"), { recursive: true });
  cpSync(join(EXAMPLES, "flows/release-notes.flow.json"), join(docs, "process/release.json"));
  writeFileSync(join(docs, ".flowgate.yml"), 'flows:\n  files: ["process/release.json"]\nevidence:\n  include: ["proofs/*.evidence.json"]\n');
  mkdirSync(join(docs, "proofs"));
  cpSync(join(EXAMPLES, "evidence/answer-run.evidence.json"), join(docs, "proofs/answer-run.evidence.json"));
  for (const root of [api, docs]) {
    mkdirSync(join(root, ".flowgate"));
    writeFileSync(join(root, ".flowgate/policy.json"), JSON.stringify({ flow_run_writes_enabled: true }));
  }
  fakeWorkspace.workspaceFolders = [
    { uri: Uri.file(api), name: "api", index: 0 },
    { uri: Uri.file(docs), name: "docs", index: 1 },
  ];
  settings["flowgate.actor"] = "alice@example.com";
  const workspace = new Workspace();
  const runs = new RunCache(workspace);
  return { api, docs, workspace, runs, commands: new LedgerCommands(workspace, runs) };
}

const ledgerFiles = (root: string) => {
  try {
    return readdirSync(join(root, ".flowgate/runs"));
  } catch {
    return [];
  }
};
const eventsOf = (root: string, runId: string) => readFileSync(join(root, ".flowgate/runs", `${runId}.jsonl`), "utf8").trim().split("\n").map((l) => JSON.parse(l));

beforeEach(() => ui.reset());
afterEach(() => {
  fakeWorkspace.workspaceFolders = [];
  for (const key of Object.keys(settings)) delete settings[key];
});

describe("multi-root workspaces (issue #14 item 9): every view and ledger command acts on the right folder", () => {
  test("Start Run from the palette asks for the folder, offers that folder's flows (its own .flowgate.yml) and writes only its ledger", async () => {
    const { api, docs, runs, commands } = twoFolders();
    ui.answers = ["docs", "Draft release notes", "0.3.0"];
    expect(await commands.start()).toBe(true);
    // The folder picker: both folders by name with their paths; then only docs' flows (found through its flows.files).
    expect(ui.picks[0]!.map((r) => [r.label, r.detail])).toEqual([["api", api], ["docs", docs]]);
    expect(ui.picks[1]!.map((r) => r.label)).toEqual(["Draft release notes"]);
    expect(ledgerFiles(api)).toEqual([]);
    expect(ledgerFiles(docs)).toHaveLength(1);
    const run = runs.all(docs)[0]!;
    expect([run.root, run.fold.run!.flow_id]).toEqual([docs, "flow_release_notes"]);

    ui.answers = ["api", "Triage a new issue", "1.2.0"];
    expect(await commands.start()).toBe(true);
    expect(ui.picks.at(-2)!.map((r) => r.label)).toEqual(["Triage a new issue"]);
    expect(runs.all(api).map((r) => r.fold.run!.flow_id)).toEqual(["flow_triage_issue"]);
    expect(verifyLedger({ root: api }).findings).toEqual([]);
    expect(verifyLedger({ root: docs }).findings).toEqual([]);

    // Escape on the folder picker: nothing is asked further, nothing written.
    ui.answers = [undefined];
    expect(await commands.start()).toBe(false);
    expect(ledgerFiles(api)).toHaveLength(1);
  });

  test("the same run id in two folders (two checkouts): a command from a row writes the ledger of that row's folder only", async () => {
    const { api, docs, runs, commands } = twoFolders();
    ui.answers = ["api", "Triage a new issue", "1.2.0"];
    await commands.start();
    const runId = runs.all(api)[0]!.runId;
    cpSync(join(api, ".flowgate/runs"), join(docs, ".flowgate/runs"), { recursive: true });
    runs.refresh();
    expect(runs.all().map((r) => [r.root, r.runId])).toEqual([[api, runId], [docs, runId]]);

    ui.answers = ["in_progress"];
    expect(await commands.advance({ kind: "step", runId, stepId: "flow_triage_issue#1", root: docs })).toBe(true);
    expect(eventsOf(docs, runId).map((e) => e.type)).toEqual(["run_started", "step_advanced"]);
    expect(eventsOf(api, runId).map((e) => e.type)).toEqual(["run_started"]);
    // Each folder's copy is folded on its own: docs' run moved, api's did not.
    expect(runs.get(runId, docs)!.fold.run!.steps[0]!.status).toBe("in_progress");
    expect(runs.get(runId, api)!.fold.run!.steps[0]!.status).toBe("pending");

    // From the palette the run picker names each run's folder, and the picked one (api's) is written.
    const apiRow = (rows: { description?: string }[]) => rows.find((r) => r.description?.endsWith(" · api"));
    const shown = ui.picks.length;
    ui.answers = [apiRow, "#1 Read the issue and collect the facts it states.", "in_progress"];
    expect(await commands.advance()).toBe(true);
    expect(ui.picks[shown]!.map((r) => [r.label, r.description])).toEqual([
      [`Triage a new issue (${runId})`, "in_progress · flow_triage_issue@1.2.0 · api"],
      [`Triage a new issue (${runId})`, "in_progress · flow_triage_issue@1.2.0 · docs"],
    ]);
    expect(eventsOf(api, runId).map((e) => e.type)).toEqual(["run_started", "step_advanced"]);
    expect(eventsOf(docs, runId).map((e) => e.type)).toEqual(["run_started", "step_advanced"]);
  });

  test("approvals: the view groups them by folder; deciding one writes its folder's ledger with that folder's policy", async () => {
    const { api, docs, runs, commands } = twoFolders();
    ui.answers = ["api", "Triage a new issue", "1.2.0"];
    await commands.start();
    ui.answers = ["docs", "Draft release notes", "0.3.0"];
    await commands.start();
    const apiRun = runs.all(api)[0]!.runId;
    const docsRun = runs.all(docs)[0]!.runId;
    ui.answers = ["step", "high", "check the labels"];
    expect(await commands.requestApproval({ kind: "step", runId: apiRun, stepId: "flow_triage_issue#3", root: api })).toBe(true);
    ui.answers = ["tool call", "github.post_comment", '{"issue": 1}', "medium", "post the notes"];
    expect(await commands.requestApproval({ kind: "step", runId: docsRun, stepId: "flow_release_notes#1", root: docs })).toBe(true);

    const tree = new ApprovalsTree(runs);
    const folders = tree.getChildren();
    expect(folders.map((n) => tree.getTreeItem(n)).map((i) => [i.label, i.description, i.contextValue])).toEqual([
      ["api", "1 pending", "flowgate.folder"],
      ["docs", "1 pending", "flowgate.folder"],
    ]);
    const [apiRows, docsRows] = folders.map((f) => tree.getChildren(f));
    expect(apiRows!.map((n) => tree.getTreeItem(n).label)).toEqual(["step flow_triage_issue#3"]);
    expect(docsRows!.map((n) => tree.getTreeItem(n).label)).toEqual(["tool github.post_comment"]);
    // Ids carry the folder (unique in the view even for the same run in two checkouts).
    expect(tree.getTreeItem(docsRows![0]!).id).toMatch(new RegExp(`^${docs.replace(/[/\\.]/g, "\\$&")}\\|approval:appr_`));
    expect(tree.getParent(docsRows![0]!)).toEqual({ kind: "folder", root: docs });

    // Bob decides the docs approval from its row: only docs' ledger gets the decision.
    settings["flowgate.actor"] = "bob@example.com";
    const bob = new LedgerCommands(new Workspace(), runs);
    ui.answers = ["looks right"];
    expect(await bob.decide(docsRows![0] as never, "approve")).toBe(true);
    expect(eventsOf(docs, docsRun).at(-1)).toMatchObject({ type: "approval_decided", actor: "bob@example.com", payload: { decision: "approve", comment: "looks right" } });
    expect(eventsOf(api, apiRun).map((e) => e.type)).toEqual(["run_started", "approval_requested"]);

    // api's own policy now refuses writes: deciding api's approval is refused there, whatever docs allows.
    writeFileSync(join(api, ".flowgate/policy.json"), JSON.stringify({ flow_run_writes_enabled: false }));
    ui.answers = [""];
    expect(await bob.decide(apiRows![0] as never, "approve")).toBe(false);
    expect(ui.messages.at(-1)!.text).toMatch(/^Flowgate refused \(FLOW_RUN_WRITES_DISABLED\)/);
    expect(eventsOf(api, apiRun).map((e) => e.type)).toEqual(["run_started", "approval_requested"]);
    writeFileSync(join(api, ".flowgate/policy.json"), JSON.stringify({ flow_run_writes_enabled: true }));

    // The palette's approval picker lists pending approvals of both folders, each naming its folder.
    ui.answers = [undefined];
    await bob.decide(undefined, "approve");
    expect(ui.picks.at(-1)!.map((r) => r.detail)).toEqual([expect.stringMatching(new RegExp(`^${apiRun} · appr_\\w+ · api$`))]);
  });

  test("Runs, Flows and Evidence views: a row per folder, each folder's rows from its own configuration", async () => {
    const { api, docs, workspace, runs, commands } = twoFolders();
    ui.answers = ["docs", "Draft release notes", "0.3.0"];
    await commands.start();

    const runsTree = new RunsTree(runs);
    const runFolders = runsTree.getChildren();
    expect(runFolders.map((n) => runsTree.getTreeItem(n)).map((i) => [i.label, i.description, i.tooltip])).toEqual([
      ["api", "0 runs", api],
      ["docs", "1 run", docs],
    ]);
    const [docsRun] = runsTree.getChildren(runFolders[1]);
    const runItem = runsTree.getTreeItem(docsRun!);
    expect(runItem.label).toBe("Draft release notes");
    expect(runItem.resourceUri!.fsPath).toBe(join(docs, ".flowgate/runs", `${(docsRun as { runId: string }).runId}.jsonl`));
    expect(runsTree.getChildren(docsRun).map((n) => runsTree.getTreeItem(n).id)).toEqual([1, 2].map((n) => `${docs}|run:${(docsRun as { runId: string }).runId}/flow_release_notes#${n}`));

    const flows = new FlowsTree(workspace, runs);
    const flowFolders = flows.getChildren();
    expect(flowFolders.map((f) => flows.getChildren(f).map((n) => flows.getTreeItem(n).label))).toEqual([["Triage a new issue"], ["Draft release notes"]]);
    const [release] = flows.getChildren(flowFolders[1]);
    const [version] = flows.getChildren(release);
    expect(flows.getTreeItem(version!).resourceUri!.fsPath).toBe(join(docs, "process/release.json"));
    expect(flows.getTreeItem(release!).id).toBe(`${docs}|flow:flow_release_notes`);

    const evidence = new EvidenceTree(workspace);
    const evidenceFolders = evidence.getChildren();
    expect(evidenceFolders.map((f) => evidence.getTreeItem(f).description)).toEqual(["0 bundles", "1 bundle"]);
    const [bundle] = evidence.getChildren(evidenceFolders[1]);
    expect(bundle).toEqual({ kind: "evidence", file: "proofs/answer-run.evidence.json", root: docs });
    expect(evidence.getTreeItem(bundle!).resourceUri!.fsPath).toBe(join(docs, "proofs/answer-run.evidence.json"));
  });

  test("one folder: no folder rows, ids unchanged", async () => {
    const { api, runs, commands } = twoFolders();
    fakeWorkspace.workspaceFolders = [{ uri: Uri.file(api), name: "api", index: 0 }];
    ui.answers = ["Triage a new issue", "1.2.0"];
    expect(await commands.start()).toBe(true);
    const tree = new RunsTree(runs);
    const [run] = tree.getChildren();
    expect(run).toMatchObject({ kind: "run", root: api });
    expect(tree.getTreeItem(run!).id).toBe(`run:${(run as { runId: string }).runId}`);
  });
});
