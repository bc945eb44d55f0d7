import { globMatcher } from "./files";

/**
 * Which workspace files a feature judges, written once so the workspace check, the editor and the language
 * server select the same files.
 */

/** Flow bundles: the configured globs plus the extra files named in `flows.files`. */
export function isFlowFile(config: { flows: { include: readonly string[]; files: readonly string[] } }): (path: string) => boolean {
  return globMatcher([...config.flows.include, ...config.flows.files]);
}

/** Run ledgers anywhere in the workspace (a repo may hold several workspaces, e.g. examples/): CI and editors judge the same files. */
export const isLedgerFile = globMatcher(["**/.flowgate/runs/*.jsonl"]);
