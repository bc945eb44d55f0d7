// `flowgate run`: its usage, flags and the argument helpers every subcommand shares.
import { readRun } from "../../core/index";
import { UsageError } from "../io";
import { parse, REPORT_OPTIONS, REPORT_OPTIONS_HELP } from "../options";

export const USAGE = `Usage: flowgate run <subcommand> [arguments] [options]

Writes and reads the run ledger (.flowgate/runs/<run_id>.jsonl) of the workspace.

Writes (each prints the run's new state; a refusal prints its code and exits 1):
  start <flow_id> <version>            start a run pinned to that flow version
        [--task-ref REF] [--external-ref REF] [--run-ref flow_run:…] [--harness NAME] [--agent ID]
  advance <run_id> <step> <status>     status: in_progress, blocked, done, skipped
        [--reason policy|not_applicable|blocked_dependency] (skipped) [--note TEXT]
  evidence <run_id> <step> <kind> <ref>  kind: proposal, artifact, hash, test_result
  request-approval <run_id> (--step STEP | --tool NAME [--args JSON]) --reason TEXT
        [--risk LEVEL] [--ttl SECONDS] [--approvals N]
  approve <run_id> <approval_id> [--comment TEXT]
  deny <run_id> <approval_id> --reason TEXT [--comment TEXT]
  consent <run_id> --lanes L1,L2 --cost-cap UNITS [--ttl SECONDS]
  revoke <run_id> <consent_id>
  execute <run_id> <step> --consent ID [--lane LANE] [--dry-run]
  cancel <run_id> [--reason TEXT]
Reads:
  list [--status in_progress|done|cancelled]    runs, newest first
  approvals [--status PENDING|APPROVED|DENIED]  approvals across runs, pending first
  show <run_id>                        steps, approvals, consents
  authorize <run_id> --tool NAME [--args JSON]  is this exact tool call approved? (exit 1 if not)
  verify [run_id...] [--base REV] [report options]  chains, replay, prefix rule against REV
  repair <run_id> [--yes]              move a torn last line aside into <run_id>.jsonl.torn
  export <run_id> [-o FILE]            the run as an agentledger.evidence.v1 bundle
  export <run_id> --format otlp [-o FILE | --endpoint URL]
                                       the run as OTLP/JSON traces with the GenAI conventions (README, "Traces");
                                       --endpoint sends it over OTLP/HTTP (e.g. http://127.0.0.1:4318/v1/traces)

<step> is a step id (flow_x#2) or its ordinal (2).
Options:
      --actor ID      who acts (default: env FLOWGATE_ACTOR, then git user.email)
      --expect-seq N  refuse with FLOW_LEDGER_CONFLICT unless the next event would be seq N
      --idempotency-key KEY  (writes) a retry with the same KEY prints the first write's result and
                      appends nothing; the same KEY on a different request: FLOW_IDEMPOTENCY_KEY_REUSED
  -C, --root DIR      workspace root (default: the current directory)
      --json          print JSON: the result ({ok, run} or {ok:false, code, status, message})
  -h, --help          this help
verify also takes:
${REPORT_OPTIONS_HELP}

Gates default off: enable writes with env FLOW_RUN_WRITES_ENABLED=1 or "flow_run_writes_enabled": true
in .flowgate/policy.json.`;

export const OPTIONS = {
  ...REPORT_OPTIONS,
  actor: { type: "string" },
  "expect-seq": { type: "string" },
  "idempotency-key": { type: "string" },
  root: { type: "string", short: "C" },
  json: { type: "boolean" },
  "task-ref": { type: "string" },
  "external-ref": { type: "string" },
  "run-ref": { type: "string" },
  harness: { type: "string" },
  agent: { type: "string" },
  reason: { type: "string" },
  note: { type: "string" },
  comment: { type: "string" },
  step: { type: "string" },
  tool: { type: "string" },
  args: { type: "string" },
  risk: { type: "string" },
  ttl: { type: "string" },
  approvals: { type: "string" },
  lanes: { type: "string" },
  "cost-cap": { type: "string" },
  consent: { type: "string" },
  lane: { type: "string" },
  "dry-run": { type: "boolean" },
  status: { type: "string" },
  base: { type: "string" },
  yes: { type: "boolean", short: "y" },
  endpoint: { type: "string" },
} as const;

export type Values = ReturnType<typeof parse<typeof OPTIONS>>["values"];

export function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number; got "${value}"`);
  return Number(value);
}

export function jsonArg(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch (e) {
    throw new UsageError(`--args must be JSON: ${(e as Error).message}`);
  }
}

export function positionals(sub: string, args: string[], names: string[]): string[] {
  if (args.length !== names.length) throw new UsageError(`run ${sub} takes ${names.length ? names.map((n) => `<${n}>`).join(" ") : "no arguments"}; got ${args.length} argument(s)`);
  return args;
}

/** `2` or `#2` (padded or not, as core trims ids) → the run's step with that ordinal; anything else is taken as a step id. */
export function stepIdOf(root: string, runId: string, step: string): string {
  const m = /^#?(\d+)$/.exec(step.trim());
  if (!m) return step;
  const read = readRun(root, runId);
  if (!read.ok) return step;
  return read.run.steps.find((s) => s.ordinal === Number(m[1]))?.step_id ?? `${read.run.flow_id}#${m[1]}`;
}
