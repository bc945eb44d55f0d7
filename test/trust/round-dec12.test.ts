import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/cli";
import { FakeGitHub } from "../action/fake-github";
import { rehashBundle } from "../../core/evidence/seal";
import { errorAnnotations, gate, put, pullRequest } from "./pr";

// Red-team round of 12 December against the built Action: each pull request below crashed it ("Flowgate could not
// run", every finding lost) or passed it (exit 0) before its fix.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

/** These tests start the built Action several times each. */
const RUNS_TIMEOUT = 300_000;

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("JSON with comments nested past the parser's stack", () => {
  // jsonc-parser recurses; the files the scan reads it for (the aliases of tsconfig.json and what it extends, a dev
  // container's and VS Code's task commands) had no depth check.
  it("scan/skipped-file: a tsconfig.json extending a file nested 200,000 arrays deep (the run crashed: `Maximum call stack size exceeded`)", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "tsconfig.json", `{ "extends": "./tsconfig.base.json", "compilerOptions": { "paths": { "@/*": ["./agent/*"] } } }\n`);
      put(dir, "tsconfig.base.json", `{ "compilerOptions": { "types": ${nested(200_000)} } }\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["scan/skipped-file tsconfig.base.json 1 1"]);
    expect(r.commands.find((c) => c.includes("tsconfig.base.json"))).toContain("Not scanned: it maps import aliases, and it nests deeper than 256 levels, which is not read.");
  }, RUNS_TIMEOUT);

  it("scan/skipped-file: a dev container and VS Code tasks nested 200,000 arrays deep, a comment's `\"` no help (the run crashed)", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, ".devcontainer/devcontainer.json", `{ "postCreateCommand": "python agent/tools.py", "x": ${nested(200_000)} }\n`);
      // a quote in a comment: a reader that took it for a string's would count none of the brackets after it
      put(dir, ".vscode/tasks.json", `{ // "\n  "tasks": [{ "command": "python agent/tools.py" }], "x": ${nested(200_000)} // "\n}\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["scan/skipped-file .devcontainer/devcontainer.json 1 1", "scan/skipped-file .vscode/tasks.json 1 1"]);
  }, RUNS_TIMEOUT);

  it("a tsconfig.json and tasks nested 256 deep pass (exit 0)", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "tsconfig.json", `{ "compilerOptions": { "types": ${nested(254)} } }\n`);
      put(dir, ".vscode/tasks.json", `{ "tasks": [{ "command": "python agent/tools.py" }], "x": ${nested(255)} }\n`);
    });
    const r = await gate(api, pr);
    expect(errorAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  }, RUNS_TIMEOUT);
});

describe("JSON nesting hidden from the depth check by a line break in a string", () => {
  // The depth check read a string on to its closing quote; jsonc-parser (which reads flows, Blueprints and notebooks
  // after JSON.parse refuses them) ends it at the line break and parses the brackets after it.
  const hidden = `{ "flow": "x\n, "y": ${nested(200_000)}, "z": "" }\n`;

  it("source/too-deep: a flow whose string breaks its line before 200,000 arrays (the run crashed)", async () => {
    const r = await gate(api, await pullRequest((dir) => put(dir, "flows/broken.flow.json", hidden)));
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["source/too-deep flows/broken.flow.json 2 263"]);
  }, RUNS_TIMEOUT);

  it("scan/skipped-file: a notebook the same (the run crashed)", async () => {
    const r = await gate(api, await pullRequest((dir) => put(dir, "agent/broken.ipynb", hidden)));
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["scan/skipped-file agent/broken.ipynb 1 1"]);
  }, RUNS_TIMEOUT);
});

describe("a YAML manifest nesting past yaml's stack (1,000 flow sequences: Docker Compose's reader takes 10,000)", () => {
  // yaml records running out of stack as a document error; the manifest was taken for one its tool refuses, naming
  // nothing, so the files it runs were not judged.
  const CALL = 'import os\nos.system("make deploy")\n';

  it("scan/skipped-file: a compose file running `python jobs/run.dat`, which calls os.system (exit 0 before)", async () => {
    const compose = (depth: number) => `x-pad: ${nested(depth)}\nservices:\n  agent:\n    command: python jobs/run.dat\n`;
    const r = await gate(api, await pullRequest((dir) => (put(dir, "jobs/run.dat", CALL), put(dir, "docker-compose.yml", compose(1000)))));
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["scan/skipped-file docker-compose.yml 1 1"]);
    const shallow = await gate(api, await pullRequest((dir) => (put(dir, "jobs/run.dat", CALL), put(dir, "docker-compose.yml", compose(10)))));
    expect(errorAnnotations(shallow.commands)).toEqual(["scan/shell-command jobs/run.dat 2 1"]);
  }, RUNS_TIMEOUT);

  it("scan/skipped-file: a workflow whose `shell: python` step calls os.system (exit 0 before)", async () => {
    const workflow = `x: ${nested(1000)}\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: python\n        run: |\n          ${CALL.trimEnd().replace("\n", "\n          ")}\n`;
    const r = await gate(api, await pullRequest((dir) => put(dir, ".github/workflows/agent.yml", workflow)));
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["scan/skipped-file .github/workflows/agent.yml 1 1"]);
  }, RUNS_TIMEOUT);
});

