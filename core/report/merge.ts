import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { z } from "zod";
import { type FailOn, type Finding, compareFindings, countFindings, failOnSchema, failsAt, findingSchema } from "../kernel/findings";
import type { Shard } from "../shard";
import { type CheckSummary, REPORT_SCHEMA, type Report, type ReportDetails, type ReportRun } from "./model";

/** A report file larger than this is refused before it is parsed (a whole-repository report of 100k findings is ~40 MB). */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

/** Inputs `flowgate merge` and the Action's `merge:` refuse: the message says which file and why. */
export class MergeError extends Error {
  override name = "MergeError";
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** What a run judged, as the record every report carries so that reports of one matrix can be checked to belong together. */
export function runRecord(facts: {
  commit?: string;
  ci?: string;
  directory: string;
  config: unknown;
  base?: string;
  changedFiles?: ReadonlySet<string>;
  newOnly?: boolean;
  only?: readonly string[];
  shard?: Shard;
}): ReportRun {
  const scope = { base: facts.base ?? null, changed: facts.changedFiles ? [...facts.changedFiles].sort() : null, newOnly: facts.newOnly ?? false, only: facts.only ? [...facts.only].sort() : null };
  return {
    ...(facts.commit ? { commit: facts.commit } : {}),
    ...(facts.ci ? { ci: facts.ci } : {}),
    directory: facts.directory,
    config: sha256(canonicalize(facts.config) ?? ""),
    scope: sha256(canonicalize(scope) ?? ""),
    ...(facts.shard ? { shard: { index: facts.shard.index, count: facts.shard.count } } : {}),
  };
}

const shardSchema = z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }).refine((s) => s.index <= s.count, "shard index above its count");
const runSchema = z.object({
  commit: z.string().optional(),
  ci: z.string().optional(),
  directory: z.string(),
  config: z.string(),
  scope: z.string(),
  shard: shardSchema.optional(),
});
const countSchema = z.number().int().min(0);
const reportFileSchema = z.object({
  schema: z.literal(REPORT_SCHEMA),
  tool: z.object({ name: z.string(), version: z.string() }),
  findings: z.array(findingSchema),
  summary: z.object({ errors: countSchema, warnings: countSchema, notes: countSchema, files: countSchema, passed: z.boolean(), failOn: failOnSchema }),
  checks: z.array(z.object({ name: z.string(), title: z.string(), files: countSchema, errors: countSchema, warnings: countSchema, notes: countSchema })),
  details: z.record(z.string(), z.unknown()),
  run: runSchema.optional(),
});

export interface ReportFile {
  /** How the user named it (for messages). */
  name: string;
  text: string;
}

/** One report file, checked: flowgate.report/v1 with the run record that `check` and the Action write. */
export function parseReportFile(file: ReportFile): Report & { run: ReportRun } {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (e) {
    throw new MergeError(`${file.name} is not JSON (${(e as Error).message})`);
  }
  const parsed = reportFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MergeError(`${file.name} is not a ${REPORT_SCHEMA} report: ${issue.path.join(".") || "(top level)"}: ${issue.message}`);
  }
  if (!parsed.data.run) throw new MergeError(`${file.name} has no \`run\` record (written by Flowgate before merging existed?): rerun the shard with this version`);
  return parsed.data as Report & { run: ReportRun };
}

/** What orders a detail list as one run orders it: by file (each check walks files in path order). */
function fileOf(item: unknown): string | undefined {
  if (typeof item === "string") return item;
  if (!item || typeof item !== "object") return undefined;
  const { file, current } = item as { file?: unknown; current?: unknown };
  return typeof file === "string" ? file : typeof current === "string" ? current : undefined;
}

function byFile(items: unknown[]): unknown[] {
  const keys = items.map(fileOf);
  if (keys.some((k) => k === undefined)) return items;
  return items.map((item, i) => ({ item, key: keys[i]! })).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((x) => x.item);
}

/** Numbers add up, lists concatenate (in file order), objects merge key by key; anything else must agree (else the first is kept). */
function mergeDetail(a: unknown, b: unknown): unknown {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return byFile([...a, ...b]);
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = Object.hasOwn(out, k) ? mergeDetail(out[k], v) : v;
    return out;
  }
  return a;
}

const findingKey = (f: Finding) => JSON.stringify([f.file, f.line, f.column, f.endLine, f.endColumn, f.rule, f.severity, f.message]);

/**
 * Findings of all shards. A shard judges only its files, but some findings are about a file more than one shard
 * judges: the workspace as a whole (a `goldens:` entry in .flowgate.yml matching nothing, found by every shard alike)
 * and a file Node runs as code that judged files of several shards require (`require("./payload.txt")`). No two
 * shards own one file, so a finding that several shards report is one an unsharded run reports as often as the shard
 * reporting it most.
 */
