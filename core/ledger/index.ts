/**
 * The run ledger: durable, tamper-evident run state shared by the editor, agents and CI.
 *
 * Storage: `<root>/.flowgate/runs/<run_id>.jsonl`, append-only, one event per line
 * `{seq, type, at, actor, payload, prev, hash}`; `hash` = sha256 of the RFC 8785 JSON of the event
 * without `hash`, `prev` = the previous event's hash ("" for the first). Run state is always the fold
 * of the events (`readRun`), never stored. Gates and limits: `<root>/.flowgate/policy.json` (see
 * `policyFileSchema`), each gate overridden by env FLOW_RUN_WRITES_ENABLED /
 * FLOW_AUTOMATABLE_EXECUTION_ENABLED / FLOW_EXECUTION_POLICY_FORBIDDEN; all default off.
 *
 * Writes — each takes `{root, actor, env?, config?, expectedSeq?, now?}` plus its inputs and resolves to
 * `{ok: true, run, event}` or `{ok: false, code, status, message}` (codes: `refusalCodeSchema`), checking
 * in Knowtation's order (gates → parameters → run → state):
 *   startRun({flowId, flowVersion, taskRef?, externalRef?, runRef?, harness?, agent?})
 *   advanceStep({runId, stepId, toStatus, skipReason?, note?})
 *   attachEvidence({runId, stepId, pointerKind, ref})
 *   requestApproval({runId, stepId? | tool + args?, riskLevel?, reason, ttlSeconds?, requiredApprovals?})
 *   decideApproval({runId, approvalId, decision, reason?, comment?}) · approve(...) · deny({..., reason})
 *   mintConsent({runId, allowedLanes, costCapUnits, ttlSeconds?}) → also consentId
 *   revokeConsent({runId, consentId})
 *   executeStep({runId, stepId, consentId, modelLane?, dryRun?}) → also execution
 *   cancelRun({runId, reason?})
 *   repairRun({root, runId}) — moves a torn last line aside into `<run_id>.jsonl.torn`
 * Reads (never lock):
 *   listRuns(root) → RunSummary[] · readRun(root, runId) → {run, problems, damaged}
 *   listApprovals(root, status?) · listFlowVersions(root, config) · authorizeToolCall({root, runId, tool, args})
 *   resolveActor(root, explicit?, env?) · resolvePolicy(root, env?)
 *   allowedActions(run, {policy, actor?, now?}) → what each write would get now (allowed, or the refusal)
 * Verification and export:
 *   verifyLedger({root, runIds?, base?}) → {findings, runs} · verifyLedgerText(file, text, base?)
 *   exportRun({root, runId}) → agentledger.evidence.v1 bundle
 */
import { rulesOf, type Feature } from "../feature";
import { ledgerAnalyzer } from "./analyze";
import { ledgerCheck, ledgerMarkdown } from "./check";
import * as R from "./rules";

export const ledgerFeature: Feature = {
  id: "ledger",
  checks: [ledgerCheck],
  analyzers: [ledgerAnalyzer],
  markdown: ledgerMarkdown,
  configSchema: {},
  rules: rulesOf(R),
};

export { resolveActor } from "./actor";
export { type AdvanceTarget, allowedActions, type AllowedOptions, type DecisionActions, type RunActions, type StepActions, type Verdict } from "./allowed";
export { canonicalJson, eventHash, parseLedger, sha256Hex } from "./chain";
export { type Fold, foldEvents, type IllegalTransition } from "./fold";
export { type Refusal } from "./refusal";
export { frontierOf } from "./run-steps";
export { findFlowVersion, type FlowVersionEntry, listFlowVersions } from "./flows";
export { checkGates, type OperationContext, type RunResult } from "./operations";
export { cancelRun, startRun, type StartInput } from "./operations-run";
export { advanceStep, type AdvanceInput, attachEvidence, type EvidenceInput, missingWorkspacePath } from "./operations-steps";
export { approve, type ApprovalRequestInput, authorizeToolCall, decideApproval, type DecisionInput, deny, requestApproval, type ToolAuthorization, toolRequest } from "./operations-approvals";
export { type ConsentInput, executeStep, type ExecuteInput, mintConsent, revokeConsent } from "./operations-consent";
export { POLICY_FILE, resolvePolicy } from "./policy";
export { type ApprovalListing, listApprovals, listRuns, readRun, type ReadProblems, type ReadResult, type RunSummary, summarizeRun } from "./read";
export * from "./schema";
export { type LoadedRun, loadRun, snapshotRun } from "./load-run";
export { listRunIds, RUNS_DIR, runFile } from "./run-files";
export { type LedgerVerification, runIdOfPath, verifyLedger, verifyLedgerText, type VerifyOptions, type VerifyResult } from "./verify";
export { repairRun } from "./repair";
export { bundleOf, exportRun, type ExportResult, readExportable } from "./export";
export { workspaceOf } from "./check";
export { approvalPolicyAt } from "./policy";
export { advanceTargetSchema, riskLevelSchema, type ApprovalState, type RefusalCode, type RunState, type StepState } from "./schema";
