import { createInterface } from "node:readline/promises";
import { advanceStep, approvalStatusSchema, attachEvidence, authorizeToolCall, cancelRun, decideApproval, executeStep, exportRun, readExportable, listApprovals, listRunIds, listRuns, mintConsent, type OperationContext, readRun, type Refusal, repairRun, requestApproval, resolveActor, revokeConsent, type RunState, runIdOfPath, runStatusSchema, startRun, verifyLedger, filesAtRev, buildReport, renderReport } from "../../core/index";
import { runAsOtlpJson, sendRun } from "../../core/traces";
import { EXIT, type CliIO, type Command, UsageError } from "../io";
import { absolute, emit, parse, REPORT_OPTIONS, REPORT_OPTIONS_HELP, reportFlags, textOptions } from "../options";

const USAGE = `Usage: flowgate run <subcommand> [arguments] [options]

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

const OPTIONS = {
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

type Values = ReturnType<typeof parse<typeof OPTIONS>>["values"];

function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number; got "${value}"`);
  return Number(value);
}

function jsonArg(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch (e) {
    throw new UsageError(`--args must be JSON: ${(e as Error).message}`);
  }
}

function positionals(sub: string, args: string[], names: string[]): string[] {
  if (args.length !== names.length) throw new UsageError(`run ${sub} takes ${names.length ? names.map((n) => `<${n}>`).join(" ") : "no arguments"}; got ${args.length} argument(s)`);
  return args;
}

/** `2` or `#2` → the run's step with that ordinal; anything else is taken as a step id. */
function stepIdOf(root: string, runId: string, step: string): string {
  const m = /^#?(\d+)$/.exec(step);
  if (!m) return step;
  const read = readRun(root, runId);
  if (!read.ok) return step;
  return read.run.steps.find((s) => s.ordinal === Number(m[1]))?.step_id ?? `${read.run.flow_id}#${m[1]}`;
}

const ICON: Record<string, string> = { pending: "○", in_progress: "◐", blocked: "⊘", done: "●", skipped: "⊖" };

export function describeRun(run: RunState): string {
  const lines = [`${run.run_id}  ${run.flow_id}@${run.flow_version}  ${run.status}  (started ${run.started_at} by ${run.started_by}${run.agent ? `, agent ${run.agent}` : ""}; ${run.events.length} events)`];
  for (const s of run.steps) {
    const marks = [s.verified ? "verified" : s.evidence_required ? "unverified" : "", s.evidence_ref ? `evidence ${s.evidence_ref}` : "", s.ordinal === run.frontier && run.status === "in_progress" ? "← frontier" : ""].filter(Boolean).join(", ");
    lines.push(`  ${ICON[s.status] ?? "?"} ${s.step_id} ${s.status.padEnd(11)} ${s.verification_kind}${marks ? `  (${marks})` : ""}`);
  }
  for (const a of run.approvals) {
    const what = a.kind === "step" ? `step ${a.step_id}` : `tool ${a.tool}`;
    const who = a.decisions.map((d) => `${d.decision}d by ${d.actor}`).join(", ");
    lines.push(`  approval ${a.approval_id} ${a.status} for ${what} (${a.risk_level}, requested by ${a.requested_by}${who ? `; ${who}` : ""}${a.required_approvals > 1 ? `; needs ${a.required_approvals}` : ""})`);
  }
  for (const c of run.consents) {
    lines.push(`  consent ${c.consent_id} lanes ${c.allowed_lanes.join(",")} used ${c.cost_consumed_units}/${c.cost_cap_units}${c.revoked_at ? ` revoked ${c.revoked_at}` : ` expires ${c.expires_at}`}`);
  }
  return lines.join("\n") + "\n";
}

function refusal(io: CliIO, sub: string, r: Refusal, json: boolean | undefined): number {
  if (json) io.stdout(JSON.stringify(r) + "\n");
  else io.stderr(`flowgate run ${sub}: refused ${r.code}: ${r.message}\n`);
  return EXIT.failed;
}

