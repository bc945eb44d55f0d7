import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Check, type CheckContext, selectFiles } from "../gate";
import { globMatcher } from "../kernel/files";
import { type Finding, WHOLE_FILE } from "../kernel/findings";
import { blobIdsAtRevOnce, inBatchesAtRev, isBlob, showManyAtRev, treeAtRevOnce, workTreeText } from "../kernel/git";
import { RunMemo } from "../kernel/memo";
import { inShard } from "../shard";
import { escapeMarkdown, markdownCode } from "../report/escape";
import type { Report } from "../report/model";
import { limitsOf } from "../kernel/limits";
import { isFlowFile, isLedgerFile } from "../kernel/selectors";
import { snapshotOf, snapshotOfText, stepsText } from "../flow/versions";
import { mayDefineOneOf } from "../flow/analyze";
import { readSourceText } from "../kernel/source/document";
import { summarizeRun, type RunSummary } from "./read";
import type { RunState } from "./schema";
import * as R from "./rules";
import { policyFileSchema } from "./schema";
import { verifyLedgerText } from "./verify";
import { approvalPolicyFindings } from "./approval-policy";
import { POLICY_FILE, approvalPolicyAt } from "./policy";
import { append } from "../kernel/append";

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

/** The flow a run pins, as its workspace folder has it: the file and its steps as stable text. */
type PinnedFlow = { file: string; steps: string };

/**
 * The flow version a workspace folder's runs pin: the first flow file under the folder (in the workspace's file
 * order) that defines it. Looked up per pin, so a shard's ledgers cost only their own pins: a file is parsed only
 * if its text may define the pinned id (mayDefineOneOf), and once per text in a run (snapshotOfText).
 */
function pinnedFlows(ctx: CheckContext, folders: readonly string[], memo: RunMemo): (folder: string, flowId: string, version: string) => PinnedFlow | undefined {
  const isFlow = isFlowFile(ctx.config);
  const flowFiles = ctx.files.filter((f) => folders.some((folder) => f.startsWith(folder)) && isFlow(f));
  const found = new Map<string, PinnedFlow | undefined>();
  // Each file is read once however many pins look through it.
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, readSourceText(join(ctx.root, file), file, limitsOf(ctx.config)).text);
    return texts.get(file);
  };
  return (folder, flowId, version) => {
    const key = `${folder}\0${flowId}@${version}`;
    if (found.has(key)) return found.get(key);
    const mayDefine = mayDefineOneOf(new Set([flowId]));
    let pinned: PinnedFlow | undefined;
    for (const file of flowFiles) {
      if (!file.startsWith(folder)) continue;
      const text = textOf(file);
      if (text === undefined || !mayDefine(text)) continue;
      const snap = snapshotOfText(file, text, ctx.config, memo);
      if (snap?.flowId !== flowId || snap.version !== version) continue;
      pinned = { file, steps: stepsText(snap) };
      break;
    }
    found.set(key, pinned);
    return pinned;
  };
}

/** The run's recorded flow against the same flow version in its workspace (absent versions are fine: flows retire). */
function pinnedFlowMismatch(file: string, run: RunState, flows: ReturnType<typeof pinnedFlows>): Finding | undefined {
  const recorded = snapshotOf((run.events[0]?.payload as { flow?: unknown } | undefined)?.flow);
  const current = recorded && flows(workspaceOf(file), run.flow_id, run.flow_version);
  if (!current || !recorded || stepsText(recorded) === current.steps) return undefined;
  return R.pinnedFlowMismatch.at(file, { line: 1, column: 1, endLine: 1, endColumn: 2 }, run.run_id, `${run.flow_id}@${run.flow_version}`, current.file);
}

/** Each folder's policy file at base: the unchanged ones from the work tree, the others with one git process. */
function policyTextsAtBase(root: string, base: string, folders: readonly string[], baseIdOf: (file: string) => string | undefined, maxBytes: number): Map<string, string> {
  const texts = new Map<string, string>();
  const asked: string[] = [];
  for (const path of folders.map((folder) => folder + POLICY_FILE)) {
    const id = baseIdOf(path);
    const text = id === undefined ? undefined : workTreeText(root, path, id, maxBytes);
    if (text === undefined) asked.push(path);
    else texts.set(path, text);
  }
  for (const [path, text] of showManyAtRev(root, base, asked)) texts.set(path, text);
  return texts;
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
    const flows = pinnedFlows(ctx, folders, memo);
    // The base's ledgers and policy files: a walked file whose bytes are its base blob is its own base text (most
    // are: a ledger only grows when a run is recorded); the others come from git in batches, not a process per file.
    const present = new Set(ctx.files);
    const blobIds = ctx.base ? blobIdsAtRevOnce(ctx.root, ctx.base, memo) : undefined;
    const baseIdOf = (file: string) => (present.has(file) ? blobIds?.get(file) : undefined);
    const policiesAtBase = ctx.base ? policyTextsAtBase(ctx.root, ctx.base, folders, baseIdOf, limitsOf(ctx.config).maxBytes) : undefined;
    const policies = new Map(folders.map((folder) => [folder, approvalPolicyAt(ctx.root, ctx.base, folder, policiesAtBase)]));
    const atBase = ctx.base ? inBatchesAtRev(ctx.root, ctx.base, files.filter((file) => {
      const id = baseIdOf(file);
      return id === undefined || workTreeText(ctx.root, file, id) === undefined;
    })) : undefined;
    files.forEach((file, i) => {
      ctx.onProgress?.({ check: "ledger", done: i, total: files.length });
      const bytes = readFileSync(join(ctx.root, file));
      const text = bytes.toString("utf8");
      // Asked again of the bytes read now: a file that differs from its base blob is read from git (inBatchesAtRev
      // asks git for one its batches left out).
      const id = baseIdOf(file);
      const baseText = id !== undefined && isBlob(bytes, id) ? text : atBase?.(file);
      const v = verifyLedgerText(file, text, baseText === undefined ? undefined : { text: baseText, name: ctx.base! });
      // one at a time: a ledger of a million malformed lines has more findings than one call's arguments can take
      for (const f of v.findings) findings.push(f);
      if (!v.run) return;
      for (const f of approvalPolicyFindings(file, v.run, policies.get(workspaceOf(file))!, v.parsed.lines)) findings.push(f);
      runs.push(summarizeRun(v.run, file, v.findings.length > 0));
      const mismatch = pinnedFlowMismatch(file, v.run, flows);
      if (mismatch) findings.push(mismatch);
    });
    if (ctx.base) {
      for (const { path: file } of treeAtRevOnce(ctx.root, ctx.base, memo).filter((e) => isLedgerFile(e.path))) {
        if (present.has(file) || (ctx.changedFiles && !ctx.changedFiles.has(file)) || !inShard(file, ctx.shard)) continue;
        findings.push(R.historyRewritten.at(file, WHOLE_FILE, file.replace(/^.*\//, "").replace(/\.jsonl$/, ""), ctx.base, "the ledger was deleted"));
      }
    }
    const policyFiles = selectFiles(ctx, isPolicyFile);
    for (const file of policyFiles) append(findings, checkPolicy(ctx.root, file));
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
