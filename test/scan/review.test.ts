/** Defects found by the outside review of the boundary scan, each with the input that showed it. */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { REPO } from "../helpers/cli";

const FIXTURES = join(REPO, "test/fixtures/scan/review");
const SHELL = "scan/shell-command";
const NET = "scan/network-call";

describe("review: files read from disk", () => {
  test("a UTF-8 byte order mark neither hides a Python import nor shifts line 1's columns", async () => {
    const run = await scanFiles({ root: FIXTURES, files: ["bom.py", "bom.ts"], workers: 1 });
    expect(run.findings.map((f) => `${f.file} ${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)).toEqual([
      `bom.py ${SHELL} 2:1-2:15`,
      `bom.ts ${NET} 1:1-1:6`,
    ]);
  });
});
