import { describe, expect, test } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { scanFiles } from "../../core/scan/run";
import { scanSource } from "../../core/scan/scan";
import { tempDir } from "../helpers/cli";
import { at, found, scanConfig } from "./helpers";

const SHELL = "scan/shell-command";
const NET = "scan/network-call";
const MODEL = "scan/model-sdk";

/** Every default JS/TS boundary: the import, the call, and the callee text the finding must cover exactly. */
const DIRECT: Array<[rule: string, imports: string, call: string, callee: string]> = [
  ...["exec", "execSync", "execFile", "execFileSync", "spawn", "spawnSync", "fork"].map((m): [string, string, string, string] => [SHELL, 'import * as cp from "child_process";', `cp.${m}("ls");`, `cp.${m}`]),
  [SHELL, 'import cp from "node:child_process";', 'cp.spawn("ls");', "cp.spawn"],
  [SHELL, "", 'Bun.spawn(["ls"]);', "Bun.spawn"],
  [SHELL, "", 'Bun.spawnSync(["ls"]);', "Bun.spawnSync"],
  [SHELL, "", 'new Deno.Command("ls");', "Deno.Command"],
  [SHELL, "", 'Deno.run({ cmd: ["ls"] });', "Deno.run"],
  [NET, "", 'fetch("https://x");', "fetch"],
  [NET, "", 'globalThis.fetch("https://x");', "globalThis.fetch"],
  [NET, 'import http from "http";', 'http.request("http://x");', "http.request"],
  [NET, 'import * as http from "node:http";', 'http.get("http://x");', "http.get"],
  [NET, 'import https from "https";', 'https.request("https://x");', "https.request"],
  [NET, 'import https from "node:https";', 'https.get("https://x");', "https.get"],
  [NET, 'import axios from "axios";', 'axios("https://x");', "axios"],
  [NET, 'import axios from "axios";', 'axios.get("https://x");', "axios.get"],
  [NET, 'import axios from "axios";', "axios.create({});", "axios.create"],
  [NET, 'import got from "got";', 'got("https://x");', "got"],
  [NET, 'import got from "got";', 'got.post("https://x");', "got.post"],
  [NET, 'import nodeFetch from "node-fetch";', 'nodeFetch("https://x");', "nodeFetch"],
  [NET, 'import { request } from "undici";', 'request("https://x");', "request"],
  [NET, 'import * as undici from "undici";', 'undici.fetch("https://x");', "undici.fetch"],
  [NET, 'import { Client } from "undici";', 'new Client("https://x");', "Client"],
  [MODEL, 'import OpenAI from "openai";', "new OpenAI();", "OpenAI"],
  [MODEL, 'import { OpenAI } from "openai";', "new OpenAI();", "OpenAI"],
  [MODEL, 'import Anthropic from "@anthropic-ai/sdk";', "new Anthropic();", "Anthropic"],
  [MODEL, 'import { GoogleGenerativeAI } from "@google/generative-ai";', 'new GoogleGenerativeAI("k");', "GoogleGenerativeAI"],
  [MODEL, 'import { GoogleGenAI } from "@google/genai";', "new GoogleGenAI({});", "GoogleGenAI"],
  [MODEL, 'import { CohereClient } from "cohere-ai";', "new CohereClient({});", "CohereClient"],
  [MODEL, 'import { Mistral } from "@mistralai/mistralai";', "new Mistral({});", "Mistral"],
];

describe("JS/TS default rules: direct calls", () => {
  test.each(DIRECT)("%s: %s %s", async (rule, imports, call, callee) => {
    const text = `${imports}\n\n${call}\n`;
    for (const path of ["agent.ts", "agent.mjs"]) expect(await found(path, text)).toEqual([`${rule} ${at(text, callee, text.split(callee).length - 2)}`]);
  });
});

