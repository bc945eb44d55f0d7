import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateBundle } from "../../core/evidence/evaluate";
import { compareWithGolden } from "../../core/evidence/golden";
import { loadBundle } from "../../core/evidence/load";
import type { EvidenceBundle } from "../../core/evidence/schema";
import { rehashBundle, sealBundle } from "../../core/evidence/seal";
import { DEFAULT_GOLDEN_OPTIONS, goldenOptionsSchema } from "../../core/evidence/config";
import { FIXTURES } from "./fixtures";

/** Bundles the format's own runtime wrote for scenarios the shared samples lack (see runtime-generated/SOURCE.md). */
const DIR = join(FIXTURES, "runtime-generated");
const text = (name: string) => readFileSync(join(DIR, `${name}.json`), "utf8");
const evaluate = (name: string) => evaluateBundle(`${name}.json`, text(name));
/** A bundle changed by `edit` and re-sealed (hashes, summaries recomputed), as the runtime would print it. */
const resealed = (name: string, edit: (b: EvidenceBundle) => void) => {
  const b = JSON.parse(text(name)) as EvidenceBundle;
  edit(b);
  return JSON.stringify(sealBundle(b), null, 2);
};
const positioned = (name: string, rule: string, source = text(name)) =>
  evaluateBundle(`${name}.json`, source)
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.line, f.column, f.message]);

/** Verdict, error rules and warning count per bundle, as the issue asks (SOURCE.md describes each scenario). */
const VERDICTS: Record<string, { verdict: "pass" | "fail"; errors: string[]; warnings: number }> = {
  "side-effects-success": { verdict: "pass", errors: [], warnings: 0 },
  "approval-approved": { verdict: "pass", errors: [], warnings: 0 },
  "approval-denied": { verdict: "fail", errors: ["evidence/run-not-completed", "evidence/step-failed"], warnings: 1 },
  "approval-self-approved": { verdict: "fail", errors: ["evidence/self-approval"], warnings: 0 },
  "approval-self-denied": { verdict: "fail", errors: ["evidence/run-not-completed", "evidence/step-failed", "evidence/self-approval"], warnings: 1 },
  "approval-pending-low-risk": { verdict: "fail", errors: ["evidence/run-not-completed", "evidence/approval-pending"], warnings: 0 },
  "retry-then-success": { verdict: "pass", errors: [], warnings: 1 },
  "retry-scheduled": { verdict: "fail", errors: ["evidence/run-not-completed"], warnings: 1 },
  "retry-after-side-effect": { verdict: "pass", errors: [], warnings: 1 },
  "ledger-replay": { verdict: "pass", errors: [], warnings: 0 },
  "lease-expired-recovered": { verdict: "pass", errors: [], warnings: 0 },
  "lease-expired-pending": { verdict: "fail", errors: ["evidence/run-not-completed"], warnings: 0 },
  cancelled: { verdict: "fail", errors: ["evidence/run-not-completed"], warnings: 0 },
  "tool-failed-pending-verification": { verdict: "fail", errors: ["evidence/run-not-completed", "evidence/step-failed", "evidence/pending-side-effect"], warnings: 3 },
  "tool-failed-recovered": { verdict: "pass", errors: [], warnings: 1 },
  "policy-denied": { verdict: "fail", errors: ["evidence/run-not-completed", "evidence/step-failed"], warnings: 2 },
  "budget-exceeded": { verdict: "fail", errors: ["evidence/run-not-completed", "evidence/step-failed"], warnings: 2 },
  "media-stream": { verdict: "pass", errors: [], warnings: 0 },
  "media-stream.rerun": { verdict: "pass", errors: [], warnings: 0 },
  "four-ledgered-calls": { verdict: "pass", errors: [], warnings: 0 },
  "four-ledgered-calls.rerun": { verdict: "pass", errors: [], warnings: 0 },
  "ids-in-content": { verdict: "pass", errors: [], warnings: 0 },
  "ids-in-content.rerun": { verdict: "pass", errors: [], warnings: 0 },
  "mid-run": { verdict: "fail", errors: ["evidence/run-not-completed"], warnings: 0 },
  // The runtime writes a RESERVED ledger row without its response fields: the bundle still loads and verifies.
  "mid-run-reserved": { verdict: "fail", errors: ["evidence/run-not-completed"], warnings: 0 },
  "two-steps": { verdict: "pass", errors: [], warnings: 0 },
  "builtin-minimal-success": { verdict: "pass", errors: [], warnings: 0 },
  "builtin-tool-ledger-success": { verdict: "pass", errors: [], warnings: 0 },
};

