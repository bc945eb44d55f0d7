import { blueprintsMarkdown } from "../blueprint/markdown";
import { validatedMarkdown } from "../dialect";
import { evidenceMarkdown } from "../evidence/markdown";
import { scanMarkdown } from "../scan/check";
import type { Report } from "./model";
import { ledgerMarkdown } from "../ledger/check";
import { tracesMarkdown } from "../traces/markdown";

/**
 * Markdown sections beyond the findings table, rendered from `report.details` by the feature that
 * owns those details (evidence verdicts, golden diffs, run diagrams). Job summaries, PR comments and
 * `--format markdown` all show them.
 */
export type MarkdownSection = (report: Report) => string | undefined;

export const MARKDOWN_SECTIONS: MarkdownSection[] = [scanMarkdown, ledgerMarkdown, evidenceMarkdown, tracesMarkdown, blueprintsMarkdown, validatedMarkdown];
