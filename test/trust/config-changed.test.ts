import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git, gitRepoFrom, runCli } from "../helpers/cli";
import { brief } from "../helpers/findings";

// gate/config-changed needs a base commit (the trusted configuration), so it has no rule-cases table entry:
// these are its in-process cases through `flowgate check --base`. The built Action's are in config.test.ts.

/** A repository whose base commit configures `fail-on: error`. */
function repository(): string {
  const dir = gitRepoFrom(undefined);
  writeFileSync(join(dir, ".flowgate.yml"), "fail-on: error\n");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "the gate's configuration");
  return dir;
}

async function gateFindings(dir: string): Promise<string[]> {
  const r = await runCli(["check", dir, "--base", "HEAD", "--format", "json"]);
  return JSON.parse(r.stdout).findings.map((f: Parameters<typeof brief>[0]) => `${f.file} ${brief(f)}`);
}

describe("gate/config-changed", () => {
  it("gate/config-changed: the change sets `fail-on: never` in .flowgate.yml; the base's configuration judges it", async () => {
    const dir = repository();
    writeFileSync(join(dir, ".flowgate.yml"), "fail-on: never\n");
    expect(await gateFindings(dir)).toEqual([".flowgate.yml 1:1-1:1 gate/config-changed"]);
  });

  it("gate/config-changed is clean when the change leaves the configuration as the base has it", async () => {
    const dir = repository();
    writeFileSync(join(dir, "README.md"), "notes\n");
    expect(await gateFindings(dir)).toEqual([]);
  });
});
