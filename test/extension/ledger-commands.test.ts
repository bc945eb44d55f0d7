import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { verifyLedger } from "../../core/ledger/index";
import { LedgerCommands, RESTRICTED_MESSAGE } from "../../extension/commands/ledgerCommands";
import { RunCache } from "../../extension/runCache";
import { ApprovalsTree } from "../../extension/views/approvalsTree";
import { RunsTree } from "../../extension/views/runsTree";
import type { FolderState, Workspace } from "../../extension/workspace";
import { ui } from "./fake-vscode";

import { workspaceOf } from "./helpers";

vi.mock("vscode", () => import("./fake-vscode"));

const EXAMPLES = join(import.meta.dirname, "../../examples");

/** A workspace with the triage flow and run writes enabled by policy, seen through a minimal Workspace. */
function setup(actor: string, trusted = true) {
  const root = mkdtempSync(join(tmpdir(), "flowgate-ext-ledger-"));
  mkdirSync(join(root, "flows"));
  cpSync(join(EXAMPLES, "flows/triage-issue.flow.yaml"), join(root, "flows/triage-issue.flow.yaml"));
  mkdirSync(join(root, ".flowgate"));
  writeFileSync(join(root, ".flowgate/policy.json"), JSON.stringify({ flow_run_writes_enabled: true }));
  const state = { root, config: DEFAULT_CONFIG, folder: { uri: { fsPath: root } } } as unknown as FolderState;
  const who = { actor };
  const workspace = workspaceOf([state], { trusted, actor: () => who.actor });
  const runs = new RunCache(workspace);
  return { root, who, runs, commands: new LedgerCommands(workspace, runs) };
}

const lastMessage = () => ui.messages[ui.messages.length - 1];
const ledgerLines = (root: string) => {
  const dir = join(root, ".flowgate/runs");
  return readFileSync(join(dir, readdirSync(dir)[0]!), "utf8").trim().split("\n").map((l) => JSON.parse(l));
};

beforeEach(() => ui.reset());

