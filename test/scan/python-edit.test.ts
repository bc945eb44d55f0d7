import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { Parser, type Tree } from "@vscode/tree-sitter-wasm";
import * as pythonEdit from "../../core/scan/python-edit";
import { REPO } from "../helpers/cli";
import { randomEdits, typing as typeWith } from "./edits";
import { at } from "./helpers";

/**
 * The re-analysis of only the statements an edit touched (core/scan/python-edit.ts) must give exactly
 * what a full scan of the same text gives: findings, positions, messages, resolution steps, order.
 */

/** Keystroke-sized and statement-sized edits: calls, shadowing, re-binding, comments, strings, brackets, indentation, non-ASCII, unpacking, loops, containers, class instances. */
const SNIPPETS = [
  "x",
  "é😀",
  "\n",
  "    ",
  "# ",
  '"',
  '"""',
  "(",
  ")",
  ":",
  "\nsubprocess.run(['ls'])\n",
  "os.system('x'); ",
  "\ndef f(os):\n    os.system('x')\n",
  "\nrun = subprocess.run\nrun('x')\n",
  "\nclass C(requests.Session):\n    pass\n",
  "\nfor os in []:\n    pass\n",
  "\nimport subprocess as sp\nsp.Popen('x')\n",
  "\nexecutor.submit(os.system, 'x')\n",
  "  # flowgate: ignore-boundary -- test\n",
  "getattr(os, 'system')('x')\n",
  "self.client = requests.Session()\nself.client.get('u')\n",
  "\nx, y = os.system, 1\nx('a')\n",
  "\nfor fn in (print, os.system):\n    fn('b')\n",
  "d = {'r': os.system}\nd['r']('c')\n",
  "vars(os)['system']('d')\n",
  "\nclass K:\n    def __init__(self):\n        self.run = os.system\nK().run('e')\n",
  "a = b = os.popen\n",
  'sys.modules["os"].system("f")\n',
  "R = {'a': print, 'b': os.system}\nR[k]('g')\nR[K]('h')\n",
  "K = 'b'\n",
];

/** Real files nobody here wrote: the examples, CPython's standard library and Debian's python3-sh / python3-pexpect. */
const FILES = [
  join(REPO, "examples/agent/tools.py"),
  "/usr/lib/python3.11/os.py",
  "/usr/lib/python3.11/pty.py",
  "/usr/lib/python3.11/subprocess.py",
  "/usr/lib/python3/dist-packages/sh.py",
  "/usr/lib/python3/dist-packages/pexpect/pty_spawn.py",
];

afterEach(() => vi.restoreAllMocks());

describe("re-analysis after an edit equals a full scan", () => {
  // The last one again with Windows line ends (columns, line starts and the edit's rows count differently).
  test.each([...FILES.map((file, i) => [file, i, false] as const), [FILES[3]!, 9, true] as const])("%s: 40 random edits (seed %i, CRLF %s)", async (file, seed, crlf) => {
    expect(existsSync(file), `${file} (Debian's python3 packages are part of the test setup)`).toBe(true);
    const original = crlf ? readFileSync(file, "utf8").replace(/\n/g, "\r\n") : readFileSync(file, "utf8");
    const { steps, asked, answers } = await randomEdits(pythonEdit, "reanalyzePython", "python", "mem/edited.py", original, SNIPPETS, seed + 11, (actual, expected, step) => expect(actual, step).toEqual(expected));
    expect(steps).toBe(40);
    // The fast path ran and answered for some edits (else this test would prove nothing about it) and refused others.
    expect(answers).toBeGreaterThan(5);
    expect(asked).toBeGreaterThan(answers);
  });
});

/** A document typed into step by step, each step equal to a fresh scan (edits.ts). */
const typing = (steps: string[]) => typeWith(pythonEdit, "reanalyzePython", "python", "mem/typed.py", steps, (actual, expected, step) => expect(actual, step).toEqual(expected));

/** Many small functions, one calling through a name bound far above. */
const body = (n: number, call: string) => Array.from({ length: n }, (_, i) => `def task_${i}(path):\n    return ${i === n - 1 ? call : `len(path) + ${i}`}\n`).join("\n");

/** "rule line:col" where the nth occurrence of `needle` starts. */
const shell = (text: string, needle: string, nth = 0) => `scan/shell-command ${at(text, needle, nth).split("-")[0]}`;

