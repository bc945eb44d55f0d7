// Issue 20, part 1 (Knowtation flow bullets): where Flowgate differed from Knowtation's own validateFlowBundle and loader.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, configSchema } from "../../core/config/schema";
import { validateBlueprintText } from "../../core/blueprint/check";
import { validateFlowText } from "../../core/flow/analyze";
import type { Finding } from "../../core/kernel/findings";
import { briefs } from "../helpers/findings";
import { VALID_FLOW, validFlowWith } from "../helpers/valid-flow";

const FIXTURES = join(__dirname, "..", "fixtures");
const STARTER = readFileSync(join(FIXTURES, "knowtation-starter", "flow_capture_to_note.json"), "utf8");
const BOM = "\uFEFF";
const CODE = configSchema.parse({ flows: { profile: "code" } });
const PROFILES = [
  ["spec", DEFAULT_CONFIG],
  ["code", CODE],
] as const;

const check = (text: string, path = "a.flow.yaml", config = DEFAULT_CONFIG) => validateFlowText(path, text, config).findings;
const described = (f: readonly Finding[]) => f.map((x) => `${x.line}:${x.column}-${x.endLine}:${x.endColumn} ${x.rule} ${x.severity}: ${x.message}`);

describe("source/byte-order-mark: a JSON flow Knowtation's loader (JSON.parse) refuses", () => {
  const warning = "1:1-1:1 source/byte-order-mark warning: file starts with a UTF-8 byte order mark: Knowtation will not load this file; save it without the mark";

  it("source/byte-order-mark: a starter with a mark is still read in full and gets the one warning at 1:1", () => {
    expect(described(check(BOM + STARTER, "flow_capture_to_note.json"))).toEqual([warning]);
  });

  it("source/byte-order-mark: positions after the mark are unchanged (columns count after it, as editors show them)", () => {
    const broken = STARTER.replace('"trigger": "Run when a raw capture', '"trigger": "", "x": "Run when a raw capture');
    expect(briefs(check(BOM + broken, "c.json"))).toEqual(["1:1-1:1 source/byte-order-mark", ...briefs(check(broken, "c.json"))]);
    expect(briefs(check(broken, "c.json"))).toEqual(["30:18-30:20 flow/blank-text", "30:22-30:25 flow/unknown-key"]);
  });

  it("source/byte-order-mark warns in the code profile too, and on a JSON file that does not parse", () => {
    expect(described(check(BOM + STARTER, "s.flow.json", CODE))).toEqual([warning]);
    expect(briefs(check(BOM + '{ "flow": {}, }', "b.flow.json"))).toEqual(["1:1-1:1 source/byte-order-mark", "1:15-1:16 source/parse-error"]);
  });

  it("source/byte-order-mark is not reported for a YAML flow (YAML allows the mark; Knowtation reads no YAML flows) or a JSON flow without it", () => {
    expect(check(BOM + VALID_FLOW)).toEqual([]);
    expect(check(STARTER, "s.flow.json")).toEqual([]);
  });

  it("source/byte-order-mark on a JSON Blueprint names mlua-swarm (serde_json refuses it); a YAML Blueprint with a mark is clean", () => {
    const json = readFileSync(join(FIXTURES, "blueprints", "01-pure-ctx-eval.json"), "utf8");
    const yaml = readFileSync(join(FIXTURES, "blueprints", "default_blueprint.yaml"), "utf8");
    const bp = (path: string, text: string) => validateBlueprintText(path, text, DEFAULT_CONFIG).findings;
    expect(described(bp("a.bp.json", BOM + json))).toEqual([
      "1:1-1:1 source/byte-order-mark warning: file starts with a UTF-8 byte order mark: mlua-swarm will not load this file; save it without the mark",
      ...described(bp("a.bp.json", json)),
    ]);
    expect(bp("a.bp.yaml", BOM + yaml)).toEqual(bp("a.bp.yaml", yaml));
  });
});

