import { statSync } from "node:fs";
import { relative } from "node:path";
import type { CheckContext } from "../../check";
import { loadConfig } from "../../config/load";
import { toRepoPath } from "../../findings";
import { walkFiles } from "../../files";
import { changedSince } from "../../git";
import { buildReport } from "../../report/model";
import { renderReport } from "../../report/index";
import { scanWorkspace } from "../../scan/check";
import { EXIT, type CliIO, type Command, UsageError } from "../io";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, absolute, emit, parse, readPathList, reportFlags, requireCommit, textOptions } from "../options";

/** Files under the given paths (files or directories), relative to the current directory. */
export function filesUnder(io: CliIO, paths: string[], exclude: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    const abs = absolute(io, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    const rel = toRepoPath(relative(io.cwd, abs));
    if (rel.startsWith("../")) throw new UsageError(`${p} is outside the current directory`);
    if (stat.isFile()) out.add(rel);
    else for (const f of walkFiles(abs, exclude)) out.add(rel ? `${rel}/${f}` : f);
  }
  return [...out].sort();
}

export const scanCommand: Command = {
  name: "scan",
  summary: "boundary scan: find agent code calling shell, network or model SDKs around the tool gateway",
  usage: `Usage: flowgate scan [paths...] [options]

Parses Python and JavaScript/TypeScript under paths (default: the current directory) and reports
calls that reach a shell, the network or a model SDK directly instead of through the tool gateway.
Configured by ./.flowgate.yml (section \`scan\`); findings name files relative to the current directory.

Options:
${REPORT_OPTIONS_HELP}
  -c, --config FILE       configuration file (default: ./.flowgate.yml when present)
      --changed-files FILE  only scan the files listed in FILE (one per line; - for stdin)
      --base REV          only scan files changed since REV (merge base to the work tree)
      --new-only          with --base: drop findings on lines the change did not add
  -j, --jobs N            worker threads (default: one per core for large trees; 1 = no workers)`,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      ...REPORT_OPTIONS,
      config: { type: "string", short: "c" },
      base: { type: "string" },
      "changed-files": { type: "string" },
      "new-only": { type: "boolean" },
      jobs: { type: "string", short: "j" },
    });
    if (values.help) return io.stdout(this.usage + "\n"), EXIT.passed;
    const { config } = loadConfig(io.cwd, values.config);
    const { format, failOn } = reportFlags(values, config["fail-on"]);
    if (values["new-only"] && !values.base) throw new UsageError("--new-only needs --base REV");
    const jobs = values.jobs === undefined ? "auto" : Number(values.jobs);
    if (jobs !== "auto" && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`--jobs must be a positive integer; got "${values.jobs}"`);
    if (values.base) requireCommit(io.cwd, values.base);
    let changed: Set<string> | undefined;
    if (values["changed-files"]) changed = new Set(await readPathList(io, values["changed-files"]));
    else if (values.base) changed = new Set(changedSince(io.cwd, values.base));
    const ctx: CheckContext = {
      root: io.cwd,
      config,
      files: filesUnder(io, positionals.length ? positionals : ["."], config.exclude),
      base: values.base,
      changedFiles: changed,
      newOnly: values["new-only"],
    };
    const result = await scanWorkspace(ctx, jobs);
    const gate = { report: buildReport([result], failOn), results: [result] };
    emit(io, renderReport(gate, format, textOptions(io, values)), values.output);
    return gate.report.summary.passed ? EXIT.passed : EXIT.failed;
  },
};
