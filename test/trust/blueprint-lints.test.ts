import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorRules, gate, pullRequest, review } from "./pr";

// A Blueprint's own `lints` maps (metadata.lints, agents[].lints) may `allow` a bp_doctor warning away, as upstream
// lets its authors. Under a base that fails on warnings, an `allow` the change writes is a suppression like a
// `flowgate: ignore-boundary` comment: the change cannot excuse itself, the allows merged earlier stand.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const FILE = "blueprints/code-review.bp.yaml";
const edit = (dir: string, change: (text: string) => string) => writeFileSync(join(dir, FILE), change(readFileSync(join(dir, FILE), "utf8")));
/** The scout agent loses its output contract: bp_doctor's output-contract-missing warning. */
const noContract = (t: string) => t.replace("      extras: { expected_output: { kind: inline_markdown } }\n", "");
const allowing = (kind: string, where: "metadata" | "agent") => (t: string) =>
  where === "metadata"
    ? t.replace("lints: { worker-binding-missing: allow }", `lints: { worker-binding-missing: allow, ${kind}: allow }`)
    : t.replace("  - name: scout\n", `  - name: scout\n    lints: { ${kind}: allow }\n`);
const failOnWarning = (dir: string) => appendFileSync(join(dir, ".flowgate.yml"), "fail-on: warning\n");

describe("gate/suppression-added: a Blueprint lints `allow` the change writes (built Action)", () => {
  it("the honest change fails on its warning (exit 1)", async () => {
    const pr = await pullRequest((dir) => edit(dir, noContract), failOnWarning);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::warning title=blueprint/")).map((c) => /title=([^,]+)/.exec(c)![1])).toEqual(["blueprint/output-contract-missing"]);
  });

  it.each(["metadata", "agent"] as const)("gate/suppression-added: the change allows output-contract-missing away in the %s lints", async (where) => {
    const pr = await pullRequest((dir) => edit(dir, (t) => allowing("output-contract-missing", where)(noContract(t))), failOnWarning);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/suppression-added"]);
    const marker = where === "metadata" ? "metadata.lints: allow" : "agents[scout].lints: allow";
    // At the lint it hides: the scout's `profile` (line 60, or 61 below the agent's own `lints:` line).
    const line = where === "metadata" ? 60 : 61;
    expect(r.commands.find((c) => c.startsWith("::error title=gate/suppression-added"))).toContain(`file=${FILE},line=${line},endLine=${line},col=5,endColumn=5::\`${marker}\` is added by this change and hides blueprint/output-contract-missing on line ${line}`);
  });

  it("an approving review on the head commit by another writer clears it (exit 0)", async () => {
    const pr = await pullRequest((dir) => edit(dir, (t) => allowing("output-contract-missing", "metadata")(noContract(t))), failOnWarning);
    const r = await gate(api, pr, {}, { reviews: [review("maintainer1", pr.head)] });
    expect(r.code).toBe(0);
  });

  it("an allow the base already has stands: a change editing the Blueprint elsewhere is clean (exit 0)", async () => {
    const pr = await pullRequest(
      (dir) => edit(dir, (t) => t.replace("Summarise the change and list the files it touches.", "Summarise the change; list the files it touches.")),
      (dir) => {
        failOnWarning(dir);
        edit(dir, (t) => allowing("output-contract-missing", "metadata")(noContract(t)));
      },
    );
    const r = await gate(api, pr);
    expect(r.code).toBe(0);
    expect(errorRules(r)).toEqual([]);
  });
});