function mergeFindings(reports: readonly Report[]): Finding[] {
  const most = new Map<string, { finding: Finding; count: number }>();
  for (const r of reports) {
    const counts = new Map<string, number>();
    for (const f of r.findings) {
      const key = findingKey(f);
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      const seen = most.get(key);
      if (!seen) most.set(key, { finding: f, count });
      else seen.count = Math.max(seen.count, count);
    }
  }
  return [...most.values()].flatMap(({ finding, count }) => Array<Finding>(count).fill(finding)).sort(compareFindings);
}

function mergeChecks(reports: readonly Report[]): CheckSummary[] {
  const byName = new Map<string, CheckSummary>();
  for (const r of reports)
    for (const c of r.checks) {
      const seen = byName.get(c.name);
      if (!seen) byName.set(c.name, { ...c });
      else for (const k of ["files", "errors", "warnings", "notes"] as const) seen[k] += c[k];
    }
  return [...byName.values()];
}

function agree<K extends string>(reports: readonly { name: string; value: string }[], what: K): void {
  const first = reports[0]!;
  const other = reports.find((r) => r.value !== first.value);
  if (other) throw new MergeError(`${first.name} and ${other.name} are reports of different ${what} (${first.value || "none"} vs ${other.value || "none"}): only the shards of one run can be merged`);
}

export interface MergeOptions {
  /** The verdict's threshold; default: the one the shards ran with (they must agree). */
  failOn?: FailOn;
  /** When set, every report must be of this commit (the Action: GITHUB_SHA). */
  commit?: string;
  /** When set, every report must come from this CI run (the Action: GITHUB_RUN_ID). */
  ci?: string;
}

/**
 * One report from the reports of a sharded run: the shards of one commit, configuration and scope, each
 * shard exactly once, all of them. The verdict is recomputed from the findings (a shard's own
 * `passed` is not trusted).
 */
export function mergeReports(files: readonly ReportFile[], options: MergeOptions = {}): Report & { run: ReportRun } {
  if (files.length === 0) throw new MergeError("no reports to merge");
  const reports = files.map((f) => ({ name: f.name, report: parseReportFile(f) }));
  const on = (value: (r: Report & { run: ReportRun }) => string | undefined) => reports.map(({ name, report }) => ({ name, value: value(report) ?? "" }));
  agree(on((r) => `${r.tool.name} ${r.tool.version}`), "Flowgate versions");
  agree(on((r) => r.run.commit), "commits");
  agree(on((r) => r.run.ci), "CI runs");
  agree(on((r) => r.run.directory || "."), "working directories");
  agree(on((r) => r.run.config), "configurations");
  agree(on((r) => r.run.scope), "scopes (base, changed files, --new-only, --only)");
  agree(on((r) => r.summary.failOn), "fail-on levels");
  agree(on((r) => (r.run.shard ? `shards of ${r.run.shard.count}` : "unsharded")), "shard counts");
  for (const [want, what] of [[options.commit, "commit"], [options.ci, "CI run"]] as const) {
    const got = what === "commit" ? reports[0]!.report.run.commit : reports[0]!.report.run.ci;
    if (want !== undefined && got !== want) throw new MergeError(`${reports[0]!.name} is a report of ${what} ${got ?? "(none)"}, not of this ${what} ${want}: only this run's shards can be merged`);
  }
  const count = reports[0]!.report.run.shard?.count ?? 1;
  const owner = new Map<number, string>();
  for (const { name, report } of reports) {
    const index = report.run.shard?.index ?? 1;
    const earlier = owner.get(index);
    if (earlier) throw new MergeError(`${earlier} and ${name} are both ${count > 1 ? `shard ${index}/${count}` : "a report of the whole run"}: each shard must be merged exactly once`);
    owner.set(index, name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !owner.has(i));
  if (missing.length) throw new MergeError(`missing shard${missing.length === 1 ? "" : "s"} ${missing.map((i) => `${i}/${count}`).join(", ")} (${reports.length} of ${count} reports given): a verdict needs every shard`);

  const all = reports.map((r) => r.report);
  const findings = mergeFindings(all);
  const counts = countFindings(findings);
  const failOn = options.failOn ?? all[0]!.summary.failOn;
  const { shard: _shard, ...run } = all[0]!.run;
  return {
    schema: REPORT_SCHEMA,
    tool: all[0]!.tool,
    findings,
    summary: { ...counts, files: all.reduce((n, r) => n + r.summary.files, 0), passed: !failsAt(counts, failOn), failOn },
    checks: mergeChecks(all),
    details: all.reduce<ReportDetails>((d, r) => mergeDetail(d, r.details) as ReportDetails, {}),
    run: { ...run, merged: count },
  };
}
