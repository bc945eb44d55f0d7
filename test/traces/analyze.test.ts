import { describe, expect, it } from "vitest";
import { analyzeTrace } from "../../core/traces/analyze";
import { DEFAULT_TRACES_CONFIG } from "../../core/traces/config";
import { agent, chat, COL, config, fixture, judge, POLICY, tool } from "./helpers";

const brief = (file: string, text: string, cfg = POLICY) => analyzeTrace(file, text, cfg).findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`);

describe("traces produced by real instrumentation (openai + @opentelemetry/instrumentation-openai)", () => {
  it("weather.otlp.json (one pretty-printed request): one run that passes, with its calls in time order", () => {
    const r = analyzeTrace("weather.otlp.json", fixture("weather.otlp.json"), POLICY);
    expect(r.findings).toEqual([]);
    expect(r.verdict).toMatchObject({ verdict: "pass", spans: 4, errors: 0 });
    expect(r.verdict.runs).toHaveLength(1);
    const run = r.verdict.runs[0]!;
    expect(run).toMatchObject({ id: "conv-weather", agents: ["weather-agent"], modelCalls: 2, toolCalls: 1, tokens: 52 + 17 + 88 + 12, finished: true, failing: [] });
    expect(run.timeline.map((c) => `${c.kind} ${c.name} ${c.outcome}`)).toEqual(["agent weather-agent ok", "model gpt-4o-mini ok", "tool get_weather ok", "model gpt-4o-mini ok"]);
    expect(run.timeline[2]!.callId).toBe("call_1_0");
  });

  it("ops.otlp.jsonl (one request per line, as the Collector's file exporter writes): exact findings at each span's line and column", () => {
    expect(brief("ops.otlp.jsonl", fixture("ops.otlp.jsonl"))).toEqual([
      "trace/model-not-allowed 1:247 model gpt-4o is not in traces.policy.allowed-models",
      "trace/tool-call-failed 1:1346 tool read_file (call call_1_0) failed: ToolError: ENOENT: CHANGELOG.md",
      "trace/model-not-allowed 2:1821 model gpt-4o is not in traces.policy.allowed-models",
      "trace/approval-missing 3:231 tool deploy_prod (call call_2_0) needs an approval: no approval recorded",
      "trace/tool-forbidden 3:1032 tool run_shell (call call_2_1) is forbidden by traces.policy.forbidden-tools",
      "trace/model-not-allowed 3:1953 model gpt-4o is not in traces.policy.allowed-models",
      "trace/budget-exceeded 4:231 run conv-ops used tokens 2087, over the budget of 1000",
    ]);
  });

  it("ops.otlp.jsonl: delete_branch (approval event on its span) and send_email (linked approval span) are approved", () => {
    const r = analyzeTrace("ops.otlp.jsonl", fixture("ops.otlp.jsonl"), POLICY);
    const tools = r.verdict.runs[0]!.timeline.filter((c) => c.kind === "tool").map((c) => c.name);
    expect(tools).toEqual(["read_file", "delete_branch", "send_email", "deploy_prod", "run_shell"]);
    expect(r.findings.filter((f) => /delete_branch|send_email/.test(f.message))).toEqual([]);
    expect(r.verdict.runs[0]!.failing.sort()).toEqual(["trace/approval-missing", "trace/budget-exceeded", "trace/model-not-allowed", "trace/tool-call-failed", "trace/tool-forbidden"]);
  });

  it("crash.otlp.json: a failed model call, the agent's unhandled error, and a run whose process died", () => {
    expect(brief("crash.otlp.json", fixture("crash.otlp.json"), DEFAULT_TRACES_CONFIG)).toEqual([
      "trace/model-call-failed 108:13 model call to gpt-4o-mini failed: InternalServerError: 500 upstream overloaded",
      "trace/run-not-finished 165:13 run 9a94b7c3ea11f5b2a7293bafb07a805a did not finish: no root span in trace 9a94b7c3ea11f5b2a7293bafb07a805a (still running or its process died when the trace was written)",
      "trace/unhandled-error 315:13 invoke_agent triage-agent ended in error: InternalServerError: 500 upstream overloaded",
    ]);
    const runs = analyzeTrace("crash.otlp.json", fixture("crash.otlp.json")).verdict.runs;
    expect(runs.map((r) => [r.id, r.verdict, r.finished])).toEqual([
      ["9a94b7c3ea11f5b2a7293bafb07a805a", "fail", false],
      ["conv-triage", "fail", true],
    ]);
  });

  it("the same requests compact on one line, pretty-printed, or with CRLF line ends give the same findings (positions aside)", () => {
    const text = fixture("crash.otlp.json");
    const compact = JSON.stringify(JSON.parse(text));
    const rules = (t: string) => analyzeTrace("x", t).findings.map((f) => `${f.rule} ${f.message}`);
    expect(rules(compact)).toEqual(rules(text));
    expect(rules(text.replace(/\n/g, "\r\n"))).toEqual(rules(text));
    expect(analyzeTrace("x", text.replace(/\n/g, "\r\n")).findings.map((f) => `${f.line}:${f.column}`)).toEqual(["108:13", "165:13", "315:13"]);
  });
});

describe("trace/tool-forbidden", () => {
  it("fails a forbidden tool (glob) and passes an allowed one", () => {
    const cfg = config({ policy: { "forbidden-tools": ["shell_*"] } });
    expect(judge([agent("1"), chat("2", "1"), tool("3", "1", "shell_exec", "c1"), chat("4", "1")], cfg).brief).toEqual([`trace/tool-forbidden 3:${COL}`]);
    expect(judge([agent("1"), chat("2", "1"), tool("3", "1", "read_file", "c1"), chat("4", "1")], cfg).brief).toEqual([]);
  });
});

describe("trace/approval-missing", () => {
  const cfg = config({ policy: { "approval-required": ["deploy"] } });
  const approval = (decision: string, approver?: string, extra: [string, string][] = []) => ({ name: "flowgate.approval", time: 31, attrs: [["flowgate.approval.decision", decision], ...(approver ? [["flowgate.approval.approver", approver]] : []), ...extra] as [string, string][] });
  const run = (t: ReturnType<typeof tool>, more: ReturnType<typeof tool>[] = []) => judge([agent("1"), chat("2", "1"), ...more, t, chat("4", "1", undefined, undefined, "stop", { start: 50, end: 60 })], cfg);

  it("fails a tool that needs an approval and has none", () => {
    expect(run(tool("3", "1", "deploy", "c1")).findings.map((f) => f.message)).toEqual(["tool deploy (call c1) needs an approval: no approval recorded"]);
  });
  it("passes with a flowgate.approval event on the execute_tool span", () => {
    expect(run(tool("3", "1", "deploy", "c1", { events: [approval("approved", "alice")] })).brief).toEqual([]);
  });
  it("fails a denied approval and an approval without an approver", () => {
    expect(run(tool("3", "1", "deploy", "c1", { events: [approval("denied", "alice")] })).findings.map((f) => f.message)).toEqual(["tool deploy (call c1) needs an approval: its approval was denied by alice"]);
    expect(run(tool("3", "1", "deploy", "c1", { events: [approval("approved")] })).findings.map((f) => f.message)).toEqual(["tool deploy (call c1) needs an approval: its approval was approved without an approver"]);
  });
  it("a denial is not overturned by a second approval event", () => {
    expect(run(tool("3", "1", "deploy", "c1", { events: [approval("denied", "bob"), approval("approved", "alice")] })).brief).toEqual([`trace/approval-missing 3:${COL}`]);
  });
  it("passes with an approval span the tool span links to, decided before the call", () => {
    const review = { id: "9", trace: "b2", name: "flowgate.approval", start: 1, end: 2, attrs: [["flowgate.approval.decision", "approved"], ["flowgate.approval.approver", "alice"]] as [string, string][] };
    expect(run(tool("3", "1", "deploy", "c1", { links: ["9"] }), [review]).brief).toEqual([]);
    // decided after the tool had started: not an approval of it
    expect(run(tool("3", "1", "deploy", "c1", { links: ["9"] }), [{ ...review, start: 35, end: 36 }]).brief).toEqual([`trace/approval-missing 4:${COL}`]);
    // a link to a span that is no approval
    expect(run(tool("3", "1", "deploy", "c1", { links: ["8"] }), [{ ...review, id: "8", attrs: [] }]).brief).toEqual([`trace/approval-missing 4:${COL}`]);
  });
  it("passes with an event elsewhere in the run naming the call by gen_ai.tool.call.id, and accepts agentledger's tool_approval_decided", () => {
    const onAgent = agent("1", { events: [{ ...approval("approved", "alice", [["gen_ai.tool.call.id", "c1"]]), time: 5 }] });
    expect(judge([onAgent, chat("2", "1"), tool("3", "1", "deploy", "c1")], cfg).brief).toEqual([]);
    const ledger = { name: "tool_approval_decided", time: 31, attrs: [["status", "APPROVED"], ["approved_by", "carol"]] as [string, string][] };
    expect(run(tool("3", "1", "deploy", "c1", { events: [ledger] })).brief).toEqual([]);
    expect(run(tool("3", "1", "deploy", "c1", { events: [{ ...ledger, attrs: [["status", "DENIED"], ["approved_by", "carol"]] }] })).brief).toEqual([`trace/approval-missing 3:${COL}`]);
  });
  it("flowgate.approval.required on the span asks for an approval whatever the policy; an approval by its own requester does not count", () => {
    const judgeBool = (events: ReturnType<typeof approval>[]) => {
      const t = tool("3", "1", "publish", "c9", { events });
      t.attrs = [...t.attrs!, ["flowgate.approval.required", true], ["flowgate.approval.requester", "alice"]];
      return judge([agent("1"), chat("2", "1"), t, chat("4", "1", undefined, undefined, "stop", { start: 50, end: 60 })], DEFAULT_TRACES_CONFIG).findings.map((f) => f.message);
    };
    expect(judgeBool([])).toEqual(["tool publish (call c9) needs an approval: no approval recorded"]);
    expect(judgeBool([approval("approved", "alice")])).toEqual(["tool publish (call c9) needs an approval: its approval was approved by its own requester alice"]);
    expect(judgeBool([approval("approved", "bob")])).toEqual([]);
  });
  it("an approval event naming another call does not approve this one", () => {
    expect(run(tool("3", "1", "deploy", "c1", { events: [approval("approved", "alice", [["gen_ai.tool.call.id", "c2"]])] })).brief).toEqual([`trace/approval-missing 3:${COL}`]);
  });
});

describe("trace/tool-call-failed, trace/model-call-failed, trace/unhandled-error", () => {
  it("trace/tool-call-failed: a tool span with status ERROR fails; a clean one passes", () => {
    expect(judge([agent("1"), tool("3", "1", "t", "c1", { error: "boom" }), chat("4", "1")], DEFAULT_TRACES_CONFIG).findings.map((f) => `${f.rule} ${f.message}`)).toEqual(["trace/tool-call-failed tool t (call c1) failed: boom"]);
    expect(judge([agent("1"), tool("3", "1", "t", "c1"), chat("4", "1")], DEFAULT_TRACES_CONFIG).brief).toEqual([]);
  });
  it("trace/model-call-failed is a warning when the agent carried on; trace/unhandled-error when the agent span failed", () => {
    const handled = judge([agent("1"), chat("2", "1", "m", [1, 1], "stop", { error: "rate limited" }), chat("4", "1", "m", [1, 1], "stop", { start: 30 })], DEFAULT_TRACES_CONFIG);
    expect(handled.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(["trace/model-call-failed warning"]);
    expect(handled.verdict.verdict).toBe("pass");
    const unhandled = judge([agent("1", { error: "crashed" }), chat("2", "1")], DEFAULT_TRACES_CONFIG);
    expect(unhandled.brief).toEqual([`trace/unhandled-error 1:${COL}`]);
  });
  it("trace/unhandled-error: a root span (not an agent) in error fails too, when its trace is a run", () => {
    expect(judge([{ id: "1", name: "POST /run", error: "500" }, chat("2", "1")], DEFAULT_TRACES_CONFIG).brief).toEqual([`trace/unhandled-error 1:${COL}`]);
    // a failed request of a trace with no GenAI spans is not an agent run
    expect(judge([{ id: "1", name: "POST /health", error: "500" }, agent("5", { trace: "a2" }), chat("6", "5", "m", [1, 1], "stop", { trace: "a2" })], DEFAULT_TRACES_CONFIG).brief).toEqual([]);
  });
});

describe("trace/model-not-allowed", () => {
  it("fails a model outside allowed-models (by request model) and passes one inside; absent list allows any", () => {
    const cfg = config({ policy: { "allowed-models": ["gpt-4o-mini*"] } });
    expect(judge([agent("1"), chat("2", "1", "o1-preview")], cfg).brief).toEqual([`trace/model-not-allowed 2:${COL}`]);
    expect(judge([agent("1"), chat("2", "1", "gpt-4o-mini")], cfg).brief).toEqual([]);
    expect(judge([agent("1"), chat("2", "1", "o1-preview")], DEFAULT_TRACES_CONFIG).brief).toEqual([]);
  });
});

describe("trace/budget-exceeded and trace/price-unknown", () => {
  const spans = [agent("1"), chat("2", "1", "m1", [600, 100], "tool_calls"), tool("3", "1", "a", "c1"), tool("4", "1", "b", "c2"), chat("5", "1", "m1", [900, 50], "stop", { start: 50, end: 60 })];
  it("trace/budget-exceeded: tokens, tool calls and USD over budget fail at the run's root span; within budget passes", () => {
    const over = judge(spans, config({ budgets: { "max-tokens": 1649, "max-tool-calls": 1, "max-usd": 0.001 }, prices: { "m*": { input: 1, output: 2 } } }));
    expect(over.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`)).toEqual([
      `trace/budget-exceeded 1:${COL} run ${"a1".padStart(32, "0")} used tokens 1650, over the budget of 1649`,
      `trace/budget-exceeded 1:${COL} run ${"a1".padStart(32, "0")} made tool calls 2, over the budget of 1`,
      `trace/budget-exceeded 1:${COL} run ${"a1".padStart(32, "0")} spent USD 0.0018, over the budget of 0.001`,
    ]);
    expect(judge(spans, config({ budgets: { "max-tokens": 1650, "max-tool-calls": 2, "max-usd": 0.0018 }, prices: { "m*": { input: 1, output: 2 } } })).brief).toEqual([]);
  });
  it("trace/price-unknown: a USD budget with an unpriced model fails (it cannot be checked); priced passes", () => {
    expect(judge(spans, config({ budgets: { "max-usd": 100 }, prices: { other: { input: 1, output: 1 } } })).brief).toEqual([`trace/price-unknown 1:${COL}`]);
    expect(judge(spans, config({ budgets: { "max-usd": 100 }, prices: { m1: { input: 1, output: 1 } } })).brief).toEqual([]);
  });
});

