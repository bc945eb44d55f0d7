// Red team 7 (atk7js): modern JavaScript forms that handed a watched module or function on unseen — an object pattern's
// rest element (`const { spawn, ...rest } = cp`), a top-level literal read whole by another name (`const t = tools`),
// an object pattern inside an array pattern (`const [{ execSync }] = …`), `await Promise.all([import(…)])` destructured,
// and a loader given a resolver's answer (`import(import.meta.resolve("m"))`, `require(require.resolve("m"))`).
// Each found where called; each look-alike left alone.
import { describe, expect, test } from "vitest";
import { at, found, projectPlaces } from "./helpers";

const SHELL = "scan/shell-command";
const NET = "scan/network-call";
const MODEL = "scan/model-sdk";

describe("an object pattern's rest element holds the members the pattern does not name", () => {
  test.each([
    ["CommonJS `const { spawn, ...others } = require(…)` (p32)", "a.cjs", `const { spawn, ...others } = require("child_process");\nothers.execSync("x");\n`, "others.execSync"],
    ["an ES namespace (p26)", "a.mjs", `import * as cp from "node:child_process";\nconst { execSync, ...rest } = cp;\nrest.exec("x");\n`, "rest.exec"],
    ["the rest alone (p79)", "a.cjs", `const { ...cp } = require("child_process");\ncp.execSync("x");\n`, "cp.execSync"],
    ["`await import()` with `default` split off", "a.mjs", `const { default: _, ...http } = await import("node:http");\nhttp.get("http://x");\n`, "http.get"],
    ["a `then` callback's pattern", "a.mjs", `import("node:child_process").then(({ spawn, ...rest }) => rest.execSync("x"));\n`, "rest.execSync"],
    ["a `for … of` head", "a.mjs", `import * as cp from "node:child_process";\nfor (const { spawn, ...rest } of [cp]) rest.execSync("x");\n`, "rest.execSync"],
    ["a literal's rest", "a.mjs", `import cp from "node:child_process";\nconst { a, ...tools } = { a: 1, run: cp.execSync };\ntools.run("x");\n`, "tools.run"],
    ["a nested pattern's rest", "a.mjs", `import * as cp from "node:child_process";\nconst { x: { spawn, ...rest } } = { x: cp };\nrest.execSync("x");\n`, "rest.execSync"],
  ] as const)("%s", async (_, file, text, needle) => {
    const rule = needle.startsWith("http") ? NET : SHELL;
    expect(await found(file, text)).toEqual([`${rule} ${at(text, needle)}`]);
  });

  test("through a project file: the rest of what it exports (TypeScript)", async () => {
    const files = {
      "shell.ts": 'import { execSync } from "child_process";\nexport const run = execSync;\nexport const quiet = () => 0;\n',
      "use.ts": 'const { quiet, ...tools } = require("./shell");\ntools.run("a");\ntools.quiet();\n',
    };
    expect(await projectPlaces(files)).toEqual(["use.ts:2:1-2:10 scan/shell-command"]);
  });

  test("clean: a rest of harmless values, a module's plain member read off the rest, a rest hiding a global", async () => {
    const text = `import * as cp from "node:child_process";\nconst { execSync, ...rest } = cp;\nrest.constants;\nconst { a, ...opts } = { a: 1, log: console.log };\nopts.log("x");\nconst { b, ...fetch } = globalThis.config;\nfetch("u");\n`;
    expect(await found("a.mjs", text)).toEqual([]);
  });
});

describe("a literal of the file's top level read whole by another name", () => {
  test("`const r = tools` then `r.run(…)` (p31), in a function, an array by index, a block's alias (p13)", async () => {
    const text = `import cp from "node:child_process";\nconst tools = { run: cp.execSync, other: 1 };\nconst r = tools;\nr.run("x");\nfunction g() { const t = tools; t.run("y"); }\nconst list = [cp.spawn];\nconst l = list;\nl[0]("z");\n{ const b = tools; b.run("w"); }\n`;
    expect(await found("a.mjs", text)).toEqual([`${SHELL} ${at(text, "r.run")}`, `${SHELL} ${at(text, "t.run")}`, `${SHELL} ${at(text, "l[0]")}`, `${SHELL} ${at(text, "b.run")}`]);
  });

  test("clean: another key of the literal, a literal of harmless values, a local of the name hiding it", async () => {
    const text = `import cp from "node:child_process";\nconst tools = { run: cp.execSync, other: () => 0 };\nconst r = tools;\nr.other("x");\nconst safe = { run: console.log };\nconst s = safe;\ns.run("y");\nfunction h(tools) { const t = tools; t.run("z"); }\n`;
    expect(await found("a.mjs", text)).toEqual([]);
  });
});

