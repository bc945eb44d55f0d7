import { describe, expect, it } from "vitest";
import type { Config } from "../../core/config/schema";
import { at, baseBlueprint, briefs, findingsOf, gateVerdict, skipBranch, span, text, validate, withConfig } from "./helpers";

function check(mutate: (bp: any) => void, config?: Config) {
  const bp = baseBlueprint();
  mutate(bp);
  const t = text(bp);
  return { t, findings: findingsOf(t, config) };
}

describe("bp_doctor lints", () => {
  it("agent-md-size: at 200 lines or 25 KiB, not below", () => {
    const lines = check((bp) => (bp.agents[0].profile.system_prompt = "line\n".repeat(200)));
    expect(briefs(lines.findings)).toEqual([span(lines.t, '"line', '\\n"', "blueprint/agent-md-size")]);
    expect(lines.findings[0]!.message).toBe("agent 'scout' system_prompt is 1000 bytes / 200 lines — over the authoring-guide size target (25600 bytes / 200 lines)");
    expect(check((bp) => (bp.agents[0].profile.system_prompt = "line\n".repeat(199))).findings).toEqual([]);
    expect(check((bp) => (bp.agents[0].profile.system_prompt = "x".repeat(25 * 1024))).findings.map((f) => f.rule)).toEqual(["blueprint/agent-md-size"]);
    expect(check((bp) => (bp.agents[0].profile.system_prompt = "x".repeat(25 * 1024 - 1))).findings).toEqual([]);
  });

  it("output-contract-missing: absent, not an object, no kind, unknown kind", () => {
    const absent = check((bp) => delete bp.agents[0].profile.extras);
    expect(briefs(absent.findings)).toEqual([at(absent.t, '"profile"', "blueprint/output-contract-missing")]);
    expect(absent.findings[0]!.message).toBe("agent 'scout': no expected_output declared in profile.extras");
    const noProfile = check((bp) => delete bp.agents[0].profile);
    expect(briefs(noProfile.findings)).toEqual([at(noProfile.t, '"scout"', "blueprint/output-contract-missing", { after: '"agents"' })]);
    const messages = (v: unknown) => check((bp) => (bp.agents[0].profile.extras.expected_output = v)).findings.map((f) => f.message);
    expect(messages("text")).toEqual(["agent 'scout': expected_output is not a JSON object"]);
    expect(messages({ pattern: "x" })).toEqual(["agent 'scout': expected_output missing string field `kind`"]);
    expect(messages({ kind: "literal_enums" })).toEqual(["agent 'scout': unknown expected_output.kind: literal_enums — did you mean `literal_enum`?"]);
    const bad = check((bp) => (bp.agents[0].profile.extras.expected_output = "text"));
    expect(briefs(bad.findings)).toEqual([at(bad.t, '"expected_output"', "blueprint/output-contract-missing")]);
  });

  it("worker-binding-missing (report-only): an operator agent bound by a runner but without profile.worker_binding", () => {
    const { t, findings } = check((bp) => delete bp.agents[1].profile.worker_binding);
    expect(briefs(findings)).toEqual([at(t, '"gate"', "blueprint/worker-binding-missing", { after: '"agents"' })]);
    expect(findings[0]!.severity).toBe("warning");
  });

  it("legacy-worker-binding: the runner comes from profile.worker_binding", () => {
    const { t, findings } = check((bp) => delete bp.agents[1].runner);
    expect(briefs(findings)).toEqual([at(t, '"claude"', "blueprint/legacy-worker-binding")]);
    expect(findings[0]!.message).toBe("agent 'gate' resolves its Runner from the deprecated profile.worker_binding fallback; migrate to an explicit `runner` (inline) or `runner_ref`");
  });

  it("binding-resolution-error: the first Runner binding that fails, once, at its reference; the binding family's other findings are not reported", () => {
    const claud = (bp: any) => {
      delete bp.agents[1].runner;
      bp.agents[1].runner_ref = "claud";
      bp.runners = [{ name: "claude", runner: { backend: "ws_operator", variant: "claude" } }];
      bp.agents[0].profile.worker_binding = "claude"; // scout's Runner would be legacy-worker-binding
    };
    const { t, findings } = check(claud);
    const binding = findings.filter((f) => /binding|resolution/.test(f.rule));
    expect(briefs(binding)).toEqual([at(t, '"claud"', "blueprint/bound-agent-resolution"), at(t, '"claud"', "blueprint/binding-resolution-error")]);
    expect(binding.map((f) => f.severity)).toEqual(["error", "warning"]);
    expect(binding[1]!.message).toBe(`could not resolve Runner bindings: agent 'gate' runner_ref 'claud' does not match any runners[].name (defined: ["claude"])`);
    // Resolved, scout's legacy binding is reported again.
    expect(check((bp) => { claud(bp); bp.agents[1].runner_ref = "claude"; }).findings.map((f) => f.rule)).toEqual(["blueprint/legacy-worker-binding"]);
  });

  it("binding-resolution-error: an unknown default_runner is reported once, for the first agent falling through to it", () => {
    const { t, findings } = check((bp) => {
      bp.default_runner = "nope";
      delete bp.agents[1].runner;
      bp.agents[1].runner_ref = "nope2";
    });
    const warnings = findings.filter((f) => f.rule === "blueprint/binding-resolution-error");
    expect(briefs(warnings)).toEqual([at(t, '"nope"', "blueprint/binding-resolution-error")]);
    expect(warnings[0]!.message).toBe("could not resolve Runner bindings: default_runner 'nope' does not match any runners[].name (defined: [])");
  });

  it("binding-resolution-error follows the Blueprint's and the call-site lints maps (allow, deny), not an agent's: upstream's finding names no agent", () => {
    const failing = (lints: (bp: any) => void) => (bp: any) => {
      delete bp.agents[1].runner;
      bp.agents[1].runner_ref = "claud";
      lints(bp);
    };
    const levels = (mutate: (bp: any) => void, config?: Config) => check(mutate, config).findings.filter((f) => /resolution/.test(f.rule)).map((f) => `${f.severity} ${f.rule}`);
    expect(levels(failing((bp) => (bp.metadata = { lints: { "binding-resolution-error": "allow" } })))).toEqual(["error blueprint/bound-agent-resolution"]);
    expect(levels(failing((bp) => (bp.metadata = { lints: { "binding-resolution-error": "deny" } })))).toEqual(["error blueprint/bound-agent-resolution", "error blueprint/binding-resolution-error"]);
    expect(levels(failing((bp) => (bp.agents[1].lints = { "binding-resolution-error": "allow" })))).toEqual(["error blueprint/bound-agent-resolution", "warning blueprint/binding-resolution-error"]);
    expect(levels(failing(() => {}), withConfig({ lints: { "category:correctness": "allow" } }))).toEqual(["error blueprint/bound-agent-resolution"]);
  });

  it("strict-binding-without-runners", () => {
    const noRunners = (bp: any) => {
      bp.agents = [bp.agents[0]];
      bp.flow = bp.flow.children[0];
      bp.strategy = { strict_binding: true };
    };
    const { t, findings } = check(noRunners);
    expect(briefs(findings)).toEqual([at(t, "true", "blueprint/strict-binding-without-runners", { after: '"strict_binding"' })]);
    expect(check((bp) => (bp.strategy = { strict_binding: true })).findings).toEqual([]);
  });

  it("skip-on-missing-for-skip-like-verdict-value, and its clean form with a skip list", () => {
    const skip = (bp: any) => {
      bp.agents[1].verdict.values.push("N/A");
      bp.flow.children[2].cond.args.push(gateVerdict("N/A"));
    };
    const { t, findings } = check(skip);
    expect(briefs(findings)).toEqual([at(t, '"N/A"', "blueprint/skip-on-missing-for-skip-like-verdict-value", { after: '"values"' })]);
    expect(check((bp) => { bp.agents[1].verdict.values.push("skip"); bp.flow.children.push(skipBranch("$.gate.parts.verdict", ["skip"])); }).findings).toEqual([]);
  });

  it("skip-on-declared-but-no-matching-verdict-value: a skip list value nobody declares", () => {
    const { t, findings } = check((bp) => bp.flow.children.push(skipBranch('$.scout.parts["verdict"]', ["NOT_APPLICABLE"])));
    expect(briefs(findings)).toEqual([at(t, '"NOT_APPLICABLE"', "blueprint/skip-on-declared-but-no-matching-verdict-value")]);
  });

  it("skip-on-pattern-conflicts-with-halt-on: a value both skipped and halted on", () => {
    const { t, findings } = check((bp) => {
      bp.agents[1].verdict.values.push("SKIP");
      bp.flow.children[2].cond.args.push(gateVerdict("SKIP"));
      bp.flow.children.push(skipBranch("$.gate.parts.verdict", ["SKIP"]));
    });
    expect(briefs(findings)).toEqual([at(t, '"SKIP"', "blueprint/skip-on-pattern-conflicts-with-halt-on", { after: '"haystack"' })]);
  });

  it("context-policy-strips-projection-roots: per agent, from its own policy or the Blueprint default", () => {
    const own = check((bp) => (bp.agents[0].meta = { context_policy: { exclude: ["work_dir", "project_root"] } }));
    expect(briefs(own.findings)).toEqual([at(own.t, '"context_policy"', "blueprint/context-policy-strips-projection-roots")]);
    const global = check((bp) => (bp.default_context_policy = { include: ["task"] }));
    expect(briefs(global.findings)).toEqual([at(global.t, '"default_context_policy"', "blueprint/context-policy-strips-projection-roots"), at(global.t, '"default_context_policy"', "blueprint/context-policy-strips-projection-roots")]);
    expect(global.findings.map((f) => f.message.split(" ")[1])).toEqual(["'scout'", "'gate'"]);
    expect(check((bp) => (bp.default_context_policy = { include: ["task", "project_root"], exclude: ["work_dir"] })).findings).toEqual([]);
  });

  it("verdict-contract-never-read: no cond reads any declared value", () => {
    const { t, findings } = check((bp) => bp.flow.children.pop());
    expect(briefs(findings)).toEqual([at(t, '"PASS"', "blueprint/verdict-value-unhandled"), at(t, '"BLOCKED"', "blueprint/verdict-value-unhandled"), at(t, '"verdict"', "blueprint/verdict-contract-never-read")]);
    expect(findings.map((f) => f.severity)).toEqual(["warning", "warning", "warning"]);
    expect(findings[2]!.message).toBe("agent 'gate' declares verdict values `PASS`, `BLOCKED` (channel: part), but no downstream Branch/Loop cond reads any of them — the contract is decorative");
  });

  it("unknown-lint-kind: keys that are no kind, category or `all`", () => {
    const { t, findings } = check((bp) => {
      bp.metadata = { lints: { "agent-md-sise": "warn", "category:style": "allow", all: "warn" } };
      bp.agents[0].lints = { "category:styel": "allow" };
    });
    expect(briefs(findings)).toEqual([at(t, '"category:styel"', "blueprint/unknown-lint-kind"), at(t, '"agent-md-sise"', "blueprint/unknown-lint-kind")]);
    expect(findings[1]!.message).toBe("lints key 'agent-md-sise' (blueprint) matches no lint kind, no 'category:<cat>' group and is not 'all' — the entry has no effect — did you mean `agent-md-size`?");
  });

  it("non-suppressible-lint: allow/warn on a compile-only hard error; deny, category keys and doctor-emitted kinds are fine", () => {
    const { t, findings } = check((bp) => (bp.metadata = { lints: { "duplicate-agent-name": "allow", "unresolved-agent-ref": "warn", "worker-binding-missing": "allow", "invalid-agent-spec": "deny", "category:correctness": "allow" } }));
    expect(briefs(findings)).toEqual([at(t, '"duplicate-agent-name"', "blueprint/non-suppressible-lint"), at(t, '"unresolved-agent-ref"', "blueprint/non-suppressible-lint")]);
    // And it really has no effect: the compile error stays an error.
    const dup = check((bp) => { bp.agents.push({ ...bp.agents[0] }); bp.metadata = { lints: { "duplicate-agent-name": "allow" } }; });
    expect(dup.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(["warning blueprint/non-suppressible-lint", "error blueprint/duplicate-agent-name"]);
  });
});

describe("lint levels resolve as upstream's: call-site > agent > Blueprint; exact kind > category: > all", () => {
  const noContract = (bp: any) => bp.agents.forEach((a: any) => delete a.profile.extras);
  const severities = (mutate: (bp: any) => void, config?: Config) => check((bp) => { noContract(bp); mutate(bp); }, config).findings.map((f) => `${f.severity} ${f.message.split("'")[1]}`);

  it("no layer: the stage level (warning)", () => {
    expect(severities(() => {})).toEqual(["warning scout", "warning gate"]);
  });
  it("the agent layer beats the Blueprint layer, for that agent only", () => {
    expect(severities((bp) => { bp.metadata = { lints: { "output-contract-missing": "deny" } }; bp.agents[0].lints = { "output-contract-missing": "allow" }; })).toEqual(["error gate"]);
  });
  it("the first layer with any matching key wins outright (an agent key for another category does not stop the fall-through)", () => {
    expect(severities((bp) => { bp.metadata = { lints: { "category:contract": "deny" } }; bp.agents[0].lints = { "category:style": "allow" }; })).toEqual(["error scout", "error gate"]);
  });
  it("within a layer: exact kind > category > all", () => {
    expect(severities((bp) => (bp.metadata = { lints: { all: "deny", "category:contract": "allow", "output-contract-missing": "warn" } }))).toEqual(["warning scout", "warning gate"]);
    expect(severities((bp) => (bp.metadata = { lints: { all: "deny", "category:CONTRACT": "allow" } }))).toEqual([]);
    expect(severities((bp) => (bp.metadata = { lints: { all: "deny" } }))).toEqual(["error scout", "error gate"]);
  });
  it("the call-site layer (.flowgate.yml blueprints.lints) beats the Blueprint's own", () => {
    expect(severities((bp) => (bp.agents[0].lints = { "output-contract-missing": "allow" }), withConfig({ lints: { "output-contract-missing": "warn" } }))).toEqual(["warning scout", "warning gate"]);
  });
  it("allowed findings stay visible with the layer that allowed them", () => {
    const bp = baseBlueprint();
    noContract(bp);
    bp.agents[1].lints = { "category:contract": "allow" };
    const result = validate(bp);
    expect(result.findings.map((f) => f.message.split("'")[1])).toEqual(["scout"]);
    const [line, column] = at(text(bp), '"profile"', "", { after: '"name": "gate"' }).split("-")[0]!.split(":").map(Number);
    expect(result.suppressed).toEqual([{ rule: "blueprint/output-contract-missing", message: "agent 'gate': no expected_output declared in profile.extras", source: "agent:gate", line, column }]);
  });
  it("lints never downgrade compile errors", () => {
    expect(check((bp) => { bp.agents[1].spec.operator_ref = "nobody"; bp.metadata = { lints: { all: "allow" } }; }).findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(["error blueprint/unresolved-operator-ref"]);
  });
});
