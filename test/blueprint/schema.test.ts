import { describe, expect, it } from "vitest";
import { at, baseBlueprint, briefs, findingsOf, text } from "./helpers";

/** Mutate a fresh clean Blueprint, then validate it: exact findings with their positions. */
function check(mutate: (bp: any) => void) {
  const bp = baseBlueprint();
  mutate(bp);
  const t = text(bp);
  return { t, findings: findingsOf(t) };
}

describe("structs reject unknown keys (deny_unknown_fields)", () => {
  it("at the top level, with did-you-mean", () => {
    const { t, findings } = check((bp) => (bp.agentz = []));
    expect(briefs(findings)).toEqual([at(t, '"agentz"', "blueprint/unknown-key")]);
    expect(findings[0]!.message).toBe("unknown key `agentz` in the Blueprint — did you mean `agents`?");
  });
  it("in an agent, a profile, a runner, a flow node and an expression", () => {
    const { t, findings } = check((bp) => {
      bp.agents[0].spek = {};
      bp.agents[1].profile.system_promt = "x";
      bp.agents[1].runner.varient = "x";
      bp.flow.children[0].outt = 1;
      bp.flow.children[1].in.at2 = 1;
    });
    expect(briefs(findings).sort()).toEqual(
      [at(t, '"at2"', "blueprint/unknown-key"), at(t, '"outt"', "blueprint/unknown-key"), at(t, '"spek"', "blueprint/unknown-key"), at(t, '"system_promt"', "blueprint/unknown-key"), at(t, '"varient"', "blueprint/unknown-key")].sort(),
    );
    const messages = findings.map((f) => f.message);
    expect(messages).toContain("unknown key `spek` in agents[0] — did you mean `spec`?");
    expect(messages).toContain("unknown key `system_promt` in agents[1].profile — did you mean `system_prompt`?");
    expect(messages).toContain("unknown key `varient` in agents[1].runner — did you mean `variant`?");
    expect(messages).toContain("unknown key `outt` in flow.children[0] — did you mean `out`?");
  });
  it("metadata.origin alone keeps unknown keys (upstream's tagged enum does not deny them)", () => {
    expect(check((bp) => (bp.metadata = { origin: { kind: "file", path: "a.json", extra: 1 } })).findings).toEqual([]);
  });
});

describe("required fields and types", () => {
  it("a Blueprint without id or flow", () => {
    const { t, findings } = check((bp) => {
      delete bp.id;
    });
    expect(briefs(findings)).toEqual(["1:1-1:2 blueprint/missing-field"]);
    expect(findings[0]!.message).toBe("the Blueprint is missing required field `id`");
    expect(t.startsWith("{")).toBe(true);
    const noFlow = check((bp) => delete bp.flow);
    expect(noFlow.findings.map((f) => f.message)).toEqual(["the Blueprint is missing required field `flow`"]);
  });
  it("an agent without kind points at the agent", () => {
    const { t, findings } = check((bp) => delete bp.agents[0].kind);
    expect(briefs(findings)).toEqual([at(t, "{", "blueprint/missing-field", { after: '"agents"' })]);
    expect(findings[0]!.message).toBe("agents[0] is missing required field `kind`");
  });
  it("loop.max is required and a u32", () => {
    const loop = (max: unknown) => (bp: any) => bp.flow.children.push({ kind: "loop", counter: { op: "path", at: "$.n" }, cond: { op: "lit", value: false }, body: { kind: "seq", children: [] }, ...(max === undefined ? {} : { max }) });
    expect(check(loop(undefined)).findings.map((f) => f.message)).toEqual(["flow.children[3] is missing required field `max`"]);
    const negative = check(loop(-1));
    expect(briefs(negative.findings)).toEqual([at(negative.t, "-1", "blueprint/out-of-range")]);
    expect(check(loop(4294967296)).findings.map((f) => f.message)).toEqual(["`flow.children[3].max` is 4294967296; it must be a whole number from 0 to 4294967295"]);
    expect(check(loop(1.5)).findings.map((f) => f.rule)).toEqual(["blueprint/wrong-type"]);
    expect(check(loop(3)).findings).toEqual([]);
  });
  it("a string where an array belongs", () => {
    const { t, findings } = check((bp) => (bp.agents[1].verdict.values = "PASS"));
    expect(briefs(findings)).toEqual([at(t, '"PASS"', "blueprint/wrong-type", { after: '"verdict"' })]);
    expect(findings[0]!.message).toBe('`agents[1].verdict.values` must be an array, not "PASS"');
  });
  it("schema_version is semver", () => {
    const { t, findings } = check((bp) => (bp.schema_version = "0.1"));
    expect(briefs(findings)).toEqual([at(t, '"0.1"', "blueprint/invalid-schema-version")]);
    expect(check((bp) => (bp.schema_version = "0.2.0-rc.1+build.5")).findings).toEqual([]);
  });
});