describe("flows.profile: code relaxes enums and formats, never presence (Knowtation: `step.verification.kind is required`, `flow.updated is required`)", () => {
  const kinds: [string, string][] = [
    ['" "', "flow/blank-text error: `steps[0].verification.kind` is blank"],
    ['""', "flow/blank-text error: `steps[0].verification.kind` is blank"],
    ["null", "flow/wrong-type error: `steps[0].verification.kind` must be a string, not `null`"],
    ["1", "flow/wrong-type error: `steps[0].verification.kind` must be a string, not the number 1"],
    ["true", "flow/wrong-type error: `steps[0].verification.kind` must be a string, not the boolean true"],
    ["{}", "flow/wrong-type error: `steps[0].verification.kind` must be a string, not an object"],
    ["[]", "flow/wrong-type error: `steps[0].verification.kind` must be a string, not an array"],
  ];
  for (const [profile, config] of PROFILES) {
    for (const [written, finding] of kinds) {
      it(`${profile} profile: verification.kind ${written} is flow/${finding.split(" ")[0]!.slice(5)}`, () => {
        expect(described(check(validFlowWith({ 28: `      kind: ${written}` }), "a.flow.yaml", config))).toEqual([`28:13-28:${13 + written.length} ${finding}`]);
      });
    }
    for (const written of ['""', '"   "', '"\\t"']) {
      it(`${profile} profile: flow/blank-text for updated: ${written}`, () => {
        expect(described(check(validFlowWith({ 12: `  updated: ${written}` }), "a.flow.yaml", config))).toEqual([`12:12-12:${12 + written.length} flow/blank-text error: \`flow.updated\` is blank`]);
      });
    }
  }

  it("code profile: an unknown verification kind (a spec-only enum) and an ISO form it does not read pass; missing kind does not", () => {
    expect(check(validFlowWith({ 28: "      kind: eyeball" }), "a.flow.yaml", CODE)).toEqual([]);
    expect(check(validFlowWith({ 12: "  updated: yesterday" }), "a.flow.yaml", CODE)).toEqual([]);
    expect(check(validFlowWith({ 12: '  updated: "2026-02-30"' }), "a.flow.yaml", CODE)).toEqual([]);
    expect(briefs(check(validFlowWith({ 28: null }), "a.flow.yaml", CODE))).toEqual(["27:5-27:17 flow/required-field"]);
  });

  it("flow/wrong-type and flow/blank-text: the six starters in the code profile stay clean", () => {
    const dir = join(FIXTURES, "knowtation-starter");
    for (const file of ["flow_capture_to_note.json", "flow_multi_repo_change.json", "flow_overseer_handover.json", "flow_research_brief.json", "flow_reviewed_writeback.json", "flow_session_to_flow.json"]) {
      expect(check(readFileSync(join(dir, file), "utf8"), file, CODE)).toEqual([]);
    }
  });
});

describe("flow/out-of-range: `steps: []` is one finding (Knowtation: `bundle.steps must be a non-empty array`)", () => {
  const noSteps = VALID_FLOW.slice(0, VALID_FLOW.indexOf("steps:\n  - schema")) + "steps: []\n";
  for (const [profile, config] of PROFILES) {
    it(`${profile} profile: flow/out-of-range once on steps, not flow/steps-list-mismatch per flow.steps id`, () => {
      expect(described(check(noSteps, "a.flow.yaml", config))).toEqual(["14:8-14:10 flow/out-of-range error: `steps` must be a non-empty array"]);
    });
  }
  it("flow/out-of-range: an empty flow.steps says the same of flow.steps (and the list fix still offers the step ids)", () => {
    const f = check(validFlowWith({ 8: "  steps: []", 9: null, 10: null }));
    expect(described(f)).toEqual([
      "8:10-8:12 flow/out-of-range error: `flow.steps` must be a non-empty array",
      "8:3-8:8 flow/steps-list-mismatch error: flow.steps does not list steps `flow_demo#1`, `flow_demo#2`",
    ]);
  });
});

