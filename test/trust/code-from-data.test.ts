import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest } from "./pr";

// A pull request must not run code hidden in data or behind a name a library resolves: a code object read from bytes
// and made into a function (redteam2 p47) is scan/dynamic-code, and `pydoc.locate("os.system")` (p50) is os.system
// itself, so the built Action fails closed at each.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

describe("code from data and names resolved fail the gate", () => {
  it("scan/dynamic-code and scan/shell-command: marshal.loads made into a function by types.FunctionType, and pydoc.locate of os.system called, fail the built Action at each", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/bytecode.py"), "import marshal, types\nCODE = b'c\\x00'\ntypes.FunctionType(marshal.loads(CODE), {})()\n");
      writeFileSync(join(dir, "agent/locate.py"), 'import pydoc\npydoc.locate("os.system")("touch /tmp/x")\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title=scan/")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual([
      "scan/dynamic-code:agent/bytecode.py:3:1",
      "scan/dynamic-code:agent/bytecode.py:3:20",
      "scan/shell-command:agent/locate.py:2:1",
    ]);
  });
});
