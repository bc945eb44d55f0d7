// Flowgate's packaged .vsix in a real VS Code (code-server 4.139 = VS Code 1.139 on Node 24), used as a
// person would: keyboard, command palette, views, quick fixes, webviews. Each workspace is a fresh copy
// of examples/ with its own code-server; every step leaves a screenshot under test-output/e2e/<workspace>/.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listApprovals, listRuns, verifyLedger } from "../../core/ledger/index";
import { clickDialogButton, dialogContent, extensionUnderTest, ledgerEventsOf as ledgerEvents, ROOT, type ProblemRow, shotOnFailure as screenshotOnFailure, startRunFromPalette, VsCode } from "./harness";

/** The actor the tests decide approvals as (not the requester of any planted approval). */
const REVIEWER = "e2e-reviewer@example.com";
const STEP_TIMEOUT = 180_000;
const BYPASS = "bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.";

/** The boundary violations planted in examples/agent/ (examples/README.md lists them), as the Problems panel shows them. */
const PLANTED_VIOLATIONS: Omit<ProblemRow, "source">[] = [
  { file: "agent/llm.py", severity: "Error", code: "scan/model-sdk", line: 16, column: 14, message: `\`OpenAI\` (openai.OpenAI) calls a model provider directly, ${BYPASS}` },
  { file: "agent/models.ts", severity: "Error", code: "scan/model-sdk", line: 11, column: 25, message: `\`new Anthropic\` (@anthropic-ai/sdk) calls a model provider directly, ${BYPASS}` },
  { file: "agent/models.ts", severity: "Info", code: "scan/unused-suppression", line: 18, column: 4, message: "`flowgate: ignore-next-line` suppresses nothing; remove it." },
  { file: "agent/planner.py", severity: "Error", code: "scan/shell-command", line: 24, column: 14, message: `\`sh\` (subprocess.run) starts a process directly, ${BYPASS}` },
  { file: "agent/planner.py", severity: "Error", code: "scan/network-call", line: 30, column: 5, message: `\`requests.post\` makes a network call directly, ${BYPASS}` },
  { file: "agent/tools.py", severity: "Error", code: "scan/shell-command", line: 21, column: 14, message: `\`os.system\` starts a process directly, ${BYPASS}` },
  { file: "agent/web.ts", severity: "Error", code: "scan/network-call", line: 19, column: 21, message: `\`fetch\` makes a network call directly, ${BYPASS}` },
  { file: "agent/web.ts", severity: "Error", code: "scan/shell-command", line: 25, column: 3, message: `\`shell\` (child_process.exec) starts a process directly, ${BYPASS}` },
];

/** The runs planted in examples/.flowgate/runs (examples/README.md), as the Runs view describes them (status first, the run id last); ids vary per rebuild. */
const PLANTED_RUNS = [
  { label: "Draft release notes", flow: "flow_release_notes", description: "done · v0.3.0" },
  { label: "Draft release notes", flow: "flow_release_notes", description: "in_progress · v0.3.0" },
  { label: "Triage a new issue", flow: "flow_triage_issue", description: "in_progress · v1.2.0" },
  { label: "Triage a new issue", flow: "flow_triage_issue", description: "in_progress · ledger problem · v1.2.0" },
];

/** `flowgate run verify <run>` (the CLI the repository ships) and the core verifier agree the chain is intact. */
function expectValidChain(workspace: string, runId: string): void {
  const cli = spawnSync(process.execPath, [join(ROOT, "dist", "cli.js"), "run", "verify", runId, "-C", workspace], { encoding: "utf8" });
  expect({ status: cli.status, stdout: cli.stdout, stderr: cli.stderr }).toEqual({ status: 0, stdout: "✓ flowgate passed: 0 errors, 0 warnings, 0 notes in 1 file\n", stderr: "" });
  expect(verifyLedger({ root: workspace, runIds: [runId] }).findings).toEqual([]);
}

