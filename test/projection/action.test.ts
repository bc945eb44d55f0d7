import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { runAction } from "../action/harness";
import { git, gitRepoFrom, tempDir } from "../helpers/cli";
import { OVERSEER_V1, OVERSEER_V2, render } from "./helpers";

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const FLOW = "flows/overseer.flow.json";
const RULE = ".cursor/rules/overseer.mdc";

function repo(files: Record<string, string>): string {
  const dir = tempDir("flowgate-projection-action-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return gitRepoFrom(dir);
}

describe("the built Action gates projections (dist/action.js against a fake GitHub API)", () => {
  it("a pull request that bumps a flow and leaves its projection alone gets projection/stale on the unchanged projection, in the comment and the summary", async () => {
    const dir = repo({ [FLOW]: OVERSEER_V1, [RULE]: render(OVERSEER_V1, "cursor_rule") });
    const base = git(dir, "rev-parse", "HEAD").trim();
    writeFileSync(join(dir, FLOW), OVERSEER_V2);
    git(dir, "commit", "-qam", "overseer 0.2.0");
    const head = git(dir, "rev-parse", "HEAD").trim();
    const patch = git(dir, "diff", "--unified=3", base, head, "--", FLOW).split("\n").slice(4).join("\n");
    api.reset({ files: [{ filename: FLOW, status: "modified", patch }] });
    const r = await runAction({ workspace: dir, event: { name: "pull_request", fixture: "pull_request.json", baseSha: base, headSha: head }, api: api.url });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.includes("title=projection/"))).toEqual([expect.stringMatching(/^::error title=projection\/stale,file=\.cursor\/rules\/overseer\.mdc,line=7,/)]);
    const comment = api.state.comments[0]!.body;
    for (const text of [comment, r.summary]) {
      expect(text).toContain("### Flow projections\n\n- ❌ <code>stale</code> — <code>\\.cursor/rules/overseer\\.mdc\\:7</code> <code>flow\\_overseer\\_handover@\u200b0\\.1\\.0</code> (cursor\\_rule)");
    }
  });

  it("marker text from the pull request cannot inject HTML, mentions or links into the summary: it is escaped", async () => {
    const evil = "<!-- GENERATED FROM CANONICAL FLOW flow_x@1.0.0|[x](https://evil.example)<img/src=x/onerror=alert(1)>@org/team (generator v1) -->\n";
    const dir = repo({ [FLOW]: OVERSEER_V2, [RULE]: `---\ndescription: x\n---\n\n${evil}` });
    api.reset();
    const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json", headSha: git(dir, "rev-parse", "HEAD").trim() }, api: api.url });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.includes("title=projection/")).map((c) => c.replace(/,endLine.*/, ""))).toEqual(["::error title=projection/unknown-flow,file=.cursor/rules/overseer.mdc,line=5"]);
    expect(r.summary).not.toMatch(/<img|\]\(https|@org/);
    expect(r.summary).toContain("&#60;img/src\\=x/onerror\\=alert\\(1\\)&#62;@\u200borg/team");
  });
});
