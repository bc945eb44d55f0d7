import { failOnSchema, type FailOn, renderReport, MergeError, mergeReports, findReportFiles, readReportFiles } from "../../core/index";
import { EXIT, type Command, UsageError } from "../io";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, emit, enumFlag, parse, reportFlags, textOptions } from "../options";

export const mergeCommand: Command = {
  name: "merge",
  summary: "one verdict from the JSON reports of a sharded run (a CI matrix's fan-in job)",
  usage: `Usage: flowgate merge <report.json | glob>... [options]

Joins the JSON reports (\`flowgate check --shard I/N --format json\`, or the Action's \`report\`
output) of every shard of one run into one report, printed in any format, and exits 0 (passed),
1 (findings at or above the fail-on level, or reports that cannot be merged) or 2 (usage error).
Globs are expanded here too (quote them on shells that do not).

Refused, with the reason: reports that are not flowgate.report/v1 JSON, reports of different
commits, configurations, scopes, fail-on levels or Flowgate versions, a shard given twice, a
missing shard, and sharded mixed with unsharded reports.

Options:
${REPORT_OPTIONS_HELP.replace("error (default), warning or never", "error, warning or never (default: the shards' own)")}`,
  async run(args, io) {
    const { values, positionals } = parse(args, REPORT_OPTIONS);
    if (values.help) return io.stdout(this.usage + "\n"), EXIT.passed;
    if (positionals.length === 0) throw new UsageError("merge takes the shards' reports (files or globs)");
    const { format } = reportFlags(values);
    // JUnit groups findings by check, and a report's findings do not say which check found them.
    if (format === "junit") throw new UsageError("merge writes text, json, sarif or markdown (JUnit needs each check's findings, which reports do not keep)");
    const failOn: FailOn | undefined = values["fail-on"] === undefined ? undefined : enumFlag("fail-on", values["fail-on"], failOnSchema, "error");
    let report;
    try {
      report = mergeReports(readReportFiles(io.cwd, findReportFiles(io.cwd, positionals)), { failOn });
    } catch (e) {
      if (!(e instanceof MergeError)) throw e;
      io.stderr(`flowgate merge: ${e.message}\n`);
      return EXIT.failed;
    }
    emit(io, renderReport({ report, results: [] }, format, textOptions(io, values)), values.output);
    return report.summary.passed ? EXIT.passed : EXIT.failed;
  },
};
