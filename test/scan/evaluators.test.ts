import { describe, expect, it } from "vitest";
import { scanSource } from "../../core/scan/scan";
import { found, scanConfig } from "./helpers";

// Code handed to the language's evaluator as a string (core/scan/evaluators.ts): a constant the scan reads is scanned as
// code of the same language, each crossing reported at the evaluator's call; any other code is scan/dynamic-code.

describe("Python evaluators", () => {
  it("exec of a constant: the crossing in its code, at the call", async () => {
    expect(await found("a.py", `exec("import os; os.system('true')")\n`)).toEqual(["scan/shell-command 1:1-1:5"]);
  });

  it("escapes are read as Python reads them: a newline in the code", async () => {
    expect(await found("a.py", `exec("import os\\nos.system('x')")\n`)).toEqual(["scan/shell-command 1:1-1:5"]);
  });

  it("eval of an expression whose value is used in place: `eval(\"__import__('os')\").system(…)`", async () => {
    expect(await found("a.py", `eval("__import__('os')").system("true")\n`)).toEqual(["scan/shell-command 1:1-1:5"]);
  });

  it("compile of a constant is judged at the compile; exec of a code object is scan/dynamic-code too (the name may be reassigned, the compile the file's own)", async () => {
    const text = `c = compile("import os\\nos.system('x')", "f", "exec")\nexec(c)\nexec(compile("print(1)", "g", "exec"))\n`;
    expect(await found("a.py", text)).toEqual(["scan/shell-command 1:5-1:12", "scan/dynamic-code 2:1-2:5", "scan/dynamic-code 3:1-3:5"]);
    const reassigned = `import base64\nc = compile("1", "f", "eval")\nc = base64.b64decode("aW1wb3J0IG9z")\nexec(c)\n`;
    expect(await found("b.py", reassigned)).toEqual(["scan/dynamic-code 4:1-4:5"]);
    const own = `import base64\ndef compile(*a):\n    return base64.b64decode("aW1wb3J0IG9z")\nexec(compile("1", "f", "exec"))\n`;
    expect(await found("c.py", own)).toEqual(["scan/dynamic-code 4:1-4:5"]);
  });

  it("code that is not a constant (base64 decoded at run time) is scan/dynamic-code", async () => {
    const text = `import base64\nexec(base64.b64decode("aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ3RydWUnKQ=="))\neval(input())\n`;
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 2:1-2:5", "scan/dynamic-code 3:1-3:5"]);
  });

  it("the message says where the crossing runs", async () => {
    const [finding] = await scanSource("a.py", `exec("import subprocess\\nsubprocess.run(['ls'])")\n`, { config: scanConfig() });
    expect(finding!.message).toBe("`subprocess.run` starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit. It runs in the code passed to `exec` (line 2 of that code).");
  });

  it("code in code is scanned two levels deep; a third level is scan/dynamic-code", async () => {
    expect(await found("a.py", `exec("exec(\\"import os; os.system('x')\\")")\n`)).toEqual(["scan/shell-command 1:1-1:5"]);
    expect(await found("a.py", `exec("exec(\\"exec('import os')\\")")\n`)).toEqual(["scan/dynamic-code 1:1-1:5"]);
  });

  it("not the builtins: a function of the file named eval, a parameter named exec, methods, re.compile", async () => {
    const text = `import re\ndef eval(x):\n    return x\neval("__import__('os').system('x')")\ndef run(exec):\n    exec(input())\nclass K:\n    def exec(self, code): pass\nK().exec(input())\nre.compile(input())\n`;
    expect(await found("a.py", text)).toEqual([]);
  });

  it("reached otherwise: builtins.exec, __builtins__.exec, getattr(builtins, \"exec\"), a name holding the code", async () => {
    const text = `import builtins\nbuiltins.exec("import os; os.system('a')")\n__builtins__.exec("import os; os.system('b')")\ngetattr(builtins, "exec")("import os; os.system('c')")\nCODE = "import os; os.system('d')"\nexec(CODE)\n`;
    expect(await found("a.py", text)).toEqual(["scan/shell-command 2:1-2:14", "scan/shell-command 3:1-3:18", "scan/shell-command 4:1-4:26", "scan/shell-command 6:1-6:5"]);
    expect(await found("b.py", `__builtins__.exec(input())\n`)).toEqual(["scan/dynamic-code 1:1-1:18"]);
  });

  it("a name imported from a module hides the builtin where it is imported (`from py_compile import compile`)", async () => {
    const text = `def f(a, b):\n    from py_compile import compile\n    compile(a, b)\ncompile(input(), "f", "exec")\n`;
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 4:1-4:8"]);
  });

  it("a name respelled in the code is scan/respelled-name at the call", async () => {
    expect(await found("a.py", `exec("import \\uff4f\\uff53; \\uff4f\\uff53.system('x')")\n`)).toEqual(["scan/respelled-name 1:1-1:5"]);
  });

  it("a file run by its path or name (runpy, SourceFileLoader, spec_from_file_location) and unpickling (pickle, dill) are scan/dynamic-code", async () => {
    const text = `import runpy, pickle as p, importlib.util\nfrom importlib.machinery import SourceFileLoader\nrunpy.run_path("payload.dat")\nrunpy.run_module("http.server")\nSourceFileLoader("m", "p.txt").load_module()\nimportlib.util.spec_from_file_location("m", "p.txt")\np.loads(data)\np.Unpickler(f).load()\n`;
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 3:1-3:15", "scan/dynamic-code 4:1-4:17", "scan/dynamic-code 5:1-5:17", "scan/dynamic-code 6:1-6:39", "scan/dynamic-code 7:1-7:8", "scan/dynamic-code 8:1-8:12"]);
    expect(await found("b.py", `import pickle, importlib.util\npickle.dumps(1)\nimportlib.util.find_spec("x")\ndef f(pickle):\n    return pickle.loads(x)\n`)).toEqual([]);
    // A native library loaded: `ctypes.CDLL(None).system(b"id")` runs a shell (CPython runs it).
    expect(await found("c.py", `import ctypes\nfrom ctypes import cdll\nctypes.CDLL(None).system(b"id")\ncdll.LoadLibrary("libc.so.6").system(b"x")\nctypes.sizeof(ctypes.c_int)\n`)).toEqual(["scan/dynamic-code 3:1-3:12", "scan/dynamic-code 4:1-4:17"]);
  });

  it("the other file loaders (sourceless, extension, a folder's finder, importlib._bootstrap_external, a zip archive's module, imp's, source suffixes added) are scan/dynamic-code", async () => {
    const text = `import imp, zipimport, importlib.machinery as M\nimport importlib._bootstrap_external as B\nfrom importlib.machinery import SourcelessFileLoader as L\nL("p", "p.pyc").load_module()\nM.ExtensionFileLoader("p", "p.so")\nM.FileFinder(".", (M.SourceFileLoader, [".dat"]))\nM.FileFinder.path_hook((M.SourceFileLoader, [".dat"]))\nB.SourceFileLoader("p", "p.dat")\nzipimport.zipimporter("p.zip").load_module("m")\nimp.load_compiled("p", "p.pyc")\nimp.load_module("p", f, "p.dat", d)\nM.SOURCE_SUFFIXES.append(".dat")\n`;
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 4:1-4:2", "scan/dynamic-code 5:1-5:22", "scan/dynamic-code 6:1-6:13", "scan/dynamic-code 7:1-7:23", "scan/dynamic-code 8:1-8:19", "scan/dynamic-code 9:1-9:43", "scan/dynamic-code 10:1-10:18", "scan/dynamic-code 11:1-11:16", "scan/dynamic-code 12:1-12:25"]);
    // Clean: a zip archive read for data, the suffixes read, a finder's own class, a list's append.
    const clean = `import zipimport, importlib.machinery as M\nz = zipimport.zipimporter("p.zip")\nz.get_data("m/x.txt")\nif ext in M.SOURCE_SUFFIXES:\n    pass\nclass FileFinder:\n    pass\nFileFinder()\nsuffixes = []\nsuffixes.append(".dat")\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("the code module's interpreters: runsource, runcode and push of a constant are scanned, else scan/dynamic-code; interact() reads a stream", async () => {
    const text = `import code\nfrom code import InteractiveConsole as IC\ncode.InteractiveInterpreter().runsource("import os; os.system('x')")\ni = code.InteractiveInterpreter()\ni.runcode(c)\nIC().push(line)\nIC().interact()\ncode.interact()\ncode.compile_command(src)\n`;
    expect(await found("a.py", text)).toEqual(["scan/shell-command 3:1-3:40", "scan/dynamic-code 5:1-5:10", "scan/dynamic-code 6:1-6:10", "scan/dynamic-code 7:1-7:14", "scan/dynamic-code 8:1-8:14", "scan/dynamic-code 9:1-9:21"]);
    // Clean: constant code that crosses nothing, a console made and not used, a local function named interact, the codecs module.
    const clean = `import code, codecs\ncode.compile_command("1 + 1")\ncode.InteractiveConsole().push("x = 1")\nc = code.InteractiveConsole(locals())\ndef interact():\n    pass\ninteract()\ncodecs.open("f")\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("debuggers, profilers and timers run a statement string (pdb, bdb, profile, cProfile, trace, timeit's statement and setup): a constant is scanned, else scan/dynamic-code", async () => {
    const text = `import pdb, bdb, profile, cProfile, trace, timeit, sys\nS = "import os; os.system('x')"\npdb.run(S)\nprofile.run(S)\ncProfile.Profile().runctx(S, {}, {})\ntimeit.timeit("pass", setup=S)\ntimeit.Timer(S)\ntrace.Trace().run(S)\npdb.runeval(sys.argv[1])\nbdb.Bdb().run(sys.argv[1])\ntimeit.repeat(sys.argv[1])\ntimeit.timeit("pass", sys.argv[1])\n`;
    expect(await found("a.py", text)).toEqual([
      "scan/shell-command 3:1-3:8",
      "scan/shell-command 4:1-4:12",
      "scan/shell-command 5:1-5:26",
      "scan/shell-command 6:1-6:14",
      "scan/shell-command 7:1-7:13",
      "scan/shell-command 8:1-8:18",
      "scan/dynamic-code 9:1-9:12",
      "scan/dynamic-code 10:1-10:14",
      "scan/dynamic-code 11:1-11:14",
      "scan/dynamic-code 12:1-12:14",
    ]);
    // Clean: constant code that crosses nothing, a lambda timed, a function of the file named run.
    const clean = `import timeit, cProfile\ndef f():\n    pass\ntimeit.timeit("f()", setup="from __main__ import f", number=10)\ntimeit.timeit(lambda: f(), number=10)\ncProfile.run("f()")\ndef run(s):\n    pass\nrun(input())\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("a debugger's prompt (`breakpoint()`, `pdb.set_trace()`, `post_mortem`) reads a stream; CPython's C API through ctypes runs a string (scanned when constant) or imports by name", async () => {
    const text = `import ctypes, pdb\nbreakpoint()\npdb.set_trace()\npdb.Pdb().set_trace()\npdb.post_mortem(tb)\nctypes.pythonapi.PyRun_SimpleString(b"import os; os.system('x')")\nctypes.pythonapi.PyRun_SimpleString(code)\nctypes.pythonapi.PyImport_ImportModule(b"os")\n`;
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 2:1-2:11", "scan/dynamic-code 3:1-3:14", "scan/dynamic-code 4:1-4:20", "scan/dynamic-code 5:1-5:16", "scan/shell-command 6:1-6:36", "scan/dynamic-code 7:1-7:36", "scan/dynamic-code 8:1-8:39"]);
    const clean = `import ctypes, pdb\nctypes.pythonapi.Py_IncRef(o)\nctypes.pythonapi.PyRun_SimpleString(b"x = 1")\ndef breakpoint():\n    pass\nbreakpoint()\np = pdb.Pdb()\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("data that names functions loaded (shelve, jsonpickle, pandas.read_pickle, PyYAML's unsafe_load and full loaders handed to yaml.load) is scan/dynamic-code; PyYAML's safe loading is not", async () => {
    const text = `import shelve, jsonpickle, pandas, yaml\nshelve.open("db")\njsonpickle.decode(s)\npandas.read_pickle("p.pkl")\nyaml.unsafe_load(s)\nyaml.load(s, Loader=yaml.Loader)\nyaml.load(s, yaml.UnsafeLoader)\n`;
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 2:1-2:12", "scan/dynamic-code 3:1-3:18", "scan/dynamic-code 4:1-4:19", "scan/dynamic-code 5:1-5:17", "scan/dynamic-code 6:21-6:32", "scan/dynamic-code 7:14-7:31"]);
    const clean = `import yaml, json, pandas\nyaml.load(s, Loader=yaml.SafeLoader)\nyaml.safe_load(s)\nyaml.dump(d)\njson.loads(s)\npandas.read_csv("p.csv")\nclass Loader:\n    pass\nyaml.load(s, Loader=yaml.CSafeLoader)\nhave_c = bool(yaml.CLoader)\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("a suppression comment hides scan/dynamic-code", async () => {
    expect(await found("a.py", `exec(input())\n`)).toEqual(["scan/dynamic-code 1:1-1:5"]);
    expect(await found("a.py", `exec(input())  # flowgate: ignore-boundary -- the sandbox's own runner\n`)).toEqual([]);
  });
  it("doctest runs the `>>> ` examples of the file's docstrings and `__test__` strings in the module's globals: each crossing at its example; another module's docstrings are scan/dynamic-code", async () => {
    const text = [
      '"""Helpers.',
      "",
      ">>> import subprocess",
      '>>> subprocess.run(["id"])  # doctest: +ELLIPSIS',
      "CompletedProcess(...)",
      '"""',
      "import os, doctest, helpers",
      "",
      "def double(x):",
      '    """Twice x.',
      "",
      "    >>> double(2)",
      "    4",
      "    >>> os.system(",
      '    ...     "id")',
      "    0",
      '    """',
      "    return x * 2",
      "",
      "class Tool:",
      "    def go(self):",
      `        "\\x3e\\x3e\\x3e os.system('id')"`,
      "",
      '__test__ = {"extra": ">>> os.popen(\'id\').read()"}',
      "doctest.testmod()",
      "doctest.run_docstring_examples(double, globals())",
      "doctest.testmod(helpers)",
      "",
    ].join("\n");
    expect(await found("a.py", text)).toEqual([
      "scan/shell-command 4:5-4:19",
      "scan/shell-command 14:9-14:18",
      "scan/shell-command 22:9-22:9",
      "scan/shell-command 24:27-24:35",
      "scan/dynamic-code 27:1-27:16",
    ]);
    const [first] = await scanSource("a.py", text, { config: scanConfig({}) });
    expect(first!.message).toBe("`subprocess.run` starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit. It is a docstring example, which `doctest.testmod` at line 25 runs.");
    // Clean: examples that cross nothing, a `>>>` without its blank (doctest refuses it), prose after an example, a
    // crossing in a docstring of a file that runs no doctest, and a docstring shown, not run.
    const clean = [
      "import doctest, os",
      "def f():",
      '    """>>> f()',
      "    >>>os.system('id')",
      "    os.system('id') is how not to do it",
      '    """',
      "doctest.testmod()",
      "",
    ].join("\n");
    expect(await found("b.py", clean)).toEqual([]);
    expect(await found("c.py", 'import os\ndef f():\n    """\n    >>> os.system("id")\n    """\nprint(f.__doc__)\n')).toEqual([]);
  });
});

describe("JavaScript evaluators", () => {
  it("the Function constructor called through Reflect (`Reflect.construct(Function, [code])`, `Reflect.apply(Function, null, [code])`) is scan/dynamic-code, as is a list not written in place; constant code in the list is scanned; compared, matched in a test or read as a type, it is not", async () => {
    const text = `Reflect.construct(Function, [code])();\nReflect.apply(Function, null, [code])();\nReflect.construct(Function, args)();\nReflect.construct(Function, ['require("child_process").exec("x")'])();\n`;
    expect(await found("a.js", text)).toEqual(["scan/dynamic-code 1:19-1:27", "scan/dynamic-code 2:15-2:23", "scan/dynamic-code 3:19-3:27", "scan/shell-command 4:19-4:27"]);
    expect(await found("b.ts", `const ok = f instanceof Function;\nfunction g(cb: Function): void {}\nexpect(spy).toHaveBeenCalledWith(expect.any(Function));\nReflect.apply(g, null, []);\n`)).toEqual([]);
  });
  it("a native addon loaded by its path (`require(\"./build/Release/x.node\")`, a path built to one, a made require's) is scan/dynamic-code, as `process.dlopen` is; a JSON file or a module named like one is not", async () => {
    const text = `const path = require("path");\nconst a = require("./build/Release/a.node");\nconst b = require(path.join(__dirname, "b.node"));\nconst c = require(\`./build/\${mode}/c.node\`);\n`;
    expect(await found("a.js", text)).toEqual(["scan/dynamic-code 2:11-2:18", "scan/dynamic-code 3:11-3:18", "scan/dynamic-code 4:11-4:18"]);
    expect(await found("b.mjs", `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\nrequire("./h.node");\n`)).toEqual(["scan/dynamic-code 3:1-3:8"]);
    const clean = `const d = require("./data.json");\nconst e = require("./node");\nconst f = require("node:fs");\nconst g = require("./x.node.js");\n`;
    expect(await found("c.js", clean)).toEqual([]);
  });
  it("a CommonJS module compiled from a string (`new Module(id)._compile(code, file)`, `Module.prototype._compile.call`): a constant is scanned, else scan/dynamic-code", async () => {
    const text = `const M = require("module");\nconst { Module } = require("node:module");\nnew M("x")._compile('require("child_process").execSync("id")', "x.js");\nnew Module("y")._compile(process.argv[2], "y.js");\nM.prototype._compile.call(module, code, "z.js");\n`;
    expect(await found("a.js", text)).toEqual(["scan/shell-command 3:1-3:20", "scan/dynamic-code 4:1-4:25", "scan/dynamic-code 5:1-5:26"]);
    const clean = `const M = require("module");\nnew M("x")._compile("module.exports = 1", "x.js");\nconst c = { _compile(s) { return s; } };\nc._compile(process.argv[2]);\n`;
    expect(await found("b.js", clean)).toEqual([]);
  });

  it("module loader hooks registered (`register(\"data:text/javascript,…\")`, a hooks file, a name from the environment) are scan/dynamic-code: the module runs and sees every module loaded after; a CommonJS module's own `module.register` and another object's `register` are not", async () => {
    const text = `import { register } from "node:module";\nimport * as m from "module";\nregister("data:text/javascript,process.getBuiltinModule('child_process').execSync('id')");\nm.register("./hooks.mjs", import.meta.url);\nregister(process.env.HOOKS);\n`;
    expect(await found("a.mjs", text)).toEqual(["scan/dynamic-code 3:1-3:9", "scan/dynamic-code 4:1-4:11", "scan/dynamic-code 5:1-5:9"]);
    expect(await found("b.js", `module.register("x");\nconst app = { register(p) {} };\napp.register("./plugin");\nfastify.register(require("./routes"));\n`)).toEqual([]);
  });

  it("eval of a constant: the crossing in its code, at the call", async () => {
    expect(await found("a.js", `eval('require("child_process").execSync("true")');\n`)).toEqual(["scan/shell-command 1:1-1:5"]);
  });

  it("new Function's body, its value used where it is called (`new Function(\"require\", …)(require).execSync(…)`)", async () => {
    expect(await found("a.js", `new Function("require", 'return require("child_process")')(require).execSync("true");\n`)).toEqual(["scan/shell-command 1:5-1:13"]);
    expect(await found("a.js", `Function('require("child_process").exec("x")')();\n`)).toEqual(["scan/shell-command 1:1-1:9"]);
    // A body only returning a global's value is followed by the analysis, reported once; `return require` in its own code.
    const returned = `Function("return require")()("child_process").exec("x");\nnew Function("return process")().mainModule.require("child_process").exec("y");\n`;
    expect(await found("b.js", returned)).toEqual(["scan/shell-command 1:1-1:9", "scan/shell-command 2:1-2:74"]);
  });

  it("a worker: code given with `{ eval: true }` is scanned or scan/dynamic-code; a script that is not a JavaScript source by its name is scan/dynamic-code", async () => {
    const text = 'const { Worker } = require("worker_threads");\nnew Worker("./payload.txt");\nnew Worker(\'require("child_process").execSync("id")\', { eval: true });\nnew Worker(code, { eval: true });\nnew Worker(file);\n';
    expect(await found("a.js", text)).toEqual(["scan/dynamic-code 2:5-2:11", "scan/shell-command 3:5-3:11", "scan/dynamic-code 4:5-4:11", "scan/dynamic-code 5:5-5:11"]);
    // Code held in a const, however long (a worker's source written beside it), is read as code.
    const held = `const { Worker } = require("worker_threads");\nnew Worker(SRC, { eval: true });\nnew Worker(RUN, { eval: true });\nconst SRC = \`\nconst { parentPort } = require("node:worker_threads");\n${"// a line of comment to make it long\\n".repeat(12)}parentPort.on("message", (m) => parentPort.postMessage(m));\n\`;\nconst RUN = \`\n${"// padding\\n".repeat(30)}require("child_process").execSync("id");\n\`;\n`;
    expect(await found("c.js", held)).toEqual(["scan/shell-command 3:5-3:11"]);
    const scripts = 'import { Worker } from "node:worker_threads";\nnew Worker("./w.js");\nnew Worker(new URL("./w.mjs", import.meta.url));\nnew Worker(path.join(__dirname, "w.js"));\nnew Worker(__filename);\nnew Worker(import.meta.url);\n';
    expect(await found("b.mjs", scripts)).toEqual([]);
  });

  it("vm: runInThisContext, runInNewContext, new vm.Script", async () => {
    const text = `const vm = require("vm");\nrequire("vm").runInThisContext('require("child_process").execSync("x")');\nvm.runInNewContext('fetch("https://x")');\nnew vm.Script('require("child_process").exec("y")');\nvm.runInNewContext("1 + 1");\n`;
    expect(await found("a.js", text)).toEqual(["scan/shell-command 2:1-2:31", "scan/network-call 3:1-3:19", "scan/shell-command 4:5-4:14"]);
  });

  it("a timer given a string runs it; given a function it does not", async () => {
    const text = `setTimeout("require('child_process').exec('z')", 10);\nsetTimeout(() => 1, 10);\nsetInterval(tick, 5);\nsetTimeout("x" + code, 1);\n`;
    expect(await found("a.js", text)).toEqual(["scan/shell-command 1:1-1:11", "scan/dynamic-code 4:1-4:11"]);
  });

  it("code that is not a constant (atob at run time) is scan/dynamic-code, in TypeScript too", async () => {
    expect(await found("a.ts", `eval(atob("cmVxdWlyZQ=="));\nconst f = new Function("a", body);\n`)).toEqual(["scan/dynamic-code 1:1-1:5", "scan/dynamic-code 2:15-2:23"]);
  });

  it("reached otherwise: globalThis.eval, indirect (0, eval), an alias, vm imported or destructured", async () => {
    const text = `import vm from "node:vm";\nimport { runInNewContext } from "vm";\nglobalThis.eval('require("child_process").exec("a")');\n(0, eval)('require("child_process").exec("b")');\nconst e = eval; e('fetch("https://c")');\nvm.runInThisContext('fetch("https://d")');\nrunInNewContext('fetch("https://e")');\n`;
    expect(await found("a.mjs", text)).toEqual(["scan/shell-command 3:1-3:16", "scan/shell-command 4:5-4:9", "scan/network-call 5:17-5:18", "scan/network-call 6:1-6:20", "scan/network-call 7:1-7:16"]);
  });

  it("the Function constructor reached through `constructor`: of a function, arrow, generator or class written in place, of Object.getPrototypeOf(one), and any value's `.constructor.constructor`", async () => {
    const text = [
      `(async () => {}).constructor('require("child_process").execSync("a")');`,
      "new ((async function () {}).constructor)(code);",
      "Object.getPrototypeOf(async function () {}).constructor(code);",
      `Object.getPrototypeOf(function* () {}).constructor('fetch("https://b")');`,
      "[].constructor.constructor(code)();",
      `x.constructor.constructor('require("child_process").exec("c")')();`,
      "(function () {}).constructor(code);",
      "(class {}).constructor(code);",
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([
      "scan/shell-command 1:1-1:29",
      "scan/dynamic-code 2:5-2:41",
      "scan/dynamic-code 3:1-3:56",
      "scan/network-call 4:1-4:51",
      "scan/dynamic-code 5:1-5:27",
      "scan/shell-command 6:1-6:26",
      "scan/dynamic-code 7:1-7:29",
      "scan/dynamic-code 8:1-8:23",
    ]);
    // Clean: a class's own constructor (`new this.constructor(opts)`), any object's `constructor` called, read or declared, and constant code crossing nothing.
    const clean = "class A {\n  constructor(o) { this.o = o; }\n  copy() { return new this.constructor(this.o); }\n}\nobj.constructor(x);\nconst n = this.constructor.name;\n(() => {}).constructor('return 1')();\n";
    expect(await found("b.js", clean)).toEqual([]);
  });

  it("the Function constructor reached by a quoted key (`x.constructor[\"constructor\"]`), invoked through `.call`/`.apply`, or bound (`.bind(null, code)()`)", async () => {
    const text = [
      `x.constructor["constructor"](code)();`,
      `x.constructor['constructor']('require("child_process").execSync("a")')();`,
      "x.constructor.constructor.call(null, code)();",
      "x.constructor.constructor.apply(null, [code])();",
      "x.constructor.constructor.bind(null, code)()();",
      "(x as any).constructor.constructor(code)();",
      "",
    ].join("\n");
    expect(await found("a.ts", text)).toEqual([
      "scan/dynamic-code 1:1-1:29",
      "scan/shell-command 2:1-2:29",
      "scan/dynamic-code 3:1-3:31",
      "scan/dynamic-code 4:1-4:32",
      "scan/dynamic-code 5:1-5:31",
      "scan/dynamic-code 6:1-6:35",
    ]);
    // Clean: another key of a constructor, and `.call`/`.bind` of an object's own constructor.
    expect(await found("b.ts", `x.constructor["name"](code);\nx.constructor.call(null, code);\nobj.constructor.bind(null, code)();\n`)).toEqual([]);
  });

  it("the Function constructor so reached and held by a name (`const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor`), as libraries write it", async () => {
    const text = [
      "const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;",
      "new AsyncFunction(code)();",
      "const G = (function* () {}).constructor, F = x.constructor.constructor;",
      `G('require("child_process").execSync("a")').next();`,
      "F(code)();",
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual(["scan/dynamic-code 2:5-2:18", "scan/shell-command 4:1-4:2", "scan/dynamic-code 5:1-5:2"]);
    // Clean: a name holding an object's own constructor, and constant code crossing nothing.
    expect(await found("b.js", "const C = obj.constructor;\nnew C(x);\nconst A = Object.getPrototypeOf(async () => {}).constructor;\nnew A('return 1');\n")).toEqual([]);
  });

  it("an inspector session's evaluating methods (Runtime.evaluate, compileScript, callFunctionOn, Debugger.evaluateOnCallFrame) in a file loading the inspector", async () => {
    const text = [
      'const s = new (require("node:inspector").Session)();',
      `s.post("Runtime.evaluate", { expression: 'require("child_process").execSync("id")' });`,
      "const expression = code;",
      's.post("Runtime.evaluate", { expression });',
      `s.post("Runtime.callFunctionOn", { functionDeclaration: "function () { fetch('https://x') }" });`,
      's.post("Debugger.evaluateOnCallFrame", { callFrameId: id, expression: e });',
      's.post("Runtime.compileScript", { expression: "1 + 1", persistScript: true });',
      's.post("Profiler.enable");',
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual(["scan/shell-command 2:1-2:7", "scan/dynamic-code 4:1-4:7", "scan/network-call 5:1-5:7", "scan/dynamic-code 6:1-6:7"]);
    expect(await found("b.mjs", 'import { Session } from "inspector/promises";\nconst session = new Session();\nawait session.post("Runtime.compileScript", { expression: src, sourceURL: "x" });\n')).toEqual(["scan/dynamic-code 3:7-3:19"]);
    // Clean: the same method name posted by a file that does not load the inspector (an HTTP client's `post`).
    expect(await found("c.js", 'api.post("Runtime.evaluate", { expression: code });\n')).toEqual([]);
  });

  it("repl.start and new repl.REPLServer read code from a stream; vm.SourceTextModule is vm.Script's evaluator; vm.SyntheticModule runs a function of the file's", async () => {
    const text = `const repl = require("node:repl");\nconst vm = require("vm");\nrepl.start("> ");\nnew repl.REPLServer({ input });\nnew vm.SourceTextModule('import cp from "child_process"; cp.execSync("x")');\nnew vm.SourceTextModule(src);\nnew vm.SyntheticModule(["x"], function () {});\n`;
    expect(await found("a.js", text)).toEqual(["scan/dynamic-code 3:1-3:11", "scan/dynamic-code 4:5-4:20", "scan/shell-command 5:5-5:24", "scan/dynamic-code 6:5-6:24"]);
    expect(await found("b.js", 'const vm = require("vm");\nnew vm.SourceTextModule("export const x = 1;");\nrequire("repl").builtinModules;\n')).toEqual([]);
  });

  it("importScripts (a web worker's scripts fetched and run) and process.dlopen (a native addon loaded by its path) are scan/dynamic-code", async () => {
    const text = `importScripts("https://cdn.example/lib.js");\nself.importScripts(url);\nprocess.dlopen(module, path);\nconst { dlopen } = require("node:process");\ndlopen(m, p);\n`;
    expect(await found("a.js", text)).toEqual(["scan/dynamic-code 1:1-1:14", "scan/dynamic-code 2:1-2:19", "scan/dynamic-code 3:1-3:15", "scan/dynamic-code 5:1-5:7"]);
    expect(await found("b.js", `if (typeof importScripts === "function") ready();\nfunction f(importScripts) { importScripts(u); }\nprocess.dlopenFlags;\n`)).toEqual([]);
  });

  it("not the builtins: a parameter named eval, regex.exec, JSON.parse, a method named exec", async () => {
    const text = `function f(eval) { return eval(input); }\n/a/.exec(s);\nJSON.parse(s);\nconst db = open();\ndb.exec(sql);\n`;
    expect(await found("a.js", text)).toEqual([]);
  });
});

describe("Python: a module's or class's binding of a builtin evaluator's name hides it only once surely made", () => {
  // At a module's or class's level a name is read when the code runs (its globals, then the builtins): a binding that may not
  // happen, or is deleted, leaves the builtin; in a function any binding makes the name local (a read before it raises).
  it("a binding in an `if`, a loop over nothing, a deleted one, one in a `try`, one after the call, a class's conditional one: the builtin runs the code", async () => {
    const code = `("import os; os.system('x')")`;
    expect(await found("a.py", `if False:\n    exec = print\nexec${code}\n`)).toEqual(["scan/shell-command 3:1-3:5"]);
    expect(await found("b.py", `exec = print\ndel exec\nexec${code}\n`)).toEqual(["scan/shell-command 3:1-3:5"]);
    expect(await found("c.py", `for exec in ():\n    pass\nexec${code}\n`)).toEqual(["scan/shell-command 3:1-3:5"]);
    expect(await found("d.py", `try:\n    from py_compile import compile as exec\nexcept ImportError:\n    pass\nexec${code}\n`)).toEqual(["scan/shell-command 5:1-5:5"]);
    expect(await found("e.py", `exec${code}\ndef exec(s):\n    pass\n`)).toEqual(["scan/shell-command 1:1-1:5"]);
    expect(await found("f.py", `class K:\n    if False:\n        eval = print\n    eval("__import__('os').system('x')")\n`)).toEqual(["scan/shell-command 4:5-4:9"]);
    expect(await found("g.py", `exec = print\nglobals()["exec"] = __builtins__.exec\nexec${code}\n`)).toEqual(["scan/shell-command 3:1-3:5"]);
  });

  it("clean: an unconditional binding before the call (an assignment, a def, an import, a class's own), and a function's conditional one", async () => {
    const code = `("import os; os.system('x')")`;
    expect(await found("a.py", `def my_exec(s):\n    print(s)\nexec = my_exec\nexec${code}\n`)).toEqual([]);
    expect(await found("b.py", `def exec(s):\n    pass\nexec${code}\nfrom py_compile import compile as eval\neval${code}\n`)).toEqual([]);
    expect(await found("c.py", `class K:\n    eval = print\n    eval("__import__('os').system('x')")\n`)).toEqual([]);
    expect(await found("d.py", `def f(c):\n    if c:\n        exec = print\n    exec${code}\n`)).toEqual([]);
  });
});

describe("Python: code from data, name resolvers and evaluated annotations a red team ran (redteam2 p46–p55, p101)", () => {
  it("a code object read from bytes or made into a function (marshal, types.FunctionType/CodeType) is scan/dynamic-code; marshal.dumps and a function's own __code__ copied are not", async () => {
    const text = `import marshal, types\ntypes.FunctionType(marshal.loads(CODE), {})()\nc = marshal.load(f)\ntypes.CodeType(0, 0, 0, 0, 0, 0, b, (), (), (), "f", "n", "q", 1, b"", b"")\n`;
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 2:1-2:19", "scan/dynamic-code 2:20-2:33", "scan/dynamic-code 3:5-3:17", "scan/dynamic-code 4:1-4:15"]);
    expect(await found("b.py", `import marshal, types\nb = marshal.dumps(c)\ng = types.FunctionType(f.__code__, globals(), "g")\nt = types.SimpleNamespace(a=1)\n`)).toEqual([]);
  });

  it("codeop's compilers are the code module's: a constant is scanned, else scan/dynamic-code", async () => {
    const text = `import codeop\ncodeop.compile_command("import os; os.system('x')", "x", "exec")\ncodeop.Compile()(src, "f", "exec")\ncc = codeop.CommandCompiler()\ncc(line)\n`;
    expect(await found("a.py", text)).toEqual(["scan/shell-command 2:1-2:23", "scan/dynamic-code 3:1-3:17", "scan/dynamic-code 5:1-5:3"]);
    expect(await found("b.py", `import codeop\ncodeop.compile_command("1 + 1")\ncodeop.PyCF_DONT_IMPLY_DEDENT\n`)).toEqual([]);
  });

  it("pickle's private and C loaders and multiprocessing's ForkingPickler.loads unpickle; dumping does not", async () => {
    const text = `import pickle, _pickle\nfrom multiprocessing.reduction import ForkingPickler\nForkingPickler.loads(b)\npickle._loads(b)\npickle._Unpickler(f).load()\n_pickle.loads(b)\n`;
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 3:1-3:21", "scan/dynamic-code 4:1-4:14", "scan/dynamic-code 5:1-5:18", "scan/dynamic-code 6:1-6:14"]);
    expect(await found("b.py", `import pickle, _pickle\nfrom multiprocessing.reduction import ForkingPickler\nForkingPickler.dumps(o)\npickle._dumps(o)\n_pickle.dumps(o)\n`)).toEqual([]);
  });

  it("a loader class built on importlib.abc's SourceLoader, made, is scan/dynamic-code; a class of the file named SourceLoader and a meta path finder are not", async () => {
    const text = `import importlib.abc, importlib.util\nclass Loader(importlib.abc.SourceLoader):\n    def get_filename(self, name): return "banner.txt"\n    def get_data(self, path): return open(path, "rb").read()\nspec = importlib.util.spec_from_loader("banner", Loader())\n`;
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 5:50-5:56"]);
    expect(await found("b.py", `import importlib.abc\nclass SourceLoader:\n    pass\nSourceLoader()\nclass F(importlib.abc.MetaPathFinder):\n    pass\nF()\n`)).toEqual([]);
  });

  it("a name resolved to its member (pydoc.locate, logging's configurators' resolve, an EntryPoint loaded): a constant is that member, another scan/dynamic-code", async () => {
    const text = `import pydoc, sys, logging.config as lc\nfrom importlib.metadata import EntryPoint\npydoc.locate("os.system")("id")\nrun = lc.BaseConfigurator({}).resolve("os.system")\nrun("id")\nEntryPoint("s", "os:system", "g").load()("id")\nlc.DictConfigurator({}).resolve("subprocess.run")(["id"])\npydoc.locate(sys.argv[1])\nEntryPoint("s", sys.argv[1], "g").load()\n`;
    expect(await found("a.py", text)).toEqual(["scan/shell-command 3:1-3:26", "scan/shell-command 5:1-5:4", "scan/shell-command 6:1-6:41", "scan/shell-command 7:1-7:50", "scan/dynamic-code 8:1-8:13", "scan/dynamic-code 9:1-9:11"]);
    // Clean: names of modules that cross nothing, pydoc's documentation of a name, an entry point made and not loaded (setuptools checks names so).
    const clean = `import pydoc, logging.config as lc\nfrom importlib.metadata import EntryPoint\npydoc.locate("json.dumps")\npydoc.render_doc("os.system")\nEntryPoint("a", "json:dumps", "g").load()\nlc.BaseConfigurator({}).resolve("logging.StreamHandler")\nep = EntryPoint("a", v, "g")\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("a builtin picked by a name read at run time (getattr(builtins, name)) is scan/dynamic-code; one named is that builtin", async () => {
    const text = `import builtins\nrunner = getattr(builtins, bytes([101, 120, 101, 99]).decode())\nrunner("import os")\nvars(builtins)[k](s)\n`;
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 3:1-3:7", "scan/dynamic-code 4:1-4:18"]);
    expect(await found("b.py", `import builtins\ngetattr(builtins, "len")(x)\nbuiltins.print("x")\n`)).toEqual([]);
  });

  it("string annotations evaluated (get_type_hints; inspect with eval_str=True) are scanned, each crossing at its annotation; none in the file, or eval_str not asked, are not", async () => {
    const text = `import typing, inspect\ndef handler(x: "__import__('os').system('id')") -> "int": pass\ntyping.get_type_hints(handler)\ninspect.signature(handler, eval_str=True)\n`;
    expect(await found("a.py", text)).toEqual(["scan/shell-command 2:16-2:16"]);
    const unasked = `import inspect\ndef handler(x: "__import__('os').system('id')"): pass\ninspect.signature(handler)\ninspect.get_annotations(handler, eval_str=False)\n`;
    expect(await found("b.py", unasked)).toEqual([]);
    expect(await found("c.py", `import typing\nfrom typing import List\ndef f(x: int, y: "List[int]") -> "str": pass\ntyping.get_type_hints(f)\n`)).toEqual([]);
  });
});
