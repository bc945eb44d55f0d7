// The twelfth attack round on the JavaScript/TypeScript scan: forms the README listed as escaping the model, each of which
// runs its command under Node 20 (`Promise.withResolvers` from Node 22) and passed the gate before. Each look-alike stays clean.
import { describe, expect, test } from "vitest";
import { at, atStart, found } from "./helpers";

const shell = (text: string, needle: string, nth = 0) => `scan/shell-command ${at(text, needle, nth)}`;
/** A finding at `inner` written at the start of `context` (`a` of `a("x")`). */
const shellAt = (text: string, context: string, inner: string) => `scan/shell-command ${atStart(text, context, inner)}`;
/** Scanned as an ES module (top-level `await`) and as TypeScript. */
const both = async (text: string) => [await found("a.mjs", text), await found("a.ts", text)];

describe("promises held by a name and awaited", () => {
  test("`new Promise((r) => r(cp))` and `Promise.resolve(cp)` held, then awaited (held by a name, in place), at the top and in a function", async () => {
    const text = 'import cp from "child_process";\nconst p = new Promise((r) => r(cp));\nconst m = await p;\nm.execSync("a");\n(await p).execSync("b");\nasync function go() {\n  const q = Promise.resolve(cp);\n  const n = await q;\n  n.execSync("c");\n}\n';
    const expected = [shell(text, "m.execSync"), shell(text, "(await p).execSync"), shell(text, "n.execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("`Promise.withResolvers()` held whole: `await wr.promise` is what `wr.resolve(…)` is called with (at the top and in a function)", async () => {
    const text = 'import cp from "child_process";\nconst wr = Promise.withResolvers();\nwr.resolve(cp);\n(await wr.promise).execSync("a");\nasync function go() {\n  const w = Promise.withResolvers();\n  setTimeout(() => w.resolve(cp), 1);\n  const m = await w.promise;\n  m.execSync("b");\n}\n';
    const expected = [shell(text, "(await wr.promise).execSync"), shell(text, "m.execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: a held promise of a harmless module awaited, a held promise's own members, a Set or Map held and awaited", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nconst p = new Promise((r) => r(path));\n(await p).join("a");\nconst q = Promise.resolve(cp);\nq.execSync("b");\nconst s = new Set([cp]);\n(await s).execSync("c");\nconst wr = Promise.withResolvers();\nwr.resolve(path);\n(await wr.promise).join("d");\nwr.execSync("e");\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("Reflect", () => {
  test("`Reflect.construct(OpenAI, [])` makes the client where the class is named, as `new OpenAI()` does (of a class of the file: its instance's slots)", async () => {
    const text = 'import OpenAI from "openai";\nimport cp from "child_process";\nconst c = Reflect.construct(OpenAI, [{ apiKey: "k" }]);\nawait c.chat.completions.create({ model: "m", messages: [] });\nclass Shell { run = cp.execSync }\nReflect.construct(Shell, []).run("a");\n';
    const expected = [`scan/model-sdk ${atStart(text, "OpenAI, [{", "OpenAI")}`, shell(text, "Reflect.construct(Shell, []).run")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: `Reflect.construct` of classes the gate does not watch (the file's, a builtin, a harmless module's), `Reflect.apply` of a plain function", async () => {
    const text = 'import { URL } from "url";\nclass Box { run = (x) => x }\nReflect.construct(Box, []).run("a");\nReflect.construct(Map, []).get("b");\nconst u = Reflect.construct(URL, ["http://x"]);\nu.toString();\nReflect.apply(Math.max, null, [1, 2]);\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("arrays and literals", () => {
  test("`for (const [m] of arr)` of an array of arrays held by a name, at the top and in a function", async () => {
    const text = 'import cp from "child_process";\nconst arr = [[cp]];\nfor (const [m] of arr) m.execSync("a");\nfunction go() {\n  const list = [["x", cp.execSync]];\n  for (const [k, run] of list) run("b");\n}\n';
    const expected = [shell(text, "m.execSync"), shellAt(text, 'run("b")', "run")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: an array of arrays of a harmless module, a Map's pairs of plain values, a name reading a position the watched value is not at", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nconst arr = [[path]];\nfor (const [m] of arr) m.join("a");\nconst pairs = [[cp, "x"]];\nfor (const [, s] of pairs) s.trim("b");\nconst m = new Map([["k", "v"]]);\nfor (const [k, v] of m) v.trim("c");\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("class expressions", () => {
  test("a static field of a class expression held by a top-level name (`K.run`, `{ K }` … `o.K.run`) or written under a key of a top-level literal (`o.K.run`)", async () => {
    const text = 'import cp from "child_process";\nconst K = class { static run = cp.execSync };\nK.run("a");\nconst o = { K };\no.K.run("b");\nconst t = { S: class { static run = cp.execSync } };\nt.S.run("c");\n';
    const expected = [shell(text, "K.run"), shell(text, "o.K.run"), shell(text, "t.S.run")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: class expressions whose static fields hold plain functions, another key of the literal, an instance field read as a static", async () => {
    const text = 'import cp from "child_process";\nconst K = class { static run = (x) => x };\nK.run("a");\nconst t = { S: class { static run = cp.execSync }, P: class { static run = String } };\nt.P.run("b");\nconst Q = class { run = cp.execSync };\nQ.run("c");\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("rejections", () => {
  test("`Promise.reject(cp)` held by a name: its `catch` callback, and `.then(null, onRejected)`, are given the reason (at the top and in a function)", async () => {
    const text = 'import cp from "child_process";\nconst p = Promise.reject(cp);\np.catch((m) => m.execSync("a"));\nfunction go() {\n  const q = Promise.reject(cp);\n  q.then(null, (e) => e.execSync("b"));\n}\n';
    const expected = [shell(text, "m.execSync"), shell(text, "e.execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: a held rejection's `then` (never called), awaited value and own members, a rejection of a harmless module caught", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nconst p = Promise.reject(cp);\np.then((m) => m.execSync("a"));\np.execSync("b");\nconst r = Promise.reject(path);\nr.catch((m) => m.join("c"));\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("the round's own finds", () => {
  test("an awaited `.then` chain (`await Promise.resolve(cp).then((m) => m)`, `await Promise.resolve().then(() => cp)`), `await Promise.race([cp])` and `Promise.any`", async () => {
    const text = 'import cp from "child_process";\nconst a = await Promise.resolve(cp).then((m) => m);\na.execSync("a");\nconst b = await Promise.resolve().then(() => cp);\nb.execSync("b");\nconst r = await Promise.race([cp]);\nr.execSync("c");\n(await Promise.any([cp])).execSync("d");\n';
    const expected = [shell(text, "a.execSync"), shell(text, "b.execSync"), shell(text, "r.execSync"), shell(text, "(await Promise.any([cp])).execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("`Array.of(cp)`: its arguments are its elements (`Array.of(cp)[0]`, destructured)", async () => {
    const text = 'import cp from "child_process";\nconst m = Array.of(cp)[0];\nm.execSync("a");\nconst [n] = Array.of(cp);\nn.execSync("b");\n';
    const expected = [shell(text, "m.execSync"), shell(text, "n.execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: a `.then` returning a plain value awaited, `Promise.race` of harmless modules, `Array.of` of plain values", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nconst a = await Promise.resolve(cp).then((m) => m.constants);\na.execSync("a");\nconst r = await Promise.race([path]);\nr.join("b");\nconst m = Array.of(path, 1)[0];\nm.join("c");\nconst t = await Promise.all([cp]);\nt.execSync("d");\n';
    expect(await both(text)).toEqual([[], []]);
  });
});
