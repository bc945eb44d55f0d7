import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { loadConfig, toRepoPath, buildReport, renderReport } from "../../core/index";
import { type EvidenceDetails, evaluateBundleFile, evidenceLimits, renderEvidenceHtml, guardDepth, STREAM_ABOVE_BYTES } from "../../core/evidence";
import { EXIT, type Command, UsageError } from "../io";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, absolute, emit, parse, reportFlags, textOptions } from "../options";
import { BUDGET_OPTIONS, budgetFlags, verdictLine } from "./evaluate";

export const reportCommand: Command = {
  name: "report",
  summary: "one evidence bundle's verdict in any format, and --html FILE: a self-contained page with timeline and time travel",
  usage: `Usage: flowgate report <bundle> [--html FILE] [options]

Evaluates one evidence bundle (like \`flowgate evaluate\`) and prints its verdict and findings.
With --html FILE, also writes one self-contained HTML page (no external assets, strict CSP): the
verdict, a timeline with steps as lanes, step outcomes, approvals and who decided, the tool ledger,
costs, the final state, and the state after any event (time travel).

Options:
${REPORT_OPTIONS_HELP}
  -c, --config FILE       configuration file (default: ./.flowgate.yml when present)
      --html FILE         write the HTML report to FILE
      --max-usd N         budgets, as for \`flowgate evaluate\`
      --max-tokens N
      --max-tool-calls N`,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      ...REPORT_OPTIONS,
      config: { type: "string", short: "c" },
      html: { type: "string" },
      ...BUDGET_OPTIONS,
    });
    if (values.help) return io.stdout(this.usage + "\n"), EXIT.passed;
    if (positionals.length !== 1) throw new UsageError("report takes one bundle");
    const file = toRepoPath(relative(io.cwd, absolute(io, positionals[0]!)));
    if (!existsSync(absolute(io, file))) throw new UsageError(`no such file: ${positionals[0]}`);
    const { config } = loadConfig(io.cwd, values.config);
    const { format, failOn } = reportFlags(values, config["fail-on"]);
    const budgets = budgetFlags(values, config);
    const evaluated = evaluateBundleFile(absolute(io, file), file, evidenceLimits(config), budgets);
    const details: EvidenceDetails = { bundles: [evaluated.verdict] };
    const result = { name: "evidence", title: "Evidence bundles", findings: evaluated.findings, files: [file], details: { evidence: details } };
    const gate = { report: buildReport([result], failOn), results: [result] };
    emit(io, (format === "text" ? verdictLine(evaluated.verdict) : "") + renderReport(gate, format, textOptions(io, values)), values.output);
    if (values.html) {
      const bundle = evaluated.loaded.bundle;
      const html = bundle && guardDepth(file, () => renderEvidenceHtml(bundle, { findings: evaluated.findings, title: `Evidence: ${file}` }));
      if (typeof html !== "string") {
        io.stderr(evaluated.streamed ? streamedNoHtml(file, evaluated.streamed) : `flowgate report: ${file} is not a readable evidence bundle; no HTML written\n`);
        return EXIT.failed;
      }
      const out = absolute(io, values.html);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, html);
      if (format === "text" && values.output === undefined) io.stdout(`wrote ${values.html}\n`);
    }
    return gate.report.summary.passed ? EXIT.passed : EXIT.failed;
  },
};

/** Why a bundle verified by streaming gets no HTML page, and what to do. */
function streamedNoHtml(file: string, streamed: { bytes: number; readWholeUpTo: number }): string {
  const mib = (n: number) => (n < 2 ** 20 ? `${n} bytes` : `${(n / 2 ** 20).toFixed(1)} MiB`);
  const raise =
    streamed.bytes <= STREAM_ABOVE_BYTES
      ? `raise evidence.max-bundle-bytes in .flowgate.yml to at least ${streamed.bytes} to get the page`
      : `the HTML page holds every event and is written only for bundles read whole (up to ${mib(STREAM_ABOVE_BYTES)}); use --format json or sarif for the findings`;
  return `flowgate report: ${file} (${mib(streamed.bytes)}) is larger than ${mib(streamed.readWholeUpTo)}, so it was verified in one streaming pass that keeps no events; the verdict above covers the whole bundle, but no HTML was written: ${raise}\n`;
}
