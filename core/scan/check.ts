import { type Check, type CheckContext, selectFiles } from "../gate";
import type { Finding } from "../kernel/findings";
import { globMatcher } from "../kernel/files";
import { addedLinesSince } from "../kernel/git";
import { escapeMarkdown } from "../report/escape";
import type { CheckResult, Report } from "../report/model";
import type { ScanConfig } from "./config";
import { grammarOf } from "./parser";
import { type ScanTotals, scanFiles } from "./run";

/** The report's `details.scan`. */
export interface ScanDetails extends ScanTotals {
  /** Files matched by `scan.allow` (the gateway's own code): not scanned. */
  allowed: string[];
  byCategory: Record<string, number>;
}

/** Files the scan judges: scannable languages, scan.include minus scan.exclude, optionally no *.d.ts. */
export function scanSelector(scan: ScanConfig): (path: string) => boolean {
  const include = globMatcher(scan.include);
  const exclude = globMatcher(scan.exclude);
  return (path) => grammarOf(path) !== undefined && include(path) && !exclude(path) && !(scan["skip-declarations"] && /\.d\.[cm]?ts$/.test(path));
}

/** `--new-only`: keep findings on lines the change added (one `git diff` per file with findings; a new file is all new). */
export function onAddedLines(root: string, base: string, findings: Finding[]): Finding[] {
  const added = addedLinesSince(root, base);
  return findings.filter((f) => {
    const lines = added(f.file);
    return lines === "new" || lines.has(f.line);
  });
}

/** The scan as a check; `workers` is the CLI's --jobs (the gate leaves it to "auto"). */
export async function scanWorkspace(ctx: CheckContext, workers: number | "auto" = "auto"): Promise<CheckResult> {
  const scan = ctx.config.scan;
  const allow = globMatcher(scan.allow);
  const selected = selectFiles(ctx, scanSelector(scan));
  const files = selected.filter((f) => !allow(f));
  const run = await scanFiles({
    root: ctx.root,
    files,
    config: scan,
    maxBytes: ctx.config.limits["max-file-bytes"],
    onProgress: ctx.onProgress && ((done, total) => ctx.onProgress!({ check: "scan", done, total })),
    signal: ctx.signal,
    workers,
  });
  const { findings: all, suppressions, ...totals } = run;
  const findings = ctx.newOnly && ctx.base ? onAddedLines(ctx.root, ctx.base, all) : all;
  const byCategory: Record<string, number> = {};
  for (const f of findings) if (f.category && f.category !== "scan") byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  const details: ScanDetails = { ...totals, allowed: selected.filter(allow), byCategory };
  return { name: "scan", title: "Boundary scan", findings, files, details: { scan: details }, suppressions };
}

export const scanCheck: Check = { name: "scan", title: "Boundary scan", run: (ctx) => scanWorkspace(ctx) };

/** The markdown summary (job summary, PR comment): calls bypassing the gateway, by category. */
export function scanMarkdown(report: Report): string | undefined {
  const details = report.details.scan as ScanDetails | undefined;
  if (!details) return undefined;
  const categories = Object.entries(details.byCategory).sort(([a], [b]) => (a < b ? -1 : 1));
  const total = categories.reduce((n, [, c]) => n + c, 0);
  const lines = [`### Boundary scan`, "", `${details.files} files scanned (${details.parsed} parsed, ${details.lines} lines${details.skipped ? `, ${details.skipped} skipped` : ""}).`];
  if (total === 0) lines.push("", "No code calls shell, network or model SDKs around the tool gateway.");
  else lines.push("", `${total} call${total === 1 ? "" : "s"} bypass the tool gateway:`, "", "| category | calls |", "| --- | --- |", ...categories.map(([c, n]) => `| ${escapeMarkdown(c)} | ${n} |`));
  if (details.allowed.length) lines.push("", `Allowed by \`scan.allow\` (not scanned): ${details.allowed.length} file${details.allowed.length === 1 ? "" : "s"}.`);
  return lines.join("\n") + "\n";
}
