import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, test } from "vitest";
import YAML from "yaml";

/** What editors validate with (package.json jsonValidation / yamlValidation) agrees with Flowgate on the examples. */
const ROOT = join(import.meta.dirname, "../..");
const ajv = new Ajv({ allErrors: true, strict: false });
const validator = (schema: string) => ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas", schema), "utf8")));
const load = (file: string): unknown => {
  const text = readFileSync(join(ROOT, file), "utf8");
  return file.endsWith(".json") ? JSON.parse(text) : YAML.parse(text);
};

describe("generated JSON Schemas on examples/", () => {
  test("flow bundles: the clean ones validate; the planted broken one fails on exactly its schema-level mistakes", () => {
    const flow = validator("flow.schema.json");
    expect(flow(load("examples/flows/triage-issue.flow.yaml"))).toBe(true);
    expect(flow(load("examples/flows/release-notes.flow.json"))).toBe(true);
    expect(flow(load("examples/flows/deploy-hotfix.flow.yaml"))).toBe(false);
    expect(flow.errors!.map((e) => `${e.instancePath} ${e.keyword}`).sort()).toEqual(["/flow/version pattern", "/steps/0 required", "/steps/2 required", "/steps/2/verification/kind enum", "/steps/2/when_not_to_run pattern"]);
  });

  test("evidence bundles (tampered hashes are not a schema matter), the run policy and .flowgate.yml validate", () => {
    const evidence = validator("evidence.schema.json");
    for (const f of readdirSync(join(ROOT, "examples/evidence"))) expect([f, evidence(load(`examples/evidence/${f}`))]).toEqual([f, true]);
    expect(validator("run-policy.schema.json")(load("examples/.flowgate/policy.json"))).toBe(true);
    expect(validator("flowgate-config.schema.json")(load("examples/.flowgate.yml"))).toBe(true);
  });

  test("the schemas reject what Flowgate rejects: an unknown config key, a policy flag of the wrong type", () => {
    expect(validator("flowgate-config.schema.json")({ "fail-on": "error", exclud: [] })).toBe(false);
    expect(validator("run-policy.schema.json")({ flow_run_writes_enabled: "yes" })).toBe(false);
  });
});
