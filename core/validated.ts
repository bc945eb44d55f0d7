import { escapeMarkdown, markdownCode } from "./report/escape";
import type { Report } from "./report/model";

/** `flowgate validate --format markdown` (PR comments, job summaries) says which dialect each file was read as, like the text header. */
export function validatedMarkdown(report: Report): string | undefined {
  const validated = report.details.validated as { file: string; dialect: string | null; reason: string }[] | undefined;
  if (!validated?.length) return undefined;
  const rows = validated.map((v) => `| ${markdownCode(v.file)} | ${v.dialect ? escapeMarkdown(v.dialect) : "not validated"} | ${escapeMarkdown(v.reason)} |`);
  return ["### Dialects", "", "| file | read as | because |", "| --- | --- | --- |", ...rows].join("\n") + "\n";
}