function printResult(io: CliIO, sub: string, result: { ok: true; run: RunState } | Refusal, json: boolean | undefined, extra?: Record<string, unknown>): number {
  if (!result.ok) return refusal(io, sub, result, json);
  if (json) io.stdout(JSON.stringify({ ok: true, ...extra, run: result.run }) + "\n");
  else io.stdout((extra ? Object.entries(extra).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}\n`).join("") : "") + describeRun(result.run));
  return EXIT.passed;
}

async function confirm(io: CliIO, question: string): Promise<boolean> {
  if (!io.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function write(sub: string, args: string[], values: Values, root: string, io: CliIO): Promise<number> {
  const actor = resolveActor(root, values.actor, io.env);
  if (!actor) throw new UsageError("no actor: pass --actor, set FLOWGATE_ACTOR, or set git user.email");
  const ctx: OperationContext = { root, actor, env: io.env, expectedSeq: int("expect-seq", values["expect-seq"]), idempotencyKey: values["idempotency-key"] };
  const json = values.json;
  switch (sub) {
    case "start": {
      const [flowId, flowVersion] = positionals(sub, args, ["flow_id", "version"]);
      const r = await startRun({ ...ctx, flowId: flowId!, flowVersion: flowVersion!, taskRef: values["task-ref"], externalRef: values["external-ref"], runRef: values["run-ref"], harness: values.harness, agent: values.agent });
      return printResult(io, sub, r, json);
    }
    case "advance": {
      const [runId, step, status] = positionals(sub, args, ["run_id", "step", "status"]);
      return printResult(io, sub, await advanceStep({ ...ctx, runId: runId!, stepId: stepIdOf(root, runId!, step!), toStatus: status!, skipReason: values.reason, note: values.note }), json);
    }
    case "evidence": {
      const [runId, step, kind, ref] = positionals(sub, args, ["run_id", "step", "kind", "ref"]);
      return printResult(io, sub, await attachEvidence({ ...ctx, runId: runId!, stepId: stepIdOf(root, runId!, step!), pointerKind: kind!, ref: ref! }), json);
    }
    case "request-approval": {
      const [runId] = positionals(sub, args, ["run_id"]);
      if (values.args !== undefined && values.tool === undefined) throw new UsageError("--args goes with --tool");
      const r = await requestApproval({
        ...ctx,
        runId: runId!,
        stepId: values.step === undefined ? undefined : stepIdOf(root, runId!, values.step),
        tool: values.tool,
        args: jsonArg(values.args),
        riskLevel: values.risk,
        reason: values.reason ?? "",
        ttlSeconds: int("ttl", values.ttl),
        requiredApprovals: int("approvals", values.approvals),
      });
      return printResult(io, sub, r, json, r.ok ? { approval_id: (r.event!.payload as { approval_id: string }).approval_id } : undefined);
    }
    case "approve":
    case "deny": {
      const [runId, approvalId] = positionals(sub, args, ["run_id", "approval_id"]);
      return printResult(io, sub, await decideApproval({ ...ctx, runId: runId!, approvalId: approvalId!, decision: sub, reason: values.reason, comment: values.comment }), json);
    }
    case "consent": {
      const [runId] = positionals(sub, args, ["run_id"]);
      if (values.lanes === undefined || values["cost-cap"] === undefined) throw new UsageError("consent needs --lanes and --cost-cap");
      const r = await mintConsent({ ...ctx, runId: runId!, allowedLanes: values.lanes.split(","), costCapUnits: int("cost-cap", values["cost-cap"])!, ttlSeconds: int("ttl", values.ttl) });
      return printResult(io, sub, r, json, r.ok ? { consent_id: r.consentId } : undefined);
    }
    case "revoke": {
      const [runId, consentId] = positionals(sub, args, ["run_id", "consent_id"]);
      return printResult(io, sub, await revokeConsent({ ...ctx, runId: runId!, consentId: consentId! }), json);
    }
    case "execute": {
      const [runId, step] = positionals(sub, args, ["run_id", "step"]);
      if (values.consent === undefined) throw new UsageError("execute needs --consent ID");
      const r = await executeStep({ ...ctx, runId: runId!, stepId: stepIdOf(root, runId!, step!), consentId: values.consent, modelLane: values.lane, dryRun: values["dry-run"] });
      return printResult(io, sub, r, json, r.ok ? { execution: r.execution } : undefined);
    }
    case "cancel": {
      const [runId] = positionals(sub, args, ["run_id"]);
      return printResult(io, sub, await cancelRun({ ...ctx, runId: runId!, reason: values.reason }), json);
    }
  }
  throw new UsageError(`unknown run subcommand "${sub}"`);
}

const WRITES = new Set(["start", "advance", "evidence", "request-approval", "approve", "deny", "consent", "revoke", "execute", "cancel"]);

/** `run export --format otlp`: the run as OTLP/JSON, to a file or stdout, or sent to --endpoint. */
async function exportOtlp(io: CliIO, root: string, runId: string, values: Values): Promise<number> {
  if (values.format !== undefined && values.format !== "otlp") throw new UsageError(`export --format must be otlp (or absent for an evidence bundle); got "${values.format}"`);
  const read = readExportable({ root, runId });
  if (!read.ok) return refusal(io, "export", read, values.json);
  if (!values.endpoint) {
    emit(io, runAsOtlpJson(read.run), values.output);
    return EXIT.passed;
  }
  if (!/^https?:\/\//.test(values.endpoint)) throw new UsageError(`--endpoint must be an http(s) URL; got "${values.endpoint}"`);
  const error = await sendRun(read.run, values.endpoint);
  if (error) {
    io.stderr(`flowgate run export: sending ${runId} to ${values.endpoint} failed: ${error}\n`);
    return EXIT.failed;
  }
  io.stdout(`sent ${runId} to ${values.endpoint}\n`);
  return EXIT.passed;
}

export const runCommand: Command = {
  name: "run",
  summary: "start and advance runs, approve, consent, cancel; list, show, verify, repair and export run ledgers",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals: all } = parse(argv, OPTIONS);
    if (values.help) return io.stdout(USAGE + "\n"), EXIT.passed;
    const [sub, ...args] = all;
    if (!sub) throw new UsageError("run needs a subcommand");
    const root = absolute(io, values.root ?? ".");
    if (WRITES.has(sub)) return write(sub, args, values, root, io);
    if (values["idempotency-key"] !== undefined) throw new UsageError(`--idempotency-key goes with a write; run ${sub} writes nothing`);
    switch (sub) {
      case "list": {
        positionals(sub, args, []);
        if (values.status && !runStatusSchema.safeParse(values.status).success) throw new UsageError(`--status must be one of ${runStatusSchema.options.join(", ")}`);
        const runs = listRuns(root).filter((r) => !values.status || r.status === values.status);
        if (values.json) io.stdout(JSON.stringify(runs) + "\n");
        else io.stdout(runs.map((r) => `${r.run_id}  ${r.flow_id}@${r.flow_version}  ${r.status}  ${r.steps.filter((s) => s.status === "done" || s.status === "skipped").length}/${r.steps.length} steps  ${r.pending_approvals ? `${r.pending_approvals} pending approval(s)  ` : ""}${r.damaged ? "LEDGER PROBLEM  " : ""}${r.updated_at}\n`).join("") || "no runs\n");
        return EXIT.passed;
      }
      case "approvals": {
        positionals(sub, args, []);
        const status = values.status as "PENDING" | "APPROVED" | "DENIED" | undefined;
        if (status && !approvalStatusSchema.safeParse(status).success) throw new UsageError(`--status must be one of ${approvalStatusSchema.options.join(", ")}`);
        const approvals = listApprovals(root, status);
        if (values.json) io.stdout(JSON.stringify(approvals) + "\n");
        else io.stdout(approvals.map((a) => `${a.approval_id}  ${a.status.padEnd(8)} ${a.run_id}  ${a.kind === "step" ? a.step_id : `tool ${a.tool}`}  ${a.risk_level}  requested by ${a.requested_by} at ${a.requested_at}\n`).join("") || "no approvals\n");
        return EXIT.passed;
      }
      case "show": {
        const [runId] = positionals(sub, args, ["run_id"]);
        const r = readRun(root, runId!);
        if (!r.ok) return refusal(io, sub, r, values.json);
        if (values.json) io.stdout(JSON.stringify({ ok: true, run: r.run, problems: r.problems }) + "\n");
        else io.stdout(describeRun(r.run) + (r.damaged ? `  ledger problems: run \`flowgate run verify ${runId}\`\n` : ""));
        return EXIT.passed;
      }
      case "authorize": {
        const [runId] = positionals(sub, args, ["run_id"]);
        if (values.tool === undefined) throw new UsageError("authorize needs --tool NAME");
        const r = authorizeToolCall({ root, runId: runId!, tool: values.tool, args: jsonArg(values.args) });
        if (!r.ok) return refusal(io, sub, r, values.json);
        io.stdout(values.json ? JSON.stringify(r) + "\n" : `approved: ${r.approval.approval_id} by ${r.approval.decisions.map((d) => d.actor).join(", ")} (until ${r.approval.expires_at})\n`);
        return EXIT.passed;
      }
      case "verify": {
        const { format, failOn } = reportFlags({ ...values, format: values.json ? "json" : values.format });
        // With --base a run may exist only there (deleted since: reported); an id in neither place is a typo, not a pass.
        const known = new Set([...listRunIds(root), ...(values.base ? filesAtRev(root, values.base).map(runIdOfPath) : [])]);
        const missing = args.filter((id) => !known.has(id));
        if (missing.length) throw new UsageError(`no such run: ${missing.join(", ")}`);
        const result = verifyLedger({ root, runIds: args.length ? args : undefined, base: values.base });
        const check = { name: "ledger", title: "Run ledgers", findings: result.findings, files: result.runs.map((r) => r.file) };
        const gate = { report: buildReport([check], failOn), results: [check] };
        emit(io, renderReport(gate, format, textOptions(io, values)), values.output);
        return gate.report.summary.passed ? EXIT.passed : EXIT.failed;
      }
      case "repair": {
        const [runId] = positionals(sub, args, ["run_id"]);
        const read = readRun(root, runId!);
        if (!read.ok) return refusal(io, sub, read, values.json);
        if (!read.problems.torn) {
          io.stdout(values.json ? JSON.stringify({ ok: true, repaired: false }) + "\n" : `${runId}: no torn line; nothing to repair\n`);
          return EXIT.passed;
        }
        const { line, bytes } = read.problems.torn;
        if (!values.yes && !(await confirm(io, `Move the torn line ${line} (${bytes} bytes) of ${runId} aside into ${read.file}.torn? [y/N] `))) {
          io.stderr(`flowgate run repair: not confirmed; nothing changed (pass --yes to repair without asking)\n`);
          return EXIT.failed;
        }
        const r = await repairRun({ root, runId: runId! });
        if (!r.ok) return refusal(io, sub, r, values.json);
        io.stdout(values.json ? JSON.stringify(r) + "\n" : r.repaired ? `moved ${r.torn.bytes} torn bytes of ${runId} into ${r.tornFile}\n` : `${runId}: no torn line; nothing to repair\n`);
        return EXIT.passed;
      }
      case "export": {
        const [runId] = positionals(sub, args, ["run_id"]);
        if (values.format !== undefined || values.endpoint) return exportOtlp(io, root, runId!, values);
        const r = exportRun({ root, runId: runId! });
        if (!r.ok) return refusal(io, sub, r, values.json);
        emit(io, JSON.stringify(r.bundle, null, 2) + "\n", values.output);
        return EXIT.passed;
      }
    }
    throw new UsageError(`unknown run subcommand "${sub}"; see flowgate run --help`);
  },
};
