import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { effectiveOperatorKind, effectiveRunTtl, effectiveRunner } from "../../core/blueprint/cascade";
import { runCli, tempDir } from "../helpers/cli";
import { text } from "./helpers";

/** One Blueprint exercising every tier of the operator-kind and runner cascades. */
const TIERS = {
  id: "tiers",
  default_operator_kind: "composite",
  default_runner: "shared",
  runners: [
    { name: "shared", runner: { backend: "ws_operator", variant: "shared-variant" } },
    { name: "pinned", runner: { backend: "ws_claude_code", variant: "pinned-variant", tools: ["Read"] } },
  ],
  operators: [{ name: "lead", kind: "main_ai" }, { name: "plain" }],
  flow: { kind: "seq", children: [] },
  agents: [
    { name: "inline", kind: "operator", spec: { operator_ref: "lead" }, runner: { backend: "ws_operator", variant: "claude" } },
    { name: "by-ref", kind: "operator", spec: { operator_ref: "plain" }, runner_ref: "pinned" },
    { name: "legacy", kind: "operator", spec: { operator_ref: "plain" }, profile: { worker_binding: "old-variant", tools: ["Edit"] } },
    { name: "defaulted", kind: "rust_fn", spec: { fn_id: "f" } },
  ],
};

describe("cascade functions (exported for the extension's hovers)", () => {
  const bp = TIERS as any;
  it("run TTL: request > metadata.default_run_ttl_secs > 1800 s", () => {
    expect(effectiveRunTtl({ metadata: { default_run_ttl_secs: 5400 } }, 60)).toEqual({ secs: 60, source: "request" });
    expect(effectiveRunTtl({ metadata: { default_run_ttl_secs: 5400 } })).toEqual({ secs: 5400, source: "blueprint-metadata" });
    expect(effectiveRunTtl({ metadata: { default_run_ttl_secs: null } })).toEqual({ secs: 1800, source: "server-default" });
    expect(effectiveRunTtl({})).toEqual({ secs: 1800, source: "server-default" });
  });
  it("operator kind: override > launch > OperatorDef.kind > default_operator_kind > automate", () => {
    const [inline, byRef] = bp.agents;
    expect(effectiveOperatorKind(bp, inline, { operatorKind: "automate", overrides: { inline: "composite" } })).toEqual({ kind: "composite", tier: "per-agent-override", operator: "lead" });
    expect(effectiveOperatorKind(bp, inline, { operatorKind: "automate", overrides: { other: "composite" } })).toEqual({ kind: "automate", tier: "launch-global", operator: "lead" });
    expect(effectiveOperatorKind(bp, inline)).toEqual({ kind: "main_ai", tier: "operator-def", operator: "lead" });
    expect(effectiveOperatorKind(bp, byRef)).toEqual({ kind: "composite", tier: "default-operator-kind", operator: "plain" });
    expect(effectiveOperatorKind({}, byRef)).toEqual({ kind: "automate", tier: "fallback" });
  });
  it("runner: inline > runner_ref > legacy worker_binding > default_runner > none", () => {
    expect(bp.agents.map((a: any) => effectiveRunner(bp, a).tier)).toEqual(["inline", "runner-ref", "legacy-worker-binding", "default-runner"]);
    expect(effectiveRunner(bp, bp.agents[1])).toEqual({ tier: "runner-ref", runnerName: "pinned", runner: { backend: "ws_claude_code", variant: "pinned-variant", tools: ["Read"] } });
    expect(effectiveRunner(bp, bp.agents[2]).runner).toEqual({ backend: "ws_claude_code", variant: "old-variant", tools: ["Edit"] });
    expect(effectiveRunner({}, bp.agents[3])).toEqual({ tier: "none" });
    expect(effectiveRunner({ runners: [] }, { name: "x", runner_ref: "gone" }).error).toBe("agent 'x' runner_ref 'gone' does not match any runners[].name (defined: [])");
  });
});

