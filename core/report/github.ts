import type { Finding, Severity } from "../kernel/findings";
import { visibleBidi } from "./escape";
import type { Report } from "./model";

/** Where a GitHub annotation goes, named as @actions/core names it (the Action passes it to core.error() and friends). */
export interface AnnotationPlace {
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * Columns only go with single-line ranges (GitHub ignores them otherwise); GitHub's end column is
 * inclusive where the findings model's is exclusive.
 */
export function annotationOf(f: Finding): AnnotationPlace {
  const place: AnnotationPlace = { title: f.rule, file: f.file, startLine: f.line, endLine: f.endLine };
  if (f.line === f.endLine) {
    place.startColumn = f.column;
    place.endColumn = Math.max(f.column, f.endColumn - 1);
  }
  return place;
}

/**
 * An annotation's text: the finding's message with its bidirectional controls shown as code points (a message may quote
 * a pull request's text, and GitHub shows it as written, reordered). The place keeps the file's name as stored.
 */
export function annotationMessage(f: Finding): string {
  return visibleBidi(f.message);
}

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", note: "notice" };

// GitHub's workflow-command escaping (as @actions/core's command.ts): a message cannot end the line, so text
// from a pull request cannot start a command of its own; a property value cannot end its property either.
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** Workflow-command annotations (`::error file=…,line=…::message`), one line per finding, for GitHub Actions without the Flowgate Action. */
export function renderGithub(report: Report): string {
  return report.findings
    .map((f) => {
      const p = annotationOf(f);
      const props: [string, string | number | undefined][] = [
        ["file", p.file],
        ["line", p.startLine],
        ["endLine", p.endLine],
        ["col", p.startColumn],
        ["endColumn", p.endColumn],
        ["title", p.title],
      ];
      const list = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
      return `::${COMMAND[f.severity]} ${list.join(",")}::${escapeData(annotationMessage(f))}\n`;
    })
    .join("");
}