describe("edits the re-analysis must not answer alone", () => {
  test("adding `import subprocess` at the top finds the calls further down", async () => {
    const before = `import os\n\n${body(30, 'subprocess.run(["ls", path])')}`;
    const after = `import subprocess\n${before}`;
    const { out, answered } = await typing([before, after]);
    expect(out).toEqual([[], [shell(after, "subprocess.run")]]);
    expect(out[1]).toEqual(["scan/shell-command 92:12"]);
    expect(answered).toEqual([false]);
  });

  test("removing the import drops the findings everywhere", async () => {
    const text = `import subprocess\n\n${body(30, 'subprocess.run(["ls", path])')}`;
    const { out, answered } = await typing([text, `import os\n${text.slice("import subprocess\n".length)}`]);
    expect(out).toEqual([[shell(text, "subprocess.run")], []]);
    expect(answered).toEqual([false]);
  });

  test("a parameter that shadows the module removes the finding in the function's body, lines below the edit", async () => {
    const text = `import subprocess\n\ndef outer(x):\n    def inner():\n        return subprocess.run(x)\n    return inner\n\n${body(5, "subprocess.call(path)")}`;
    const shadowed = text.replace("def outer(x):", "def outer(x, subprocess):");
    const { out, answered } = await typing([text, shadowed, text]);
    expect(out).toEqual([["scan/shell-command 5:16", shell(text, "subprocess.call")], [shell(text, "subprocess.call")], ["scan/shell-command 5:16", shell(text, "subprocess.call")]]);
    expect(answered).toEqual([false, false]);
  });

  test("typing `path.run = os.system` into a function whose parameter is `path`, keystroke by keystroke, then deleting it: every step equals a fresh scan", async () => {
    const text = `import os\n\n${body(8, "len(path)")}`;
    const at0 = text.indexOf("    return len(path) + 3");
    const typed = "    path.run = os.system\n";
    const steps = [text];
    for (let i = 1; i <= typed.length; i++) steps.push(text.slice(0, at0) + typed.slice(0, i) + text.slice(at0));
    for (let i = typed.length - 1; i >= 0; i--) steps.push(text.slice(0, at0) + typed.slice(0, i) + text.slice(at0));
    const { out } = await typing(steps);
    expect(out[typed.length]).toEqual([shell(steps[typed.length]!, "os.system")]);
    expect(out[0]).toEqual([]);
    expect(out[out.length - 1]).toEqual([]);
  });

  test("re-binding a name a call far below resolves through drops that call's finding", async () => {
    const text = `import subprocess\nrun = subprocess.run\n\n${body(20, 'run(["ls", path])')}`;
    const { out, answered } = await typing([text, text.replace("run = subprocess.run", "run = print")]);
    expect(out).toEqual([[shell(text, 'run(["ls"')], []]);
    expect(answered).toEqual([false]);
  });
});