describe("JS/TS: aliased calls", () => {
  const cases: Array<[rule: string, text: string, callee: string]> = [
    [SHELL, 'import { exec as run } from "child_process";\nrun("ls");\n', "run"],
    [SHELL, 'const { spawn } = require("child_process");\nspawn("ls");\n', "spawn"],
    [SHELL, 'const { spawn: sp } = require("node:child_process");\nsp("ls");\n', "sp"],
    [SHELL, 'const cp = require("child_process");\ncp.execSync("ls");\n', "cp.execSync"],
    [SHELL, 'require("child_process").execFile("ls");\n', 'require("child_process").execFile'],
    [SHELL, 'async function f() {\n  const cp = await import("child_process");\n  cp.fork("w.js");\n}\n', "cp.fork"],
    [SHELL, 'async function f() {\n  const { spawnSync } = await import("node:child_process");\n  spawnSync("ls");\n}\n', "spawnSync"],
    [SHELL, 'import * as cp from "child_process";\nconst run = cp.exec;\nrun("ls");\n', "run"],
    [SHELL, 'import * as cp from "child_process";\nconst { execFileSync: efs } = cp;\nefs("ls");\n', "efs"],
    [SHELL, 'import cp = require("child_process");\ncp.exec("ls");\n', "cp.exec"],
    [SHELL, 'const child_process_1 = require("child_process");\n(0, child_process_1.exec)("ls");\n', "child_process_1.exec"],
    [SHELL, 'import * as cp from "child_process";\ncp["exec"]("ls");\n', 'cp["exec"]'],
    [NET, 'const axios = require("axios");\naxios.post("u");\n', "axios.post"],
    [NET, 'import { default as ax } from "axios";\nax("u");\n', "ax"],
    [NET, 'const f = globalThis.fetch;\nf("u");\n', "f"],
    [NET, 'const fetch = require("node-fetch");\nfetch("u");\n', "fetch"],
    [NET, 'import { get as httpGet } from "https";\nhttpGet("u");\n', "httpGet"],
    [MODEL, 'import * as ai from "openai";\nnew ai.OpenAI();\n', "ai.OpenAI"],
    [MODEL, 'const Anthropic = require("@anthropic-ai/sdk");\nconst client = new Anthropic();\n', "Anthropic"],
    [MODEL, 'async function f() {\n  const m = await import("openai");\n  return new m.default();\n}\n', "m.default"],
  ];
  test.each(cases)("%s: %j", async (rule, text, callee) => {
    expect(await found("agent.ts", text)).toEqual([`${rule} ${at(text, callee, text.split(callee).length - 2)}`]);
  });

  test("the message names the callee and its module; properties carry module, member and category", async () => {
    const [f] = await scanSource("a.ts", 'import * as cp from "node:child_process";\ncp.execSync("ls");\n', { config: scanConfig() });
    expect(f!.message).toBe("`cp.execSync` (child_process.execSync) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.");
    expect(f!.properties).toEqual({ module: "child_process", member: "execSync", target: "child_process.execSync", language: "javascript", resolution: [{ line: 1, column: 1, endLine: 1, endColumn: 42, text: 'import * as cp from "node:child_process";' }] });
    expect(f!.category).toBe("shell");
  });

  test("new X(...) is reported with the constructor's range and says `new`", async () => {
    const [f] = await scanSource("a.ts", 'import OpenAI from "openai";\nconst c = new OpenAI({ apiKey });\n', { config: scanConfig() });
    expect([f!.line, f!.column, f!.endLine, f!.endColumn]).toEqual([2, 15, 2, 21]);
    expect(f!.message).toMatch(/^`new OpenAI` \(openai\) calls a model provider directly/);
  });
});

