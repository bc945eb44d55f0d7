import { describe, expect, it } from "vitest";
import type { Config } from "../../core/config/schema";
import { at, baseBlueprint, briefs, findingsOf, span, text, withConfig } from "./helpers";

function check(mutate: (bp: any) => void, config?: Config) {
  const bp = baseBlueprint();
  mutate(bp);
  const t = text(bp);
  return { t, findings: findingsOf(t, config) };
}
const subprocessAgent = (template: string) => ({ name: "sh", kind: "subprocess", spec: {}, runner: { backend: "subprocess", template }, profile: { extras: { expected_output: { kind: "inline_markdown" } } } });
const withShStep = (bp: any) => bp.flow.children.push({ kind: "step", ref: "sh", in: { op: "lit", value: "x" }, out: { op: "path", at: "$.sh" } });

describe("compiler diagnostics (upstream kind names)", () => {
  it("the clean Blueprint has none", () => {
    expect(check(() => {}).findings).toEqual([]);
  });

  it("bound-agent-resolution: an unknown runner_ref, at the ref", () => {
    const { t, findings } = check((bp) => {
      delete bp.agents[1].runner;
      bp.agents[1].runner_ref = "claud";
      bp.runners = [{ name: "claude", runner: { backend: "ws_operator", variant: "claude" } }];
    });
    // bp_doctor's warning form of the same failure comes with it (doctor.test.ts).
    expect(briefs(findings)).toEqual([at(t, '"claud"', "blueprint/bound-agent-resolution"), at(t, '"claud"', "blueprint/binding-resolution-error")]);
    expect(findings[0]!.message).toBe(`bound agent resolution: agent 'gate' runner_ref 'claud' does not match any runners[].name (defined: ["claude"]) — did you mean \`claude\`?`);
    expect(check((bp) => { delete bp.agents[1].runner; bp.agents[1].runner_ref = "claude"; bp.runners = [{ name: "claude", runner: { backend: "ws_operator", variant: "claude" } }]; }).findings).toEqual([]);
  });

  it("bound-agent-resolution: an unknown default_runner, only when some agent falls through to it", () => {
    const { t, findings } = check((bp) => (bp.default_runner = "nowhere"));
    expect(briefs(findings)).toEqual([at(t, '"nowhere"', "blueprint/bound-agent-resolution"), at(t, '"nowhere"', "blueprint/binding-resolution-error")]);
    expect(findings[0]!.message).toBe("bound agent resolution: default_runner 'nowhere' does not match any runners[].name (defined: []) (agent 'scout' resolves to it)");
    // Every agent stops at an earlier tier: the default is never consulted (upstream resolves lazily).
    expect(check((bp) => { bp.default_runner = "nowhere"; bp.agents[0].runner = { backend: "agent_block_in_process" }; }).findings).toEqual([]);
  });

  it("removed-spawner-hint: operator_delegate, with the replacement named", () => {
    const { t, findings } = check((bp) => (bp.spawner_hints = { layers: ["main_ai", "operator_delegate"] }));
    expect(briefs(findings)).toEqual([at(t, '"operator_delegate"', "blueprint/removed-spawner-hint")]);
    expect(findings[0]!.severity).toBe("error");
    expect(findings[0]!.message).toContain("use `operators[]` + `spec.operator_ref` (+ `operator_sid` per launch) instead");
    // Unknown layer keys are skipped by the linker, not errors.
    expect(check((bp) => (bp.spawner_hints = { layers: ["main_ai", "senior_escalation", "site_custom"] })).findings).toEqual([]);
  });

  it("unresolved-operator-ref: at spec.operator_ref, with did-you-mean", () => {
    const { t, findings } = check((bp) => (bp.agents[1].spec.operator_ref = "main_ai"));
    expect(briefs(findings)).toEqual([at(t, '"main_ai"', "blueprint/unresolved-operator-ref")]);
    expect(findings[0]!.message).toBe("agent 'gate' operator_ref 'main_ai' does not match any operators[].name (defined: `main-ai`) — did you mean `main-ai`?");
  });

  it("unresolved-meta-ref: an agent's meta_ref and a literal $step_meta.ref", () => {
    const { t, findings } = check((bp) => {
      bp.metas = [{ name: "house-style", ctx: {} }];
      bp.agents[0].meta = { meta_ref: "house-styl" };
      bp.flow.children[0].in = { op: "lit", value: { $step_meta: { ref: "brief" }, $in: "go" } };
    });
    expect(briefs(findings)).toEqual([at(t, '"house-styl"', "blueprint/unresolved-meta-ref"), at(t, '"brief"', "blueprint/unresolved-meta-ref")]);
    expect(findings[0]!.message).toBe("AgentMeta.meta_ref of agent 'scout' names an undefined MetaDef 'house-styl' (defined: `house-style`) — did you mean `house-style`?");
    expect(findings[1]!.message).toBe("Step 'scout' $step_meta.ref names an undefined MetaDef 'brief' (defined: `house-style`)");
    expect(check((bp) => { bp.metas = [{ name: "brief", ctx: {} }]; bp.agents[0].meta = { meta_ref: "brief" }; bp.flow.children[0].in = { op: "lit", value: { $step_meta: { ref: "brief" } } }; }).findings).toEqual([]);
  });

  it("unresolved-audit-agent", () => {
    const { t, findings } = check((bp) => (bp.audits = [{ agent: "auditr", steps: ["gate"] }]));
    expect(briefs(findings)).toEqual([at(t, '"auditr"', "blueprint/unresolved-audit-agent")]);
    expect(check((bp) => (bp.audits = [{ agent: "scout", steps: ["*"], mode: "sync" }])).findings).toEqual([]);
  });

  it("duplicate-agent-name: at the second declaration", () => {
    const { t, findings } = check((bp) => bp.agents.push({ ...bp.agents[0] }));
    expect(briefs(findings)).toEqual([at(t, '"scout"', "blueprint/duplicate-agent-name", { after: '"operator_ref"' })]);
    expect(findings[0]!.message).toBe("duplicate agent name 'scout' (first declared at agents[0])");
  });

  it("unknown-agent-kind: a kind the deployment registers no factory for, under strict_kind", () => {
    const config = withConfig({ "registered-kinds": ["operator", "lua"] });
    const { t, findings } = check(() => {}, config);
    expect(briefs(findings)).toEqual([at(t, '"rust_fn"', "blueprint/unknown-agent-kind")]);
    // strict_kind: false drops the agent instead; its step then fails strict_refs.
    const lax = check((bp) => (bp.strategy = { strict_kind: false }), config);
    expect(briefs(lax.findings)).toEqual([at(lax.t, '"scout"', "blueprint/unresolved-agent-ref", { after: '"flow"' })]);
    expect(check(() => {}, withConfig({ "registered-kinds": ["operator", "rust_fn"] })).findings).toEqual([]);
  });

  it("unresolved-agent-ref under strict_refs (default), not with strict_refs: false", () => {
    const { t, findings } = check((bp) => (bp.flow.children[0].ref = "scuot"));
    expect(briefs(findings)).toEqual([at(t, '"scuot"', "blueprint/unresolved-agent-ref")]);
    expect(findings[0]!.message).toBe("flow references agent 'scuot' but no AgentDef matches — did you mean `scout`?");
    expect(check((bp) => { bp.flow.children[0].ref = "scuot"; bp.strategy = { strict_refs: false }; }).findings).toEqual([]);
  });
});