describe("an object pattern inside an array pattern, and `await Promise.all([import(…)])`", () => {
  test.each([
    ["`const [cp] = await Promise.all([import(…)])` (p54)", `const [cp] = await Promise.all([import("node:child_process")]);\ncp.execSync("x");\n`, "cp.execSync", 0, SHELL],
    ["destructured in place (p63)", `const [{ execSync }, fs] = await Promise.all([import("node:child_process"), import("node:fs")]);\nexecSync("x");\n`, "execSync", 1, SHELL],
    ["a model SDK's default export loaded beside another", `const [{ default: OpenAI }] = await Promise.all([import("openai")]);\nnew OpenAI();\n`, "OpenAI", 1, MODEL],
    ["an object pattern in an array pattern of a literal", `import * as cp from "node:child_process";\nconst [{ execSync: run }] = [cp];\nrun("x");\n`, "run", 1, SHELL],
    ["of an array held by a name", `import * as cp from "node:child_process";\nconst mods = [cp];\nconst [{ spawnSync }] = mods;\nspawnSync("x");\n`, "spawnSync", 1, SHELL],
    ["of a method's elements", `import * as cp from "node:child_process";\nconst [{ execFileSync }] = [cp].filter(Boolean);\nexecFileSync("x");\n`, "execFileSync", 1, SHELL],
  ] as const)("%s", async (_, text, needle, nth, rule) => {
    expect(await found("a.mjs", text)).toEqual([`${rule} ${at(text, needle, nth)}`]);
  });

  test("clean: harmless modules loaded together, a module's plain member destructured, a pattern of a harmless array", async () => {
    const text = `const [fs, { join }] = await Promise.all([import("node:fs"), import("node:path")]);\nfs.readFileSync(join("a"));\nconst [{ constants }] = await Promise.all([import("node:child_process")]);\nconst [{ fetch }] = [{ fetch: () => 0 }];\nfetch("u");\n`;
    expect(await found("a.mjs", text)).toEqual([]);
  });
});

describe("a loader given a resolver's answer loads the module it names", () => {
  test.each([
    ["`import(import.meta.resolve(…))` destructured (p62)", "a.mjs", `const { execSync } = await import(import.meta.resolve("node:child_process"));\nexecSync("x");\n`, "execSync", 1, SHELL],
    ["held, then called (p44)", "a.mjs", `const m = await import(import.meta.resolve("child_process"));\nm.execSync("x");\n`, "m.execSync", 0, SHELL],
    ["`require(require.resolve(…))` (p61)", "a.cjs", `const cp = require(require.resolve("child_process"));\ncp.execSync("x");\n`, "cp.execSync", 0, SHELL],
    ["a model SDK", "a.cjs", `const Anthropic = require(require.resolve("@anthropic-ai/sdk"));\nnew Anthropic();\n`, "Anthropic", 1, MODEL],
  ] as const)("%s", async (_, file, text, needle, nth, rule) => {
    expect(await found(file, text)).toEqual([`${rule} ${at(text, needle, nth)}`]);
  });

  test("a resolver's answer not fixed, or a project file's, stays as it was: scan/dynamic-code for require.resolve of a name", async () => {
    const text = `const n = process.argv[2];\nconst m = require(require.resolve(n));\n`;
    expect(await found("a.cjs", text)).toEqual([`scan/dynamic-code ${at(text, "require")}`]);
  });

  test("clean: a resolver's answer not loaded, a harmless package loaded so", async () => {
    const text = `const p = require.resolve("child_process");\nconst u = import.meta.resolve("openai");\nconst fs = await import(import.meta.resolve("node:fs"));\nfs.readFileSync(p);\n`;
    expect(await found("a.mjs", text)).toEqual([]);
  });
});