describe("edits the re-analysis answers", () => {
  test("scan/shell-command: typing calls of a star-imported name above and below its definition again, and in a function body: every step equals a fresh scan", async () => {
    const text = `from subprocess import *\n\n${body(6, 'run(["ls", path])')}\ndef run(cmd):\n    print(cmd)\n\n${body(4, "len(path)")}`;
    const above = text.indexOf("def task_2(path):");
    const below = text.lastIndexOf("def task_1(path):");
    const steps = [text, `${text.slice(0, above)}run("a")\n${text.slice(above)}`];
    steps.push(`${steps[1]!.slice(0, steps[1]!.lastIndexOf("def task_1(path):"))}run("b")\n${steps[1]!.slice(steps[1]!.lastIndexOf("def task_1(path):"))}`);
    steps.push(text.replace("    return len(path) + 0\n", '    run("c")\n    return len(path) + 0\n'));
    const { out } = await typing(steps);
    expect(below).toBeGreaterThan(above);
    expect(out.map((found) => [...found].sort())).toEqual([["scan/star-import 1:1"], [shell(steps[1]!, 'run("a")'), "scan/star-import 1:1"], [shell(steps[2]!, 'run("a")'), "scan/star-import 1:1"], ["scan/star-import 1:1"]]);
  });
  test("typing in a function body far from the binding: the new call is found, the old ones keep their positions and resolution", async () => {
    const text = `import subprocess\nrun = subprocess.run\n\n${body(20, 'run(["ls", path])')}`;
    const typed = text.replace("    return len(path) + 3\n", '    run("x")\n    return len(path) + 3\n');
    const { out, answered } = await typing([text, typed, text]);
    expect(out).toEqual([[shell(text, 'run(["ls"')], [shell(typed, 'run("x")'), shell(typed, 'run(["ls"')], [shell(text, 'run(["ls"')]]);
    expect(out[1]).toEqual(["scan/shell-command 14:5", "scan/shell-command 63:12"]);
    expect(answered).toEqual([true, true]);
  });

  test("an opened triple-quoted string swallows the calls below it (the re-parse's changed range reaches them)", async () => {
    const text = `import subprocess\n\n${body(10, 'subprocess.run(["ls", path])')}\nsubprocess.call("y")\n`;
    const opened = text.replace("def task_2(path):", '"""\ndef task_2(path):');
    const { out, answered } = await typing([text, opened, text]);
    expect(out[0]).toEqual([shell(text, "subprocess.run"), shell(text, "subprocess.call")]);
    expect(out[1]!.filter((f) => f.startsWith("scan/shell"))).toEqual([]);
    expect(out[2]).toEqual(out[0]);
    expect(answered).toEqual([true, true]);
  });

  test("typing a call one keystroke at a time, then deleting it: every step equals a fresh scan", async () => {
    const text = `import subprocess as sp\nimport os\n\n${body(12, 'sp.run(["ls", path])')}`;
    const at0 = text.indexOf("    return len(path) + 5") ;
    const typed = "    x = sp.run(os.environ['A']) # call\n";
    const steps = [text];
    for (let i = 1; i <= typed.length; i++) steps.push(text.slice(0, at0) + typed.slice(0, i) + text.slice(at0));
    for (let i = typed.length - 1; i >= 0; i--) steps.push(text.slice(0, at0) + typed.slice(0, i) + text.slice(at0));
    const { out, answered } = await typing(steps);
    expect(out[typed.length]).toEqual([shell(steps[typed.length]!, "sp.run"), shell(steps[typed.length]!, "sp.run", 1)]);
    expect(out[out.length - 1]).toEqual(out[0]);
    expect(answered.filter(Boolean).length).toBeGreaterThan(typed.length);
  });
});

/** Whether each incremental re-parse started from a tree with syntax errors (undefined: a parse from scratch). */
function reparseBases() {
  const bases: Array<boolean | undefined> = [];
  const parse = Parser.prototype.parse;
  vi.spyOn(Parser.prototype, "parse").mockImplementation(function (this: Parser, ...args: Parameters<Parser["parse"]>) {
    const old = args[1] as Tree | null | undefined;
    bases.push(old ? old.rootNode.hasError : undefined);
    return parse.apply(this, args);
  });
  return bases;
}

describe("a broken document re-parses from its last error-free tree", () => {
  // An unclosed string: tree-sitter's error recovery swallows what follows, which a re-parse from the broken tree cannot reuse.
  const text = `import subprocess\n\n${body(200, 'subprocess.run(["ls", path])')}`;
  const broken = text.replace("    return len(path) + 3\n", '    return "len(path) + 3\n');

  test("repairing it starts from the tree before the break, and the findings equal a fresh scan", async () => {
    const bases = reparseBases();
    const { out } = await typing([text, broken, text, broken, text]);
    // Per step: the document, the always-refusing document, a fresh scan (the document's base is every third).
    expect(bases.filter((_, i) => i % 3 === 0)).toEqual([undefined, false, false, false, false]);
    // The always-refusing document keeps no state but the same trees: its bases are the document's.
    expect(bases.filter((_, i) => i % 3 === 1)).toEqual([undefined, false, false, false, false]);
    expect(out[1]).toEqual([`scan/parse-error ${at(broken, '"len(path) + 3').split("-")[0]}`, shell(broken, "subprocess.run")]);
    expect(out[2]).toEqual(out[0]);
    expect(out[4]).toEqual([shell(text, "subprocess.run")]);
  });

  test("an edit far from the last error-free text re-parses from the broken tree", async () => {
    const bases = reparseBases();
    const far = broken.replace("    return len(path) + 198\n", `    return len(path) + 198${" ".repeat(5000)}\n`);
    const { out } = await typing([text, broken, far]);
    expect(bases.filter((_, i) => i % 3 === 0)).toEqual([undefined, false, true]);
    expect(out[2]).toEqual([out[1]![0], shell(far, "subprocess.run")]);
  });
});

