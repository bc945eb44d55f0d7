import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { runGate } from "../../core/gate";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { eventHash, type LedgerEvent, verifyLedger, verifyLedgerText } from "../../core/ledger";
import { runIdOfPath } from "../../core/ledger/verify";
import { verifyLedgerFile } from "../../core/ledger/verify-file";
import { ledgerCheck, ledgerMarkdown } from "../../core/ledger/check";
import { advanceStep, approve, attachEvidence, requestApproval, startRun } from "../../core/ledger";
import { renderMarkdown } from "../../core/index";
import { workspace, WRITES_ON } from "./helpers";
import { withGitCommands } from "../helpers/cli";

const R = "flow_release_notes";
let root: string;
let runId: string;
let file: string;
let text: string;
let lines: string[];

/** A finished release-notes run: 7 events (start, evidence, done, request, approve, done... ). */
beforeAll(async () => {
  root = workspace();
  const ctx = { root, actor: "alice@example.com", env: WRITES_ON };
  const started = await startRun({ ...ctx, flowId: R, flowVersion: "0.3.0" });
  if (!started.ok) throw new Error(started.message);
  runId = started.run.run_id;
  await attachEvidence({ ...ctx, runId, stepId: `${R}#1`, pointerKind: "artifact", ref: "changes.md" });
  await advanceStep({ ...ctx, runId, stepId: `${R}#1`, toStatus: "done" });
  const req = await requestApproval({ ...ctx, runId, stepId: `${R}#2`, reason: "Review the draft" });
  if (!req.ok) throw new Error(req.message);
  await approve({ ...ctx, actor: "bob@example.com", runId, approvalId: req.run.approvals[0]!.approval_id });
  await advanceStep({ ...ctx, runId, stepId: `${R}#2`, toStatus: "done" });
  file = `.flowgate/runs/${runId}.jsonl`;
  text = readFileSync(join(root, file), "utf8");
  lines = text.trimEnd().split("\n");
});

const shown = (f: { rule: string; line: number; column: number; endColumn: number; message: string }) => `${f.rule}@${f.line}: ${f.message}`;
/**
 * Both paths on the same text: verifyLedgerText (the gate's, whole text) and verifyLedgerFile (`run verify`'s,
 * the file read in pieces, bounded memory) must report the same findings at the same positions, in order.
 */
function bothPaths(t: string, base?: { text: string; name: string }): string[] {
  const memory = verifyLedgerText(file, t, base).findings;
  const path = join(root, "both-paths.jsonl");
  writeFileSync(path, t);
  const streamed = verifyLedgerFile(path, file, runIdOfPath(file)!, base).findings;
  const at = (f: { line: number; column: number; endLine: number; endColumn: number }) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
  expect(streamed.map((f) => `${shown(f)} ${at(f)}`)).toEqual(memory.map((f) => `${shown(f)} ${at(f)}`));
  return memory.map(shown);
}
const verify = (t: string) => bothPaths(t);
const join_ = (ls: string[]) => ls.join("\n") + "\n";
const event = (i: number) => JSON.parse(lines[i]!) as LedgerEvent;
const seal = (e: LedgerEvent) => JSON.stringify({ ...e, hash: eventHash(e) });

