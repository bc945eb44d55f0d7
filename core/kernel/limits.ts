/**
 * Hostile-input bounds shared by every feature, each written once. Documented in README ("Limits").
 * Feature-specific bounds (trace lines, evidence streaming, ledger lines) live beside the code they bound.
 */

/** Files larger than this are not parsed (a finding says so): the default of `.flowgate.yml` `limits.max-file-bytes`. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface SourceLimits {
  maxBytes: number;
  maxDepth: number;
  maxAliasNodes: number;
}
export const DEFAULT_LIMITS: SourceLimits = { maxBytes: DEFAULT_MAX_FILE_BYTES, maxDepth: 256, maxAliasNodes: 10_000 };

/** The parse limits a configuration sets (only the file size is configurable). */
export function limitsOf(config: { limits: { "max-file-bytes": number } }): SourceLimits {
  return { ...DEFAULT_LIMITS, maxBytes: config.limits["max-file-bytes"] };
}
