import { mkdirSync, mkdtempSync, copyFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema } from "../core/config/schema";
import { FEATURES, RULE_CATALOGUE } from "../core/index";
import { allRules } from "../core/kernel/rule";
import { cruise } from "./helpers/cruise";

const REPO = join(__dirname, "..");
const LAYERS = ["core", "cli", "action", "extension", "lsp"];

describe("architecture (dependency-cruiser, .dependency-cruiser.cjs)", () => {
  it("no import cycles (type-only included), core imports no host, hosts import core only through core/index.ts or a feature's index.ts", async () => {
    const result = await cruise(REPO, LAYERS);
    expect(result.modules).toBeGreaterThan(200);
    expect(result.violations.map((v) => `${v.rule}: ${v.from} -> ${v.to}${v.cycle ? ` (${v.cycle.join(" > ")})` : ""}`)).toEqual([]);
  }, 600_000);

  it("catches planted violations: a cycle through a type-only import, core importing a host, a host reaching past the public API", async () => {
    const root = mkdtempSync(join(tmpdir(), "flowgate-arch-"));
    const files: Record<string, string> = {
      "core/index.ts": 'export { a } from "./a";\n',
      "core/a.ts": 'import type { B } from "./b";\nexport const a = (b: B) => b;\n',
      "core/b.ts": 'import { a } from "./a";\nexport type B = typeof a;\n',
      "core/leaky.ts": 'import { x } from "../cli/x";\nexport const leaky = x;\n',
      "cli/x.ts": 'import { a } from "../core/a";\nimport { a as ok } from "../core/index";\nexport const x = [a, ok];\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    copyFileSync(join(REPO, ".dependency-cruiser.cjs"), join(root, ".dependency-cruiser.cjs"));
    writeFileSync(join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "preserve", moduleResolution: "bundler", strict: true, noEmit: true }, include: ["core", "cli"] }));
    const { violations } = await cruise(root, ["core", "cli"]);
    const found = violations.map((v) => `${v.rule}: ${v.from} -> ${v.to}`).sort();
    expect(found).toEqual(
      [
        "core-not-to-hosts: core/leaky.ts -> cli/x.ts",
        "hosts-use-public-api: cli/x.ts -> core/a.ts",
        "no-circular: core/a.ts -> core/b.ts",
      ].sort(),
    );
  }, 600_000);
});

describe("the feature registry (core/features.ts) is the one list", () => {
  it("the rule catalogue (flowgate rules, docs/rules.md, SARIF) holds every rule defined anywhere, once, without side-effect imports", () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(allRules().map((r) => r.id).sort());
  });

  it("each feature's config section is the one .flowgate.yml's schema holds under its key", () => {
    const shape = configSchema.shape as Record<string, { unwrap?: () => unknown }>;
    for (const feature of FEATURES) {
      for (const [key, schema] of Object.entries(feature.configSchema)) {
        expect(shape[key], `${feature.id}: ${key}`).toBeDefined();
        expect(shape[key]!.unwrap?.(), `${feature.id}: ${key}`).toBe(schema);
      }
    }
  });
});
