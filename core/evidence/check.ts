import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Check, type CheckContext, selectFiles } from "../gate";
import { type Finding, WHOLE_FILE } from "../kernel/findings";
import { globMatcher } from "../kernel/files";
import type { SourceLimits } from "../kernel/limits";
import { goldenOptionsOf, type GoldenOptions } from "./config";
import { budgetsOf, evaluateBundleFile, evidenceLimits } from "./evaluate";
import type { BundleVerdict } from "./verdict";
import { compareWithGolden, goldenFindings, type GoldenResult } from "./golden";
import { guardDepth, type LoadedBundle, loadBundleFile } from "./load";
import { goldenMissing } from "./rules";
import { unsafeReason } from "../kernel/workspace";
import type { EvidenceBundle } from "./schema";

/** What reports show (report.details.evidence and report.details.goldens). */
export interface EvidenceDetails {
  bundles: BundleVerdict[];
}
export interface GoldensDetails {
  results: GoldenResult[];
}

export const evidenceCheck: Check = {
  name: "evidence",
  title: "Evidence bundles",
  async run(ctx: CheckContext) {
    const files = selectFiles(ctx, globMatcher(ctx.config.evidence.include));
    const budgets = budgetsOf(ctx.config);
    const limits = evidenceLimits(ctx.config);
    const findings: Finding[] = [];
    const bundles: BundleVerdict[] = [];
    files.forEach((file, i) => {
      ctx.onProgress?.({ check: "evidence", done: i, total: files.length });
      const evaluated = evaluateBundleFile(join(ctx.root, file), file, limits, budgets);
      findings.push(...evaluated.findings);
      bundles.push(evaluated.verdict);
    });
    const details: EvidenceDetails = { bundles };
    return { name: "evidence", title: "Evidence bundles", findings, files, details: { evidence: details } };
  },
};

export const goldensCheck: Check = {
  name: "goldens",
  title: "Golden regressions",
  async run(ctx: CheckContext) {
    const findings: Finding[] = [];
    const results: GoldenResult[] = [];
    const files: string[] = [];
    for (const pair of ctx.config.goldens) {
      const matches = selectFiles(ctx, globMatcher([pair.evidence]));
      if (!ctx.changedFiles && !ctx.files.some(globMatcher([pair.evidence]))) findings.push(goldenMissing.at(".flowgate.yml", WHOLE_FILE, `goldens: ${JSON.stringify(pair.evidence)} matches no evidence bundle`));
      for (const file of matches) {
        const { findings: found, result } = compareFiles(ctx.root, file, pair.golden, goldenOptionsOf(pair), evidenceLimits(ctx.config));
        findings.push(...found);
        if (result) results.push(result);
        files.push(file);
      }
    }
    const details: GoldensDetails = { results };
    return { name: "goldens", title: "Golden regressions", findings, files, details: { goldens: details } };
  },
};

type Loaded = LoadedBundle & { bundle: EvidenceBundle };

/** Compare one bundle file with one golden file; problems reading either are findings, never throws. */
export function compareFiles(root: string, currentFile: string, goldenFile: string, options: GoldenOptions, limits: SourceLimits): { findings: Finding[]; result?: GoldenResult } {
  return compareWithGoldenFile(root, loadBundleFile(join(root, currentFile), currentFile, limits), goldenFile, options, limits);
}

/**
 * Compare a loaded bundle (from disk in CI, from the open buffer in editors) with a golden file;
 * `flowgate check` and the editors both call this. Problems reading either are findings.
 */
export function compareWithGoldenFile(root: string, current: LoadedBundle, goldenFile: string, options: GoldenOptions, limits: SourceLimits): { findings: Finding[]; result?: GoldenResult } {
  const currentFile = current.file;
  const unsafe = unsafeReason(root, goldenFile);
  if (unsafe) return { findings: [goldenMissing.at(currentFile, WHOLE_FILE, `golden ${goldenFile} ${unsafe}: it was not read`)] };
  const golden = existsSync(join(root, goldenFile)) ? loadBundleFile(join(root, goldenFile), goldenFile, limits) : undefined;
  if (!golden) return { findings: [goldenMissing.at(currentFile, WHOLE_FILE, `golden ${goldenFile} does not exist; create it with \`flowgate golden ${currentFile} ${goldenFile} --update\``)] };
  if (!golden.bundle) return { findings: [goldenMissing.at(currentFile, WHOLE_FILE, `golden ${goldenFile} is not a valid evidence bundle (${golden.findings[0]?.message ?? "unreadable"})`)] };
  if (!current.bundle) return { findings: current.findings };
  const result = guardDepth(currentFile, () => compareWithGolden(current as Loaded, golden as Loaded, options));
  if (!("dimensions" in result)) return { findings: [result] };
  return { findings: goldenFindings(result, current), result };
}
