// Values copied into a module's names or an object's attributes by names a string gives (`globals()[name] = getattr(GLib,
// name)`, `setattr(m, name, …)`): PyGObject's gi/overrides/GObject.py copies GLib's constants so, in loops over literal
// lists of names. The loop's names are read (each a member; a local the body derives from the loop variable by string
// operations too), so a loop copying constants stores nothing watched, and one that moves a watched function is reported
// where it stores it: a pull request's author writes the loop either way.
import { afterEach, describe, expect, test, vi } from "vitest";
import * as pythonEdit from "../../core/scan/python-edit";
import { typing as typeWith } from "./edits";
import { at, projectFindings } from "./helpers";

describe("scan (Python): watched values stored under names a string gives", () => {
  test("copy loops over constants' names are clean: globals(), a derived name, setattr, and a store into a call's result binds no name", async () => {
    const files = {
      "GObject.py": [
        "from gi.repository import GLib",
        'for name in ["MainLoop", "idle_add", "markup_escape_text"]:',
        "    globals()[name] = getattr(GLib, name)",
        'for name in ["G_MININT8", "G_MAXINT8"]:',
        '    new_name = name.split("_", 1)[-1]',
        "    globals()[name] = getattr(GLib, new_name)",
        'for name in ("Pid", "GError"):',
        "    setattr(target, name, getattr(GLib, name))",
        "    registry()[name] = getattr(GLib, name)",
        "registry()",
        "class Obj:",
        "    def unbind(self):",
        '        setattr(self, "_unbound", True)',
        "",
      ].join("\n"),
    };
    expect(await projectFindings(files)).toEqual([]);
  });

  test("copy loops moving a watched function are reported where they store it: setattr, globals(), a derived name, a constant key", async () => {
    const files = {
      "moves.py": [
        "import os, json",
        "from gi.repository import GLib",
        'for n in ["system"]:',
        "    setattr(json, n, getattr(os, n))",
        'for n in ["getcwd", "spawn_async"]:',
        "    globals()[n] = getattr(GLib, n)",
        'for name in ["G_SPAWN_ASYNC"]:',
        '    new_name = name.split("_", 1)[-1].lower()',
        "    globals()[name] = getattr(GLib, new_name)",
        'globals()["run"] = os.system',
        "",
      ].join("\n"),
    };
    expect(await projectFindings(files)).toEqual([
      "moves.py:10:20-10:29 scan/shell-command os.system",
      "moves.py:4:22-4:36 scan/shell-command os.system",
      "moves.py:6:20-6:36 scan/shell-command gi.repository.GLib.spawn_async",
      "moves.py:9:23-9:46 scan/shell-command gi.repository.GLib.spawn_async",
    ]);
  });

  test("a loop name that may be another is any member: rebound in the body, changed through `global` or by a function writing the module's names, not a literal list, a derived name assigned twice", async () => {
    const files = {
      "evade.py": [
        "import os",
        'for n in ["getcwd"]:',
        '    n = "system"',
        "    globals()[n] = getattr(os, n)",
        "def change():",
        "    global k",
        '    k = "system"',
        'for k in ["getcwd"]:',
        "    change()",
        "    globals()[k] = getattr(os, k)",
        "def patch(m, names):",
        "    for n in names:",
        "        setattr(m, n, getattr(os, n))",
        'for name in ["getcwd"]:',
        "    other = name.upper()",
        '    other = "system"',
        "    globals()[name] = getattr(os, other)",
        "def swap():",
        '    globals()["j"] = "system"',
        'for j in ["getcwd"]:',
        "    swap()",
        "    globals()[j] = getattr(os, j)",
        "",
      ].join("\n"),
    };
    expect(await projectFindings(files)).toEqual([
      "evade.py:10:20-10:34 scan/shell-command os.*",
      "evade.py:13:23-13:37 scan/shell-command os.*",
      "evade.py:17:23-17:41 scan/shell-command os.*",
      "evade.py:22:20-22:34 scan/shell-command os.*",
      "evade.py:4:20-4:34 scan/shell-command os.*",
    ]);
  });
});

