import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { validateBlueprintText } from "../../core/blueprint/check";
import { brief } from "../helpers/findings";

const DIR = join(__dirname, "..", "fixtures", "blueprints");
const read = (file: string) => readFileSync(join(DIR, file), "utf8");
const run = (file: string) => validateBlueprintText(file, read(file), DEFAULT_CONFIG);
const byRule = (file: string) => {
  const counts: Record<string, number> = {};
  for (const f of run(file).findings) counts[`${f.severity} ${f.rule}`] = (counts[`${f.severity} ${f.rule}`] ?? 0) + 1;
  return counts;
};

/**
 * mlua-swarm's own samples validate with no errors. The only warnings are ones upstream's bp_doctor
 * gives the same Blueprints:
 * - output-contract-missing: bp_doctor's OutputContractLint runs on every agent (profile or not) and
 *   warns when `profile.extras.expected_output` is absent — none of the samples declares one;
 * - worker-binding-missing (warning): bp_doctor's WorkerBindingLint warns on every `kind: operator`
 *   agent without `profile.worker_binding`, and does not look at `runner` — the operator samples
 *   bind through an inline `ws_operator` runner, so the compile stage is satisfied and only this
 *   report-only warning remains.
 */
describe("mlua-swarm's sample Blueprints", () => {
  it("01-pure-ctx-eval.json: no agents, no findings", () => {
    expect(run("01-pure-ctx-eval.json").findings).toEqual([]);
  });

  it("02-verdict-loop.json: six operator agents, each without an output contract or profile.worker_binding", () => {
    expect(byRule("02-verdict-loop.json")).toEqual({ "warning blueprint/output-contract-missing": 6, "warning blueprint/worker-binding-missing": 6 });
    const findings = run("02-verdict-loop.json").findings;
    expect(findings.filter((f) => f.message.includes("'mock-scout'")).map(brief)).toEqual(["126:7-126:16 blueprint/output-contract-missing", "121:15-121:27 blueprint/worker-binding-missing"]);
  });

  it("03-fn-override.json: three operator agents, the same two warnings each", () => {
    expect(byRule("03-fn-override.json")).toEqual({ "warning blueprint/output-contract-missing": 3, "warning blueprint/worker-binding-missing": 3 });
  });

  it("04-after-run-audit-operator.json: worker and auditor, operator agents", () => {
    expect(byRule("04-after-run-audit-operator.json")).toEqual({ "warning blueprint/output-contract-missing": 2, "warning blueprint/worker-binding-missing": 2 });
  });

  it("05-after-run-audit-agent-block.json: a rust_fn and an agent_block agent, no operator", () => {
    expect(run("05-after-run-audit-agent-block.json").findings.map(brief)).toEqual(["17:15-17:23 blueprint/output-contract-missing", "30:7-30:16 blueprint/output-contract-missing"]);
  });

  it("11-subprocess-embed.json: both subprocess templates are valid", () => {
    expect(run("11-subprocess-embed.json").findings.map(brief)).toEqual(["26:7-26:16 blueprint/output-contract-missing", "32:15-32:28 blueprint/output-contract-missing"]);
  });

  it("default_blueprint.yaml (YAML): four in-process agents", () => {
    expect(run("default_blueprint.yaml").findings.map(brief)).toEqual([
      "54:5-54:12 blueprint/output-contract-missing",
      "98:11-98:24 blueprint/output-contract-missing",
      "104:11-104:26 blueprint/output-contract-missing",
      "110:11-110:20 blueprint/output-contract-missing",
    ]);
  });

  it("pipeline.json (pre-link): one note per $agent_md reference and nothing else", () => {
    const findings = run("pipeline.json").findings;
    expect(findings.every((f) => f.rule === "blueprint/pre-link-reference" && f.severity === "note")).toBe(true);
    expect(findings.map(brief).slice(0, 2)).toEqual(["4:20-4:32 blueprint/pre-link-reference", "10:20-10:30 blueprint/pre-link-reference"]);
    expect(findings).toHaveLength(9);
    expect(findings[0]!.message).toBe('$agent_md reference to "prepare.md": expand before typed validation (checked as far as the siblings go)');
  });

  it("no sample has an error, and the allowed-away lints are kept visible", () => {
    for (const file of ["02-verdict-loop.json", "default_blueprint.yaml"]) expect(run(file).findings.filter((f) => f.severity === "error")).toEqual([]);
    const quiet = validateBlueprintText("02-verdict-loop.json", read("02-verdict-loop.json"), { ...DEFAULT_CONFIG, blueprints: { ...DEFAULT_CONFIG.blueprints, lints: { "output-contract-missing": "allow", "worker-binding-missing": "allow" } } });
    expect(quiet.findings).toEqual([]);
    expect(quiet.suppressed).toHaveLength(12);
    expect(quiet.suppressed[0]).toMatchObject({ rule: "blueprint/output-contract-missing", source: "call-site" });
  });
});
