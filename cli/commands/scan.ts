import { statSync } from "node:fs";
import { dirname, isAbsolute, relative, sep } from "node:path";
import { type CheckContext, loadConfig, toRepoPath, walkFiles, changedSince, buildReport, renderReport } from "../../core/index";
import { scanWorkspace } from "../../core/scan";
import { EXIT, type CliIO, type Command, UsageError } from "../io";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, absolute, emit, parse, readPathList, reportFlags, requireCommit, textOptions } from "../options";

/**
 * The root findings are relative to: the current directory when every path is inside it, otherwise
 * the deepest folder holding every path (`flowgate scan /elsewhere/repo` reports `src/a.py`).
 */
export function scanRoot(io: CliIO, paths: string[]): string {
  const absolutes = paths.map((p) => absolute(io, p));
  if (absolutes.every((abs) => !toRepoPath(relative(io.cwd, abs)).startsWith("../") && !isAbsolute(relative(io.cwd, abs)))) return io.cwd;
  const folders = absolutes.map((abs) => (statSync(abs, { throwIfNoEntry: false })?.isFile() ? dirname(abs) : abs));
  let root = folders[0]!;
  while (!folders.every((f) => f === root || f.startsWith(root.endsWith(sep) ? root : root + sep))) root = dirname(root);
  return root;
}

/** Files under the given paths (files or directories), relative to `root`. */
export function filesUnder(io: CliIO, paths: string[], exclude: readonly string[], root = io.cwd, pruned?: string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    const abs = absolute(io, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    const rel = toRepoPath(relative(root, abs));
    if (rel.startsWith("../")) throw new UsageError(`${p} is outside the scanned root ${root}`);
    if (stat.isFile()) out.add(rel);
    else {
      const inner: string[] = [];
      for (const f of walkFiles(abs, exclude, undefined, inner)) out.add(rel ? `${rel}/${f}` : f);
      pruned?.push(...inner.map((d) => (rel ? `${rel}/${d}` : d)));
    }
  }
  return [...out].sort();
}

export const scanCommand: Command = {
  name: "scan",
  summary: "boundary scan: find agent code calling shell, network or model SDKs around the tool gateway",
  usage: `Usage: flowgate scan [paths...] [options]

Parses Python and JavaScript/TypeScript under paths (default: the current directory) and reports
calls that reach a shell, the network or a model SDK directly instead of through the tool gateway.
Configured by ./.flowgate.yml (section \`scan\`); findings name files relative to the current directory,
or, for paths outside it, relative to the deepest folder holding them all.

Options:
${REPORT_OPTIONS_HELP}
  -c, --config FILE       configuration file (default: ./.flowgate.yml when present)
      --changed-files FILE  only scan the files listed in FILE (one per line; - for stdin)
      --base REV          only scan files changed since REV (merge base to the work tree)
      --new-only          with --base: drop findings on lines the change did not add
  -j, --jobs N            threads: this one and N-1 workers (default: one per idle core for large trees; 1 = no workers)`,
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
    const paths = positionals.length ? positionals : ["."];
    const root = scanRoot(io, paths);
    if (root !== io.cwd && (values.base || values["changed-files"])) throw new UsageError("--base and --changed-files name files of the current directory; scan a path inside it");
    const prunedDirs: string[] = [];
    const ctx: CheckContext = {
      root,
      config,
      files: filesUnder(io, paths, config.exclude, root, prunedDirs),
      prunedDirs,
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
