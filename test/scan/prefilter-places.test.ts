import { beforeAll, describe, expect, test } from "vitest";
import { namesModulePaths } from "../../core/scan/links";
import { Scanner } from "../../core/scan/scan";
import { mayHaveSuppression } from "../../core/scan/suppress";

// Tests that were regular expressions tried at every place of a file are tried where a word of theirs is written (and
// the evaluators' needed text before their names): the edges of each, on both sides, decide as the expressions did.

let scanner: Scanner;
beforeAll(async () => {
  scanner = await Scanner.create();
});

const parsed = (path: string, text: string) => scanner.scan(path, text).parsed;

describe("the module builtin named, for `register`, `load`, `runMain`", () => {
  test.each([
    ["double quotes", 'const m = require("module");\nm.register(h);\n'],
    ["single quotes, the node: scheme", "const m = require('node:module');\nm.register(h);\n"],
    ["a template, at the file's start", "`module`; register(h);\n"],
    ["the name right after the file's start", '"module";\nload(x);\n'],
    ["node: at the file's start", "'node:module'\nrunMain();\n"],
  ])("%s: parsed", (_what, text) => {
    expect(parsed("a.js", text)).toBe(true);
  });
  test.each([
    ["a project file named module", 'const m = require("./module");\nm.register(h);\n'],
    ["a longer name", 'const m = require("modules");\nm.load(x);\n'],
    ["a scoped name", 'const m = require("@x/module");\nm.register(h);\n'],
    ["another scheme", 'const m = require("nod:module");\nm.register(h);\n'],
    ["no closing quote", 'const m = "module\nregister(h);\n'],
    ["the name unquoted", "module.register(h);\nmodule.load(x);\n"],
  ])("%s: not parsed", (_what, text) => {
    expect(parsed("a.js", text)).toBe(false);
  });
});

describe("a module's search paths", () => {
  test.each([
    ["module.paths", "module.paths.unshift(d);\n", true],
    ["over lines and tabs", "module\n\t.\n paths.push(d);\n", true],
    ["require.main.paths", "require . main.paths.push(d);\n", true],
    ["process.mainModule.paths", "process.mainModule.paths = [d];\n", true],
    ["at the file's end", "x = module.paths", true],
    ["`paths` written first, then the search paths", "const paths = 1;\nmodule.paths.push(d);\n", true],
    ["another object's", "mymodule.paths.push(d);\n", false],
    ["a member's", "x.module.paths.push(d);\n", false],
    ["a longer name", "module.pathsOf(d);\n", false],
    ["a `$` after it", "module.paths$;\n", false],
    ["no dot", "module paths\n", false],
  ])("%s", (_what, text, names) => {
    expect(namesModulePaths(text)).toBe(names);
  });
});

describe("the suppression markers", () => {
  test.each([
    ["ignore-boundary", "// flowgate: ignore-boundary\n", true],
    ["ignore-next-line", "x; # flowgate: ignore-next-line -- why", true],
    ["after an unfinished one", "ignore-ignore-next-line", true],
    ["at the end", "ignore-boundary", true],
    ["cut short", "// ignore-boundar", false],
    ["the other cut short", "// ignore-next-lin", false],
    ["the word alone", "ignore- boundary ignore-next line", false],
  ])("%s", (_what, text, may) => {
    expect(mayHaveSuppression(text)).toBe(may);
  });
});

describe("a global object read by a computed name", () => {
  test.each([
    ["spaced before the bracket", 'const k = "fe" + "tch";\nwindow ?. [k](u);\n', true],
    ["globalThis", 'const k = "fe" + "tch";\nglobalThis[k](u);\n', true],
    ["a literal name", 'const k = "fe" + "tch";\nwindow["x"](u);\n', false],
    ["a longer name", 'const k = "fe" + "tch";\nmywindow[k](u);\n', false],
  ])("%s", (_what, text, parses) => {
    expect(parsed("a.js", text)).toBe(parses);
  });
});
