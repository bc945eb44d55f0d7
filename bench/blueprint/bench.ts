// Blueprint validation cost: scaling with size, and the share of parsing. Figures go to bench/RESULTS.md as ratios.
import { performance } from "node:perf_hooks";
import { validateBlueprint } from "../../core/blueprint/validate";
import { DEFAULT_BLUEPRINTS_CONFIG } from "../../core/blueprint/config";
import { parseSource } from "../../core/kernel/source/document";
import { DEFAULT_LIMITS } from "../../core/kernel/limits";

/** Past the limit on values (this bench's largest Blueprint holds a million): the scaling is what is measured. */
const UNBOUNDED = { ...DEFAULT_LIMITS, maxValues: Number.POSITIVE_INFINITY };

/** A seq of n verdict-gated steps over n operator agents, plus n $file prompts when asked. */
function blueprint(n: number, fileRefs = false): string {
  const children: unknown[] = [];
  const agents: unknown[] = [];
  for (let i = 0; i < n; i++) {
    children.push({ kind: "step", ref: `a${i}`, in: { op: "path", at: `$.in${i}` }, out: { op: "path", at: `$.out${i}` } });
    children.push({ kind: "branch", cond: { op: "eq", lhs: { op: "path", at: `$.out${i}.parts.verdict` }, rhs: { op: "lit", value: "PASS" } }, then: { kind: "seq", children: [] }, else: { kind: "assign", at: { op: "path", at: "$.halted_at" }, value: { op: "lit", value: `a${i}` } } });
    agents.push({ name: `a${i}`, kind: "operator", spec: { operator_ref: "main-ai" }, runner: { backend: "ws_operator", variant: "claude" }, verdict: { channel: "part", values: ["PASS"] }, profile: { worker_binding: "claude", system_prompt: fileRefs ? { $file: `prompts/a${i}.md` } : "Review.", extras: { expected_output: { kind: "literal_enum" } } } });
  }
  return JSON.stringify({ id: "bench", flow: { kind: "seq", children }, agents, operators: [{ name: "main-ai" }] });
}

function time(fn: () => void, rounds: number): number {
  fn();
  const start = performance.now();
  for (let r = 0; r < rounds; r++) fn();
  return (performance.now() - start) / rounds;
}

const rows: string[] = [];
const measure = (label: string, text: string, rounds: number) => {
  const parsed = parseSource("b.bp.json", text, UNBOUNDED);
  if (!parsed.doc) throw new Error(parsed.findings.map((f) => f.message).join("; "));
  const parse = time(() => parseSource("b.bp.json", text, UNBOUNDED), rounds);
  const whole = time(() => validateBlueprint(parseSource("b.bp.json", text, UNBOUNDED).doc!, DEFAULT_BLUEPRINTS_CONFIG), rounds);
  const findings = validateBlueprint(parsed.doc, DEFAULT_BLUEPRINTS_CONFIG).findings.length;
  rows.push(`${label}: ${(text.length / 1024).toFixed(0)} KiB, parse ${parse.toFixed(1)} ms, parse+validate ${whole.toFixed(1)} ms, findings ${findings}`);
  return whole;
};
const small = measure("200 steps", blueprint(100), 20);
const large = measure("2,000 steps", blueprint(1000), 5);
const huge = measure("20,000 steps", blueprint(10000), 2);
const refs = measure("2,000 steps, 1,000 $file refs", blueprint(1000, true), 5);
rows.push(`ratio 2,000/200 steps: ${(large / small).toFixed(1)} (linear would be 10)`);
rows.push(`ratio 20,000/2,000 steps: ${(huge / large).toFixed(1)} (linear would be 10)`);
rows.push(`ratio with/without 1,000 $file refs: ${(refs / large).toFixed(2)}`);
console.log(rows.join("\n"));
