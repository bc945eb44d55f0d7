import { mkfifoSync } from "./fifo";
import { cpSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitRepoFrom, REPO, runBuiltCli, tempDir } from "../helpers/cli";
import { runAction } from "../action/harness";
import { readSourceText } from "../../core/kernel/source/document";
import { loadBundleFile } from "../../core/evidence/load";
import { isTraceFile, readTraceFile } from "../../core/traces/load";
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

/** A copy of examples/ (its .flowgate.yml names goldens/answer-run.golden.json and goldens/issue-run.golden.json). */
function examples(): string {
  const dir = tempDir("flowgate-examples-");
  cpSync(join(REPO, "examples"), dir, { recursive: true });
  return dir;
}

const goldenFindings = (stdout: string) =>
  JSON.parse(stdout).findings.filter((f: { rule: string }) => f.rule === "evidence/golden-missing").map((f: { file: string; message: string }) => `${f.file}: ${f.message}`);

describe("workspace/not-read: paths named in the configuration or read by `flowgate run` (built CLI and Action)", () => {
  it("evidence/golden-missing: a golden -> outside secret, a golden in a folder linked outside, a FIFO golden are not read (no hang) and fail", () => {
    const outside = tempDir("flowgate-outside-");
    writeFileSync(join(outside, "secret.json"), JSON.stringify({ token: SECRET }));
    const linked = examples();
    rmSync(join(linked, "goldens/answer-run.golden.json"));
    symlinkSync(join(outside, "secret.json"), join(linked, "goldens/answer-run.golden.json"));
    mkfifoSync(join(linked, "goldens/issue-run.golden.json.fifo"));
    rmSync(join(linked, "goldens/issue-run.golden.json"));
    renameSync(join(linked, "goldens/issue-run.golden.json.fifo"), join(linked, "goldens/issue-run.golden.json"));
    const r = runBuiltCli(["check", linked, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(goldenFindings(r.stdout)).toEqual([
      "evidence/answer-run.evidence.json: golden goldens/answer-run.golden.json is a symbolic link to outside the workspace: it was not read",
      "evidence/issue-run.evidence.json: golden goldens/issue-run.golden.json is a special file (FIFO, socket or device): it was not read",
    ]);

    const folder = examples();
    cpSync(join(folder, "goldens"), join(outside, "goldens"), { recursive: true });
    writeFileSync(join(outside, "goldens/answer-run.golden.json"), JSON.stringify({ token: SECRET }));
    rmSync(join(folder, "goldens"), { recursive: true });
    symlinkSync(join(outside, "goldens"), join(folder, "goldens"));
    const f = runBuiltCli(["check", folder, "--format", "json"]);
    expect(f.code).toBe(1);
    expect(f.stdout + f.stderr).not.toContain(SECRET);
    expect(goldenFindings(f.stdout)).toEqual([
      "evidence/answer-run.evidence.json: golden goldens/answer-run.golden.json is under a folder that is a symbolic link to outside the workspace: it was not read",
      "evidence/issue-run.evidence.json: golden goldens/issue-run.golden.json is under a folder that is a symbolic link to outside the workspace: it was not read",
    ]);
  });

  it("workspace/not-read: `flowgate run verify` names a ledger -> outside secret and a runs folder -> outside, never quotes them; `run show` does not read them", () => {
    const outside = tempDir("flowgate-outside-");
    writeFileSync(join(outside, "secret"), `{"seq":1,"type":"${SECRET}"}\n`);
    const dir = tempDir();
    mkdirSync(join(dir, ".flowgate/runs"), { recursive: true });
    symlinkSync(join(outside, "secret"), join(dir, ".flowgate/runs/run_0123456789abcdef.jsonl"));
    const r = runBuiltCli(["run", "verify", "-C", dir, "--format", "json"]);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((x: { rule: string; message: string }) => `${x.rule}: ${x.message}`)).toEqual([
      "workspace/not-read: .flowgate/runs/run_0123456789abcdef.jsonl is a symbolic link to outside the workspace: it was not read",
    ]);

    const linkedDir = tempDir();
    mkdirSync(join(linkedDir, ".flowgate"));
    mkdirSync(join(outside, "runs"));
    writeFileSync(join(outside, "runs/run_0123456789abcdef.jsonl"), `{"seq":1,"type":"${SECRET}"}\n`);
    symlinkSync(join(outside, "runs"), join(linkedDir, ".flowgate/runs"));
    const v = runBuiltCli(["run", "verify", "-C", linkedDir, "--format", "json"]);
    expect(v.stdout + v.stderr).not.toContain(SECRET);
    expect(JSON.parse(v.stdout).findings.map((x: { message: string }) => x.message)).toEqual([".flowgate/runs is a symbolic link to outside the workspace: it was not read"]);
    const show = runBuiltCli(["run", "show", "run_0123456789abcdef", "-C", linkedDir]);
    expect([show.code, show.stdout + show.stderr]).toEqual([1, "flowgate run show: refused unknown_run: no run run_0123456789abcdef\n"]);
  });

  it("ledger/policy-invalid: a .flowgate/policy.json -> outside secret is not read; every run write is refused naming the link (built CLI)", () => {
    const outside = tempDir("flowgate-outside-");
    writeFileSync(join(outside, "secret"), `${SECRET}\n`);
    const dir = tempDir();
    mkdirSync(join(dir, ".flowgate"));
    symlinkSync(join(outside, "secret"), join(dir, ".flowgate/policy.json"));
    const r = runBuiltCli(["run", "start", "flow_x", "1.0.0", "-C", dir], { env: { FLOW_RUN_WRITES_ENABLED: "1", FLOWGATE_ACTOR: "a@example.com" } });
    expect([r.code, r.stdout + r.stderr]).toEqual([1, "flowgate run start: refused FLOW_EXECUTION_POLICY_FORBIDDEN: .flowgate/policy.json is a symbolic link to outside the workspace: it was not read (an invalid policy forbids every write)\n"]);
  });

  it("flowgate config: a pushed .flowgate.yml -> outside secret is not read; the Action fails naming the link (built Action, push event)", async () => {
    const outside = tempDir("flowgate-outside-");
    writeFileSync(join(outside, "secret.yml"), `fail-on: [${SECRET}\n`);
    const dir = gitRepoFrom(undefined);
    symlinkSync(join(outside, "secret.yml"), join(dir, ".flowgate.yml"));
    const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json" }, api: api.url });
    expect(r.code).toBe(1);
    expect(r.stdout + r.summary + r.commands.join("\n")).not.toContain(SECRET);
    expect(r.commands.filter((c) => c.startsWith("::error"))).toEqual([
      "::error title=flowgate config,file=.flowgate.yml,line=1,col=1::.flowgate.yml is a symbolic link to outside the workspace: it was not read",
      expect.stringContaining("Flowgate: invalid configuration"),
    ]);
  });
});

describe("the shared readers open only regular files (O_NONBLOCK + fstat): a FIFO never blocks them", () => {
  it("source/unreadable, evidence/invalid-bundle, trace/invalid-trace: readSourceText, loadBundleFile and readTraceFile on a FIFO return a finding at once", async () => {
    const dir = tempDir();
    const fifo = join(dir, "pipe.json");
    mkfifoSync(fifo);
    expect(readSourceText(fifo, "pipe.json").findings.map((f) => `${f.rule}: ${f.message}`)).toEqual(["source/unreadable: cannot be read: is a special file (FIFO, socket or device)"]);
    expect(loadBundleFile(fifo, "pipe.json").findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([expect.stringMatching(/^evidence\/invalid-bundle: .*is a special file \(FIFO, socket or device\)/)]);
    expect((await readTraceFile(fifo, "pipe.json", 1 << 20, { add: () => {} } as never)).map((f) => `${f.rule}: ${f.message}`)).toEqual([expect.stringMatching(/^trace\/invalid-trace: .*is a special file \(FIFO, socket or device\)/)]);
    expect(isTraceFile(fifo)).toBe(false);
  });
});
