import { beforeAll, describe, expect, test } from "vitest";
import { Scanner } from "../../core/scan/scan";

// scan/respelled-name: a name the language reads as another (Python NFKC identifiers, JavaScript `\u` escapes in
// identifiers, escapes in strings) would hide a call from a scan that matches names as written; it is reported.

let scanner: Scanner;
beforeAll(async () => {
  scanner = await Scanner.create();
});

/** "rule line:column-endColumn" of each finding, with the quoted spellings of scan/respelled-name. */
const found = (path: string, text: string) =>
  scanner.scan(path, text).findings.map((f) => `${f.rule} ${f.line}:${f.column}-${f.endColumn}${f.rule === "scan/respelled-name" ? ` ${/^(`[^`]*`) is read as (`[^`]*`)/.exec(f.message)!.slice(1).join(" → ")}` : ""}`);

describe("scan/respelled-name in Python: identifiers are read in NFKC form (PEP 3131)", () => {
  test("scan/respelled-name: fullwidth `ｏｓ.ｓｙｓｔｅｍ` (which CPython runs as os.system) is reported at each respelled name", () => {
    expect(found("a.py", "import ｏｓ\nｏｓ.ｓｙｓｔｅｍ('ls')\n")).toEqual(["scan/respelled-name 1:8-10 `ｏｓ` → `os`", "scan/respelled-name 2:1-3 `ｏｓ` → `os`", "scan/respelled-name 2:4-10 `ｓｙｓｔｅｍ` → `system`"]);
  });

  test("scan/respelled-name: mathematical bold letters (two UTF-16 units each) and a single respelled letter", () => {
    expect(found("a.py", "import subprocess\nsubprocess.𝐫𝐮𝐧(['ls'])\nsubprocess.cａll(['ls'])\n")).toEqual([
      "scan/respelled-name 2:12-18 `𝐫𝐮𝐧` → `run`",
      "scan/respelled-name 3:12-16 `cａll` → `call`",
      // subprocess's every member is watched, so these two are found as written too.
      "scan/shell-command 2:1-18",
      "scan/shell-command 3:1-16",
    ]);
  });

  test("scan/respelled-name: escapes spelling a module or member in a string (`import_module(\"\\x6fs\")`, `getattr(os, \"\\x73ystem\")`)", () => {
    expect(found("a.py", 'import importlib\nimportlib.import_module("\\x6fs").system("x")\nimport os\ngetattr(os, "\\163ystem")("y")\n')).toEqual([
      'scan/respelled-name 2:25-32 `"\\x6fs"` → `"os"`',
      'scan/respelled-name 4:13-24 `"\\163ystem"` → `"system"`',
      // The escaped name is not read: a member of os chosen at run time (ruleset.ts chosenAtRunTime).
      "scan/shell-command 4:1-25",
    ]);
  });

  test("scan/respelled-name is clean for what is not a respelled name: bytes, raw strings, prose, `µ`, control characters", () => {
    const text = 'import os\nMAGIC = b"\\x59\\xA6\\x6A\\x95"\nPATTERN = r"\\x6fs"\nDOC = """not \\x64 a name"""\nµ = 1e-6\nRESET = "\\x1b[0m"\nos.getcwd()\n';
    expect(found("a.py", text)).toEqual([]);
  });
});

describe("scan/respelled-name in JavaScript: `\\u` escapes in identifiers and escapes in strings", () => {
  test("scan/respelled-name: `\\u0066etch(...)` and `\\u{66}etch(...)` (which Node runs as fetch) are reported", () => {
    expect(found("a.js", '\\u0066etch("https://x.example");\n\\u{66}etch("https://y.example");\n')).toEqual(["scan/respelled-name 1:1-11 `\\u0066etch` → `fetch`", "scan/respelled-name 2:1-11 `\\u{66}etch` → `fetch`"]);
  });

  test("scan/respelled-name: a module specifier or member written with escapes (`require(\"child\\u005fprocess\")`, `cp.\\u0065xec`, a template, octal)", () => {
    const text = 'const cp = require("child\\u005fprocess");\ncp.\\u0065xec("ls");\nrequire(`\\x63hild_process`).spawn("x");\nrequire("\\143hild_process");\n';
    expect(found("a.js", text)).toEqual([
      'scan/respelled-name 1:20-40 `"child\\u005fprocess"` → `"child_process"`',
      "scan/respelled-name 2:4-13 `\\u0065xec` → `exec`",
      "scan/respelled-name 3:9-27 `'\\x63hild_process'` → `'child_process'`",
      'scan/respelled-name 4:9-27 `"\\143hild_process"` → `"child_process"`',
    ]);
  });

  test("scan/respelled-name is clean for escapes that spell no plain name: `<\\u002Fscript>`, quotes, non-ASCII text, a template with a substitution", () => {
    const text = 'const fs = require("fs");\nconst a = "<\\u002Fscript>";\nconst b = "caf\\u00e9 \\"q\\"";\nconst c = `\\x41${a}`;\nfetch("https://x.example");\n';
    expect(found("a.js", text)).toEqual(["scan/network-call 5:1-6"]);
  });
});

describe("scan/respelled-name's fix", () => {
  test("scan/respelled-name: the quick fix writes each name plainly, and the fixed file's call is then found", async () => {
    const text = "import ｏｓ\nｏｓ.ｓｙｓｔｅｍ('ls')\n";
    const findings = scanner.scan("a.py", text).findings;
    expect(findings.map((f) => f.fix?.[0]?.edits.map((e) => `${e.line}:${e.column}-${e.endColumn} ${e.newText}`))).toEqual([["1:8-10 os"], ["2:1-3 os"], ["2:4-10 system"]]);
    const lines = text.split("\n");
    for (const f of [...findings].reverse()) {
      const { line, column, endColumn, newText } = f.fix![0]!.edits[0]!;
      lines[line - 1] = lines[line - 1]!.slice(0, column - 1) + newText + lines[line - 1]!.slice(endColumn - 1);
    }
    expect(found("a.py", lines.join("\n"))).toEqual(["scan/shell-command 2:1-10"]);
  });
});
