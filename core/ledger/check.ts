import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Check, type CheckContext, selectFiles } from "../gate";
import { globMatcher } from "../kernel/files";
import { type Finding, WHOLE_FILE } from "../kernel/findings";
import { inBatchesAtRev, showManyAtRev, treeAtRevOnce } from "../kernel/git";
import { RunMemo } from "../kernel/memo";
import { inShard } from "../shard";
import { escapeMarkdown, markdownCode } from "../report/escape";
import type { Report } from "../report/model";
import { limitsOf } from "../kernel/limits";
import { isFlowFile, isLedgerFile } from "../kernel/selectors";
import { snapshotOf, snapshotOfText, stepsText } from "../flow/versions";
import { readSourceText } from "../kernel/source/document";
import { summarizeRun, type RunSummary } from "./read";
import type { RunState } from "./schema";
import * as R from "./rules";
import { policyFileSchema } from "./schema";
import { verifyLedgerText } from "./verify";
import { approvalPolicyFindings } from "./approval-policy";
import { POLICY_FILE, approvalPolicyAt } from "./policy";

/** Run policies anywhere in the workspace (a repo may hold several workspaces, e.g. examples/). */
const isPolicyFile = globMatcher(["**/.flowgate/policy.json"]);

function checkPolicy(root: string, file: string): Finding[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(root, file), "utf8"));
  } catch (e) {
    return [R.policyInvalid.at(file, WHOLE_FILE, `not JSON (${(e as Error).message})`)];
  }
  const parsed = policyFileSchema.safeParse(data);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => R.policyInvalid.at(file, WHOLE_FILE, `${i.path.join(".") || "(root)"}: ${i.message}`));
}

/** The workspace folder a ledger belongs to: what precedes `.flowgate/runs/`. */
export function workspaceOf(ledgerFile: string): string {
  return ledgerFile.slice(0, ledgerFile.indexOf(".flowgate/runs/"));
}

/**
 * Each flow version's steps (stable text) by `<workspace folder>\0<flow_id>@<version>`, for the given workspace
 * folders: only flows inside them are read (a shard's ledgers need only their folders' flows).
 */
function workspaceFlowSteps(ctx: CheckContext, folders: readonly string[], memo: RunMemo): Map<string, { file: string; steps: string }> {
  const out = new Map<string, { file: string; steps: string }>();
  const isFlow = isFlowFile(ctx.config);
  for (const file of ctx.files.filter((f) => isFlow(f) && folders.some((folder) => f.startsWith(folder)))) {
    const read = readSourceText(join(ctx.root, file), file, limitsOf(ctx.config));
    const snap = read.text === undefined ? undefined : snapshotOfText(file, read.text, ctx.config, memo);
    if (!snap) continue;
    const steps = stepsText(snap);
    // A flow serves the workspace folders above it; the nearest folder with a .flowgate/ is the one that matters.
    for (let dir = file.lastIndexOf("/"); ; dir = file.lastIndexOf("/", dir - 1)) {
      const key = `${dir < 0 ? "" : file.slice(0, dir + 1)}\0${snap.flowId}@${snap.version}`;
      if (!out.has(key)) out.set(key, { file, steps });
      if (dir < 0) break;
    }
  }
  return out;
}

/** The run's recorded flow against the same flow version in its workspace (absent versions are fine: flows retire). */
function pinnedFlowMismatch(file: string, run: RunState, flows: Map<string, { file: string; steps: string }>): Finding | undefined {
  const flow = `${run.flow_id}@${run.flow_version}`;
  const current = flows.get(`${workspaceOf(file)}\0${flow}`);
  const recorded = snapshotOf((run.events[0]?.payload as { flow?: unknown } | undefined)?.flow);
  if (!current || !recorded || stepsText(recorded) === current.steps) return undefined;
  return R.pinnedFlowMismatch.at(file, { line: 1, column: 1, endLine: 1, endColumn: 2 }, run.run_id, flow, current.file);
}

/**
 * `flowgate check`: every ledger's chain and replay; with a base, each ledger that existed there must be
 * an exact prefix of the current one (and still exist). Details: `runs`, one summary per ledger.
 */