/** The Problems panel filter showing examples/agent/ only. */
const AGENT_FILES = "**/agent/**";

const flowgateRows = (rows: ProblemRow[]) => rows.filter((r) => r.source === "flowgate").map(({ source: _source, ...rest }) => rest);

// The first run installs the host (measured: about 5 minutes on two cores); later runs find it cached.
const HOST_SETUP_TIMEOUT = 900_000;

let ext: ReturnType<typeof extensionUnderTest>;
beforeAll(() => void (ext = extensionUnderTest()), HOST_SETUP_TIMEOUT);
afterAll(() => ext?.cleanup());
const workspaceCopy = (label: string) => ext.workspaceCopy(label);

/** Opens `workspace` in its own code-server and waits until Flowgate's contributions are loaded. */
async function openWorkspace(label: string, workspace: string, trusted: boolean): Promise<VsCode> {
  const code = await VsCode.open(ext.host, { label, workspace, extensionsDir: ext.extensionsDir, trusted, settings: { "flowgate.actor": REVIEWER } });
  await code.activityBarItem("Flowgate").waitFor({ timeout: 60_000 });
  return code;
}

describe("Flowgate in a trusted workspace", () => {
  let code: VsCode;
  let workspace: string;

  beforeAll(async () => {
    workspace = workspaceCopy("trusted");
    code = await openWorkspace("trusted", workspace, true);
  });
  afterAll(async () => code?.close());
  beforeEach((context) => screenshotOnFailure(context, () => code));

  it("shows the planted boundary violations in the Problems panel after Scan Workspace", { timeout: STEP_TIMEOUT }, async () => {
    await code.command("Flowgate: Scan Workspace");
    await expect.poll(async () => flowgateRows(await code.problemRows(AGENT_FILES)), { timeout: 90_000 }).toEqual(PLANTED_VIOLATIONS);
    await code.shot("problems-panel");
  });

  it("fixes a violation with the quick fix (Ctrl+.) and the problem disappears", { timeout: STEP_TIMEOUT }, async () => {
    const tools = PLANTED_VIOLATIONS.find((v) => v.file === "agent/tools.py")!;
    await code.openFile("agent/tools.py");
    await code.quickFix(tools.line, tools.column, "Ignore this boundary call (scan/shell-command) on this line", "quick-fix");
    // Save until the edit has landed (a code action's edit applies asynchronously; under load a first Ctrl+S can come before it).
    await expect
      .poll(async () => {
        await code.press("Control+S");
        return readFileSync(join(workspace, "agent/tools.py"), "utf8").split("\n")[tools.line - 1];
      }, { timeout: 60_000, interval: 1_000 })
      .toBe('    status = os.system("du -sh " + path)  # flowgate: ignore-boundary -- TODO: why this call may bypass the tool gateway');
    await expect.poll(async () => flowgateRows(await code.problemRows(AGENT_FILES)), { timeout: 60_000 }).toEqual(PLANTED_VIOLATIONS.filter((v) => v !== tools));
    await code.shot("quick-fix-applied");
  });

  it("shows the runs in the Runs view, with each run's steps", { timeout: STEP_TIMEOUT }, async () => {
    await code.showContainer("Flowgate");
    await code.widenSideBar(560);
    const runsView = code.view("Runs");
    const runs = listRuns(workspace);
    const expected = PLANTED_RUNS.map((r) => {
      const run = runs.find((x) => x.flow_id === r.flow && r.description.startsWith(x.status) && r.description.includes("ledger problem") === x.damaged)!;
      return { label: r.label, description: `${r.description} · ${run.run_id}` };
    });
    const byRow = (a: { label: string; description: string }, b: { label: string; description: string }) => `${a.label} ${a.description}`.localeCompare(`${b.label} ${b.description}`);
    await expect.poll(async () => (await code.treeItems(runsView)).sort(byRow)).toEqual(expected.sort(byRow));
    // Open the run waiting for approval: its steps show status, verification and evidence.
    const waiting = runs.find((r) => r.flow_id === "flow_triage_issue" && !r.damaged)!;
    await code.treeRow(runsView, waiting.run_id).click();
    await expect
      .poll(async () => (await code.treeItems(runsView)).filter((item) => item.label.startsWith("#")))
      .toEqual([
        { label: `#1 ${waiting.steps[0]!.owned_job}`, description: "done · ✓ verified · artifact: out/triage/412/facts.md" },
        { label: `#2 ${waiting.steps[1]!.owned_job}`, description: "done · ✓ verified · test_result: out/triage/412/repro.log" },
        { label: `#3 ${waiting.steps[2]!.owned_job}`, description: "in_progress" },
      ]);
    await code.shot("runs-view");
  });

  it("approves the pending tool call from the Approvals view; the run's ledger records it on an intact chain", { timeout: STEP_TIMEOUT }, async () => {
    const pending = listApprovals(workspace, "PENDING").find((a) => a.tool === "github.post_comment")!;
    const runId = pending.run_id;
    const before = ledgerEvents(workspace, runId);
    const approvalsView = code.view("Approvals");
    const row = code.treeRow(approvalsView, "tool github.post_comment");
    await expect.poll(() => row.textContent()).toContain("pending 0/1 · high");
    expect(await row.textContent()).toContain("triage-bot@agents.example.com");
    await row.hover(); // shows its inline Approve / Deny actions
    await code.shot("approvals-view");
    await code.inlineAction(row, "Approve");
    // High risk: a review modal first (editor-ux.e2e.test.ts checks what it shows).
    expect((await dialogContent(code)).message).toBe("Approve the high-risk tool call github.post_comment?");
    await clickDialogButton(code, "Approve");
    await code.notifications(`approved ${pending.approval_id} as ${REVIEWER}`).waitFor();
    await expect.poll(() => row.textContent()).toContain("approved · high");
    const after = ledgerEvents(workspace, runId);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toMatchObject([
      { seq: before.length + 1, type: "approval_decided", actor: REVIEWER, payload: { approval_id: pending.approval_id, decision: "approve", reason: null }, prev: before.at(-1)!.hash },
    ]);
    expectValidChain(workspace, runId);
    await code.shot("approved");
  });

  it("denies the pending step review from the command palette with a reason", { timeout: STEP_TIMEOUT }, async () => {
    const pending = listApprovals(workspace, "PENDING").find((a) => a.step_id === "flow_release_notes#2")!;
    const before = ledgerEvents(workspace, pending.run_id);
    await code.command("Flowgate: Deny…");
    await code.pick(`step flow_release_notes#2: ${pending.reason}`);
    await code.answer("The notes miss the breaking change in the config loader.");
    await code.answer(""); // no comment
    await code.notifications(`denied ${pending.approval_id} as ${REVIEWER}`).waitFor();
    const after = ledgerEvents(workspace, pending.run_id);
    expect(after.slice(before.length)).toMatchObject([
      { type: "approval_decided", actor: REVIEWER, payload: { approval_id: pending.approval_id, decision: "deny", reason: "The notes miss the breaking change in the config loader." } },
    ]);
    expectValidChain(workspace, pending.run_id);
    await expect.poll(() => code.treeRow(code.view("Approvals"), pending.reason).textContent()).toContain("denied · medium");
    await code.shot("denied");
  });

  it("starts a run, then refuses to advance a step out of order with the refusal's code", { timeout: STEP_TIMEOUT }, async () => {
    await code.clearNotifications();
    const existing = new Set(readdirSync(join(workspace, ".flowgate", "runs")));
    const runId = await startRunFromPalette(code, "Triage a new issue", "flow_triage_issue", "1.2.0");
    expect(readdirSync(join(workspace, ".flowgate", "runs")).filter((f) => !existing.has(f))).toEqual([`${runId}.jsonl`]);
    const before = ledgerEvents(workspace, runId);
    expect(before.map((e) => e.type)).toEqual(["run_started"]);

    await code.command("Flowgate: Advance Step…");
    await code.pick(runId);
    await code.pick("#2 "); // marked refused: picking it shows the refusal in full, before asking for a status
    expect((await dialogContent(code)).message).toBe("Flowgate refused (FLOW_STEP_OUT_OF_ORDER): step flow_triage_issue#2 is past the frontier; step #1 must be done or skipped first");
    await code.shot("refused-out-of-order");
    await clickDialogButton(code, "Cancel");
    expect(ledgerEvents(workspace, runId)).toEqual(before);
  });

  it("opens the evidence report webview of a bundle from the Evidence view", { timeout: STEP_TIMEOUT }, async () => {
    await code.clearNotifications();
    await code.command("View: Hide Panel"); // the report gets the whole editor area
    const evidenceView = code.view("Evidence");
    const bundle = code.treeRow(evidenceView, "refund-run.evidence.json");
    await code.inlineAction(bundle, "Open Evidence Report");
    await code.page.locator(".tabs-container .tab.active", { hasText: "Evidence: refund-run.evidence.json" }).waitFor();
    const report = code.webview();
    await expect.poll(() => report.locator("h1").textContent()).toBe("Evidence: refund-run.evidence.json");
    expect(await report.locator("h2").allTextContents()).toEqual(expect.arrayContaining(["Verdict", "Timeline", "Steps", "Approvals", "Costs"]));
    const verdict = await report.locator("section", { has: code.page.locator("h2", { hasText: "Verdict" }) }).textContent();
    for (const rule of ["evidence/approval-pending", "evidence/high-risk-approval-undecided", "evidence/run-not-completed"]) expect(verdict).toContain(rule);
    expect(await report.locator("section", { has: code.page.locator("h2", { hasText: "Approvals" }) }).textContent()).toContain("payments.refund");
    // Strict CSP: no remote (or any http) source is allowed.
    const csp = await report.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:/);
    await code.shot("evidence-report");
  });
});