describe("flow.ir v0.2 nodes and expressions", () => {
  it("unknown node kind and fanout join with did-you-mean", () => {
    const { t, findings } = check((bp) => {
      bp.flow.children[0].kind = "stepp";
      bp.flow.children.push({ kind: "fanout", items: { op: "path", at: "$.xs" }, bind: { op: "path", at: "$.x" }, body: { kind: "seq", children: [] }, join: "al", out: { op: "path", at: "$.ys" } });
    });
    expect(briefs(findings)).toEqual([at(t, '"stepp"', "blueprint/invalid-value"), at(t, '"al"', "blueprint/invalid-value")]);
    expect(findings[0]!.message).toContain("`flow.children[0].kind` is \"stepp\"; expected one of `step`, `seq`");
    expect(findings[0]!.message).toMatch(/did you mean `step`\?$/);
    expect(findings[1]!.message).toBe('`flow.children[3].join` is "al"; expected one of `all`, `any`, `race`, `all_settled` — did you mean `all`?');
  });
  it("old op names are rejected with the new name", () => {
    const { t, findings } = check((bp) => (bp.flow.children[2].cond.args[0].op = "ge"));
    expect(briefs(findings)).toEqual([at(t, '"ge"', "blueprint/invalid-value")]);
    expect(findings[0]!.message).toMatch(/— flow\.ir v0\.2 renamed `ge` to `gte`$/);
    expect(check((bp) => (bp.flow.children[2].cond.args[0].op = "le")).findings[0]!.message).toMatch(/renamed `le` to `lte`$/);
  });
  it("old operand names are rejected with the new name", () => {
    const { t, findings } = check((bp) => {
      bp.flow.children[2].cond = { op: "and", operands: [] };
      bp.flow.children[0].in = { op: "not", operand: { op: "lit", value: true } };
      bp.flow.children[1].in = { op: "len", of: { op: "path", at: "$.scout" } };
    });
    expect(briefs(findings).sort()).toEqual([at(t, '"operand"', "blueprint/unknown-key"), at(t, '"of"', "blueprint/unknown-key"), at(t, '"operands"', "blueprint/unknown-key")].sort());
    const messages = findings.map((f) => f.message);
    expect(messages).toContain("unknown key `operands` in flow.children[2].cond — flow.ir v0.2 renamed `operands` to `args` on `and`");
    expect(messages).toContain("unknown key `of` in flow.children[1].in — flow.ir v0.2 renamed `of` to `arg` on `len`");
  });
  it("an expression without op", () => {
    const { findings } = check((bp) => (bp.flow.children[0].in = { value: 1 }));
    expect(findings.map((f) => f.message)).toEqual(["flow.children[0].in is missing required field `op`"]);
  });
  it("write targets must be path expressions", () => {
    const { t, findings } = check((bp) => {
      bp.flow.children[0].out = { op: "lit", value: "x" };
      bp.flow.children[2].then.at = { op: "len", arg: { op: "path", at: "$.a" } };
    });
    expect(briefs(findings)).toEqual([at(t, '"lit"', "blueprint/write-target-not-path", { after: '"out"' }), at(t, '"len"', "blueprint/write-target-not-path")]);
    expect(findings[0]!.message).toBe("`step.out` is written to, so it must be a `path` expression, not `lit`");
  });
  it("try.err_at, loop.counter and fanout.bind/out are write targets too; a path passes", () => {
    const { findings } = check((bp) =>
      bp.flow.children.push(
        { kind: "try", body: { kind: "seq", children: [] }, catch: { kind: "seq", children: [] }, err_at: { op: "lit", value: 1 } },
        { kind: "loop", counter: { op: "lit", value: 0 }, cond: { op: "lit", value: false }, body: { kind: "seq", children: [] }, max: 1 },
        { kind: "fanout", items: { op: "path", at: "$.xs" }, bind: { op: "lit", value: 1 }, body: { kind: "seq", children: [] }, join: "all", out: { op: "lit", value: 1 } },
        { kind: "try", body: { kind: "seq", children: [] }, catch: { kind: "seq", children: [] }, err_at: { op: "path", at: "$.err" } },
      ),
    );
    expect(findings.map((f) => f.message)).toEqual([
      "`try.err_at` is written to, so it must be a `path` expression, not `lit`",
      "`loop.counter` is written to, so it must be a `path` expression, not `lit`",
      "`fanout.bind` is written to, so it must be a `path` expression, not `lit`",
      "`fanout.out` is written to, so it must be a `path` expression, not `lit`",
    ]);
  });
  it("path grammar, with the array-index hint", () => {
    const { t, findings } = check((bp) => {
      bp.flow.children[1].in.at = "$.results[0]";
      bp.flow.children[0].out.at = "$.a..b";
    });
    expect(briefs(findings)).toEqual([at(t, '"$.a..b"', "blueprint/invalid-path"), at(t, '"$.results[0]"', "blueprint/invalid-path")]);
    expect(findings[1]!.message).toBe(`invalid path "$.results[0]": expected '"' after '[' — flow.ir paths have no array index; read the whole array (or \`len\`/\`in\` it) instead`);
    expect(findings[0]!.message).toBe(`invalid path "$.a..b": empty path segment (leading, trailing, or consecutive '.')`);
  });
});

