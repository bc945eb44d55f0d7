import { readFileSync, writeFileSync, mkdirSync, cpSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, git, gitRepoFrom, tempDir } from "../helpers/cli";
import { FakeGitHub } from "./fake-github";
import { runAction } from "./harness";

const EXAMPLES = join(REPO, "examples");

/** examples/flows alone, as flows/ of a repository: exact counts that do not move as examples/ grows. */
function flowsRepo(under = ""): string {
  const dir = tempDir("flowgate-flows-");
  cpSync(join(EXAMPLES, "flows"), join(dir, under, "flows"), { recursive: true });
  return gitRepoFrom(dir);
}
const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

function commitAll(dir: string, message: string): string {
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", message);
  return git(dir, "rev-parse", "HEAD").trim();
}

const RELEASE_NOTES = "flows/release-notes.flow.json";

/**
 * A pull request on a copy of examples/: the base is examples/ as committed; the head rewords step #1 of
 * the clean release-notes flow without bumping its version (a version-discipline error against the base).
 */
function pullRequestRepo(): { dir: string; base: string; head: string; patch: string } {
  const dir = gitRepoFrom(EXAMPLES);
  const base = git(dir, "rev-parse", "HEAD").trim();
  const path = join(dir, RELEASE_NOTES);
  const text = readFileSync(path, "utf8");
  writeFileSync(path, text.replace("group them by label.", "group them by label and by author."));
  const head = commitAll(dir, "reword release notes step 1");
  const patch = git(dir, "diff", "--unified=3", base, head, "--", RELEASE_NOTES).split("\n").slice(4).join("\n");
  return { dir, base, head, patch };
}

/** `count` files as GitHub's files API lists them, the real change among them. */
function prFiles(count: number, real: { filename: string; patch: string }[]) {
  const filler = Array.from({ length: count - real.length }, (_, i) => ({ filename: `docs/notes/note-${String(i).padStart(4, "0")}.md`, status: "added", patch: "@@ -0,0 +1 @@\n+note" }));
  return [...real.map((r) => ({ ...r, status: "modified" })), ...filler];
}

const DEPLOY_HOTFIX_ERRORS = [
  "::error title=flow/invalid-version,file=flows/deploy-hotfix.flow.yaml,line=6,endLine=6,col=12,endColumn=16::`version` \"1.0\" is not strict X.Y.Z semver",
  "::error title=flow/steps-list-mismatch,file=flows/deploy-hotfix.flow.yaml,line=10,endLine=12::flow.steps is not in ascending ordinal order; expected `flow_deploy_hotfix#1`, `flow_deploy_hotfix#2`, `flow_deploy_hotfix#3`",
  "::error title=flow/unsafe-mirror-path,file=flows/deploy-hotfix.flow.yaml,line=13,endLine=13,col=22,endColumn=44::vault_mirror_path \"../ops/deploy-hotfix.md\" contains `..`; it must stay inside the vault",
];

