import { existsSync, statSync } from "node:fs";
import { relative } from "node:path";
import { validateBlueprintText, type BlueprintExplanation, explainBlueprint, type LaunchRequest, renderExplanation, operatorKindSchema, type OperatorKind } from "../../core/blueprint";
import { loadConfig, toRepoPath, limitsOf, readSourceText } from "../../core/index";
import { EXIT, type Command, UsageError } from "../io";
import { absolute, parse } from "../options";

const KINDS = operatorKindSchema.options;

function operatorKind(flag: string, value: string): OperatorKind {
  if (!(KINDS as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${KINDS.join(", ")}; got "${value}"`);
  return value as OperatorKind;
}

/** Launch-request flags as the cascades' top tiers. */
export function launchOf(values: { "ttl-secs"?: string; "operator-kind"?: string; "operator-kind-override"?: string[] }): LaunchRequest {
  const launch: LaunchRequest = {};
  const ttl = values["ttl-secs"];
  if (ttl !== undefined) {
    if (!/^\d+$/.test(ttl)) throw new UsageError(`--ttl-secs must be a whole number of seconds; got "${ttl}"`);
    launch.ttlSecs = Number(ttl);
  }
  if (values["operator-kind"] !== undefined) launch.operatorKind = operatorKind("--operator-kind", values["operator-kind"]);
  for (const pair of values["operator-kind-override"] ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--operator-kind-override takes AGENT=KIND; got "${pair}"`);
    launch.overrides = { ...launch.overrides, [pair.slice(0, eq)]: operatorKind("--operator-kind-override", pair.slice(eq + 1)) };
  }
  return launch;
}

export const explainCommand: Command = {
  name: "explain",
  summary: "show a Blueprint's effective run TTL, operator kinds and runners, and where each comes from",
  usage: `Usage: flowgate explain <blueprint...> [options]

Prints, for each mlua-swarm Blueprint, the run TTL (launch request → metadata.default_run_ttl_secs
→ server default 1800 s) and, per agent, the operator kind (per-agent override → launch
operator_kind → OperatorDef.kind → default_operator_kind → automate) and the runner (inline →
runner_ref → legacy profile.worker_binding → default_runner), each with the tier it came from.
Exit 1 when a file cannot be read as a typed Blueprint (its errors are printed).

Options:
      --ttl-secs N                     the launch request's ttl_secs
      --operator-kind KIND             the launch's operator_kind (${KINDS.join(", ")})
      --operator-kind-override A=KIND  the launch's per-agent override (repeatable)
      --json                           JSON instead of text
  -c, --config FILE                    configuration file (default: ./.flowgate.yml when present)
  -h, --help                           this help`,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      "ttl-secs": { type: "string" },
      "operator-kind": { type: "string" },
      "operator-kind-override": { type: "string", multiple: true },
      json: { type: "boolean" },
      config: { type: "string", short: "c" },
      help: { type: "boolean", short: "h" },
    });
    if (values.help) return io.stdout(this.usage + "\n"), EXIT.passed;
    if (positionals.length === 0) throw new UsageError("explain needs at least one Blueprint file");
    const launch = launchOf(values);
    const { config } = loadConfig(io.cwd, values.config);
    const explained: BlueprintExplanation[] = [];
    let failed = false;
    for (const arg of positionals) {
      const path = absolute(io, arg);
      const file = toRepoPath(relative(io.cwd, path));
      if (!existsSync(path)) throw new UsageError(`no such file: ${arg}`);
      if (!statSync(path).isFile()) throw new UsageError(`not a file: ${arg}`);
      const read = readSourceText(path, file, limitsOf(config));
      const result = read.text === undefined ? { findings: read.findings, model: undefined } : validateBlueprintText(file, read.text, config);
      if (!result.model) {
        failed = true;
        const errors = result.findings.filter((f) => f.severity === "error");
        io.stderr(`${file}: not explained — it is not a typed Blueprint yet:\n${errors.map((f) => `  ${f.line}:${f.column} ${f.rule}: ${f.message}\n`).join("")}`);
        continue;
      }
      explained.push(explainBlueprint(result.model, launch));
    }
    io.stdout(values.json ? JSON.stringify({ schema: "flowgate.explain/v1", blueprints: explained }, null, 2) + "\n" : explained.map(renderExplanation).join("\n"));
    return failed ? EXIT.failed : EXIT.passed;
  },
};
