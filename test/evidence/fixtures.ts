import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EvidenceBundle } from "../../core/evidence/schema";
import { sealBundle } from "../../core/evidence/seal";

export const FIXTURES = join(__dirname, "../fixtures/evidence");
export const SAMPLES = ["failed-step", "golden-minimal-success", "golden-tool-ledger-success", "pending-approval", "tool-and-model-cost"] as const;
export type Sample = (typeof SAMPLES)[number];

export function sampleText(name: Sample): string {
  return readFileSync(join(FIXTURES, `${name}.json`), "utf8");
}

export function sample(name: Sample): EvidenceBundle {
  return JSON.parse(sampleText(name)) as EvidenceBundle;
}

/** A sample changed by `edit`, with every derived field (hashes, seq, summaries) recomputed, as pretty JSON. */
export function edited(name: Sample, edit: (b: EvidenceBundle) => void): string {
  const b = sample(name);
  edit(b);
  return JSON.stringify(sealBundle(b), null, 2);
}

export function rulesOf(findings: readonly { rule: string }[]): string[] {
  return findings.map((f) => f.rule);
}
