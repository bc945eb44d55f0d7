// Issue #14 in a real VS Code (code-server, the packaged .vsix, a fresh copy of examples/): approving with
// eyes open, pickers that offer only what the core accepts, refusals in full with next steps, Restricted
// Mode, and the start-up status. Screenshots under test-output/e2e/editor-ux*/ (scripts/screenshots.mjs
// copies the README's into docs/screenshots).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { evaluateBundle } from "../../core/evidence/evaluate";
import { listApprovals, listRuns } from "../../core/ledger/index";
import { clickDialogButton, dialog, dialogContent, extensionUnderTest, extensionLog, hoverText, ledgerEventsOf as ledgerEvents, OUTPUT_DIR, quickPickRows, shotOnFailure as screenshotOnFailure, startRunFromPalette, statusBarItem, VsCode } from "./harness";

const REVIEWER = "e2e-reviewer@example.com";
const STEP_TIMEOUT = 180_000;
const HOST_SETUP_TIMEOUT = 900_000;

let ext: ReturnType<typeof extensionUnderTest>;
beforeAll(() => void (ext = extensionUnderTest()), HOST_SETUP_TIMEOUT);
afterAll(() => ext?.cleanup());

/** The bound arguments of the planted github.post_comment approval, pretty-printed (whitespace-normalized: dialogs and hovers wrap). */
const GITHUB_ARGS = '{ "body": "Reproduced on 2.3.1 (Linux, Node 20).", "issue": 412, "labels": [ "bug", "needs-repro" ] }';
const norm = (text: string) => text.replace(/\s+/g, " ").trim();