describe("a module loaded where it may be missing: `import(…).catch(…)`, `.finally(…)`", () => {
  test("the module when it loads (p95, p96), an optional model SDK destructured", async () => {
    const text = `const cp = await import("node:child_process").catch(() => null);\ncp?.execSync("x");\nconst { default: OpenAI } = await import("openai").catch(() => ({}));\nnew OpenAI();\nconst m = await import("node:child_process").finally(() => {});\nm.execSync("y");\n`;
    expect(await found("a.mjs", text)).toEqual([`${SHELL} ${at(text, "cp?.execSync")}`, `${MODEL} ${at(text, "OpenAI", 1)}`, `${SHELL} ${at(text, "m.execSync")}`]);
  });

  test("clean: a harmless module so loaded, a watched call's own promise caught, a plain member", async () => {
    const text = `import * as cp from "node:child_process";\nconst fs = await import("node:fs").catch(() => null);\nfs.readFileSync("z");\nconst p = import("node:child_process").catch(() => null);\nconst c = (await p).constants;\nconst r = Promise.resolve(1).catch(() => 0);\nr.then(console.log);\n`;
    expect(await found("a.mjs", text)).toEqual([]);
  });
});

describe("what an array literal spreads in, and a pair an element read picks", () => {
  test("`[...BASE, extra]` read by index and looped over; `[log, ...[cp.spawn]]`; `const [run] = [...[cp.execFile]]` (p75, p106)", async () => {
    const text = `import cp from "node:child_process";\nconst BASE = [cp.execSync];\nconst ALL = [...BASE, console.log];\nALL[0]("x");\nfor (const f of ALL) f("y");\nconst MORE = [console.log, ...[cp.spawn]];\nMORE[1]("z");\nconst [run] = [...[cp.execFile]];\nrun("w");\n`;
    expect(await found("a.mjs", text)).toEqual([`${SHELL} ${at(text, "ALL[0]")}`, `${SHELL} ${at(text, "f(")}`.replace(/-(\d+):(\d+)$/, (_, l, c) => `-${l}:${Number(c) - 1}`), `${SHELL} ${at(text, "MORE[1]")}`, `${SHELL} ${at(text, "run", 1)}`]);
  });

  test("`const [, fn] = Object.entries(TOOLS).find(…)` (p102), of a module's entries too", async () => {
    const text = `import * as cp from "node:child_process";\nconst TOOLS = { shell: cp.execSync };\nconst [, fn] = Object.entries(TOOLS).find(([k]) => k === process.argv[2]);\nfn("x");\nconst [name, run] = Object.entries(cp).find(([k]) => k === "execSync");\nrun("y");\n`;
    // A literal of the file handed to Object.entries is reported where handed (as any container handed to a call is).
    expect(await found("a.mjs", text)).toEqual([`${SHELL} ${at(text, "TOOLS", 1)}`, `${SHELL} ${at(text, "run", 1)}`]);
  });

  test("clean: harmless arrays spread in, a pair's key, a harmless object's entries", async () => {
    const text = `import cp from "node:child_process";\nconst BASE = [console.log];\nconst ALL = [...BASE, console.info];\nALL[0]("x");\nconst [k, v] = Object.entries({ a: console.log }).find(Boolean);\nv("y");\nconst [name] = Object.entries(cp).find(([n]) => n === "execSync");\nname.toString();\n`;
    expect(await found("a.mjs", text)).toEqual([]);
  });
});

describe("a class's private method returning a watched function (ES2022 `#methods`)", () => {
  test("`static #load()` called as `K.#load()` (p91), an instance's `#load()` as `this.#load()`, an async one awaited", async () => {
    const text = `import cp from "node:child_process";\nclass K { static #load() { return cp.execSync; } static go(c) { return K.#load()(c); } }\nclass I { #load() { return cp.spawnSync; } go(c) { return this.#load()(c); } }\nclass A { static async #load() { return (await import("node:child_process")).execFileSync; } static async go(c) { return (await A.#load())(c); } }\n`;
    expect(await found("a.mjs", text)).toEqual([`${SHELL} ${at(text, "K.#load()")}`, `${SHELL} ${at(text, "this.#load()")}`, `${SHELL} ${at(text, "A.#load()")}`]);
  });

  test("clean: a private method returning a harmless function, a public method of the same name elsewhere", async () => {
    const text = `import cp from "node:child_process";\nclass K { static #load() { return console.log; } static go(c) { return K.#load()(c); } }\nclass I { #load() { return cp.constants; } go() { return this.#load(); } }\n`;
    expect(await found("a.mjs", text)).toEqual([]);
  });
});
