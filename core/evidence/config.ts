import { z } from "zod";

/** `.flowgate.yml` → `evidence:` — which bundles `flowgate check` evaluates, and the run budgets. */
export const evidenceConfigSchema = z.strictObject({
  include: z.array(z.string().min(1)).default(["**/*.evidence.json"]).describe("Globs of agentledger.evidence.v1 bundles to verify and evaluate."),
  budgets: z
    .strictObject({
      "max-usd": z.number().nonnegative().optional().describe("Most USD a run may spend (cost_summary.total_usd)."),
      "max-tokens": z.number().int().nonnegative().optional().describe("Most model tokens a run may use (cost_summary.model_tokens)."),
      "max-tool-calls": z.number().int().nonnegative().optional().describe("Most tool calls a run may make (cost_summary.tool_calls)."),
    })
    .default({}),
  "max-bundle-bytes": z.number().int().positive().default(256 * 1024 * 1024).describe("Largest bundle read whole (JSON.parse of its text); a larger one is verified in one streaming pass whose memory does not grow with the file (core/evidence/stream.ts)."),
});

export const MATCH_MODES = ["strict", "subsequence", "unordered"] as const;
export const matchModeSchema = z.enum(MATCH_MODES);
export type MatchMode = z.infer<typeof matchModeSchema>;

export const GOLDEN_DIMENSIONS = ["final-state", "events", "tool-ledger", "artifacts", "media", "streams", "cost"] as const;
export type GoldenDimension = (typeof GOLDEN_DIMENSIONS)[number];

/** How one comparison is made: match mode per dimension, volatile-field normalization, cost tolerance. */
export const goldenOptionsSchema = z.strictObject({
  match: z
    .strictObject(Object.fromEntries(GOLDEN_DIMENSIONS.filter((d) => d !== "cost").map((d) => [d, matchModeSchema.optional()])) as Record<Exclude<GoldenDimension, "cost">, z.ZodOptional<typeof matchModeSchema>>)
    .default({})
    .describe("Match mode per dimension: strict (default), subsequence (the golden's items in order, extras allowed; for final-state: extra keys allowed) or unordered."),
  ignore: z.array(z.enum(GOLDEN_DIMENSIONS)).default([]).describe("Dimensions not compared."),
  normalize: z
    .strictObject({
      keys: z.array(z.string().min(1)).default([]).describe("More keys whose values are volatile (replaced before comparing), on top of ids, timestamps, leases and hashes derived from them."),
      patterns: z.array(z.string().min(1)).default([]).describe("More regular expressions of volatile text (each match is numbered by first appearance)."),
      defaults: z.boolean().default(true).describe("Apply the built-in volatile keys and id patterns."),
    })
    .default({ keys: [], patterns: [], defaults: true }),
  cost: z
    .strictObject({
      absolute: z.number().nonnegative().default(0.001).describe("Allowed |current − golden| per cost figure."),
      relative: z.number().nonnegative().default(0.1).describe("Allowed |current − golden| / golden per cost figure."),
    })
    .default({ absolute: 0.001, relative: 0.1 }),
});
export type GoldenOptions = z.infer<typeof goldenOptionsSchema>;
export const DEFAULT_GOLDEN_OPTIONS: GoldenOptions = goldenOptionsSchema.parse({});

/** `.flowgate.yml` → `goldens:` — pairs of evidence bundle (file or glob) and the golden it must match. */
export const goldensConfigSchema = z.array(
  goldenOptionsSchema.partial().extend({
    evidence: z.string().min(1).describe("An evidence bundle, or a glob of them, relative to the workspace."),
    golden: z.string().min(1).describe("The golden bundle it is compared with."),
  }),
);

export function goldenOptionsOf(pair: Partial<GoldenOptions>): GoldenOptions {
  return goldenOptionsSchema.parse({ match: pair.match, ignore: pair.ignore, normalize: pair.normalize, cost: pair.cost });
}
