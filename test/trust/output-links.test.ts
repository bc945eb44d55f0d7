import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, gitRepoFrom, runCli, tempDir } from "../helpers/cli";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest } from "./pr";

// The workflow names where the SARIF goes (`sarif: flowgate.sarif`, workspace-relative); the pull request's checkout
// is what holds that path. A link the pull request commits there (`flowgate.sarif -> ~/.bashrc`, a folder linked out)
// must not make the Action write its report, text the PR partly writes, into a file outside the workspace.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

function victim(): string {
  const dir = tempDir("flowgate-victim-");
  const file = join(dir, "profile.sh");
  writeFileSync(file, "export SAFE=1\n");
  return file;
}

describe("the SARIF file is written in the workspace, never through a link the pull request commits (built Action)", () => {
  it("a link at the SARIF path to a file outside the workspace: the file is left alone, the SARIF written in its place", async () => {
    const outside = victim();
    const pr = await pullRequest((dir) => symlinkSync(outside, join(dir, "flowgate.sarif")));
    const r = await gate(api, pr, { sarif: "flowgate.sarif" });
    expect(readFileSync(outside, "utf8")).toBe("export SAFE=1\n");
    expect(r.outputs["sarif-file"]).toBe(join(pr.dir, "flowgate.sarif"));
    expect(lstatSync(join(pr.dir, "flowgate.sarif")).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(join(pr.dir, "flowgate.sarif"), "utf8")).version).toBe("2.1.0");
  });

  it("a folder of the SARIF path linked out of the workspace: nothing is written there and the run fails", async () => {
    const outside = victim();
    const pr = await pullRequest((dir) => symlinkSync(join(outside, ".."), join(dir, "reports")));
    const r = await gate(api, pr, { sarif: "reports/profile.sh" });
    expect(readFileSync(outside, "utf8")).toBe("export SAFE=1\n");
    expect(r.code).toBe(1);
    expect(r.commands).toContain("::error::Flowgate: input sarif \"reports/profile.sh\" leads out of the workspace through a link");
  });

  it("a SARIF path in a folder of the workspace is written as asked (exit 0)", async () => {
    const pr = await pullRequest((dir) => {
      mkdirSync(join(dir, "reports"), { recursive: true });
    });
    const r = await gate(api, pr, { sarif: "reports/flowgate.sarif" });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(pr.dir, "reports/flowgate.sarif"), "utf8")).version).toBe("2.1.0");
  });
});

describe("the CLI's --output in a checkout holding a link there (flowgate check -o flowgate.sarif in another CI)", () => {
  it("the link is replaced by the report, its target left alone", async () => {
    const outside = victim();
    const dir = gitRepoFrom(join(REPO, "examples"));
    symlinkSync(outside, join(dir, "flowgate.sarif"));
    const r = await runCli(["check", ".", "--format", "sarif", "-o", "flowgate.sarif"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readFileSync(outside, "utf8")).toBe("export SAFE=1\n");
    expect(JSON.parse(readFileSync(join(dir, "flowgate.sarif"), "utf8")).version).toBe("2.1.0");
  });

  it("an output folder linked out of the checkout is refused (exit 2), nothing written there", async () => {
    const outside = victim();
    const dir = gitRepoFrom(join(REPO, "examples"));
    symlinkSync(join(outside, ".."), join(dir, "reports"));
    const r = await runCli(["check", ".", "--format", "sarif", "-o", "reports/profile.sh"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot write --output reports/profile.sh: it leads out of the workspace through a link");
    expect(readFileSync(outside, "utf8")).toBe("export SAFE=1\n");
  });
});
