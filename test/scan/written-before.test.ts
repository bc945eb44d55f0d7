// A definition written above the binding it reads: the first pass reads definitions in the order written, so a
// function's `fn = session.get` above the module's `session = requests.Session()` (or a bundle's function above its
// `var http = require("http")`, esbuild's lazily initialised modules) was read before `session` held anything, and the
// call through `fn` was missed (zx 8's bundled node-fetch: `S = (https ? import_node_https : import_node_http).request`
// … `S(url)`). Such definitions are read again after the pass (parameters.ts rereadBoundLater). Also here: a fallback
// whose first operand starts with no name (`!forced && globalThis.fetch || shim`), which the definitions' text
// pre-test skipped (zx's `var r = !o2 && globalThis.fetch || Mi`).
import { describe, expect, test } from "vitest";
import { REREAD_ROUNDS } from "../../core/scan/parameters";
import { at, found } from "./helpers";

const NETWORK = "scan/network-call";
const SHELL = "scan/shell-command";

/** Expected findings: the rule, and the callee as the first `length` characters of the needle's first occurrence (all of it without `length`). */
type Case = [name: string, file: string, text: string, expected: Array<[rule: string, needle: string, length?: number]>];
const prefixAt = (text: string, needle: string, length = needle.length) => at(text, needle).replace(/-(\d+):(\d+)$/, (_, line: string, column: string) => `-${line}:${Number(column) - needle.length + length}`);
const check = async ([, file, text, expected]: Case) => expect(await found(file, text)).toEqual(expected.map(([rule, needle, length]) => `${rule} ${prefixAt(text, needle, length)}`));

describe("a function's alias of a module-level name bound below it is read with that binding (scan/network-call, scan/shell-command)", () => {
  const cases: Case[] = [
    ["JavaScript: `const S = http.request` in a function above `var http = require('http')`", "a.js", "function get(u) {\n  const S = http.request;\n  return S(u);\n}\nvar http = require('http');\n", [[NETWORK, "S(u)", 1]]],
    ["JavaScript: esbuild's lazily initialised module (`var http;` assigned in an init function below the user)", "a.js", "function get(p, u) {\n  const S = (p.protocol === 'https:' ? import_https.default : import_http.default).request, { signal } = u;\n  return S(p.toString());\n}\nvar import_http, import_https;\nvar init_node = __esm({\n  'node_modules/x/node.mjs'() {\n    import_http = __toESM(require('http'), 1);\n    import_https = __toESM(require('https'), 1);\n  }\n});\ninit_node();\n", [[NETWORK, "S(p.", 1]]],
    ["JavaScript: a module's import below the function, its alias in between", "a.mjs", "function get(u) {\n  const s = client.request;\n  s(u);\n}\nimport http from 'node:http';\nconst client = http;\n", [[NETWORK, "s(u)", 1]]],
    ["TypeScript: a chain of aliases each written above what it reads", "a.ts", "function run(c: string) {\n  const go = shell.execSync;\n  go(c);\n}\nfunction setup() {\n  shell = cp;\n}\nlet shell: any;\nconst cp = require('child_process');\n", [[SHELL, "go(c)", 2]]],
    ["look-alike: the name below holds a harmless object", "a.js", "function get(u) {\n  const S = http.request;\n  return S(u);\n}\nvar http = { request: console.log };\n", []],
    ["Python: `s = client.request` in a function above `client = urllib3`", "a.py", "import urllib3\n\ndef get(u):\n    s = client.request\n    return s(u)\n\nclient = urllib3\n", [[NETWORK, "s(u)", 1]]],
    ["Python: the import itself below the function and its alias", "a.py", "def get(u):\n    s = client.request\n    s(u)\n\nimport urllib3\nclient = urllib3\n", [[NETWORK, "s(u)", 1]]],
    ["Python: `global` assigned in a function below, from a module loaded by name below that", "a.py", "def get(u):\n    f = b.get\n    return f(u)\n\ndef setup():\n    global b\n    b = c\n\nc = __import__('requests')\n", [[NETWORK, "f(u)", 1]]],
    ["Python: a method's slot given a member of a module alias made below the class", "a.py", "import urllib3\n\nclass Client:\n    def __init__(self):\n        self.fetch = net.request\n\n    def run(self, u):\n        return self.fetch('GET', u)\n\nnet = urllib3\n", [[NETWORK, "self.fetch(", 10]]],
    ["look-alike, Python: the name below holds a harmless dict", "a.py", "def get(u):\n    f = b.get\n    return f(u)\n\nb = {'get': print}\n", []],
  ];
  test.each(cases)("%s", async (...c) => check(c));

  test(`a chain of ${REREAD_ROUNDS} definitions, each written above the one it reads, is followed to its end`, async () => {
    // d1 = d2.run above d2 = d3 … above d8 = child_process: each round binds one more.
    const names = Array.from({ length: REREAD_ROUNDS }, (_, i) => `d${i + 1}`);
    const text = `function go(c) {\n  const f = ${names[0]}.execSync;\n  f(c);\n}\n${names.map((name, i) => `function set${i}() { ${name} = ${names[i + 1] ?? "require('child_process')"}; }\n`).join("")}var ${names.join(", ")};\n`;
    expect(await found("a.js", text)).toEqual([`${SHELL} ${prefixAt(text, "f(c)", 1)}`]);
  });
});

