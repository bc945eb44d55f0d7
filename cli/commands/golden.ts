import { existsSync } from "node:fs";
import { dirname, relative } from "node:path";
import { loadConfig, type Config, globMatcher, walkFiles, toRepoPath, buildReport, renderReport } from "../../core/index";
import { DEFAULT_GOLDEN_OPTIONS, GOLDEN_DIMENSIONS, type GoldenDimension, goldenOptionsOf, goldenOptionsSchema, type GoldenOptions, MATCH_MODES, type MatchMode, compareFiles, type GoldensDetails, evidenceLimits, acceptGolden, renderGoldenText } from "../../core/evidence";
import { EXIT, type CliIO, type Command, UsageError } from "../io";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, absolute, emit, parse, reportFlags, textOptions } from "../options";
import { numberFlag } from "./evaluate";
import { configuredTracePairs, goldenTraces, updateTraceGolden } from "../traces";
import { isTraceFile } from "../../core/traces";

function dimensionList(flag: string, text: string): GoldenDimension[] {
  return text.split(",").map((d) => {
    const name = d.trim();
    if (!(GOLDEN_DIMENSIONS as readonly string[]).includes(name)) throw new UsageError(`--${flag}: unknown dimension "${name}"; dimensions are ${GOLDEN_DIMENSIONS.join(", ")}`);
    return name as GoldenDimension;
  });
}

/** `--match events=subsequence,final-state=unordered` (or one mode for every dimension). */
function matchFlag(text: string): GoldenOptions["match"] {
  const out: Record<string, MatchMode> = {};
  for (const part of text.split(",")) {
    const [dims, mode] = part.includes("=") ? part.split("=") : [GOLDEN_DIMENSIONS.filter((d) => d !== "cost").join(","), part];
    if (!(MATCH_MODES as readonly string[]).includes(mode!.trim())) throw new UsageError(`--match: unknown mode "${mode}"; modes are ${MATCH_MODES.join(", ")}`);
    for (const d of dimensionList("match", dims!)) if (d !== "cost") out[d] = mode!.trim() as MatchMode;
  }
  return out;
}

function repoPath(io: CliIO, path: string): string {
  return toRepoPath(relative(io.cwd, absolute(io, path)));
}

export const goldenCommand: Command = {
  name: "golden",
  summary: "compare an evidence bundle with its golden run; --update accepts the current run as the golden",
  usage: `Usage: flowgate golden [<current> <golden>] [options]

Compares the current run's evidence bundle with a golden bundle of the same scenario: final state
(per JSON pointer), event-type sequence, tool ledger (tool, status, request), artifacts, media
artifacts, stream checkpoints and cost. Sequences are aligned (Myers diff), so an inserted event is
one insertion. Ids, timestamps, leases and hashes derived from them are normalized first.
Prints a unified diff (text) or the report; exits 1 on a regression. Without files, runs every
pair configured under \`goldens:\` in .flowgate.yml (with --update: updates them all). A configured
pair's match modes, normalization and tolerance apply; flags override them.

Options:
${REPORT_OPTIONS_HELP}
  -c, --config FILE       configuration file (default: ./.flowgate.yml when present)
  -u, --update            write the current bundle as the golden (like updating a snapshot) and print what changed
      --match MODES       strict (default), subsequence or unordered, for all dimensions or per dimension:
                          events=subsequence,final-state=unordered (dimensions: ${GOLDEN_DIMENSIONS.join(", ")})
      --ignore DIMS       comma-separated dimensions not to compare
      --tolerance-abs N   cost: allowed absolute difference per figure (default 0.001)
      --tolerance-rel N   cost: allowed relative difference per figure (default 0.1 = 10%)
      --normalize-key K   one more volatile key (repeatable)
      --no-normalize      compare ids, times and leases as they are`,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      ...REPORT_OPTIONS,
      config: { type: "string", short: "c" },
      update: { type: "boolean", short: "u" },
      match: { type: "string" },
      ignore: { type: "string" },
      "tolerance-abs": { type: "string" },
      "tolerance-rel": { type: "string" },
      "normalize-key": { type: "string", multiple: true },
      "no-normalize": { type: "boolean" },
    });
    if (values.help) return io.stdout(this.usage + "\n"), EXIT.passed;
    if (positionals.length !== 2 && positionals.length !== 0) throw new UsageError("golden takes two files, <current> <golden>, or none to run every pair configured under goldens:");
    const { config } = loadConfig(io.cwd, values.config);
    const { format, failOn } = reportFlags(values, config["fail-on"]);
    // a trace (recognised by content) is compared by its sequence of model and tool calls
    const given = positionals.length === 2 ? givenPair(io, config, positionals as [string, string]) : undefined;
    const traceGiven = given !== undefined && isTraceFile(absolute(io, given.current));
    const tracePairs = given ? (traceGiven ? [{ current: given.current, golden: given.golden }] : []) : configuredTracePairs(io, config);
    const pairs = given ? (traceGiven ? [] : [given]) : configuredPairs(io, config);
    if (pairs.length === 0 && tracePairs.length === 0) throw new UsageError("no goldens configured in .flowgate.yml (goldens: or traces.goldens:) match a file; give <current> <golden>");
    const limits = evidenceLimits(config);
    const withFlags = pairs.map((p) => ({ ...p, options: applyFlags(p.options, values) }));
    if (values.update) {
      let traceCode: number = EXIT.passed;
      for (const p of tracePairs) traceCode = Math.max(traceCode, await updateTraceGolden(io, p, config));
      return withFlags.reduce((code, p) => Math.max(code, update(io, p.current, p.golden, p.options, limits)), traceCode);
    }
    const compared = withFlags.map((p) => compareFiles(io.cwd, p.current, p.golden, p.options, limits));
    const results = compared.flatMap((c) => (c.result ? [c.result] : []));
    const details: GoldensDetails = { results };
    const check = { name: "goldens", title: "Golden regressions", findings: compared.flatMap((c) => c.findings), files: [...new Set(pairs.map((p) => p.current))], details: { goldens: details } };
    const traced = tracePairs.length ? await goldenTraces(io, tracePairs, config) : undefined;
    const checks = traced ? (pairs.length ? [check, traced.result] : [traced.result]) : [check];
    const gate = { report: buildReport(checks, failOn), results: checks };
    const header = format === "text" ? results.map(renderGoldenText).join("") + (traced?.header ?? "") : "";
    emit(io, header + renderReport(gate, format, textOptions(io, values)), values.output);
    return gate.report.summary.passed ? EXIT.passed : EXIT.failed;
  },
};

