// Names from a pull request's files used as keys (a bundle's cost categories, an approval's status):
// `__proto__`, `constructor` and `toString` are keys like any other, never Object.prototype's members.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateBundle, evaluateBundleFile } from "../../core/evidence/evaluate";
import { decisionOf } from "../../core/evidence/governance";
import { rehashBundle } from "../../core/evidence/seal";
import { DEFAULT_LIMITS } from "../../core/kernel/limits";
import { REPO } from "../helpers/cli";

describe("keys named like Object.prototype's members", () => {
  it("an approval decided with status `constructor` or `__proto__` is that word, not a built-in function or object", () => {
    expect(["constructor", "__proto__", "toString", "approve"].map((status) => decisionOf({ status }).decision)).toEqual(["CONSTRUCTOR", "__PROTO__", "TOSTRING", "APPROVED"]);
  });

  it("evidence/summary-mismatch: a cost summary naming a `constructor` category the records lack shows the computed value as absent, whole and streamed", () => {
    const bundle = JSON.parse(readFileSync(join(REPO, "test/fixtures/evidence/tool-and-model-cost.json"), "utf8"));
    bundle.cost_summary.by_category.constructor = 1;
    const text = JSON.stringify(rehashBundle(bundle), null, 2);
    const path = join(mkdtempSync(join(tmpdir(), "flowgate-proto-")), "b.json");
    writeFileSync(path, text);
    for (const evaluated of [evaluateBundle("b.json", text), evaluateBundleFile(path, "b.json", DEFAULT_LIMITS, {}, 0)]) {
      expect(evaluated.findings.filter((f) => f.rule === "evidence/summary-mismatch").map((f) => f.message)).toEqual([
        'cost_summary.by_category["constructor"] says 1 but the records add up to absent',
      ]);
    }
  });
});