describe("tamper detection: each kind reported with its seq", () => {
  test("the untouched ledger verifies clean and folds to a done run", () => {
    expect(lines).toHaveLength(6);
    expect(verify(text)).toEqual([]);
    expect(verifyLedgerText(file, text).run?.status).toBe("done");
  });

  test("bounded state: a step's thousand evidence pointers are verified, the folded run keeps only the latest", async () => {
    const ws = workspace();
    const ctx = { root: ws, actor: "alice@example.com", env: WRITES_ON };
    const started = await startRun({ ...ctx, flowId: R, flowVersion: "0.3.0" });
    if (!started.ok) throw new Error(started.message);
    const id = started.run.run_id;
    for (let i = 0; i < 1000; i++) await attachEvidence({ ...ctx, runId: id, stepId: `${R}#1`, pointerKind: "artifact", ref: `notes-${i}.md` });
    await advanceStep({ ...ctx, runId: id, stepId: `${R}#1`, toStatus: "done" });
    const path = join(ws, `.flowgate/runs/${id}.jsonl`);
    const streamed = verifyLedgerFile(path, `.flowgate/runs/${id}.jsonl`, id);
    expect(streamed.findings).toEqual([]);
    expect(streamed.events).toBe(1002);
    const step = streamed.run!.steps.find((s) => s.step_id === `${R}#1`)!;
    expect(step).toMatchObject({ status: "done", verified: true, evidence_ref: "notes-999.md" });
    expect(step.evidence.map((e) => e.ref)).toEqual(["notes-999.md"]);
    // The whole-text path keeps the history; its findings are the same.
    const whole = verifyLedgerText(`.flowgate/runs/${id}.jsonl`, readFileSync(path, "utf8"));
    expect(whole.findings).toEqual([]);
    expect(whole.run!.steps.find((s) => s.step_id === `${R}#1`)!.evidence).toHaveLength(1000);
  });

  test("edit: a changed field no longer matches the hash", () => {
    const edited = [...lines];
    edited[1] = edited[1]!.replace("changes.md", "other.md");
    expect(verify(join_(edited))).toEqual(["ledger/event-edited@2: event seq 2 was edited after it was written: its hash does not match its content"]);
  });

  test("edit with a recomputed hash: the next event's prev no longer links", () => {
    const edited = [...lines];
    const e = event(1) as Extract<LedgerEvent, { type: "evidence_attached" }>;
    edited[1] = seal({ ...e, payload: { ...e.payload, ref: "other.md" } });
    expect(verify(join_(edited))).toEqual(["ledger/chain-broken@3: event seq 3 does not link to the event before it (prev ≠ previous hash): an earlier event was edited, deleted or inserted"]);
  });

  test("delete: a gap in seq names the deleted event", () => {
    const deleted = lines.filter((_, i) => i !== 2);
    expect(verify(join_(deleted))).toContain("ledger/event-sequence@3: event seq 4 follows seq 2: event seq 3 was deleted");
  });

  test("reorder: two swapped events", () => {
    const swapped = [lines[0]!, lines[2]!, lines[1]!, ...lines.slice(3)];
    const found = verify(join_(swapped));
    expect(found[0]).toBe("ledger/event-sequence@2: event seq 3 follows seq 1: event seq 2 was deleted");
    expect(found[1]).toBe("ledger/event-sequence@3: event seq 2 appears where seq 4 belongs: events were reordered or inserted");
  });

  test("insert: a forged, correctly hashed event in the middle", () => {
    const forged = seal({ ...event(2), seq: 3, at: "2026-11-22T12:00:00.000Z", actor: "mallory@example.com", prev: event(1).hash } as LedgerEvent);
    const inserted = [...lines.slice(0, 2), forged, ...lines.slice(2)];
    expect(verify(join_(inserted))).toContain("ledger/event-sequence@4: event seq 3 appears where seq 4 belongs: events were reordered or inserted");
  });

  test("truncate: a cut line in the middle is malformed; a cut last line is a torn tail", () => {
    const cut = [...lines];
    cut[3] = cut[3]!.slice(0, 40);
    expect(verify(join_(cut))[0]).toMatch(/^ledger\/malformed-line@4: line 4 is not a well-formed ledger event: not JSON/);
    expect(verify(text.slice(0, -30))).toEqual([`ledger/torn-tail@6: the last line of run ${runId} is torn (${Buffer.byteLength(lines[5]!) - 29} bytes without a newline): an append did not finish; run \`flowgate run repair ${runId}\` to move it aside`]);
  });

  test("ledger/malformed-line: a key named twice, the hash sealing JSON.parse's last copy (a reader keeping the first sees another approver)", () => {
    const decided = event(4);
    expect(decided.type).toBe("approval_decided");
    const sealed = seal({ ...decided, actor: "mallory@example.com" } as LedgerEvent);
    const twice = lines.slice(0, 5); // the run as it stood after the decision
    twice[4] = sealed.replace('"actor":', `"actor":${JSON.stringify(decided.actor)},"actor":`);
    expect(JSON.parse(twice[4]!).actor).toBe("mallory@example.com");
    expect(verify(join_(twice))[0]).toBe('ledger/malformed-line@5: line 5 is not a well-formed ledger event: "actor" is named twice (JSON.parse keeps the last copy, other readers the first)');
    // Nested, spelled with an escape, and spaced as another writer would: still one reading only.
    twice[4] = sealed.replace('"decision":"approve"', '"decision" : "reject","\\u0064ecision":"approve"');
    expect(JSON.parse(twice[4]!).payload.decision).toBe("approve");
    expect(verify(join_(twice))[0]).toMatch(/^ledger\/malformed-line@5: line 5 is not a well-formed ledger event: "decision" is named twice/);
    // The same event spaced out by another writer, each key once, is an event (its hash is of the content, not the bytes).
    twice[4] = JSON.stringify(JSON.parse(sealed), null, 1).replace(/\n/g, "");
    expect(verify(join_(twice))).toEqual([]);
  });

  test("ledger/malformed-line: a lone surrogate escaped in a string (JSON, but no hash can be computed) is a finding, not a crash (found by fuzzing)", () => {
    const broken = [...lines];
    broken[4] = broken[4]!.replace('"bob@example.com"', '"bob\\ud800@example.com"');
    expect(verify(join_(broken))[0]).toBe("ledger/malformed-line@5: line 5 is not a well-formed ledger event: a string holds a lone surrogate (an escape such as \\ud800 without its pair): the event cannot be hashed");
    // a pair is a character: the event is read (and its hash, of other content, no longer matches)
    broken[4] = lines[4]!.replace('"bob@example.com"', '"bob\\ud83d\\ude00@example.com"');
    expect(verify(join_(broken))[0]).toBe("ledger/event-edited@5: event seq 5 was edited after it was written: its hash does not match its content");
  });

  test("ledger/illegal-transition: placed at the line of the event refused, when another line repeats its seq (found by fuzzing)", () => {
    // line 1 broken: the ledger's first event is seq 3, whose seq the line at 5 repeats
    const shuffled = [lines[0]!.slice(0, 50), lines[2]!, lines[1]!, lines[2]!];
    const found = verify(join_(shuffled));
    expect(found.filter((f) => f.startsWith("ledger/illegal-transition"))).toEqual([`ledger/illegal-transition@2: event seq 3 (step_advanced) would have been refused with BAD_REQUEST: the first event is step_advanced, not run_started`]);
  });

  test("ledger/history-rewritten: whole events cut from the end are caught against the base (prefix rule)", () => {
    const short = join_(lines.slice(0, 4));
    expect(verify(short)).toEqual([]);
    const found = bothPaths(short, { text, name: "main" });
    expect(found).toEqual([`ledger/history-rewritten@4: run ${runId} rewrites history merged at main: 2 event line(s) from line 5 (seq 5) on were removed (truncated)`]);
  });

  test("ledger/history-rewritten is clean when the ledger extends what the base holds", () => {
    expect(bothPaths(text, { text: join_(lines.slice(0, 4)), name: "main" })).toEqual([]);
  });

  test("a ledger equal to its base (torn tail and malformed line included) has only its own findings against it", () => {
    const cut = [...lines];
    cut[2] = cut[2]!.slice(0, 40);
    for (const t of [text, text.slice(0, -30), join_(cut)]) expect(bothPaths(t, { text: t, name: "main" })).toEqual(verify(t));
  });

  test("replay: a hand-written, correctly chained done without verification is an illegal transition", () => {
    const forged = [...lines.slice(0, 2)];
    const start = event(0);
    const done = { seq: 2, type: "step_advanced", at: start.at, actor: "alice@example.com", payload: { step_id: `${R}#1`, to_status: "done", skip_reason: null, note: null }, prev: start.hash } as LedgerEvent;
    const found = verify(join_([lines[0]!, seal(done)]));
    expect(found).toEqual([`ledger/illegal-transition@2: event seq 2 (step_advanced) would have been refused with FLOW_VERIFICATION_UNSATISFIED: step ${R}#1 requires evidence and is not verified; it needs verified evidence before done`]);
    expect(forged).toHaveLength(2);
  });

  test("replay: a self-approval written by hand is caught", () => {
    const decided = event(4) as Extract<LedgerEvent, { type: "approval_decided" }>;
    const self = seal({ ...decided, actor: "alice@example.com" });
    const found = verify(join_([...lines.slice(0, 4), self]));
    expect(found).toEqual([`ledger/illegal-transition@5: event seq 5 (approval_decided) would have been refused with FLOW_SELF_APPROVAL_DENIED: alice@example.com requested approval ${decided.payload.approval_id} and cannot decide it`]);
  });

  test("a ledger renamed to another run's id is reported", () => {
    const found = verifyLedgerText(".flowgate/runs/run_other.jsonl", text).findings.map((f) => f.rule);
    expect(found).toEqual(["ledger/run-id-mismatch"]);
  });
});

