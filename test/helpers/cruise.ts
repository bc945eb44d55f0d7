import Module, { register } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * dependency-cruiser reads TypeScript with the TypeScript compiler's JS API, which TypeScript 7 (the project's
 * tsc, a native binary) no longer has: hand it the `typescript-5` package (a devDependency alias of
 * typescript@5) whenever it asks for `typescript`, for require (its version check) and import alike.
 */
let redirected = false;
function redirectTypescript(): void {
  if (redirected) return;
  redirected = true;
  const m = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = m._resolveFilename;
  m._resolveFilename = function (request, ...rest) {
    return resolve.call(this, request === "typescript" || request.startsWith("typescript/") ? request.replace(/^typescript/, "typescript-5") : request, ...rest);
  };
  const hooks = `export async function resolve(s, c, next) { return next(s === "typescript" || s.startsWith("typescript/") ? s.replace(/^typescript/, "typescript-5") : s, c); }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, pathToFileURL(__filename));
}

export interface Violation {
  rule: string;
  from: string;
  to: string;
  cycle?: string[];
}

export interface CruiseSummary {
  modules: number;
  dependencies: number;
  violations: Violation[];
}

/** Cruise `entries` (folders relative to `root`) with `root`'s .dependency-cruiser.cjs and tsconfig.json. */
export async function cruise(root: string, entries: string[]): Promise<CruiseSummary> {
  redirectTypescript();
  const { cruise: run } = (await import("dependency-cruiser")) as typeof import("dependency-cruiser");
  const extractTSConfig = (await import("dependency-cruiser/config-utl/extract-ts-config")).default as (file: string) => object;
  const config = require(join(root, ".dependency-cruiser.cjs"));
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const result = await run(entries, { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true, baseDir: root, outputType: "json" }, undefined, { tsConfig: extractTSConfig(join(root, "tsconfig.json")) });
    const output = typeof result.output === "string" ? JSON.parse(result.output) : result.output;
    return {
      modules: output.summary.totalCruised,
      dependencies: output.summary.totalDependenciesCruised,
      violations: output.summary.violations.map((v: { rule: { name: string }; from: string; to: string; cycle?: { name: string }[] }) => ({ rule: v.rule.name, from: v.from, to: v.to, cycle: v.cycle?.map((c) => c.name) })),
    };
  } finally {
    process.chdir(cwd);
  }
}
