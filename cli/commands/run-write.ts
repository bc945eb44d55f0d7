// `flowgate run` writes (start, advance, evidence, approvals, consent, execute, cancel): one run-ledger write each.
import { advanceStep, attachEvidence, cancelRun, decideApproval, executeStep, mintConsent, type OperationContext, requestApproval, resolveActor, revokeConsent, startRun } from "../../core/index";
import { type CliIO, UsageError } from "../io";
import { type Values, int, jsonArg, positionals, stepIdOf } from "./run-args";
import { printResult } from "./run-present";

export async function write(sub: string, args: string[], values: Values, root: string, io: CliIO): Promise<number> {
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

export const WRITES = new Set(["start", "advance", "evidence", "request-approval", "approve", "deny", "consent", "revoke", "execute", "cancel"]);