/** A document typed into step by step, each step equal to a fresh scan (edits.ts); `answered`: the edit re-analysis (python-edit.ts) answered alone. */
const typing = (steps: string[]) => typeWith(pythonEdit, "reanalyzePython", "python", "mem/typed.py", steps, (actual, expected, step) => expect(actual, step).toEqual(expected));
/** Many small functions. */
const body = (n: number) => Array.from({ length: n }, (_, i) => `def task_${i}(path):\n    return len(path) + ${i}\n`).join("\n");
/** "rule line:col" where `needle` starts. */
const shell = (text: string, needle: string) => `scan/shell-command ${at(text, needle).split("-")[0]}`;

describe("scan (Python): stores by name and loop names after an editor's edit (python-edit.ts)", () => {
  afterEach(() => vi.restoreAllMocks());

  test("typing a copy loop moving os.system, keystroke by keystroke: every step equals a fresh scan, and the finished loop is reported where it stores", async () => {
    const text = `import os\nimport json as m\n\n${body(6)}`;
    const typed = 'for n in ["system"]:\n    setattr(m, n, getattr(os, n))\n';
    const steps = [text];
    for (let i = 1; i <= typed.length; i++) steps.push(text + typed.slice(0, i));
    const { out, answered } = await typing(steps);
    const done = steps[steps.length - 1]!;
    expect(out[0]).toEqual([]);
    expect(out[out.length - 1]).toEqual([shell(done, "getattr(os, n)")]);
    expect(out[out.length - 1]).toEqual(["scan/shell-command 22:19"]);
    // The steps where the store holds os were read whole; the typing before it was answered.
    expect(answered[answered.length - 1]).toBe(false);
    expect(answered.filter(Boolean).length).toBeGreaterThan(5);
  });

  test.each(["n", "名"])("an edit in a function the loop calls, writing the loop's variable (%s) by name, makes its getattr any member: read whole, and reported", async (n) => {
    const text = `import os\ndef change():\n    pass\nfor ${n} in ["getcwd"]:\n    change()\n    getattr(os, ${n})("x")\n${body(6)}`;
    const written = text.replace("    pass\n", `    globals()["${n}"] = "system"\n`);
    const { out, answered } = await typing([text, written, text]);
    expect(out).toEqual([[], [shell(written, `getattr(os, ${n})`)], []]);
    expect(out[1]).toEqual(["scan/shell-command 6:5"]);
    expect(answered).toEqual([false, false]);
  });

  const unwatched = [
    "import os, signal",
    "def restore():",
    "    for signame in ('SIGPIPE', 'SIGXFSZ'):",
    "        signum = getattr(signal, signame, None)",
    "def bind(cls, name, handler):",
    "    setattr(cls, name, handler)",
    "",
    body(6),
  ].join("\n");
  const edit = (text: string) => text.replace("    return len(path) + 4\n", '    os.system("x")\n    return len(path) + 4\n');

  test("an edit elsewhere in a file whose loop reads no watched value by its names, and whose setattr stores none, is answered", async () => {
    const { out, answered } = await typing([unwatched, edit(unwatched), unwatched]);
    expect(out).toEqual([[], [shell(edit(unwatched), "os.system")], []]);
    expect(out[1]).toEqual(["scan/shell-command 21:5"]);
    expect(answered).toEqual([true, true]);
  });

  test("the same edit in the file whose loop reads os by its names is read whole", async () => {
    const watched = unwatched.replace("getattr(signal, signame, None)", "getattr(os, signame, None)");
    const { out, answered } = await typing([watched, edit(watched), watched]);
    expect(out).toEqual([[], [shell(edit(watched), "os.system")], []]);
    expect(answered).toEqual([false, false]);
  });

  test("the same edit in the file whose setattr stores os.system is read whole, and the store is reported", async () => {
    const stored = unwatched.replace("setattr(cls, name, handler)", "setattr(cls, name, os.system)");
    const { out, answered } = await typing([stored, edit(stored), stored]);
    expect(out).toEqual([[shell(stored, "os.system")], [shell(edit(stored), 'os.system("x")'), shell(edit(stored), "os.system)")], [shell(stored, "os.system")]]);
    expect(out[1]).toEqual(["scan/shell-command 21:5", "scan/shell-command 6:24"]);
    expect(answered).toEqual([false, false]);
  });
});
