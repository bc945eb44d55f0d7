import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateBundle } from "../../core/evidence/evaluate";
import { advanceStep, approve, attachEvidence, cancelRun, deny, exportRun, readRun, requestApproval, startRun } from "../../core/ledger";
import { analyzeTrace } from "../../core/traces/analyze";
import { runAsOtlpJson } from "../../core/traces/export";
import { isTraceText } from "../../core/traces/load";
import { runCli } from "../helpers/cli";
import { ok, workspace, WRITES_ON } from "../ledger/helpers";

const R = "flow_release_notes";

type Ending = "done" | "pending-approval" | "cancelled" | "started" | "denied";

async function releaseRun(ending: Ending) {
  const root = workspace();
  const ctx = { root, actor: "alice@example.com", env: WRITES_ON };
  const runId = ok(await startRun({ ...ctx, flowId: R, flowVersion: "0.3.0", agent: "drafter@bots" })).run_id;
  if (ending === "started") return { root, runId };
  ok(await advanceStep({ ...ctx, runId, stepId: `${R}#1`, toStatus: "in_progress" }));
  ok(await attachEvidence({ ...ctx, runId, stepId: `${R}#1`, pointerKind: "artifact", ref: "out/changes.md" }));
  ok(await advanceStep({ ...ctx, runId, stepId: `${R}#1`, toStatus: "done" }));
  const approvalId = ok(await requestApproval({ ...ctx, runId, stepId: `${R}#2`, reason: "Review the draft" })).approvals[0]!.approval_id;
  if (ending === "done") {
    ok(await approve({ ...ctx, actor: "bob@example.com", runId, approvalId }));
    ok(await advanceStep({ ...ctx, runId, stepId: `${R}#2`, toStatus: "done" }));
  }
  if (ending === "denied") {
    ok(await deny({ ...ctx, actor: "bob@example.com", runId, approvalId, reason: "not ready" }));
    ok(await advanceStep({ ...ctx, runId, stepId: `${R}#2`, toStatus: "skipped", skipReason: "policy" }));
  }
  if (ending === "cancelled") ok(await cancelRun({ ...ctx, runId, reason: "superseded" }));
  return { root, runId };
}

/** The ledger's verdict (its evidence export judged by the evidence evaluator) and the OTLP export's verdict as a trace. */
function verdicts(root: string, runId: string) {
  const bundle = exportRun({ root, runId });
  if (!bundle.ok) throw new Error(bundle.message);
  const ledger = evaluateBundle(`${runId}.evidence.json`, JSON.stringify(bundle.bundle));
  const read = readRun(root, runId);
  if (!read.ok) throw new Error(read.message);
  const otlp = runAsOtlpJson(read.run);
  const traced = analyzeTrace(`${runId}.otlp.json`, otlp);
  return { ledger, traced, otlp };
}

