// A function written where it is called (an IIFE, `(lambda m: …)(os)`) given a watched module: its parameter holds the
// module, as a named function's does (found at the 33rd stop; each ran its command under Node 20 or CPython 3.11 and
// passed the gate before). Each look-alike stays clean.
import { describe, expect, test } from "vitest";
import { at, found } from "./helpers";

const shell = (text: string, needle: string, nth = 0) => `scan/shell-command ${at(text, needle, nth)}`;

describe("JavaScript: `(function (m) { … })(cp)` and `((m) => …)(cp)`", () => {
  test("scan/shell-command: a function expression, an arrow (block and expression body, async, typed) and a later parameter", async () => {
    const text = 'import cp from "child_process";\n(function (m) { m.execSync("a"); })(cp);\n((m) => m.execSync("b"))(cp);\n(async (m) => { m.spawnSync("c"); })(cp);\n(function (_x, n) { n.execSync("d"); })(1, cp);\n';
    const expected = (t: string) => [shell(t, "m.execSync"), shell(t, "m.execSync", 1), shell(t, "m.spawnSync"), shell(t, "n.execSync")];
    expect(await found("a.mjs", text)).toEqual(expected(text));
    const typed = text.replace("(async (m) =>", "(async (m: typeof cp) =>");
    expect(await found("a.ts", typed)).toEqual(expected(typed));
  });

  test("clean: a harmless argument, a parameter named as the module given a harmless value, a position past the arguments", async () => {
    const text = 'import cp from "child_process";\nconst fake = { execSync() {} };\n(function (m) { m.execSync("a"); })(fake);\n(function (cp) { cp.execSync("b"); })(fake);\n((m) => m.execSync("c"))({ execSync() {} });\n(function (m, n) { n.execSync("d"); })(cp);\n';
    expect(await found("a.mjs", text)).toEqual([]);
  });
});

describe("Python: `(lambda m: …)(os)`", () => {
  test("scan/shell-command: by position, at a later position, and by keyword", async () => {
    const text = 'import os\n(lambda m: m.system("a"))(os)\n(lambda m, n: n.system("b"))(1, os)\n(lambda *, m: m.system("c"))(m=os)\n';
    expect(await found("main.py", text)).toEqual([shell(text, "m.system"), shell(text, "n.system"), shell(text, "m.system", 1)]);
  });

  test("clean: a harmless argument, a parameter named `os` given a harmless value, a keyword the lambda does not name", async () => {
    const text = 'import os\nfake = object()\n(lambda m: m.system("a"))(fake)\n(lambda os: os.system("b"))(fake)\n(lambda m=None, **k: k)(n=os)\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});