describe("sys.modules[\"os\"] in a file with no watched import, after an edit", () => {
  test("typing the lookup keystroke by keystroke, then a `sys` parameter that hides it: every step equals a fresh scan, and the typing is answered", async () => {
    const text = `import sys\n\n${body(6, "len(path)")}`;
    const typed = 'sys.modules["os"].system("x")\n';
    const steps = [text];
    for (let i = 1; i <= typed.length; i++) steps.push(text + typed.slice(0, i));
    const hidden = `${text}def f(sys):\n    ${typed}`;
    steps.push(hidden, `${text}${typed}`);
    const { out, answered } = await typing(steps);
    expect(out[typed.length]).toEqual([shell(steps[typed.length]!, "sys.modules")]);
    expect(out[typed.length + 1]).toEqual([]);
    expect(out[typed.length + 2]).toEqual(out[typed.length]);
    expect(answered.filter(Boolean).length).toBeGreaterThan(5);
  });
});

describe("unpacking, loops over literals, literal containers, vars() and chained assignments after an edit", () => {
  test("typing each form keystroke by keystroke below and above its use, then deleting it: every step equals a fresh scan", async () => {
    const text = `import os, subprocess\n\n${body(6, "len(path)")}`;
    const forms = ["x, y = os.system, 1\nx('a')\n", "for fn in (print, subprocess.run):\n    fn('b')\n", "d = {'r': os.system}\nd['r']('c')\nrunners = [subprocess.run]\nrunners[0]('d')\nd.get('r')('f')\n", "vars(os)['system']('e')\n", "x = y = os.system\nx('g')\n"];
    const steps = [text];
    for (const typed of forms) {
      for (let i = 1; i <= typed.length; i++) steps.push(text + typed.slice(0, i));
      // The use typed first, at the top, then the binding below it and removed again.
      const [binding, use] = [typed.slice(0, typed.lastIndexOf("\n", typed.length - 2) + 1), typed.slice(typed.lastIndexOf("\n", typed.length - 2) + 1)];
      steps.push(`${use}${text}`, `${use}${text}${binding}`, `${use}${text}`, text);
    }
    const { out } = await typing(steps);
    let step = 0;
    const ends = forms.map((typed) => (step += typed.length + 4) - 4);
    expect(ends.map((end) => out[end]!.length)).toEqual([1, 1, 3, 1, 1]);
    expect(out[out.length - 1]).toEqual([]);
  });
});

describe("containers read by computed keys after an edit", () => {
  test("typing a container and its reads keystroke by keystroke, editing the string constant a key names, then a parameter and a local that hide the container: every step equals a fresh scan", async () => {
    const text = `import os\n\n${body(6, "len(path)")}`;
    const typed = "K = 'py'\nR = {'py': print, 'sh': os.system}\nR[k]('a')\nR[K]('b')\n";
    const steps = [text];
    for (let i = 1; i <= typed.length; i++) steps.push(text + typed.slice(0, i));
    const sh = text + typed.replace("'py'\n", "'sh'\n");
    steps.push(sh, `${sh}def f(R):\n    R[k]('c')\n`, `${sh}def g():\n    Q = load()\n    R[k]('d')\n`, `${sh}def g():\n    R = load()\n    R[k]('d')\n`);
    const { out } = await typing(steps);
    expect(out[typed.length]).toEqual([shell(steps[typed.length]!, "R[k]")]);
    expect(out.slice(typed.length + 1).map((findings) => findings.length)).toEqual([2, 2, 3, 2]);
  });
});

describe("instances of the file's classes after an edit", () => {
  test("typing a class, its instance's call, and the slot it reaches, then removing them: every step equals a fresh scan", async () => {
    const text = `import subprocess\nclass Runner:\n    def __init__(self):\n        self.run = subprocess.run\n\n${body(6, "len(path)")}`;
    const typed = "class Other:\n    pass\nOther().run('x')\nr = Other()\nr.run('y')\n";
    const steps = [text];
    for (let i = 1; i <= typed.length; i++) steps.push(text + typed.slice(0, i));
    const full = steps[steps.length - 1]!;
    steps.push(full.replace("        self.run = subprocess.run\n", "        self.run = print\n"), full, full.replace("class Other:\n    pass\n", ""), text);
    const { out } = await typing(steps);
    expect(out[typed.length]).toEqual([shell(full, "Other().run"), shell(full, "r.run")]);
    expect(out[typed.length + 1]).toEqual([]);
    expect(out[typed.length + 2]).toEqual(out[typed.length]);
    expect(out[typed.length + 3]).toEqual([]);
    expect(out[out.length - 1]).toEqual([]);
  });
});

