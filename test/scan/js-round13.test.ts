// The thirteenth attack round on the JavaScript/TypeScript scan: forms that run their command under Node 20 and passed
// the gate before. Each look-alike stays clean.
import { describe, expect, test } from "vitest";
import { at, atStart, found } from "./helpers";

const shell = (text: string, needle: string, nth = 0) => `scan/shell-command ${at(text, needle, nth)}`;
/** A finding at `inner` written at the start of `context` (`a` of `a("x")`). */
const shellAt = (text: string, context: string, inner: string) => `scan/shell-command ${atStart(text, context, inner)}`;
/** Scanned as an ES module (top-level `await`) and as TypeScript. */
const both = async (text: string) => [await found("a.mjs", text), await found("a.ts", text)];

describe("functions called where written without parentheses around them alone", () => {
  test("`(function (m) { … }(cp))`, `!function (m) { … }(cp)`, `void function …(cp)`: the function's parameter is the argument", async () => {
    const text = 'import cp from "child_process";\n(function (m) { m.execSync("a") }(cp));\n!function (n) { n.execSync("b") }(cp);\nvoid function (o) { o.execSync("c") }(cp);\n';
    const expected = [shell(text, "m.execSync"), shell(text, "n.execSync"), shell(text, "o.execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: such functions given a harmless module, or a module at another position than the parameter's", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\n(function (m) { m.join("a") }(path));\n!function (n, k) { n.join("b") }(path, cp);\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("functions handed their arguments by another call", () => {
  test("`f.call(t, cp)`, `f.apply(t, [cp])` (a hole an argument too), `Reflect.apply(f, t, [cp])`, `f.bind(t, cp)`, of a declared function and of one written in place", async () => {
    const text = 'import cp from "child_process";\nfunction a(m) { m.execSync("a") }\na.call(null, cp);\nfunction b(m) { m.execSync("b") }\nb.apply(null, [cp]);\nfunction c(m) { m.execSync("c") }\nReflect.apply(c, null, [cp]);\nfunction d(m) { m.execSync("d") }\nconst go = d.bind(null, cp);\ngo();\n(function (m) { m.execSync("e") }).call(null, cp);\n((m) => m.execSync("f")).apply(undefined, [cp]);\nfunction g(x, m) { m.execSync("g") }\ng.apply(null, [, cp]);\n';
    const expected = [0, 1, 2, 3, 4, 5, 6].map((nth) => shell(text, "m.execSync", nth));
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("`setTimeout(f, ms, cp)`, `setInterval(f, ms, cp)`, `setImmediate(f, cp)`, `process.nextTick(f, cp)`: what the timer hands the function", async () => {
    const text = 'import cp from "child_process";\nfunction a(m) { m.execSync("a") }\nsetTimeout(a, 0, cp);\nconst b = (m) => m.execSync("b");\nsetInterval(b, 10, cp);\nfunction c(m) { m.execSync("c") }\nsetImmediate(c, cp);\nprocess.nextTick(function (m) { m.execSync("d") }, cp);\n';
    const expected = [0, 1, 2, 3].map((nth) => shell(text, "m.execSync", nth));
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: the module given as `this` (`f.call(cp)`), as a delay, in an array not written out, or to a harmless function", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nfunction a(m) { m.execSync("a") }\na.call(cp);\nfunction b(m) { m.execSync("b") }\nsetTimeout(b, cp);\nfunction c(m) { m.execSync("c") }\nconst args = [path];\nc.apply(null, args);\nfunction d(m) { m.join("d") }\nd.call(null, path);\nsetTimeout(d, 0, path);\nReflect.apply(d, cp, [path]);\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("a destructured parameter given a module", () => {
  test("`function run({ execSync }) { … }` … `run(cp)`, a renamed key, an arrow in place", async () => {
    const text = 'import cp from "child_process";\nfunction run({ execSync }) { execSync("a"); }\nrun(cp);\nconst go = ({ spawnSync: sp }) => sp("b");\ngo(cp);\n(({ execFileSync }) => execFileSync("c"))(cp);\n';
    const expected = [shellAt(text, 'execSync("a")', "execSync"), shellAt(text, 'sp("b")', "sp"), shellAt(text, 'execFileSync("c")', "execFileSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: a harmless module's members, a key the module lacks, a destructured parameter at another position", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nfunction run({ join }) { join("a"); }\nrun(path);\nfunction other({ version }) { version("b"); }\nother(cp);\nfunction two(x, { execSync }) { execSync("c"); }\ntwo(cp, path);\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("collections filled by a call", () => {
  test("a Set filled by `add`: spread, looped over, `forEach`; an array filled by `push`/`unshift`: `pop()`, `shift()`, spread", async () => {
    const text = 'import cp from "child_process";\nconst s = new Set();\ns.add(cp);\n[...s][0].execSync("a");\nfor (const m of s) m.execSync("b");\ns.forEach((n) => n.execSync("c"));\nconst arr = [];\narr.unshift(cp);\narr.shift().execSync("d");\narr.pop().execSync("e");\n[...arr][0].execSync("f");\n';
    const expected = [shell(text, '[...s][0].execSync'), shell(text, "m.execSync"), shell(text, "n.execSync"), shell(text, "arr.shift().execSync"), shell(text, "arr.pop().execSync"), shell(text, "[...arr][0].execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("a Map filled by `set` looped over its `values()`, its `forEach`", async () => {
    const text = 'import cp from "child_process";\nconst m = new Map();\nm.set("a", cp);\nfor (const v of m.values()) v.execSync("a");\nm.forEach((w) => w.execSync("b"));\n';
    const expected = [shell(text, "v.execSync"), shell(text, "w.execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: a Set filled with a harmless module, one only tested by `has`, an array's elements read as pairs, a Map's keys", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nconst s = new Set();\ns.add(path);\nfor (const m of s) m.join("a");\nconst t = new Set();\nt.has(cp);\nfor (const n of t) n.execSync("b");\nconst arr = [];\narr.push(cp);\nfor (const [a, b] of arr) b.execSync("c");\nconst m = new Map();\nm.set("k", cp);\nfor (const k of m.keys()) k.execSync("d");\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("a method of a name's object given a module", () => {
  test("a class's static method (`K.run(cp)`), an instance's (`new K().run(cp)`, `k.run(cp)` of `const k = new K()`), an object literal's method or arrow", async () => {
    const text = 'import cp from "child_process";\nclass K {\n  static run(m) { m.execSync("a"); }\n  go(m) { m.execSync("b"); }\n  step(m) { m.execSync("c"); }\n}\nK.run(cp);\nnew K().go(cp);\nconst k = new K();\nk.step(cp);\nconst tools = { shell(m) { m.execSync("d"); }, spawn: (m) => m.spawnSync("e") };\ntools.shell(cp);\ntools.spawn(cp);\n';
    const expected = [shell(text, "m.execSync"), shell(text, "m.execSync", 1), shell(text, "m.execSync", 2), shell(text, "m.execSync", 3), shell(text, "m.spawnSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: methods given a harmless module, a method the object lacks, an object of the name the call does not see, an argument at another position", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nclass K {\n  static run(m) { m.execSync("a"); }\n  go(x, m) { m.execSync("b"); }\n}\nK.run(path);\nnew K().go(cp, path);\nK.other(cp);\nfunction inner() {\n  const o = { run(m) { m.execSync("c"); } };\n  return o;\n}\nconst o = { run(m) { return m; } };\no.run(cp);\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("a function written in place, called and awaited", () => {
  test("`await (async () => cp)()`, `await (async function () { return cp })()`, `await (() => cp)()`: held by a name and read in place", async () => {
    const text = 'import cp from "child_process";\nconst a = await (async () => cp)();\na.execSync("a");\n(await (async function () { return cp; })()).execSync("b");\n(await (() => cp.execSync)())("c");\n';
    const expected = [shell(text, "a.execSync"), shell(text, "(await (async function () { return cp; })()).execSync"), shell(text, "(() => cp.execSync)()")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: such a function returning a harmless module or a plain value, one whose parameter is given no module", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nconst a = await (async () => path)();\na.join("a");\n(await (async () => cp.constants)()).execSync("b");\n(await (async (m) => m)(path)).execSync("c");\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("rest and array-pattern parameters", () => {
  test("`function run(...args)` … `args[0]`, `(...[m]) => …`, `function run([, m])` … `run([x, cp])`, an array handed to a plain parameter", async () => {
    const text = 'import cp from "child_process";\nfunction a(...args) { args[0].execSync("a"); }\na(cp);\n((...[m]) => m.execSync("b"))(cp);\nfunction c(x, ...[, n]) { n.execSync("c"); }\nc(1, 2, cp);\nfunction d([, o]) { o.execSync("d"); }\nd([1, cp]);\nfunction e(list) { list[0].execSync("e"); }\ne([cp]);\n';
    const expected = [shell(text, "args[0].execSync"), shell(text, "m.execSync"), shell(text, "n.execSync"), shell(text, "o.execSync"), shell(text, "list[0].execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: a rest parameter's other elements, an array pattern's other places, arrays of harmless modules", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nfunction a(...args) { args[1].execSync("a"); }\na(cp, path);\n((x, ...[m]) => m.execSync("b"))(cp, path);\nfunction d([o]) { o.execSync("d"); }\nd([1, cp]);\nfunction e(list) { list[0].join("e"); }\ne([path]);\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("a Map's forEach where it is made", () => {
  test("`new Map([[\"a\", cp]]).forEach((m) => …)`: the callback is given each value", async () => {
    const text = 'import cp from "child_process";\nnew Map([["a", cp]]).forEach((m) => m.execSync("a"));\nnew Map([["b", cp.execSync]]).forEach((run, key) => run(key));\n';
    const expected = [shell(text, "m.execSync"), shellAt(text, "run(key)", "run")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: a Map of harmless values, the callback's key parameter, a Map's keys holding the module", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nnew Map([["a", path]]).forEach((m) => m.join("a"));\nnew Map([["b", cp]]).forEach((v, k) => k.execSync("b"));\nnew Map([[cp, "c"]]).forEach((v) => v.execSync("c"));\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("functions returning `import(…)`", () => {
  test("`const load = () => import(\"child_process\")`, an async function returning it, a lazy table's loader: awaited, or given to `then`", async () => {
    const text = 'const load = () => import("child_process");\nconst m = await load();\nm.execSync("a");\nasync function get() {\n  return import("child_process");\n}\n(await get()).execSync("b");\nconst lazy = { cp: () => import("child_process") };\n(await lazy.cp()).execSync("c");\nget().then((n) => n.execSync("d"));\n';
    const expected = [shell(text, "m.execSync"), shell(text, "(await get()).execSync"), shell(text, "(await lazy.cp()).execSync"), shell(text, "n.execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: a function returning `import(…)` of a harmless module, a watched module's constant read through one", async () => {
    const text = 'const load = () => import("path");\nconst m = await load();\nm.join("a");\nasync function get() {\n  return import("child_process");\n}\n(await get()).constants.toString("b");\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("a promise chain held by a name and awaited", () => {
  test("`const p = Promise.resolve(cp).then((m) => m)` … `await p`, `import(…).then(…)` held (its callback's watched return also reported), `.finally(…)`, in a function", async () => {
    const text = 'import cp from "child_process";\nconst p = Promise.resolve(cp).then((m) => m);\n(await p).execSync("a");\nconst q = import("child_process").then((m) => m.execSync);\n(await q)("b");\nasync function go() {\n  const r = Promise.resolve(cp).finally(() => {});\n  const n = await r;\n  n.execSync("c");\n}\n';
    const expected = [shell(text, "(await p).execSync"), shell(text, "m.execSync"), shellAt(text, 'q)("b")', "q"), shell(text, "n.execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: a held chain whose callback returns a plain value, a held chain read without `await`, of a harmless module", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nconst p = Promise.resolve(cp).then((m) => m.constants);\n(await p).execSync("a");\nconst q = Promise.resolve(cp).then((m) => m);\nq.execSync("b");\nconst r = Promise.resolve(path).then((m) => m);\n(await r).join("c");\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("arguments spread from an array written out", () => {
  test("`run(...[cp])`, `run(...[, cp])`, `run(1, ...[cp])`: each element an argument at its place", async () => {
    const text = 'import cp from "child_process";\nfunction a(m) { m.execSync("a"); }\na(...[cp]);\nfunction b(x, n) { n.execSync("b"); }\nb(...[, cp]);\nfunction c(x, o) { o.execSync("c"); }\nc(1, ...[cp]);\n';
    const expected = [shell(text, "m.execSync"), shell(text, "n.execSync"), shell(text, "o.execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: a spread array's module at another place than the parameter's, a spread array of a harmless module", async () => {
    const text = 'import cp from "child_process";\nimport path from "path";\nfunction a(m) { m.execSync("a"); }\na(...[path, cp]);\nfunction b(n) { n.join("b"); }\nb(...[path]);\n';
    expect(await both(text)).toEqual([[], []]);
  });
});
