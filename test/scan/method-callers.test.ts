import { describe, expect, it } from "vitest";
import { at, found } from "./helpers";

const SHELL = "scan/shell-command";

/** `operator.methodcaller` held and applied later (red team 3, p26 / Action B05): the call it makes is the method of what it is given. */
describe("operator.methodcaller held by a name, a slot or a class attribute", () => {
  it("scan/shell-command: a methodcaller held by a name and applied later is reported at the application, with the method's rule", async () => {
    const text = `import operator, subprocess\nrunner = operator.methodcaller("run", ["touch", "x"])\nrunner(subprocess)\n`;
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "runner", 1)}`]);
  });

  it("scan/shell-command: held in a slot, a class attribute or a module constant and applied in another function of the file", async () => {
    const text = [
      "import os, subprocess",
      "from operator import methodcaller",
      "CALL = methodcaller('getoutput', 'z')",
      "class Tools:",
      "    go = methodcaller('system', 'x')",
      "    def __init__(self):",
      "        self.r = methodcaller('popen', 'y')",
      "    def a(self):",
      "        self.r(os)",
      "        self.go(os)",
      "def f():",
      "    CALL(subprocess)",
      "",
    ].join("\n");
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "self.r(os)").replace(/-.*/, "-9:15")}`, `${SHELL} ${at(text, "self.go(os)").replace(/-.*/, "-10:16")}`, `${SHELL} ${at(text, "CALL(subprocess)").replace(/-.*/, "-12:9")}`]);
  });

  it("scan/shell-command is clean for a held methodcaller of a harmless method on a watched module, or applied to a value not watched", async () => {
    const text = `import operator, os, subprocess\ncwd = operator.methodcaller("getcwd")\ncwd(os)\nrunner = operator.methodcaller("run", ["touch", "x"])\nrunner(3)\nrunner(obj)\nrunner("subprocess")\n`;
    expect(await found("b.py", text)).toEqual([]);
    // A function of the file named methodcaller is its own, held or not.
    const own = `import subprocess\ndef methodcaller(name, *a):\n    return print\nrunner = methodcaller("run", ["touch", "x"])\nrunner(subprocess)\n`;
    expect(await found("c.py", own)).toEqual([]);
  });
});
