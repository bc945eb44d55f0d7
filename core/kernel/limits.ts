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
  /**
   * Most values (array items, object members) a flow, Blueprint or configuration holds. Schema validation reports an
   * issue per missing field of each item: 10,000 empty `{}` steps give 120,000 issues and validate, 30,000 overflowed the
   * stack, and a 9 MB file of them ran out of memory after 70 s. The largest real document here holds a few hundred.
   */
  maxValues: number;
}
export const DEFAULT_LIMITS: SourceLimits = { maxBytes: DEFAULT_MAX_FILE_BYTES, maxDepth: 256, maxAliasNodes: 10_000, maxValues: 20_000 };

/** The parse limits a configuration sets (only the file size is configurable). */
export function limitsOf(config: { limits: { "max-file-bytes": number } }): SourceLimits {
  return { ...DEFAULT_LIMITS, maxBytes: config.limits["max-file-bytes"] };
}