describe("trace/usage-unknown: a model call recording no tokens under a token or USD budget", () => {
  const usage = (id: string, op: string, attrs: Array<[string, string | number]>) => ({ id, parent: "1", name: `${op} m`, start: 10, end: 20, attrs: [["gen_ai.operation.name", op], ["gen_ai.request.model", "m"], ...attrs] as Array<[string, string | number]> });
  it("stream.otlp.json (real instrumentation, a streamed answer that did not ask for usage): the first run's chat span fails under max-tokens; the second (stream_options.include_usage) passes", () => {
    const text = fixture("stream.otlp.json");
    expect(brief("stream.otlp.json", text, config({ budgets: { "max-tokens": 1000 } }))).toEqual([
      "trace/usage-unknown 22:13 the call to gpt-4o-mini records no gen_ai.usage.input_tokens or gen_ai.usage.output_tokens: its tokens cannot be checked against traces.budgets.max-tokens",
    ]);
    expect(brief("stream.otlp.json", text, config({ budgets: { "max-usd": 1 }, prices: { "gpt-4o-mini*": { input: 0.15, output: 0.6 } } }))).toEqual([
      "trace/usage-unknown 22:13 the call to gpt-4o-mini records no gen_ai.usage.input_tokens or gen_ai.usage.output_tokens: its tokens cannot be checked against traces.budgets.max-usd",
    ]);
    // no token budget: nothing to check, nothing owed
    expect(brief("stream.otlp.json", text, DEFAULT_TRACES_CONFIG)).toEqual([]);
    expect(analyzeTrace("stream.otlp.json", text).verdict.runs.map((r) => [r.id, r.tokens])).toEqual([["conv-stream", 0], ["conv-stream-usage", 73]]);
  });

  it("the names the conventions replaced (gen_ai.usage.prompt_tokens, completion_tokens) count against the budget; the current name wins where both are set", () => {
    const spans = [agent("1"), usage("2", "chat", [["gen_ai.usage.prompt_tokens", 600], ["gen_ai.usage.completion_tokens", 100]]), usage("3", "chat", [["gen_ai.usage.input_tokens", 5], ["gen_ai.usage.prompt_tokens", 900], ["gen_ai.usage.output_tokens", 1]])];
    expect(judge(spans, config({ budgets: { "max-tokens": 705 } })).findings.map((f) => f.message)).toEqual([`run ${"a1".padStart(32, "0")} used tokens 706, over the budget of 705`]);
    expect(judge(spans, config({ budgets: { "max-tokens": 706 } })).brief).toEqual([]);
  });

  it("a count that is no count (a string, negative) or missing half is unknown; embeddings owe input tokens only", () => {
    const spans = [
      agent("1"),
      usage("2", "chat", [["gen_ai.usage.input_tokens", "64"], ["gen_ai.usage.output_tokens", 9]]),
      usage("3", "text_completion", [["gen_ai.usage.input_tokens", 64], ["gen_ai.usage.output_tokens", -1]]),
      usage("4", "embeddings", [["gen_ai.usage.input_tokens", 12]]),
      usage("5", "embeddings", []),
    ];
    expect(judge(spans, config({ budgets: { "max-tokens": 10_000 } })).findings.map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([
      "trace/usage-unknown 2 the call to m records no gen_ai.usage.input_tokens: its tokens cannot be checked against traces.budgets.max-tokens",
      "trace/usage-unknown 3 the call to m records no gen_ai.usage.output_tokens: its tokens cannot be checked against traces.budgets.max-tokens",
      "trace/usage-unknown 5 the call to m records no gen_ai.usage.input_tokens: its tokens cannot be checked against traces.budgets.max-tokens",
    ]);
    expect(judge(spans, config({ budgets: { "max-tool-calls": 3 } })).brief).toEqual([]);
  });
});

describe("trace/run-not-finished", () => {
  it("fails a run without its root span, and one whose last model call asked for tools; a finished run passes", () => {
    expect(judge([chat("2", "1"), tool("3", "1", "t", "c")], DEFAULT_TRACES_CONFIG).findings.map((f) => f.message)).toEqual([`run ${"a1".padStart(32, "0")} did not finish: no root span in trace ${"a1".padStart(32, "0")} (still running or its process died when the trace was written)`]);
    expect(judge([agent("1"), chat("2", "1", "m", [1, 1], "tool_calls"), tool("3", "1", "t", "c")], DEFAULT_TRACES_CONFIG).findings.map((f) => f.message)).toEqual([`run ${"a1".padStart(32, "0")} did not finish: its last model call asked for tools and no model call saw their results`]);
    expect(judge([agent("1"), chat("2", "1", "m", [1, 1], "tool_calls"), tool("3", "1", "t", "c"), chat("4", "1", "m", [1, 1], "stop", { start: 50 })], DEFAULT_TRACES_CONFIG).brief).toEqual([]);
  });
});

describe("runs", () => {
  it("traces sharing a gen_ai.conversation.id are one run; budgets apply to the whole conversation", () => {
    const conv = (id: string, trace: string) => agent(id, { trace, attrs: [["gen_ai.operation.name", "invoke_agent"], ["gen_ai.conversation.id", "conv-1"]] });
    const r = judge([conv("1", "a1"), chat("2", "1", "m", [300, 0], "stop", { trace: "a1" }), conv("5", "a2"), chat("6", "5", "m", [300, 0], "stop", { trace: "a2" })], config({ budgets: { "max-tokens": 500 } }));
    expect(r.verdict.runs.map((x) => [x.id, x.traces, x.tokens])).toEqual([["conv-1", 2, 600]]);
    expect(r.brief).toEqual([`trace/budget-exceeded 1:${COL}`]);
  });
  it("traces without GenAI spans are not runs", () => {
    expect(judge([{ id: "1", name: "GET /health" }], DEFAULT_TRACES_CONFIG).verdict.runs).toEqual([]);
  });
});
