import { describe, expect, test, vi } from "vitest";
import type { ApprovalState, StepState } from "../../core/ledger/schema";
import { gateText } from "../../extension/statusBar";
import { groupFlows, versionInfo } from "../../extension/views/flowCatalog";
import { age, approvalDescription, approvalIcon, isFrontier, ledgerProblems, runRowDescription, sortApprovals, stepDescription, stepIcon } from "../../extension/views/present";

vi.mock("vscode", () => import("./fake-vscode"));

const step = (over: Partial<StepState> = {}): StepState => ({
  step_id: "flow_x#1",
  ordinal: 1,
  owned_job: "Do it",
  status: "pending",
  evidence_ref: null,
  evidence: [],
  verified: false,
  verification_kind: "artifact_exists",
  evidence_required: true,
  automatable: "manual",
  skip_reason: null,
  updated_at: null,
  updated_by: null,
  ...over,
});

const approval = (id: string, status: ApprovalState["status"], requested_at: string, over: Partial<ApprovalState> = {}): ApprovalState => ({
  approval_id: id,
  run_id: "run_a",
  kind: "step",
  step_id: "flow_x#1",
  tool: null,
  request_ref: null,
  request_hash: null,
  risk_level: "high",
  reason: "ship it",
  requested_by: "bob@example.com",
  requested_at,
  expires_at: null,
  required_approvals: 1,
  status,
  decisions: [],
  seq: 1,
  ...over,
});

describe("runs view", () => {
  test("only the frontier step of a run in progress can be advanced", () => {
    expect(isFrontier({ status: "in_progress", frontier: 2 }, { ordinal: 2 })).toBe(true);
    expect(isFrontier({ status: "in_progress", frontier: 2 }, { ordinal: 3 })).toBe(false);
    expect(isFrontier({ status: "cancelled", frontier: 2 }, { ordinal: 2 })).toBe(false);
  });

  test("status icons distinguish verified done, unverified done, in progress, blocked, skipped, pending", () => {
    expect(stepIcon({ status: "done", verified: true }).id).toBe("pass-filled");
    expect(stepIcon({ status: "done", verified: false }).id).toBe("pass");
    expect(["in_progress", "blocked", "skipped", "pending"].map((status) => stepIcon({ status: status as StepState["status"], verified: false }).id)).toEqual(["sync", "error", "debug-step-over", "circle-large-outline"]);
  });

  test("a step's description shows status, verified mark and its latest evidence pointer", () => {
    const pointer = { pointer_kind: "artifact" as const, ref: "out/facts.md", actor: "a", at: "t", seq: 3 };
    expect(stepDescription(step({ status: "done", verified: true, evidence: [pointer], evidence_ref: "out/facts.md" }))).toBe("done · ✓ verified · artifact: out/facts.md");
    expect(stepDescription(step({ status: "skipped", skip_reason: "not_applicable" }))).toBe("skipped (not_applicable)");
  });
});

describe("approvals view", () => {
  test("pending first (oldest first), then decided (newest first)", () => {
    const rows = [
      approval("appr_1", "APPROVED", "2026-11-01T10:00:00Z"),
      approval("appr_2", "PENDING", "2026-11-02T10:00:00Z"),
      approval("appr_3", "DENIED", "2026-11-03T10:00:00Z"),
      approval("appr_4", "PENDING", "2026-11-01T09:00:00Z"),
    ].map((a) => ({ run: { run_id: "run_a", flow_title: "X" }, approval: a }));
    expect(sortApprovals(rows).map((r) => r.approval.approval_id)).toEqual(["appr_4", "appr_2", "appr_3", "appr_1"]);
  });

  test("description: status first (progress toward required approvals), risk, age, then the reason and requester", () => {
    const now = new Date("2026-11-02T13:00:00Z");
    expect(approvalDescription(approval("appr_1", "PENDING", "2026-11-02T10:00:00Z", { required_approvals: 2 }), now)).toBe("pending 0/2 · high · 3 h · ship it · bob@example.com");
    expect(approvalDescription(approval("appr_1", "DENIED", "2026-10-30T13:00:00Z"), now)).toBe("denied · high · 3 d · ship it · bob@example.com");
    expect(approvalIcon({ status: "PENDING", risk_level: "destructive" }).color).toBe("problemsWarningIcon.foreground");
    expect(approvalIcon({ status: "PENDING", risk_level: "low" }).color).toBeUndefined();
  });

  test("ages", () => {
    const now = new Date("2026-11-02T13:00:00Z");
    expect(["2026-11-02T12:59:30Z", "2026-11-02T12:55:00Z", "2026-11-01T14:00:00Z", "not a time"].map((t) => age(t, now))).toEqual(["just now", "5 min", "23 h", "just now"]);
  });
});