describe("invalid-agent-spec", () => {
  it("rust_fn and lua need fn_id (lua may carry inline source)", () => {
    const { t, findings } = check((bp) => (bp.agents[0].spec = { fn: "identity" }));
    expect(briefs(findings)).toEqual([span(t, "{", "}", "blueprint/invalid-agent-spec", { after: '"spec"' })]);
    expect(findings[0]!.message).toBe("agent 'scout' spec invalid: rust_fn spec: 'fn_id' (string) required");
    expect(check((bp) => { bp.agents[0].kind = "lua"; bp.agents[0].spec = { source: "return ctx" }; }).findings).toEqual([]);
    const numeric = check((bp) => (bp.agents[0].spec = { fn_id: 7 }));
    expect(briefs(numeric.findings)).toEqual([at(numeric.t, "7", "blueprint/invalid-agent-spec", { after: '"fn_id"' })]);
  });

  it("operator needs a string operator_ref", () => {
    const { t, findings } = check((bp) => (bp.agents[1].spec = { operator_ref: 3 }));
    expect(briefs(findings)).toEqual([at(t, "3", "blueprint/invalid-agent-spec", { after: '"operator_ref"' })]);
    expect(findings[0]!.message).toBe("agent 'gate' spec invalid: operator spec: 'operator_ref' (string) required");
  });

  it("subprocess without a template runner needs spec.program; a known stream_mode", () => {
    const { t, findings } = check((bp) => {
      bp.agents.push({ ...subprocessAgent("x"), runner: undefined, spec: { args: ["-c"], stream_mode: "ndjson" } });
      withShStep(bp);
    });
    expect(findings.map((f) => f.message)).toEqual([
      "agent 'sh' spec invalid: shell spec: 'program' (string) required (or a `subprocess` Runner naming a subprocesses[] template)",
      "agent 'sh' spec invalid: unknown stream_mode: ndjson",
    ]);
    expect(briefs(findings)[1]).toBe(at(t, '"ndjson"', "blueprint/invalid-agent-spec"));
    expect(check((bp) => { bp.agents.push({ ...subprocessAgent("x"), runner: undefined, spec: { program: "sh", stream_mode: "sse_events" } }); withShStep(bp); }).findings).toEqual([]);
  });

  it("a Runner::Subprocess template must exist", () => {
    const { t, findings } = check((bp) => {
      bp.agents.push(subprocessAgent("sh-ech"));
      bp.subprocesses = [{ name: "sh-echo", argv: ["echo"] }];
      withShStep(bp);
    });
    expect(briefs(findings)).toEqual([at(t, '"sh-ech"', "blueprint/invalid-agent-spec")]);
    expect(findings[0]!.message).toBe("agent 'sh' spec invalid: Runner::Subprocess template 'sh-ech' not found in Blueprint.subprocesses (defined: [sh-echo]) — did you mean `sh-echo`?");
  });

  it("template checks: argv, placeholders, output vs stream_mode, format, JSON pointers", () => {
    const { t, findings } = check((bp) => {
      bp.agents.push(subprocessAgent("bad"));
      bp.subprocesses = [
        { name: "bad", argv: ["run", "--model={model}", "--x={evil}"], stdin: "{prompt}{json}", env: { K: "{api_key}", OK: "{ not a token }" }, stream_mode: "ndjson_lines", output: { format: "yaml", result_ptr: "result", ok_from: "ok" } },
        { name: "empty", argv: [] },
      ];
      withShStep(bp);
    });
    expect(briefs(findings)).toEqual([
      at(t, '"--x={evil}"', "blueprint/invalid-agent-spec"),
      at(t, '"{prompt}{json}"', "blueprint/invalid-agent-spec"),
      at(t, '"{api_key}"', "blueprint/invalid-agent-spec"),
      span(t, "{", '"ok"\n      }', "blueprint/invalid-agent-spec", { after: '"output"' }),
      at(t, '"yaml"', "blueprint/invalid-agent-spec"),
      at(t, '"result"', "blueprint/invalid-agent-spec"),
      at(t, '"ok"', "blueprint/invalid-agent-spec", { after: '"ok_from"' }),
    ]);
    expect(findings.map((f) => f.message.replace("agent 'sh' spec invalid: SubprocessDef 'bad': ", ""))).toEqual([
      "unknown placeholder '{evil}' in argv[2]; closed set is {system, system_file, prompt, model, tools_csv, work_dir, task_id, attempt}",
      "unknown placeholder '{json}' in stdin; closed set is {system, system_file, prompt, model, tools_csv, work_dir, task_id, attempt}",
      "unknown placeholder '{api_key}' in env['K']; closed set is {system, system_file, prompt, model, tools_csv, work_dir, task_id, attempt}",
      "output normalization is a plain-mode declaration; remove either `output` or `stream_mode`",
      "unknown output.format 'yaml' (supported: \"json\")",
      "output.result_ptr 'result' is not a JSON Pointer (RFC 6901 — must start with '/')",
      "output.ok_from 'ok' must be \"exit_code\" or a JSON Pointer (starting with '/')",
    ]);
    const empty = check((bp) => { bp.agents.push(subprocessAgent("empty")); bp.subprocesses = [{ name: "empty", argv: [] }]; withShStep(bp); });
    expect(briefs(empty.findings)).toEqual([at(empty.t, "[]", "blueprint/invalid-agent-spec", { after: '"argv"' })]);
    expect(empty.findings[0]!.message).toBe("agent 'sh' spec invalid: SubprocessDef 'empty': argv must not be empty");
  });

  it("agent_block: a script_path agent cannot be granted mcp__ tools", () => {
    const block = (tools: string[]) => (bp: any) => {
      bp.agents[0] = { name: "scout", kind: "agent_block", spec: { script_path: "gate.lua" }, runner: { backend: "agent_block_in_process", tools }, profile: bp.agents[0].profile };
    };
    const { t, findings } = check(block(["Read", "mcp__outline__list_docs"]));
    expect(briefs(findings)).toEqual([at(t, '"gate.lua"', "blueprint/invalid-agent-spec")]);
    expect(findings[0]!.message).toContain("[mcp__outline__list_docs]");
    expect(check(block(["Read", "WebSearch"])).findings).toEqual([]);
  });
});

