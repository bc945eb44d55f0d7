// The December 8 attack round in core/scan (each ran its command under CPython 3.11 or Node 20, and passed before): a
// watched module handed to a function another file defines, which calls a member of its parameter; any loader's
// `load_module(name)`; a watched function stored as an event handler (`signal.onabort = …`). Each look-alike stays clean.
import { describe, expect, test } from "vitest";
import { at, atStart, found } from "./helpers";

const shell = (text: string, needle: string, nth = 0) => `scan/shell-command ${at(text, needle, nth)}`;
/** A finding at `inner` written at the start of `context` (`os` of `os, "id")`). */
const shellAt = (text: string, context: string, inner: string) => `scan/shell-command ${atStart(text, context, inner)}`;

describe("a watched module handed to an imported function (its parameters not followed here)", () => {
  test("Python: `runner.run(os, c)`, `run(subprocess, c)` of `from .runner import run`, a keyword argument `lib.go(m=os)`", async () => {
    const text = 'import os, subprocess, lib\nfrom . import runner\nfrom .runner import run\nrunner.run(os, "id")\nrun(subprocess, "id")\nlib.go(m=os)\n';
    expect(await found("a.py", text)).toEqual([shellAt(text, 'os, "id")', "os"), shellAt(text, 'subprocess, "id")', "subprocess"), shellAt(text, "os)\n", "os")]);
  });

  test("JavaScript: `run(cp, c)` of a required file, `run(require(\"child_process\"), c)`, `lib.go(http)` of an ES import", async () => {
    const text = 'import * as lib from "./lib.js";\nimport http from "node:http";\nconst run = require("./runner");\nconst cp = require("child_process");\nrun(cp, "id");\nrun(require("child_process"), "id");\nlib.go(http);\n';
    expect(await found("a.js", text)).toEqual([shellAt(text, 'cp, "id")', "cp"), shell(text, 'require("child_process")', 1), `scan/network-call ${atStart(text, "http);", "http")}`]);
  });

  test("the imported function held by a name, a call's result or an element of one, and the module unpacked into the arguments (`run = lib.run`, `lib.make()(os, c)`, `f(*[os])`, `f(**{\"m\": os})`, `f(...[cp])`)", async () => {
    const py = 'import os, lib\nrun = lib.run\nrun(os, "id")\nlib.make()(os, "id")\nlib.RUNNERS[0](os, "id")\nlib.run(*[os], "id")\nlib.run(**{"m": os})\n';
    expect(await found("a.py", py)).toEqual([shellAt(py, 'os, "id")\nlib.make', "os"), shellAt(py, 'os, "id")\nlib.RUNNERS', "os"), shellAt(py, 'os, "id")\nlib.run(*', "os"), shellAt(py, 'os], "id")', "os"), shellAt(py, "os})", "os")]);
    const js = 'const lib = require("./lib");\nconst cp = require("child_process");\nconst run = lib.run;\nrun(cp, "id");\nlib.make()(cp, "id");\nlib.run(...[cp, "id"]);\n';
    expect(await found("a.js", js)).toEqual([shellAt(js, 'cp, "id");\nlib.make', "cp"), shellAt(js, 'cp, "id");\nlib.run', "cp"), shellAt(js, 'cp, "id"]', "cp")]);
  });

  test("the imported function held through names assigned one another (`a = lib.run; b = a; b(os, c)`), in Python and JavaScript", async () => {
    const py = 'import os, lib\na = lib.run\nb = a\nc = b\nc(os, "id")\n';
    expect(await found("a.py", py)).toEqual([shellAt(py, 'os, "id")', "os")]);
    const js = 'const lib = require("./lib");\nconst cp = require("child_process");\nconst a = lib.run;\nconst b = a;\nb(cp, "id");\n';
    expect(await found("a.js", js)).toEqual([shellAt(js, 'cp, "id")', "cp")]);
  });

  test("a function a star import may bind (`from lib import *` … `run(os, c)`; not the file's own `def`), and a `require(…)` written as the callee's root", async () => {
    const py = 'import os\nfrom lib import *\nrun(os, "id")\ndef own(m):\n    return m.getcwd()\nown(os)\nprint(os)\n';
    expect(await found("a.py", py)).toEqual([shellAt(py, 'os, "id")', "os")]);
    const js = 'const cp = require("child_process");\nrequire("./lib").run(cp, "id");\n';
    expect(await found("a.js", js)).toEqual([shellAt(js, 'cp, "id")', "cp")]);
  });

  test("clean: a module handed to a function of the file (followed through its parameter), to one not imported, in a container, to a library the scan reads or trusts, or to a watched module's own", async () => {
    const py = 'import os, functools, operator\nfrom unittest import mock\nimport lib\ndef run(m):\n    return m.getcwd()\nrun(os)\nsetup(os)\nlib.go([os])\nfunctools.reduce(getattr, ["getcwd"], os)\noperator.attrgetter("getcwd")(os)\nmock.patch.object(os, "getcwd")\nos.fspath(os)\n';
    expect(await found("a.py", py)).toEqual([]);
    const js = 'const cp = require("child_process");\nconst util = require("util");\nconst lib = require("./lib");\nfunction run(m) { return m.constants; }\nrun(cp);\nsetup(cp);\nlib.go([cp]);\nutil.inspect(cp);\ncp.exec.call(cp, "id");\n';
    expect(await found("a.js", js)).toEqual([shell(js, "cp.exec.call")]);
  });
});

