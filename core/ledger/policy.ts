import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { showAtRev } from "../kernel/git";
import { unsafeReason } from "../kernel/workspace";
import { type Policy, type PolicyFile, policyFileSchema } from "./schema";

export const LEDGER_DIR = ".flowgate";
export const POLICY_FILE = `${LEDGER_DIR}/policy.json`;

/** Upstream's env parsing: 1/true → on, 0/false → off, anything else → unset (B.1). */
export function envFlag(value: string | undefined): boolean | undefined {
  const v = value?.trim().toLowerCase();
  if (v === "1" || v === "true") return true;
  if (v === "0" || v === "false") return false;
  return undefined;
}

export function readPolicyFile(root: string): { file?: PolicyFile; error?: string } {
  const path = join(root, POLICY_FILE);
  if (!existsSync(path)) return {};
  // A linked or special policy file is invalid (every write forbidden), never read: its parse error would quote the target.
  const unsafe = unsafeReason(root, POLICY_FILE);
  if (unsafe) return { error: `${POLICY_FILE} ${unsafe}: it was not read` };
  return parsePolicyText(readFileSync(path, "utf8"));
}

/** A policy file's text, parsed and validated (also a base commit's, which git gives as text). */
export function parsePolicyText(text: string): { file?: PolicyFile; error?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `${POLICY_FILE} is not JSON: ${(e as Error).message}` };
  }
  const parsed = policyFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `${POLICY_FILE}: ${issue.path.join(".") || "(root)"}: ${issue.message}` };
  }
  return { file: parsed.data };
}

/** What a policy file asks of every approval (the defaults when there is none). */
export interface ApprovalPolicy {
  requiredApprovals: number;
  toolCallTtlSeconds: number;
  /** Tools whose approvals need no GitHub review. */
  noReviewTools: string[];
}

export function approvalPolicyOf(file: PolicyFile | undefined): ApprovalPolicy {
  return {
    requiredApprovals: file?.approvals?.required_approvals ?? 1,
    toolCallTtlSeconds: file?.approvals?.tool_call_ttl_seconds ?? 900,
    noReviewTools: file?.approvals?.no_review_tools ?? [],
  };
}

/**
 * The approval policy of a workspace folder ("" or "sub/dir/"): its policy file as committed at `base`
 * when judging a change (a change cannot rewrite the rules it is judged by), else as it is on disk.
 * `atBase`: the base's policy files already read in one batch (showManyAtRev; a path not in it is absent there).
 */
export function approvalPolicyAt(root: string, base: string | undefined, folder: string, atBase?: ReadonlyMap<string, string>): ApprovalPolicy {
  const path = folder + POLICY_FILE;
  let text: string | undefined;
  if (base) text = atBase ? atBase.get(path) : showAtRev(root, base, path);
  else if (existsSync(join(root, path)) && !unsafeReason(root, path)) text = readFileSync(join(root, path), "utf8");
  return approvalPolicyOf(text === undefined ? undefined : parsePolicyText(text).file);
}

const positive = (n: number | undefined, fallback: number) => (typeof n === "number" && n > 0 ? n : fallback);

/**
 * The effective policy: each gate flag from its env variable, then the policy file, then off.
 * An unreadable policy file fails closed (writes forbidden) rather than silently meaning "off".
 */
export function resolvePolicy(root: string, env: NodeJS.ProcessEnv = process.env): Policy {
  const { file, error } = readPolicyFile(root);
  const exec = file?.execution ?? {};
  const flag = (envName: string, fromFile: boolean | undefined): [boolean, string] => {
    const fromEnv = envFlag(env[envName]);
    if (fromEnv !== undefined) return [fromEnv, `env ${envName}`];
    if (fromFile !== undefined) return [fromFile, POLICY_FILE];
    return [false, "default"];
  };
  const [writesEnabled, writes] = flag("FLOW_RUN_WRITES_ENABLED", file?.flow_run_writes_enabled);
  const [automatableEnabled, automatable] = flag("FLOW_AUTOMATABLE_EXECUTION_ENABLED", exec.automatable_enabled);
  const [forbidden, forbiddenSource] = flag("FLOW_EXECUTION_POLICY_FORBIDDEN", exec.forbidden);
  const lanes = (exec.allowed_lanes ?? []).map((l) => l.trim()).filter(Boolean);
  return {
    writesEnabled,
    automatableEnabled,
    forbidden: forbidden || error !== undefined,
    automatableForbidden: exec.automatable_forbidden === true,
    allowedLanes: lanes.length ? [...new Set(lanes)] : ["local_default"],
    defaultCostCapUnits: positive(exec.default_cost_cap_units, 100),
    defaultTtlSeconds: positive(exec.default_ttl_seconds, 3600),
    maxTtlSeconds: positive(exec.max_ttl_seconds, 86400),
    requiredApprovals: approvalPolicyOf(file).requiredApprovals,
    toolCallTtlSeconds: approvalPolicyOf(file).toolCallTtlSeconds,
    sources: { writes, automatable, forbidden: error ? POLICY_FILE : forbiddenSource },
    error,
  };
}
