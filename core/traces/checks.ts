import picomatch from "picomatch";
import { decisionOf } from "../evidence/governance";
import { type Finding, type Range, WHOLE_FILE } from "../kernel/findings";
import { APPROVAL, GENAI } from "./conventions";
import type { TracesConfig } from "./config";
import { errorOf, kindOf, MAX_TRACES, modelOf, type Run, toolOf, unrecordedUsage } from "./model";
import { approvalMissing, budgetExceeded, modelCallFailed, modelNotAllowed, priceUnknown, runNotFinished, toolCallFailed, toolForbidden, traceTooLarge, unhandledError, usageUnknown } from "./rules";
import { type AttrValue, MAX_SPAN_ITEMS, str, type TraceSpan } from "./span";

/**
 * The checks on a trace. Most are about one span and are judged as it is read; approvals may be
 * recorded on other spans (a linked review span, an event naming the call), so a tool call that needs
 * one waits until the file is read; budgets and finishing are about whole runs.
 */

/** Tool calls needing an approval that wait for the end of the file; past this they fail at once (fail closed). */
export const MAX_PENDING_APPROVALS = 10_000;
/** Most approvals recorded away from their tool span that are remembered. */
export const MAX_REMOTE_APPROVALS = 100_000;
/** Most findings of one rule per file; one more finding counts the rest. */
export const MAX_FINDINGS_PER_RULE = 100;

interface Decision {
  approved: boolean;
  approver?: string;
  detail: string;
  timeUs: number;
}

interface Pending {
  traceId: string;
  requester?: string;
  tool: string;
  callId: string;
  links: string[];
  startUs: number;
  range: Range;
}

const matcher = (globs: readonly string[]) => (globs.length ? picomatch(globs as string[], { dot: true }) : () => false);

/** A decision from Flowgate's attributes or agentledger's event payload keys. */
function decisionFrom(attrs: Record<string, AttrValue>, timeUs: number): Decision | undefined {
  const flowgate = str(attrs[APPROVAL.decision]);
  const raw = flowgate !== undefined ? { status: flowgate, approved_by: str(attrs[APPROVAL.approver]) } : attrs;
  const { decision, approver } = decisionOf(raw as Record<string, unknown>);
  if (decision === undefined) return undefined;
  const who = typeof approver === "string" && approver.trim() !== "" ? approver : undefined;
  if (decision === "APPROVED" && who) return { approved: true, approver: who, detail: `approved by ${who}`, timeUs };
  return { approved: false, detail: decision === "APPROVED" ? "approved without an approver" : `${decision.toLowerCase()}${who ? ` by ${who}` : ""}`, timeUs };
}

/** Denials win over approvals: one recorded "no" is not overturned by another record. */
function combine(a: Decision | undefined, b: Decision | undefined): Decision | undefined {
  if (!a || !b) return a ?? b;
  return a.approved ? b : a;
}

export class TraceJudge {
  readonly findings: Finding[] = [];
  private readonly counts = new Map<string, number>();
  private readonly forbidden: (tool: string) => boolean;
  private readonly needsApproval: (tool: string) => boolean;
  private readonly allowedModel?: (model: string) => boolean;
  /** The budget counting model calls' tokens, when one is set (max-tokens, else max-usd). */
  private readonly tokenBudget?: string;
  private readonly pending: Pending[] = [];
  /** Decisions recorded on approval spans (by span id) and by events naming a call (by call id). */
  private readonly bySpan = new Map<string, Decision>();
  private readonly byCall = new Map<string, Decision>();
  private remoteOverflow = false;
  /** Root spans in error that are not agent spans, by trace: judged once it is known which traces are runs. */
  private readonly rootErrors: Finding[] = [];

  constructor(
    private readonly file: string,
    private readonly config: TracesConfig,
  ) {
    this.forbidden = matcher(config.policy["forbidden-tools"]);
    this.needsApproval = matcher(config.policy["approval-required"]);
    const allowed = config.policy["allowed-models"];
    if (allowed) this.allowedModel = matcher(allowed);
    this.tokenBudget = (["max-tokens", "max-usd"] as const).find((b) => config.budgets[b] !== undefined);
  }

