import { escapeMarkdown, markdownCode } from "../report/escape";
import type { Report } from "../report/model";
import type { RunVerdict, TraceVerdict } from "./analyze";
import type { TracesDetails } from "./check";
import { traceGoldenDiff } from "./golden";

/** Most runs whose timelines are shown; most timeline rows shown per run. */
const MAX_TIMELINES = 10;
const MAX_ROWS = 40;

/** Trace verdicts, run timelines and golden diffs, for job summaries, PR comments and --format markdown. */
export function tracesMarkdown(report: Report): string | undefined {
  const details = report.details.traces as TracesDetails | undefined;
  if (!details || (details.files.length === 0 && details.goldens.length === 0)) return undefined;
  const out: string[] = [];
  if (details.files.length) out.push(verdictTable(details.files), timelines(details.files));
  if (details.goldens.length) out.push(goldenSection(details));
  return out.filter(Boolean).join("\n\n");
}

function verdictTable(files: readonly TraceVerdict[]): string {
  const rows = files.flatMap((f) =>
    f.runs.length === 0
      ? [`| ${f.verdict === "pass" ? "✅ pass" : "❌ fail"} | ${markdownCode(f.file)} | (no GenAI runs) | | | | | ${f.failing.map((r) => markdownCode(r)).join(" ")} |`]
      : f.runs.map((r) => `| ${r.verdict === "pass" ? "✅ pass" : "❌ fail"} | ${markdownCode(f.file)} | ${markdownCode(r.id)} | ${escapeMarkdown(r.agents.join(", "))} | ${r.modelCalls} / ${r.toolCalls} | ${r.tokens}${r.usd === undefined ? "" : ` · ${r.usd} USD`} | ${r.finished ? "yes" : "**no**"} | ${r.failing.map((x) => markdownCode(x)).join(" ")} |`),
  );
  return ["### Agent traces", "", "| verdict | trace | run | agents | model / tool calls | tokens | finished | failing checks |", "| --- | --- | --- | --- | ---: | ---: | --- | --- |", ...rows].join("\n");
}

function timelines(files: readonly TraceVerdict[]): string {
  const runs = files.flatMap((f) => f.runs.map((r) => ({ file: f.file, run: r }))).slice(0, MAX_TIMELINES);
  return runs.map(({ file, run }) => timeline(file, run)).join("\n\n");
}

function timeline(file: string, run: RunVerdict): string {
  const rows = run.timeline.slice(0, MAX_ROWS).map((c) => {
    const outcome = c.outcome === "ok" ? "ok" : `❌ ${escapeMarkdown(c.outcome)}`;
    return `| +${c.atMs} ms | ${c.kind} | ${markdownCode(c.name)} | ${c.callId ? markdownCode(c.callId) : ""} | ${c.tokens ?? ""} | ${outcome} | ${c.line} |`;
  });
  const more = run.timeline.length > MAX_ROWS ? `\n\n…and ${run.timeline.length - MAX_ROWS} more calls` : "";
  return [`<details${run.verdict === "fail" ? " open" : ""}><summary>${markdownCode(file)} run ${markdownCode(run.id)}: timeline</summary>`, "", "| at | kind | name | call id | tokens | outcome | line |", "| ---: | --- | --- | --- | ---: | --- | ---: |", ...rows, more, "</details>"].join("\n");
}

function goldenSection(details: TracesDetails): string {
  const out = ["### Trace goldens", "", "| verdict | trace | golden | differences |", "| --- | --- | --- | ---: |"];
  for (const g of details.goldens) out.push(`| ${g.passed ? "✅ matches" : "❌ regression"} | ${markdownCode(g.current)} | ${markdownCode(g.golden)} | ${g.changes.length} |`);
  for (const g of details.goldens.filter((x) => !x.passed).slice(0, MAX_TIMELINES)) {
    out.push("", `<details open><summary>${markdownCode(g.current)} vs ${markdownCode(g.golden)}: calls (${g.mode})${g.note ? ` — ${escapeMarkdown(g.note)}` : ""}</summary>`, "", traceGoldenDiff(g), "", "</details>");
  }
  return out.join("\n");
}
