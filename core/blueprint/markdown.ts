import { escapeMarkdown, markdownCode } from "../report/escape";
import type { Report } from "../report/model";

export interface BlueprintsDetails {
  suppressed: { file: string; rule: string; message: string; source: string; line: number; column: number }[];
}

/** The lints a `lints` map allowed away: not findings, but never silently dropped (upstream's `suppressed[]`). */
export function blueprintsMarkdown(report: Report): string | undefined {
  const details = report.details.blueprints as BlueprintsDetails | undefined;
  if (!details || details.suppressed.length === 0) return undefined;
  const n = details.suppressed.length;
  const rows = details.suppressed.map((s) => `| ${markdownCode(`${s.file}:${s.line}:${s.column}`)} | ${markdownCode(s.rule)} | ${escapeMarkdown(s.source)} | ${escapeMarkdown(s.message)} |`);
  return [`### Blueprint lints allowed away`, "", `${n} finding${n === 1 ? " was" : "s were"} allowed by a \`lints\` map (config \`blueprints.lints\`, an agent's \`lints\` or \`metadata.lints\`):`, "", "| where | rule | allowed by | message |", "| --- | --- | --- | --- |", ...rows].join("\n") + "\n";
}
