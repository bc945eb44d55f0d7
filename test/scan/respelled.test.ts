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

  test("scan/respelled-name: a line continuation inside a string (`'o\\<newline>s'` is `'os'`) and `\\N{…}` naming a letter, in any case", () => {
    const text = "__import__('o\\\ns').system('x')\n__import__('o\\N{LATIN SMALL LETTER S}').system('y')\n__import__('o\\N{latin small letter s}').system('z')\n";
    expect(found("a.py", text)).toEqual([
      // A step's text is its first line.
      "scan/respelled-name 1:12-3 `'o\\` → `'os'`",
      "scan/respelled-name 3:12-39 `'o\\N{LATIN SMALL LETTER S}'` → `'os'`",
      "scan/respelled-name 4:12-39 `'o\\N{latin small letter s}'` → `'os'`",
    ]);
  });

  test("scan/respelled-name is clean for `\\N{…}` naming no plain character, an escaped backslash before `N`, and a continued line of prose", () => {
    const text = 'import os\nDEG = "\\N{DEGREE SIGN}"\nPATH = "C:\\\\N{x}"\nMSG = "a long \\\nmessage"\nos.getcwd()\n';
    expect(found("a.py", text)).toEqual([]);
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

  test("scan/respelled-name: a line continuation in a string or template and an identity escape (`\\d` is `d`), in a specifier and a member", () => {
    const text = "require('child_\\\nprocess').execSync('a');\nrequire(`child_\\\nprocess`).execSync('b');\nconst cp = require('chil\\d_process');\ncp['exe\\c']('c');\n";
    expect(found("a.js", text)).toEqual([
      "scan/respelled-name 1:9-9 `'child_\\` → `'child_process'`",
      "scan/respelled-name 3:9-9 `'child_\\` → `'child_process'`",
      "scan/respelled-name 5:20-36 `'chil\\d_process'` → `'child_process'`",
      "scan/respelled-name 6:4-11 `'exe\\c'` → `'exec'`",
    ]);
  });

  test("scan/respelled-name is clean for identity escapes that are no name: a regular expression's `\\d`, `\\$`, an escaped backslash", () => {
    const text = 'const cp = require("child_process");\nconst re = /\\d+\\.\\w/;\nconst price = "\\$5";\nconst path = "C:\\\\dir";\ncp.execFileSync("ls");\n';
    expect(found("a.js", text)).toEqual(["scan/shell-command 5:1-16"]);
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

describe("comments Node ends at a carriage return, U+2028 or U+2029 (`<!--`, a line-leading `-->`, `#!`)", () => {
  test("scan/shell-command, scan/network-call: the code after such a terminator is read as code, as Node runs it", () => {
    expect(found("a.js", "<!-- banner\rrequire('child_process').execSync('a')\n")).toEqual(["scan/shell-command 2:1-34"]);
    expect(found("b.js", "var x = 1;\r--> note\rrequire('child_process').execSync('b')\n")).toEqual(["scan/shell-command 3:1-34"]);
    expect(found("c.js", "#!/usr/bin/env node\rfetch('http://x.example')\n")).toEqual(["scan/network-call 2:1-6"]);
    expect(found("d.js", "#!/usr/bin/env node\u2028fetch('http://x.example')\n")).toEqual(["scan/network-call 2:1-6"]);
    // Each round uncovers the next comment.
    expect(found("e.js", "<!-- a\r<!-- b\rfetch('http://x.example')\n")).toEqual(["scan/network-call 3:1-6"]);
  });

  test("clean: Windows line ends after such comments move nothing; a terminator in a string is the string's", () => {
    expect(found("a.js", "<!-- banner\r\nconst cp = require('child_process');\r\n--> note\r\ncp.execSync('a');\r\n")).toEqual(["scan/shell-command 4:1-12"]);
    expect(found("b.js", "const s = 'a\u2028b';\n--> note\nfetch(s);\n")).toEqual(["scan/network-call 3:1-6"]);
  });
});
