import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateBlueprintText } from "../../core/blueprint/check";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { validateAnyFile } from "../../core/dialects";
import { runCli, tempDir } from "../helpers/cli";
import { briefs } from "../helpers/findings";

/** Blueprints an outside reviewer wrote from the spec (test/fixtures/adversarial/SOURCE.md). */
const DIR = join(__dirname, "..", "fixtures", "adversarial");
const read = (name: string) => readFileSync(join(DIR, name), "utf8");

describe("a Blueprint using every node kind nested and every expression op", () => {
  it("is clean in YAML (flow-style maps, comments, bracket paths, $step_meta)", () => {
    expect(validateBlueprintText("every-node-and-op.bp.yaml", read("every-node-and-op.bp.yaml"), DEFAULT_CONFIG).findings).toEqual([]);
  });

  it("is clean as one-space-indented CRLF JSON with no telling name, read as a Blueprint by its content", () => {
    const v = validateAnyFile("every-node-and-op-crlf.json", read("every-node-and-op-crlf.json"), DEFAULT_CONFIG);
    expect([v.dialect, v.reason, v.findings]).toEqual(["mlua-swarm Blueprint", "it has top-level `id` and a flow.ir `flow` node (`kind`)", []]);
  });
});

describe("numbers where strings belong", () => {
  it("say what the file wrote (2.10), not what the number is (2.1)", () => {
    const yaml = read("every-node-and-op.bp.yaml").replace("id: adv-full", "id: 2.10");
    const findings = validateBlueprintText("n.bp.yaml", yaml, DEFAULT_CONFIG).findings;
    expect(briefs(findings)).toEqual(["3:5-3:9 blueprint/wrong-type"]);
    expect(findings[0]!.message).toBe("`id` must be a string, not the number 2.10 (quote it to make it a string)");
  });
});

describe("`flowgate explain` on a folder", () => {
  it("is a usage error naming it (was 'not explained' for a file called '')", async () => {
    const dir = tempDir();
    const r = await runCli(["explain", "."], { cwd: dir });
    expect([r.code, r.stderr.split("\n")[0]]).toEqual([2, "flowgate explain: not a file: ."]);
  });
});

describe("reference messages on a Blueprint with many agents", () => {
  it("list twenty defined names and count the rest (a 15,000-agent Blueprint made a 139 KB message)", () => {
    const bp = { id: "many", agents: Array.from({ length: 25 }, (_, i) => ({ name: `a${i}`, kind: "lua", spec: { fn_id: "f" }, profile: { extras: { expected_output: { kind: "literal_enum" } } } })), audits: [{ agent: "ghost-auditor" }], flow: { kind: "seq", children: [] } };
    const findings = validateBlueprintText("many.bp.json", JSON.stringify(bp), DEFAULT_CONFIG).findings;
    const names = Array.from({ length: 20 }, (_, i) => `\`a${i}\``).join(", ");
    expect(findings.map((f) => f.message)).toEqual([`audit agent 'ghost-auditor' matches no agents[].name (defined: ${names} and 5 more)`]);
  });
});