describe("runtime-generated bundles: every one verifies clean and gets its verdict", () => {
  it("the table covers every fixture", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -".json".length));
    expect(files.sort()).toEqual(Object.keys(VERDICTS).sort());
  });

  for (const [name, want] of Object.entries(VERDICTS)) {
    it(`${name}: ${want.verdict}${want.errors.length ? ` (${want.errors.join(", ")})` : ""}`, () => {
      const { verdict, findings } = evaluate(name);
      expect(verdict.intact).toBe(true);
      expect(verdict.verdict).toBe(want.verdict);
      expect(findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(want.errors);
      expect(findings.filter((f) => f.severity === "warning").every((f) => f.rule === "evidence/failure-event")).toBe(true);
      expect(verdict.warnings).toBe(want.warnings);
    });
  }
});

describe("runtime-generated bundles: integrity", () => {
  it("a read-only tool's tool_call_completed has no ledger row to match, and needs none", () => {
    // side-effects-success calls search.docs (events 7) and code.lint (event 17), both sideEffect 'none': the
    // runtime ledgers only managed side effects, yet writes the response as payload_ref with an idempotency_key.
    expect(positioned("side-effects-success", "evidence/tool-response-mismatch")).toEqual([]);
    expect(positioned("tool-failed-recovered", "evidence/tool-response-mismatch")).toEqual([]);
  });

  it("a completion whose idempotency_key names no ledger row and no request of its step is still a mismatch", () => {
    const forged = resealed("side-effects-success", (b) => {
      const payload = b.events[6]!.payload as Record<string, unknown>;
      payload.idempotency_key = String(payload.idempotency_key).replace(/:[0-9a-f]{64}$/, `:${"0".repeat(64)}`);
    });
    expect(positioned("side-effects-success", "evidence/tool-response-mismatch", forged)).toEqual([
      [174, 18, "event 7 (tool_call_completed): names neither a tool-ledger row nor an earlier tool_call_requested of its step by its idempotency_key"],
    ]);
  });

  it("cost_summary is summed as the runtime sums it: tool_shadow calls are tool calls, only model tokens are model tokens", () => {
    // side-effects-success: 3 tool:call + 1 tool_shadow:call records, model:token 1545 + 15, embedding:token 512.
    expect(positioned("side-effects-success", "evidence/summary-mismatch")).toEqual([]);
    const b = JSON.parse(text("side-effects-success")) as EvidenceBundle;
    expect([b.cost_summary.tool_calls, b.cost_summary.model_tokens, b.cost_summary.by_category["embedding:token"]]).toEqual([4, 1560, 512]);
  });

  it("a cost_summary that leaves out the tool_shadow call or counts embedding tokens as model tokens is a mismatch", () => {
    const b = JSON.parse(text("side-effects-success")) as EvidenceBundle;
    Object.assign(b.cost_summary, { tool_calls: 3, model_tokens: 2072 });
    const miscounted = JSON.stringify(rehashBundle(b), null, 2);
    expect(positioned("side-effects-success", "evidence/summary-mismatch", miscounted)).toEqual([
      [946, 19, "cost_summary.tool_calls says 3 but the records add up to 4"],
      [947, 21, "cost_summary.model_tokens says 2072 but the records add up to 1560"],
    ]);
  });
});

