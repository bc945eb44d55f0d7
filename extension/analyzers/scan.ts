import type { Config } from "../../core/config/schema";
import { DEFAULT_EXCLUDES } from "../../core/files";
import { scanSelector } from "../../core/scan/check";
import { scanSource } from "../../core/scan/scan";
import { cachedMatcher } from "./matchers";
import type { Analyzer, AnalyzerEnv } from "./types";

/** Restricted Mode: custom scan rules come from the workspace's own config, so they are not applied. */
export function withoutCustomRules(config: Config): Config {
  return config.scan.custom.length ? { ...config, scan: { ...config.scan, custom: [] } } : config;
}

const selectors = new WeakMap<Config["scan"], (path: string) => boolean>();
function selectorOf(scan: Config["scan"]): (path: string) => boolean {
  let selector = selectors.get(scan);
  if (!selector) selectors.set(scan, (selector = scanSelector(scan)));
  return selector;
}

/** Whether the live scan looks at a file: the scan's own selection (scan.include/exclude/allow, top-level exclude) narrowed by the editor settings. */
export function liveScanSelects(rel: string, env: AnalyzerEnv): boolean {
  const scan = env.config.scan;
  const excluded = cachedMatcher([...DEFAULT_EXCLUDES, ...env.config.exclude, ...scan.allow, ...env.scan.exclude]);
  const included = env.scan.include.length === 0 || cachedMatcher(env.scan.include)(rel);
  return selectorOf(scan)(rel) && included && !excluded(rel);
}

/** The boundary scan of an open Python/JS/TS document, in memory (the parser and grammars load on first use). */
export const scanAnalyzer: Analyzer = {
  name: "scan",
  analyze({ rel, text }, env) {
    if (!env.scan.enabled || !liveScanSelects(rel, env)) return undefined;
    return scanSource(rel, text, { config: env.config.scan, maxBytes: env.config.limits["max-file-bytes"] });
  },
};
