// Red team 6 (Python): standard-library doors that ran a command or made a connection under Python 3.11 and passed
// the gate — doctest examples parsed from a string and run (p09), runpy's private runners (p10), a native function found
// by name (`_ctypes.dlsym`, p04; `pythonapi._FuncPtr`, p05), the C library's `wordexp` and `__libc_system` (x130, x131) or made of the process's symbols handed whole
// (`CFUNCTYPE(…)(("system", ctypes.pythonapi))`, p03), urllib's `ftpwrapper` (p11), `asyncio.streams.open_connection`
// (p12), a `.pdbrc` that pdb runs in its folder (p01), and a profiler's, tracer's or timer's statement reading the
// module's names or those its globals dict gives (`cProfile.run("os.system(…)")`, `timeit(s, setup="import os")`; u60–u63, v100–v107),
// and importers by name under import_module (`pydoc.safeimport`, `_gcd_import`, `BuiltinImporter.load_module`, `pydoc.resolve`, `_imp.create_builtin`; w111–w120). Each has a look-alike over something no rule watches.
import { describe, expect, test } from "vitest";
import { pdbrcLines } from "../../core/scan/python-comments";
import { at, found } from "./helpers";

const SHELL = "scan/shell-command";
const NETWORK = "scan/network-call";
const DYNAMIC = "scan/dynamic-code";
type Case = [name: string, file: string, text: string, expected: Array<[rule: string, needle: string, nth?: number]>];

