// Values copied into a module's names or an object's attributes by names a string gives (`globals()[name] = getattr(GLib,
// name)`, `setattr(m, name, …)`): PyGObject's gi/overrides/GObject.py copies GLib's constants so, in loops over literal
// lists of names. The loop's names are read (each a member; a local the body derives from the loop variable by string
// operations too), so a loop copying constants stores nothing watched, and one that moves a watched function is reported
// where it stores it: a pull request's author writes the loop either way.
import { describe, expect, test } from "vitest";
import { projectFindings } from "./helpers";

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
