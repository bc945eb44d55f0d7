import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { scanSelects, withoutCustomRules } from "../../core/analyze";
import { HeadFlows } from "../../core/flow/analyze";
import { startRun } from "../../core/ledger/index";
import { compareFindings } from "../../core/kernel/findings";
import { briefs, HOTFIX_FINDINGS } from "../helpers/findings";
import { type AnalyzerEnv, commitAll, configOf, coreAnalyzer, env, gitRepo } from "./helpers";

vi.mock("vscode", () => import("./fake-vscode"));

const EXAMPLES = join(import.meta.dirname, "../../examples");
const hotfix = readFileSync(join(EXAMPLES, "flows/deploy-hotfix.flow.yaml"), "utf8");
const triage = readFileSync(join(EXAMPLES, "flows/triage-issue.flow.yaml"), "utf8");
const doc = (rel: string, text: string, languageId = "plaintext") => ({ root: "/nowhere", rel, text, languageId });
// The per-domain analyzers became one: the core's analyzeFile (what `flowgate check` runs per file).
const analyzer = coreAnalyzer(new HeadFlows());
const liveScanSelects = (rel: string, e: AnalyzerEnv) => scanSelects(rel, e.config, e.scan);

describe("which analyzer claims a document", () => {
  test("a flow bundle gets its flow findings at exact positions", async () => {
    const found = await analyzer.analyze(doc("flows/deploy-hotfix.flow.yaml", hotfix, "yaml"), env());
    expect(briefs([...found!].sort(compareFindings))).toEqual(HOTFIX_FINDINGS);
  });

  test("a clean flow bundle is claimed with no findings (its old diagnostics are replaced by none)", async () => {
    expect(await analyzer.analyze(doc("flows/triage-issue.flow.yaml", triage), env())).toEqual([]);
  });

  test("files no domain owns are not claimed: plain JSON, markdown, a YAML that is not named as a flow", async () => {
    for (const rel of ["package.json", "README.md", "ci/workflow.yaml"]) expect(await analyzer.analyze(doc(rel, "{}"), env())).toBeUndefined();
  });

  test("Python and TypeScript are boundary-scanned in memory with exact callee ranges", async () => {
    const py = "import subprocess as sp\n\ndef go():\n    sp.run(['ls'])  # not a gateway call\n";
    expect(briefs((await analyzer.analyze(doc("agent/tools.py", py, "python"), env()))!)).toEqual(["4:5-4:11 scan/shell-command"]);
    const ts = "import { execSync } from 'node:child_process';\nexport const x = () => execSync('ls');\n";
    expect(briefs((await analyzer.analyze(doc("src/run.ts", ts, "typescript"), env()))!)).toEqual(["2:24-2:32 scan/shell-command"]);
  });
});

describe("live scan selection", () => {
  test("settings narrow it: disabled, excluded, or outside a non-empty include", () => {
    expect(liveScanSelects("agent/a.py", env())).toBe(true);
    expect(liveScanSelects("agent/a.py", env({ scan: { enabled: true, include: ["src/**"], exclude: [] } }))).toBe(false);
    expect(liveScanSelects("src/a.py", env({ scan: { enabled: true, include: ["src/**"], exclude: ["src/gen/**"] } }))).toBe(true);
    expect(liveScanSelects("src/gen/a.py", env({ scan: { enabled: true, include: ["src/**"], exclude: ["src/gen/**"] } }))).toBe(false);
  });

  test("the workspace config still applies: node_modules, top-level exclude, scan.allow, non-code files", () => {
    const config = configOf({ exclude: ["legacy/**"], scan: { allow: ["gateway/**"] } });
    expect(liveScanSelects("node_modules/x/a.js", env({}, config))).toBe(false);
    expect(liveScanSelects("legacy/a.py", env({}, config))).toBe(false);
    expect(liveScanSelects("gateway/http.py", env({}, config))).toBe(false);
    expect(liveScanSelects("notes.txt", env({}, config))).toBe(false);
    expect(liveScanSelects("agent/a.py", env({}, config))).toBe(true);
  });

  test("scan disabled: code files are not claimed", async () => {
    expect(await analyzer.analyze(doc("a.py", "import os\nos.system('x')\n", "python"), env({ scan: { enabled: false, include: [], exclude: [] } }))).toBeUndefined();
  });

  test("Restricted Mode drops custom scan rules from the workspace config, keeps the defaults", async () => {
    const config = configOf({ scan: { custom: [{ id: "internal-http", language: "python", module: "mycorp.http", category: "network", message: "use the gateway" }] } });
    const code = "import mycorp.http\nimport os\nmycorp.http.post('x')\nos.system('x')\n";
    const trusted = await analyzer.analyze(doc("a.py", code, "python"), env({}, config));
    const restricted = await analyzer.analyze(doc("a.py", code, "python"), env({ trusted: false }, withoutCustomRules(config)));
    expect(briefs(trusted!)).toEqual(["3:1-3:17 scan/custom", "4:1-4:10 scan/shell-command"]);
    expect(briefs(restricted!)).toEqual(["4:1-4:10 scan/shell-command"]);
  });
});

