// Issue 19: watched values followed through the parameters of a file's own functions, methods and
// constructors (core/scan/parameters.ts and its python-/javascript- sides): each form found at its exact
// position with its rule, the resolution path naming the call site, and the look-alikes left alone.
import { describe, expect, test } from "vitest";
import { scanSource } from "../../core/scan/scan";
import { at, found, scanConfig } from "./helpers";

const SHELL = "scan/shell-command";
const NET = "scan/network-call";

/** [name, file, text, expected findings: rule + needle (its nth occurrence)]. */
type Case = [name: string, file: string, text: string, expected: Array<[rule: string, needle: string, nth?: number]>];
const check = async ([, file, text, expected]: Case) => expect(await found(file, text)).toEqual(expected.map(([rule, needle, nth]) => `${rule} ${at(text, needle, nth)}`));

describe("scan/network-call, scan/shell-command: a value passed to a parameter of the file's own function (Python)", () => {
  const cases: Case[] = [
    ["a module passed positionally", "a.py", "import requests\ndef fetch(session, url):\n    return session.get(url)\nfetch(requests, 'u')\n", [[NET, "session.get"]]],
    ["a watched function passed by keyword (also reported where it is passed)", "a.py", "import subprocess\ndef run(cmd, runner=None):\n    runner(cmd)\nrun(['ls'], runner=subprocess.run)\n", [[SHELL, "runner", 1], [SHELL, "subprocess.run"]]],
    ["a watched default", "a.py", "import requests\ndef get(u, fetch=requests.get):\n    return fetch(u)\n", [[NET, "fetch", 1]]],
    ["a typed default after `*`", "a.py", "import requests\ndef get(u, *, fetch: object = requests.get):\n    return fetch(u)\n", [[NET, "fetch", 1]]],
    ["`self.m(x)` reaches the method of the class (self skipped)", "a.py", "import os\nclass T:\n    def go(self):\n        self.call(os)\n    def call(self, mod):\n        mod.system('x')\n", [[SHELL, "mod.system"]]],
    [
      "a constructor call, `super().__init__(x)` to a generic base, and `self._sock = sock` (anyio's UDPSocket)",
      "a.py",
      "import socket\nclass Base(Generic[T]):\n    def __init__(self, sock):\n        self._sock = sock\nclass UDP(Base[int]):\n    def __init__(self, sock):\n        super().__init__(sock)\n    def send(self, item):\n        self._sock.sendto(item)\ndef make():\n    s = socket.socket()\n    return UDP(s)\n",
      [[NET, "self._sock.sendto"]],
    ],
    ["a @staticmethod has no self to skip", "a.py", "import os\nclass T:\n    @staticmethod\n    def call(mod):\n        mod.system('x')\n    def go(self):\n        self.call(os)\n", [[SHELL, "mod.system"]]],
    ["a closure sees the parameter", "a.py", "import requests\ndef outer(s):\n    def inner(u):\n        return s.get(u)\n    return inner\nouter(requests)\n", [[NET, "s.get"]]],
    ["a package whose submodule the table lists (`import urllib.request` binds `urllib`)", "a.py", "import urllib.request\ndef f(u, x):\n    return u.request.urlopen(x)\nf(urllib, 'u')\n", [[NET, "u.request.urlopen"]]],
    ["one call site passes the module, another something else: still a crossing", "a.py", "import requests\ndef f(s):\n    s.get('u')\nf(requests)\nf(other)\n", [[NET, "s.get"]]],
    ["a dict literal reaches a plain parameter, read by a constant key (`go({\"sh\": subprocess.run}, cmd)` → `opts[\"sh\"](cmd)`, `opts.get(\"sh\")(cmd)`; also reported where it is passed)", "a.py", 'import subprocess\nSH = "sh"\ndef go(opts, cmd):\n    opts["sh"](cmd)\n    opts[SH](cmd)\n    opts.get("sh")(cmd)\n    opts["other"](cmd)\n    opts.get("other")(cmd)\ngo({"sh": subprocess.run, "other": print}, ["ls"])\n', [[SHELL, 'opts["sh"]'], [SHELL, "opts[SH]"], [SHELL, 'opts.get("sh")'], [SHELL, "subprocess.run"]]],
    ["a dict literal kept in a slot by `__init__` (`Agent({\"shell\": subprocess.run})` → `self.tools = tools` … `self.tools[\"shell\"](cmd)`), and handed on whole (also reported where it is passed)", "a.py", 'import subprocess\nclass Agent:\n    def __init__(self, tools):\n        self.tools = tools\n    def act(self, cmd):\n        self.tools["shell"](cmd)\ndef make(tools):\n    return Agent(tools)\ndef run(t):\n    t["shell"]("ls")\nmake({"shell": subprocess.run})\nrun({"shell": subprocess.run})\n', [[SHELL, 'self.tools["shell"]'], [SHELL, 't["shell"]'], [SHELL, "subprocess.run"], [SHELL, "subprocess.run", 1]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/network-call, scan/shell-command: parameters the scan leaves alone (Python)", () => {
  const cases: Case[] = [
    ["given only values nobody watches", "a.py", "import requests\ndef f(s):\n    s.get('u')\nf(session)\nf(make())\n", []],
    ["a nested function's own parameter of the same name shadows", "a.py", "import requests\ndef f(s):\n    def g(s):\n        s.get('u')\n    return g\nf(requests)\n", []],
    ["a parameter assigned again in the function", "a.py", "import requests\ndef f(s):\n    s = make()\n    s.get('u')\nf(requests)\n", []],
    ["a parameter that is a loop variable too", "a.py", "import requests\ndef f(s):\n    for s in sessions:\n        s.get('u')\nf(requests)\n", []],
    ["a function of another scope with the same name", "a.py", "import requests\ndef a():\n    def f(s):\n        s.get('u')\ndef b():\n    f(requests)\n", []],
    ["positions after `*args` are not guessed", "a.py", "import requests\ndef f(a, s):\n    s.get('u')\nf(*xs, requests)\n", []],
    ["a client's methods are the construction's finding, not new ones", "a.py", "import openai\ndef ask(c):\n    c.chat.completions.create()\nask(openai.OpenAI())\n", [["scan/model-sdk", "openai.OpenAI"]]],
    ["a dict literal's parameter: a key it does not hold, a key no constant spells, the parameter assigned again (only the passing is reported, as any watched function handed over is)", "a.py", 'import subprocess\ndef a(opts, k):\n    opts["x"]("ls")\n    opts[k]("ls")\ndef b(opts):\n    opts = dict(opts)\n    opts["sh"]("ls")\na({"sh": subprocess.run}, "sh")\nb({"sh": subprocess.run})\n', [[SHELL, "subprocess.run"], [SHELL, "subprocess.run", 1]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/network-call, scan/shell-command: a value passed to a parameter of the file's own function (JS/TS)", () => {
  const cases: Case[] = [
    ["a module passed to a function declaration", "a.js", 'const cp = require("child_process");\nfunction run(shell, c) {\n  shell.exec(c);\n}\nrun(cp, "ls");\n', [[SHELL, "shell.exec"]]],
    ["a watched default (the global fetch)", "a.js", "function get(u, fetchImpl = fetch) {\n  return fetchImpl(u);\n}\n", [[NET, "fetchImpl", 1]]],
    ["a TypeScript default with a type", "a.ts", "export function get(u: string, fetchImpl: typeof fetch = fetch) {\n  return fetchImpl(u);\n}\n", [[NET, "fetchImpl", 1]]],
    ["an arrow function given the global fetch (also reported where it is passed)", "a.js", 'const go = (f) => f("u");\ngo(fetch);\n', [[NET, "f", 1], [NET, "fetch"]]],
    ["`new A(http)` → constructor → `this.transport = transport`", "a.js", 'const http = require("http");\nclass A {\n  constructor(transport) {\n    this.transport = transport;\n  }\n  go() {\n    this.transport.request({});\n  }\n}\nnew A(http);\n', [[NET, "this.transport.request"]]],
    ["`super(t)` to the base's constructor", "a.js", 'const https = require("https");\nclass B {\n  constructor(t) {\n    this.t = t;\n  }\n}\nclass C extends B {\n  constructor(t) {\n    super(t);\n  }\n  go() {\n    this.t.request({});\n  }\n}\nnew C(https);\n', [[NET, "this.t.request"]]],
    ["a class without a constructor passes `new` to its base's", "a.js", 'const https = require("https");\nclass B {\n  constructor(t) {\n    t.get("u");\n  }\n}\nclass C extends B {}\nnew C(https);\n', [[NET, "t.get"]]],
    ["`this.m(x)` reaches the method", "a.js", 'import * as cp from "child_process";\nclass T {\n  go() {\n    this.call(cp);\n  }\n  call(m) {\n    m.exec("ls");\n  }\n}\n', [[SHELL, "m.exec"]]],
    ["an object literal reaches a destructured parameter (also reported where it is passed)", "a.js", 'const cp = require("child_process");\nfunction make({ run, other: o }) {\n  run("ls");\n  o("x");\n}\nmake({ run: cp.exec, other: x });\n', [[SHELL, "run", 1], [SHELL, "cp.exec"]]],
    ["a TypeScript parameter property is the slot `this.x`", "a.ts", 'import * as http from "http";\nclass A {\n  constructor(private transport: typeof http) {}\n  go() {\n    this.transport.request({});\n  }\n}\nnew A(http);\n', [[NET, "this.transport.request"]]],
    ["an object literal reaches a plain parameter, read by its properties (`get({ fetch }, u)` → `opts.fetch(u)`, `opts[\"fetch\"](u)`)", "a.js", 'function get(opts, u) {\n  opts.fetch(u);\n  opts["fetch"](u);\n  opts.other(u);\n}\nget({ fetch, other: x }, "u");\n', [[NET, "opts.fetch"], [NET, 'opts["fetch"]'], [NET, "fetch", 2]]],
    ["an options object stored by the constructor (`new A({ transport: https })` → `this.transport = options.transport`)", "a.js", 'const https = require("https");\nclass A {\n  constructor(options) {\n    this.transport = options.transport;\n  }\n  go() {\n    this.transport.request({});\n  }\n}\nnew A({ transport: https, retries: 2 });\n', [[NET, "this.transport.request"]]],
    ["a class expression held by a name is constructed (`const A = class { constructor(t) … }`, also as a base class)", "a.js", 'const https = require("https");\nconst A = class {\n  constructor(t) {\n    t.get("u");\n  }\n};\nvar B = class {\n  constructor(t) {\n    this.t = t;\n  }\n};\nvar C = class extends B {\n  go() {\n    this.t.request({});\n  }\n};\nnew A(https);\nnew C(https);\n', [[NET, "t.get"], [NET, "this.t.request"]]],
    [
      "an object literal's parameter kept in a slot, as a TypeScript parameter property, and handed on whole (`super(options)`; also reported where it is passed)",
      "a.ts",
      'class B {\n  constructor(o: O) {\n    this.f = o.fetch;\n  }\n  go() {\n    this.f(1);\n  }\n}\nclass C extends B {\n  constructor(options: O) {\n    super(options);\n  }\n}\nclass D {\n  constructor(private options: O) {}\n  go(u: string) {\n    return this.options.fetch(u);\n  }\n}\nnew C({ fetch });\nnew D({ fetch });\n',
      [[NET, "this.f", 1], [NET, "this.options.fetch"], [NET, "fetch", 2], [NET, "fetch", 3]],
    ],
    [
      "LangGraph SDK's media handles (rolldown output): a class expression given `{ fetch: this.#fetch }` keeps `options.fetch` in a private field it calls (also reported where it is passed)",
      "a.js",
      'var Handle = class {\n  #fetchImpl;\n  constructor(options) {\n    this.#fetchImpl = options.fetch;\n  }\n  start(url) {\n    return this.#fetchImpl(url);\n  }\n};\nvar Assembler = class {\n  #fetch;\n  constructor(options = {}) {\n    if (options.fetch != null) this.#fetch = options.fetch;\n    else if (typeof fetch === "function") this.#fetch = fetch;\n  }\n  open(url) {\n    return new Handle({ url, fetch: this.#fetch });\n  }\n};\n',
      [[NET, "this.#fetchImpl", 1], [NET, "this.#fetch", 4]],
    ],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/network-call, scan/shell-command: parameters the scan leaves alone (JS/TS)", () => {
  const cases: Case[] = [
    ["given only values nobody watches", "a.js", 'const cp = require("child_process");\nfunction run(shell) {\n  shell.exec("ls");\n}\nrun(other);\nrun(make());\n', []],
    ["an inner function's parameter of the same name shadows", "a.js", 'const cp = require("child_process");\nfunction run(shell) {\n  return (shell) => shell.exec("ls");\n}\nrun(cp);\n', []],
    ["a parameter assigned again", "a.js", 'const cp = require("child_process");\nfunction run(shell) {\n  shell = wrap(shell);\n  shell.exec("ls");\n}\nrun(cp);\n', []],
    ["a parameter redeclared in the body", "a.ts", 'import * as cp from "child_process";\nfunction run(shell: any) {\n  const shell2 = 1;\n  { const shell = make(); shell.exec("ls"); }\n}\nrun(cp);\n', []],
    ["positions after a spread are not guessed", "a.js", 'const cp = require("child_process");\nfunction run(a, shell) {\n  shell.exec("ls");\n}\nrun(...xs, cp);\n', []],
    ["a method of another class", "a.js", 'const cp = require("child_process");\nclass A {\n  go() {\n    this.call(cp);\n  }\n}\nclass B {\n  call(m) {\n    m.exec("ls");\n  }\n}\n', []],
    ["an object literal's parameter: a property it does not hold, and another function's parameter of the same name (only the passing is reported)", "a.js", 'function a(opts) {\n  opts.fetch("u");\n}\nfunction b(opts) {\n  opts.other("u");\n  opts.fetch.name;\n}\nb({ fetch });\n', [[NET, "fetch", 2]]],
    ["an object literal's parameter assigned again, or hidden by an inner function's parameter (only the passing is reported)", "a.js", 'function a(opts) {\n  opts = { ...opts };\n  opts.fetch("u");\n}\nfunction b(opts) {\n  return (opts) => opts.fetch("u");\n}\na({ fetch });\nb({ fetch });\n', [[NET, "fetch", 2], [NET, "fetch", 3]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/network-call: a destructured parameter's watched default, and a factory's call as a default (JS/TS)", () => {
  const cases: Case[] = [
    [
      "the Vercel AI SDK's forms: a factory's call as a plain or destructured default, the global as a destructured or plain one",
      "a.js",
      "const getFetch = () => globalThis.fetch;\nconst a = async (url, fetchImpl = getFetch()) => { await fetchImpl(url); };\nconst b = async ({ url, fetch = getFetch() }) => { await fetch(url); };\nconst c = async ({ url, fetch = globalThis.fetch }) => { await fetch(url); };\nconst d = async ({ url, fetch }) => { await fetch(url); };\nconst e = async (url, fetchImpl = globalThis.fetch) => { await fetchImpl(url); };\n",
      [[NET, "fetchImpl", 1], [NET, "fetch", 4], [NET, "fetch", 7], [NET, "fetchImpl", 3]],
    ],
    [
      "a renamed destructured default, and a destructured parameter with a default object (JavaScript)",
      "a.js",
      'const getFetch = () => globalThis.fetch;\nfunction a({ fetch: impl = getFetch() }) { return impl("a"); }\nconst b = ({ run: go = getFetch() } = {}) => go("b");\nfunction c({ fetch = globalThis.fetch } = {}) { return fetch("c"); }\n',
      [[NET, "impl", 1], [NET, "go", 1], [NET, "fetch", 4]],
    ],
    [
      "TypeScript: typed destructured parameters (with a default object too) and a typed plain default",
      "a.ts",
      'export function getFetch() { return globalThis.fetch; }\nconst b = async ({ url, fetch = getFetch() }: O) => { await fetch(url); };\nconst c = ({ fetch: impl = globalThis.fetch }: { fetch?: typeof fetch }) => impl("c");\nconst d = ({ fetch = getFetch() }: O = {}) => fetch("d");\nfunction e(url: string, fetchImpl: typeof fetch = getFetch()) { return fetchImpl(url); }\n',
      [[NET, "fetch", 2], [NET, "impl", 1], [NET, "fetch", 8], [NET, "fetchImpl", 1]],
    ],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/network-call, scan/shell-command: destructured parameters with defaults the scan leaves alone (JS/TS)", () => {
  const cases: Case[] = [
    [
      "a default that resolves to nothing watched shadows the outer name: null, another call, the factory itself (not its call), a local of the factory's name",
      "a.js",
      'const { exec } = require("child_process");\nconst getFetch = () => globalThis.fetch;\nfunction f({ exec = null } = {}) { exec("a"); }\nconst g = ({ run: exec = other } = {}) => exec("b");\nfunction h({ fetch = getOther() }) { return fetch("c"); }\nfunction i({ fetch = getFetch }) { return fetch("d"); }\nfunction j() { const getFetch = make(); return (impl = getFetch()) => impl("e"); }\nexec("z");\n',
      [[SHELL, "exec", 5]],
    ],
    ["TypeScript: a destructured parameter with a default object, its default null", "a.ts", 'import { exec } from "child_process";\nfunction f({ exec = null }: O = {}) { exec("a"); }\nfunction g({ run: exec = null }: O = {}) { exec("b"); }\n', []],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/network-call: a value is followed however many calls deep", () => {
  test("a value handed on through 3 functions is followed, and through a 4th", async () => {
    const text = "import requests\ndef a(x):\n    b(x)\ndef b(y):\n    c(y)\ndef c(z):\n    z.get('1')\n    d(z)\ndef d(w):\n    w.get('2')\na(requests)\n";
    expect(await found("a.py", text)).toEqual([`${NET} ${at(text, "z.get")}`, `${NET} ${at(text, "w.get")}`]);
    const js = 'const http = require("http");\nfunction a(x) { b(x); }\nfunction b(y) { c(y); }\nfunction c(z) { z.get("1"); d(z); }\nfunction d(w) { w.get("2"); }\na(http);\n';
    expect(await found("a.js", js)).toEqual([`${NET} ${at(js, "z.get")}`, `${NET} ${at(js, "w.get")}`]);
  });
});

describe("scan/shell-command: hostile files stay linear (each function's parameters and each class's methods are read once)", () => {
  test("a function of 5,000 parameters called 5,000 times, and 2,000 methods called through self 2,000 times", async () => {
    const params = Array.from({ length: 5000 }, (_, i) => `p${i}`).join(", ");
    const text = `import os\ndef f(${params}):\n    p0.system('x')\n${"f(os)\n".repeat(5000)}`;
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "p0.system")}`]);
    const methods = Array.from({ length: 2000 }, (_, i) => `  m${i}(x) { x.exec("y"); }\n`).join("");
    const js = `const cp = require("child_process");\nclass A {\n${methods}  go() {\n${"    this.m1999(cp);\n".repeat(2000)}  }\n}\n`;
    expect(await found("a.js", js)).toEqual([`${SHELL} ${at(js, "x.exec", 1999)}`]);
  });
  test("5,000 functions with a destructured parameter of one name whose default is a factory's call (each function's own occurrences are read)", async () => {
    const text = `const getFetch = () => globalThis.fetch;\n${Array.from({ length: 5000 }, (_, i) => `const a${i} = ({ fetch = getFetch() }) => ${i === 4999 ? "fetch(u)" : "1"};\n`).join("")}`;
    expect(await found("a.js", text)).toEqual([`${NET} ${at(text, "fetch", 5001)}`]);
  });
});

describe("scan/network-call: the resolution path names the call site that passed the value", () => {
  test("message and properties.resolution: the parameter ← the call ← the import", async () => {
    const text = "import requests\n\ndef fetch(session, url):\n    return session.get(url)\n\nfetch(requests, 'u')\n";
    const [finding, ...rest] = await scanSource("a.py", text, { config: scanConfig({}) });
    expect(rest).toEqual([]);
    expect(finding!.rule).toBe(NET);
    expect(finding!.message).toContain("Resolved through line 3 `session` ← line 6 `fetch(requests, 'u')` ← line 1 `import requests`.");
    expect((finding!.properties as { resolution: Array<{ line: number; text: string }> }).resolution.map((s) => `${s.line} ${s.text}`)).toEqual(["3 session", "6 fetch(requests, 'u')", "1 import requests"]);
  });
  test("JS: `this.transport` ← the constructor's parameter ← `new A(http)`", async () => {
    const text = 'const http = require("http");\nclass A {\n  constructor(transport) {\n    this.transport = transport;\n  }\n  go() {\n    this.transport.request({});\n  }\n}\nnew A(http);\n';
    const [finding] = await scanSource("a.js", text, { config: scanConfig({}) });
    expect(finding!.message).toContain("Resolved through line 4 `this.transport = transport` ← line 3 `transport` ← line 10 `new A(http)` ← line 1 `require(\"http\")`.");
  });
});