describe("the built Action on a push (examples/flows)", () => {
  it("annotates every planted flow problem, writes summary, outputs, JSON and SARIF, and fails with one line", async () => {
    const dir = flowsRepo();
    const sha = git(dir, "rev-parse", "HEAD").trim();
    api.reset();
    const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json", headSha: sha }, api: api.url, inputs: { sarif: "out/flowgate.sarif" } });
    expect(r.code).toBe(1);
    const annotations = r.commands.filter((c) => /^::(error|warning|notice) title=/.test(c));
    expect(annotations.slice(0, 3)).toEqual(DEPLOY_HOTFIX_ERRORS);
    expect(annotations.filter((c) => c.startsWith("::error ")).length).toBe(9);
    expect(annotations.filter((c) => c.startsWith("::warning ")).length).toBe(1);
    expect(annotations).toContain(
      "::warning title=flow/unknown-key,file=flows/deploy-hotfix.flow.yaml,line=24,endLine=24,col=5,endColumn=15::unknown key `when_to_run` in steps[0] flow_deploy_hotfix#1 — did you mean `when_not_to_run`?",
    );
    expect(r.commands.at(-1)).toBe("::error::Flowgate failed: 9 errors, 1 warning, 0 notes in 3 files (fails on: error)");
    expect(r.outputs).toMatchObject({ passed: "false", errors: "9", warnings: "1", notes: "0", summary: "Flowgate failed: 9 errors, 1 warning, 0 notes in 3 files (fails on: error)" });
    expect(r.outputs["sarif-file"]).toBe(join(dir, "out/flowgate.sarif"));
    const sarif = JSON.parse(readFileSync(r.outputs["sarif-file"]!, "utf8"));
    expect(sarif.runs[0].results).toHaveLength(10);
    const report = JSON.parse(readFileSync(r.outputs.report!, "utf8"));
    expect(report.schema).toBe("flowgate.report/v1");
    expect(report.summary).toMatchObject({ errors: 9, warnings: 1, notes: 0, passed: false });
    expect(r.summary).toContain("## ❌ Flowgate failed");
    expect(r.summary).toContain("| Flow bundles | 3 | 9 | 1 | 0 |");
    expect(r.summary).toContain("- Scope: every file");
    // a push has no pull request: no API traffic at all
    expect(api.log()).toEqual([]);
  });

  it("caps annotations per kind and says in the summary how many more there are", async () => {
    const dir = flowsRepo();
    const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json" }, inputs: { annotations: "2" } });
    expect(r.commands.filter((c) => c.startsWith("::error title="))).toEqual(DEPLOY_HOTFIX_ERRORS.slice(0, 2));
    expect(r.commands.filter((c) => c.startsWith("::warning title="))).toHaveLength(1);
    expect(r.summary).toContain("- Annotations: 2 annotations of each kind at most (GitHub shows 10 per step): 7 more errors are not annotated on the diff");
  });

  it("judges a working directory and reports repository-relative paths", async () => {
    const repo = flowsRepo("agents");
    const r = await runAction({ workspace: repo, event: { name: "push", fixture: "push.json" }, inputs: { "working-directory": "agents" } });
    expect(r.commands[0]).toBe(DEPLOY_HOTFIX_ERRORS[0]!.replace("file=flows/", "file=agents/flows/"));
    const sarif = JSON.parse(readFileSync(r.outputs["sarif-file"]!, "utf8"));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("agents/flows/deploy-hotfix.flow.yaml");
  });

  it("changed-only on a push judges what the push changed since the commit before it", async () => {
    const dir = flowsRepo();
    const before = git(dir, "rev-parse", "HEAD").trim();
    writeFileSync(join(dir, "flows/new.flow.yaml"), "flow: {}\n");
    const after = commitAll(dir, "add a broken flow");
    const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json", baseSha: before, headSha: after }, inputs: { "changed-only": "true" } });
    expect(r.code).toBe(1);
    expect(new Set(r.commands.filter((c) => c.includes(" title=")).map((c) => /file=([^,]+)/.exec(c)![1]))).toEqual(new Set(["flows/new.flow.yaml"]));
    expect(r.summary).toContain(`- Scope: the 1 file this push changes (from git), compared against base <code>${before.slice(0, 12)}</code>`);
  });

  it("an unwritable job summary is a warning; the verdict and outputs stand", async () => {
    const dir = flowsRepo();
    const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json" }, env: { GITHUB_STEP_SUMMARY: join(dir, "no/such/folder/summary.md") } });
    expect(r.code).toBe(1);
    expect(r.commands).toContainEqual(expect.stringMatching(/^::warning::Flowgate could not write the job summary: /));
    expect(r.outputs).toMatchObject({ passed: "false", errors: "9" });
  });

  it("passes fail-on never through, and a clean tree passes with exit 0", async () => {
    const dir = gitRepoFrom(EXAMPLES);
    const never = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json" }, inputs: { "fail-on": "never" } });
    expect(never.code).toBe(0);
    expect(never.outputs.passed).toBe("true");
    const clean = gitRepoFrom(join(REPO, "test/fixtures/knowtation-starter"));
    const r = await runAction({ workspace: clean, event: { name: "push", fixture: "push.json" } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ passed: "true", errors: "0", warnings: "0" });
    expect(r.summary).toContain("## ✅ Flowgate passed");
  });
});

