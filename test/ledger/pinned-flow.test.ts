import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli, tempDir } from "../helpers/cli";

const VALID = readFileSync(join(REPO, "test", "fixtures", "flows", "valid.flow.yaml"), "utf8");
const ENV = { FLOW_RUN_WRITES_ENABLED: "1", FLOWGATE_ACTOR: "dev@example.com" };

async function workspaceWithRun() {
  const dir = tempDir();
  writeFileSync(join(dir, "demo.flow.yaml"), VALID);
  const started = await runCli(["run", "start", "flow_demo", "1.0.0", "--json"], { cwd: dir, env: ENV });
  expect(started.code).toBe(0);
  return { dir, runId: JSON.parse(started.stdout).run.run_id as string };
}

async function ledgerFindings(dir: string) {
  const r = await runCli(["check", dir, "--only", "ledger", "--format", "json"]);
  return JSON.parse(r.stdout).findings.map((f: any) => `${f.file}:${f.line} ${f.rule}: ${f.message}`);
}

describe("ledger/pinned-flow-mismatch", () => {
  it("a run whose pinned flow version is unchanged in the workspace passes", async () => {
    const { dir } = await workspaceWithRun();
    expect(await ledgerFindings(dir)).toEqual([]);
  });

  it("a flow version changed in place under a run is reported on the run", async () => {
    const { dir, runId } = await workspaceWithRun();
    writeFileSync(join(dir, "demo.flow.yaml"), VALID.replace("evidence_required: true\n      description: The list", "evidence_required: false\n      description: The list").replace("automatable: automatable", "automatable: manual"));
    expect(await ledgerFindings(dir)).toEqual([`.flowgate/runs/${runId}.jsonl:1 ledger/pinned-flow-mismatch: run ${runId} pins flow_demo@1.0.0, but its recorded copy of the steps differs from demo.flow.yaml`]);
  });

  it("a retired flow version (no longer in the workspace) is not a finding", async () => {
    const { dir } = await workspaceWithRun();
    writeFileSync(join(dir, "demo.flow.yaml"), VALID.replace("version: 1.0.0", "version: 2.0.0").replace("Review the list.", "Review it."));
    expect(await ledgerFindings(dir)).toEqual([]);
  });

  // The pinned flow is looked up per pin among the folder's flows, parsing only texts that may define the pinned id.
  it("a changed copy whose flow_id is spelled with an escape is still found; the first file defining the version is the one compared", async () => {
    const { dir, runId } = await workspaceWithRun();
    const changed = VALID.replace("evidence_required: true\n      description: The list", "evidence_required: false\n      description: The list").replace("automatable: automatable", "automatable: manual");
    // "a-escaped" sorts before demo.flow.yaml and defines flow_demo@1.0.0 with the id written `flow_\x64emo`.
    writeFileSync(join(dir, "a-escaped.flow.yaml"), changed.replace(/flow_demo(#\d)?/g, (m) => `"${m.replace("flow_demo", "flow_\\x64emo")}"`));
    writeFileSync(join(dir, "other.flow.yaml"), VALID.replaceAll("flow_demo", "flow_other"));
    const found = await ledgerFindings(dir);
    expect(found).toEqual([`.flowgate/runs/${runId}.jsonl:1 ledger/pinned-flow-mismatch: run ${runId} pins flow_demo@1.0.0, but its recorded copy of the steps differs from a-escaped.flow.yaml`]);
  });
});