describe("agents, runners, lints values", () => {
  it("agent kind, runner backend and verdict channel are enumerations", () => {
    const { t, findings } = check((bp) => {
      bp.agents[0].kind = "rustfn";
      bp.agents[1].runner.backend = "ws_operater";
      bp.agents[1].verdict.channel = "parts";
    });
    expect(briefs(findings)).toEqual([at(t, '"rustfn"', "blueprint/invalid-value"), at(t, '"ws_operater"', "blueprint/invalid-value"), at(t, '"parts"', "blueprint/invalid-value")]);
    expect(findings.map((f) => f.message.replace(/.*(— did you mean .*)$/, "$1"))).toEqual(["— did you mean `rust_fn`?", "— did you mean `ws_operator`?", "— did you mean `part`?"]);
  });
  it("a lints value must be allow, warn or deny (typed by serde in a Blueprint)", () => {
    const { t, findings } = check((bp) => (bp.metadata = { lints: { "agent-md-size": "error" } }));
    expect(briefs(findings)).toEqual([at(t, '"error"', "blueprint/invalid-value")]);
  });
  it("a subprocess runner needs its template name", () => {
    const { findings } = check((bp) => (bp.agents[1].runner = { backend: "subprocess" }));
    expect(findings.map((f) => f.message)).toEqual(["agents[1].runner is missing required field `template`"]);
  });
});