export const ledgerCheck: Check = {
  name: "ledger",
  title: "Run ledgers",
  async run(ctx: CheckContext) {
    const files = selectFiles(ctx, isLedgerFile);
    const findings: Finding[] = [];
    const runs: RunSummary[] = [];
    const folders = [...new Set(files.map(workspaceOf))];
    const memo = ctx.memo ?? new RunMemo();
    const flows = workspaceFlowSteps(ctx, folders, memo);
    // The base's ledgers and policy files come from git in batches, not a process per file.
    const policiesAtBase = ctx.base ? showManyAtRev(ctx.root, ctx.base, folders.map((folder) => folder + POLICY_FILE)) : undefined;
    const policies = new Map(folders.map((folder) => [folder, approvalPolicyAt(ctx.root, ctx.base, folder, policiesAtBase)]));
    const atBase = ctx.base ? inBatchesAtRev(ctx.root, ctx.base, files) : undefined;
    files.forEach((file, i) => {
      ctx.onProgress?.({ check: "ledger", done: i, total: files.length });
      const baseText = atBase?.(file);
      const v = verifyLedgerText(file, readFileSync(join(ctx.root, file), "utf8"), baseText === undefined ? undefined : { text: baseText, name: ctx.base! });
      findings.push(...v.findings);
      if (!v.run) return;
      findings.push(...approvalPolicyFindings(file, v.run, policies.get(workspaceOf(file))!, v.parsed.lines));
      runs.push(summarizeRun(v.run, file, v.findings.length > 0));
      const mismatch = pinnedFlowMismatch(file, v.run, flows);
      if (mismatch) findings.push(mismatch);
    });
    if (ctx.base) {
      const present = new Set(ctx.files);
      for (const { path: file } of treeAtRevOnce(ctx.root, ctx.base, memo).filter((e) => isLedgerFile(e.path))) {
        if (present.has(file) || (ctx.changedFiles && !ctx.changedFiles.has(file)) || !inShard(file, ctx.shard)) continue;
        findings.push(R.historyRewritten.at(file, WHOLE_FILE, file.replace(/^.*\//, "").replace(/\.jsonl$/, ""), ctx.base, "the ledger was deleted"));
      }
    }
    const policyFiles = selectFiles(ctx, isPolicyFile);
    for (const file of policyFiles) findings.push(...checkPolicy(ctx.root, file));
    return { name: "ledger", title: "Run ledgers", findings, files: [...files, ...policyFiles], details: { runs } };
  },
};

const MAX_RUNS_SHOWN = 20;
const STATUS_MARK: Record<string, string> = { pending: "pending", in_progress: "in progress", blocked: "blocked", done: "done ✓", skipped: "skipped" };

/** Mermaid node text: only characters that cannot break out of a quoted label. */
function mermaidText(text: string): string {
  return text.replace(/[^A-Za-z0-9_@.:\- ✓·]/g, "_");
}

/** One mermaid flowchart per run: its steps in order, coloured by state. */
export function runDiagram(run: RunSummary): string {
  const lines = [
    "```mermaid",
    "flowchart LR",
    "  classDef pending fill:#f6f8fa,stroke:#8c959f,color:#24292f",
    "  classDef in_progress fill:#ddf4ff,stroke:#0969da,color:#0a3069",
    "  classDef blocked fill:#fff8c5,stroke:#9a6700,color:#4d2d00",
    "  classDef done fill:#dafbe1,stroke:#1a7f37,color:#0f5323",
    "  classDef skipped fill:#eaeef2,stroke:#6e7781,color:#57606a,stroke-dasharray: 4 3",
  ];
  run.steps.forEach((s, i) => {
    const label = mermaidText(`${s.ordinal}. ${STATUS_MARK[s.status] ?? s.status}${s.verification_kind === "human_review" && !s.verified && s.evidence_required ? " · needs review" : ""}`);
    lines.push(`  s${i}["${label}"]:::${s.status in STATUS_MARK ? s.status : "pending"}`);
    if (i > 0) lines.push(`  s${i - 1} --> s${i}`);
  });
  lines.push("```");
  return lines.join("\n");
}

/** The job-summary section: each run's steps as a diagram (from report.details.runs). */
export function ledgerMarkdown(report: Report): string | undefined {
  const runs = report.details.runs as RunSummary[] | undefined;
  if (!Array.isArray(runs) || runs.length === 0) return undefined;
  const out = ["### Runs", ""];
  for (const run of runs.slice(0, MAX_RUNS_SHOWN)) {
    const approvals = run.pending_approvals ? `, ${run.pending_approvals} pending approval${run.pending_approvals === 1 ? "" : "s"}` : "";
    out.push(`${markdownCode(run.run_id)} ${markdownCode(`${run.flow_id}@${run.flow_version}`)} — ${escapeMarkdown(run.status)}${approvals}${run.damaged ? " — ⚠️ ledger problems" : ""} (${markdownCode(run.file)})`, "", runDiagram(run), "");
  }
  if (runs.length > MAX_RUNS_SHOWN) out.push(`…and ${runs.length - MAX_RUNS_SHOWN} more runs.`);
  return out.join("\n").trimEnd();
}
