import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { loadConfig } from "../../core/config/load";
import { GoldenDocuments } from "../../extension/commands/goldenCommands";
import { bundleStatus, goldenOf, normalizedText, statusDescription } from "../../extension/evidence";
import type { FolderState } from "../../extension/workspace";

import { workspaceOf } from "./helpers";

vi.mock("vscode", () => import("./fake-vscode"));

const ROOT = join(import.meta.dirname, "../../examples");
const { config } = loadConfig(ROOT);
const status = (file: string) => bundleStatus(ROOT, file, readFileSync(join(ROOT, file), "utf8"), config);

describe("evidence bundles in the editor (examples/)", () => {
  test("verdict and golden status per bundle, as the Evidence view describes them", () => {
    expect(statusDescription(status("evidence/answer-run.evidence.json"))).toBe("✓ pass · completed · golden ✓");
    expect(statusDescription(status("evidence/issue-run.evidence.json"))).toBe("✓ pass · completed · golden ✗ regression");
    expect(statusDescription(status("evidence/tampered-run.evidence.json"))).toMatch(/^✗ fail \(\d+ errors?\) · completed$/);
  });

  test("a golden regression is a finding on the bundle file, next to its evaluation findings", () => {
    const s = status("evidence/issue-run.evidence.json");
    expect(s.golden!.result!.passed).toBe(false);
    expect(s.findings.filter((f) => f.rule === "evidence/golden-regression").length).toBeGreaterThan(0);
    expect(s.findings.every((f) => f.file === "evidence/issue-run.evidence.json")).toBe(true);
  });

  test("pairing follows goldens: in .flowgate.yml; an unpaired bundle has none", () => {
    expect(goldenOf("evidence/issue-run.evidence.json", config)!.golden).toBe("goldens/issue-run.golden.json");
    expect(goldenOf("evidence/refund-run.evidence.json", config)).toBeUndefined();
  });

  test("the diff shows both sides normalized: no raw run ids or timestamps, keys sorted", () => {
    const text = normalizedText(ROOT, "evidence/answer-run.evidence.json", goldenOf("evidence/answer-run.evidence.json", config)!.options, config);
    expect(text).not.toMatch(/run_[0-9a-f]{8,}/);
    expect(text).toContain('"run_id": "<run#1>"');
    const keys = Object.keys(JSON.parse(text));
    expect(keys).toEqual([...keys].sort());
  });

  test("virtual documents: golden on the left, current on the right, named so the bundle schema does not apply", () => {
    const left = GoldenDocuments.uri("golden", "evidence/answer-run.evidence.json", "goldens/answer-run.golden.json");
    const right = GoldenDocuments.uri("current", "evidence/answer-run.evidence.json", "goldens/answer-run.golden.json");
    expect([left.path, right.path]).toEqual(["/golden/goldens/answer-run.normalized.json", "/current/evidence/answer-run.normalized.json"]);
    const state = { root: ROOT, config };
    const docs = new GoldenDocuments(workspaceOf([state as unknown as FolderState]));
    expect(docs.provideTextDocumentContent(left as never)).toBe(normalizedText(ROOT, "goldens/answer-run.golden.json", goldenOf("evidence/answer-run.evidence.json", config)!.options, config));
    // answer-run matches its golden: after normalization the two sides are the same text where it counts.
    expect(JSON.parse(docs.provideTextDocumentContent(right as never)).final_state).toEqual(JSON.parse(docs.provideTextDocumentContent(left as never)).final_state);
  });
});
