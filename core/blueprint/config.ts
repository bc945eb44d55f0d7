import { z } from "zod";
import { didYouMean } from "../suggest";
import { LINT_KEYS, isKnownLintKey } from "./lints";
import { agentKindSchema, lintSettingSchema } from "./schema";

/** The `blueprints:` section of .flowgate.yml. */
export const blueprintsConfigSchema = z.strictObject({
  include: z
    .array(z.string().min(1))
    .default(["**/*.bp.json", "**/*.bp.yaml", "**/*.blueprint.json", "**/*.blueprint.yaml", "**/*.blueprint.yml"])
    .describe("Globs of mlua-swarm Blueprints."),
  files: z.array(z.string().min(1)).default([]).describe("More files (globs) to validate as Blueprints whatever their names."),
  lints: z
    .record(z.string(), lintSettingSchema)
    .superRefine((map, ctx) => {
      for (const key of Object.keys(map)) {
        if (!isKnownLintKey(key)) ctx.addIssue({ code: "custom", path: [key], message: `not a lint kind, \`category:<cat>\` or \`all\`${didYouMean(key, LINT_KEYS)}` });
      }
    })
    .default({})
    .describe("Lint levels applied on top of every Blueprint's own `lints` (upstream's call-site layer: it wins over agents[].lints and metadata.lints)."),
  "registered-kinds": z
    .array(agentKindSchema)
    .default(["lua", "rust_fn", "agent_block", "subprocess", "operator"])
    .describe("Agent kinds the target deployment registers a spawner factory for; other kinds are unknown-agent-kind under strategy.strict_kind."),
});

export type BlueprintsConfig = z.infer<typeof blueprintsConfigSchema>;
export const DEFAULT_BLUEPRINTS_CONFIG: BlueprintsConfig = blueprintsConfigSchema.parse({});