describe("runtime-generated bundles: artifacts, media and stream checkpoints", () => {
  const edit = (change: (b: EvidenceBundle) => void) => {
    const b = JSON.parse(text("media-stream")) as EvidenceBundle;
    change(b);
    return JSON.stringify(rehashBundle(b), null, 2);
  };
  const inconsistent = (source: string) => positioned("media-stream", "evidence/inconsistent-record", source);

  it("media_artifacts and stream_checkpoints are what the artifacts' metadata derive: an edited field is named", () => {
    expect(inconsistent(edit((b) => void (b.media_artifacts[1]!.uri = "file://frames/9999.jpg")))).toEqual([
      [346, 14, 'media artifact #2: uri is not what artifact "frame-0001"\'s metadata.agentledger_media says'],
    ]);
    expect(inconsistent(edit((b) => void ((b.artifacts[1]!.metadata!.agentledger_media as Record<string, unknown>).kind = "image")))).toEqual([
      [345, 15, 'media artifact #2: kind is not what artifact "frame-0001"\'s metadata.agentledger_media says'],
    ]);
    expect(inconsistent(edit((b) => void (b.stream_checkpoints[0]!.offset = 43)))).toEqual([
      [366, 17, 'stream checkpoint #1: offset is not what artifact "audio-ckpt-1"\'s metadata.agentledger_stream says'],
    ]);
    expect(inconsistent(edit((b) => void b.stream_checkpoints.pop()))).toEqual([
      [358, 3, "stream_checkpoints: 1 entries but the artifacts' metadata.agentledger_stream derive 2"],
    ]);
  });

  it("an artifact_created event names its artifact's name and step", () => {
    const created = (b: EvidenceBundle) => b.events.find((e) => e.type === "artifact_created")!;
    expect(inconsistent(edit((b) => void ((created(b).payload as Record<string, unknown>).name = "renamed")))).toEqual([
      [120, 17, 'event 5 (artifact_created): name is not artifact "frame-0001"\'s name'],
    ]);
    expect(inconsistent(edit((b) => void (created(b).step_id = null)))[0]).toEqual([109, 18, 'event 5 (artifact_created): is in another step than artifact "frame-0001"']);
  });
});

describe("runtime-generated bundles: tool ledger", () => {
  it("a row pending verification has no response: a response_hash or response added alone is named", () => {
    const pending = (change: (row: EvidenceBundle["tool_ledger"][number]) => void) => {
      const b = JSON.parse(text("tool-failed-pending-verification")) as EvidenceBundle;
      change(b.tool_ledger[0]!);
      return positioned("tool-failed-pending-verification", "evidence/inconsistent-record", JSON.stringify(rehashBundle(b), null, 2));
    };
    expect(positioned("tool-failed-pending-verification", "evidence/inconsistent-record")).toEqual([]);
    expect(pending((row) => void (row.response_hash = "0".repeat(64)))).toEqual([[232, 24, "tool-ledger row email.send: has one of response_hash and response_ref without the other"]]);
    expect(pending((row) => void (row.response = { sent: true }))).toEqual([[235, 19, "tool-ledger row email.send: has a response but no response_ref"]]);
  });
});

describe("runtime-generated bundles: governance", () => {
  it("an approval decided by its own requester is reported at approved_by, approved or denied; by another approver it passes", () => {
    const message = 'approval for payments.refund was decided by its own requester "BillingAgent"';
    expect(positioned("approval-self-approved", "evidence/self-approval")).toEqual([[446, 22, message]]);
    expect(positioned("approval-self-denied", "evidence/self-approval")).toEqual([[259, 22, message]]);
    expect(positioned("approval-approved", "evidence/self-approval")).toEqual([]);
  });

  it("an approval's decision_reason is the reason its tool_approval_decided event gives", () => {
    expect(positioned("approval-denied", "evidence/approval-decision-unrecorded")).toEqual([]);
    const b = JSON.parse(text("approval-denied")) as EvidenceBundle;
    b.approvals[0]!.decision_reason = "approved after all";
    expect(positioned("approval-denied", "evidence/approval-decision-unrecorded", JSON.stringify(rehashBundle(b), null, 2))).toEqual([
      [260, 26, 'approval for payments.refund: decision_reason is "approved after all" but its tool_approval_decided event gives "not allowed"'],
    ]);
  });

  it("a completion replayed from the ledger is not a second side effect", () => {
    // ledger-replay: the same call twice in one step; retry-after-side-effect: attempt 2 repeats attempt 1's call.
    // Either way the tool ran once (one SUCCEEDED row) and the second tool_call_completed says replayed_from_ledger.
    expect(positioned("ledger-replay", "evidence/duplicate-side-effect")).toEqual([]);
    expect(positioned("retry-after-side-effect", "evidence/duplicate-side-effect")).toEqual([]);
  });

  it("two completions under one key that are not replays ran the side effect twice", () => {
    const rerun = resealed("ledger-replay", (b) => {
      for (const e of b.events) if (e.type === "tool_call_completed") delete (e.payload as Record<string, unknown>).replayed_from_ledger;
    });
    expect(positioned("ledger-replay", "evidence/duplicate-side-effect", rerun)).toEqual([[230, 5, "tool request ticket.create succeeded 2 times"]]);
  });
});

