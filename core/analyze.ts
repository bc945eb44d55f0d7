import { isBlueprintFile, validateBlueprintText } from "./blueprint/check";
import type { Config } from "./config/schema";
import { bundleStatus } from "./evidence/analyze";
import { excludedMatcher, globMatcher, type Matcher } from "./kernel/files";
import type { Finding } from "./kernel/findings";
import { analyzeFlowText, type FlowBase } from "./flow/analyze";
import { isFlowFile } from "./kernel/selectors";
import { isLedgerFile } from "./ledger/check";
import { verifyLedgerText } from "./ledger/verify";
import { scanSelector } from "./scan/check";
import { scanSource } from "./scan/scan";
import { analyzeTrace } from "./traces/analyze";

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

export interface AnalyzeOptions {
  config: Config;
  /** The flows at the base revision (HEAD in editors) for version discipline; asked only for flow files. */
  flowBase?: () => FlowBase | undefined;
  scan?: LiveScanSettings;
}

export type FileKind = "scan" | "flow" | "blueprint" | "evidence" | "ledger" | "trace";

interface Selectors {
  excluded: Matcher;
  scan: Matcher;
  scanAllowed: Matcher;
  flow: Matcher;
  blueprint: Matcher;
  evidence: Matcher;
  trace: Matcher;
}

/** Selectors compiled once per config object (editors ask on every debounced keystroke). */
const compiled = new WeakMap<Config, Selectors>();
function selectorsOf(config: Config): Selectors {
  let s = compiled.get(config);
  if (!s) {
    s = {
      excluded: excludedMatcher(config.exclude),
      scan: scanSelector(config.scan),
      scanAllowed: globMatcher(config.scan.allow),
      flow: isFlowFile(config),
      blueprint: isBlueprintFile(config),
      evidence: globMatcher(config.evidence.include),
      trace: globMatcher(config.traces.include),
    };
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
  if (s.excluded(rel) || !s.scan(rel) || s.scanAllowed(rel)) return false;
  if (!live) return true;
  return live.enabled && (live.include.length === 0 || cachedMatcher(live.include)(rel)) && !(live.exclude.length > 0 && cachedMatcher(live.exclude)(rel));
}

/** Which checks judge a file, in report order; empty when none does. */
export function kindsOf(rel: string, config: Config, live?: LiveScanSettings): FileKind[] {
  const s = selectorsOf(config);
  if (s.excluded(rel)) return [];
  const kinds: FileKind[] = [];
  if (s.flow(rel)) kinds.push("flow");
  if (scanSelects(rel, config, live)) kinds.push("scan");
  if (s.blueprint(rel)) kinds.push("blueprint");
  if (isLedgerFile(rel)) kinds.push("ledger");
  if (s.evidence(rel)) kinds.push("evidence");
  if (s.trace(rel)) kinds.push("trace");
  return kinds;
}

/** The findings of one file's text; undefined when no check judges the file (its diagnostics, if any, are not Flowgate's). */
export async function analyzeFile(input: FileInput, options: AnalyzeOptions): Promise<Finding[] | undefined> {
  const { root, rel, text } = input;
  const { config } = options;
  const kinds = kindsOf(rel, config, options.scan);
  if (kinds.length === 0) return undefined;
  const findings: Finding[] = [];
  for (const kind of kinds) {
    if (kind === "flow") findings.push(...analyzeFlowText(rel, text, config, options.flowBase?.()).findings);
    else if (kind === "scan") findings.push(...(await scanSource(rel, text, { config: config.scan, maxBytes: config.limits["max-file-bytes"] })));
    else if (kind === "blueprint") findings.push(...validateBlueprintText(rel, text, config).findings);
    else if (kind === "ledger") findings.push(...verifyLedgerText(rel, text).findings);
    else if (kind === "trace") findings.push(...analyzeTrace(rel, text, config.traces).findings);
    else findings.push(...bundleStatus(root, rel, text, config).findings);
  }
  return findings;
}

/** Restricted Mode (an untrusted workspace): custom scan rules come from the workspace's own config, so they are not applied. */
export function withoutCustomRules(config: Config): Config {
  return config.scan.custom.length ? { ...config, scan: { ...config.scan, custom: [] } } : config;
}
