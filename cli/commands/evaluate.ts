import { loadConfig, type Config, buildReport, renderReport } from "../../core/index";
import { type EvidenceDetails, budgetsOf, evaluateBundleFile, evidenceLimits, type BundleVerdict, type Budgets } from "../../core/evidence";
import { EXIT, type Command, UsageError } from "../io";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, absolute, emit, parse, reportFlags, textOptions } from "../options";
import { expand } from "./validate";
import { evaluateTraces, partitionTraces } from "../traces";

export function numberFlag(name: string, value: string | undefined, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) throw new UsageError(`--${name} must be a non-negative ${integer ? "integer" : "number"}; got "${value}"`);
  return n;
}

/** --max-usd, --max-tokens, --max-tool-calls: shared by evaluate and report. */
export const BUDGET_OPTIONS = {
  "max-usd": { type: "string" },
  "max-tokens": { type: "string" },
  "max-tool-calls": { type: "string" },
} as const;

/** Budgets from the flags, falling back to .flowgate.yml's evidence.budgets. */
export function budgetFlags(values: { "max-usd"?: string; "max-tokens"?: string; "max-tool-calls"?: string }, config: Config): Budgets {
  const configured = budgetsOf(config);
  return {
    maxUsd: numberFlag("max-usd", values["max-usd"]) ?? configured.maxUsd,
    maxTokens: numberFlag("max-tokens", values["max-tokens"], true) ?? configured.maxTokens,
    maxToolCalls: numberFlag("max-tool-calls", values["max-tool-calls"], true) ?? configured.maxToolCalls,
  };
}

export function verdictLine(v: BundleVerdict): string {
  const what = v.runId ? `run ${v.runId}, ${v.status}, ${v.events} events, ${v.totalUsd} USD${v.intact ? "" : ", integrity MISMATCH"}` : "not readable as a bundle";
  return `${v.verdict === "pass" ? "PASS" : "FAIL"} ${v.file} (${what})${v.failing.length ? ` — failing: ${v.failing.join(", ")}` : ""}\n`;
}

export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "verify and evaluate agentledger.evidence.v1 bundles (integrity, governance, budgets) and OTLP/JSON agent traces",
  usage: `Usage: flowgate evaluate <bundles|globs...> [options]

Verifies each evidence bundle's integrity (bundle_hash, payload hashes, tool responses, artifacts,
seq, summaries) and evaluates its governance (run completed, no failed steps, approvals decided and
recorded, no self-approval, idempotent side effects, budgets). Prints a verdict per bundle, then the
findings; exits 1 when any bundle fails. OTLP/JSON trace files (recognised by content) are judged
as agent traces with the .flowgate.yml \`traces:\` policy (README, "Traces").

Options:
${REPORT_OPTIONS_HELP}
  -c, --config FILE       configuration file (default: ./.flowgate.yml when present)
      --max-usd N         fail runs spending more than N USD (overrides evidence.budgets.max-usd)
      --max-tokens N      fail runs using more than N model tokens
      --max-tool-calls N  fail runs making more than N tool calls`,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      ...REPORT_OPTIONS,
      config: { type: "string", short: "c" },
      ...BUDGET_OPTIONS,
    });
    if (values.help) return io.stdout(this.usage + "\n"), EXIT.passed;
    if (positionals.length === 0) throw new UsageError("evaluate needs at least one bundle or glob");
    const { config } = loadConfig(io.cwd, values.config);
    const { format, failOn } = reportFlags(values, config["fail-on"]);
    const budgets = budgetFlags(values, config);
    // OTLP/JSON traces (recognised by content) are judged as traces, everything else as evidence bundles
    const { traces, others } = partitionTraces(io, expand(io, positionals));
    const evaluated = others.map((file) => evaluateBundleFile(absolute(io, file), file, evidenceLimits(config), budgets));
    const details: EvidenceDetails = { bundles: evaluated.map((e) => e.verdict) };
    const result = { name: "evidence", title: "Evidence bundles", findings: evaluated.flatMap((e) => e.findings), files: evaluated.map((e) => e.verdict.file), details: { evidence: details } };
    const traced = traces.length ? await evaluateTraces(io, traces, config) : undefined;
    const results = traced ? (others.length ? [result, traced.result] : [traced.result]) : [result];
    const gate = { report: buildReport(results, failOn), results };
    const header = format === "text" ? details.bundles.map(verdictLine).join("") + (traced?.header ?? "") : "";
    emit(io, header + renderReport(gate, format, textOptions(io, values)), values.output);
    return gate.report.summary.passed ? EXIT.passed : EXIT.failed;
  },
};
