import { mkfifoSync } from "./fifo";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBuiltCli, tempDir } from "../helpers/cli";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest } from "./pr";

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const SECRET = "FLOWGATE_TEST_SECRET_4711";

describe("workspace/not-read: links out of the workspace are never followed (built Action)", () => {
  it("workspace/not-read: a flow -> /outside/secret, a flow -> /proc/self/environ and a ledger -> .git/config are named, never quoted", async () => {
    const outside = tempDir("flowgate-outside-");
    writeFileSync(join(outside, "secret"), `steps: [${SECRET}\n`);
    const pr = await pullRequest((dir) => {
      symlinkSync(join(outside, "secret"), join(dir, "x.flow.yaml"));
      symlinkSync("/proc/self/environ", join(dir, "env.flow.yaml"));
      symlinkSync("../../.git/config", join(dir, ".flowgate/runs/run_0123456789abcdef.jsonl"));
    });
    const r = await gate(api, pr, { comment: "always", approvals: "not-author" }, {});
    const everything = r.stdout + r.summary + JSON.stringify(api.state.comments);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain("repositoryformatversion");
    const notes = r.commands.filter((c) => c.startsWith("::notice title=workspace/not-read"));
    expect(notes.map((c) => c.slice(c.lastIndexOf("::") + 2)).sort()).toEqual([
      ".flowgate/runs/run_0123456789abcdef.jsonl is a symbolic link into .git/: it was not read",
      "env.flow.yaml is a symbolic link to outside the workspace: it was not read",
      "x.flow.yaml is a symbolic link to outside the workspace: it was not read",
    ]);
  });
});

describe("workspace/not-read through the CLI", () => {
  it("workspace/not-read: a FIFO is skipped with a note (no hang), a link inside the workspace is read", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "flows"));
    mkfifoSync(join(dir, "flows/pipe.flow.yaml"));
    writeFileSync(join(dir, "flows/real.flow.yaml"), "not: [closed\n");
    symlinkSync("real.flow.yaml", join(dir, "flows/alias.flow.yaml"));
    const r = runBuiltCli(["check", dir, "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.findings.filter((f: { rule: string }) => f.rule === "workspace/not-read").map((f: { message: string }) => f.message)).toEqual([
      "flows/pipe.flow.yaml is a special file (FIFO, socket or device): it was not read",
    ]);
    expect(report.findings.filter((f: { file: string }) => f.file === "flows/alias.flow.yaml").length).toBeGreaterThan(0);
  });
});
