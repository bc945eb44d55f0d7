// Issue #14 item 9 in a real VS Code (code-server, the packaged .vsix): a .code-workspace of two folders,
// each with its own .flowgate.yml and ledgers. Views group rows by folder; Start Run asks which folder and
// writes that folder's ledger only. Screenshots under test-output/e2e/multi-root/.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { extensionUnderTest, ledgerEventsOf, quickPickRows, shotOnFailure, VsCode } from "./harness";

const STEP_TIMEOUT = 240_000;
const HOST_SETUP_TIMEOUT = 900_000;

let ext: ReturnType<typeof extensionUnderTest>;
beforeAll(() => void (ext = extensionUnderTest()), HOST_SETUP_TIMEOUT);
afterAll(() => ext?.cleanup());

const runFiles = (root: string) => readdirSync(join(root, ".flowgate", "runs")).filter((f) => f.endsWith(".jsonl"));

describe("multi-root workspace (issue #14 item 9)", () => {
  let code: VsCode;
  let alpha: string;
  let beta: string;
  let alphaRuns: string[];

  beforeAll(async () => {
    // alpha: the examples as they are (4 runs, 3 flows). beta: no runs yet, and its own .flowgate.yml lists one flow only.
    alpha = ext.workspaceCopy("multi-root-alpha");
    beta = ext.workspaceCopy("multi-root-beta");
    rmSync(join(beta, ".flowgate", "runs"), { recursive: true, force: true });
    writeFileSync(join(beta, ".flowgate.yml"), 'flows:\n  include: ["flows/triage-issue.flow.yaml"]\n');
    alphaRuns = runFiles(alpha);
    const file = join(mkdtempSync(join(tmpdir(), "flowgate-e2e-multi-root-")), "two.code-workspace");
    writeFileSync(file, JSON.stringify({ folders: [{ name: "alpha", path: alpha }, { name: "beta", path: beta }] }, null, 2));
    code = await VsCode.open(ext.host, { label: "multi-root", workspace: file, extensionsDir: ext.extensionsDir, trusted: true, settings: { "flowgate.actor": "e2e-multi@example.com" } });
  }, HOST_SETUP_TIMEOUT);
  afterAll(async () => code?.close());
  beforeEach((context) => shotOnFailure(context, () => code));

  it("views: a row per folder with that folder's own rows (beta's .flowgate.yml lists one flow)", { timeout: STEP_TIMEOUT }, async () => {
    await code.showContainer("Flowgate");
    const runs = code.view("Runs");
    await expect.poll(async () => (await code.treeItems(runs)).slice(0, 1), { timeout: 90_000 }).toEqual([{ label: "alpha", description: `${alphaRuns.length} runs` }]);
    // alpha is expanded: its runs, then beta's row.
    await expect.poll(async () => (await code.treeItems(runs)).at(-1), { timeout: 30_000 }).toEqual({ label: "beta", description: "0 runs" });
    expect((await code.treeItems(runs)).length).toBe(2 + alphaRuns.length);

    const flows = code.view("Flows");
    await expect
      .poll(async () => (await code.treeItems(flows)).map((i) => i.label), { timeout: 60_000 })
      .toEqual(["alpha", "Deploy a hotfix", "Draft release notes", "Triage a new issue", "beta", "Triage a new issue"]);
    await code.shot("multi-root-views");
  });

  it("Start Run from the palette asks which folder, offers that folder's flows and writes only its ledger", { timeout: STEP_TIMEOUT }, async () => {
    await code.command("Flowgate: Start Run…");
    const folders = await quickPickRows(code, { ready: (rows) => rows.length === 2, what: "the two workspace folders" });
    expect(folders.map((r) => r.label)).toEqual(["alpha", "beta"]);
    await code.pick("beta");
    // beta's own configuration: one flow, not alpha's three.
    const offered = await quickPickRows(code, { ready: (rows) => rows.some((r) => r.text.includes("Triage a new issue")), what: "beta's flow" });
    expect(offered.map((r) => r.label)).toEqual(["Triage a new issue"]);
    await code.pick("Triage a new issue");
    await code.pick("1.2.0");
    const started = code.notifications(/started run_\w+ pinned to flow_triage_issue@1\.2\.0/);
    await started.waitFor();
    const runId = /started (run_\w+)/.exec((await started.textContent())!)![1]!;

    expect(runFiles(beta)).toEqual([`${runId}.jsonl`]);
    expect(runFiles(alpha)).toEqual(alphaRuns);
    expect(ledgerEventsOf(beta, runId).map((e) => [e.type, e.actor])).toEqual([["run_started", "e2e-multi@example.com"]]);
    // The Runs view follows: beta's row counts the run, which is listed under it.
    const runs = code.view("Runs");
    await expect.poll(async () => (await code.treeItems(runs)).slice(-2), { timeout: 60_000 }).toEqual([
      { label: "beta", description: "1 run" },
      { label: "Triage a new issue", description: `in_progress · v1.2.0 · ${runId}` },
    ]);
    await code.shot("multi-root-started-in-beta");
  });
});
