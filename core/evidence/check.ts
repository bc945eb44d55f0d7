import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Check, type CheckContext, selectFiles } from "../gate";
import { compareFindings, type Finding, WHOLE_FILE } from "../kernel/findings";
import { globMatcher } from "../kernel/files";
import type { SourceLimits } from "../kernel/limits";
import { goldenOptionsOf, type GoldenOptions } from "./config";
import { budgetsOf, evaluateBundleFile, evidenceLimits, streamedSize } from "./evaluate";
import type { BundleVerdict } from "./verdict";
import { compareSources, type GoldenResult, type GoldenSource, goldenProblems, sourceOfBundle } from "./golden";
import { streamGolden } from "./golden-stream";
import { guardDepth, type LoadedBundle, loadBundleFile, type Problem, toFinding } from "./load";
import { goldenMissing } from "./rules";
import { unsafeReason } from "../kernel/workspace";
import { STREAM_ABOVE_BYTES } from "./stream";
import { append } from "../kernel/append";

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
      append(findings, evaluated.findings);
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
        append(findings, found);
        if (result) results.push(result);
        files.push(file);
      }
    }
    const details: GoldensDetails = { results };
    return { name: "goldens", title: "Golden regressions", findings, files, details: { goldens: details } };
  },
};

/** The current bundle in a comparison: what it gives the comparison, and how its findings are placed. */
type Current = { source: GoldenSource; place(problems: readonly Problem[]): Finding[] };

/**
 * Compare one bundle file with one golden file; problems reading either are findings, never throws. A
 * file larger than the smaller of max-bundle-bytes and streamAbove is read in one streaming pass
 * (core/evidence/golden-stream.ts), a smaller one whole; the comparison and its findings are the same.
 */
export function compareFiles(root: string, currentFile: string, goldenFile: string, options: GoldenOptions, limits: SourceLimits, streamAbove = STREAM_ABOVE_BYTES): { findings: Finding[]; result?: GoldenResult } {
  const path = join(root, currentFile);
  if (streamedSize(path, limits, streamAbove) === undefined) return compareWithGoldenFile(root, loadBundleFile(path, currentFile, limits), goldenFile, options, limits, streamAbove);
  const golden = goldenSide(root, currentFile, goldenFile, limits, streamAbove);
  if ("rule" in golden) return { findings: [golden] };
  const current = streamGolden(path, currentFile, true, limits);
  if (!("source" in current)) return { findings: current.findings };
  return compareSides(currentFile, current, goldenFile, golden, options);
}

/**
 * Compare a loaded bundle (from disk in CI, from the open buffer in editors) with a golden file;
 * `flowgate check` and the editors both call this. Problems reading either are findings.
 */
export function compareWithGoldenFile(root: string, current: LoadedBundle, goldenFile: string, options: GoldenOptions, limits: SourceLimits, streamAbove = STREAM_ABOVE_BYTES): { findings: Finding[]; result?: GoldenResult } {
  const golden = goldenSide(root, current.file, goldenFile, limits, streamAbove);
  if ("rule" in golden) return { findings: [golden] };
  if (!current.bundle) return { findings: current.findings };
  return compareSides(current.file, { source: sourceOfBundle(current.bundle), place: (problems) => problems.map((p) => toFinding(current, p)) }, goldenFile, golden, options);
}

/** What the golden file gives a comparison, or the finding that says why it cannot. */
function goldenSide(root: string, currentFile: string, goldenFile: string, limits: SourceLimits, streamAbove: number): GoldenSource | Finding {
  const unsafe = unsafeReason(root, goldenFile);
  if (unsafe) return goldenMissing.at(currentFile, WHOLE_FILE, `golden ${goldenFile} ${unsafe}: it was not read`);
  const path = join(root, goldenFile);
  if (!existsSync(path)) return goldenMissing.at(currentFile, WHOLE_FILE, `golden ${goldenFile} does not exist; create it with \`flowgate golden ${currentFile} ${goldenFile} --update\``);
  // The golden's first problem in the file's order: the streaming path finds them in that order, the whole one by kind.
  const invalid = (findings: Finding[]) => goldenMissing.at(currentFile, WHOLE_FILE, `golden ${goldenFile} is not a valid evidence bundle (${[...findings].sort(compareFindings)[0]?.message ?? "unreadable"})`);
  if (streamedSize(path, limits, streamAbove) !== undefined) {
    const streamed = streamGolden(path, goldenFile, false, limits);
    return "source" in streamed ? streamed.source : invalid(streamed.findings);
  }
  const loaded = loadBundleFile(path, goldenFile, limits);
  return loaded.bundle ? sourceOfBundle(loaded.bundle) : invalid(loaded.findings);
}

function compareSides(currentFile: string, current: Current, goldenFile: string, golden: GoldenSource, options: GoldenOptions): { findings: Finding[]; result?: GoldenResult } {
  const result = guardDepth(currentFile, () => compareSources({ file: currentFile, source: current.source }, { file: goldenFile, source: golden }, options));
  if (!("dimensions" in result)) return { findings: [result] };
  return { findings: current.place(goldenProblems(result)), result };
}
