// A factory returning one of its parameters whose default is watched (`function make(f = fetch) { return f }`,
// `def make(f=os.system): return f`): its call is the default only where the call may leave the parameter to it. A call
// passing a value certainly there (a function or literal written in place, a top-level function, a `const` function, an
// ES import; in Python any value, by place or keyword) gets that value: mcp-remote's `createFetchWithInit(fetchWithMcpHeaders,
// …)` was reported as `fetch` (bench/scan/labels). Whatever may leave it `undefined`, a spread, a splat, a body that may
// rebind it, another return, a method or a decorated function keeps the default (a gate fails closed). A watched default
// of a parameter assigned again in its function is the parameter's value too (it was not bound at all: a use passed the gate).
import { describe, expect, test } from "vitest";
import { at, atStart, found, projectPlaces } from "./helpers";

const CP = 'const cp = require("child_process");\n';
const net = (text: string, needle: string, nth = 0) => `scan/network-call ${at(text, needle, nth)}`;
const shell = (text: string, needle: string, nth = 0) => `scan/shell-command ${at(text, needle, nth)}`;

describe("JavaScript: a factory's returned default", () => {
  test("a call that may leave the parameter to its default is the default: none passed, `undefined`, `void 0`, a spread, a member, a parameter, a `let` without a value", async () => {
    const text = `${CP}function make(f = fetch) { return f; }\nmake()("u");\nmake(undefined)("u");\nmake(void 0)("u");\nmake(...args)("u");\nmake(opts.fetch)("u");\nfunction g(h) { return make(h)("u"); }\nlet later;\nmake(later)("u");\n`;
    expect(await found("a.js", text)).toEqual([net(text, "make()"), net(text, "make(undefined)"), net(text, "make(void 0)"), net(text, "make(...args)"), net(text, "make(opts.fetch)"), net(text, "make(h)"), net(text, "make(later)")]);
  });

  test("clean: a call passing a function written in place, a top-level function, a `const` function or a literal gets it", async () => {
    const text = `function make(f = fetch) { return f; }\nfunction helper() {}\nconst fixed = () => 1;\nmake(() => 1)("u");\nmake(helper)("u");\nmake(fixed)("u");\nmake(null);\nconst arrow = (f = fetch) => f;\narrow(helper)("u");\n`;
    expect(await found("a.js", text)).toEqual([]);
  });

  test("the default stays where the function may return something else: the parameter assigned in the body, another return, another returned default, `eval`, a top-level function reassigned", async () => {
    const text = `${CP}function both(f = fetch) { if (x) return f; return cp.exec; }\nboth(() => 1)("u");\nfunction twice(f = fetch, g = cp.exec) { if (x) return f; return g; }\ntwice(() => 1)("u");\nfunction ev(f = fetch) { eval(s); return f; }\nev(() => 1)("u");\nfunction moved(f = fetch) { [f] = xs; return f; }\nmoved(() => 1)("u");\nfunction helper() {}\nhelper = undefined;\nfunction make(f = fetch) { return f; }\nmake(helper)("u");\n`;
    expect(await found("a.js", text)).toEqual([
      shell(text, "both(() => 1)"),
      net(text, "twice(() => 1)"),
      `scan/dynamic-code ${at(text, "eval")}`,
      net(text, "ev(() => 1)"),
      net(text, "moved(() => 1)"),
      net(text, "make(helper)"),
    ]);
  });

  test("across files: an ES import passed to an imported factory is that import (mcp-remote's `createFetchWithInit(fetchWithMcpHeaders, { headers })`); a member passed is not certain", async () => {
    const chunk = "export function createFetchWithInit(baseFetch = fetch, baseInit) {\n  if (!baseInit) return baseFetch;\n  return async (url, init) => baseFetch(url, { ...baseInit, ...init });\n}\nexport function fetchWithMcpHeaders(url, init) { return go(url, init); }\n";
    const client = 'import { createFetchWithInit, fetchWithMcpHeaders } from "./chunk.js";\nexport const a = new Provider({ fetchFn: createFetchWithInit(fetchWithMcpHeaders, { headers }) });\nexport const b = new Provider({ fetchFn: createFetchWithInit(opts.fetch, { headers }) });\n';
    expect(await projectPlaces({ "chunk.js": chunk, "client.js": client })).toEqual([`chunk.js:${at(chunk, "baseFetch", 2)} scan/network-call`, `client.js:${at(client, "createFetchWithInit(opts.fetch, { headers })")} scan/network-call`]);
  });
});