  /** Record a finding; `traceId` ties it to its run (runs are assembled at the end). */
  private push(f: Finding, traceId?: string): void {
    if (traceId) f.properties = { ...f.properties, traceId };
    const n = (this.counts.get(f.rule) ?? 0) + 1;
    this.counts.set(f.rule, n);
    if (n <= MAX_FINDINGS_PER_RULE) this.findings.push(f);
  }

  private remember(map: Map<string, Decision>, key: string, d: Decision): void {
    if (map.size >= MAX_REMOTE_APPROVALS && !map.has(key)) return void (this.remoteOverflow = true);
    map.set(key, combine(map.get(key), d)!);
  }

  span(span: TraceSpan): void {
    const ownDecision = str(span.attrs.get(APPROVAL.decision)) !== undefined ? decisionFrom(Object.fromEntries(span.attrs), span.endUs) : undefined;
    if (ownDecision) this.remember(this.bySpan, span.spanId, ownDecision);
    const kind = kindOf(span);
    let onSpan: Decision | undefined;
    for (const e of span.events) {
      const d = decisionFrom(e.attrs, e.timeUs);
      if (!d) continue;
      const callId = str(e.attrs[GENAI.toolCallId]) ?? str(e.attrs.tool_call_id);
      if (kind === "tool" && (callId === undefined || callId === toolOf(span).callId)) onSpan = combine(onSpan, d);
      else if (callId !== undefined) this.remember(this.byCall, callId, d);
    }
    const error = errorOf(span);
    if (kind === "tool") {
      const { tool, callId } = toolOf(span);
      if (this.forbidden(tool)) this.push(toolForbidden.at(this.file, span.range, tool, callId), span.traceId);
      if (error) this.push(toolCallFailed.at(this.file, span.range, tool, callId, error), span.traceId);
      if (this.needsApproval(tool) || span.attrs.get(APPROVAL.required) === true) {
        const requester = str(span.attrs.get(APPROVAL.requester));
        if (onSpan?.approved && requester !== undefined && onSpan.approver === requester) onSpan = { ...onSpan, approved: false, detail: `approved by its own requester ${requester}` };
        if (onSpan && !onSpan.approved) this.push(approvalMissing.at(this.file, span.range, tool, callId, `its approval was ${onSpan.detail}`), span.traceId);
        // a denial among the links not kept would win over any approval: not judged, not passed
        else if (span.linksCut) this.push(approvalMissing.at(this.file, span.range, tool, callId, `it links to more than ${MAX_SPAN_ITEMS} spans, past which a decision is not read`), span.traceId);
        else if (!onSpan) this.wait({ traceId: span.traceId, tool, callId, requester, links: span.links, startUs: span.startUs, range: span.range });
      }
    } else if (kind === "model") {
      const model = modelOf(span);
      if (error) this.push(modelCallFailed.at(this.file, span.range, model, error), span.traceId);
      if (this.allowedModel) {
        const response = str(span.attrs.get(GENAI.responseModel));
        // the response model is a dated snapshot of the requested one: the request model is what the policy names
        const requested = str(span.attrs.get(GENAI.requestModel)) ?? response;
        if (requested === undefined || !this.allowedModel(requested)) this.push(modelNotAllowed.at(this.file, span.range, requested ?? "(unrecorded)"), span.traceId);
      }
      // a failed call is reported as such, and one refused before generating (most are) costs nothing
      if (this.tokenBudget && !error) {
        const unrecorded = unrecordedUsage(span);
        if (unrecorded.length > 0) this.push(usageUnknown.at(this.file, span.range, model, unrecorded.join(" or "), this.tokenBudget), span.traceId);
      }
    }
    if (error && kind === "agent") this.push(unhandledError.at(this.file, span.range, span.name, error), span.traceId);
    // a failed root that is no agent span (an HTTP handler, say) counts only if its trace turns out to be a run
    else if (error && !span.parentSpanId && this.rootErrors.length < MAX_PENDING_APPROVALS) this.rootErrors.push({ ...unhandledError.at(this.file, span.range, span.name, error), properties: { traceId: span.traceId } });
  }

  private wait(p: Pending): void {
    if (this.pending.length < MAX_PENDING_APPROVALS) return void this.pending.push(p);
    this.push(approvalMissing.at(this.file, p.range, p.tool, p.callId, `more than ${MAX_PENDING_APPROVALS} calls waited for approvals recorded elsewhere; not resolved`), p.traceId);
  }

