import { escapeMarkdown, markdownCode } from "../report/escape";
import type { Report } from "../report/model";
import type { EvidenceDetails, GoldensDetails } from "./check";
import type { BundleVerdict } from "./verdict";
import { diffBody, fenced, type GoldenResult } from "./golden";

/** Most golden dimensions' diffs shown inline; each diff is already capped in lines. */
const MAX_DIFFS = 10;

/** Evidence verdicts table and golden diffs, for job summaries, PR comments and --format markdown. */
export function evidenceMarkdown(report: Report): string | undefined {
  const bundles = (report.details.evidence as EvidenceDetails | undefined)?.bundles ?? [];
  const goldens = (report.details.goldens as GoldensDetails | undefined)?.results ?? [];
  const parts = [bundles.length ? verdictTable(bundles) : "", goldens.length ? goldenSection(goldens) : ""].filter(Boolean);
  return parts.length ? parts.join("\n\n") : undefined;
}

export function verdictTable(bundles: readonly BundleVerdict[]): string {
  const rows = bundles.map((b) => {
    const verdict = b.verdict === "pass" ? "✅ pass" : "❌ fail";
    const integrity = b.runId === undefined ? "unreadable" : b.intact ? "verified" : "**mismatch**";
    const usd = b.totalUsd === undefined ? "" : String(b.totalUsd);
    const failing = b.failing.map((r) => markdownCode(r)).join(" ");
    return `| ${verdict} | ${markdownCode(b.file)} | ${escapeMarkdown(b.status ?? "")} | ${b.events ?? ""} | ${usd} | ${integrity} | ${failing} |`;
  });
  return ["### Evidence bundles", "", "| verdict | bundle | run status | events | USD | integrity | failing checks |", "| --- | --- | --- | ---: | ---: | --- | --- |", ...rows].join("\n");
}

function goldenSection(results: readonly GoldenResult[]): string {
  const out = ["### Golden regressions", "", "| verdict | bundle | golden | differing dimensions |", "| --- | --- | --- | --- |"];
  for (const r of results) {
    const failing = r.dimensions.filter((d) => d.changes.length > 0).map((d) => `${escapeMarkdown(d.dimension)} (${d.changes.length})`);
    out.push(`| ${r.passed ? "✅ matches" : "❌ regression"} | ${markdownCode(r.current)} | ${markdownCode(r.golden)} | ${failing.join(", ")} |`);
  }
  let shown = 0;
  for (const r of results) {
    for (const d of r.dimensions) {
      if (d.changes.length === 0 || shown++ >= MAX_DIFFS) continue;
      const note = d.note ? ` — ${escapeMarkdown(d.note)}` : "";
      out.push("", `<details open><summary>${markdownCode(r.current)} vs ${markdownCode(r.golden)}: ${escapeMarkdown(d.dimension)} (${d.mode})${note}</summary>`, "", fenced("diff", diffBody(d)), "", "</details>");
    }
  }
  return out.join("\n");
}
