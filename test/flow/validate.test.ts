import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, configSchema } from "../../core/config/schema";
import { validateFlowText } from "../../core/flow/analyze";
import { briefs } from "../helpers/findings";

const FIXTURES = join(__dirname, "..", "fixtures");
const VALID = readFileSync(join(FIXTURES, "flows", "valid.flow.yaml"), "utf8");

/** Replace one exact line of the valid bundle (1-based) — positions in expectations refer to the result. */
function withLine(line: number, text: string | null, source = VALID): string {
  const lines = source.split("\n");
  if (text === null) lines.splice(line - 1, 1);
  else lines[line - 1] = text;
  return lines.join("\n");
}

function check(text: string, path = "demo.flow.yaml", config = DEFAULT_CONFIG) {
  return validateFlowText(path, text, config).findings;
}

describe("Knowtation's starter flows", () => {
  const dir = join(FIXTURES, "knowtation-starter");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    it(`${file} validates with zero findings`, () => {
      expect(check(readFileSync(join(dir, file), "utf8"), file)).toEqual([]);
    });
  }
  it("the same bundle with trigger '' is rejected (upstream test 29)", () => {
    const text = readFileSync(join(dir, "flow_capture_to_note.json"), "utf8").replace('"trigger": "Run when a raw capture', '"trigger": "", "x_trigger": "Run when a raw capture');
    expect(briefs(check(text, "c.json"))).toEqual(["30:18-30:20 flow/blank-text", "30:22-30:33 flow/unknown-key"]);
  });
});

describe("schema rules", () => {
  it("the valid fixture has no findings", () => {
    expect(check(VALID)).toEqual([]);
  });

  it("flow/required-field points at the record missing it", () => {
    const f = check(withLine(6, null));
    expect(briefs(f)).toEqual(["1:1-1:5 flow/required-field"]);
    expect(f[0]!.message).toBe("flow is missing required field `scope`");
    expect(briefs(check(withLine(36, null)))).toEqual(["32:5-32:36 flow/required-field"]);
  });

  it("flow/anatomy-incomplete for a step without trigger", () => {
    const f = check(withLine(21, null));
    expect(briefs(f)).toEqual(["15:5-15:36 flow/anatomy-incomplete"]);
    expect(f[0]!.message).toBe("steps[0] flow_demo#1 is missing `trigger` (anatomy completeness: a step without it is a doc, not a Flow step)");
  });

  it("flow/wrong-type names expected and actual", () => {
    const f = check(withLine(13, "  truncated: \"no\""));
    expect(briefs(f)).toEqual(["13:14-13:18 flow/wrong-type"]);
    expect(f[0]!.message).toBe('`flow.truncated` must be a boolean, not "no"');
    expect(briefs(check(withLine(23, "    boundaries: none")))).toEqual(["23:17-23:21 flow/wrong-type"]);
  });

  it("flow/schema-tag", () => {
    expect(briefs(check(withLine(15, "  - schema: knowtation.flow_step/v1")))).toEqual(["15:13-15:36 flow/schema-tag"]);
  });

  it("flow/invalid-enum with did-you-mean", () => {
    const f = check(withLine(6, "  scope: projects"));
    expect(briefs(f)).toEqual(["6:10-6:18 flow/invalid-enum"]);
    expect(f[0]!.message).toBe('`flow.scope` is "projects"; expected one of `personal`, `project`, `org` — did you mean `project`?');
    expect(briefs(check(withLine(31, "    automatable: auto")))).toEqual(["31:18-31:22 flow/invalid-enum"]);
    expect(briefs(check(withLine(25, "      - { kind: shell, id: demo collect }")))).toEqual(["25:17-25:22 flow/invalid-enum"]);
  });

  it("spec-only enums relax under profile code; code rules do not", () => {
    const config = configSchema.parse({ flows: { profile: "code" } });
    expect(check(withLine(28, "      kind: eyeball"), "d.flow.yaml", config)).toEqual([]);
    expect(briefs(check(withLine(28, "      kind: eyeball")))).toEqual(["28:13-28:20 flow/invalid-enum"]);
    expect(briefs(check(withLine(31, "    automatable: auto"), "d.flow.yaml", config))).toEqual(["31:18-31:22 flow/invalid-enum"]);
  });

  it("flow/invalid-flow-id", () => {
    const f = check(withLine(3, "  flow_id: demo").replaceAll("flow_demo#", "demo#").replaceAll("flow_id: flow_demo", "flow_id: demo"));
    expect(f.filter((x) => x.rule === "flow/invalid-flow-id").map((x) => `${x.line}:${x.column}`)).toEqual(["3:12", "17:14", "34:14"]);
  });

  it("flow/invalid-step-id: ordinal 0 and leading zeros", () => {
    expect(briefs(check(withLine(9, "    - flow_demo#01")))).toEqual(["9:7-9:19 flow/invalid-step-id", "9:7-9:19 flow/steps-list-mismatch", "8:3-8:8 flow/steps-list-mismatch"]);
    expect(briefs(check(withLine(16, "    step_id: flow_demo#0")))).toEqual([
      "16:14-16:25 flow/invalid-step-id",
      "16:14-16:25 flow/step-id-mismatch",
      "9:7-9:18 flow/steps-list-mismatch",
      "8:3-8:8 flow/steps-list-mismatch",
    ]);
  });

  it("flow/invalid-version accepts only strict X.Y.Z", () => {
    for (const bad of ["1.0", "v1.0.0", "1.0.0-beta", "01.0.0"]) {
      expect(briefs(check(withLine(5, `  version: "${bad}"`)))).toEqual([`5:12-5:${14 + bad.length} flow/invalid-version`]);
    }
  });

  it("flow/invalid-timestamp", () => {
    expect(briefs(check(withLine(12, '  updated: "last tuesday"')))).toEqual(["12:12-12:26 flow/invalid-timestamp"]);
    expect(check(withLine(12, '  updated: "2026-01-01"'))).toEqual([]);
    expect(check(withLine(12, '  updated: "2026-01-01T10:00:00.123+02:00"'))).toEqual([]);
  });

  it("flow/blank-text", () => {
    const f = check(withLine(19, '    owned_job: "   "'));
    expect(briefs(f)).toEqual(["19:16-19:21 flow/blank-text"]);
    expect(f[0]!.message).toBe("`steps[0].owned_job` is blank");
  });

  it("flow/out-of-range: ordinal 0, empty step list, too many tags", () => {
    expect(briefs(check(withLine(18, "    ordinal: 0")))).toContain("18:14-18:15 flow/out-of-range");
    const tags = `  tags: [${Array.from({ length: 33 }, (_, i) => `t${i}`).join(", ")}]`;
    expect(briefs(check(withLine(7, `  summary: x\n${tags}`)))).toEqual([`8:9-8:${tags.length + 1} flow/out-of-range`]);
  });
});