describe("Flowgate in Restricted Mode (workspace trust on, folder not trusted)", () => {
  let code: VsCode;
  let workspace: string;

  beforeAll(async () => {
    workspace = workspaceCopy("restricted");
    code = await openWorkspace("restricted", workspace, false);
  });
  afterAll(async () => code?.close());
  beforeEach((context) => screenshotOnFailure(context, () => code));

  it("still shows boundary diagnostics but refuses to approve, leaving every ledger untouched", { timeout: STEP_TIMEOUT }, async () => {
    await code.page.locator(".statusbar-item", { hasText: "Restricted Mode" }).waitFor();
    await code.command("Flowgate: Scan Workspace");
    await expect.poll(async () => flowgateRows(await code.problemRows(AGENT_FILES)), { timeout: 90_000 }).toEqual(PLANTED_VIOLATIONS);

    const runsDir = join(workspace, ".flowgate", "runs");
    const ledgers = () => readdirSync(runsDir).map((file) => [file, readFileSync(join(runsDir, file), "utf8")]);
    const before = ledgers();
    const pending = listApprovals(workspace, "PENDING").find((a) => a.tool === "github.post_comment")!;
    await code.showContainer("Flowgate");
    await code.widenSideBar(560);
    // Inline Approve is hidden in Restricted Mode; the palette command refuses.
    await code.command("Flowgate: Approve");
    expect((await dialogContent(code)).message).toBe(
      "Flowgate: this workspace is in Restricted Mode, so run ledgers are read-only here. Trust the workspace (Manage Workspace Trust) to start runs, advance steps or decide approvals.",
    );
    await code.shot("restricted-mode");
    await clickDialogButton(code, "Cancel");
    expect(ledgers()).toEqual(before);
    expect(listApprovals(workspace, "PENDING").map((a) => a.approval_id)).toContain(pending.approval_id);
  });
});

