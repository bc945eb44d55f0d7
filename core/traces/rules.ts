import { defineRule } from "../kernel/rule";

/** Rules on OpenTelemetry GenAI traces (core/traces). Each one's docs anchor is its id in docs/rules.md. */

export const invalidTrace = defineRule({
  id: "trace/invalid-trace",
  severity: "error",
  category: "traces",
  summary: "A file configured as a trace is not OTLP/JSON trace data.",
  help: "Flowgate reads the protobuf-JSON mapping of an OTLP ExportTraceServiceRequest: one `{ \"resourceSpans\": [...] }` object per file, or one per line as the OpenTelemetry Collector's file exporter writes them. Fix the JSON at the reported position, or remove the file from `traces.include`.",
  message: (detail: string) => `not an OTLP/JSON trace: ${detail}`,
});

export const invalidSpan = defineRule({
  id: "trace/invalid-span",
  severity: "error",
  category: "traces",
  summary: "A span lacks a field Flowgate needs (ids, name, times), has one of the wrong type, or cannot be read one way.",
  help: "Every span needs a 32-hex-digit traceId, a 16-hex-digit spanId, a name and start/end times in Unix nanoseconds; each attribute key once (OTLP requires it: readers keep either copy of a key named twice), and at most 32 approval events (a decision past them could be a denial). A span Flowgate cannot read is not judged, so it fails the gate rather than passing unseen.",
  message: (detail: string) => `span not readable: ${detail}`,
});

export const toolForbidden = defineRule({
  id: "trace/tool-forbidden",
  severity: "error",
  category: "traces",
  summary: "A tool call the policy forbids (traces.policy.forbidden-tools).",
  help: "The run called a tool named in `traces.policy.forbidden-tools` (a gen_ai.tool.name on an execute_tool span). Remove the tool from the agent, or change the policy through review.",
  message: (tool: string, callId: string) => `tool ${tool} (call ${callId}) is forbidden by traces.policy.forbidden-tools`,
});

export const approvalMissing = defineRule({
  id: "trace/approval-missing",
  severity: "error",
  category: "traces",
  summary: "A tool that needs an approval ran without an approving decision.",
  help: "Tools named in `traces.policy.approval-required` need a recorded approval: a `flowgate.approval` span event with `flowgate.approval.decision` = `approved` and a `flowgate.approval.approver` on the execute_tool span (or on any span of the run with the call's `gen_ai.tool.call.id`), a link from the execute_tool span to a span carrying those attributes, or agentledger's `tool_approval_decided` event. See README, \"Traces\".",
  message: (tool: string, callId: string, detail: string) => `tool ${tool} (call ${callId}) needs an approval: ${detail}`,
});

export const toolCallFailed = defineRule({
  id: "trace/tool-call-failed",
  severity: "error",
  category: "traces",
  summary: "A tool call ended in error (span status ERROR or error.type).",
  help: "An execute_tool span ended with status ERROR or an `error.type` attribute: the side effect may be half done. Look at the span's events (exception) and fix the tool or its arguments.",
  message: (tool: string, callId: string, error: string) => `tool ${tool} (call ${callId}) failed: ${error}`,
});

export const modelCallFailed = defineRule({
  id: "trace/model-call-failed",
  severity: "warning",
  category: "traces",
  summary: "A model call ended in error.",
  help: "A chat/generate_content span ended with status ERROR or an `error.type` attribute. When the agent handled it (its run still finished cleanly) this is a warning; an error that ended the run is also reported as trace/unhandled-error.",
  message: (model: string, error: string) => `model call to ${model} failed: ${error}`,
});

export const unhandledError = defineRule({
  id: "trace/unhandled-error",
  severity: "error",
  category: "traces",
  summary: "An agent span or a run's root span ended in error.",
  help: "An invoke_agent span, or the root span of a run, ended with status ERROR or an `error.type` attribute: the error was not handled inside the agent, so the run's outcome is unknown.",
  message: (span: string, error: string) => `${span} ended in error: ${error}`,
});

export const modelNotAllowed = defineRule({
  id: "trace/model-not-allowed",
  severity: "error",
  category: "traces",
  summary: "A model call to a model the policy does not allow (traces.policy.allowed-models).",
  help: "When `traces.policy.allowed-models` is set, every model call's gen_ai.request.model (and gen_ai.response.model when recorded) must match one of its globs.",
  message: (model: string) => `model ${model} is not in traces.policy.allowed-models`,
});

