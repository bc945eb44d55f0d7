import { z } from "zod";
import { blueprintsConfigSchema } from "../blueprint/config";
import { failOnSchema } from "../kernel/findings";
import { DEFAULT_MAX_FILE_BYTES } from "../kernel/limits";
import { flowsConfigSchema } from "../flow/config";
import { scanConfigSchema } from "../scan/config";
import { evidenceConfigSchema, goldensConfigSchema } from "../evidence/config";
import { tracesConfigSchema } from "../traces/config";
import { projectionsConfigSchema } from "../projection/config";

/**
 * `.flowgate.yml`. Each feature owns its section schema; this file assembles them.
 * Keys are kebab-case; unknown keys are errors (a misspelt key would otherwise silently do nothing).
 */
const globs = z.array(z.string().min(1));

export const limitsConfigSchema = z.strictObject({
  "max-file-bytes": z.number().int().positive().default(DEFAULT_MAX_FILE_BYTES).describe("Files larger than this are not parsed (a finding says so)."),
});

export const configSchema = z
  .strictObject({
    "fail-on": failOnSchema.default("error").describe("Severity that fails the gate."),
    exclude: globs.default([]).describe("Globs excluded from every check, on top of node_modules, .git, dist, build, venv, vendor."),
    limits: limitsConfigSchema.default({ "max-file-bytes": DEFAULT_MAX_FILE_BYTES }),
    flows: flowsConfigSchema.default(flowsConfigSchema.parse({})),
    scan: scanConfigSchema.default(scanConfigSchema.parse({})),
    blueprints: blueprintsConfigSchema.default(blueprintsConfigSchema.parse({})),
    evidence: evidenceConfigSchema.default(evidenceConfigSchema.parse({})),
    goldens: goldensConfigSchema.default([]).describe("Golden regressions: each evidence bundle (file or glob) is compared with its golden run."),
    traces: tracesConfigSchema.default(tracesConfigSchema.parse({})).describe("OpenTelemetry GenAI traces (OTLP/JSON) to judge, and the policy they are judged by."),
    projections: projectionsConfigSchema.default(projectionsConfigSchema.parse({})).describe("Generated projections of flows (Cursor rules, runbooks, AGENTS.md sections): where they live and which must exist."),
  })
  .meta({ title: "Flowgate configuration (.flowgate.yml)" });

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;

export const DEFAULT_CONFIG: Config = configSchema.parse({});
