import type { AnnotationProperties } from "@actions/core";
import { type Counts, type Finding, compareFindings, SEVERITY_RANK, annotationOf as annotationPlace } from "../core/index";

/** Lines a pull request adds, per repo-relative file. */
export type AddedLines = ReadonlyMap<string, ReadonlySet<number>>;

export interface AnnotationPlan {
  /** Findings to annotate: errors, then warnings, then notes; within each, those on added lines first. */
  shown: Finding[];
  /** Findings per kind left out because GitHub shows only so many per step. */
  hidden: Counts;
}

export function onAddedLine(f: Finding, added: AddedLines | undefined): boolean {
  const lines = added?.get(f.file);
  if (!lines) return false;
  for (let line = f.line; line <= f.endLine; line++) if (lines.has(line)) return true;
  return false;
}

/** GitHub displays at most `max` annotations of each kind per step: choose the ones worth seeing. */
export function planAnnotations(findings: readonly Finding[], max: number, added?: AddedLines): AnnotationPlan {
  const ordered = [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || Number(onAddedLine(b, added)) - Number(onAddedLine(a, added)) || compareFindings(a, b),
  );
  const shownPerKind = { error: 0, warning: 0, note: 0 };
  const hidden: Counts = { errors: 0, warnings: 0, notes: 0 };
  const shown: Finding[] = [];
  for (const f of ordered) {
    if (shownPerKind[f.severity] < max) {
      shownPerKind[f.severity]++;
      shown.push(f);
    } else hidden[f.severity === "error" ? "errors" : f.severity === "warning" ? "warnings" : "notes"]++;
  }
  return { shown, hidden };
}

/** Annotation properties for a finding: the same place `flowgate check --format github` annotates. */
export const annotationOf: (f: Finding) => AnnotationProperties = annotationPlace;