describe("inputs and configuration fail fast", () => {
  it("names a misspelt input and suggests the right one", async () => {
    const dir = gitRepoFrom(EXAMPLES);
    const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json" }, inputs: { fail_on: "warning" } });
    expect(r.code).toBe(1);
    expect(r.commands).toEqual([
      '::error::Flowgate: unknown input "fail_on" — did you mean "fail-on"?; inputs are config, working-directory, fail-on, changed-only, comment, sarif, annotations, approvals, token, shard, merge',
    ]);
    expect(r.outputs).toEqual({});
  });

  it.each([
    ["comment", "sometimes", 'input comment must be one of always, on-failure, never; got "sometimes"'],
    ["fail-on", "errors", 'input fail-on must be one of error, warning, never; got "errors"'],
    ["changed-only", "yes", 'input changed-only must be one of auto, true, false; got "yes"'],
    ["annotations", "ten", 'input annotations must be a whole number (0 turns annotations off); got "ten"'],
    ["approvals", "author", 'input approvals must be one of none, not-author, github-reviews; got "author"'],
    ["shard", "3/2", 'input shard must be "i/n" with 1 ≤ i ≤ n (for example 2/4); got "3/2"'],
    ["working-directory", "agnets", 'input working-directory "agnets" is not a folder of the workspace'],
  ])("rejects %s: %s", async (name, value, message) => {
    const dir = gitRepoFrom(EXAMPLES);
    const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json" }, inputs: { [name]: value } });
    expect(r.code).toBe(1);
    expect(r.commands).toEqual([`::error::Flowgate: ${message}`]);
  });

  it("points at the config in its working directory", async () => {
    const dir = tempDir("flowgate-cfg-");
    cpSync(EXAMPLES, join(dir, "agents"), { recursive: true });
    writeFileSync(join(dir, "agents/.flowgate.yml"), "fail-on: sometimes\n");
    const repo = gitRepoFrom(dir);
    const r = await runAction({ workspace: repo, event: { name: "push", fixture: "push.json" }, inputs: { "working-directory": "agents" } });
    expect(r.code).toBe(1);
    expect(r.commands[0]).toMatch(/^::error title=flowgate config,file=agents\/\.flowgate\.yml,line=1,col=10::/);
  });

  it("points at the line of a bad .flowgate.yml", async () => {
    const dir = tempDir("flowgate-cfg-");
    cpSync(EXAMPLES, dir, { recursive: true });
    writeFileSync(join(dir, ".flowgate.yml"), "fail-on: error\nflows:\n  profil: code\n");
    const repo = gitRepoFrom(dir);
    const r = await runAction({ workspace: repo, event: { name: "push", fixture: "push.json" } });
    expect(r.code).toBe(1);
    expect(r.commands[0]).toMatch(/^::error title=flowgate config,file=\.flowgate\.yml,line=3,col=3::.*did you mean `profile`/);
    expect(r.commands[1]).toMatch(/^::error::Flowgate: invalid configuration: \.flowgate\.yml:3:3: /);
  });
});