interface Pair {
  current: string;
  golden: string;
  options: GoldenOptions;
}

/** Two files from the command line; a configured pair naming them lends its options. */
function givenPair(io: CliIO, config: Config, [currentArg, goldenArg]: [string, string]): Pair {
  const [current, golden] = [repoPath(io, currentArg), repoPath(io, goldenArg)];
  if (!existsSync(absolute(io, current))) throw new UsageError(`no such file: ${currentArg}`);
  const pair = config.goldens.find((p) => toRepoPath(p.golden) === golden && globMatcher([p.evidence])(current));
  return { current, golden, options: pair ? goldenOptionsOf(pair) : DEFAULT_GOLDEN_OPTIONS };
}

/** Every bundle matched by each configured pair, with the pair's options. */
function configuredPairs(io: CliIO, config: Config): Pair[] {
  const files = walkFiles(io.cwd, config.exclude);
  return config.goldens.flatMap((p) => files.filter(globMatcher([p.evidence])).map((current) => ({ current, golden: toRepoPath(p.golden), options: goldenOptionsOf(p) })));
}

/** Flags given on the command line override the pair's (or the default) options. */
function applyFlags(base: GoldenOptions, values: { match?: string; ignore?: string; "tolerance-abs"?: string; "tolerance-rel"?: string; "normalize-key"?: string[]; "no-normalize"?: boolean }): GoldenOptions {
  return goldenOptionsSchema.parse({
    match: { ...base.match, ...(values.match ? matchFlag(values.match) : {}) },
    ignore: values.ignore ? dimensionList("ignore", values.ignore) : base.ignore,
    cost: { absolute: numberFlag("tolerance-abs", values["tolerance-abs"]) ?? base.cost.absolute, relative: numberFlag("tolerance-rel", values["tolerance-rel"]) ?? base.cost.relative },
    normalize: { keys: [...base.normalize.keys, ...(values["normalize-key"] ?? [])], patterns: base.normalize.patterns, defaults: values["no-normalize"] ? false : base.normalize.defaults },
  });
}

/** Accept the current run as the golden (core/evidence/accept.ts) and print what happened. */
function update(io: CliIO, current: string, golden: string, options: GoldenOptions, limits: ReturnType<typeof evidenceLimits>): number {
  try {
    const accepted = acceptGolden(io.cwd, current, golden, options, limits);
    if (!accepted.ok) {
      io.stderr(`flowgate golden: not updating ${golden}: ${current} does not verify:\n${accepted.problems.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}\n`).join("")}`);
      return EXIT.failed;
    }
    if (accepted.outcome === "created") io.stdout(`created golden ${golden} from ${current}\n`);
    else if (accepted.outcome === "unchanged") io.stdout(`golden ${golden} is up to date\n`);
    else {
      if (accepted.result) io.stdout(renderGoldenText(accepted.result));
      io.stdout(`updated golden ${golden} from ${current}: ${accepted.changes} difference${accepted.changes === 1 ? "" : "s"} accepted\n`);
    }
    return EXIT.passed;
  } catch (e) {
    io.stderr(`flowgate golden: cannot write ${golden}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT.failed;
  }
}
