// The JavaScript prefilter's comment reader (core/scan/javascript-comments.ts): prose in comments is not code, and
// nothing written as code is taken for a comment, however it is laid out to look like one.
import { describe, expect, test } from "vitest";
import { someInCode } from "../../core/scan/javascript-comments";

const fetchInCode = (text: string) => someInCode(text, /\bfetch\(/g);

describe("comments: prose is not code", () => {
  test.each([
    ["JSDoc", "/**\n * Calls fetch(url) under the hood.\n * @see fetch(u)\n */\nexport const a = 1;\n"],
    ["line comments", "// fetch(u)\nconst a = 1; // then fetch(u)\n"],
    ["a block comment after code", "const a = b / c; /* fetch(u) */\n"],
    ["a comment after a regular expression", "const r = /a\\/b[/]/g; // fetch(u)\n"],
    ["a comment after a string holding quotes and slashes", "const s = 'it\\'s // \"x\"'; /* fetch(u) */\n"],
    ["a comment after a template with substitutions", "const t = `a ${b + `c ${d}`} e`; // fetch(u)\n"],
    ["a comment after a statement head's regular expression", "if (x) /[/*]/.test(s); // fetch(u)\n"],
    ["a comment after `return /re/`", "function f() { return /[*/]/.test(s); } /* fetch(u) */\n"],
    ["a comment after a division by a parenthesised value", "const t = (60 * m) / 128000; // fetch(u)\n"],
    ["a comment after a comparison", "if (a.indexOf(b) < 0) x(); // fetch(u)\n"],
  ])("%s", (_, text) => {
    expect(fetchInCode(text)).toBe(false);
  });
});

describe("comments: code laid out to look like a comment is code", () => {
  test.each([
    ["a product continued on a line starting with `*`", "const n = 2\n  * fetch(u);\n"],
    ["a `//` line inside a template, code after it closes", "const t = `\n// `; fetch(u);\n"],
    ["a `/**` line inside a template, a product after it closes", "const t = `\n/** ` * fetch(u);\n"],
    ["`/*` inside a string", 'const s = "/*"; fetch(u); // */\n'],
    ["`/*` inside a regular expression", "const r = /[/*]/; fetch(u); // */\n"],
    ["`/*` inside a statement head's regular expression", "if (x) /[/*]/.test(s); fetch(u); // */\n"],
    ["`/*` in a nested template", 'const t = `${`${"/*"}`}`; fetch(u); //*/\n'],
    ["JSX text holding `/*`", "const a = <p>/*</p>; fetch(u); //*/\n"],
    ["a type assertion before `/*`", "const a = <T>/*x*/ b; fetch(u);\n"],
    ["an unterminated string", "const s = 'abc\nfetch(u) /* */\n"],
    ["a `}` that may end a block or an object", "{ } /[/*]/.test(s); fetch(u); // */\n"],
    ["`await /re/` where await may be a name", "await /[/*]/; fetch(u); // */\n"],
    ["an unmatched `)`", ") /[/*]/; fetch(u); // */\n"],
    ["`/*` on the `#!` line (a comment to its end)", "#!/usr/bin/env node /*\nfetch(u); // */\n"],
    ["`/*` after `<!--` (a comment to the line's end in a script)", "<!-- /*\nfetch(u); // */\n"],
    ["`/*` after a line's leading `-->`", "x = 1\n--> /*\nfetch(u); // */\n"],
    ["a line comment ended by U+2028", "// note\u2028fetch(u);\n"],
    ["a line comment ended by a lone CR", "// note\rfetch(u);\n"],
    ["a `v`-flag class nesting brackets", "const r = /[[a]//*]/v; fetch(u); //*/\n"],
    ["`export default /re/`", "export default /[/*]/; fetch(u); // */\n"],
    ["a regular expression after `break` and a line break", "for (;;) { break\n/[/*]/; fetch(u); // */\n}\n"],
    ["a regular expression after `break label` and a line break", "l: for (;;) { break l\n/[/*]/; fetch(u); // */\n}\n"],
    ["`return` and a regular expression apart by a no-break space (white space to JavaScript)", "function f() { return\u00a0/[/*]/; } fetch(u); // */\n"],
    ["`return` and a regular expression apart by U+FEFF", "function f() { return\ufeff/[/*]/; } fetch(u); // */\n"],
    ["`o.return / 2` dividing (a property, not the keyword)", 'x = o.return /1+"/" ; y = "/*"; fetch(u); z = "*/";\n'],
  ])("%s", (_, text) => {
    expect(fetchInCode(text)).toBe(true);
  });
});
