import { beforeEach, describe, expect, test, vi } from "vitest";
import { toolRequest } from "../../core/ledger/operations-approvals";
import type { ApprovalState } from "../../core/ledger/schema";
import { choiceRows, pickAllowed } from "../../extension/commands/pickers";
import { MANAGE_TRUST, MANAGE_TRUST_COMMAND, nextSteps, showRefusal, showRestricted } from "../../extension/commands/refusals";
import { approvalReview, approvalTooltip, boundArguments, codeBlock, localTime, needsConfirmation, relativeTime } from "../../extension/views/present";
import { commands, ui } from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

beforeEach(() => ui.reset());

const NOW = new Date("2026-11-02T13:00:00Z");
const toolApproval = (over: Partial<ApprovalState> = {}): ApprovalState => ({
  approval_id: "appr_0123456789abcdef01234567",
  run_id: "run_a",
  kind: "tool_call",
  step_id: "flow_x#3",
  tool: "github.post_comment",
  ...toolRequest("github.post_comment", { issue: 412, body: "Labels: bug" }),
  risk_level: "high",
  reason: "post the triage summary",
  requested_by: "triage-bot@agents.example.com",
  requested_at: "2026-11-02T12:55:00Z",
  expires_at: "2026-11-02T13:12:00Z",
  required_approvals: 2,
  status: "PENDING",
  decisions: [],
  seq: 4,
  ...over,
});
const row = (a: ApprovalState) => ({ run: { run_id: "run_a", flow_title: "Triage a new issue" }, approval: a });

describe("approval review (issue #14 item 2): what is approved, before approving", () => {
  test("the modal names tool, exact bound arguments (pretty-printed), risk, requester, expiry local + relative, approvals still needed", () => {
    const { message, detail } = approvalReview(row(toolApproval()), "approve", NOW);
    expect(message).toBe("Approve the high-risk tool call github.post_comment?");
    expect(detail.split("\n")).toEqual([
      "Tool: github.post_comment",
      "Step: flow_x#3",
      "Risk: high",
      "Reason: post the triage summary",
      `Requested by: triage-bot@agents.example.com at ${localTime("2026-11-02T12:55:00Z", NOW)}`,
      `Expires: ${localTime("2026-11-02T13:12:00Z", NOW)}`,
      "Approvals: 0 of 2 approvals so far; 2 more needed",
      "Run: run_a (Triage a new issue)",
      "",
      "Arguments (the approval is bound to exactly these):",
      "{",
      '  "body": "Labels: bug",',
      '  "issue": 412',
      "}",
    ]);
    expect(localTime("2026-11-02T13:12:00Z", NOW)).toMatch(/ \(in 12 min\)$/);
    expect(localTime("2026-11-02T12:55:00Z", NOW)).toMatch(/ \(5 min ago\)$/);
  });

  test("relative times both ways; an expired approval says Expired", () => {
    expect(["2026-11-02T13:00:20Z", "2026-11-02T15:30:00Z", "2026-11-01T10:00:00Z"].map((t) => relativeTime(t, NOW))).toEqual(["now", "in 2 h", "27 h ago"]);
    const { detail } = approvalReview(row(toolApproval({ expires_at: "2026-11-02T12:58:00Z" })), "deny", NOW);
    expect(detail).toContain("Expired: ");
  });

  test("confirmation is modal for high, destructive, sensitive and financial_or_legal risk only", () => {
    expect((["low", "medium", "high", "destructive", "sensitive", "financial_or_legal"] as const).map((risk_level) => needsConfirmation({ risk_level }))).toEqual([false, false, true, true, true, true]);
  });

  test("the tooltip escapes ledger text (no links, no images) and fences the arguments so a backtick run cannot close the block", () => {
    const hostile = toolApproval({ reason: "[click](https://evil.example) ![x](https://evil.example/p.png)", ...toolRequest("t", { body: "```\n# heading" }) });
    const md = approvalTooltip(row(hostile), NOW);
    expect(md).not.toContain("](https://");
    expect(md).toContain("````json\n{\n  \"body\": \"```\\n# heading\"\n}\n````");
    expect(codeBlock("a ```` b")).toBe("`````json\na ```` b\n`````");
    expect(boundArguments({ request_ref: null })).toBeUndefined();
  });
});