describe("flows view", () => {
  const bundle = (version: string, title = "Triage") => ({
    flow: { flow_id: "flow_t", version, title },
    steps: [
      { ordinal: 2, step_id: "flow_t#2", owned_job: "B", verification: { kind: "human_review", evidence_required: false }, automatable: "manual" },
      { ordinal: 1, step_id: "flow_t#1", owned_job: "A", verification: { kind: "test_pass", evidence_required: true }, automatable: "automatable" },
    ],
  });

  test("versions from files and run pins, highest first; a file wins over a run's pinned copy; invalid versions listed last", () => {
    const groups = groupFlows([versionInfo(bundle("1.2.0"), "run run_a", 0)!, versionInfo(bundle("1.10.0"), "flows/t.flow.yaml", 0)!, versionInfo(bundle("1.2.0"), "flows/old.flow.yaml", 0)!, versionInfo(bundle("1.0"), "flows/bad.flow.yaml", 2)!]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.versions.map((v) => `${v.version} ${v.source}`)).toEqual(["1.10.0 flows/t.flow.yaml", "1.2.0 flows/old.flow.yaml", "1.0 flows/bad.flow.yaml"]);
    expect(groups[0]!.versions[0]!.steps.map((s) => `${s.stepId} ${s.kind} ${s.automatable}`)).toEqual(["flow_t#1 test_pass automatable", "flow_t#2 human_review manual"]);
  });

  test("what is not a flow bundle is not listed", () => {
    expect(versionInfo({ flow: { title: "no id" } }, "x", 0)).toBeUndefined();
    expect(versionInfo([], "x", 0)).toBeUndefined();
  });
});

describe("status bar", () => {
  test("✓ with warnings only, ✗ with error and warning counts; the tooltip says what was counted", () => {
    expect(gateText({ errors: 0, warnings: 0, notes: 3, scanned: true }).text).toBe("$(check) Flowgate");
    expect(gateText({ errors: 0, warnings: 2, notes: 0, scanned: true }).text).toBe("$(check) Flowgate $(warning) 2");
    const failing = gateText({ errors: 3, warnings: 1, notes: 0, scanned: true });
    expect(failing.text).toBe("$(error) Flowgate 3 $(warning) 1");
    expect(failing.failing).toBe(true);
    expect(failing.tooltip).toBe("Flowgate gate: ✗ failing — 3 errors, 1 warning in the workspace (last scan) and open files. Click to show the Problems panel.");
    expect(gateText({ errors: 1, warnings: 0, notes: 0, scanned: false }).tooltip).toContain("open files (the workspace has not been scanned yet)");
  });

  test("never a pass before the first workspace result: scanning… while the start-up scan runs, a hollow circle when none runs", () => {
    const scanning = gateText({ errors: 0, warnings: 0, notes: 0, scanned: false }, true);
    expect(scanning).toEqual({ text: "$(sync~spin) Flowgate scanning…", tooltip: "Flowgate gate: scanning the workspace — no result yet; 0 errors, 0 warnings in open files so far. Click to show the Problems panel.", failing: false });
    expect(gateText({ errors: 0, warnings: 1, notes: 0, scanned: false }, true).text).toBe("$(sync~spin) Flowgate scanning… $(warning) 1");
    expect(gateText({ errors: 0, warnings: 0, notes: 0, scanned: false }, false).text).toBe("$(circle-large-outline) Flowgate");
    // Errors in open files are a result already: shown while the scan runs.
    expect(gateText({ errors: 2, warnings: 0, notes: 0, scanned: false }, true).text).toBe("$(error) Flowgate 2");
  });
});

describe("views readable at the default side-bar width (issue #14 item 6)", () => {
  test("a run row: the title as label, status first in the description, the long run id last", () => {
    expect(runRowDescription({ status: "in_progress", flow_version: "1.2.0", run_id: "run_748b45ebc76f7fde" }, false)).toBe("in_progress · v1.2.0 · run_748b45ebc76f7fde");
    expect(runRowDescription({ status: "in_progress", flow_version: "1.2.0", run_id: "run_5af0b9129a2f8158" }, true)).toBe("in_progress · ledger problem · v1.2.0 · run_5af0b9129a2f8158");
  });

  test("a forged run's tooltip says what its ledger problem is: illegal transitions, malformed lines, a torn append", () => {
    const problems = ledgerProblems({
      torn: { line: 5 },
      lines: [{ line: 3, problem: "not JSON" }, { line: 4, event: {} }, { line: 5, problem: "torn" }],
      illegal: [{ seq: 2, code: "FLOW_VERIFICATION_UNSATISFIED", message: "step flow_x#1 requires evidence and is not verified" }],
    });
    expect(problems).toEqual([
      "line 3: not JSON",
      "event seq 2 would have been refused with FLOW_VERIFICATION_UNSATISFIED: step flow_x#1 requires evidence and is not verified",
      "line 5 is a torn append (no final newline); `flowgate run repair` moves it aside",
    ]);
    expect(ledgerProblems({ lines: [{ line: 1, event: {} }], illegal: [] })).toEqual([]);
  });
});
