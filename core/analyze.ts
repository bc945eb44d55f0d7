import type { Config } from "./config/schema";
import type { AnalyzeContext } from "./feature";
import { ANALYZERS } from "./features";
import { excludedMatcher, globMatcher, type Matcher } from "./kernel/files";
import type { Finding } from "./kernel/findings";
import { readableSelector } from "./scan/check";
import { append } from "./kernel/append";

/**
 * One file's findings, as `flowgate check` judges it: every check that selects the file (with the
 * same selectors the checks use, excludes included) runs the same per-file function the check runs.
 * The language server and the VS Code extension call this for open buffers and saved files, so
 * editors and CI cannot disagree about a file. Cross-file findings (a flow version defined twice,
 * a ledger rewritten since the base, a golden glob that matches nothing) are the workspace gate's.
 */

export interface FileInput {
  /** Absolute workspace folder. */
  root: string;
  /** Repo-relative, forward slashes. */
  rel: string;
  text: string;
}

/** Editor settings that narrow (never widen) the boundary scan's configured selection. */
export interface LiveScanSettings {
  enabled: boolean;
  include: readonly string[];
  exclude: readonly string[];
}

export interface AnalyzeOptions extends Omit<AnalyzeContext, "root"> {
  scan?: LiveScanSettings;
}

/** The kinds of file the features' analyzers judge ("flow", "scan", "blueprint", "ledger", "evidence", "trace"). */
export type FileKind = string;

interface Selectors {
  excluded: Matcher;
  /** What the scan leaves out: `excluded`, or without dist/build/vendor… under `scan.default-excludes: false`. */
  scanExcluded: Matcher;
  /** Each analyzer's selection, in ANALYZERS order. */
  analyzers: Matcher[];
  /** What the scan may read for a buffer's imports (check.ts readableSelector). */
  readable: Matcher;
}

/** Selectors compiled once per config object (editors ask on every debounced keystroke). */
const compiled = new WeakMap<Config, Selectors>();
function selectorsOf(config: Config): Selectors {
  let s = compiled.get(config);
  if (!s) {
    const excluded = excludedMatcher(config.exclude);
    s = { excluded, scanExcluded: config.scan["default-excludes"] ? excluded : excludedMatcher(config.exclude, true), analyzers: ANALYZERS.map((a) => a.selector(config)), readable: readableSelector(config.scan) };
    compiled.set(config, s);
  }
  return s;
}

const settingsMatchers = new Map<string, Matcher>();
const MAX_SETTINGS_MATCHERS = 16;
function cachedMatcher(globs: readonly string[]): Matcher {
  const key = globs.join("\0");
  let m = settingsMatchers.get(key);
  if (!m) {
    if (settingsMatchers.size >= MAX_SETTINGS_MATCHERS) settingsMatchers.delete(settingsMatchers.keys().next().value!);
    settingsMatchers.set(key, (m = globMatcher(globs)));
  }
  return m;
}

/** Whether the boundary scan judges a file: the check's selection (scan.include/exclude, minus scan.allow), narrowed by editor settings. */
export function scanSelects(rel: string, config: Config, live?: LiveScanSettings): boolean {
  const s = selectorsOf(config);
  const scan = ANALYZERS.findIndex((a) => a.kind === "scan");
  if (s.scanExcluded(rel) || !s.analyzers[scan]!(rel)) return false;
  if (!live) return true;
  return live.enabled && (live.include.length === 0 || cachedMatcher(live.include)(rel)) && !(live.exclude.length > 0 && cachedMatcher(live.exclude)(rel));
}

/** Which checks judge a file, in report order; empty when none does. Editor settings narrow only the scan. */
export function kindsOf(rel: string, config: Config, live?: LiveScanSettings): FileKind[] {
  const s = selectorsOf(config);
  const excluded = s.excluded(rel);
  return ANALYZERS.filter((a, i) => (a.kind === "scan" ? scanSelects(rel, config, live) : !excluded && s.analyzers[i]!(rel))).map((a) => a.kind);
}

/** The findings of one file's text; undefined when no check judges the file (its diagnostics, if any, are not Flowgate's). */
export async function analyzeFile(input: FileInput, options: AnalyzeOptions): Promise<Finding[] | undefined> {
  const { root, rel, text } = input;
  const kinds = kindsOf(rel, options.config, options.scan);
  if (kinds.length === 0) return undefined;
  const ctx: AnalyzeContext = { root, config: options.config, flowBase: options.flowBase, readable: selectorsOf(options.config).readable, buffer: options.buffer, linked: options.linked, parseSliceMs: options.parseSliceMs };
  const findings: Finding[] = [];
  for (const analyzer of ANALYZERS) if (kinds.includes(analyzer.kind)) append(findings, await analyzer.analyze(rel, text, ctx));
  return findings;
}

/** Restricted Mode (an untrusted workspace): custom scan rules come from the workspace's own config, so they are not applied. */
export function withoutCustomRules(config: Config): Config {
  return config.scan.custom.length ? { ...config, scan: { ...config.scan, custom: [] } } : config;
}