describe("ledger commands through the core API", () => {
  test("start (flow, then version), then a refusal with its code when advancing out of order", async () => {
    const { root, runs, commands } = setup("alice@example.com");
    ui.answers = ["Triage a new issue", "1.2.0"];
    expect(await commands.start()).toBe(true);
    const run = runs.all()[0]!.fold.run!;
    expect(lastMessage()).toEqual({ level: "info", text: `Flowgate: started ${run.run_id} pinned to flow_triage_issue@1.2.0.` });

    ui.answers = ["done"];
    expect(await commands.advance({ kind: "step", runId: run.run_id, stepId: "flow_triage_issue#2" })).toBe(false);
    expect(lastMessage()!.level).toBe("error");
    expect(lastMessage()!.text).toMatch(/^Flowgate refused \(FLOW_STEP_OUT_OF_ORDER\): /);
    expect(ledgerLines(root).map((e) => e.type)).toEqual(["run_started"]);
  });

  test("approving your own request is refused and the message says why; another person's approval is recorded with a valid chain", async () => {
    const { root, who, runs, commands } = setup("alice@example.com");
    ui.answers = ["Triage a new issue", "1.2.0"];
    await commands.start();
    const runId = runs.all()[0]!.fold.run!.run_id;
    for (const [ordinal, evidence] of [[1, "facts.md"], [2, "repro.log"]] as const) {
      const node = { kind: "step" as const, runId, stepId: `flow_triage_issue#${ordinal}` };
      ui.answers = ["in_progress"];
      expect(await commands.advance(node)).toBe(true);
      writeFileSync(join(root, evidence), "recorded\n"); // an existing workspace file: no missing-path warning
      ui.answers = [ordinal === 1 ? "artifact" : "test_result", evidence];
      expect(await commands.evidence(node)).toBe(true);
      ui.answers = ["done"];
      expect(await commands.advance(node)).toBe(true);
    }
    ui.answers = ["step", "high", "a maintainer must confirm the labels"];
    expect(await commands.requestApproval({ kind: "step", runId, stepId: "flow_triage_issue#3" })).toBe(true);
    const approvalId = runs.get(runId)!.fold.run!.approvals[0]!.approval_id;

    expect(await commands.decide({ kind: "approval", runId, approvalId }, "approve")).toBe(false);
    expect(lastMessage()!.text).toMatch(/^Flowgate refused \(FLOW_SELF_APPROVAL_DENIED\): .*alice@example\.com/);

    who.actor = "carol@example.com";
    ui.answers = ["Approve"]; // the high-risk review's modal
    expect(await commands.decide({ kind: "approval", runId, approvalId }, "approve")).toBe(true);
    expect(lastMessage()).toEqual({ level: "info", text: `Flowgate: approved ${approvalId} as carol@example.com.` });
    const decided = ledgerLines(root).at(-1);
    expect([decided.type, decided.actor, decided.payload.decision]).toEqual(["approval_decided", "carol@example.com", "approve"]);
    expect(verifyLedger({ root }).findings).toEqual([]);
  });

  test("deny asks for a reason; cancelling the prompt writes nothing; the reason is recorded", async () => {
    const { root, who, runs, commands } = setup("alice@example.com");
    ui.answers = ["Triage a new issue", "1.2.0"];
    await commands.start();
    const runId = runs.all()[0]!.fold.run!.run_id;
    ui.answers = ["tool call", "github_write", '{"labels":["bug"]}', "medium", "label the issue"];
    expect(await commands.requestApproval({ kind: "step", runId, stepId: "flow_triage_issue#1" })).toBe(true);
    who.actor = "dave@example.com";
    const approvalId = runs.get(runId)!.fold.run!.approvals[0]!.approval_id;
    ui.answers = [undefined];
    expect(await commands.decide({ kind: "approval", runId, approvalId }, "deny")).toBe(false);
    expect(ledgerLines(root).map((e) => e.type)).toEqual(["run_started", "approval_requested"]);
    ui.answers = ["labels are decided by triage, not by agents", ""]; // the reason, then no comment
    expect(await commands.decide({ kind: "approval", runId, approvalId }, "deny")).toBe(true);
    expect(ledgerLines(root).at(-1).payload).toEqual({ approval_id: approvalId, decision: "deny", reason: "labels are decided by triage, not by agents" });
  });

  test("Attach Evidence warns when an artifact path does not exist; attached anyway, the ledger records ref_exists: false (issue #14 item 7)", async () => {
    const { root, runs, commands } = setup("alice@example.com");
    ui.answers = ["Triage a new issue", "1.2.0"];
    await commands.start();
    const runId = runs.all()[0]!.fold.run!.run_id;
    const node = { kind: "step" as const, runId, stepId: "flow_triage_issue#1" };
    ui.answers = ["artifact", "out/typo.md", undefined]; // the warning dismissed: nothing written
    expect(await commands.evidence(node)).toBe(false);
    expect(ui.warnings).toEqual([{ text: "out/typo.md does not exist in this workspace.", detail: "Attach it anyway and the ledger records that the artifact did not exist when it was attached (ref_exists: false).", buttons: ["Attach Anyway"] }]);
    expect(ledgerLines(root).map((e) => e.type)).toEqual(["run_started"]);
    ui.answers = ["artifact", "out/typo.md", "Attach Anyway"];
    expect(await commands.evidence(node)).toBe(true);
    expect(ledgerLines(root).at(-1).payload).toEqual({ step_id: "flow_triage_issue#1", pointer_kind: "artifact", ref: "out/typo.md", ref_exists: false });
    // A path that exists attaches without a warning.
    mkdirSync(join(root, "out"));
    writeFileSync(join(root, "out/facts.md"), "facts");
    ui.warnings = [];
    ui.answers = ["artifact", "out/facts.md"];
    expect(await commands.evidence(node)).toBe(true);
    expect(ui.warnings).toEqual([]);
  });

  test("a refused step or status is marked in the picker with the core's reason; picking it shows the refusal with its next step (issue #14 items 3, 4)", async () => {
    const { runs, commands } = setup("alice@example.com");
    ui.answers = ["Triage a new issue", "1.2.0"];
    await commands.start();
    const run = runs.all()[0]!.fold.run!;
    ui.picks = [];
    ui.answers = [`${run.flow_title} (${run.run_id})`, undefined]; // the run, then Escape in the step picker
    expect(await commands.advance()).toBe(false);
    const steps = ui.picks[1]!;
    expect(steps.map((r) => [r.label.replace(/ .*$/, ""), r.kind])).toEqual([["#1", undefined], ["not", -1], ["$(circle-slash)", undefined], ["$(circle-slash)", undefined]]);
    expect(steps[2]!.detail).toBe("FLOW_STEP_OUT_OF_ORDER: step flow_triage_issue#2 is past the frontier; step #1 must be done or skipped first");
    // From the step node, `done` is refused (not verified); picking it offers Attach Evidence….
    ui.answers = ["$(circle-slash) done"];
    expect(await commands.advance({ kind: "step", runId: run.run_id, stepId: "flow_triage_issue#1" })).toBe(false);
    expect(ui.dialogs.at(-1)).toEqual({ text: "Flowgate refused (FLOW_VERIFICATION_UNSATISFIED): step flow_triage_issue#1 requires evidence and is not verified; it needs verified evidence before done", detail: "Next: Attach Evidence.", buttons: ["Attach Evidence…"] });
  });

  test("cancel asks for confirmation; a cancelled run refuses later writes", async () => {
    const { runs, commands } = setup("alice@example.com");
    ui.answers = ["Triage a new issue", "1.2.0"];
    await commands.start();
    const runId = runs.all()[0]!.fold.run!.run_id;
    ui.answers = [undefined];
    expect(await commands.cancel({ kind: "run", runId })).toBe(false);
    expect(runs.get(runId)!.fold.run!.status).toBe("in_progress");
    ui.answers = ["Cancel Run", "superseded by a new issue"];
    expect(await commands.cancel({ kind: "run", runId })).toBe(true);
    expect(runs.get(runId)!.fold.run!.status).toBe("cancelled");
    ui.answers = ["in_progress"];
    expect(await commands.advance({ kind: "step", runId, stepId: "flow_triage_issue#1" })).toBe(false);
    expect(lastMessage()!.text).toMatch(/^Flowgate refused \(FLOW_RUN_NOT_IN_PROGRESS\): /);
  });

  test("mint consent: refused with its code while automatable execution is off; then the policy's lanes are offered, the cap recorded, the id shown", async () => {
    const { root, runs, commands } = setup("alice@example.com");
    ui.answers = ["Triage a new issue", "1.2.0"];
    await commands.start();
    const runId = runs.all()[0]!.fold.run!.run_id;
    ui.answers = [["local_default"], "50", ""];
    expect(await commands.consent({ kind: "run", runId })).toBe(false);
    expect(lastMessage()!.text).toMatch(/^Flowgate refused \(FLOW_AUTOMATABLE_EXECUTION_DISABLED\): /);
    writeFileSync(join(root, ".flowgate/policy.json"), JSON.stringify({ flow_run_writes_enabled: true, execution: { automatable_enabled: true, allowed_lanes: ["default", "fast"], default_cost_cap_units: 100 } }));
    ui.answers = [["default", "fast"], "50", ""];
    expect(await commands.consent({ kind: "run", runId })).toBe(true);
    const minted = ledgerLines(root).at(-1);
    expect(minted.type).toBe("consent_minted");
    expect([minted.payload.allowed_lanes, minted.payload.cost_cap_units]).toEqual([["default", "fast"], 50]);
    expect(lastMessage()!.text).toBe(`Flowgate: consent ${minted.payload.consent_id} minted for ${runId}; it is checked on every execution (lanes, cost cap, expiry).`);
  });

  test("the Runs and Approvals views show what the commands wrote: stable ids, frontier and pending context values", async () => {
    const { runs, commands, who } = setup("alice@example.com");
    ui.answers = ["Triage a new issue", "1.2.0"];
    await commands.start();
    const runId = runs.all()[0]!.fold.run!.run_id;
    ui.answers = ["step", "high", "check the labels"];
    await commands.requestApproval({ kind: "step", runId, stepId: "flow_triage_issue#3" });

    const tree = new RunsTree(runs);
    const [runNode] = tree.getChildren();
    const runItem = tree.getTreeItem(runNode!);
    expect([runItem.id, runItem.contextValue, runItem.description]).toEqual([`run:${runId}`, "flowgate.run.active", `in_progress · v1.2.0 · ${runId}`]);
    expect(runItem.resourceUri!.fsPath.endsWith(`.flowgate/runs/${runId}.jsonl`)).toBe(true);
    const steps = tree.getChildren(runNode).map((n) => tree.getTreeItem(n));
    expect(steps.map((i) => [i.id, i.contextValue])).toEqual([
      [`run:${runId}/flow_triage_issue#1`, "flowgate.step.frontier"],
      [`run:${runId}/flow_triage_issue#2`, "flowgate.step"],
      [`run:${runId}/flow_triage_issue#3`, "flowgate.step"],
    ]);

    const approvals = new ApprovalsTree(runs);
    const [approvalNode] = approvals.getChildren();
    const item = approvals.getTreeItem(approvalNode!);
    expect(item.contextValue).toBe("flowgate.approval.pending");
    expect(item.label).toBe("step flow_triage_issue#3");
    expect(String(item.description)).toMatch(/^pending 0\/1 · high · just now · check the labels · alice@example\.com$/);

    who.actor = "bob@example.com";
    ui.answers = ["Approve"];
    await commands.decide(approvalNode as never, "approve");
    expect(approvals.getTreeItem(approvals.getChildren()[0]!).contextValue).toBe("flowgate.approval.decided");
  });

  test("Restricted Mode: every write is refused with a clear message and nothing is written", async () => {
    const { root, commands } = setup("alice@example.com", false);
    ui.answers = ["Triage a new issue", "1.2.0"];
    expect(await commands.start()).toBe(false);
    expect(lastMessage()).toEqual({ level: "error", text: RESTRICTED_MESSAGE });
    // Refused before any prompt: the fake throws if a quick pick or input box is shown without an answer.
    ui.answers = [];
    for (const write of [() => commands.decide(undefined, "approve"), () => commands.decide(undefined, "deny"), () => commands.advance(), () => commands.cancel()]) {
      ui.messages = [];
      expect(await write()).toBe(false);
      expect(ui.messages).toEqual([{ level: "error", text: RESTRICTED_MESSAGE }]);
    }
    expect(existsSync(join(root, ".flowgate/runs"))).toBe(false);
  });

  test("without an actor nothing is written and the message says how to set one", async () => {
    const { root, commands } = setup("");
    ui.answers = ["Triage a new issue", "1.2.0"];
    expect(await commands.start()).toBe(false);
    expect(lastMessage()!.text).toContain("Set `flowgate.actor`");
    expect(existsSync(join(root, ".flowgate/runs"))).toBe(false);
  });
});