describe("parameter binding (core/scan/parameters.ts) after an edit", () => {
  test("typing a call that passes a module to a function of the file, keystroke by keystroke, then deleting it: every step equals a fresh scan", async () => {
    const text = `import os\n\ndef g(s):\n    s.system('x')\n    return 1\n\n${body(6, "len(path)")}`;
    const typed = "g(os)\n";
    const steps = [text];
    for (let i = 1; i <= typed.length; i++) steps.push(text + typed.slice(0, i));
    for (let i = typed.length - 1; i >= 0; i--) steps.push(text + typed.slice(0, i));
    const { out } = await typing(steps);
    expect(out[0]).toEqual([]);
    expect(out[typed.length]).toEqual([shell(text, "s.system")]);
    expect(out[out.length - 1]).toEqual([]);
  });

  test("typing in the body of a function whose parameter is bound is answered: the new call resolves through the parameter", async () => {
    const text = `import os\n\ndef g(s):\n    s.system('x')\n    return 1\n\n${body(6, "len(path)")}\ng(os)\n`;
    const typed = text.replace("    return 1\n", "    s.popen('y')\n    return 1\n");
    const { out, answered } = await typing([text, typed, text]);
    expect(out).toEqual([[shell(text, "s.system")], [shell(typed, "s.system"), shell(typed, "s.popen")], [shell(text, "s.system")]]);
    expect(answered).toEqual([true, true]);
  });

  test("assigning the parameter again in the body unbinds it (the whole file is analyzed again)", async () => {
    const text = `import os\n\ndef g(s):\n    s.system('x')\n    return 1\n\ng(os)\n`;
    const typed = text.replace("    return 1\n", "    s = 2\n    return 1\n");
    const { out, answered } = await typing([text, typed, text]);
    expect(out).toEqual([[shell(text, "s.system")], [], [shell(text, "s.system")]]);
    expect(answered).toEqual([false, false]);
  });
});

describe("factories (core/scan/factories.ts) after an edit", () => {
  test("typing the return that makes a function a factory finds its calls far below, keystroke by keystroke; deleting it drops them", async () => {
    const text = `import os\n\ndef shell():\n    return 1\n\n${body(6, "len(path)")}\nshell().system('x')\n`;
    const typed = text.replace("    return 1\n", "    return os\n");
    const steps = [text, text.replace("    return 1\n", "    return \n"), ...["o", "os"].map((v) => text.replace("    return 1\n", `    return ${v}\n`)), text];
    const { out, answered } = await typing(steps);
    expect(out[0]).toEqual([]);
    expect(out[3]).toEqual([shell(typed, "shell().system")]);
    expect(out[4]).toEqual([]);
    // Making the factory (step 3) and unmaking it (step 4) were left to the full analysis.
    expect(answered.slice(2)).toEqual([false, false]);
  });

  test("renaming the factory drops the calls of the old name (the whole file is analyzed again); typing elsewhere in it is answered", async () => {
    const text = `import os\n\ndef shell():\n    x = 1\n    return os\n\n${body(6, "len(path)")}\nshell().system('x')\n`;
    const renamed = text.replace("def shell():", "def shel():");
    const typed = text.replace("    x = 1\n", "    x = 2\n");
    const { out, answered } = await typing([text, renamed, text, typed]);
    expect(out).toEqual([[shell(text, "shell().system")], [], [shell(text, "shell().system")], [shell(typed, "shell().system")]]);
    expect(answered).toEqual([false, false, true]);
  });
});

describe("loops and comprehensions that bind no watched value leave an edit beside them to the region", () => {
  test("typing in `return sorted(… for name in os.listdir(path))` is answered; typing a loop over `[os.system]` is not, and finds its call", async () => {
    const text = `import os\n\n${body(6, "len(path)")}\ndef list_files(path):\n    x = 1\n    return sorted(os.path.join(path, name) for name in os.listdir(path))\n`;
    const typed = text.replace("return sorted(", "return reversed(");
    const looped = text.replace("    x = 1\n", "    for f in [os.system]:\n        f(path)\n");
    const { out, answered } = await typing([text, typed, looped]);
    expect(out).toEqual([[], [], [shell(looped, "f(path)").replace(/:\d+$/, ":9")]]);
    expect(answered).toEqual([true, false]);
  });
});

