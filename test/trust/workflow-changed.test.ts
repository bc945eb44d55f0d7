import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { runAction } from "../action/harness";
import { runWithDecision } from "../action/ledger-fixture";
import { errorRules, pullRequest, put, review } from "./pr";

// On `pull_request` GitHub runs the workflow file as the pull request has it. A change that keeps the Flowgate step
// but rewrites its `with:` (approvals: none, a working-directory without code, `shard: 1/50`) would be judged by the
// loosened gate and pass: the workflow running the gate is its configuration too.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const WORKFLOW = ".github/workflows/flowgate.yml";
const workflow = (approvals: string) =>
  `name: Flowgate\non: pull_request\npermissions:\n  contents: read\njobs:\n  flowgate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n        with:\n          fetch-depth: 0\n      - uses: flowgate-dev/flowgate@v0\n        with:\n          approvals: ${approvals}\n`;

/** The built Action as GitHub runs it from the workflow file named `ref` (GITHUB_WORKFLOW_REF), with the inputs that file now gives. */
function gateIn(pr: Awaited<ReturnType<typeof pullRequest>>, inputs: Record<string, string>, state: Parameters<FakeGitHub["reset"]>[0] = {}, ref = `flowgate-dev/agents/${WORKFLOW}@refs/pull/7/merge`) {
  api.reset({ files: pr.files, ...state });
  return runAction({ workspace: pr.dir, event: pr.event, api: api.url, inputs: { comment: "never", ...inputs }, env: { GITHUB_WORKFLOW_REF: ref } });
}

describe("gate/config-changed: the change edits the workflow that runs the gate (built Action)", () => {
  it("gate/config-changed: `approvals: github-reviews` turned to `none` beside a forged approval in a ledger", async () => {
    const pr = await pullRequest(
      async (dir) => {
        put(dir, WORKFLOW, workflow("none"));
        await runWithDecision(dir, "reviewer1");
      },
      (dir) => put(dir, WORKFLOW, workflow("github-reviews")),
    );
    const r = await gateIn(pr, { approvals: "none" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/config-changed"]);
    expect(r.commands.find((c) => c.startsWith("::error title=gate/config-changed"))).toContain(`file=${WORKFLOW},line=1,`);
  });

  it("gate/config-changed: the same from a working-directory below the top (the finding names the workflow from the top)", async () => {
    const pr = await pullRequest((dir) => put(dir, WORKFLOW, workflow("none")), (dir) => put(dir, WORKFLOW, workflow("github-reviews")));
    const r = await gateIn(pr, { "working-directory": "agent" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/config-changed"]);
    expect(r.commands.find((c) => c.startsWith("::error title=gate/config-changed"))).toContain(`file=${WORKFLOW},line=1,`);
  });

  it("an approving review on the head commit by another writer clears it (exit 0)", async () => {
    const pr = await pullRequest((dir) => put(dir, WORKFLOW, workflow("none")), (dir) => put(dir, WORKFLOW, workflow("github-reviews")));
    const r = await gateIn(pr, {}, { reviews: [review("maintainer1", pr.head)], permissions: { maintainer1: "write" } });
    expect(r.code).toBe(0);
  });

  it("a change leaving the workflow alone, or editing another workflow, is clean (exit 0)", async () => {
    const pr = await pullRequest(
      (dir) => {
        put(dir, "README.md", "notes\n");
        put(dir, ".github/workflows/docs.yml", "name: Docs\non: push\njobs: {}\n");
      },
      (dir) => put(dir, WORKFLOW, workflow("github-reviews")),
    );
    const r = await gateIn(pr, { approvals: "github-reviews" });
    expect(r.code).toBe(0);
    expect(errorRules(r)).toEqual([]);
  });
});
