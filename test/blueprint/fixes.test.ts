import { describe, expect, it } from "vitest";
import { applyFix, baseBlueprint, findingsOf, text } from "./helpers";

/** Apply the first finding's quick fix; `count` findings are expected before it. */
function fixOnce(source: string, path = "t.bp.json", count = 1) {
  const findings = findingsOf(source, undefined, path);
  expect(findings).toHaveLength(count);
  const fix = findings[0]!.fix?.[0];
  expect(fix).toBeDefined();
  const fixed = applyFix(source, fix!);
  return { title: fix!.title, fixed, after: findingsOf(fixed, undefined, path) };
}
const mutated = (mutate: (bp: any) => void) => {
  const bp = baseBlueprint();
  mutate(bp);
  return text(bp);
};

describe("quick fixes", () => {
  it("an old op name becomes the v0.2 name", () => {
    const { title, fixed, after } = fixOnce(mutated((bp) => (bp.flow.children[2].cond.args[0].op = "ge")));
    expect(title).toBe("Change to `gte`");
    expect(fixed).toContain('"op": "gte"');
    // gte on a verdict string is legal flow.ir (lexicographic); the contract lint no longer sees an eq, so PASS is unread.
    expect(after.map((f) => f.rule)).toEqual(["blueprint/verdict-value-unhandled"]);
  });
  it("a misspelt enum value, unknown key and reference are renamed to the guess", () => {
    // A misspelt verdict literal also leaves the declared value unread: two findings, one fix for both.
    expect(fixOnce(mutated((bp) => (bp.flow.children[2].cond.args[1].rhs.value = "BLOCK")), "t.bp.json", 2).after).toEqual([]);
    for (const mutate of [
      (bp: any) => (bp.flow.children[0].kind = "stpe"),
      (bp: any) => (bp.agents[1].runner.varient = bp.agents[1].runner.variant, delete bp.agents[1].runner.variant),
      (bp: any) => (bp.agents[1].spec.operator_ref = "main_ai"),
      (bp: any) => (bp.flow.children[0].ref = "scuot"),
      (bp: any) => (bp.projection_placement = { root: "project-root" }),
    ]) {
      const { after } = fixOnce(mutated(mutate));
      expect(after).toEqual([]);
    }
  });
  it("renamed operands, and keys in YAML", () => {
    const { title, after } = fixOnce(mutated((bp) => (bp.flow.children[0].in = { op: "len", of: { op: "path", at: "$.scout" } })));
    expect(title).toBe("Rename to `arg`");
    expect(after).toEqual([]);
    const yaml = "id: y\nflow: { kind: seq, children: [] }\nmetadata:\n  lints:\n    agent-md-sise: allow\n";
    const fixedYaml = fixOnce(yaml, "y.bp.yaml");
    expect(fixedYaml.fixed).toBe("id: y\nflow: { kind: seq, children: [] }\nmetadata:\n  lints:\n    agent-md-size: allow\n");
    expect(fixedYaml.after).toEqual([]);
  });
  it("no fix without a plausible guess, nor a rename onto an existing key", () => {
    expect(findingsOf(mutated((bp) => (bp.agents[1].spec.operator_ref = "zzz")))[0]!.fix).toBeUndefined();
    expect(findingsOf(mutated((bp) => (bp.agents[0].spek = 1)))[0]!.fix).toBeUndefined();
  });
});