describe("a file named with bidirectional controls", () => {
  // `agent/\u202Eyp.tset\u202C.py` shows as `agent/test.py.py` (U+202E reverses what follows): the summary and the
  // sticky comment named a file the pull request does not hold.
  it("the summary and the comment show the controls as code points, in the order the name is stored", async () => {
    const name = "agent/\u202Eyp.tset\u202C.py";
    const pr = await pullRequest((dir) => put(dir, name, 'import os\nos.system("x")\n'));
    const r = await gate(api, pr, { comment: "always" });
    expect(r.code).toBe(1);
    const shown = "<code>agent/\\[U\\+202E\\]yp\\.tset\\[U\\+202C\\]\\.py\\:2\\:1</code>";
    const comment = api.state.comments.map((c) => c.body).join("\n");
    for (const text of [r.summary, comment]) {
      expect(text).toContain(shown);
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    }
    // The annotation names the file as stored: GitHub places it by that path.
    expect(errorAnnotations(r.commands)).toEqual([`scan/shell-command ${name} 2 1`]);
  }, RUNS_TIMEOUT);

  it("an annotation's message quoting the pull request's text shows its controls as code points (a bundle's approver `octocat\\u202E`)", async () => {
    const bundle = JSON.parse(readFileSync(join(REPO, "test/fixtures/evidence/pending-approval.json"), "utf8"));
    Object.assign(bundle.approvals[0], { status: "APPROVED", approved_by: "octocat\u202E", decision_reason: "fine" });
    const r = await gate(api, await pullRequest((dir) => put(dir, "records/run-7.json", JSON.stringify(rehashBundle(bundle), null, 2) + "\n")), { approvals: "not-author" });
    expect(r.code).toBe(1);
    const annotation = r.commands.filter((c) => c.startsWith("::error title=approvals/"));
    expect(annotation).toHaveLength(1);
    expect(annotation[0]).toContain("decided by octocat[U+202E],");
    expect(annotation[0]).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  }, RUNS_TIMEOUT);
});

describe("the author named as people read the name, in a sealed bundle outside evidence.include", () => {
  const BUNDLE = "records/run-7.json";
  function bundleText(approver: string): string {
    const bundle = JSON.parse(readFileSync(join(REPO, "test/fixtures/evidence/pending-approval.json"), "utf8"));
    Object.assign(bundle.approvals[0], { status: "APPROVED", approved_by: approver, decision_reason: "fine" });
    return JSON.stringify(rehashBundle(bundle), null, 2) + "\n";
  }
  // Small capitals (no prototype in confusables.txt for ᴀ, ᴛ…) and the author's profile address passed (exit 0).
  for (const approver of ["\u1d0f\u1d04\u1d1b\u1d0f\u1d04\u1d00\u1d1b", "https://github.com/octocat", "github.com/OctoCat/"])
    it(`approvals/decided-by-pr-author: approved_by ${JSON.stringify(approver)} is the author octocat`, async () => {
      const r = await gate(api, await pullRequest((dir) => put(dir, BUNDLE, bundleText(approver))), { approvals: "not-author" });
      expect(r.code).toBe(1);
      expect(errorAnnotations(r.commands).map((a) => a.split(" ").slice(0, 2).join(" "))).toEqual([`approvals/decided-by-pr-author ${BUNDLE}`]);
    }, RUNS_TIMEOUT);

  it("another account's profile, and a repository's address, pass (exit 0)", async () => {
    for (const approver of ["https://github.com/reviewer1", "github.com/octocat/agents"]) {
      const r = await gate(api, await pullRequest((dir) => put(dir, BUNDLE, bundleText(approver))), { approvals: "not-author" });
      expect(errorAnnotations(r.commands)).toEqual([]);
      expect(r.code).toBe(0);
    }
  }, RUNS_TIMEOUT);
});
