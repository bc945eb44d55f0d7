import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { baseBlueprint } from "./helpers";

/** The generated schemas/blueprint.schema.json (what editors validate with) agrees with the zod schemas on real Blueprints. */
const schema = JSON.parse(readFileSync(join(__dirname, "..", "..", "schemas", "blueprint.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const DIR = join(__dirname, "..", "fixtures", "blueprints");

describe("schemas/blueprint.schema.json", () => {
  for (const file of readdirSync(DIR).filter((f) => /\.(json|yaml)$/.test(f))) {
    it(`accepts mlua-swarm's ${file}`, () => {
      const text = readFileSync(join(DIR, file), "utf8");
      const data = file.endsWith(".yaml") ? YAML.parse(text) : JSON.parse(text);
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    });
  }
  it("rejects an unknown key, an old op name and an array-index path", () => {
    for (const mutate of [(bp: any) => (bp.agentz = []), (bp: any) => (bp.flow.children[2].cond.op = "ge"), (bp: any) => (bp.flow.children[0].out.at = "$.results[0]")]) {
      const bp = baseBlueprint();
      mutate(bp);
      expect(validate(bp)).toBe(false);
    }
    expect(validate(baseBlueprint())).toBe(true);
  });
});
