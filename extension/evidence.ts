import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../core/index";
import { type BundleStatus, type GoldenOptions, evidenceLimits, type LoadedBundle, loadBundle, Normalizer } from "../core/evidence";

/** Evidence bundles as the editor shows them: status text and the normalized JSON the diff compares. Pure (no vscode). */

// What a bundle's status is: computed by the core, as `flowgate check` computes it.
export { type BundleStatus, bundleStatus, goldenOf, type GoldenPairing } from "../core/evidence";

function readBundle(root: string, file: string, config: Config): LoadedBundle | undefined {
  const path = join(root, file);
  return existsSync(path) ? loadBundle(file, readFileSync(path, "utf8"), evidenceLimits(config)) : undefined;
}

export function statusDescription(s: BundleStatus): string {
  const v = s.verdict;
  const parts = [v.verdict === "pass" ? "✓ pass" : `✗ fail (${v.errors} error${v.errors === 1 ? "" : "s"})`];
  if (v.status) parts.push(v.status);
  if (s.golden) parts.push(s.golden.problem ? "golden: ?" : s.golden.result?.passed ? "golden ✓" : "golden ✗ regression");
  return parts.join(" · ");
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** A bundle as the golden comparison sees it: volatile fields normalized, keys sorted, pretty-printed. */
export function normalizedText(root: string, file: string, options: GoldenOptions, config: Config): string {
  const loaded = readBundle(root, file, config);
  if (!loaded?.bundle) return `// ${file} is not a valid evidence bundle\n`;
  return JSON.stringify(sortKeys(new Normalizer(options.normalize, loaded.bundle).value(loaded.bundle)), null, 2) + "\n";
}
