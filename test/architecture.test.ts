import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, copyFileSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
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

  it("catches planted violations: a cycle through a type-only import, core importing a host, a host reaching past the public API, the CLI's launcher taking more of core than its V8 flags", async () => {
    const root = mkdtempSync(join(tmpdir(), "flowgate-arch-"));
    const files: Record<string, string> = {
      "core/index.ts": 'export { a } from "./a";\n',
      "core/a.ts": 'import type { B } from "./b";\nexport const a = (b: B) => b;\n',
      "core/b.ts": 'import { a } from "./a";\nexport type B = typeof a;\n',
      "core/leaky.ts": 'import { x } from "../cli/x";\nexport const leaky = x;\n',
      "cli/x.ts": 'import { a } from "../core/a";\nimport { a as ok } from "../core/index";\nexport const x = [a, ok];\n',
      "core/kernel/optimize.ts": "export const optimizeLate = () => 1;\n",
      "cli/launch.ts": 'import { optimizeLate } from "../core/kernel/optimize";\nimport { a } from "../core/index";\noptimizeLate();\nexport const launched = a;\n',
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
        "cli-launcher-stays-small: cli/launch.ts -> core/index.ts",
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

describe("TypeScript project references (tsconfig.json is the solution; npm run typecheck is tsc -b)", () => {
  // The project's own TypeScript, not whichever package won the node_modules/.bin/tsc link (typescript-5 also ships a tsc).
  const TSC = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
  const HOST_API_USER = {
    "a.ts": 'import * as vscode from "vscode";\nexport const v: string = vscode.version;\n',
    "b.ts": 'import { getInput } from "@actions/core";\nexport const i: string = getInput("x");\n',
  };

  /** Typechecks HOST_API_USER as a project extending `layer`'s tsconfig, in a temp folder that resolves the repository's node_modules. */
  function compileAs(layer: string): { status: number | null; errors: string[] } {
    const root = mkdtempSync(join(tmpdir(), `flowgate-refs-${layer}-`));
    symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"), "dir");
    for (const [file, text] of Object.entries(HOST_API_USER)) writeFileSync(join(root, file), text);
    const config = { extends: join(REPO, layer, "tsconfig.json"), compilerOptions: { outDir: join(root, "out"), rootDir: root }, include: ["*.ts"] };
    writeFileSync(join(root, "tsconfig.json"), JSON.stringify(config));
    const r = spawnSync(process.execPath, [TSC, "-p", join(root, "tsconfig.json"), "--pretty", "false"], { encoding: "utf8" });
    const errors = r.stdout.split("\n").filter((line) => /error TS\d+/.test(line)).map((line) => line.replace(/^.*?(\w+\.ts\(\d+,\d+\): error TS\d+).*$/, "$1"));
    return { status: r.status, errors };
  }

  it("the solution references every layer and the tests; each host references core", () => {
    const references = (file: string) => (JSON.parse(readFileSync(join(REPO, file), "utf8").replace(/^\s*\/\/.*$/gm, "")).references ?? []).map((r: { path: string }) => r.path);
    expect(references("tsconfig.json")).toEqual([...LAYERS, "test"]);
    for (const host of LAYERS.slice(1)) expect(references(`${host}/tsconfig.json`), host).toEqual(["../core"]);
  });

  it("a core file importing vscode or @actions/core does not compile (TS6059/TS6307 name boundaries/host-api-not-in-core.ts)", () => {
    const { status, errors } = compileAs("core");
    expect(status).toBe(2);
    expect(errors).toEqual(["a.ts(1,25): error TS6059", "a.ts(1,25): error TS6307", "a.ts(2,33): error TS2339", "b.ts(1,10): error TS2305"]);
  }, 120_000);

  it("the same files compile as a host (extension's settings): the error above comes from core's settings, not from a missing package", () => {
    expect(compileAs("extension")).toEqual({ status: 0, errors: [] });
  }, 120_000);
});