describe("Python: any loader's `load_module(name)` loads that module", () => {
  test("scan/shell-command: `FrozenImporter.load_module(\"os\")`, a `sys.meta_path` finder's, an unknown object's, `fullname=`, `pkgutil.get_loader(\"subprocess\").load_module()`", async () => {
    const text = 'import importlib.machinery, sys, pkgutil\nimportlib.machinery.FrozenImporter.load_module("os").system("a")\nsys.meta_path[0].load_module("os").popen("b")\nm = x.load_module(fullname="subprocess")\nm.run("c")\npkgutil.get_loader("subprocess").load_module().run("d")\n';
    expect(await found("a.py", text)).toEqual([
      shell(text, 'importlib.machinery.FrozenImporter.load_module("os").system'),
      shell(text, 'sys.meta_path[0].load_module("os").popen'),
      shell(text, "m.run"),
      shell(text, 'pkgutil.get_loader("subprocess").load_module().run'),
    ]);
  });

  test("scan/dynamic-code: a loader given a name the scan cannot read, and the loader of a module named at run time", async () => {
    const text = "import sys, pkgutil\nsys.meta_path[1].load_module(sys.argv[1])\npkgutil.get_loader(sys.argv[2]).load_module()\n";
    expect(await found("a.py", text)).toEqual([`scan/dynamic-code ${at(text, "sys.meta_path[1].load_module")}`, `scan/dynamic-code ${at(text, "pkgutil.get_loader(sys.argv[2]).load_module")}`]);
  });

  test("a class's own `load_module` called on `self` is the file's method (modulefinder's ModuleFinder), clean; a loader subclass's inherited one given a name read at run time is scan/dynamic-code", async () => {
    const own = "class Finder:\n    def load_module(self, fqname, fp, pathname, stuff):\n        return fqname\n    def run(self, name):\n        return self.load_module(name, None, None, None)\n";
    expect(await found("own.py", own)).toEqual([]);
    const inherited = "import importlib.machinery\nclass Loader(importlib.machinery.SourceFileLoader):\n    def run(self, name):\n        return self.load_module(name)\n";
    expect(await found("inherited.py", inherited)).toEqual([`scan/dynamic-code ${at(inherited, "self.load_module")}`]);
  });

  test("clean: modules not watched loaded so, a relative name, and an import hook's own `def load_module`", async () => {
    const text = 'import importlib.machinery, pkgutil\nimportlib.machinery.FrozenImporter.load_module("zipimport")\npkgutil.get_loader("json").load_module().dumps({})\nloader.load_module(".plugins")\nclass Hook:\n    def load_module(self, fullname):\n        return fullname\n';
    expect(await found("a.py", text)).toEqual([]);
  });
});

describe("JavaScript: a watched function stored as an event handler the runtime calls", () => {
  test("scan/shell-command: `signal.onabort = cp.execSync.bind(…)`, `port.onmessage = cp.exec`", async () => {
    const text = 'const cp = require("child_process");\nconst c = new AbortController();\nc.signal.onabort = cp.execSync.bind(null, "id");\nport.onmessage = cp.exec;\n';
    expect(await found("a.js", text)).toEqual([shell(text, 'cp.execSync.bind(null, "id")'), shellAt(text, "cp.exec;", "cp.exec")]);
  });

  test("clean: a handler of the file's own, a function not watched, a watched one under an `on…` key of an object literal or a class field (no event target's setter)", async () => {
    const text = 'const cp = require("child_process");\nconst path = require("path");\nsignal.onabort = () => console.log("x");\nport.onmessage = path.join;\nconst opts = { onerror: cp.exec };\nclass K { onclose = cp.exec; }\n';
    expect(await found("a.js", text)).toEqual([]);
  });
});