describe("a fallback whose first operand starts with no name still gives its other operands as values (scan/network-call, scan/shell-command)", () => {
  const cases: Case[] = [
    ["zx's node-fetch shim: `var r = !forced && globalThis.fetch || shim` handed to a function the file cannot follow", "a.js", "var forced = !!process.env.FORCE;\nvar r = !forced && globalThis.fetch || shim;\nvar nodeFetch = wrap('nodeFetch', r);\n", [[NETWORK, "r);", 1]]],
    ["`!forced && globalThis.fetch || shim` called", "a.js", "var forced = !!process.env.FORCE;\nvar r = !forced && globalThis.fetch || shim;\nr('https://example.com');\n", [[NETWORK, "r('", 1]]],
    ["a string, a number and a template first: `'' || fetch`, `-1 && cp.exec`, `` `x` && globalThis.fetch ``", "a.js", "const a = '' || fetch;\na('u');\nconst b = -1 && require('child_process').exec;\nb('id');\nconst c = `x` && globalThis.fetch;\nc('u');\n", [[NETWORK, "a('u')", 1], [SHELL, "b('id')", 1], [NETWORK, "c('u')", 1]]],
    ["look-alike: the same fallbacks over harmless values", "a.js", "var forced = false;\nvar r = !forced && globalThis.structuredClone || shim;\nr({});\nconst a = '' || console.log;\na('u');\n", []],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("a parameter or local named like a module-level name given a watched value hides it in its function, wherever the function is written", () => {
  const cases: Case[] = [
    ["look-alike: `function g(t, e) { var r = t[e]; return r(1); }` beside `var t = globalThis` (a minified bundle's parameter named as its global holder)", "a.js", "var t = 'undefined' != typeof globalThis ? globalThis : window;\nfunction g(t, e) { var r = t && t[e]; return r.call(t); }\n[1].forEach(function (e) { return function (t, n) { var r = t[e]; return r(n); }; });\nfunction h(t, e) { var r = t[e]; return r(1); }\nvar w = function (t, e) { var r = t[e]; return r(1); };\n", []],
    ["the module-level name itself still holds it: `var t = globalThis` then `t[k](u)` outside any such function", "a.js", "var t = globalThis;\nfunction g(t, e) { var r = t[e]; return r(1); }\nvar k = process.argv[2];\nvar r = t[k];\nr('u');\n", [["scan/dynamic-code", "r('u')", 1]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});
