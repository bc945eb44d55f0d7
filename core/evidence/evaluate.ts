import { entryAt } from "../kernel/workspace";
import type { Config } from "../config/schema";
import { compareFindings, type Finding, WHOLE_FILE } from "../kernel/findings";
import { DEFAULT_LIMITS, type SourceLimits } from "../kernel/limits";
import { type Budgets, evaluateGovernance } from "./governance";
import { verifyIntegrity } from "./integrity";
import { guardDepth, type LoadedBundle, loadBundle, loadBundleFile, toFinding } from "./load";
import { JsonLocator } from "./locate";
import { invalidBundle } from "./rules";
import { STREAM_ABOVE_BYTES, streamEvaluate } from "./stream";
import { withTightHeap } from "./stream-heap";
import { type EvaluatedBundle, type BundleFacts, verdictOf } from "./verdict";

export function budgetsOf(config: Config): Budgets {
  const b = config.evidence.budgets;
  return { maxUsd: b["max-usd"], maxTokens: b["max-tokens"], maxToolCalls: b["max-tool-calls"] };
}

export function evidenceLimits(config: Config): SourceLimits {
  return { ...DEFAULT_LIMITS, maxBytes: config.evidence["max-bundle-bytes"] };
}

/** Load, verify and evaluate one bundle's text: findings with positions and the verdict. */
export function evaluateBundle(file: string, text: string, budgets: Budgets = {}, limits: SourceLimits = DEFAULT_LIMITS): EvaluatedBundle {
  return evaluateLoaded(loadBundle(file, text, limits), budgets);
}

/**
 * Load, verify and evaluate one bundle file: JSON.parse of the whole text up to the smaller of the
 * configured max-bundle-bytes and STREAM_ABOVE_BYTES (what reports of the whole document need), one streaming pass in bounded
 * memory above it (no size cap: memory does not grow with the file).
 */
export function evaluateBundleFile(path: string, file: string, limits: SourceLimits = DEFAULT_LIMITS, budgets: Budgets = {}, streamAbove = STREAM_ABOVE_BYTES): EvaluatedBundle {
  const readWholeUpTo = Math.min(limits.maxBytes, streamAbove);
  const bytes = streamedSize(path, limits, streamAbove);
  if (bytes !== undefined) {
    try {
      return { ...withTightHeap(() => streamEvaluate(path, file, budgets)), streamed: { bytes, readWholeUpTo } };
    } catch (e) {
      // A hostile item nested past the stack, or one string longer than a string can be: one finding, not a crash.
      if (!(e instanceof RangeError)) throw e;
      const why = /call stack/i.test(e.message) ? "nested too deeply to process" : `holds a value too large to process (${e.message})`;
      return evaluateLoaded({ file, locator: new JsonLocator(""), findings: [invalidBundle.at(file, WHOLE_FILE, "(bundle)", why)] });
    }
  }
  return evaluateLoaded(loadBundleFile(path, file, limits), budgets);
}

/** The size of a bundle file read by streaming (larger than the smaller of max-bundle-bytes and streamAbove), else undefined: it is read whole. */
export function streamedSize(path: string, limits: SourceLimits, streamAbove = STREAM_ABOVE_BYTES): number | undefined {
  const size = entryAt(path);
  return size?.isFile() && size.size > Math.min(limits.maxBytes, streamAbove) ? size.size : undefined;
}

/** Verify and evaluate a loaded bundle (see loadBundleFile to load one without reading an oversized file). */
export function evaluateLoaded(loaded: LoadedBundle, budgets: Budgets = {}): EvaluatedBundle {
  const file = loaded.file;
  const findings = [...loaded.findings];
  let intact = false;
  const bundle = loaded.bundle;
  if (bundle) {
    const problems = guardDepth(file, () => {
      const integrity = verifyIntegrity(bundle, loaded.data);
      intact = integrity.length === 0;
      return [...integrity, ...evaluateGovernance(bundle, budgets)];
    });
    if (Array.isArray(problems)) for (const p of problems) findings.push(toFinding(loaded, p));
    else findings.push(problems);
  }
  findings.sort(compareFindings);
  const b = loaded.bundle;
  const facts = b && { runId: b.run.run_id, status: b.run.status, events: b.events.length, totalUsd: b.cost_summary.total_usd };
  return { loaded, findings, verdict: verdictOf(file, findings, intact, facts) };
}
