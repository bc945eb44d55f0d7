import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../core/config/schema";
import { globMatcher } from "../core/files";
import type { Finding } from "../core/findings";
import { goldenOptionsOf, type GoldenOptions } from "../core/evidence/config";
import { type BundleVerdict, budgetsOf, evaluateBundle, evidenceLimits } from "../core/evidence/evaluate";
import { compareWithGolden, goldenFindings, type GoldenResult } from "../core/evidence/golden";
import { type LoadedBundle, loadBundle } from "../core/evidence/load";
import { Normalizer } from "../core/evidence/normalize";
import type { EvidenceBundle } from "../core/evidence/schema";

/** Evidence bundles as the editor shows them: verdict, golden status, and the normalized JSON the diff compares. Pure (no vscode). */

export interface GoldenPairing {
  golden: string;
  options: GoldenOptions;
}

/** The golden a bundle is compared with (the first `goldens:` pair whose `evidence` glob matches it). */
export function goldenOf(file: string, config: Config): GoldenPairing | undefined {
  const pair = config.goldens.find((p) => globMatcher([p.evidence])(file));
  return pair && { golden: pair.golden, options: goldenOptionsOf(pair) };
}

type Loaded = LoadedBundle & { bundle: EvidenceBundle };

function readBundle(root: string, file: string, config: Config): LoadedBundle | undefined {
  const path = join(root, file);
  return existsSync(path) ? loadBundle(file, readFileSync(path, "utf8"), evidenceLimits(config)) : undefined;
}

export interface BundleStatus {
  file: string;
  verdict: BundleVerdict;
  findings: Finding[];
  golden?: { file: string; result?: GoldenResult; problem?: string };
}

/** Evaluate a bundle's text and compare it with its golden (read from disk), if it has one. */
export function bundleStatus(root: string, file: string, text: string, config: Config): BundleStatus {
  const evaluated = evaluateBundle(file, text, budgetsOf(config), evidenceLimits(config));
  const status: BundleStatus = { file, verdict: evaluated.verdict, findings: [...evaluated.findings] };
  const pairing = goldenOf(file, config);
  if (!pairing) return status;
  const golden = readBundle(root, pairing.golden, config);
  if (!golden?.bundle) {
    status.golden = { file: pairing.golden, problem: golden ? "the golden is not a valid evidence bundle" : "the golden does not exist" };
    return status;
  }
  if (!evaluated.loaded.bundle) return { ...status, golden: { file: pairing.golden, problem: "this bundle does not load" } };
  const result = compareWithGolden(evaluated.loaded as Loaded, golden as Loaded, pairing.options);
  status.findings.push(...goldenFindings(result, evaluated.loaded));
  status.golden = { file: pairing.golden, result };
  return status;
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
