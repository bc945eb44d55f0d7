import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli";
import { baseBlueprint, text } from "./helpers";

describe("flowgate validate picks the Blueprint dialect and says why", () => {
  const dir = tempDir("flowgate-bp-validate-");
  writeFileSync(join(dir, "a.bp.json"), text(baseBlueprint()));
  writeFileSync(join(dir, "b.blueprint.yml"), "id: b\nflow: { kind: seq, children: [] }\n");
  writeFileSync(join(dir, "plain.json"), text(baseBlueprint()));
  writeFileSync(join(dir, "custom.json"), text({ ...baseBlueprint(), flow: { kind: "stepp" } }));
  writeFileSync(join(dir, "other.json"), text({ id: "x", flow: "not a node" }));
  writeFileSync(join(dir, ".flowgate.yml"), "blueprints:\n  files: [custom.json]\n");

  it("by name, by configuration, by content; an unrecognised file is not guessed", async () => {
    const r = await runCli(["validate", "a.bp.json", "b.blueprint.yml", "plain.json", "custom.json", "other.json"], { cwd: dir });
    expect(r.stdout.split("\n").slice(0, 5)).toEqual([
      "a.bp.json: read as mlua-swarm Blueprint (its path matches blueprints.include / blueprints.files)",
      "b.blueprint.yml: read as mlua-swarm Blueprint (its path matches blueprints.include / blueprints.files)",
      "custom.json: read as mlua-swarm Blueprint (its path matches blueprints.include / blueprints.files)",
      "other.json: not validated (nothing identifies it)",
      "plain.json: read as mlua-swarm Blueprint (it has top-level `id` and a flow.ir `flow` node (`kind`))",
    ]);
    expect(r.stdout).toContain("custom.json:4:13: error blueprint/invalid-value:");
    expect(r.code).toBe(1);
  });

  it("a clean Blueprint passes", async () => {
    const r = await runCli(["validate", "a.bp.json", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 0, warnings: 0 });
  });
});

describe("flowgate check runs the blueprints check", () => {
  it("on examples/: the planted problems, exactly, and the allowed lints kept visible", async () => {
    const r = await runCli(["check", "examples", "--only", "blueprints", "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    const count = (file: string, severity: string) => report.findings.filter((f: any) => f.file === `blueprints/${file}` && f.severity === severity).length;
    expect([count("code-review.bp.yaml", "error"), count("code-review.bp.yaml", "warning"), count("nightly-digest.bp.json", "error"), count("nightly-digest.bp.json", "warning")]).toEqual([0, 0, 0, 0]);
    expect(report.findings.filter((f: any) => f.file === "blueprints/release-train.bp.yaml").map((f: any) => f.rule).sort()).toEqual([
      "blueprint/binding-resolution-error",
      "blueprint/bound-agent-resolution",
      "blueprint/invalid-agent-spec",
      "blueprint/invalid-agent-spec",
      "blueprint/removed-spawner-hint",
      "blueprint/unknown-lint-kind",
      "blueprint/unresolved-operator-ref",
      "blueprint/verdict-contract-never-read",
      "blueprint/verdict-value-not-in-contract",
      "blueprint/verdict-value-unhandled",
      "blueprint/verdict-value-unhandled",
    ]);
    expect(report.findings.filter((f: any) => f.file === "blueprints/flaky-retry.blueprint.json").map((f: any) => `${f.line}:${f.column} ${f.rule}`)).toEqual(["6:110 blueprint/invalid-path", "9:28 blueprint/write-target-not-path", "10:32 blueprint/unknown-key", "17:76 blueprint/unknown-key"]);
    expect(report.details.blueprints.suppressed.map((s: any) => `${s.file} ${s.rule} ${s.source}`)).toEqual([
      "blueprints/code-review.bp.yaml blueprint/worker-binding-missing blueprint",
      "blueprints/code-review.bp.yaml blueprint/worker-binding-missing blueprint",
      "blueprints/code-review.bp.yaml blueprint/worker-binding-missing blueprint",
      "blueprints/release-train.bp.yaml blueprint/worker-binding-missing blueprint",
    ]);
  });

  it("the blueprints config section: lints (the call-site layer) and registered kinds; bad keys are configuration errors", async () => {
    const dir = tempDir("flowgate-bp-check-");
    mkdirSync(join(dir, "bp"));
    const bp = baseBlueprint();
    delete bp.agents[0].profile.extras;
    writeFileSync(join(dir, "bp", "one.bp.json"), text(bp));
    writeFileSync(join(dir, ".flowgate.yml"), "blueprints:\n  lints:\n    output-contract-missing: deny\n");
    const denied = JSON.parse((await runCli(["check", ".", "--only", "blueprints", "--format", "json"], { cwd: dir })).stdout);
    expect(denied.findings.map((f: any) => `${f.severity} ${f.rule}`)).toEqual(["error blueprint/output-contract-missing"]);
    writeFileSync(join(dir, ".flowgate.yml"), "blueprints:\n  registered-kinds: [operator]\n  lints: { category:contract: allow }\n");
    const kinds = JSON.parse((await runCli(["check", ".", "--only", "blueprints", "--format", "json"], { cwd: dir })).stdout);
    expect(kinds.findings.map((f: any) => `${f.severity} ${f.rule}`)).toEqual(["error blueprint/unknown-agent-kind"]);
    writeFileSync(join(dir, ".flowgate.yml"), "blueprints:\n  lints:\n    output-contract-mising: deny\n");
    const bad = await runCli(["check", ".", "--only", "blueprints"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("output-contract-mising");
    expect(bad.stderr).toContain("did you mean `output-contract-missing`?");
  });
});

describe("markdown report section", () => {
  it("lists the allowed-away lints with escaped text, and is absent when nothing was allowed", async () => {
    const md = (await runCli(["check", "examples", "--only", "blueprints", "--format", "markdown"])).stdout;
    expect(md).toContain("### Blueprint lints allowed away\n\n4 findings were allowed by a `lints` map");
    expect(md).toContain("| <code>blueprints/code\\-review\\.bp\\.yaml\\:57\\:11</code> | <code>blueprint/worker\\-binding\\-missing</code> | blueprint | operator agent &#39;scout&#39; has no profile\\.worker\\_binding");
    const dir = tempDir("flowgate-bp-md-");
    writeFileSync(join(dir, "a.bp.json"), text(baseBlueprint()));
    expect((await runCli(["check", ".", "--only", "blueprints", "--format", "markdown"], { cwd: dir })).stdout).not.toContain("allowed away");
  });
});

describe("the blueprints check as a library", () => {
  it("reports progress per file and stops when cancelled", async () => {
    const { blueprintsCheck } = await import("../../core/blueprint/check");
    const { DEFAULT_CONFIG } = await import("../../core/config/schema");
    const root = join(__dirname, "..", "..", "examples");
    const files = ["blueprints/code-review.bp.yaml", "blueprints/nightly-digest.bp.json"];
    const progress: number[] = [];
    const result = await blueprintsCheck.run({ root, config: DEFAULT_CONFIG, files, onProgress: (p) => progress.push(p.done) });
    expect([result.files, result.findings, progress]).toEqual([files, [], [0, 1]]);
    const controller = new AbortController();
    controller.abort();
    await expect(blueprintsCheck.run({ root, config: DEFAULT_CONFIG, files, signal: controller.signal })).rejects.toThrow();
  });
});
