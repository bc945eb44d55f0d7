import { createHash } from "node:crypto";
import { type Attributes, type Context, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { JsonTraceSerializer } from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, type IdGenerator, InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import type { RunState } from "../ledger/schema";
import { APPROVAL, GENAI, INVOKE_AGENT, LEDGER, TOOL_OPERATION } from "./conventions";

/**
 * A run ledger as OTLP/JSON with the GenAI conventions, built with the OpenTelemetry SDK and serialised
 * with otlp-transformer (the OTLP/HTTP JSON exporter's own encoder). Mapping:
 *   the run → an `invoke_agent <flow>` root span (gen_ai.conversation.id = run id) carrying
 *     flowgate.run.status; a cancelled run ends in ERROR (error.type run_cancelled); a run still going is
 *     a snapshot whose root ends at the ledger's last event (its status says it is not finished);
 *   each step done or skipped → a child span `flowgate.step <step id>`, with `flowgate.evidence` events for
 *     the evidence attached and `flowgate.execution` events for automatable executions;
 *   each approval → an `execute_tool <tool>` span (human_review for step approvals) marked
 *     flowgate.approval.required, with one `flowgate.approval` event per decision; a denied request is
 *     only an event on the root span (nothing ran);
 *   consents minted and revoked → `flowgate.consent` events on the root span.
 * Ids are derived from the run id, so exporting a run twice gives the same trace.
 */

const HUMAN_REVIEW_TOOL = "human_review";
const ms = (iso: string) => Date.parse(iso);
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** Span and trace ids from the run id and a counter: reproducible exports. */
class RunIds implements IdGenerator {
  private n = 0;
  constructor(private readonly runId: string) {}
  generateTraceId(): string {
    return sha(`trace:${this.runId}`).slice(0, 32);
  }
  generateSpanId(): string {
    return sha(`span:${this.runId}:${this.n++}`).slice(0, 16);
  }
}

/** The run's spans, ended as the ledger says (unfinished parts are not exported, as a live SDK would not). */
export function runSpans(run: RunState): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: "flowgate" }),
    idGenerator: new RunIds(run.run_id),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer("flowgate");
  const root = tracer.startSpan(`${INVOKE_AGENT} ${run.flow_id}`, {
    kind: SpanKind.INTERNAL,
    startTime: ms(run.started_at),
    attributes: { [GENAI.operation]: INVOKE_AGENT, [GENAI.agentName]: `${run.flow_id}@${run.flow_version}`, [GENAI.conversationId]: run.run_id, [LEDGER.runId]: run.run_id, [LEDGER.runStatus]: run.status, [LEDGER.startedBy]: run.started_by },
  });
  const parent: Context = trace.setSpan(ROOT_CONTEXT, root);
  const child = (name: string, start: number, attributes: Attributes): Span => tracer.startSpan(name, { kind: SpanKind.INTERNAL, startTime: start, attributes }, parent);

  const stepStart = new Map<string, number>();
  const stepSpans = new Map<string, Span>();
  const stepSpan = (stepId: string, at: number) => () => child(`flowgate.step ${stepId}`, stepStart.get(stepId) ?? at, { [LEDGER.stepId]: stepId });
  for (const e of run.events) {
    const at = ms(e.at);
    switch (e.type) {
      case "step_advanced": {
        const { step_id, to_status } = e.payload;
        if (!stepStart.has(step_id)) stepStart.set(step_id, at);
        if (to_status === "done" || to_status === "skipped") {
          const span = stepSpans.get(step_id) ?? stepSpan(step_id, at)();
          stepSpans.set(step_id, span);
          span.setAttribute(LEDGER.stepStatus, to_status);
          span.setAttribute(LEDGER.actor, e.actor);
        }
        break;
      }
      case "evidence_attached":
        eventOn(stepSpans, e.payload.step_id, stepSpan(e.payload.step_id, at), "flowgate.evidence", { "flowgate.evidence.kind": e.payload.pointer_kind, "flowgate.evidence.ref": e.payload.ref, [LEDGER.actor]: e.actor }, at);
        break;
      case "step_executed":
        eventOn(stepSpans, e.payload.step_id, stepSpan(e.payload.step_id, at), "flowgate.execution", { "flowgate.execution.id": e.payload.execution_id, "flowgate.consent.id": e.payload.consent_id, "flowgate.execution.cost_units": e.payload.cost_units, "flowgate.execution.dry_run": e.payload.dry_run }, at);
        break;
      case "consent_minted":
        root.addEvent("flowgate.consent", { "flowgate.consent.id": e.payload.consent_id, "flowgate.consent.action": "minted", "flowgate.consent.cost_cap_units": e.payload.cost_cap_units, [LEDGER.actor]: e.actor }, at);
        break;
      case "consent_revoked":
        root.addEvent("flowgate.consent", { "flowgate.consent.id": e.payload.consent_id, "flowgate.consent.action": "revoked", [LEDGER.actor]: e.actor }, at);
        break;
    }
  }
  // steps end when their last advance says so (a step reopened and finished again ends at the last)
  for (const s of run.steps) {
    const span = stepSpans.get(s.step_id);
    if (!span) continue;
    if (s.status === "done" || s.status === "skipped") span.end(ms(s.updated_at ?? run.updated_at));
  }
  for (const a of run.approvals) {
    const tool = a.tool ?? HUMAN_REVIEW_TOOL;
    const decisions = a.decisions.map((d) => ({ [APPROVAL.decision]: d.decision === "approve" ? "approved" : "denied", [APPROVAL.approver]: d.actor, ...(d.reason ? { [APPROVAL.reason]: d.reason } : {}), [GENAI.toolCallId]: a.approval_id }));
    if (a.status === "DENIED") {
      a.decisions.forEach((d, i) => root.addEvent(APPROVAL.event, decisions[i]!, ms(d.at)));
      continue;
    }
    const span = child(`${TOOL_OPERATION} ${tool}`, ms(a.requested_at), {
      [GENAI.operation]: TOOL_OPERATION,
      [GENAI.toolName]: tool,
      [GENAI.toolCallId]: a.approval_id,
      ...(a.request_ref ? { [GENAI.toolArguments]: a.request_ref } : {}),
      ...(a.step_id ? { [LEDGER.stepId]: a.step_id } : {}),
      [APPROVAL.required]: true,
      [APPROVAL.requester]: a.requested_by,
      "flowgate.approval.risk_level": a.risk_level,
      "flowgate.approval.required_approvals": a.required_approvals,
    });
    // a request still pending is exported with no approving decision, so it reads as unapproved
    if (a.status === "APPROVED") a.decisions.forEach((d, i) => span.addEvent(APPROVAL.event, decisions[i]!, ms(d.at)));
    span.end(a.status === "APPROVED" ? ms(a.decisions.at(-1)!.at) : ms(run.updated_at));
  }
  if (run.status === "cancelled") {
    root.setAttribute(GENAI.errorType, "run_cancelled");
    root.setStatus({ code: SpanStatusCode.ERROR, message: run.cancelled?.reason ?? "cancelled" });
  }
  // a run still going is exported as a snapshot: its root span ends at the ledger's last event and says its status
  root.end(ms(run.updated_at));
  const spans = exporter.getFinishedSpans();
  void provider.shutdown();
  return spans;
}

function eventOn(spans: Map<string, Span>, stepId: string, open: () => Span, name: string, attributes: Attributes, at: number): void {
  let span = spans.get(stepId);
  if (!span) {
    span = open();
    spans.set(stepId, span);
  }
  span.addEvent(name, attributes, at);
}

/** The run as one OTLP/JSON ExportTraceServiceRequest (what `flowgate run export --format otlp` writes). */
export function runAsOtlpJson(run: RunState): string {
  const bytes = JsonTraceSerializer.serializeRequest(runSpans(run));
  return JSON.stringify(JSON.parse(new TextDecoder().decode(bytes)), null, 2) + "\n";
}

/** Send the run to an OTLP/HTTP endpoint (JSON) with the OTLP trace exporter; resolves to an error message or undefined. */
export async function sendRun(run: RunState, url: string): Promise<string | undefined> {
  const exporter = new OTLPTraceExporter({ url, timeoutMillis: 10_000 });
  try {
    const result = await new Promise<{ code: number; error?: Error }>((resolve) => exporter.export(runSpans(run), resolve));
    return result.code === 0 ? undefined : (result.error?.message ?? "export failed");
  } finally {
    await exporter.shutdown();
  }
}