describe("worker-binding-missing at compile", () => {
  it("an operator agent with no Runner and no profile.worker_binding is an error at its name", () => {
    const { t, findings } = check((bp) => {
      delete bp.agents[1].runner;
      delete bp.agents[1].profile.worker_binding;
    });
    expect(briefs(findings)).toEqual([at(t, '"gate"', "blueprint/worker-binding-missing", { after: '"agents"' })]);
    expect(findings[0]!.severity).toBe("error");
    // An agent_block_in_process runner carries no binding either (upstream's projection clears it).
    const inproc = check((bp) => { bp.agents[1].runner = { backend: "agent_block_in_process" }; delete bp.agents[1].profile.worker_binding; });
    expect(inproc.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(["error blueprint/worker-binding-missing"]);
  });
});

describe("verdict contracts", () => {
  it("verdict-channel-mismatch: the cond reads parts.verdict of a body-channel contract", () => {
    const { t, findings } = check((bp) => (bp.agents[1].verdict.channel = "body"));
    expect(briefs(findings, "error")).toEqual([at(t, '"$.gate.parts.verdict"', "blueprint/verdict-channel-mismatch"), at(t, '"$.gate.parts.verdict"', "blueprint/verdict-channel-mismatch", { n: 1 })]);
    expect(findings[0]!.message).toBe("Branch cond reads agent 'gate''s verdict on the part channel, but its contract declares channel: body — compare `$.gate`");
  });

  it("verdict-channel-mismatch: the cond reads the bare output of a part-channel contract", () => {
    const { t, findings } = check((bp) => (bp.flow.children[2].cond.args[0].lhs.at = "$.gate"));
    expect(briefs(findings, "error")).toEqual([at(t, '"$.gate"', "blueprint/verdict-channel-mismatch", { after: '"cond"' })]);
    expect(findings[0]!.message).toContain("compare `$.gate.parts.verdict`");
  });

  it("verdict-value-not-in-contract: an eq literal and an `in` haystack element; bracket paths are the same path", () => {
    const { t, findings } = check((bp) => {
      bp.flow.children[2].cond.args[1].rhs.value = "BLOCK";
      bp.flow.children[2].cond.args[0] = { op: "in", needle: { op: "path", at: '$.gate.parts["verdict"]' }, haystack: { op: "lit", value: ["PASS", "FAIL"] } };
    });
    expect(briefs(findings, "error")).toEqual([at(t, '"FAIL"', "blueprint/verdict-value-not-in-contract"), at(t, '"BLOCK"', "blueprint/verdict-value-not-in-contract")]);
    expect(findings.find((f) => f.message.includes("'BLOCK'"))!.message).toBe("Branch cond compares agent 'gate''s verdict with 'BLOCK', which is not in its verdict.values (`PASS`, `BLOCKED`) — did you mean `BLOCKED`?");
  });

  it("verdict-value-unhandled: a warning by default, an error when denied or under strict_verdict_handling, gone when allowed", () => {
    const retry = (bp: any) => bp.agents[1].verdict.values.push("RETRY");
    const { t, findings } = check(retry);
    expect(briefs(findings)).toEqual([at(t, '"RETRY"', "blueprint/verdict-value-unhandled")]);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.message).toBe("agent 'gate' declares verdict value 'RETRY' (channel: part) that no downstream Branch/Loop cond compares");
    expect(check((bp) => { retry(bp); bp.metadata = { strict_verdict_handling: true }; }).findings.map((f) => f.severity)).toEqual(["error"]);
    expect(check((bp) => { retry(bp); bp.metadata = { lints: { "verdict-value-unhandled": "deny" } }; }).findings.map((f) => f.severity)).toEqual(["error"]);
    // strict wins over any allow (upstream: "the explicit legacy opt-in is never silently undone").
    expect(check((bp) => { retry(bp); bp.metadata = { strict_verdict_handling: true }; bp.agents[1].lints = { all: "allow" }; }).findings.map((f) => f.severity)).toEqual(["error"]);
    expect(check((bp) => { retry(bp); bp.agents[1].lints = { "verdict-value-unhandled": "allow" }; }).findings).toEqual([]);
  });
});

