import { z } from "zod";
import { failOnSchema, type Shard, parseShard, closest } from "../core/index";

/**
 * The Action's inputs, their defaults and how they are validated. action.yml declares the same names and
 * defaults (a test keeps them equal); the defaults here matter when the bundle runs outside a runner.
 */
export const INPUT_DEFAULTS = {
  config: "",
  "working-directory": ".",
  "fail-on": "auto",
  "changed-only": "auto",
  comment: "on-failure",
  sarif: "",
  annotations: "10",
  approvals: "none",
  token: "",
  shard: "",
  merge: "",
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;
export const INPUT_NAMES = Object.keys(INPUT_DEFAULTS) as InputName[];

export const commentModeSchema = z.enum(["always", "on-failure", "never"]);
export const approvalsModeSchema = z.enum(["none", "not-author", "github-reviews"]);
const autoBoolean = z.enum(["auto", "true", "false"]);

export interface Inputs {
  config?: string;
  workingDirectory: string;
  /** undefined: the config's own fail-on. */
  failOn?: z.infer<typeof failOnSchema>;
  /** undefined: decided by the event (true on pull requests). */
  changedOnly?: boolean;
  comment: z.infer<typeof commentModeSchema>;
  sarif?: string;
  annotations: number;
  approvals: z.infer<typeof approvalsModeSchema>;
  token: string;
  shard?: Shard;
  /** A glob of shard reports: merge them instead of running the gate (a matrix's fan-in job). */
  merge?: string;
}

/** A problem with the workflow's `with:` block: the run stops before doing anything. */
export class InputError extends Error {
  override name = "InputError";
}

/** The environment variable the runner sets for an input: upper-cased, spaces to underscores. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

function oneOf<T extends string>(name: InputName, value: string, schema: z.ZodEnum<{ [K in T]: K }>): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as T;
  throw new InputError(`input ${name} must be one of ${schema.options.join(", ")}; got "${value}"`);
}

/**
 * Read and validate every input from the environment. INPUT_* variables that are not inputs of this Action
 * (a misspelt `with:` key such as `fail_on`) are errors too: they would otherwise do nothing, silently.
 */
export function readInputs(env: NodeJS.ProcessEnv): Inputs {
  const known = new Map(INPUT_NAMES.map((n) => [inputEnvName(n), n]));
  for (const key of Object.keys(env).sort()) {
    if (!key.startsWith("INPUT_") || known.has(key)) continue;
    const given = key.slice("INPUT_".length).toLowerCase();
    const near = closest(given.replace(/_/g, "-"), INPUT_NAMES);
    throw new InputError(`unknown input "${given}"${near ? ` — did you mean "${near}"?` : ""}; inputs are ${INPUT_NAMES.join(", ")}`);
  }
  const raw = (name: InputName) => (env[inputEnvName(name)] ?? INPUT_DEFAULTS[name]).trim();

  const failOn = raw("fail-on");
  const changedOnly = oneOf("changed-only", raw("changed-only"), autoBoolean);
  const annotations = raw("annotations");
  if (!/^\d{1,6}$/.test(annotations)) throw new InputError(`input annotations must be a whole number (0 turns annotations off); got "${annotations}"`);
  let shard: Shard | undefined;
  if (raw("shard")) {
    try {
      shard = parseShard(raw("shard"));
    } catch (e) {
      throw new InputError(`input ${(e as Error).message}`);
    }
  }
  if (raw("merge") && shard) throw new InputError("inputs merge and shard do not go together: the shards judge, the fan-in job merges their reports");
  return {
    config: raw("config") || undefined,
    workingDirectory: raw("working-directory") || ".",
    failOn: failOn === "auto" ? undefined : oneOf("fail-on", failOn, failOnSchema),
    changedOnly: changedOnly === "auto" ? undefined : changedOnly === "true",
    comment: oneOf("comment", raw("comment"), commentModeSchema),
    sarif: raw("sarif") || undefined,
    annotations: Number(annotations),
    approvals: oneOf("approvals", raw("approvals"), approvalsModeSchema),
    token: raw("token"),
    shard,
    merge: raw("merge") || undefined,
  };
}