describe("pre-link Blueprints", () => {
  it("one note per $agent_md and $file reference, siblings still checked, nothing else", () => {
    const { t, findings } = check((bp) => {
      bp.agents[1] = { $agent_md: "agents/gate.md", spec: { operator_ref: "main-ai" }, verdict: { channel: "part", values: ["PASS", "BLOCKED"] }, runner_reff: "x" };
      bp.agents[0].profile.system_prompt = { $file: "prompts/scout.md" };
    });
    expect(briefs(findings)).toEqual([at(t, '"agents/gate.md"', "blueprint/pre-link-reference"), at(t, '"prompts/scout.md"', "blueprint/pre-link-reference"), at(t, '"runner_reff"', "blueprint/unknown-key")]);
    expect(findings[2]!.message).toBe("unknown key `runner_reff` in agents[1] — did you mean `runner_ref`?");
  });
  it("a $file after an $agent_md entry is matched to its own agent", () => {
    const { t, findings } = check((bp) => {
      bp.agents.unshift({ $agent_md: "lead.md" });
      bp.agents[2].profile.system_prompt = { $file: "gate.md" };
      bp.agents[2].spec = { operator_ref: 7 };
    });
    expect(briefs(findings)).toEqual([at(t, '"lead.md"', "blueprint/pre-link-reference"), at(t, '"gate.md"', "blueprint/pre-link-reference"), at(t, "7", "blueprint/invalid-agent-spec", { after: '"operator_ref"' })]);
    expect(findings[2]!.message).toBe("agent 'gate' spec invalid: operator spec: 'operator_ref' (string) required");
  });
  it("a step referring to an unlinked agent is not an unresolved ref", () => {
    const { findings } = check((bp) => (bp.agents[1] = { $agent_md: "gate.md" }));
    expect(findings.map((f) => f.rule)).toEqual(["blueprint/pre-link-reference"]);
  });
  it("absolute and climbing reference paths are errors", () => {
    const { t, findings } = check((bp) => {
      bp.agents[1] = { $agent_md: "/etc/gate.md" };
      bp.agents[0].profile.system_prompt = { $file: "../secrets.md" };
    });
    expect(briefs(findings)).toEqual([at(t, '"/etc/gate.md"', "blueprint/invalid-ref-path"), at(t, '"../secrets.md"', "blueprint/invalid-ref-path")]);
  });
});

describe("YAML Blueprints", () => {
  it("positions are exact in YAML too", () => {
    const yaml = `id: y\nflow:\n  kind: step\n  ref: a\n  in: { op: lit, value: 1 }\n  out: { op: path, at: "$.x[1]" }\nagents:\n  - name: a\n    kind: rust_fn\n    spec: { fn_id: f }\n    profile: { extras: { expected_output: { kind: inline_markdown } } }\n    lintz: {}\n`;
    expect(briefs(findingsOf(yaml, undefined, "y.bp.yaml"))).toEqual(["6:24-6:32 blueprint/invalid-path", "12:5-12:10 blueprint/unknown-key"]);
  });
});

describe("hostile and odd input", () => {
  it("not an object, or fields of the wrong shape: a finding, never a crash", () => {
    expect(briefs(findingsOf("[1, 2]"))).toEqual(["1:1-1:7 blueprint/wrong-type"]);
    expect(findingsOf({ id: "x", flow: null, agents: {} }).map((f) => f.message)).toEqual(["`flow` must be an object, not `null`", "`agents` must be an array, not an object"]);
    expect(findingsOf({ id: "x", flow: { kind: "seq", children: [] }, agents: [{ $agent_md: 3 }] }).map((f) => f.message)).toEqual(["`agents[0].$agent_md` must be a string, not the number 3 (quote it to make it a string)"]);
  });
  it("names that are Object.prototype members are just names", () => {
    const bp = baseBlueprint();
    bp.flow.children[0].in = { op: "constructor", operands: [] };
    bp.metadata = { lints: { toString: "allow", constructor: "deny" } };
    const t = text(bp);
    expect(briefs(findingsOf(t))).toEqual([at(t, '"constructor"', "blueprint/invalid-value"), at(t, '"toString"', "blueprint/unknown-lint-kind"), at(t, '"constructor"', "blueprint/unknown-lint-kind", { after: '"lints"' })]);
    expect(findingsOf(t)[0]!.message).not.toContain("renamed");
  });
  it("a flow nested to the parser's depth limit is refused by the parser, not by a stack overflow", () => {
    let node: unknown = { kind: "seq", children: [] };
    for (let i = 0; i < 400; i++) node = { kind: "seq", children: [node] };
    const findings = findingsOf({ id: "deep", flow: node });
    expect(findings.map((f) => f.rule)).toEqual(["source/too-deep"]);
  });
});