  /** Judge what needed the whole file: approvals recorded elsewhere, budgets, finishing; then close the findings. */
  finish(runs: readonly Run[], overflow: number): Finding[] {
    for (const p of this.pending) {
      // an approval recorded away from the call counts only if it was decided before the call started
      const remote = [this.byCall.get(p.callId), ...p.links.map((l) => this.bySpan.get(l))].filter((d): d is Decision => d !== undefined && (d.timeUs === 0 || d.timeUs <= p.startUs));
      let decision = remote.reduce<Decision | undefined>((a, d) => combine(a, d), undefined);
      if (decision?.approved && p.requester !== undefined && decision.approver === p.requester) decision = { ...decision, approved: false, detail: `approved by its own requester ${p.requester}` };
      if (!decision) this.push(approvalMissing.at(this.file, p.range, p.tool, p.callId, this.remoteOverflow ? "no approval found (too many approvals recorded to remember them all)" : "no approval recorded"), p.traceId);
      else if (!decision.approved) this.push(approvalMissing.at(this.file, p.range, p.tool, p.callId, `its approval was ${decision.detail}`), p.traceId);
    }
    const runTraces = new Set(runs.flatMap((r) => r.traceIds));
    for (const f of this.rootErrors) if (runTraces.has(f.properties!.traceId as string)) this.push(f);
    for (const run of runs) this.judgeRun(run);
    if (overflow > 0) this.push(traceTooLarge.at(this.file, WHOLE_FILE, `${overflow} traces past the first ${MAX_TRACES} were judged span by span only (no budgets, approvals across spans, or finishing)`));
    for (const [rule, n] of this.counts) {
      if (n > MAX_FINDINGS_PER_RULE) {
        const first = this.findings.find((f) => f.rule === rule)!;
        this.findings.push({ ...first, message: `…and ${n - MAX_FINDINGS_PER_RULE} more ${rule} findings not listed`, ...WHOLE_FILE });
      }
    }
    return this.findings;
  }

  private judgeRun(run: Run): void {
    const t = run.traceIds[0];
    if (run.rootless.length > 0) this.push(runNotFinished.at(this.file, run.anchor, run.id, `no root span in trace ${run.rootless.slice(0, 3).join(", ")}${run.rootless.length > 3 ? ` and ${run.rootless.length - 3} more` : ""} (still running or its process died when the trace was written)`), t);
    else if (run.snapshotStatus !== undefined) this.push(runNotFinished.at(this.file, run.anchor, run.id, `it was exported while ${run.snapshotStatus} (flowgate.run.status)`), t);
    else if (run.endsAwaitingTools) this.push(runNotFinished.at(this.file, run.anchor, run.id, "its last model call asked for tools and no model call saw their results"), t);
    const b = this.config.budgets;
    const tokens = run.inputTokens + run.outputTokens;
    if (b["max-tokens"] !== undefined && tokens > b["max-tokens"]) this.push(budgetExceeded.at(this.file, run.anchor, run.id, "used tokens", tokens, b["max-tokens"]), t);
    if (b["max-tool-calls"] !== undefined && run.toolCalls > b["max-tool-calls"]) this.push(budgetExceeded.at(this.file, run.anchor, run.id, "made tool calls", run.toolCalls, b["max-tool-calls"]), t);
    if (b["max-usd"] !== undefined) {
      const { usd, unpriced } = costOf(run, this.config.prices);
      for (const model of unpriced) this.push(priceUnknown.at(this.file, run.anchor, run.id, model), t);
      if (usd > b["max-usd"]) this.push(budgetExceeded.at(this.file, run.anchor, run.id, "spent USD", usd, b["max-usd"]), t);
    }
  }
}

/** The run's cost from its tokens by model and the price table (USD per million tokens; the first matching glob prices a model). */
export function costOf(run: Run, prices: TracesConfig["prices"]): { usd: number; unpriced: string[] } {
  const table = Object.entries(prices).map(([glob, price]) => ({ match: picomatch(glob, { dot: true }), price }));
  let micro = 0;
  const unpriced: string[] = [];
  for (const [model, tokens] of run.tokensByModel) {
    const price = table.find((p) => p.match(model))?.price;
    if (!price) {
      if (tokens.input + tokens.output > 0) unpriced.push(model);
      continue;
    }
    micro += tokens.input * price.input + tokens.output * price.output;
  }
  return { usd: Number((micro / 1e6).toPrecision(12)), unpriced };
}