describe("scan/dynamic-code: a string constant rebound by an edit (Constants.poison), after an edit", () => {
  test("typing `n = …` (an assignment, `+=`, a loop variable) in another function, then deleting it: every step equals a fresh scan", async () => {
    const text = `import importlib\n\nn = "json"\n${body(6, "importlib.import_module(n)")}`;
    const at0 = text.indexOf("    return len(path) + 0");
    const steps = [text];
    for (const typed of ["    n = path\n", "    n += 'x'\n", "    for n in path: pass\n"]) {
      for (let i = 1; i <= typed.length; i++) steps.push(text.slice(0, at0) + typed.slice(0, i) + text.slice(at0));
      steps.push(text);
    }
    const { out } = await typing(steps);
    expect(out[0]).toEqual([]);
    expect(out[13]).toEqual([`scan/dynamic-code ${at(steps[13]!, "importlib.import_module").split("-")[0]}`]);
    expect(out[out.length - 1]).toEqual([]);
  });
});

describe("a module-level binding hiding a builtin evaluator, after an edit", () => {
  test("typing `del exec` between it and the call, then `if False:` before it, keystroke by keystroke, then deleting each: every step equals a fresh scan", async () => {
    const text = `exec = print\n\n${body(4, "len(path)")}\nexec("import os; os.system('x')")\n`;
    const steps = [text];
    for (const [typed, at0] of [["del exec\n", text.indexOf("def task_2")], ["if False:\n    ", 0]] as const) {
      for (let i = 1; i <= typed.length; i++) steps.push(text.slice(0, at0) + typed.slice(0, i) + text.slice(at0));
      for (let i = typed.length - 1; i >= 0; i--) steps.push(text.slice(0, at0) + typed.slice(0, i) + text.slice(at0));
    }
    const { out } = await typing(steps);
    const call = (step: string) => `scan/shell-command ${at(step, "exec(").split("-")[0]}`;
    expect(out[0]).toEqual([]);
    expect(out[9]).toEqual([call(steps[9]!)]);
    expect(out[18]).toEqual([]);
    expect(out[18 + 14]).toEqual([call(steps[18 + 14]!)]);
    expect(out[out.length - 1]).toEqual([]);
  });
});

describe("Python scoping forms (python.ts outerDeclarations, walrusScope, classBodyImport; red team 3 classes 4, 11, 12) after an edit", () => {
  test("typing each form keystroke by keystroke, then deleting it: every step equals a fresh scan", async () => {
    const text = `import os\nfrom gateway import run\n\n${body(6, "len(path)")}`;
    const forms = [
      "def setup():\n    global run\n    run = os.system\nrun('a')\n",
      "def outer():\n    r = print\n    def setup():\n        nonlocal r\n        r = os.system\n    r('b')\n",
      "class Tools:\n    import os\nTools.os.system('c')\n",
      "[w := os.system for _ in [0]]\nw('d')\n",
      "@(lambda f: os.system)\ndef d(cmd): ...\nd('e')\n",
      "DECOS = [lambda f: os.system]\n@DECOS[0]\ndef e(cmd): ...\ne('f')\n",
      "tools = []\ntools += [os.system]\ntools[0]('g')\n",
      "t = {'sh': os.system} | {}\nt['sh']('h')\n",
    ];
    const steps = [text];
    for (const typed of forms) {
      for (let i = 1; i <= typed.length; i++) steps.push(text + typed.slice(0, i));
      steps.push(text);
    }
    const { out } = await typing(steps);
    let step = 0;
    const ends = forms.map((typed) => (step += typed.length + 1) - 1);
    expect(ends.map((end) => out[end]!.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(out[out.length - 1]).toEqual([]);
  });

  test("typing `global run` into a function that assigns `run = os.system`, keystroke by keystroke, then deleting it: the module's `run(…)` far below is found only while it stands", async () => {
    const text = `import os\nfrom gateway import run\n\ndef setup():\n    x = 1\n    run = os.system\n\n${body(6, "len(path)")}\nrun('x')\n`;
    const at0 = text.indexOf("    x = 1\n");
    const typed = "    global run\n";
    const steps = [text];
    for (let i = 1; i <= typed.length; i++) steps.push(text.slice(0, at0) + typed.slice(0, i) + text.slice(at0));
    for (let i = typed.length - 1; i >= 0; i--) steps.push(text.slice(0, at0) + typed.slice(0, i) + text.slice(at0));
    const { out } = await typing(steps);
    expect(out[0]).toEqual([]);
    expect(out[typed.length]).toEqual([shell(steps[typed.length]!, "run('x')")]);
    expect(out[out.length - 1]).toEqual([]);
  });
});
