import { countFindings, type Finding } from "../kernel/findings";
import type { LoadedBundle } from "./load";

/** One bundle's verdict, as reports show it (report.details.evidence.bundles). */
export interface BundleVerdict {
  file: string;
  verdict: "pass" | "fail";
  runId?: string;
  status?: string;
  events?: number;
  totalUsd?: number;
  /** Whether bundle_hash and every recomputable hash matched. */
  intact: boolean;
  errors: number;
  warnings: number;
  /** Distinct rule ids of the errors, in report order: why it failed. */
  failing: string[];
}

export interface EvaluatedBundle {
  loaded: LoadedBundle;
  findings: Finding[];
  verdict: BundleVerdict;
  /** Verified in one streaming pass: no bundle is kept (loaded.bundle is absent), only the findings and verdict. */
  streamed?: { bytes: number; readWholeUpTo: number };
}

/** What a verdict says about the run itself, when the bundle was readable. */
export type BundleFacts = Pick<BundleVerdict, "runId" | "status" | "events" | "totalUsd">;

export function verdictOf(file: string, findings: readonly Finding[], intact: boolean, facts: BundleFacts | undefined): BundleVerdict {
  const counts = countFindings(findings);
  return {
    file,
    verdict: counts.errors > 0 ? "fail" : "pass",
    ...facts,
    intact,
    errors: counts.errors,
    warnings: counts.warnings,
    failing: [...new Set(findings.filter((f) => f.severity === "error").map((f) => f.rule))],
  };
}