describe("flowgate run export --format otlp: round trip to the same verdict as the ledger", () => {
  for (const [ending, verdict] of [
    ["done", "pass"],
    ["pending-approval", "fail"],
    ["cancelled", "fail"],
    ["started", "fail"],
    ["denied", "pass"], // denied, then the step skipped: nothing unapproved ran
  ] as const) {
    it(`a run ${ending}: ledger ${verdict}, exported trace ${verdict}`, async () => {
      const { root, runId } = await releaseRun(ending);
      const { ledger, traced } = verdicts(root, runId);
      expect(ledger.verdict.verdict).toBe(verdict);
      expect(traced.verdict.verdict).toBe(verdict);
    });
  }

  it("the finished run: GenAI spans (invoke_agent root, a step span each, the approval as an approved execute_tool call), events for evidence and approvals", async () => {
    const { root, runId } = await releaseRun("done");
    const { otlp, traced } = verdicts(root, runId);
    expect(isTraceText(otlp)).toBe(true);
    const spans = JSON.parse(otlp).resourceSpans[0].scopeSpans[0].spans as { name: string; parentSpanId?: string; events: { name: string; attributes: { key: string; value: { stringValue?: string } }[] }[]; attributes: { key: string }[] }[];
    expect(spans.map((s) => s.name).sort()).toEqual(["execute_tool human_review", `flowgate.step ${R}#1`, `flowgate.step ${R}#2`, `invoke_agent ${R}`]);
    const tool = spans.find((s) => s.name === "execute_tool human_review")!;
    expect(tool.events.map((e) => [e.name, e.attributes.find((a) => a.key === "flowgate.approval.approver")?.value.stringValue])).toEqual([["flowgate.approval", "bob@example.com"]]);
    expect(spans.find((s) => s.name === `flowgate.step ${R}#1`)!.events.map((e) => e.name)).toEqual(["flowgate.evidence"]);
    expect(traced.verdict.runs).toMatchObject([{ id: runId, agents: [`${R}@0.3.0`], toolCalls: 1, finished: true, verdict: "pass" }]);
    // exporting twice gives the same trace (ids derive from the run id)
    const read = readRun(root, runId);
    expect(read.ok && runAsOtlpJson(read.run)).toBe(otlp);
  });

  it("why each failing export fails, as a trace", async () => {
    const rules = async (ending: Ending) => {
      const { root, runId } = await releaseRun(ending);
      return verdicts(root, runId).traced.findings.map((f) => `${f.rule}: ${f.message.replace(runId, "<run>").replace(/appr_[0-9a-f]+/, "<approval>")}`);
    };
    expect(await rules("cancelled")).toEqual(["trace/approval-missing: tool human_review (call <approval>) needs an approval: no approval recorded", "trace/unhandled-error: invoke_agent flow_release_notes ended in error: run_cancelled: superseded"]);
    expect(await rules("pending-approval")).toEqual(["trace/approval-missing: tool human_review (call <approval>) needs an approval: no approval recorded", "trace/run-not-finished: run <run> did not finish: it was exported while in_progress (flowgate.run.status)"]);
    expect(await rules("started")).toEqual(["trace/run-not-finished: run <run> did not finish: it was exported while in_progress (flowgate.run.status)"]);
  });
});

describe("flowgate run export <run_id> --format otlp (CLI)", () => {
  it("writes OTLP/JSON that flowgate evaluate judges as a trace", async () => {
    const { root, runId } = await releaseRun("done");
    const out = await runCli(["run", "export", runId, "--format", "otlp", "-o", "run.otlp.json"], { cwd: root });
    expect(out.code).toBe(0);
    const evaluated = await runCli(["evaluate", "run.otlp.json"], { cwd: root });
    expect(evaluated.stdout).toContain(`PASS run.otlp.json (trace, 4 spans; ${runId}: 0 model/1 tool calls, 0 tokens)`);
    expect(evaluated.code).toBe(0);
    expect((await runCli(["run", "export", runId, "--format", "sarif"], { cwd: root })).code).toBe(2);
  });

  it("--endpoint sends it with the OTLP/HTTP exporter to a collector on 127.0.0.1", async () => {
    const { root, runId } = await releaseRun("done");
    const received: { path?: string; type?: string; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ path: req.url, type: req.headers["content-type"], body });
        res.writeHead(200, { "content-type": "application/json" });
        res.end("{}");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    try {
      const sent = await runCli(["run", "export", runId, "--endpoint", `http://127.0.0.1:${port}/v1/traces`], { cwd: root });
      expect(sent.stderr).toBe("");
      expect(sent.stdout).toBe(`sent ${runId} to http://127.0.0.1:${port}/v1/traces\n`);
      expect(received).toHaveLength(1);
      expect(received[0]!.path).toBe("/v1/traces");
      expect(received[0]!.type).toBe("application/json");
      expect(analyzeTrace("posted.json", received[0]!.body).verdict.runs.map((r) => [r.id, r.verdict])).toEqual([[runId, "pass"]]);
      server.close();
      const refused = await runCli(["run", "export", runId, "--endpoint", `http://127.0.0.1:${port}/v1/traces`], { cwd: root });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^flowgate run export: sending .* failed: /);
    } finally {
      server.close();
    }
  });
});
