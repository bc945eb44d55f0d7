import type { Config } from "../config/schema";
import { canonicalJson, sha256Hex } from "./chain";
import { resolvePolicy } from "./policy";
import { refuse, type Refusal } from "./refusal";
import { FLOW_RUN_ID_RE, IDEMPOTENCY_KEY_RE, type Idempotency, type LedgerEvent, type Policy, type RunState } from "./schema";
import { appendToRun, type Appended } from "./store";

/**
 * What every write operation shares: its context, the gates, the parameter checks, the idempotency
 * fingerprint and the append. The operations themselves are in operations-*.ts.
 */

/** What every write operation gets: the workspace, who acts, and optionally the env/config/clock to use. */
export interface OperationContext {
  /** Workspace root: the ledger is `<root>/.flowgate/runs/`, the policy `<root>/.flowgate/policy.json`. */
  root: string;
  /** Who is acting (see resolveActor). Recorded in the event; blank is refused. */
  actor: string;
  /** Environment for the gate flags (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Workspace config (default: loaded from `<root>/.flowgate.yml`); start uses it to find flows. */
  config?: Config;
  /** The seq the caller's view expects to write next; a stale view is refused with FLOW_LEDGER_CONFLICT. */
  expectedSeq?: number;
  /** Makes the write exactly-once under retries: a repeat with this key returns the first write's result. */
  idempotencyKey?: string;
  now?: () => Date;
}

export type RunResult = { ok: true; run: RunState; event?: LedgerEvent } | Refusal;

type Gate = "write" | "automatable";

/** Upstream's gate order (B.1): policy forbidden → [automatable disabled] → run writes disabled. */
export function checkGates(policy: Policy, gate: Gate): Refusal | undefined {
  if (policy.forbidden) {
    return refuse("FLOW_EXECUTION_POLICY_FORBIDDEN", policy.error ? `${policy.error} (an invalid policy forbids every write)` : `run writes are forbidden by policy (${policy.sources.forbidden})`);
  }
  if (gate === "automatable" && !policy.automatableEnabled) {
    return refuse("FLOW_AUTOMATABLE_EXECUTION_DISABLED", `automatable execution is off (${policy.sources.automatable}); set FLOW_AUTOMATABLE_EXECUTION_ENABLED=1 or execution.automatable_enabled in .flowgate/policy.json`);
  }
  if (!policy.writesEnabled) {
    return refuse("FLOW_RUN_WRITES_DISABLED", `run writes are off (${policy.sources.writes}); set FLOW_RUN_WRITES_ENABLED=1 or "flow_run_writes_enabled": true in .flowgate/policy.json`);
  }
  return undefined;
}

export function badRequest(message: string): Refusal {
  return refuse("BAD_REQUEST", message);
}

export const blank = (s: string | undefined | null) => typeof s !== "string" || s.trim() === "";

/** Upstream reads every string input trimmed (`typeof v === 'string' ? v.trim() : ''`): a non-string is blank. */
export function trimmed(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/**
 * The operation's input as upstream reads it: the actor and the named inputs trimmed (absent ones stay
 * absent). Everything after (checks, lookups, the recorded event, the idempotency fingerprint) sees only
 * this, so a padded id names the same run or step as the plain one and is recorded plain.
 */
export function trimInputs<T extends OperationContext>(input: T, ...keys: (keyof T & string)[]): T {
  const out: Record<string, unknown> = { ...(input as object), actor: trimmed(input.actor) };
  for (const key of keys) if (input[key] !== undefined) out[key] = trimmed(input[key]);
  return out as unknown as T;
}

function checkActor(ctx: OperationContext): Refusal | undefined {
  if (blank(ctx.actor)) return badRequest("no actor: pass --actor, set FLOWGATE_ACTOR, or set git user.email");
  if (ctx.actor.length > 320) return badRequest("the actor name is longer than 320 characters");
  return undefined;
}

/** The run id's format, checked up front only where upstream does (get, consent mint): elsewhere see requireRunId. */
export function checkRunId(runId: string): Refusal | undefined {
  return FLOW_RUN_ID_RE.test(runId) ? undefined : badRequest(`run id ${JSON.stringify(runId.slice(0, 80))} is not run_ + 1-48 of [a-z0-9_]`);
}

/**
 * Upstream's advance, evidence, execute and submit_review only require a run id; a malformed one is then
 * looked up and names no run (unknown_run, or execute's consent refusal first). The ledger never builds a
 * path from it (ledgerExists).
 */
export function requireRunId(runId: string): Refusal | undefined {
  return blank(runId) ? badRequest("a run id is required") : undefined;
}

/**
 * Upstream only requires a step id here (B.3, B.6); whether it names a step of the run is checked once the
 * run is found, so a missing run is unknown_run and a bad consent is refused first, whatever the step.
 */
export function checkStepId(stepId: string): Refusal | undefined {
  return blank(stepId) ? badRequest("a step id is required") : undefined;
}

/** Gates, then the caller's parameter checks, in order; the first refusal wins. */
export function precheck(ctx: OperationContext, gate: Gate, ...checks: (() => Refusal | undefined)[]): { policy: Policy } | Refusal {
  const policy = resolvePolicy(ctx.root, ctx.env);
  const stop = checkGates(policy, gate) ?? checkActor(ctx) ?? checkIdempotencyKey(ctx);
  if (stop) return stop;
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return { policy };
}

function checkIdempotencyKey(ctx: OperationContext): Refusal | undefined {
  return ctx.idempotencyKey === undefined || IDEMPOTENCY_KEY_RE.test(ctx.idempotencyKey) ? undefined : badRequest("an idempotency key is 1-255 visible ASCII characters");
}

/**
 * The key and a fingerprint of what was asked (the operation, the actor and every input, not the
 * context: root, env, config, clock, expected seq), so the same key on a different request is caught.
 */
export function idempotencyOf(op: string, ctx: OperationContext): Idempotency | undefined {
  if (ctx.idempotencyKey === undefined) return undefined;
  const { root: _root, env: _env, config: _config, now: _now, expectedSeq: _seq, idempotencyKey: key, ...request } = ctx;
  return { key, request_hash: sha256Hex(canonicalJson(JSON.parse(JSON.stringify({ op, ...request })))) };
}

export function append(op: string, ctx: OperationContext, runId: string, decide: Parameters<typeof appendToRun>[3]): Promise<Appended<unknown>> {
  return appendToRun(ctx.root, runId, { actor: ctx.actor, expectedSeq: ctx.expectedSeq, idempotency: idempotencyOf(op, ctx), now: ctx.now }, decide);
}

export function done(result: Appended<unknown>): RunResult {
  return result.ok ? { ok: true, run: result.run, event: result.event } : result;
}