describe("version discipline against HEAD", () => {
  test("a step changed without a version bump is reported with bump fixes, the recommended level first", async () => {
    const root = gitRepo();
    mkdirSync(join(root, "flows"));
    writeFileSync(join(root, "flows/triage.flow.yaml"), triage);
    commitAll(root);
    const edited = triage.replace("Read the issue and collect the facts it states.", "Read the issue and list its facts.");
    const found = await coreAnalyzer(new HeadFlows()).analyze({ root, rel: "flows/triage.flow.yaml", text: edited, languageId: "yaml" }, env());
    const bump = found!.find((f) => f.rule === "flow/version-not-bumped")!;
    expect(bump.line).toBe(6);
    expect(bump.fix!.map((f) => f.title)).toEqual(["Bump flow.version to 1.2.1 (patch)", "Bump flow.version to 1.3.0 (minor)", "Bump flow.version to 2.0.0 (major)"]);
    // Restricted Mode runs no git, so there is no base to compare with.
    expect(await coreAnalyzer(new HeadFlows()).analyze({ root, rel: "flows/triage.flow.yaml", text: edited, languageId: "yaml" }, env({ trusted: false }))).toEqual([]);
  });

  test("outside a git repository there is no base and no version finding", async () => {
    const found = await coreAnalyzer(new HeadFlows()).analyze({ root: "/nonexistent-flowgate", rel: "flows/t.flow.yaml", text: triage, languageId: "yaml" }, env());
    expect(found).toEqual([]);
  });
});

describe("ledgers and evidence", () => {
  test("an edited ledger line is reported on that line", async () => {
    const root = gitRepo();
    mkdirSync(join(root, "flows"));
    writeFileSync(join(root, "flows/triage.flow.yaml"), triage);
    const started = await startRun({ root, actor: "alice@example.com", env: { FLOW_RUN_WRITES_ENABLED: "1" }, flowId: "flow_triage_issue", flowVersion: "1.2.0" });
    if (!started.ok) throw new Error(started.message);
    const rel = `.flowgate/runs/${started.run.run_id}.jsonl`;
    const text = readFileSync(join(root, rel), "utf8");
    expect(await analyzer.analyze(doc(rel, text), env())).toEqual([]);
    const tampered = text.replace('"alice@example.com"', '"mallory@example.com"');
    expect(briefs((await analyzer.analyze(doc(rel, tampered), env()))!)).toEqual([`1:1-1:${tampered.indexOf("\n") + 1} ledger/event-edited`]);
  });

  test("evidence bundles: a clean sample passes; a pending approval fails with the runtime's blockers", async () => {
    const FIX = join(import.meta.dirname, "../fixtures/evidence");
    const clean = await analyzer.analyze(doc("runs/ok.evidence.json", readFileSync(join(FIX, "golden-minimal-success.json"), "utf8")), env());
    expect(clean!.filter((f) => f.severity === "error")).toEqual([]);
    const pending = await analyzer.analyze(doc("runs/pending.evidence.json", readFileSync(join(FIX, "pending-approval.json"), "utf8")), env());
    expect(pending!.some((f) => f.severity === "error" && f.rule.startsWith("evidence/"))).toBe(true);
    expect(await analyzer.analyze(doc("runs/pending.json", "{}"), env())).toBeUndefined();
  });
});
