import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import type { CliIO } from "./io";
import { type Config, globMatcher, walkFiles, type Finding, toRepoPath, type CheckResult } from "../core/index";
import { absolute } from "./options";
import { analyzeTraceFile, type TraceVerdict, compareTraceFiles, type TracesDetails, type TraceGoldenResult, renderTraceGoldenText, isTraceFile } from "../core/traces";

/** The CLI's trace side of `flowgate evaluate` and `flowgate golden`: the commands route trace files here. */

export function verdictLine(v: TraceVerdict): string {
  const runs = v.runs.map((r) => `${r.id}: ${r.modelCalls} model/${r.toolCalls} tool calls, ${r.tokens} tokens${r.finished ? "" : ", NOT FINISHED"}`).join("; ");
  return `${v.verdict === "pass" ? "PASS" : "FAIL"} ${v.file} (trace, ${v.spans} spans${runs ? `; ${runs}` : ""})${v.failing.length ? ` — failing: ${v.failing.join(", ")}` : ""}\n`;
}

/** Split command-line files into traces (by content) and the rest. */
export function partitionTraces(io: CliIO, files: readonly string[]): { traces: string[]; others: string[] } {
  const traces = files.filter((f) => isTraceFile(absolute(io, f)));
  return { traces, others: files.filter((f) => !traces.includes(f)) };
}

/** `flowgate evaluate` on trace files: one check result and its text header. */
export async function evaluateTraces(io: CliIO, files: readonly string[], config: Config): Promise<{ result: CheckResult; header: string }> {
  const analyzed = [];
  for (const file of files) analyzed.push(await analyzeTraceFile(absolute(io, file), file, config.traces));
  const details: TracesDetails = { files: analyzed.map((a) => a.verdict), goldens: [] };
  const result = { name: "traces", title: "Agent traces", findings: analyzed.flatMap((a) => a.findings), files: [...files], details: { traces: details } };
  return { result, header: details.files.map(verdictLine).join("") };
}

export interface TracePair {
  current: string;
  golden: string;
}

/** Every trace matched by each `traces.goldens` pair. */
export function configuredTracePairs(io: CliIO, config: Config): TracePair[] {
  if (config.traces.goldens.length === 0) return [];
  const files = walkFiles(io.cwd, config.exclude);
  return config.traces.goldens.flatMap((p) => files.filter(globMatcher([p.trace])).map((current) => ({ current, golden: toRepoPath(p.golden) })));
}

/** Compare trace pairs: one check result and the unified diffs for the terminal. */
export async function goldenTraces(io: CliIO, pairs: readonly TracePair[], config: Config): Promise<{ result: CheckResult; header: string }> {
  const findings: Finding[] = [];
  const goldens: TraceGoldenResult[] = [];
  for (const p of pairs) {
    const compared = await compareTraceFiles(io.cwd, p.current, p.golden, config.traces);
    findings.push(...compared.findings);
    if (compared.result) goldens.push(compared.result);
  }
  const details: TracesDetails = { files: [], goldens };
  return { result: { name: "traces", title: "Trace goldens", findings, files: pairs.map((p) => p.current), details: { traces: details } }, header: goldens.map(renderTraceGoldenText).join("") };
}

/** Accept the current trace as the golden: refuse one that does not read as a trace; print what changed. */
export async function updateTraceGolden(io: CliIO, pair: TracePair, config: Config): Promise<number> {
  const current = await analyzeTraceFile(absolute(io, pair.current), pair.current, config.traces);
  const unreadable = current.findings.filter((f) => f.rule === "trace/invalid-trace" || f.rule === "trace/invalid-span" || f.rule === "source/too-large");
  if (unreadable.length > 0) {
    io.stderr(`flowgate golden: not updating ${pair.golden}: ${pair.current} is not a readable trace:\n${unreadable.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}\n`).join("")}`);
    return 1;
  }
  const target = absolute(io, pair.golden);
  try {
    if (!existsSync(target)) {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(absolute(io, pair.current), target);
      io.stdout(`created golden ${pair.golden} from ${pair.current}\n`);
      return 0;
    }
    const { result } = await compareTraceFiles(io.cwd, pair.current, pair.golden, config.traces);
    if (result?.passed && readFileSync(target).equals(readFileSync(absolute(io, pair.current)))) {
      io.stdout(`golden ${pair.golden} is up to date\n`);
      return 0;
    }
    if (result) io.stdout(renderTraceGoldenText(result));
    copyFileSync(absolute(io, pair.current), target);
    const changed = result?.changes.length ?? 0;
    io.stdout(`updated golden ${pair.golden} from ${pair.current}: ${changed} difference${changed === 1 ? "" : "s"} accepted\n`);
    return 0;
  } catch (e) {
    io.stderr(`flowgate golden: cannot write ${pair.golden}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 1;
  }
}
