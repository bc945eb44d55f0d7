import { escapeMarkdown, markdownCode } from "../report/escape";
import type { Report } from "../report/model";
import type { ProjectionsDetails } from "./check";

/** Most projections listed; the findings table has every finding. */
const MAX_LINES = 100;

/** One line per projection: fresh, or the rules it breaks (the findings table says why). */
export function projectionsMarkdown(report: Report): string | undefined {
  const details = report.details.projections as ProjectionsDetails | undefined;
  if (!details || details.statuses.length === 0) return undefined;
  const lines = details.statuses.slice(0, MAX_LINES).map((s) => {
    const verdict = s.problems.length === 0 ? "✅ fresh" : `❌ ${s.problems.map((p) => markdownCode(p.replace(/^projection\//, ""))).join(", ")}`;
    return `- ${verdict} — ${markdownCode(`${s.file}:${s.line}`)} ${markdownCode(s.subject)} (${escapeMarkdown(s.harness)})`;
  });
  const more = details.statuses.length > MAX_LINES ? [`- …and ${details.statuses.length - MAX_LINES} more`] : [];
  return ["### Flow projections", "", ...lines, ...more].join("\n");
}
