import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSourceText } from "../../core/kernel/source/document";
import { runCli, tempDir } from "../helpers/cli";
import { brief } from "../helpers/findings";
import { VALID_FLOW } from "../helpers/valid-flow";

// Source rules `flowgate check` cannot reach through a workspace table: only `flowgate validate` reads a file
// no selector claims, and the workspace walk reports a dangling link or a special file as workspace/not-read
// before any reader sees it (so source/unreadable is what a reader says when the file goes away or turns out
// to be a directory between the walk and the read).

describe("source/unknown-dialect", () => {
  it("source/unknown-dialect: `flowgate validate` on JSON nothing identifies", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.json"), '{ "a": 1 }\n');
    const r = await runCli(["validate", "notes.json", "--format", "json"], { cwd: dir });
    expect(JSON.parse(r.stdout).findings.map((f: Parameters<typeof brief>[0]) => `${f.file} ${brief(f)}`)).toEqual(["notes.json 1:1-1:2 source/unknown-dialect"]);
  });

  it("source/unknown-dialect is clean on a flow identified by its content", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "demo.yaml"), VALID_FLOW);
    const r = await runCli(["validate", "demo.yaml", "--format", "json"], { cwd: dir });
    expect([r.code, JSON.parse(r.stdout).findings]).toEqual([0, []]);
  });
});

describe("source/unreadable", () => {
  it("source/unreadable: a flow path that is a directory when it is read", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "d.flow.yaml"));
    expect(readSourceText(join(dir, "d.flow.yaml"), "d.flow.yaml").findings.map((f) => `${brief(f)} ${f.message}`)).toEqual(["1:1-1:1 source/unreadable cannot be read: it is a directory"]);
  });

  it("source/unreadable is clean on a regular file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.flow.yaml"), VALID_FLOW);
    expect(readSourceText(join(dir, "a.flow.yaml"), "a.flow.yaml")).toEqual({ text: VALID_FLOW, findings: [] });
  });
});