describe("standard-library doors to code, processes and connections", () => {
  const cases: Case[] = [
    ["p09: doctest examples parsed from a string (`DocTestParser().get_doctest`), then run", "a.py", "import doctest\ntext = '>>> import os\\n>>> os.system(\"id\")\\n'\ntest = doctest.DocTestParser().get_doctest(text, {}, 't', None, 0)\ndoctest.DocTestRunner().run(test)\n", [[SHELL, "doctest.DocTestParser().get_doctest"]]],
    ["look-alike: examples computing `1 + 1`", "a.py", "import doctest\ntext = '>>> import os\\n>>> 1 + 1\\n2\\n'\ntest = doctest.DocTestParser().get_doctest(text, {}, 't', None, 0)\ndoctest.DocTestRunner().run(test)\n", []],
    ["doctest examples of a string no constant gives, and `debug_src`", "a.py", "import doctest, sys\ndoctest.DocTestParser().get_examples(sys.argv[1])\ndoctest.debug_src('>>> import subprocess\\n>>> subprocess.run(\"id\")\\n')\n", [[DYNAMIC, "doctest.DocTestParser().get_examples"], [SHELL, "doctest.debug_src"]]],
    ["p10: `runpy._run_code(src, {})` and `_run_module_code`", "a.py", "import runpy\nrunpy._run_code(\"import os; os.system('id')\", {})\nrunpy._run_module_code(\"import requests; requests.get('https://x.example')\")\n", [[SHELL, "runpy._run_code"], [NETWORK, "runpy._run_module_code"]]],
    ["look-alike: `runpy._run_code` of code calling nothing watched", "a.py", "import runpy\nrunpy._run_code('x = 1', {})\n", []],
    ["p04, p05: a native function by name, `_ctypes.dlsym` and `pythonapi._FuncPtr`", "a.py", "import ctypes, _ctypes\naddr = _ctypes.dlsym(ctypes.pythonapi._handle, 'system')\nf = ctypes.pythonapi._FuncPtr(('system', ctypes.pythonapi))\n", [[DYNAMIC, "_ctypes.dlsym"], [DYNAMIC, "ctypes.pythonapi._FuncPtr"], [SHELL, "ctypes.pythonapi", 2]]],
    ["p03: the process's symbols handed whole to a prototype, `CFUNCTYPE(…)((\"system\", pythonapi))`", "a.py", "import ctypes\nfrom ctypes import pythonapi\nproto = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_char_p)\nfn = proto(('system', pythonapi))\n", [[SHELL, "pythonapi", 1]]],
    ["look-alike: `pythonapi`'s own functions called by name, a prototype made of a callback", "a.py", "import ctypes\nctypes.pythonapi.Py_IncRef(ctypes.py_object(1))\nproto = ctypes.CFUNCTYPE(ctypes.c_int)\nfn = proto(len)\n_ctypes_size = ctypes.sizeof(ctypes.c_int)\n", []],
    ["x130, x131: the C library's `wordexp` (runs `$(…)` through sh) and glibc's `__libc_system`, and its name lookups, through `ctypes.pythonapi`", "a.py", "import ctypes\nbuf = ctypes.create_string_buffer(256)\nctypes.pythonapi.wordexp(b'$(id)', buf, 0)\nctypes.pythonapi.__libc_system(b'id')\nctypes.pythonapi.gethostbyname(b'x.example')\n", [[SHELL, "ctypes.pythonapi.wordexp"], [SHELL, "ctypes.pythonapi.__libc_system"], [NETWORK, "ctypes.pythonapi.gethostbyname"]]],
    ["look-alike: the C library's `getpid` and `strlen`", "a.py", "import ctypes\nctypes.pythonapi.getpid()\nctypes.pythonapi.strlen(b'id')\n", []],
    ["p11: `urllib.request.ftpwrapper(…)` connects as it is made; an FTP handler's `ftp_open`", "a.py", "import urllib.request\nurllib.request.ftpwrapper('u', 'p', 'x.example', 21, [])\nurllib.request.FTPHandler().ftp_open(req)\n", [[NETWORK, "urllib.request.ftpwrapper"], [NETWORK, "urllib.request.FTPHandler().ftp_open"]]],
    ["look-alike: `urllib.request.pathname2url`", "a.py", "import urllib.request\nurllib.request.pathname2url('x')\n", []],
    ["p12: `asyncio.streams.open_connection`, from-imported or through the package", "a.py", "import asyncio\nfrom asyncio.streams import open_connection\nasync def main():\n    await open_connection('x.example', 80)\n    await asyncio.streams.open_unix_connection('/run/x.sock')\n", [[NETWORK, "open_connection", 1], [NETWORK, "asyncio.streams.open_unix_connection"]]],
    ["look-alike: `asyncio.streams.StreamReader()`", "a.py", "import asyncio\nfrom asyncio.streams import StreamReader\nStreamReader()\nasyncio.streams.StreamReader()\n", []],
    ["u60, u61: timeit's setup runs before its statement, in its namespace (`setup=\"import os\"`, `Timer(stmt, setup)`)", "a.py", "import timeit\ntimeit.timeit(\"os.system('id')\", setup=\"import os\", number=1)\ntimeit.Timer(\"sp.run('id')\", \"import subprocess as sp\").timeit(1)\n", [[SHELL, "timeit.timeit"], [SHELL, "timeit.Timer"]]],
    ["look-alike: a setup importing os and a statement calling `os.getcwd`; a statement naming `os` with no setup or globals (timeit's own namespace)", "a.py", "import os, timeit\ntimeit.timeit(\"os.getcwd()\", setup=\"import os\", number=1)\ntimeit.timeit(\"os.system('id')\", number=1)\n", []],
    ["u62, v100–v103: a profiler's, tracer's or timer's statement reads the module's names (`__main__`'s, or `globals=globals()`)", "a.py", "import os, cProfile, profile, trace, timeit\ncProfile.run(\"os.system('id')\")\nprofile.run(\"os.popen('id')\")\ntrace.Trace(count=0, trace=0).run(\"os.system('id')\")\ntimeit.timeit(\"os.system('id')\", globals=globals(), number=1)\n", [[SHELL, "cProfile.run"], [SHELL, "profile.run"], [SHELL, "trace.Trace(count=0, trace=0).run"], [SHELL, "timeit.timeit"]]],
    ["u63, v106, v107: the names a dict written as the globals gives (`runctx(cmd, {\"o\": os}, {})`, `timeit(…, globals={\"o\": os})`)", "a.py", "import os, cProfile, profile, timeit\ncProfile.runctx(\"o.system('id')\", {\"o\": os}, {})\nprofile.runctx(\"os.system(c)\", {\"os\": os}, {\"c\": \"id\"})\ntimeit.timeit(\"o.system('id')\", globals={\"o\": os}, number=1)\n", [[SHELL, "cProfile.runctx"], [SHELL, "profile.runctx"], [SHELL, "timeit.timeit"]]],
    ["look-alike: the same given `os.getcwd`, and `None` as timeit's globals (its own namespace)", "a.py", "import os, cProfile, timeit\ncProfile.runctx(\"o.getcwd()\", {\"o\": os}, {})\ncProfile.run(\"os.getcwd()\")\ntimeit.timeit(\"os.system('id')\", globals=None, number=1)\n", []],
    ["w112–w114, w119: importers by name under import_module (`pydoc.safeimport`, `_gcd_import`, `BuiltinImporter.load_module`)", "a.py", "import pydoc\nimport importlib._bootstrap as b\nimport _frozen_importlib as fi\nimport importlib.machinery as m\npydoc.safeimport('os').system('id')\nb._gcd_import('os').popen('id')\nfi._gcd_import('subprocess').run('id')\nm.BuiltinImporter.load_module('posix').system('id')\n", [[SHELL, "pydoc.safeimport('os').system"], [SHELL, "b._gcd_import('os').popen"], [SHELL, "fi._gcd_import('subprocess').run"], [SHELL, "m.BuiltinImporter.load_module('posix').system"]]],
    ["look-alike: the same importers given modules no rule watches", "a.py", "import pydoc\nimport importlib._bootstrap as b\nimport importlib.machinery as m\npydoc.safeimport('json').dumps(1)\nb._gcd_import('os').getcwd()\nm.BuiltinImporter.load_module('math').sqrt(4)\n", []],
    ["w111: `pydoc.resolve(\"os.system\")[0]`, and a thing not constant (a name it may import)", "a.py", "import pydoc, sys\npydoc.resolve('os.system')[0]('id')\npydoc.resolve(sys.argv[1])\n", [[SHELL, "pydoc.resolve('os.system')[0]"], [DYNAMIC, "pydoc.resolve", 1]]],
    ["w120: a built-in or extension module made of a spec by `_imp`", "a.py", "import _imp, importlib.machinery as m\n_imp.create_builtin(m.ModuleSpec('posix', None)).system('id')\n", [[DYNAMIC, "_imp.create_builtin"]]],
    ["w117: doctest examples run in the globs `get_doctest` is given", "a.py", "import doctest, os\nt = doctest.DocTestParser().get_doctest('>>> o.system(\"id\")\\n', {'o': os}, 't', None, 0)\n", [[SHELL, "doctest.DocTestParser().get_doctest"]]],
    ["look-alike: the same examples given `os.getcwd`", "a.py", "import doctest, os\nt = doctest.DocTestParser().get_doctest('>>> o.getcwd()\\n', {'o': os}, 't', None, 0)\n", []],
    ["p01: a `.pdbrc`'s Python lines, `!` lines and command arguments (`p expr`)", ".pdbrc", "import os; os.system('id')\ncontinue\n!import subprocess;; p subprocess.run('id')\n", [[SHELL, "os.system"], [SHELL, "subprocess.run"]]],
    ["look-alike: a `.pdbrc` of commands over names no rule watches", ".pdbrc", "# start\nb 12\np os.getcwd()\nc\n", []],
  ];
  test.each(cases)("%s", async (_, file, text, expected) => expect(await found(file, text)).toEqual(expected.map(([rule, needle, nth]) => `${rule} ${at(text, needle, nth ?? 0)}`)));

  test("pdbrcLines blanks pdb's command words and `!`, keeping offsets; `;;` reads as `;`", () => {
    const text = "continue\n!x = 1;; p x\nimport os\n  b 3\n# c\n";
    expect(pdbrcLines(text)).toBe("        \n x = 1;    x\nimport os\n    3\n# c\n");
    expect(pdbrcLines(text).length).toBe(text.length);
  });
});