describe("flow/invalid-timestamp: exactly the ISO 8601 extended calendar form, real dates only", () => {
  const ACCEPTED = ["2026-06-20", "2026-06-20T09:30", "2026-06-20T09:30Z", "2026-06-20T09:30:00Z", "2026-06-20T09:30:00.123+02:00", "2026-06-20T23:59:59-05:00", "2024-02-29", "2000-02-29T00:00:00Z", "2026-12-31"];
  const FORM = "is not YYYY-MM-DD, optionally THH:MM, THH:MM:SS or THH:MM:SS.fraction and Z or ±HH:MM";
  const REJECTED: [string, string][] = [
    ["20260620", FORM],
    ["2026-W25", FORM],
    ["2026-171", FORM],
    ["2026-06", FORM],
    ["2026-13-01", FORM],
    ["2026-06-20T24:00:00Z", FORM],
    ["2026-06-20T23:60Z", FORM],
    ["2026-06-20T23:59:60Z", FORM],
    ["2026-06-20T10:00:00+0200", FORM],
    ["2026-06-20t10:00z", FORM],
    ["2026-06-20 10:00:00Z", FORM],
    ["2026-02-30", "is not a real date: February 2026 has 28 days"],
    ["2025-02-29", "is not a real date: February 2025 has 28 days"],
    ["1900-02-29T12:00Z", "is not a real date: February 1900 has 28 days"],
    ["2026-04-31", "is not a real date: April 2026 has 30 days"],
    ["2024-02-30", "is not a real date: February 2024 has 29 days"],
  ];
  for (const value of ACCEPTED) {
    it(`flow/invalid-timestamp is clean on ${value} (and Knowtation's Date.parse reads it)`, () => {
      expect(check(validFlowWith({ 12: `  updated: "${value}"` }))).toEqual([]);
      expect(Number.isNaN(Date.parse(value))).toBe(false);
    });
  }
  for (const [value, why] of REJECTED) {
    it(`flow/invalid-timestamp fires on ${value}; the code profile lets it pass`, () => {
      const text = validFlowWith({ 12: `  updated: "${value}"` });
      expect(described(check(text))).toEqual([`12:12-12:${14 + value.length} flow/invalid-timestamp error: \`updated\` "${value}" ${why}`]);
      expect(check(text, "a.flow.yaml", CODE)).toEqual([]);
    });
  }
});

describe("flow/out-of-range: ordinals that are not exact integers get an accurate message, in both profiles", () => {
  const at = (written: string, config = DEFAULT_CONFIG) => described(check(validFlowWith({ 18: `    ordinal: ${written}` }), "a.flow.yaml", config));
  const SAFE = "above 9007199254740991 (2^53 - 1), the largest integer JSON readers keep exact";
  for (const [profile, config] of PROFILES) {
    it(`${profile} profile: flow/out-of-range for ordinal 2^53 and beyond, as written`, () => {
      expect(at("9007199254740992", config)).toEqual([`18:14-18:30 flow/out-of-range error: \`steps[0].ordinal\` is 9007199254740992, ${SAFE}`]);
      // Read as 9007199254740992: the message quotes what is written.
      expect(at("9007199254740993", config)).toEqual([`18:14-18:30 flow/out-of-range error: \`steps[0].ordinal\` is 9007199254740993, ${SAFE}`]);
      expect(at("1e20", config)).toEqual([`18:14-18:18 flow/out-of-range error: \`steps[0].ordinal\` is 1e20, ${SAFE}`]);
    });
    it(`${profile} profile: flow/out-of-range for negative ordinals, flow/wrong-type for fractions`, () => {
      expect(at("-1", config)).toEqual(["18:14-18:16 flow/out-of-range error: `steps[0].ordinal` is -1; ordinals start at 1"]);
      expect(at("-9007199254740993", config)).toEqual(["18:14-18:31 flow/out-of-range error: `steps[0].ordinal` is -9007199254740993; ordinals start at 1"]);
      expect(at("1.5", config)).toEqual(["18:14-18:17 flow/wrong-type error: `steps[0].ordinal` must be an integer, not the number 1.5"]);
    });
  }
  it("flow/out-of-range is clean on 2^53 - 1 with its own step id (an exact integer; only the gap warns)", () => {
    const text = validFlowWith({ 10: "    - flow_demo#9007199254740991", 33: "    step_id: flow_demo#9007199254740991", 35: "    ordinal: 9007199254740991" });
    expect(described(check(text))).toEqual(["35:14-35:30 flow/ordinal-gap warning: ordinals jump from 1 to 9007199254740991"]);
  });
});

