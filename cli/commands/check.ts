import { statSync } from "node:fs";
import { relative } from "node:path";
import { runGate, ALL_CHECKS, loadConfig, toRepoPath, changedSince, headPlace, renderReport, runRecord, buildReport, parseShard } from "../../core/index";
import { judgeFromBase, strictestFailOn, trustAfterGate } from "../../core/trust";
import { EXIT, type CliIO, type Command, UsageError } from "../io";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, absolute, emit, parse, readPathList, reportFlags, requireCommit, textOptions } from "../options";

export const checkCommand: Command = {
  name: "check",
  summary: "run the gate: every check on a workspace, configured by its .flowgate.yml",
  usage: `Usage: flowgate check [dir | files...] [options]

Runs every Flowgate check on dir (default: the current directory) as configured by
dir/.flowgate.yml, prints the report, and exits 0 (passed), 1 (findings at or above
--fail-on) or 2 (usage or configuration error). Given files instead (as pre-commit passes
the staged ones), judges only those files of the current directory's workspace, as
--changed-files would.

Options:
${REPORT_OPTIONS_HELP}
  -c, --config FILE       configuration file (default: dir/.flowgate.yml when present)
      --base REV          judge against a git revision: flows' version discipline, ledger history;
                          the configuration is read from REV (the change's edits to it are findings,
                          and --fail-on may only tighten it)
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
    const { root, files } = checkTarget(io, positionals);
    if (files && (values["changed-files"] || values["changed-only"])) throw new UsageError("file arguments already choose the files to judge: drop --changed-files / --changed-only");
    if (values.base) requireCommit(root, values.base);
    // With a base, the gate is configured from it (the trusted side); the change's own edits are findings.
    const fromBase = values.base ? judgeFromBase(root, values.base, values.config) : undefined;
    const { config } = fromBase ?? loadConfig(root, values.config);
    const flags = reportFlags(values, config["fail-on"]);
    const format = flags.format;
    const failOn = fromBase ? strictestFailOn(flags.failOn, config["fail-on"]) : flags.failOn;
    if ((values["changed-only"] || values["new-only"]) && !values.base) throw new UsageError("--changed-only and --new-only need --base REV");
    let changed: Set<string> | undefined;
    if (files) changed = files;
    else if (values["changed-files"]) changed = new Set(await readPathList(io, values["changed-files"]));
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
    let gate = await runGate(ALL_CHECKS, { root, config, failOn, base: values.base, changedFiles: changed, newOnly: values["new-only"], only, shard });
    if (fromBase && values.base) {
      const results = [...gate.results, await trustAfterGate(root, values.base, fromBase.result, gate.results, config)];
      gate = { results, report: buildReport(results, failOn) };
    }
    // The JSON report is what `flowgate merge` joins: it says which commit, configuration, scope and shard it is of.
    if (format === "json") {
      const place = headPlace(root);
      gate.report.run = runRecord({ commit: place?.commit, directory: place?.prefix ?? "", config, base: values.base, changedFiles: changed, newOnly: values["new-only"], only, shard });
    }
    emit(io, renderReport(gate, format, textOptions(io, values)), values.output);
    return gate.report.summary.passed ? EXIT.passed : EXIT.failed;
  },
};


/**
 * One directory (the workspace), or files of the current directory's workspace to judge alone. A mistyped
 * path must not pass the gate as an empty workspace: every argument has to exist.
 */
function checkTarget(io: CliIO, positionals: string[]): { root: string; files?: Set<string> } {
  if (positionals.length === 0) return { root: io.cwd };
  const kinds = positionals.map((p) => {
    const abs = absolute(io, p);
    return { p, abs, isDirectory: statOf(abs, p).isDirectory() };
  });
  if (kinds.length === 1 && kinds[0]!.isDirectory) return { root: kinds[0]!.abs };
  const directory = kinds.find((k) => k.isDirectory);
  if (directory) throw new UsageError(`check takes one directory, or files: ${directory.p} is a directory`);
  const files = new Set<string>();
  for (const { p, abs } of kinds) {
    const path = toRepoPath(relative(io.cwd, abs));
    if (path.startsWith("../") || path === "..") throw new UsageError(`${p} is outside the current directory (the workspace checked)`);
    files.add(path);
  }
  return { root: io.cwd, files };
}

function statOf(abs: string, shown: string) {
  try {
    return statSync(abs);
  } catch {
    throw new UsageError(`no such file or directory: ${shown}`);
  }
}