describe("JS/TS: multi-line calls", () => {
  test("arguments over several lines: the range is the callee only", async () => {
    const text = 'import { spawn } from "child_process";\nspawn(\n  "ls",\n  ["-l"],\n);\n';
    expect(await found("a.js", text)).toEqual([`${SHELL} 2:1-2:6`]);
  });
  test("a member chain split over lines", async () => {
    const text = 'import axios from "axios";\nconst r = await axios\n  .get("u");\n';
    expect(await found("a.mjs", text)).toEqual([`${NET} 2:17-3:7`]);
  });
  test("a client constructed over several lines, through a namespace split across lines", async () => {
    const text = 'import * as Sdk from "@anthropic-ai/sdk";\nconst client = new Sdk\n  .Anthropic({\n    apiKey: key,\n  });\n';
    expect(await found("a.ts", text)).toEqual([`${MODEL} 2:20-3:13`]);
  });
  test("TSX files parse with the TSX grammar", async () => {
    const text = 'import axios from "axios";\nexport const A = () => <button onClick={() => axios.post("/x")}>go</button>;\n';
    expect(await found("a.tsx", text)).toEqual([`${NET} ${at(text, "axios.post")}`]);
  });
  test("JSX in .jsx", async () => {
    const text = 'export const A = () => <b onClick={() => fetch("/x")}>go</b>;\n';
    expect(await found("a.jsx", text)).toEqual([`${NET} ${at(text, "fetch")}`]);
  });
});

describe("JS/TS: look-alikes that are not boundary calls", () => {
  const negatives: Array<[what: string, text: string]> = [
    ["a line comment", 'import * as cp from "child_process";\n// cp.exec("ls"); fetch("u")\n'],
    ["a block comment", '/* fetch("u") */\nimport axios from "axios";\n/** axios.get("u") */\n'],
    ["a string", "const s = 'fetch(\"u\")';\nconst t = \"require('child_process').exec('ls')\";\n"],
    ["a template literal", "const s = `fetch(\"u\") and ${'x'} axios.get()`;\n"],
    ["a module not imported", 'axios.get("u");\ncp.exec("ls");\nnew OpenAI();\n'],
    ["a method of another object", 'import axios from "axios";\nconst api = make();\napi.get("u");\nmyAxios.get("u");\nthis.fetch("u");\nclient.fetch("u");\nregex.exec("s");\n'],
    ["a parameter named fetch", 'function load(fetch) {\n  return fetch("u");\n}\nconst g = (fetch) => fetch("u");\nconst h = ({ fetch }) => fetch("u");\n'],
    ["a local shadowing the module", 'import * as cp from "child_process";\nfunction f() {\n  const cp = fakeRunner();\n  cp.exec("ls");\n}\n'],
    ["a local fetch", 'const fetch = makeFetch();\nfetch("u");\nfunction fetch2() {}\n'],
    ["a declared function named fetch", 'function fetch(u) { return u; }\nfetch("u");\n'],
    ["type-only imports", 'import type OpenAI from "openai";\nimport { type ChatCompletion } from "openai";\nlet x: OpenAI;\n'],
    ["exceptions and helpers of a covered module", 'import axios from "axios";\naxios.isAxiosError(e);\nnew axios.AxiosError("x");\n'],
    ["require shadowed", 'function f(require) {\n  require("child_process").exec("ls");\n}\n'],
    ["http members that are not requests", 'import http from "http";\nhttp.createServer(() => {});\nhttp.STATUS_CODES;\n'],
    ["a suppressed line", 'fetch("u"); // flowgate: ignore-boundary -- health check of the gateway itself\n'],
    ["a line suppressed from the line before", '/* flowgate: ignore-next-line -- bootstrap */\nfetch("u");\n'],
  ];
  test.each(negatives)("%s", async (_what, text) => {
    expect(await found("agent.ts", text)).toEqual([]);
  });
});

describe("positions", () => {
  test("columns count UTF-16 code units, like VS Code and SARIF", async () => {
    const text = 'const s = "héllo 😀"; fetch(s);\n';
    expect(await found("a.js", text)).toEqual([`${NET} 1:23-1:28`]);
  });
  test("CRLF line endings", async () => {
    const text = 'import axios from "axios";\r\n\r\naxios.get("u");\r\n';
    expect(await found("a.ts", text)).toEqual([`${NET} 3:1-3:10`]);
  });
});

