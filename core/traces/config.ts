import { z } from "zod";

const globs = z.array(z.string().min(1));

/** `.flowgate.yml` → `traces:` — which OTLP/JSON trace files `flowgate check` judges, and the policy they are judged by. */
export const tracesConfigSchema = z.strictObject({
  include: globs.default(["**/*.otlp.json", "**/*.otlp.jsonl"]).describe("Globs of OTLP/JSON trace files (one ExportTraceServiceRequest per file, or one per line)."),
  policy: z
    .strictObject({
      "forbidden-tools": globs.default([]).describe("Tool names (gen_ai.tool.name, globs) a run must never call."),
      "approval-required": globs.default([]).describe("Tool names (globs) that need an approving decision (README, \"Traces\": the approval convention)."),
      "allowed-models": globs.optional().describe("Model names (globs) runs may call; absent means any."),
    })
    .default({ "forbidden-tools": [], "approval-required": [] }),
  budgets: z
    .strictObject({
      "max-tokens": z.number().int().nonnegative().optional().describe("Most input+output tokens a run may use (gen_ai.usage.*)."),
      "max-tool-calls": z.number().int().nonnegative().optional().describe("Most execute_tool calls a run may make."),
      "max-usd": z.number().nonnegative().optional().describe("Most USD a run may spend, priced with `prices`."),
    })
    .default({}),
  prices: z
    .record(z.string().min(1), z.strictObject({ input: z.number().nonnegative().describe("USD per million input tokens."), output: z.number().nonnegative().describe("USD per million output tokens.") }))
    .default({})
    .describe("USD per million tokens by model (glob); the first matching entry prices a call."),
  goldens: z
    .array(z.strictObject({ trace: z.string().min(1).describe("A trace file (or glob) relative to the workspace."), golden: z.string().min(1).describe("The golden trace it is compared with.") }))
    .default([])
    .describe("Golden regressions on traces: each trace's sequence of model and tool calls is compared with its golden's."),
  "max-trace-bytes": z.number().int().positive().default(2 * 1024 * 1024 * 1024).describe("Trace files larger than this are refused (they are read streaming, so this can be large)."),
});

export type TracesConfig = z.infer<typeof tracesConfigSchema>;
export const DEFAULT_TRACES_CONFIG: TracesConfig = tracesConfigSchema.parse({});
