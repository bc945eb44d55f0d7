import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { loadConfig } from "../../config/load";
import { GOLDEN_DIMENSIONS, type GoldenDimension, goldenOptionsSchema, type GoldenOptions, MATCH_MODES, type MatchMode } from "../../evidence/config";
import { compareFiles, type GoldensDetails } from "../../evidence/check";
import { evidenceLimits } from "../../evidence/evaluate";
import { renderGoldenText } from "../../evidence/golden";
import { verifyIntegrity } from "../../evidence/integrity";
import { loadBundleFile, toFinding } from "../../evidence/load";
import { toRepoPath } from "../../findings";
import { buildReport } from "../../report/model";
import { renderReport } from "../../report/index";
import { EXIT, type CliIO, type Command, UsageError } from "../io";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, absolute, emit, parse, reportFlags } from "../options";
import { numberFlag } from "./evaluate";

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
  usage: `Usage: flowgate golden <current> <golden> [options]

Compares the current run's evidence bundle with a golden bundle of the same scenario: final state
(per JSON pointer), event-type sequence, tool ledger (tool, status, request), artifacts, media
artifacts, stream checkpoints and cost. Sequences are aligned (Myers diff), so an inserted event is
one insertion. Ids, timestamps, leases and hashes derived from them are normalized first.
Prints a unified diff (text) or the report; exits 1 on a regression.

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
    if (positionals.length !== 2) throw new UsageError("golden takes two files: <current> <golden>");
    const [current, golden] = positionals.map((p) => repoPath(io, p)) as [string, string];
    if (!existsSync(absolute(io, current))) throw new UsageError(`no such file: ${positionals[0]}`);
    const { config } = loadConfig(io.cwd, values.config);
    const { format, failOn } = reportFlags(values, config["fail-on"]);
    const options = goldenOptionsSchema.parse({
      match: values.match ? matchFlag(values.match) : {},
      ignore: values.ignore ? dimensionList("ignore", values.ignore) : [],
      cost: { absolute: numberFlag("tolerance-abs", values["tolerance-abs"]) ?? 0.001, relative: numberFlag("tolerance-rel", values["tolerance-rel"]) ?? 0.1 },
      normalize: { keys: values["normalize-key"] ?? [], patterns: [], defaults: !values["no-normalize"] },
    });
    const limits = evidenceLimits(config);
    if (values.update) return update(io, current, golden, options, limits);
    const { findings, result } = compareFiles(io.cwd, current, golden, options, limits);
    const details: GoldensDetails = { results: result ? [result] : [] };
    const check = { name: "goldens", title: "Golden regressions", findings, files: [current], details: { goldens: details } };
    const gate = { report: buildReport([check], failOn), results: [check] };
    const header = format === "text" && result ? renderGoldenText(result) : "";
    emit(io, header + renderReport(gate, format, { color: io.isTTY && !values.output && !io.env.NO_COLOR, quiet: values.quiet }), values.output);
    return gate.report.summary.passed ? EXIT.passed : EXIT.failed;
  },
};

/** Accept the current run as the golden: refuse a bundle that does not verify, print what changed. */
function update(io: CliIO, current: string, golden: string, options: GoldenOptions, limits: ReturnType<typeof evidenceLimits>): number {
  const loaded = loadBundleFile(absolute(io, current), current, limits);
  const text = loaded.locator.text;
  const problems = loaded.bundle ? verifyIntegrity(loaded.bundle, loaded.data).map((p) => toFinding(loaded, p)) : loaded.findings;
  if (problems.length > 0) {
    io.stderr(`flowgate golden: not updating ${golden}: ${current} does not verify:\n${problems.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}\n`).join("")}`);
    return EXIT.failed;
  }
  if (!existsSync(absolute(io, golden))) {
    writeFileSync(absolute(io, golden), text);
    io.stdout(`created golden ${golden} from ${current}\n`);
    return EXIT.passed;
  }
  const { result } = compareFiles(io.cwd, current, golden, options, limits);
  if (result?.passed && readFileSync(absolute(io, golden), "utf8") === text) {
    io.stdout(`golden ${golden} is up to date\n`);
    return EXIT.passed;
  }
  if (result) io.stdout(renderGoldenText(result));
  writeFileSync(absolute(io, golden), text);
  const changed = result ? result.dimensions.reduce((n, d) => n + d.changes.length, 0) : 0;
  io.stdout(`updated golden ${golden} from ${current}: ${changed} difference${changed === 1 ? "" : "s"} accepted\n`);
  return EXIT.passed;
}