describe("hostile input", () => {
  test("a deeply nested callee neither crashes nor resolves past the depth limit", async () => {
    const text = `import * as cp from "child_process";\ncp${'["x"]'.repeat(20_000)}("ls");\n`;
    expect(await found("a.js", text)).toEqual([]);
  });
  test("long whitespace inside a callee stays linear and still resolves", async () => {
    const text = `import * as cp from "child_process";\n(cp${" ".repeat(200_000)}.exec)("ls");\n`;
    expect(await found("a.js", text)).toEqual([`scan/shell-command 2:2-2:${200_000 + 9}`]);
  });
  test("a one-line file with many comment-looking fetch mentions is prefiltered in linear time", async () => {
    const text = `const a = 1; ${"x.fetch(); ".repeat(100_000)}\n// fetch("u")\n`;
    expect(await found("a.js", text)).toEqual([]);
  });
  test("a global after a block comment that closes on its line is found: `/* x */ fetch(u)`, a minified bundle's `/*! license */` line, ` */ fetch(u)`", async () => {
    const text = `/* x */ fetch("a");\n/*! lib v1 | MIT */var b=1;globalThis.fetch("b");\n/**\n * docs\n */ fetch("c");\n`;
    expect(await found("a.js", text)).toEqual([`scan/network-call ${at(text, "fetch", 0)}`, `scan/network-call ${at(text, "globalThis.fetch", 0)}`, `scan/network-call ${at(text, "fetch", 2)}`]);
  });
  test("a global object and a global named only in comments and JSDoc prose (\"context window\", \"the global object\") do not send a file to the parser", async () => {
    const root = tempDir();
    writeFileSync(join(root, "a.js"), `/**\n * Fits the context window; calls fetch for you.\n * Reads the global object.\n */\nexport const ok = (o) => o.fetch();\n// const g = globalThis; fetch\n`);
    const run = await scanFiles({ root, files: ["a.js"], workers: 1 });
    expect({ parsed: run.parsed, findings: run.findings }).toEqual({ parsed: 0, findings: [] });
  });
  test("a global used on a line after a comment line is still found", async () => {
    const text = `// fetch is mentioned here\n/**\n * fetch also in JSDoc\n */\nconst r = fetch("u");\n`;
    expect(await found("a.js", text)).toEqual([`scan/network-call ${at(text, "fetch", 2)}`]);
  });
});

describe("JS: every way a module can be loaded reaches the parser", () => {
  test.each([
    ["require split over lines", 'const cp = require (\n  "child_process"\n);\ncp.exec("ls");\n', "cp.exec"],
    ["import() with a template literal", "async function f() {\n  const cp = await import(`node:child_process`);\n  cp.exec(\"ls\");\n}\n", "cp.exec"],
    ["a re-export next to an import", 'export * from "./x";\nimport { spawn } from "child_process";\nspawn("ls");\n', "spawn"],
  ])("%s", async (_what, text, callee) => {
    expect(await found("a.js", text)).toEqual([`scan/shell-command ${at(text, callee, text.split(callee).length - 2)}`]);
  });
});

// A script reads `<!--` (where an expression may start) and a line's leading `-->` as `//`; the grammar makes them html_comment nodes.
describe("JS: an HTML-like comment is passed over wherever a comment is", () => {
  test("scan/shell-command: `<!--` before require's specifier, an array element, a call's argument, Reflect.get's object", async () => {
    const text = 'const cp = require( <!-- c\n"child_process");\ncp.exec("a");\nconst list = [ <!-- c\n  cp.execSync];\nlist[0]("b");\nfunction run(n, f) { f("c"); }\nrun(1, <!-- c\n  cp.exec);\nReflect.get( <!-- c\n  cp, "exec")("d");\n';
    expect(await found("a.cjs", text)).toEqual([`${SHELL} 3:1-3:8`, `${SHELL} 6:1-6:8`, `${SHELL} 7:22-7:23`, `${SHELL} 9:3-9:10`, `${SHELL} 10:1-11:14`]);
  });

  test("a suppression in a line's leading `-->` comment covers the next line, as one in `//` does", async () => {
    const text = 'fetch("u");\n--> flowgate: ignore-next-line -- a reviewed call\nfetch("v");\n';
    expect(await found("a.js", text)).toEqual([`${NET} 1:1-1:6`]);
  });
});

