import { statSync } from "node:fs";
import { runGate } from "../../check";
import { ALL_CHECKS } from "../../checks";
import { loadConfig } from "../../config/load";
import { changedSince, headPlace } from "../../git";
import { renderReport } from "../../report/index";
import { runRecord } from "../../report/merge";
import { parseShard } from "../../shard";
import { EXIT, type Command, UsageError } from "../io";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, absolute, emit, parse, readPathList, reportFlags, requireCommit, textOptions } from "../options";

export const checkCommand: Command = {
  name: "check",
  summary: "run the gate: every check on a workspace, configured by its .flowgate.yml",
  usage: `Usage: flowgate check [dir] [options]

Runs every Flowgate check on dir (default: the current directory) as configured by
dir/.flowgate.yml, prints the report, and exits 0 (passed), 1 (findings at or above
--fail-on) or 2 (usage or configuration error).

Options:
${REPORT_OPTIONS_HELP}
  -c, --config FILE       configuration file (default: dir/.flowgate.yml when present)
      --base REV          judge against a git revision: flows' version discipline, ledger history
      --changed-files FILE  only judge the files listed in FILE (one per line; - for stdin)
      --changed-only      with --base: only judge files changed since REV
      --new-only          with --base: drop findings on lines the change did not add
      --shard I/N         judge only shard I of N (stable hash of each path; a CI matrix runs 1/N … N/N)
      --only CHECKS       comma-separated check names (${ALL_CHECKS.map((c) => c.name).join(", ")})`,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      ...REPORT_OPTIONS,
      config: { type: "string", short: "c" },
      base: { type: "string" },
      "changed-files": { type: "string" },
      "changed-only": { type: "boolean" },
      "new-only": { type: "boolean" },
      only: { type: "string" },
      shard: { type: "string" },
    });
    if (values.help) return io.stdout(this.usage + "\n"), EXIT.passed;
    if (positionals.length > 1) throw new UsageError("check takes one directory");
    const root = absolute(io, positionals[0] ?? ".");
    requireDirectory(root, positionals[0] ?? ".");
    const { config } = loadConfig(root, values.config);
    const { format, failOn } = reportFlags(values, config["fail-on"]);
    if (values.base) requireCommit(root, values.base);
    if ((values["changed-only"] || values["new-only"]) && !values.base) throw new UsageError("--changed-only and --new-only need --base REV");
    let changed: Set<string> | undefined;
    if (values["changed-files"]) changed = new Set(await readPathList(io, values["changed-files"]));
    else if (values["changed-only"] && values.base) changed = new Set(changedSince(root, values.base));
    const only = values.only?.split(",").map((s) => s.trim());
    const unknown = only?.filter((n) => !ALL_CHECKS.some((c) => c.name === n));
    if (unknown?.length) throw new UsageError(`unknown check ${unknown.join(", ")}; checks are ${ALL_CHECKS.map((c) => c.name).join(", ")}`);
    let shard;
    try {
      shard = values.shard === undefined ? undefined : parseShard(values.shard);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const gate = await runGate(ALL_CHECKS, { root, config, failOn, base: values.base, changedFiles: changed, newOnly: values["new-only"], only, shard });
    // The JSON report is what `flowgate merge` joins: it says which commit, configuration, scope and shard it is of.
    if (format === "json") {
      const place = headPlace(root);
      gate.report.run = runRecord({ commit: place?.commit, directory: place?.prefix ?? "", config, base: values.base, changedFiles: changed, newOnly: values["new-only"], only, shard });
    }
    emit(io, renderReport(gate, format, textOptions(io, values)), values.output);
    return gate.report.summary.passed ? EXIT.passed : EXIT.failed;
  },
};


/** A mistyped folder must not pass the gate as an empty workspace. */
function requireDirectory(root: string, shown: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    throw new UsageError(`no such directory: ${shown}`);
  }
  if (!isDirectory) throw new UsageError(`not a directory: ${shown} (use \`flowgate validate\` for single files)`);
}