export const budgetExceeded = defineRule({
  id: "trace/budget-exceeded",
  severity: "error",
  category: "traces",
  summary: "A run used more tokens, tool calls or USD than traces.budgets allows.",
  help: "Tokens are the sum of gen_ai.usage.input_tokens and output_tokens over the run's model calls; USD prices them with `traces.prices` (per million tokens, by model glob); tool calls count execute_tool spans.",
  message: (run: string, what: string, spent: number, limit: number) => `run ${run} ${what} ${spent}, over the budget of ${limit}`,
});

export const priceUnknown = defineRule({
  id: "trace/price-unknown",
  severity: "error",
  category: "traces",
  summary: "A USD budget is set but a model call's model has no price in traces.prices.",
  help: "`traces.budgets.max-usd` can only be enforced when every model used has a price. Add the model (or a glob) to `traces.prices`.",
  message: (run: string, model: string) => `run ${run} called ${model}, which has no price in traces.prices: its cost cannot be checked against traces.budgets.max-usd`,
});

export const usageUnknown = defineRule({
  id: "trace/usage-unknown",
  severity: "error",
  category: "traces",
  summary: "A token or USD budget is set but a model call records no token usage.",
  help: "`traces.budgets.max-tokens` and `max-usd` count the tokens model-call spans record (`gen_ai.usage.input_tokens` and `gen_ai.usage.output_tokens`, or the names they replaced, `prompt_tokens` and `completion_tokens`; embeddings owe input tokens only). A call that succeeded recording none would count as free, so the run fails rather than passing unchecked, as `trace/price-unknown` does. Streamed responses record usage only when asked for it (OpenAI: `stream_options: { include_usage: true }`).",
  message: (model: string, unrecorded: string, budget: string) => `the call to ${model} records no ${unrecorded}: its tokens cannot be checked against traces.budgets.${budget}`,
});

export const runNotFinished = defineRule({
  id: "trace/run-not-finished",
  severity: "error",
  category: "traces",
  summary: "A run did not finish: its root span is missing, or its last model call asked for tools nobody returned.",
  help: "Spans are exported when they end, so a run whose root span is not in the trace was still running (or its process died) when the trace was written; a run whose last model call finished with `tool_calls` stopped before the model saw the tools' results.",
  message: (run: string, detail: string) => `run ${run} did not finish: ${detail}`,
});

export const traceTooLarge = defineRule({
  id: "trace/too-large",
  severity: "error",
  category: "traces",
  summary: "A trace has more runs, pending approvals or nesting than Flowgate judges in bounded memory.",
  help: "Flowgate reads traces streaming with fixed limits so a hostile file cannot exhaust memory or time. Whatever is past a limit is not judged, so the gate fails. Split the trace into smaller files.",
  message: (detail: string) => `trace over a limit: ${detail}`,
});

export const traceGoldenRegression = defineRule({
  id: "trace/golden-regression",
  severity: "error",
  category: "traces",
  summary: "A trace's sequence of model and tool calls differs from its golden trace.",
  help: "The run's model and tool calls (operation, model or tool, arguments, outcome; ids and times normalised) are aligned with the golden trace's by a Myers diff. Fix the regression, or accept the new behaviour with `flowgate golden <trace> <golden> --update`.",
  message: (golden: string, detail: string) => `vs ${golden}: ${detail}`,
});

export const traceGoldenMissing = defineRule({
  id: "trace/golden-missing",
  severity: "error",
  category: "traces",
  summary: "A configured trace golden does not exist or is not a readable trace.",
  help: "Create the golden with `flowgate golden <trace> <golden> --update`, or fix `traces.goldens` in .flowgate.yml.",
  message: (detail: string) => detail,
});

/** Every trace rule, for the feature descriptor and the docs. */
export const TRACE_RULES = [invalidTrace, invalidSpan, toolForbidden, approvalMissing, toolCallFailed, modelCallFailed, unhandledError, modelNotAllowed, budgetExceeded, priceUnknown, usageUnknown, runNotFinished, traceTooLarge, traceGoldenRegression, traceGoldenMissing];
