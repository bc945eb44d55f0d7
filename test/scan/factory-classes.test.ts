// A class of the file returned by a top-level factory, then instantiated or read (core/scan/factories.ts): its members
// are the class's own (`def make(): return Runner` … `make()().meth()(cmd)`). A library's class returned was followed
// already (`def make(): return subprocess.Popen` … `make()(cmd)`); the file's own was not: Python bound its classes
// after its factories, and JavaScript read a class's slots only through its own name (`Runner.run`), never as a value.
import { describe, expect, it } from "vitest";
import { atStart, found } from "./helpers";

const SHELL = "scan/shell-command";
const MODEL = "scan/model-sdk";

describe("scan (Python): a factory returning a class of the file, or an instance of one", () => {
  const text = [
    "import subprocess",
    "import openai",
    "",
    "",
    "class Runner:",
    "    run = subprocess.run",
    "    client = openai.OpenAI",
    "",
    "    def meth(self):",
    "        return subprocess.Popen",
    "",
    "",
    "def make():",
    "    return Runner",
    "",
    "",
    "def made():",
    "    return Runner()",
    "",
    "",
    "def member():",
    "    return Runner.run",
    "",
    "",
    "def outer():",
    "    return make",
    "",
    "",
    "def go(cmd):",
    "    make().run(cmd)",
    "    make()().run(cmd)",
    "    make()().meth()(cmd)",
    "    make().client().models.list()",
    "    made().run(cmd)",
    "    member()(cmd)",
    "    outer()().run(cmd)",
    "    K = make()",
    "    K().meth()(cmd)",
    "",
  ].join("\n");

  it("its class attributes, its instances' members and methods, a member returned, a factory of factories, the class held", async () => {
    expect(await found("a.py", text)).toEqual([
      `${SHELL} ${atStart(text, "make().run(cmd)", "make().run")}`,
      `${SHELL} ${atStart(text, "make()().run(cmd)", "make()().run")}`,
      `${SHELL} ${atStart(text, "make()().meth()(cmd)", "make()().meth()")}`,
      `${MODEL} ${atStart(text, "make().client()", "make().client")}`,
      `${SHELL} ${atStart(text, "made().run(cmd)", "made().run")}`,
      `${SHELL} ${atStart(text, "member()(cmd)", "member()")}`,
      `${SHELL} ${atStart(text, "outer()().run(cmd)", "outer()().run")}`,
      `${SHELL} ${atStart(text, "K().meth()(cmd)", "K().meth()")}`,
    ]);
  });

  it("clean: a factory returning a class of the file holding nothing watched, or a library's class that is not", async () => {
    const clean = [
      "import collections",
      "import subprocess",
      "",
      "",
      "class Plain:",
      "    run = print",
      "",
      "    def meth(self):",
      "        return len",
      "",
      "",
      "def make():",
      "    return Plain",
      "",
      "",
      "def table():",
      "    return collections.OrderedDict",
      "",
      "",
      "def result():",
      "    return subprocess.CompletedProcess",
      "",
      "",
      "def go(cmd):",
      "    make().run(cmd)",
      "    make()().meth()(cmd)",
      "    table()().items()",
      "    result()(cmd, 0).check_returncode()",
      "",
    ].join("\n");
    expect(await found("b.py", clean)).toEqual([]);
  });
});

describe("scan (JavaScript): a factory returning a class of the file, or the class held by another name", () => {
  const text = [
    'const cp = require("child_process");',
    'const { OpenAI } = require("openai");',
    "class Runner {",
    "  static run = cp.exec;",
    "  static client = OpenAI;",
    "  static get() { return cp.spawn; }",
    "  meth() { return cp.execSync; }",
    "  inst = cp.execFile;",
    "}",
    "function make() { return Runner; }",
    "const made = () => new Runner();",
    "const K = Runner;",
    "const held = { k: Runner };",
    "function go(c) {",
    "  make().run(c);",
    "  make().get()(c);",
    "  new (make())().meth()(c);",
    "  new (make().client)();",
    "  new (make())().inst(c);",
    "  made().inst(c);",
    "  K.run(c);",
    "  new K().meth()(c);",
    "  held.k.run(c);",
    "}",
    "",
  ].join("\n");

  it("its static members and methods, its instances' methods and fields, the class held by a name or in a literal", async () => {
    for (const file of ["a.js", "a.ts"]) {
      expect(await found(file, text)).toEqual([
        `${SHELL} ${atStart(text, "make().run(c)", "make().run")}`,
        `${SHELL} ${atStart(text, "make().get()(c)", "make().get()")}`,
        `${SHELL} ${atStart(text, "new (make())().meth()(c)", "new (make())().meth()")}`,
        `${MODEL} ${atStart(text, "make().client)()", "make().client")}`,
        `${SHELL} ${atStart(text, "new (make())().inst(c)", "new (make())().inst")}`,
        `${SHELL} ${atStart(text, "made().inst(c)", "made().inst")}`,
        `${SHELL} ${atStart(text, "K.run(c)", "K.run")}`,
        `${SHELL} ${atStart(text, "new K().meth()(c)", "new K().meth()")}`,
        `${SHELL} ${atStart(text, "held.k.run(c)", "held.k.run")}`,
      ]);
    }
  });

  it("clean: a factory returning a class of the file holding nothing watched, or a library's class that is not", async () => {
    const clean = [
      'const cp = require("child_process");',
      'const { EventEmitter } = require("events");',
      "class Plain {",
      "  static run = console.log;",
      "  meth() { return String; }",
      "}",
      "function make() { return Plain; }",
      "function emitter() { return EventEmitter; }",
      "function go(c) {",
      "  make().run(c);",
      "  new (make())().meth()(c);",
      "  new (emitter())().emit(c);",
      "  const P = Plain;",
      "  P.run(c);",
      "}",
      "",
    ].join("\n");
    for (const file of ["b.js", "b.ts"]) expect(await found(file, clean)).toEqual([]);
  });
});
