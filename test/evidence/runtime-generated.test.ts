import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateBundle } from "../../core/evidence/evaluate";
import type { EvidenceBundle } from "../../core/evidence/schema";
import { sealBundle } from "../../core/evidence/seal";
import { FIXTURES } from "./fixtures";

/** Bundles the format's own runtime wrote for scenarios the shared samples lack (see runtime-generated/SOURCE.md). */
const DIR = join(FIXTURES, "runtime-generated");
const text = (name: string) => readFileSync(join(DIR, `${name}.json`), "utf8");
const evaluate = (name: string) => evaluateBundle(`${name}.json`, text(name));
/** A bundle changed by `edit` and re-sealed (hashes, summaries recomputed), as the runtime would print it. */
const resealed = (name: string, edit: (b: EvidenceBundle) => void) => {
  const b = JSON.parse(text(name)) as EvidenceBundle;
  edit(b);
  return JSON.stringify(sealBundle(b), null, 2);
};
const positioned = (name: string, rule: string, source = text(name)) =>
  evaluateBundle(`${name}.json`, source)
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.line, f.column, f.message]);

describe("runtime-generated bundles: integrity", () => {
  it("a read-only tool's tool_call_completed has no ledger row to match, and needs none", () => {
    // side-effects-success calls search.docs (events 7) and code.lint (event 17), both sideEffect 'none': the
    // runtime ledgers only managed side effects, yet writes the response as payload_ref with an idempotency_key.
    expect(positioned("side-effects-success", "evidence/tool-response-mismatch")).toEqual([]);
    expect(positioned("tool-failed-recovered", "evidence/tool-response-mismatch")).toEqual([]);
  });

  it("a completion whose idempotency_key names no ledger row and no request of its step is still a mismatch", () => {
    const forged = resealed("side-effects-success", (b) => {
      const payload = b.events[6]!.payload as Record<string, unknown>;
      payload.idempotency_key = String(payload.idempotency_key).replace(/:[0-9a-f]{64}$/, `:${"0".repeat(64)}`);
    });
    expect(positioned("side-effects-success", "evidence/tool-response-mismatch", forged)).toEqual([
      [174, 18, "event 7 (tool_call_completed): names neither a tool-ledger row nor an earlier tool_call_requested of its step by its idempotency_key"],
    ]);
  });
});