describe("Python: a factory's returned default", () => {
  test("a call that may leave the parameter to its default is the default: none passed, a splat, the keyword of a positional-only parameter, a keyword-only one by place, a decorated function, a method", async () => {
    const text = "import os\ndef make(f=os.system):\n    return f\nmake()('ls')\nmake(*a)('ls')\nmake(**k)('ls')\ndef pos(f=os.system, /, **kw):\n    return f\npos(f=print)('ls')\ndef kwo(*, f=os.system):\n    return f\nkwo(print)('ls')\n@deco\ndef decorated(f=os.system):\n    return f\ndecorated(print)('ls')\n";
    expect(await found("a.py", text)).toEqual([
      `scan/shell-command ${at(text, "make()")}`,
      `scan/shell-command ${at(text, "make(*a)")}`,
      `scan/shell-command ${at(text, "make(**k)")}`,
      `scan/shell-command ${at(text, "pos(f=print)")}`,
      `scan/shell-command ${at(text, "kwo(print)")}`,
      `scan/shell-command ${at(text, "decorated(print)")}`,
    ]);
  });

  test("clean: a value passed by place or keyword is the parameter's, `None` too", async () => {
    const text = "import os\ndef make(f=os.system):\n    return f\nmake(print)('ls')\nmake(f=print)('ls')\nmake(None)\ndef pos(f=os.system, /):\n    return f\npos(print)('ls')\ndef kwo(*, f=os.system):\n    return f\nkwo(f=print)('ls')\n";
    expect(await found("a.py", text)).toEqual([]);
  });

  test("the default stays where the function may return something else: a loop over the name, another return, `exec`, a walrus", async () => {
    const text = "import os, subprocess\ndef a(f=os.system):\n    for f in xs: pass\n    return f\na(print)('ls')\ndef b(f=os.system):\n    if x: return f\n    return subprocess.run\nb(print)('ls')\ndef c(f=os.system):\n    exec(s)\n    return f\nc(print)('ls')\ndef d(f=os.system):\n    (f := g)\n    return f\nd(print)('ls')\n";
    expect(await found("a.py", text)).toEqual([
      `scan/shell-command ${at(text, "a(print)")}`,
      `scan/shell-command ${at(text, "b(print)")}`,
      `scan/dynamic-code ${at(text, "exec")}`,
      `scan/shell-command ${at(text, "c(print)")}`,
      `scan/shell-command ${at(text, "d(print)")}`,
    ]);
  });
});

describe("a parameter's watched default, the parameter assigned again in its function", () => {
  test("JavaScript: a use sees the default (`function run(f = cp.execSync) { f(c); f = null }` passed the gate), and a factory returning it is the default", async () => {
    const text = `${CP}function run(c, f = cp.execSync) { f(c); if (x) f = console.log; }\nfunction make(f = cp.exec) { if (x) f = console.log; return f; }\nmake()("ls");\n`;
    expect(await found("a.js", text)).toEqual([`scan/shell-command ${atStart(text, "f(c)", "f")}`, shell(text, "make()")]);
  });

  test("Python: a use sees the default whatever rebinds the parameter (an assignment, a loop, a walrus)", async () => {
    const text = "import os\ndef a(c, f=os.system):\n    f(c)\n    f = print\ndef b(c, f=os.system):\n    f(c)\n    for f in xs: pass\ndef d(c, f=os.system):\n    f(c)\n    (f := g)\n";
    expect(await found("a.py", text)).toEqual([0, 1, 2].map((nth) => `scan/shell-command ${atStart(text, "f(c)", "f", nth)}`));
  });
});
