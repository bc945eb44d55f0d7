import { describe, expect, it } from "vitest";
import { at, found } from "./helpers";

const SHELL = "scan/shell-command";

/** A watched value stored in a container under a key the file does not fix (red team 3, p98: `__init_subclass__` filling a registry). */
describe("a container given a watched value under a computed key", () => {
  it("scan/shell-command: __init_subclass__ storing into a module dict by the subclass's name; a function's and the module's own stores", async () => {
    const text = [
      "import os",
      "REG = {}",
      "class Base:",
      "    def __init_subclass__(cls, **kw):",
      "        REG[cls.__name__] = os.system",
      "class Shell(Base): pass",
      "REG['Shell']('touch x')",
      "TOOLS = {}",
      "def add(name):",
      "    TOOLS[name] = os.popen",
      "def use(kind):",
      "    TOOLS[kind]('y')",
      "",
    ].join("\n");
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "REG['Shell']")}`, `${SHELL} ${at(text, "TOOLS[kind]")}`]);
  });

  it("scan/shell-command is clean for a registry filled with values not watched", async () => {
    const text = `import os\nREG = {}\nclass Base:\n    def __init_subclass__(cls, **kw):\n        REG[cls.__name__] = print\nclass Shell(Base): pass\nREG['Shell']('x')\nos.getcwd()\n`;
    expect(await found("b.py", text)).toEqual([]);
  });
});

/** `l = [os.popen]; l += [os.system]` (README's known escape): the join's elements at the indexes the module's statements fix. */
describe("a list joined by += after it holds a watched value", () => {
  it("scan/shell-command: l[1] after l = [os.popen]; l += [os.system], and a tuple's", async () => {
    const text = `import os\nl = [os.popen]\nl += [os.system]\nl[1]("a")\nt = (print, os.popen)\nt += (os.system,)\nt[2]("b")\n`;
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "l[1]")}`, `${SHELL} ${at(text, "t[2]")}`]);
  });

  it("scan/shell-command is clean for the elements not watched around a join (z[0], z[1] of z = [print, print]; z += [os.system])", async () => {
    const text = `import os\nz = [print, print]\nz[0]("a")\nz += [os.system]\nz[1]("b")\n`;
    expect(await found("b.py", text)).toEqual([]);
  });
});
