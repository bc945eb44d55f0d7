import { z } from "zod";
import { renderGithub } from "./github";
import { renderGitlab } from "./gitlab";
import { renderJson } from "./json";
import { renderJunit } from "./junit";
import { type MarkdownSection, renderMarkdown } from "./markdown";
import type { CheckResult, Report } from "./model";
import { renderSarif } from "./sarif";
import { renderText } from "./text";

export const reportFormatSchema = z.enum(["text", "json", "sarif", "markdown", "junit", "gitlab", "github"]);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

export interface GateResult {
  report: Report;
  results: CheckResult[];
}

export function renderReport(gate: GateResult, format: ReportFormat, options: { color?: boolean; quiet?: boolean; sections?: readonly MarkdownSection[] } = {}): string {
  switch (format) {
    case "text":
      return renderText(gate.report, options);
    case "json":
      return renderJson(gate.report);
    case "sarif":
      return renderSarif(gate.report);
    case "markdown":
      return renderMarkdown(gate.report, { sections: options.sections });
    case "junit":
      return renderJunit(gate.results);
    case "gitlab":
      return renderGitlab(gate.report);
    case "github":
      return renderGithub(gate.report);
  }
}