describe("flow/automatable-without-evidence: Knowtation lets such a step be marked done without evidence", () => {
  it("flow/automatable-without-evidence is a warning with an accurate message at evidence_required", () => {
    expect(described(check(validFlowWith({ 29: "      evidence_required: false" })))).toEqual([
      "29:26-29:31 flow/automatable-without-evidence warning: automatable step has `evidence_required: false`: Knowtation lets it be marked done without any evidence of what the unattended run did",
    ]);
  });
  it("flow/automatable-without-evidence is clean on agent_assisted or manual steps and on evidence_required: true", () => {
    expect(check(validFlowWith({ 29: "      evidence_required: false", 31: "    automatable: manual" }))).toEqual([]);
    expect(check(VALID_FLOW)).toEqual([]);
  });
  it("flow/automatable-unverifiable (human_review) stays an error and is the only finding when both apply", () => {
    expect(described(check(validFlowWith({ 28: "      kind: human_review", 29: "      evidence_required: false" })))).toEqual([
      "28:13-28:25 flow/automatable-unverifiable error: automatable step can never be verified automatically: its verification is human_review, which only a person can satisfy",
    ]);
  });
});

describe("a renamed required key: the missing-field error points at the likely rename", () => {
  it("flow/required-field sits on `titel` (the did-you-mean key), with the rename fix", () => {
    const f = check(validFlowWith({ 4: "  titel: Demo" }));
    expect(described(f)).toEqual([
      "4:3-4:8 flow/required-field error: flow is missing required field `title`",
      "4:3-4:8 flow/unknown-key warning: unknown key `titel` in flow — did you mean `title`?",
    ]);
    expect(f[0]!.fix).toEqual([{ title: "Rename `titel` to `title`", edits: [{ line: 4, column: 3, endLine: 4, endColumn: 8, newText: "title" }] }]);
  });
  it("flow/anatomy-incomplete sits on `trigerr`; flow/required-field on a verification key inside its record", () => {
    expect(briefs(check(validFlowWith({ 21: "    trigerr: On request." })))).toEqual(["21:5-21:12 flow/anatomy-incomplete", "21:5-21:12 flow/unknown-key"]);
    expect(briefs(check(validFlowWith({ 29: "      evidence_requird: true" })))).toEqual(["29:7-29:23 flow/required-field", "29:7-29:23 flow/unknown-key"]);
  });
  it("flow/required-field: of two misspellings the nearer one is the rename", () => {
    expect(briefs(check(validFlowWith({ 4: "  titel: Demo\n  titl: Demo" })))).toEqual(["5:3-5:7 flow/required-field", "4:3-4:8 flow/unknown-key", "5:3-5:7 flow/unknown-key"]);
  });
  it("flow/required-field stays on the record when no unknown key is close (or the close key's name is taken)", () => {
    expect(briefs(check(validFlowWith({ 4: "  colour: Demo" })))).toEqual(["1:1-1:5 flow/required-field", "4:3-4:9 flow/unknown-key"]);
    expect(briefs(check(validFlowWith({ 4: null })))).toEqual(["1:1-1:5 flow/required-field"]);
  });
  it("flow/required-field in JSON: on the quoted key", () => {
    const text = STARTER.replace('"title": "Capture', '"tittle": "Capture');
    expect(briefs(check(text, "s.flow.json"))).toEqual(["5:5-5:13 flow/required-field", "5:5-5:13 flow/unknown-key"]);
  });
});