describe("the built Action on a pull request", () => {
  it("judges only the PR's files (paged from the API) against the PR base, and keeps one sticky comment", async () => {
    const { dir, base, head, patch } = pullRequestRepo();
    api.reset({ files: prFiles(250, [{ filename: RELEASE_NOTES, patch }]) });
    const event = { name: "pull_request", fixture: "pull_request.json", baseSha: base, headSha: head };
    const first = await runAction({ workspace: dir, event, api: api.url });
    expect(first.code).toBe(1);
    // the planted deploy-hotfix problems are not part of this PR: only the version discipline error is
    expect(first.commands.filter((c) => /^::(error|warning|notice) title=/.test(c))).toEqual([
      expect.stringMatching(/^::error title=flow\/version-not-bumped,file=flows\/release-notes\.flow\.json,line=6,endLine=6,col=16,endColumn=22::/),
    ]);
    expect(first.outputs).toMatchObject({ passed: "false", errors: "1", warnings: "0" });
    expect(first.summary).toContain(`- Scope: the 250 files pull request #7 changes (from the GitHub API), compared against base <code>${base.slice(0, 12)}</code>`);
    expect(api.log()).toEqual([
      "GET /repos/flowgate-dev/agents/pulls/7/files?per_page=100",
      "GET /repos/flowgate-dev/agents/pulls/7/files?per_page=100&page=2",
      "GET /repos/flowgate-dev/agents/pulls/7/files?per_page=100&page=3",
      "GET /repos/flowgate-dev/agents/issues/7/comments?per_page=100",
      "POST /repos/flowgate-dev/agents/issues/7/comments",
    ]);
    expect(api.requests.every((r) => r.authorization === "token test-token")).toBe(true);
    const created = api.state.comments;
    expect(created).toHaveLength(1);
    expect(created[0]!.body).toMatch(/^<!-- flowgate:sticky-comment \. -->\n## ❌ Flowgate failed/);
    expect(created[0]!.body).toContain("flow/version\\-not\\-bumped");
    expect(created[0]!.body).toContain(`checked <code>${head.slice(0, 7)}</code> · [workflow run and annotations](https://github.com/flowgate-dev/agents/actions/runs/4242)`);

    // a second push: the same comment is updated in place, no new one
    writeFileSync(join(dir, "flows/new.flow.yaml"), "flow: {}\n");
    const head2 = commitAll(dir, "add a broken flow");
    api.requests.length = 0;
    api.state.files.push({ filename: "flows/new.flow.yaml", status: "added", patch: "@@ -0,0 +1 @@\n+flow: {}" });
    const second = await runAction({ workspace: dir, event: { ...event, headSha: head2 }, api: api.url });
    expect(second.code).toBe(1);
    expect(api.log().slice(-3)).toEqual(["GET /repos/flowgate-dev/agents/issues/7/comments?per_page=100", "GET /user", `PATCH /repos/flowgate-dev/agents/issues/comments/${created[0]!.id}`]);
    expect(api.state.comments).toHaveLength(1);
    expect(api.state.comments[0]!.body).toContain("flows/new\\.flow\\.yaml");

    // fixed: with on-failure the comment goes away; with always it says so in one line
    writeFileSync(join(dir, RELEASE_NOTES), readFileSync(join(dir, RELEASE_NOTES), "utf8").replace('"version": "0.3.0"', '"version": "0.4.0"'));
    git(dir, "rm", "-q", "flows/new.flow.yaml");
    const head3 = commitAll(dir, "bump version, drop the broken flow");
    api.state.files = api.state.files.filter((f) => f.filename !== "flows/new.flow.yaml");
    const always = await runAction({ workspace: dir, event: { ...event, headSha: head3 }, api: api.url, inputs: { comment: "always" } });
    expect(always.code).toBe(0);
    expect(api.state.comments).toHaveLength(1);
    expect(api.state.comments[0]!.body).toBe(
      `<!-- flowgate:sticky-comment . -->\n## ✅ Flowgate passed\n\n0 errors, 0 warnings, 0 notes in 1 file.\n\n<sub>Flowgate checked <code>${head3.slice(0, 7)}</code> · [workflow run and annotations](https://github.com/flowgate-dev/agents/actions/runs/4242)</sub>\n`,
    );
    api.requests.length = 0;
    const onFailure = await runAction({ workspace: dir, event: { ...event, headSha: head3 }, api: api.url });
    expect(onFailure.code).toBe(0);
    expect(api.log().at(-1)).toBe(`DELETE /repos/flowgate-dev/agents/issues/comments/${created[0]!.id}`);
    expect(api.state.comments).toEqual([]);
  });

  it("a fork's read-only token: 403 on the comment gives a notice, and the gate still decides", async () => {
    const { dir, base, head, patch } = pullRequestRepo();
    api.reset({ files: prFiles(1, [{ filename: RELEASE_NOTES, patch }]), commentWriteStatus: 403 });
    const r = await runAction({ workspace: dir, event: { name: "pull_request", fixture: "pull_request_fork.json", baseSha: base, headSha: head }, api: api.url });
    expect(r.code).toBe(1);
    expect(r.commands).toContain(
      "::notice::Flowgate could not write its pull request comment (HTTP 403: a pull request from a fork gets a read-only token). The verdict is in this job's summary and annotations.",
    );
    expect(r.outputs).toMatchObject({ passed: "false", errors: "1" });
    expect(r.summary).toContain("- The pull request comment could not be written (HTTP 403: a pull request from a fork gets a read-only token).");
    expect(api.log().at(-1)).toBe("POST /repos/flowgate-dev/agents/issues/8/comments");
  });

  it("stops listing at GitHub's 3,000 files and takes the complete list from git", async () => {
    const { dir, base, head, patch } = pullRequestRepo();
    api.reset({ files: prFiles(3100, [{ filename: RELEASE_NOTES, patch }]) });
    const r = await runAction({ workspace: dir, event: { name: "pull_request", fixture: "pull_request.json", baseSha: base, headSha: head }, api: api.url, inputs: { comment: "never" } });
    expect(r.code).toBe(1);
    expect(api.log().filter((l) => l.includes("/files"))).toHaveLength(30);
    expect(r.summary).toContain("- The pull request has more files than GitHub lists (3,000); its changes come from git instead.");
    expect(r.summary).toContain("- Scope: the 1 file pull request #7 changes (from git)");
  });

  it("warns when pull_request_target has checked out the PR's own code", async () => {
    const { dir, base, head, patch } = pullRequestRepo();
    api.reset({ files: prFiles(1, [{ filename: RELEASE_NOTES, patch }]) });
    const warning =
      "This pull_request_target workflow checked out the pull request's own code: it runs with the base repository's write token and secrets, so anything in the PR that the job executes can use them. Gate pull requests on `pull_request` instead (a fork's comment degrades to a notice).";
    const target = await runAction({ workspace: dir, event: { name: "pull_request_target", fixture: "pull_request_fork.json", baseSha: base, headSha: head }, api: api.url, inputs: { comment: "never" } });
    expect(target.commands).toContain(`::warning::${warning}`);
    expect(target.summary).toContain(`- ${warning}`);
    // the same event with the base checked out (the safe way to use pull_request_target) is fine
    git(dir, "checkout", "-q", base);
    const safe = await runAction({ workspace: dir, event: { name: "pull_request_target", fixture: "pull_request_fork.json", baseSha: base, headSha: head }, api: api.url, inputs: { comment: "never" } });
    expect(safe.commands.some((c) => c.includes("pull_request_target"))).toBe(false);
  });

  it("a comment the API fails on otherwise (HTTP 500) is a notice with GitHub's words, and the gate still decides", async () => {
    const { dir, base, head, patch } = pullRequestRepo();
    api.reset({ files: prFiles(1, [{ filename: RELEASE_NOTES, patch }]), commentWriteStatus: 502 });
    const r = await runAction({ workspace: dir, event: { name: "pull_request", fixture: "pull_request.json", baseSha: base, headSha: head }, api: api.url });
    expect(r.code).toBe(1);
    expect(r.commands).toContainEqual(expect.stringMatching(/^::notice::Flowgate could not write its pull request comment \(HTTP 502: .+\)\. The verdict is in this job's summary and annotations\.$/));
    expect(r.outputs).toMatchObject({ passed: "false", errors: "1" });
  });

  it("falls back to git diff base...head when the files API fails", async () => {
    const { dir, base, head } = pullRequestRepo();
    api.reset();
    const r = await runAction({ workspace: dir, event: { name: "pull_request", fixture: "pull_request.json", baseSha: base, headSha: head }, api: "http://127.0.0.1:9", inputs: { comment: "never" } });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ errors: "1" });
    expect(r.summary).toContain("- Scope: the 1 file pull request #7 changes (from git)");
    expect(r.summary).toMatch(/- The pull request's files could not be listed \(.+\); its changes come from git instead\./);
  });

  it("escapes what the PR controls: file names and quoted text cannot inject markup or mention people", async () => {
    const { dir, base } = pullRequestRepo();
    const evil = "flows/@octocat <img src=x onerror=alert(1)> [x](evil.example) #1.flow.yaml";
    mkdirSync(join(dir, "flows"), { recursive: true });
    writeFileSync(join(dir, evil), "flow:\n  flow_id: '@admins <b>hi</b> `x` | col'\n");
    const head = commitAll(dir, "hostile names");
    api.reset({ files: prFiles(1, [{ filename: evil, patch: "@@ -0,0 +1,2 @@\n+flow:\n+  flow_id: x" }]) });
    const r = await runAction({ workspace: dir, event: { name: "pull_request", fixture: "pull_request.json", baseSha: base, headSha: head }, api: api.url });
    expect(r.code).toBe(1);
    const body = api.state.comments[0]!.body;
    for (const text of [body, r.summary]) {
      expect(text).not.toMatch(/@octocat|@admins|<img|<b>|\]\(evil|#1\b/);
      expect(text).toContain("@\u200boctocat");
      expect(text).toContain("&#60;img src\\=x onerror\\=alert\\(1\\)&#62; \\[x\\]\\(evil\\.example\\) \\#\u200b1");
      expect(text).toContain("&#34;@\u200badmins &#60;b&#62;hi&#60;/b&#62; \\`x\\` \\| col&#34;");
    }
    expect(existsSync(join(dir, evil))).toBe(true);
  });
});
