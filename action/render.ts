import { type Counts, markdownCode, renderMarkdown, type Report, countsLine, plural, type Shard } from "../core/index";

/** GitHub refuses comment bodies over 65,536 characters and step summaries over 1 MiB (measured here in UTF-8 bytes, the stricter). */
export const COMMENT_LIMIT = 65_536;
export const SUMMARY_LIMIT = 1024 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** The hidden line that identifies this Action's comment for one working directory and shard. */
export function commentMarker(key: string): string {
  return `<!-- flowgate:sticky-comment ${key.replace(/[^A-Za-z0-9._/-]/g, "_")} -->`;
}

const FENCE_CLOSE = "\n```";

/** Markdown from `render(maxFindings)` that fits `limit`: fewer table rows first, then a cut at a line. */
export function fitMarkdown(render: (maxFindings: number) => string, limit: number, maxFindings: number): string {
  for (let max = maxFindings; ; max = Math.floor(max / 2)) {
    const text = render(max);
    if (bytes(text) <= limit) return text;
    if (max === 0) {
      const note = "\n\n…cut here: the rest did not fit GitHub's size limit; see the JSON report.\n";
      const head = Buffer.from(text, "utf8").subarray(0, Math.max(0, limit - bytes(note) - FENCE_CLOSE.length)).toString("utf8");
      const kept = head.slice(0, Math.max(0, head.lastIndexOf("\n")));
      // A cut inside a code fence would swallow the note and everything GitHub renders after it: close it.
      const open = kept.split("\n").filter((l) => /^\s*```/.test(l)).length % 2 === 1;
      return kept + (open ? FENCE_CLOSE : "") + note;
    }
  }
}

export type CommentAction = { kind: "upsert"; brief: boolean } | { kind: "delete" } | { kind: "none" };

/** `always`: keep one comment, brief when passing; `on-failure`: comment while failing, remove it once passing. */
export function commentAction(mode: "always" | "on-failure" | "never", passed: boolean): CommentAction {
  if (mode === "never") return { kind: "none" };
  if (mode === "always") return { kind: "upsert", brief: passed };
  return passed ? { kind: "delete" } : { kind: "upsert", brief: false };
}

export interface CommentContext {
  marker: string;
  /** The workflow run's page, where the summary, annotations and report artifacts are. */
  runUrl?: string;
  headSha?: string;
}

function footer(ctx: CommentContext): string {
  const parts = [`Flowgate ${ctx.headSha ? `checked ${markdownCode(ctx.headSha.slice(0, 7))}` : "check"}`];
  if (ctx.runUrl) parts.push(`[workflow run and annotations](${ctx.runUrl})`);
  return `<sub>${parts.join(" · ")}</sub>`;
}

/** The sticky comment: the full report while failing, one line once passing. Everything from the PR is escaped by the renderers. */
export function commentBody(report: Report, ctx: CommentContext, brief: boolean): string {
  const render = (maxFindings: number) => {
    const head = brief ? `## ✅ Flowgate passed\n\n${countsLine(report.summary)}.\n` : renderMarkdown(report, { maxFindings, fullReportLink: ctx.runUrl });
    return `${ctx.marker}\n${head}\n${footer(ctx)}\n`;
  };
  return fitMarkdown(render, COMMENT_LIMIT, 20);
}

/** What a run judged, in one line: "the 3 files pull request #7 changes (from the GitHub API), compared against base `abc…`". */
export function scopeLine(scope: { changes?: number; source?: "api" | "git"; origin?: string; base?: string; shard?: Shard }): string {
  return [
    scope.changes !== undefined ? `the ${plural(scope.changes, "file")} ${scope.origin} changes (from ${scope.source === "api" ? "the GitHub API" : "git"})` : "every file",
    scope.base && `compared against base ${markdownCode(scope.base.slice(0, 12))}`,
    scope.shard && `shard ${scope.shard.index} of ${scope.shard.count}`,
  ]
    .filter(Boolean)
    .join(", ");
}

export interface RunFacts {
  /** What was judged, one line of markdown built from trusted values. */
  scope: string;
  hidden: Counts;
  annotationsMax: number;
  reportPath: string;
  sarifPath: string;
  runUrl?: string;
  /** Things the run could not do (comment refused, base not fetched), already escaped. */
  notes: string[];
}

/** Findings left out of the annotations, said in one sentence (or nothing when none were left out). */
export function hiddenLine(hidden: Counts, max: number): string | undefined {
  const parts = [
    hidden.errors && plural(hidden.errors, "more error"),
    hidden.warnings && plural(hidden.warnings, "more warning"),
    hidden.notes && plural(hidden.notes, "more note"),
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  return `${max} annotations of each kind at most (GitHub shows 10 per step): ${parts.join(", ")} are not annotated on the diff — they are in the findings table, the SARIF file and the JSON report.`;
}

/** The job summary: the report as markdown, then what this run covered and where the full report is. */
export function jobSummary(report: Report, facts: RunFacts): string {
  const about = ["### This run", "", `- Scope: ${facts.scope}`];
  const hidden = hiddenLine(facts.hidden, facts.annotationsMax);
  if (hidden) about.push(`- Annotations: ${hidden}`);
  about.push(`- Reports: JSON ${markdownCode(facts.reportPath)}, SARIF ${markdownCode(facts.sarifPath)} (outputs \`report\` and \`sarif-file\`).`);
  for (const n of facts.notes) about.push(`- ${n}`);
  const tail = about.join("\n") + "\n";
  return fitMarkdown((maxFindings) => renderMarkdown(report, { maxFindings, fullReportLink: facts.runUrl }) + "\n" + tail, SUMMARY_LIMIT, 200);
}