test("a real call inside a template literal substitution is code, and is flagged", async () => {
  const text = "const msg = `status ${(await fetch(\"u\")).status}`;\n";
  expect(await found("a.mjs", text)).toEqual([`scan/network-call ${at(text, "fetch")}`]);
});

describe("JavaScript: evasions an attacker's pull request could use (each ran child_process, and was not found)", () => {
  test("scan/shell-command: an object spread copies a module's members (`({ ...cp }).exec`, `const o = { ...cp }`)", async () => {
    const text = 'const cp = require("child_process");\n({ ...cp }).execSync("a");\nconst o = { x: 1, ...cp };\no.exec("b");\n';
    expect(await found("a.js", text)).toEqual([`${SHELL} ${at(text, "({ ...cp }).execSync")}`, `${SHELL} ${at(text, "o.exec")}`]);
  });

  test("scan/shell-command: a getter returning a member is that member (object literal, class, static), and a function called in place is what it returns", async () => {
    const text = 'const cp = require("child_process");\nconst o = { get run() { return cp.execSync; } };\no.run("a");\nclass C { get run() { return cp.exec; } static get sh() { return cp.spawn; } }\nnew C().run("b");\nC.sh("c");\n(() => cp.execSync)()("d");\nconst m = (function () { return cp; })();\nm.fork("e");\nconst n = function () { return cp; }();\nn.spawnSync("f");\n';
    expect(await found("a.js", text)).toEqual([
      `${SHELL} ${at(text, "o.run")}`,
      `${SHELL} ${at(text, "new C().run")}`,
      `${SHELL} ${at(text, "C.sh")}`,
      `${SHELL} ${at(text, "(() => cp.execSync)()")}`,
      `${SHELL} ${at(text, "m.fork")}`,
      `${SHELL} ${at(text, "n.spawnSync")}`,
    ]);
  });

  test("scan/shell-command: a TypeScript string constant written `as const` or `satisfies string` names a member or a module", async () => {
    const text = 'import * as cp from "child_process";\nconst k = "execSync" as const;\ncp[k]("a");\nconst M = "child_process" satisfies string;\nrequire(M).spawn("b");\n';
    expect(await found("a.ts", text)).toEqual([`${SHELL} ${at(text, "cp[k]")}`, `${SHELL} ${at(text, "require(M).spawn")}`]);
  });

  test("scan/shell-command: a TypeScript parameter property's watched default is its slot's value", async () => {
    const text = 'import * as cp from "child_process";\nclass A { constructor(public run = cp.execSync, private readonly sh = cp.spawn) {} go() { this.sh("b"); } }\nnew A().run("a");\n';
    expect(await found("a.ts", text)).toEqual([`${SHELL} ${at(text, "this.sh")}`, `${SHELL} ${at(text, "new A().run")}`]);
  });

  test("scan/shell-command is clean for a parameter property whose default is not watched, and a plain parameter's default", async () => {
    const text = 'import * as cp from "child_process";\nclass A { constructor(public run = (s: string) => s, exec = cp.exec) {} }\nnew A().run("a");\nnew A().exec("b");\n';
    expect(await found("a.ts", text)).toEqual([]);
  });

  test("scan/shell-command is clean for `as const` constants naming members or modules not watched", async () => {
    const text = 'import * as cp from "child_process";\nconst k = "ChildProcess" as const;\nnew cp[k]();\nconst M = "path" as const;\nrequire(M).join("a");\n';
    expect(await found("a.ts", text)).toEqual([]);
  });

  test("scan/shell-command is clean for spreads, getters and functions called in place that hold nothing watched", async () => {
    const text = 'const cp = require("child_process");\nconst o = { ...{ exec: (s) => s } };\no.exec("a");\nconst g = { get run() { if (ok) { log(); return print; } return other; }, set run(v) {} };\ng.run("b");\nclass C { get run() { return (s) => s; } }\nnew C().run("c");\n(() => ({ exec: 1 }))().exec("d");\nconst m = (() => { const cp = { fork() {} }; return cp; })();\nm.fork("e");\n';
    expect(await found("a.js", text)).toEqual([]);
  });
});