describe("cross-record rules", () => {
  it("flow/step-id-mismatch carries the expected id", () => {
    const text = withLine(33, "    step_id: flow_demo#3").replace("    - flow_demo#2", "    - flow_demo#3");
    const f = check(text);
    expect(briefs(f)).toEqual(["33:14-33:25 flow/step-id-mismatch"]);
    expect(f[0]!.message).toBe("step_id `flow_demo#3` should be `flow_demo#2` (its flow_id and ordinal)");
  });

  it("flow/duplicate-ordinal and flow/duplicate-step-id", () => {
    const text = withLine(33, "    step_id: flow_demo#1").replace("    ordinal: 2", "    ordinal: 1");
    expect(briefs(check(text))).toEqual(["35:14-35:15 flow/duplicate-ordinal", "33:14-33:25 flow/duplicate-step-id", "10:7-10:18 flow/steps-list-mismatch"]);
  });

  it("flow/step-flow-mismatch", () => {
    expect(briefs(check(withLine(34, "    flow_id: flow_other")))).toEqual(["34:14-34:24 flow/step-flow-mismatch", "33:14-33:25 flow/step-id-mismatch"]);
  });

  it("flow/steps-list-mismatch: order, missing, extra, duplicate", () => {
    expect(briefs(check(withLine(9, "    - flow_demo#2").replace(/(    - flow_demo#2\n)    - flow_demo#2/, "$1    - flow_demo#1")))).toEqual(["9:5-10:18 flow/steps-list-mismatch"]);
    expect(check(withLine(10, null)).map((f) => f.message)).toEqual(["flow.steps does not list step `flow_demo#2`"]);
    expect(check(withLine(10, "    - flow_demo#2\n    - flow_demo#9")).map((f) => `${f.line}:${f.message}`)).toEqual(["11:flow.steps lists `flow_demo#9`, which is not a step record in this bundle"]);
    expect(check(withLine(10, "    - flow_demo#2\n    - flow_demo#2")).map((f) => `${f.line}:${f.message}`)).toEqual(["11:flow.steps lists `flow_demo#2` twice"]);
  });

  it("flow/ordinal-gap is a warning", () => {
    const text = VALID.replaceAll("flow_demo#2", "flow_demo#3").replace("    ordinal: 2", "    ordinal: 3");
    const f = check(text);
    expect(briefs(f)).toEqual(["35:14-35:15 flow/ordinal-gap"]);
    expect(f[0]!.severity).toBe("warning");
  });
});

describe("execution safety", () => {
  it("flow/automatable-unverifiable: human_review (evidence_required false is flow/automatable-without-evidence, a warning)", () => {
    expect(briefs(check(withLine(28, "      kind: human_review")))).toEqual(["28:13-28:25 flow/automatable-unverifiable"]);
    expect(briefs(check(withLine(29, "      evidence_required: false")))).toEqual(["29:26-29:31 flow/automatable-without-evidence"]);
    expect(check(withLine(31, "    automatable: agent_assisted").replace("evidence_required: true\n      description: The list", "evidence_required: false\n      description: The list"))).toEqual([]);
  });

  it("flow/automatable-external-tool", () => {
    expect(briefs(check(withLine(25, "      - { kind: external_tool, id: deployer }")))).toEqual(["25:17-25:30 flow/automatable-external-tool"]);
    expect(check(withLine(31, "    automatable: manual").replace("kind: cli", "kind: external_tool"))).toEqual([]);
  });

  it("flow/unsafe-mirror-path: absolute or ..", () => {
    expect(briefs(check(withLine(11, "  vault_mirror_path: /etc/flows.md")))).toEqual(["11:22-11:35 flow/unsafe-mirror-path"]);
    expect(briefs(check(withLine(11, "  vault_mirror_path: meta/../../x.md")))).toEqual(["11:22-11:37 flow/unsafe-mirror-path"]);
    expect(briefs(check(withLine(11, "  vault_mirror_path: 'C:\\flows\\x.md'")))).toEqual(["11:22-11:37 flow/unsafe-mirror-path"]);
    expect(check(withLine(11, "  vault_mirror_path: meta/..flows/x.md"))).toEqual([]);
  });

  it("flow/automatable-forbidden under policy", () => {
    const config = configSchema.parse({ flows: { policy: { "automatable-forbidden": true } } });
    expect(briefs(check(VALID, "d.flow.yaml", config))).toEqual(["31:18-31:29 flow/automatable-forbidden"]);
    expect(check(VALID.replace("automatable: automatable", "automatable: manual"), "d.flow.yaml", config)).toEqual([]);
  });
});

describe("unknown keys", () => {
  it("warn with the closest known key", () => {
    const f = check(withLine(22, "    when_not_too_run: Never twice."));
    expect(briefs(f)).toEqual(["22:5-22:21 flow/anatomy-incomplete", "22:5-22:21 flow/unknown-key"]);
    expect(f[1]!.message).toBe("unknown key `when_not_too_run` in steps[0] flow_demo#1 — did you mean `when_not_to_run`?");
    expect(f[1]!.severity).toBe("warning");
    expect(check(withLine(7, "  summary: Two steps.\n  colour: blue")).map((x) => x.message)).toEqual(["unknown key `colour` in flow"]);
  });
});

describe("not a bundle", () => {
  it("a top-level array or scalar is one error", () => {
    expect(briefs(check("[1, 2]", "x.flow.json"))).toEqual(["1:1-1:7 flow/wrong-type"]);
  });
  it("a bundle without steps", () => {
    const messages = check("flow: {}\n").map((f) => f.message);
    expect(messages).toHaveLength(10);
    expect(messages).toContain("the bundle is missing required field `steps`");
    expect(messages).toContain("flow is missing required field `schema`");
  });
});