describe("step-naming-collision and projection placement", () => {
  it("a declared projection_name that another step's name already claims", () => {
    const { t, findings } = check((bp) => (bp.agents[0].meta = { projection_name: "gate" }));
    expect(briefs(findings)).toEqual([at(t, '"gate"', "blueprint/step-naming-collision", { after: '"projection_name"' })]);
    expect(findings[0]!.message).toBe("name 'gate' is claimed by both step 'scout' and step 'gate' (step 'scout' declares projection_name)");
    expect(check((bp) => (bp.agents[0].meta = { projection_name: "scouting" })).findings).toEqual([]);
  });

  it("undeclared steps sharing an output root only warn upstream (tracing), and nested lanes never collide", () => {
    expect(check((bp) => { bp.flow.children[0].out.at = "$.r.a"; bp.flow.children[1].out.at = "$.r.b"; bp.flow.children[2].cond.args.forEach((c: any) => (c.lhs.at = "$.r.b.parts.verdict")); }).findings).toEqual([]);
  });

  it("invalid-projection-placement: root and dir_template", () => {
    const cases: [unknown, string][] = [
      [{ root: "cwd" }, 'projection_placement.root must be "work_dir" or "project_root", got "cwd"'],
      [{ dir_template: "" }, "projection_placement.dir_template must not be empty"],
      [{ dir_template: "tasks/ctx" }, `projection_placement.dir_template must contain the '{task_id}' placeholder: "tasks/ctx"`],
      [{ dir_template: "/var/{task_id}" }, `projection_placement.dir_template must be a relative path, got an absolute one: "/var/{task_id}"`],
      [{ dir_template: "a/../{task_id}" }, `projection_placement.dir_template must not contain '..' path segments: "a/../{task_id}"`],
    ];
    for (const [placement, message] of cases) {
      const { t, findings } = check((bp) => (bp.projection_placement = placement));
      const value = JSON.stringify(Object.values(placement as object)[0]);
      expect(briefs(findings)).toEqual([at(t, value, "blueprint/invalid-projection-placement", { after: '"projection_placement"' })]);
      expect(findings[0]!.message).toBe(message);
    }
    expect(check((bp) => (bp.projection_placement = { root: "project_root", dir_template: "runs/{task_id}/ctx" })).findings).toEqual([]);
  });
});