describe("pickers offer only what the core accepts (item 3)", () => {
  const choices = [
    { label: "#1 Collect facts", value: 1, verdict: { allowed: true as const } },
    { label: "#2 Reproduce", value: 2, verdict: { allowed: false as const, code: "FLOW_STEP_OUT_OF_ORDER" as const, reason: "step flow_x#2 is past the frontier; step #1 must be done or skipped first" } },
  ];

  test("allowed entries first; then a separator and the refused ones, marked, with the core's code and reason", () => {
    expect(choiceRows(choices).map(({ label, detail, kind }) => ({ label, detail, kind }))).toEqual([
      { label: "#1 Collect facts", detail: undefined, kind: undefined },
      { label: "not allowed now", detail: undefined, kind: -1 },
      { label: "$(circle-slash) #2 Reproduce", detail: "FLOW_STEP_OUT_OF_ORDER: step flow_x#2 is past the frontier; step #1 must be done or skipped first", kind: undefined },
    ]);
  });

  test("picking a refused entry shows that refusal in a modal and goes no further", async () => {
    ui.answers = ["$(circle-slash) #2 Reproduce"];
    expect(await pickAllowed(choices, "Step")).toBeUndefined();
    expect(ui.dialogs).toEqual([{ text: "Flowgate refused (FLOW_STEP_OUT_OF_ORDER): step flow_x#2 is past the frontier; step #1 must be done or skipped first", detail: "Nothing was written to the ledger.", buttons: [] }]);
    ui.answers = ["#1 Collect facts"];
    expect(await pickAllowed(choices, "Step")).toBe(1);
  });
});

describe("refusals in full with next steps (item 4) and Restricted Mode's trust button (item 8)", () => {
  const run = { run_id: "run_a", frontier: 1, steps: [{ step_id: "flow_x#1", ordinal: 1 }, { step_id: "flow_x#2", ordinal: 2 }] as never };

  test("unverified: Attach Evidence… (or Request Approval… for human_review); out of order: advance the frontier; conflict: Refresh", () => {
    expect(nextSteps("FLOW_VERIFICATION_UNSATISFIED", { run, step: { step_id: "flow_x#1", verification_kind: "artifact_exists" } })).toEqual([{ title: "Attach Evidence…", command: "flowgate.attachEvidence", args: [{ kind: "step", runId: "run_a", stepId: "flow_x#1" }] }]);
    expect(nextSteps("FLOW_VERIFICATION_UNSATISFIED", { run, step: { step_id: "flow_x#2", verification_kind: "human_review" } }).map((s) => s.title)).toEqual(["Request Approval…"]);
    expect(nextSteps("FLOW_STEP_OUT_OF_ORDER", { run })).toEqual([{ title: "Advance Step #1…", command: "flowgate.advanceStep", args: [{ kind: "step", runId: "run_a", stepId: "flow_x#1" }] }]);
    expect(nextSteps("FLOW_LEDGER_CONFLICT", {}).map((s) => s.command)).toEqual(["flowgate.refresh"]);
    expect(nextSteps("FLOW_SELF_APPROVAL_DENIED", { run })).toEqual([]);
  });

  test("the clicked button runs its command with the step", async () => {
    ui.errorChoice = "Attach Evidence…";
    await showRefusal({ code: "FLOW_VERIFICATION_UNSATISFIED", message: "step flow_x#1 requires evidence and is not verified; it needs verified evidence before done" }, { run, step: { step_id: "flow_x#1", verification_kind: "artifact_exists" } });
    expect(ui.dialogs[0]).toEqual({ text: "Flowgate refused (FLOW_VERIFICATION_UNSATISFIED): step flow_x#1 requires evidence and is not verified; it needs verified evidence before done", detail: "Next: Attach Evidence.", buttons: ["Attach Evidence…"] });
    expect(commands.executed).toEqual([{ command: "flowgate.attachEvidence", args: [{ kind: "step", runId: "run_a", stepId: "flow_x#1" }] }]);
  });

  test("Restricted Mode's refusal opens Manage Workspace Trust", async () => {
    ui.errorChoice = MANAGE_TRUST;
    await showRestricted("read-only here");
    expect(ui.dialogs[0]!.buttons).toEqual(["Manage Workspace Trust"]);
    expect(commands.executed).toEqual([{ command: MANAGE_TRUST_COMMAND, args: [] }]);
  });
});