describe("runtime-generated bundles: golden", () => {
  const load = (file: string, source: string) => loadBundle(file, source) as ReturnType<typeof loadBundle> & { bundle: EvidenceBundle };
  const changed = (current: string, golden: string, options = DEFAULT_GOLDEN_OPTIONS) =>
    compareWithGolden(load("current.json", current), load("golden.json", golden), options)
      .dimensions.filter((d) => d.changes.length > 0)
      .map((d) => [d.dimension, d.changes.length]);

  it("the same scenario run twice matches: artifacts made in the same millisecond compare in the order their artifact_created events were written, not the runtime's random tie order", () => {
    const names = (name: string) => (JSON.parse(text(name)) as EvidenceBundle).artifacts.map((a) => `${a.name}@${a.created_at}`);
    // The fixtures really do differ in order (the runtime sorts created_at ties by random artifact_id).
    expect(names("media-stream")).toEqual(["transcript@1795393367.812", "frame-0001@1795393367.812", "audio-ckpt-1@1795393367.812", "audio-ckpt-2@1795393367.813"]);
    expect(names("media-stream.rerun")).toEqual(["frame-0001@1795393372.018", "audio-ckpt-2@1795393372.018", "audio-ckpt-1@1795393372.018", "transcript@1795393372.018"]);
    expect(changed(text("media-stream.rerun"), text("media-stream"))).toEqual([]);
  });

  it("a configured volatile key is normalized inside inline artifact content and tool requests too", () => {
    // The content holds {run, session, at: <time>}: ids are normalized by default, the time under "at" only when configured.
    expect(changed(text("ids-in-content.rerun"), text("ids-in-content"))).toEqual([["artifacts", 2]]);
    const withAt = goldenOptionsSchema.parse({ normalize: { keys: ["at"] } });
    expect(changed(text("ids-in-content.rerun"), text("ids-in-content"), withAt)).toEqual([]);
    const timedRequest = (name: string, at: number) => {
      const b = JSON.parse(text(name)) as EvidenceBundle;
      const request = JSON.parse(b.tool_ledger[0]!.request_ref!) as { args: Record<string, unknown> };
      request.args.at = at;
      b.tool_ledger[0]!.request_ref = JSON.stringify(request);
      return JSON.stringify(b);
    };
    expect(changed(timedRequest("ids-in-content.rerun", 2), timedRequest("ids-in-content", 1), withAt)).toEqual([]);
    expect(changed(timedRequest("ids-in-content.rerun", 2), timedRequest("ids-in-content", 1))).toEqual([["tool-ledger", 2], ["artifacts", 2]]);
  });

  it("ledger rows made in the same millisecond compare in the order their tool calls were requested", () => {
    const tools = (name: string) => (JSON.parse(text(name)) as EvidenceBundle).tool_ledger.map((r) => r.tool_name);
    expect(tools("four-ledgered-calls")).toEqual(["svc.a", "svc.d", "svc.b", "svc.c"]);
    expect(tools("four-ledgered-calls.rerun")).toEqual(["svc.d", "svc.c", "svc.a", "svc.b"]);
    expect(changed(text("four-ledgered-calls.rerun"), text("four-ledgered-calls"))).toEqual([]);
  });

  it("artifacts created in another order (their artifact_created events swapped) are still a strict regression", () => {
    const swapped = resealed("media-stream", (b) => {
      const [first, second] = b.events.flatMap((e, i) => (e.type === "artifact_created" ? [i] : []));
      [b.events[first!], b.events[second!]] = [b.events[second!]!, b.events[first!]!];
    });
    expect(changed(swapped, text("media-stream"))).toEqual([
      ["artifacts", 2],
      ["media", 2],
    ]);
  });
});

