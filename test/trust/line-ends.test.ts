import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { runBuiltCli } from "../helpers/cli";
import { gate, pullRequest, scanAnnotations } from "./pr";

// CPython ends a line at a lone carriage return; the grammar ran a trailing comment on to the next line feed. A pull
// request that appends CR and `import os` to a reviewed gateway import's comment shows on GitHub and in a terminal as
// that comment only, and made the file's unchanged os.system calls real ones (it ran `touch` under python3 3.11).

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const GATEWAY = "def system(cmd):\n    print('via gateway:', cmd)\n";
const AGENT = (first: string) => `${first}\nos.system('touch /tmp/flowgate-cr')\n`;
const IMPORT = "import gateway as os  # every command goes through the gateway";

describe("a line a lone carriage return ends", () => {
  const atBase = (dir: string) => {
    writeFileSync(join(dir, "agent/gateway.py"), GATEWAY);
    writeFileSync(join(dir, "agent/cr.py"), AGENT(IMPORT));
    writeFileSync(join(dir, "agent/crlf.py"), AGENT(IMPORT));
  };
  const change = (dir: string) => {
    writeFileSync(join(dir, "agent/cr.py"), AGENT(`${IMPORT}\rimport os`));
    // The look-alike: CRLF is one line end, so `os` stays the gateway.
    writeFileSync(join(dir, "agent/crlf.py"), AGENT(IMPORT).replace(/\n/g, "\r\n"));
  };

  it("scan/shell-command: a pull request that adds CR and `import os` after a gateway import's comment fails the built Action at the unchanged call", async () => {
    const pr = await pullRequest(change, atBase);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/cr.py 3 1"]);
  });

  it("--new-only keeps that call: it resolves through the import git counts on the added line 1 (the report's line 2)", async () => {
    const pr = await pullRequest(change, atBase);
    const r = runBuiltCli(["check", pr.dir, "--base", pr.base, "--new-only", "--format", "json"]);
    expect(r.code).toBe(1);
    const scan = (JSON.parse(r.stdout).findings as { rule: string; file: string; line: number; column: number }[]).filter((f) => f.rule.startsWith("scan/"));
    expect(scan.map((f) => `${f.file} ${f.line}:${f.column} ${f.rule}`)).toEqual(["agent/cr.py 3:1 scan/shell-command"]);
  });
});