describe("flowgate explain", () => {
  const dir = tempDir("flowgate-explain-");
  writeFileSync(join(dir, "tiers.bp.json"), text(TIERS));
  writeFileSync(join(dir, "pipeline.json"), text({ id: "p", metadata: { default_run_ttl_secs: 5400 }, flow: { kind: "seq", children: [] }, agents: [{ $agent_md: "prepare.md" }] }));
  writeFileSync(join(dir, "broken.bp.json"), text({ id: "b", flow: { kind: "stepp" } }));

  it("prints every tier in text", async () => {
    const r = await runCli(["explain", "tiers.bp.json", "--operator-kind", "automate", "--operator-kind-override", "inline=composite"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("tiers.bp.json: Blueprint tiers\n  run TTL: 1800 s — from the server default (1800 s)\n");
    expect(r.stdout).toContain("  agent inline (kind operator)\n    operator kind: composite — from the launch's per-agent override (operator_kind_overrides)\n    runner: ws_operator variant=claude tools=[] — from the agent's inline runner\n");
    expect(r.stdout).toContain("  agent by-ref (kind operator)\n    operator kind: automate — from the launch's operator_kind\n    runner: ws_claude_code variant=pinned-variant tools=[Read] — from runner_ref → runners[pinned]\n");
    expect(r.stdout).toContain("    runner: ws_claude_code variant=old-variant tools=[Edit] — from legacy profile.worker_binding (deprecated)\n");
    expect(r.stdout).toContain("    runner: ws_operator variant=shared-variant tools=[] — from default_runner → runners[shared]\n");
  });

  it("without launch flags the Blueprint tiers decide; --json carries tier and source", async () => {
    const r = await runCli(["explain", "tiers.bp.json", "pipeline.json", "--json"], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schema).toBe("flowgate.explain/v1");
    const [tiers, pipeline] = out.blueprints;
    expect(tiers.agents.map((a: any) => [a.name, a.operatorKind.kind, a.operatorKind.tier, a.runner.tier])).toEqual([
      ["inline", "main_ai", "operator-def", "inline"],
      ["by-ref", "composite", "default-operator-kind", "runner-ref"],
      ["legacy", "composite", "default-operator-kind", "legacy-worker-binding"],
      ["defaulted", "composite", "default-operator-kind", "default-runner"],
    ]);
    expect(pipeline.ttl).toEqual({ secs: 5400, source: "blueprint-metadata", from: "metadata.default_run_ttl_secs" });
    expect(pipeline.unlinkedAgents).toEqual(["prepare.md"]);
  });

  it("the request TTL wins; the fallback tiers show when nothing is declared", async () => {
    writeFileSync(join(dir, "bare.bp.json"), text({ id: "bare", flow: { kind: "seq", children: [] }, agents: [{ name: "w", kind: "rust_fn", spec: { fn_id: "f" } }] }));
    const r = await runCli(["explain", "bare.bp.json", "--ttl-secs", "90"], { cwd: dir });
    expect(r.stdout).toContain("  run TTL: 90 s — from the launch request (ttl_secs)\n");
    expect(r.stdout).toContain("    operator kind: automate — from the built-in default (automate)\n    runner: none — no tier declares one\n");
  });

  it("a file that is not a typed Blueprint exits 1 with its errors", async () => {
    const r = await runCli(["explain", "broken.bp.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("broken.bp.json: not explained — it is not a typed Blueprint yet:\n  4:13 blueprint/invalid-value: `flow.kind` is \"stepp\"");
  });

  it("bad flags are usage errors (exit 2)", async () => {
    for (const args of [["--operator-kind", "main-ai"], ["--operator-kind-override", "inline"], ["--ttl-secs", "1.5"], []]) {
      const r = await runCli(["explain", ...(args.length ? ["tiers.bp.json", ...args] : [])], { cwd: dir });
      expect(r.code).toBe(2);
    }
    expect((await runCli(["explain", "missing.bp.json"], { cwd: dir })).stderr).toContain("no such file: missing.bp.json");
  });
});