describe("editor UX in a trusted workspace (issue #14)", () => {
  let code: VsCode;
  let workspace: string;
  /** Status-bar texts seen from the workbench's first paint until the first gate result (item 10). */
  const startup: { text: string; ms: number }[] = [];

  beforeAll(async () => {
    workspace = ext.workspaceCopy("editor-ux");
    const opened = Date.now();
    code = await VsCode.open(ext.host, { label: "editor-ux", workspace, extensionsDir: ext.extensionsDir, trusted: true, settings: { "flowgate.actor": REVIEWER } });
    const workbench = Date.now();
    // Sample the Flowgate status bar entry until it shows a result (✓ or ✗ with counts).
    for (let i = 0; i < 1200; i++) {
      const item = statusBarItem(code, "Flowgate").first();
      const text = (await item.isVisible()) ? ((await item.getAttribute("aria-label")) ?? (await item.innerText())).trim() : "";
      if (text && startup.at(-1)?.text !== text) startup.push({ text, ms: Date.now() - workbench });
      if (/Flowgate \d|✓|passing|failing/.test(text)) break;
      await code.page.waitForTimeout(100);
    }
    writeFileSync(join(OUTPUT_DIR, "editor-ux-startup.json"), JSON.stringify({ workbenchAfterMs: workbench - opened, statusBar: startup }, null, 2));
  }, HOST_SETUP_TIMEOUT);
  afterAll(async () => code?.close());
  beforeEach((context) => screenshotOnFailure(context, () => code));

  it("item 10: the status bar says scanning… (never a pass) until the first gate result", { timeout: STEP_TIMEOUT }, async () => {
    const texts = startup.map((s) => s.text);
    // Before the result, only the neutral scanning state was ever shown; then the planted errors.
    const result = texts.findIndex((t) => /Flowgate \d/.test(t));
    expect(result).toBeGreaterThan(0);
    expect(texts.slice(0, result).every((t) => /scanning/.test(t))).toBe(true);
    expect(texts.some((t) => /check|passing/.test(t))).toBe(false);
    await code.shot("startup-result");
    // Where the time went, as the extension logs it (activation, loading the core, the start-up scan).
    let log = "";
    await expect.poll(() => (log = extensionLog(code, "Flowgate")), { timeout: 30_000 }).toMatch(/start-up scan done: \d+ ms scanning, \d+ ms after the host was ready/);
    const timings = log.split("\n").filter((l) => /activated in|core loaded in|start-up scan/.test(l));
    writeFileSync(join(OUTPUT_DIR, "editor-ux-startup-log.json"), JSON.stringify(timings, null, 2));
  });

  it("item 6: at the default side-bar width rows lead with status; a forged run's tooltip names its ledger problem; Flows shows errors; Start Run says why a flow is not offered", { timeout: STEP_TIMEOUT }, async () => {
    await code.showContainer("Flowgate");
    const runsView = code.view("Runs");
    await expect.poll(async () => (await code.treeItems(runsView)).length, { timeout: 60_000 }).toBe(4);
    for (const item of await code.treeItems(runsView)) expect(item.description).toMatch(/^(in_progress|done|cancelled)( · ledger problem)? · v\d+\.\d+\.\d+ · run_\w+$/);
    const forged = listRuns(workspace).find((r) => r.damaged)!;
    // Hover until the row's own tooltip is the one showing (another hover can linger under load).
    await expect
      .poll(async () => norm(await hoverText(code, code.treeRow(runsView, forged.run_id))), { timeout: 60_000 })
      .toContain("⚠ ledger problem: event seq 2 would have been refused with FLOW_VERIFICATION_UNSATISFIED: step flow_triage_issue#1 requires evidence and is not verified");
    await code.shot("views-default-width");
    await code.press("Escape");
    const hotfix = code.treeRow(code.view("Flows"), "Deploy a hotfix");
    await expect.poll(async () => (await code.treeItems(code.view("Flows"))).find((i) => i.label === "Deploy a hotfix")?.description ?? "").toMatch(/^✗ \d+ errors? · 1\.0 · flow_deploy_hotfix$/);
    // The broken file's Problems decoration (colour and count badge), as the Evidence view's bundles have.
    await expect.poll(() => hotfix.locator('[class*="monaco-decoration"]').count()).toBeGreaterThan(0);
    await code.command("Flowgate: Start Run…");
    // The three example flows rendered (and stable), not a list still filling in.
    const EXAMPLE_FLOWS = ["Deploy a hotfix", "Draft release notes", "Triage a new issue"];
    const flows = await quickPickRows(code, { ready: (rows) => EXAMPLE_FLOWS.every((title) => rows.some((r) => r.text.includes(title))), what: `the flows ${EXAMPLE_FLOWS.join(", ")}` });
    const broken = flows.find((r) => r.text.includes("Deploy a hotfix"))!;
    expect(broken.disabled).toBe(true);
    expect(broken.text).toContain("unknown_flow: no version of flow_deploy_hotfix validates (1.0:");
    expect(flows.filter((r) => !r.disabled).map((r) => r.label).sort()).toEqual(["Draft release notes", "Triage a new issue"]);
    await code.shot("start-run-not-offered");
    await code.press("Escape");
  });

  it("item 5: every 'did you mean' and the loose version are fixed with Ctrl+.; the block list stays a block list and the comment survives", { timeout: STEP_TIMEOUT }, async () => {
    const file = join(workspace, "flows/deploy-hotfix.flow.yaml");
    const original = readFileSync(file, "utf8");
    await code.openFile("flows/deploy-hotfix.flow.yaml");
    // The file's findings are in (quick fixes come from them).
    await expect.poll(async () => (await code.problemRows("deploy-hotfix")).some((r) => r.code === "flow/invalid-enum"), { timeout: 90_000 }).toBe(true);
    await code.quickFix(6, 12, "Change flow.version to 1.0.0");
    await code.quickFix(24, 5, "Rename `when_to_run` to `when_not_to_run`", "quick-fix-did-you-mean");
    await code.quickFix(59, 13, "to `human_review`");
    await code.quickFix(10, 7, "Rewrite flow.steps from the step records");
    const expected = original
      .replace('  version: "1.0"', '  version: "1.0.0"')
      .replace("    when_to_run: Never without", "    when_not_to_run: Never without")
      .replace("      kind: human_reveiw", "      kind: human_review")
      .replace("    - flow_deploy_hotfix#1\n    - flow_deploy_hotfix#3\n    - flow_deploy_hotfix#2", "    - flow_deploy_hotfix#1\n    - flow_deploy_hotfix#2\n    - flow_deploy_hotfix#3");
    expect(expected).not.toBe(original);
    // Save until the last edit has landed (a code action's edit applies asynchronously).
    await expect
      .poll(async () => {
        await code.press("Control+S");
        return readFileSync(file, "utf8");
      }, { timeout: 60_000, interval: 1_000 })
      .toBe(expected);
  });

  it("item 5: 'Ignore all 2 boundary calls in this file' writes the suppression on each flagged line of agent/planner.py; saved, the file has no boundary findings", { timeout: STEP_TIMEOUT }, async () => {
    const file = join(workspace, "agent/planner.py");
    const original = readFileSync(file, "utf8");
    await code.openFile("agent/planner.py");
    const boundary = async () => (await code.problemRows("planner.py")).filter((r) => r.code.startsWith("scan/")).map((r) => `${r.line}:${r.column} ${r.code}`);
    await expect.poll(boundary, { timeout: 90_000 }).toEqual(["24:14 scan/shell-command", "30:5 scan/network-call"]);
    const fix = code.page.locator(".action-widget .monaco-list-row", { hasText: "Ignore all 2 boundary calls in this file" });
    await expect
      .poll(
        async () => {
          if (await code.page.locator(".action-widget").first().isVisible()) await code.press("Escape");
          await code.goToLine(24, 14);
          await code.press("Control+.");
          return fix.waitFor({ timeout: 10_000 }).then(() => true, () => false);
        },
        { timeout: 90_000, interval: 1_000 },
      )
      .toBe(true);
    await code.shot("quick-fix-ignore-in-file");
    await fix.click();
    await fix.waitFor({ state: "hidden" });
    await code.press("Escape"); // leave the snippet's placeholder
    const comment = "  # flowgate: ignore-boundary -- TODO: why this call may bypass the tool gateway";
    const lines = original.split("\n");
    lines[23] += comment;
    lines[29] += comment;
    await expect
      .poll(async () => {
        await code.press("Control+S");
        return readFileSync(file, "utf8");
      }, { timeout: 60_000, interval: 1_000 })
      .toBe(lines.join("\n"));
    await expect.poll(boundary, { timeout: 90_000 }).toEqual([]);
  });

  it("item 7: the report's Verdict positions open the bundle at the finding; its times are local with the UTC value in the title", { timeout: STEP_TIMEOUT }, async () => {
    const bundleFile = "evidence/refund-run.evidence.json";
    const findings = evaluateBundle(bundleFile, readFileSync(join(workspace, bundleFile), "utf8")).findings;
    const target = findings.find((f) => f.line > 1)!;
    await code.clearNotifications();
    await code.command("Flowgate: Open Evidence Report");
    await code.pick(bundleFile);
    const report = code.webview();
    await expect.poll(() => report.locator("h1").textContent(), { timeout: 60_000 }).toBe("Evidence: refund-run.evidence.json");
    const created = report.locator("header time").first();
    await expect.poll(() => created.getAttribute("title")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \(UTC\)$/);
    expect(await created.textContent()).not.toBe(await created.getAttribute("datetime"));
    // Still the strict CSP: nothing but the nonce'd style and script.
    expect(await report.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toMatch(/^default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+'; img-src data:$/);
    await code.shot("evidence-report-local-times");
    await report.locator(`a.pos[data-finding="${findings.indexOf(target)}"]`).click();
    await code.page.locator(".statusbar-item", { hasText: `Ln ${target.endLine}, Col ${target.endColumn}` }).waitFor({ timeout: 60_000 });
    await code.shot("evidence-report-position-opened");
  });

  it("item 2: the Approvals tooltip shows tool, the exact bound arguments, risk, requester, expiry and approvals needed", { timeout: STEP_TIMEOUT }, async () => {
    await code.showContainer("Flowgate");
    await code.widenSideBar(560);
    const row = code.treeRow(code.view("Approvals"), "tool github.post_comment");
    const tooltip = await hoverText(code, row);
    for (const fact of ["Tool: github.post_comment", "Risk: high", "Requested by: triage-bot@agents.example.com", "Approvals: 0 of 1 approval so far; 1 more needed", `Arguments (the approval is bound to exactly these): ${GITHUB_ARGS}`]) expect(norm(tooltip)).toContain(fact);
    expect(norm(tooltip)).toMatch(/Expires: [^()]*2036[^()]* \(in \d+ d\)/);
    await code.shot("approval-tooltip");
  });

  it("item 2: inline Approve on a high-risk tool call opens a review modal; Approve with Comment… records the comment on an intact chain", { timeout: STEP_TIMEOUT }, async () => {
    const pending = listApprovals(workspace, "PENDING").find((a) => a.tool === "github.post_comment")!;
    const before = ledgerEvents(workspace, pending.run_id);
    await code.page.keyboard.press("Escape"); // close the hover
    await code.inlineAction(code.treeRow(code.view("Approvals"), "tool github.post_comment"), "Approve");
    const review = await dialogContent(code);
    expect(review.message).toBe("Approve the high-risk tool call github.post_comment?");
    const detail = norm(review.detail);
    expect(detail).toMatch(/^Tool: github\.post_comment Risk: high Reason: Post labels and the triage summary on issue #412 Requested by: triage-bot@agents\.example\.com at .* Expires: .*2036.* Approvals: 0 of 1 approval so far; 1 more needed Run: run_\w+ \(Triage a new issue\)/);
    expect(detail.endsWith(`Arguments (the approval is bound to exactly these): ${GITHUB_ARGS}`)).toBe(true);
    expect(review.buttons).toEqual(expect.arrayContaining(["Approve", "Approve with Comment…", "Cancel"]));
    await code.shot("approval-review");
    // Nothing is written while the modal is open.
    expect(ledgerEvents(workspace, pending.run_id)).toEqual(before);
    await clickDialogButton(code, "Approve with Comment…");
    await code.answer("Checked the body and the labels against the repro log.");
    await code.notifications(`approved ${pending.approval_id} as ${REVIEWER}`).waitFor();
    const added = ledgerEvents(workspace, pending.run_id).slice(before.length);
    expect(added).toMatchObject([{ type: "approval_decided", actor: REVIEWER, payload: { approval_id: pending.approval_id, decision: "approve", reason: null, comment: "Checked the body and the labels against the repro log." } }]);
    expect(added[0]!.prev).toBe(before.at(-1)!.hash);
  });

  it("item 2: Deny takes a reason and an optional comment, both in the ledger", { timeout: STEP_TIMEOUT }, async () => {
    await code.clearNotifications();
    const pending = listApprovals(workspace, "PENDING").find((a) => a.step_id === "flow_release_notes#2")!;
    const before = ledgerEvents(workspace, pending.run_id);
    await code.command("Flowgate: Deny…");
    await code.pick(`step flow_release_notes#2: ${pending.reason}`);
    await code.answer("The notes miss the breaking change in the config loader.");
    await code.answer("Happy to re-review once it is in.");
    await code.notifications(`denied ${pending.approval_id} as ${REVIEWER}`).waitFor();
    expect(ledgerEvents(workspace, pending.run_id).slice(before.length)).toMatchObject([
      { type: "approval_decided", payload: { decision: "deny", reason: "The notes miss the breaking change in the config loader.", comment: "Happy to re-review once it is in." } },
    ]);
  });

  it("items 3 and 4: Advance marks steps past the frontier; picking one shows the full refusal with a button to the frontier, whose refused 'done' leads to Attach Evidence…", { timeout: STEP_TIMEOUT }, async () => {
    await code.clearNotifications();
    const runId = await startRunFromPalette(code, "Triage a new issue", "flow_triage_issue", "1.2.0");
    const before = ledgerEvents(workspace, runId);

    await code.command("Flowgate: Advance Step…");
    await code.pick(runId);
    const rows = await quickPickRows(code, { ready: (r) => r.length === 3, what: "the run's three steps" });
    expect(rows.map((r) => [r.label.replace(/^#(\d).*/, "#$1"), r.disabled])).toEqual([["#1", false], ["#2", true], ["#3", true]]);
    expect(rows[1]!.text).toContain("FLOW_STEP_OUT_OF_ORDER: step flow_triage_issue#2 is past the frontier; step #1 must be done or skipped first");
    expect(rows[1]!.text).toContain("not allowed now");
    await code.shot("picker-not-allowed");
    await code.pick("#2 ");
    const refusal = await dialogContent(code);
    expect(refusal.message).toBe("Flowgate refused (FLOW_STEP_OUT_OF_ORDER): step flow_triage_issue#2 is past the frontier; step #1 must be done or skipped first");
    expect(refusal.buttons).toContain("Advance Step #1…");
    await code.shot("refusal-next-step");
    await clickDialogButton(code, "Advance Step #1…");
    // The frontier step's statuses: done is refused until the step is verified.
    const statuses = await quickPickRows(code, { ready: (r) => r.length === 4, what: "the four statuses of step #1" });
    expect(statuses.map((r) => [r.label, r.disabled])).toEqual([["in_progress", false], ["blocked", false], ["skipped", false], ["done", true]]);
    await code.answer("done"); // filter, then Enter: the refused entry is still pickable, to say why
    const unverified = await dialogContent(code);
    expect(unverified.message).toBe("Flowgate refused (FLOW_VERIFICATION_UNSATISFIED): step flow_triage_issue#1 requires evidence and is not verified; it needs verified evidence before done");
    await clickDialogButton(code, "Attach Evidence…");
    // Attach Evidence continues on the same step: its pointer kinds are offered.
    await expect.poll(async () => (await quickPickRows(code)).map((r) => r.label)).toEqual(["proposal", "artifact", "hash", "test_result"]);
    expect(ledgerEvents(workspace, runId)).toEqual(before);
    // Item 7: an artifact path that is not in the workspace is warned about; attached anyway, the ledger says so.
    await code.pick("artifact");
    await code.answer("out/triage/typo.md");
    const warning = await dialogContent(code);
    expect(warning.message).toBe("out/triage/typo.md does not exist in this workspace.");
    await code.shot("evidence-missing-path");
    await clickDialogButton(code, "Attach Anyway");
    await code.notifications("evidence attached to flow_triage_issue#1").waitFor();
    expect(ledgerEvents(workspace, runId).slice(before.length)).toMatchObject([
      { type: "evidence_attached", payload: { step_id: "flow_triage_issue#1", pointer_kind: "artifact", ref: "out/triage/typo.md", ref_exists: false } },
    ]);
  });

  it("item 3: Request Approval on an artifact_exists step offers a tool call and marks 'step' refused with the core's reason", { timeout: STEP_TIMEOUT }, async () => {
    const run = listRuns(workspace).find((r) => r.flow_id === "flow_triage_issue" && r.status === "in_progress" && !r.damaged && r.steps[0]!.status === "pending")!;
    await code.command("Flowgate: Request Approval…");
    await code.pick(run.run_id);
    await code.pick("#1 ");
    const kinds = await quickPickRows(code, { ready: (r) => r.length === 2, what: "the two approval kinds" });
    expect(kinds.map((r) => [r.label.replace(/^\W*/, ""), r.disabled])).toEqual([["tool call", false], ["step", true]]);
    expect(kinds[1]!.text).toContain("BAD_REQUEST: step flow_triage_issue#1 is verified by artifact_exists, not human_review; attach evidence instead");
    await code.shot("request-approval-kinds");
    await code.press("Escape");
  });
});

describe("editor UX in Restricted Mode (issue #14 item 8)", () => {
  let code: VsCode;
  let workspace: string;

  beforeAll(async () => {
    workspace = ext.workspaceCopy("editor-ux-restricted");
    code = await VsCode.open(ext.host, { label: "editor-ux-restricted", workspace, extensionsDir: ext.extensionsDir, trusted: false, settings: { "flowgate.actor": REVIEWER } });
    await code.activityBarItem("Flowgate").waitFor({ timeout: 60_000 });
  }, HOST_SETUP_TIMEOUT);
  afterAll(async () => code?.close());
  beforeEach((context) => screenshotOnFailure(context, () => code));

  it("hides inline Approve/Deny/Advance; the palette's refusal offers Manage Workspace Trust, which opens the trust editor; nothing is written", { timeout: STEP_TIMEOUT }, async () => {
    await code.page.locator(".statusbar-item", { hasText: "Restricted Mode" }).waitFor();
    const runsDir = join(workspace, ".flowgate", "runs");
    const ledgers = () => readdirSync(runsDir).map((file) => [file, readFileSync(join(runsDir, file), "utf8")]);
    const before = ledgers();
    await code.showContainer("Flowgate");
    await code.widenSideBar(560);
    const row = code.treeRow(code.view("Approvals"), "tool github.post_comment");
    await row.hover();
    await expect.poll(() => row.locator(".actions .action-label").count()).toBe(0);
    await code.shot("restricted-no-inline-actions");

    await code.command("Flowgate: Approve");
    const refusal = await dialogContent(code);
    expect(refusal.message).toBe(
      "Flowgate: this workspace is in Restricted Mode, so run ledgers are read-only here. Trust the workspace (Manage Workspace Trust) to start runs, advance steps or decide approvals.",
    );
    expect(refusal.buttons).toContain("Manage Workspace Trust");
    await code.shot("restricted-trust-button");
    await clickDialogButton(code, "Manage Workspace Trust");
    // VS Code's Workspace Trust editor (code-server opens it as a modal editor).
    await code.page.getByText("You are in Restricted Mode", { exact: true }).waitFor();
    await code.shot("workspace-trust-editor");
    expect(await dialog(code).count()).toBe(0);
    expect(ledgers()).toEqual(before);
  });
});
