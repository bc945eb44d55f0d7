import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeFile, kindsOf } from "../../core/analyze";
import { runGate } from "../../core/gate";
import { ALL_CHECKS } from "../../core/features";
import { loadConfig } from "../../core/config/load";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { walkFiles } from "../../core/kernel/files";
import { compareFindings, type Finding } from "../../core/kernel/findings";
import { copyOf, EXAMPLES, workspace } from "./client";

/** Findings that need more than one file (the workspace gate's alone): a flow version defined twice, ledgers against their flows and base, golden globs that match nothing, run policies. */
const CROSS_FILE = new Set(["flow/duplicate-flow-version", "ledger/pinned-flow-mismatch", "ledger/history-rewritten", "ledger/policy-invalid"]);
const key = (f: Finding) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.message}`;

async function perFile(root: string) {
  const { config } = loadConfig(root);
  const out: Finding[] = [];
  for (const rel of walkFiles(root, config.exclude)) out.push(...((await analyzeFile({ root, rel, text: readFileSync(join(root, rel), "utf8") }, { config })) ?? []));
  return out.sort(compareFindings).map(key);
}

describe("one per-file analysis for flowgate check and the editors (core/analyze.ts)", () => {
  test("examples/: every file's analyzeFile findings are exactly flowgate check's per-file findings (53 findings, same positions and messages)", async () => {
    const root = copyOf(EXAMPLES);
    const gate = await runGate(ALL_CHECKS, { root, config: loadConfig(root).config });
    const checked = gate.report.findings.filter((f) => !CROSS_FILE.has(f.rule) && f.file !== ".flowgate.yml").map(key);
    expect(checked.length).toBe(53);
    expect(await perFile(root)).toEqual(checked);
  });

  test("ledger/run-id-mismatch: a .flowgate/runs/notes.jsonl is a ledger to the editor as it is to CI (one selector)", async () => {
    const root = copyOf(EXAMPLES);
    const runs = join(root, ".flowgate/runs");
    const ledger = readFileSync(join(runs, "run_4da1cff0f1156d53.jsonl"), "utf8");
    mkdirSync(runs, { recursive: true });
    writeFileSync(join(runs, "notes.jsonl"), ledger);
    expect(kindsOf(".flowgate/runs/notes.jsonl", DEFAULT_CONFIG)).toEqual(["ledger"]);
    const editor = (await analyzeFile({ root, rel: ".flowgate/runs/notes.jsonl", text: ledger }, { config: DEFAULT_CONFIG }))!;
    const ci = (await runGate(ALL_CHECKS, { root, config: loadConfig(root).config, only: ["ledger"] })).report.findings.filter((f) => f.file === ".flowgate/runs/notes.jsonl");
    expect(editor.map((f) => f.rule)).toEqual(["ledger/run-id-mismatch"]);
    expect(editor.map(key)).toEqual(ci.map(key));
  });

  test("excluded folders are judged by no check, in the editor as in CI: node_modules, dist, configured excludes", async () => {
    const code = "import os\nos.system('x')\n";
    const config = { ...DEFAULT_CONFIG, exclude: ["legacy/**"] };
    for (const rel of ["node_modules/x/a.py", "dist/a.py", "legacy/a.py", "vendor/f.flow.yaml"]) expect(await analyzeFile({ root: "/nowhere", rel, text: code }, { config })).toBeUndefined();
    expect((await analyzeFile({ root: "/nowhere", rel: "src/a.py", text: code }, { config }))!.map((f) => f.rule)).toEqual(["scan/shell-command"]);
  });

  test("evidence/golden-missing: a bundle whose golden does not exist gets the same finding in the editor as in CI", async () => {
    const root = workspace({
      ".flowgate.yml": "goldens:\n  - evidence: evidence/a.evidence.json\n    golden: goldens/a.golden.json\n",
      "evidence/a.evidence.json": readFileSync(join(EXAMPLES, "evidence/answer-run.evidence.json"), "utf8"),
    });
    const config = loadConfig(root).config;
    const editor = (await analyzeFile({ root, rel: "evidence/a.evidence.json", text: readFileSync(join(root, "evidence/a.evidence.json"), "utf8") }, { config }))!;
    const ci = (await runGate(ALL_CHECKS, { root, config })).report.findings.filter((f) => f.file === "evidence/a.evidence.json");
    expect(editor.filter((f) => f.rule === "evidence/golden-missing").length).toBe(1);
    expect(editor.map(key).sort()).toEqual(ci.map(key).sort());
  });
});
