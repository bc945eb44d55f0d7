import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunResult, RunState } from "../../core/ledger";

export const EXAMPLES = join(import.meta.dirname, "../../examples");
export const WRITES_ON = { FLOW_RUN_WRITES_ENABLED: "1" } as NodeJS.ProcessEnv;
export const ALL_ON = { FLOW_RUN_WRITES_ENABLED: "1", FLOW_AUTOMATABLE_EXECUTION_ENABLED: "1" } as NodeJS.ProcessEnv;

/** A flow with two automatable, evidence-required steps (for execute and cost caps). */
export const BATCH_FLOW = {
  flow: {
    schema: "knowtation.flow/v0",
    flow_id: "flow_batch",
    title: "Batch",
    version: "1.0.0",
    scope: "personal",
    summary: "Two automatable steps.",
    steps: ["flow_batch#1", "flow_batch#2"],
    updated: "2026-11-01T00:00:00Z",
    truncated: false,
  },
  steps: [1, 2].map((n) => ({
    schema: "knowtation.flow_step/v0",
    step_id: `flow_batch#${n}`,
    flow_id: "flow_batch",
    ordinal: n,
    owned_job: `Job ${n}`,
    instruction: `Do job ${n}.`,
    trigger: "Always.",
    when_not_to_run: "Never.",
    boundaries: [],
    skill_refs: [{ kind: "cli", id: `job${n}` }],
    output_shape: "A file.",
    verification: { kind: "artifact_exists", evidence_required: true, description: "The file exists." },
    automatable: "automatable",
  })),
};

/** A fresh workspace holding the example flows (triage-issue 1.2.0, release-notes 0.3.0), flow_batch 1.0.0 and an optional policy file. */
export function workspace(policy?: object): string {
  const root = mkdtempSync(join(tmpdir(), "flowgate-ledger-"));
  mkdirSync(join(root, "flows"));
  for (const f of ["triage-issue.flow.yaml", "release-notes.flow.json"]) cpSync(join(EXAMPLES, "flows", f), join(root, "flows", f));
  writeFileSync(join(root, "flows/batch.flow.json"), JSON.stringify(BATCH_FLOW, null, 2));
  if (policy) writePolicy(root, policy);
  return root;
}

export function writePolicy(root: string, policy: object | string): void {
  mkdirSync(join(root, ".flowgate"), { recursive: true });
  writeFileSync(join(root, ".flowgate/policy.json"), typeof policy === "string" ? policy : JSON.stringify(policy));
}

/** A clock that only moves when told to: deterministic expiries. */
export function clock(start = "2026-11-22T10:00:00.000Z") {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (seconds: number) => void (t += seconds * 1000) };
}

/** The run of a successful operation; a refusal fails the test with its code and message. */
export function ok(r: RunResult): RunState {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.run;
}

/** "ok" or the refusal code: one comparable string per operation. */
export function code(r: { ok: boolean; code?: string }): string {
  return r.ok ? "ok" : r.code!;
}