describe("flowgate check: the ledger check with --base", () => {
  const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

  test("extending merged history passes; rewriting or deleting it fails; the markdown shows a diagram per run", async () => {
    const repo = workspace();
    const ctx = { root: repo, actor: "alice@example.com", env: WRITES_ON };
    const started = await startRun({ ...ctx, flowId: R, flowVersion: "0.3.0" });
    if (!started.ok) throw new Error(started.message);
    const id = started.run.run_id;
    git(repo, "init", "-q");
    git(repo, "-c", "user.email=a@b", "-c", "user.name=a", "add", "-A");
    git(repo, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "-m", "base");
    await advanceStep({ ...ctx, runId: id, stepId: `${R}#1`, toStatus: "in_progress" });
    const gate = () => runGate([ledgerCheck], { root: repo, config: DEFAULT_CONFIG, base: "HEAD" });
    let result = await gate();
    expect(result.report.findings).toEqual([]);
    expect(result.report.details.runs).toMatchObject([{ run_id: id, status: "in_progress", steps: [{ status: "in_progress" }, { status: "pending" }] }]);
    const md = renderMarkdown(result.report);
    expect(md).toContain('s0["1. in progress"]:::in_progress');
    expect(md).toContain('s1["2. pending · needs review"]:::pending');
    expect(ledgerMarkdown({ ...result.report, details: {} })).toBeUndefined();

    const path = join(repo, `.flowgate/runs/${id}.jsonl`);
    const current = readFileSync(path, "utf8");
    writeFileSync(path, current.replace("alice@example.com", "eve@example.com"));
    result = await gate();
    expect(result.report.findings.map((f) => [f.rule, f.line])).toEqual([
      ["ledger/event-edited", 1],
      ["ledger/history-rewritten", 1],
    ]);
    rmSync(path);
    result = await gate();
    expect(result.report.findings.map((f) => [f.rule, f.message])).toEqual([["ledger/history-rewritten", `run ${id} rewrites history merged at HEAD: the ledger was deleted`]]);
    expect(verifyLedger({ root: repo, base: "HEAD" }).findings.map((f) => f.rule)).toEqual(["ledger/history-rewritten"]);
    writeFileSync(path, current);
    renameSync(join(repo, ".flowgate/runs"), join(repo, ".flowgate/r"));
    writeFileSync(join(repo, ".flowgate/policy.json"), '{"flow_run_writes_enabled": 1}');
    result = await runGate([ledgerCheck], { root: repo, config: DEFAULT_CONFIG });
    expect(result.report.findings.map((f) => [f.rule, f.file])).toEqual([["ledger/policy-invalid", ".flowgate/policy.json"]]);
  });

  test("a ledger and a policy file whose bytes are their base blobs are not read from git; ones that differ are, and are judged against the base", async () => {
    const repo = workspace();
    const fixture = readFileSync(join(__dirname, "..", "fixtures", "ledger", "release-notes.jsonl"), "utf8");
    const runFile = `.flowgate/runs/${JSON.parse(fixture.split("\n")[0]!).payload.run_id}.jsonl`;
    mkdirSync(join(repo, ".flowgate/runs"), { recursive: true });
    writeFileSync(join(repo, runFile), fixture);
    writeFileSync(join(repo, ".flowgate/policy.json"), JSON.stringify({ approvals: { required_approvals: 2 } }));
    git(repo, "init", "-q");
    git(repo, "-c", "user.email=a@b", "-c", "user.name=a", "add", "-A");
    git(repo, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "-m", "base");
    // The git commands the check starts (but `rev-parse --show-prefix`, asked once per root and process).
    const gate = async () => {
      const { value, commands } = await withGitCommands(() => runGate([ledgerCheck], { root: repo, config: DEFAULT_CONFIG, base: "HEAD" }));
      return { found: value.report.findings.map((f) => [f.rule, f.file, f.line]), git: commands.filter((command) => command !== "rev-parse") };
    };
    const approvalAgainstPolicy = ["ledger/approval-against-policy", runFile, 5];
    expect(await gate()).toEqual({ found: [approvalAgainstPolicy], git: ["ls-tree"] });
    // The policy loosened on disk: the base's still judges, read from git.
    writeFileSync(join(repo, ".flowgate/policy.json"), JSON.stringify({ approvals: { required_approvals: 1 } }));
    expect(await gate()).toEqual({ found: [approvalAgainstPolicy], git: ["ls-tree", "cat-file"] });
    // The ledger's last event cut: judged against its base text, read from git.
    writeFileSync(join(repo, runFile), fixture.split("\n").slice(0, 5).join("\n") + "\n");
    expect(await gate()).toEqual({ found: [approvalAgainstPolicy, ["ledger/history-rewritten", runFile, 5]], git: ["ls-tree", "cat-file", "cat-file"] });
  });
});
