import { createHash } from "node:crypto";
import type { Finding } from "../kernel/findings";

/**
 * One fingerprint per finding that survives runs and unrelated line moves: rule + file + message + which
 * occurrence of that triple it is (in report order). SARIF's partialFingerprints and GitLab Code Quality's
 * fingerprint are both this, so the two systems track the same finding as the same finding.
 */
export function findingFingerprints(findings: readonly Finding[]): string[] {
  const occurrences = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.rule}\0${f.file}\0${f.message}`;
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    return createHash("sha256").update(`${key}\0${n}`).digest("hex").slice(0, 32);
  });
}
