import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { ensureNode24 } from "../../scripts/node24.mjs";
import { REPO, gitRepoFrom } from "../helpers/cli";
import { FakeGitHub } from "./fake-github";
import { runAction } from "./harness";

let node24: string;
const api = new FakeGitHub();
beforeAll(async () => {
  node24 = ensureNode24();
  await api.start();
  return () => api.stop();
});

describe("the bundle on Node 24 (action.yml's runs.using)", () => {
  it("runs a pull request end to end: annotations, outputs, files API and the comment", async () => {
    expect(execFileSync(node24, ["--version"], { encoding: "utf8" })).toMatch(/^v24\./);
    const dir = gitRepoFrom(join(REPO, "examples"));
    const sha = execFileSync("git", ["rev-parse", "HEAD"], { cwd: dir, encoding: "utf8" }).trim();
    api.reset({ files: [{ filename: "flows/deploy-hotfix.flow.yaml", status: "modified", patch: "@@ -6 +6 @@\n-  version: \"0.9.0\"\n+  version: \"1.0\"" }] });
    const r = await runAction({ workspace: dir, node: node24, event: { name: "pull_request", fixture: "pull_request.json", baseSha: sha, headSha: sha }, api: api.url });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.commands[0]).toBe("::error title=flow/invalid-version,file=flows/deploy-hotfix.flow.yaml,line=6,endLine=6,col=12,endColumn=16::`version` \"1.0\" is not strict X.Y.Z semver");
    expect(r.outputs).toMatchObject({ passed: "false", errors: "9", warnings: "1" });
    expect(api.log()).toEqual(["GET /repos/flowgate-dev/agents/pulls/7/files?per_page=100", "GET /repos/flowgate-dev/agents/issues/7/comments?per_page=100", "POST /repos/flowgate-dev/agents/issues/7/comments"]);
  });
});
