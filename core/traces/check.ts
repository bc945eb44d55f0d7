import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Check, type CheckContext, selectFiles } from "../gate";
import { globMatcher } from "../kernel/files";
import { type Finding, WHOLE_FILE } from "../kernel/findings";
import { type AnalyzedTrace, analyzeTraceFile, type TraceVerdict } from "./analyze";
import type { TracesConfig } from "./config";
import { compareTraces, type TraceGoldenResult, traceGoldenFindings } from "./golden";
import { traceGoldenMissing } from "./rules";
import { unsafeReason } from "../kernel/workspace";
import { append } from "../kernel/append";

/** What reports show (report.details.traces). */
export interface TracesDetails {
  files: TraceVerdict[];
  goldens: TraceGoldenResult[];
}

export const tracesCheck: Check = {
  name: "traces",
  title: "Agent traces",
  async run(ctx: CheckContext) {
    const config = ctx.config.traces;
    const files = selectFiles(ctx, globMatcher(config.include));
    const findings: Finding[] = [];
    const verdicts: TraceVerdict[] = [];
    for (const [i, file] of files.entries()) {
      ctx.signal?.throwIfAborted();
      ctx.onProgress?.({ check: "traces", done: i, total: files.length });
      const analyzed = await analyzeTraceFile(join(ctx.root, file), file, config, ctx.signal);
      append(findings, analyzed.findings);
      verdicts.push(analyzed.verdict);
    }
    const goldens: TraceGoldenResult[] = [];
    for (const pair of config.goldens) {
      const matches = selectFiles(ctx, globMatcher([pair.trace]));
      if (!ctx.changedFiles && !ctx.files.some(globMatcher([pair.trace]))) findings.push(traceGoldenMissing.at(".flowgate.yml", WHOLE_FILE, `traces.goldens: ${JSON.stringify(pair.trace)} matches no trace file`));
      for (const file of matches) {
        const compared = await compareTraceFiles(ctx.root, file, pair.golden, config, ctx.signal);
        append(findings, compared.findings);
        if (compared.result) goldens.push(compared.result);
      }
    }
    const details: TracesDetails = { files: verdicts, goldens };
    return { name: "traces", title: "Agent traces", findings, files: [...new Set([...files, ...goldens.map((g) => g.current)])], details: { traces: details } };
  },
};

/** Compare one trace file with its golden; a missing or unreadable golden is a finding, never a throw. */
export async function compareTraceFiles(root: string, currentFile: string, goldenFile: string, config: TracesConfig, signal?: AbortSignal): Promise<{ findings: Finding[]; result?: TraceGoldenResult; current?: AnalyzedTrace }> {
  const unsafe = unsafeReason(root, goldenFile);
  if (unsafe) return { findings: [traceGoldenMissing.at(currentFile, WHOLE_FILE, `golden ${goldenFile} ${unsafe}: it was not read`)] };
  if (!existsSync(join(root, goldenFile))) return { findings: [traceGoldenMissing.at(currentFile, WHOLE_FILE, `golden ${goldenFile} does not exist; create it with \`flowgate golden ${currentFile} ${goldenFile} --update\``)] };
  const golden = await analyzeTraceFile(join(root, goldenFile), goldenFile, config, signal);
  const unreadable = golden.findings.find((f) => f.rule === "trace/invalid-trace" || f.rule === "source/too-large");
  if (unreadable) return { findings: [traceGoldenMissing.at(currentFile, WHOLE_FILE, `golden ${goldenFile} is not a readable trace (${unreadable.message})`)] };
  const current = await analyzeTraceFile(join(root, currentFile), currentFile, config, signal);
  const result = compareTraces(current, golden);
  return { findings: traceGoldenFindings(result, current), result, current };
}
