// Watched functions that run with no call of them written where the model looked (red team, JavaScript): handed over as
// a call's value (`go(cp.exec.bind(null, cmd))`, `promisify`, a factory's call) or through parentheses, a cast or a
// choice; stored under a key the runtime calls itself (`await { then }`, `toString`, `Symbol.toPrimitive`,
// `Symbol.dispose`, a descriptor's `get`); handed to a JSX component as a prop or child; the Function constructor reached
// as a built-in function's `constructor`; a `for … of` loop destructuring its element. Each ran under Node 20 and passed
// the gate before; each look-alike over a function not watched is left alone.
import { describe, expect, test } from "vitest";
import { at, atStart, found } from "./helpers";

const CP = 'const cp = require("child_process");\nconst path = require("path");\nconst util = require("util");\n';
const shell = (text: string, needle: string, nth = 0) => `scan/shell-command ${at(text, needle, nth)}`;
const shellStart = (text: string, context: string, inner: string, nth = 0) => `scan/shell-command ${atStart(text, context, inner, nth)}`;

describe("scan/shell-command: a watched function handed over as a call's value", () => {
  test("`go(cp.execSync.bind(null, cmd))`, `queueMicrotask(…bind…)`, `new Promise(cp.exec.bind(…))`, `go(util.promisify(cp.exec))`, `go(make())` of a factory, and a bound one in an object or array argument", async () => {
    const text = `${CP}function make() { return cp.spawnSync; }\ngo(cp.execSync.bind(null, "id"));\nqueueMicrotask(cp.execSync.bind(null, "id"));\nnew Promise(cp.exec.bind(null, "id"));\ngo(util.promisify(cp.exec));\ngo(make());\nnew Proxy({}, { get: cp.execSync.bind(null, "id") });\ngo([cp.spawn.bind(cp)]);\n`;
    expect(await found("a.js", text)).toEqual([
      shell(text, 'cp.execSync.bind(null, "id")'),
      shell(text, 'cp.execSync.bind(null, "id")', 1),
      shell(text, 'cp.exec.bind(null, "id")'),
      shell(text, "util.promisify(cp.exec)"),
      shell(text, "make()", 1),
      shell(text, 'cp.execSync.bind(null, "id")', 2),
      shell(text, "cp.spawn.bind(cp)"),
    ]);
  });
  test("clean: the same over `path.join`, a module handed whole, and what a watched call returns (the call is the finding)", async () => {
    const text = `${CP}const http = require("http");\nfunction make() { return path.join; }\ngo(path.join.bind(null, "id"));\nqueueMicrotask(path.join.bind(null, "id"));\ngo(util.promisify(path.join));\ngo(make());\ngo(require("child_process"));\ngo(http.request({}));\n`;
    expect(await found("a.js", text)).toEqual([`scan/network-call ${at(text, "http.request")}`]);
  });
});

describe("scan/shell-command: a watched function handed over through parentheses, a cast or a choice", () => {
  test("`go((cp.execSync))`, `go((0, cp.execSync))`, `go(a ? cp.execSync : b)`, `go(a ?? cp.spawn)`, in an object too", async () => {
    const text = `${CP}go((cp.execSync));\ngo((0, cp.execSync));\ngo(a ? cp.execSync : b);\ngo(a ?? cp.spawn);\ngo({ run: (cp.execSync) });\n`;
    expect(await found("a.js", text)).toEqual([shell(text, "(cp.execSync)"), shell(text, "(0, cp.execSync)"), shell(text, "a ? cp.execSync : b"), shell(text, "a ?? cp.spawn"), shell(text, "(cp.execSync)", 1)]);
  });
  test("TypeScript: `as any`, `<any>`, `!`, `satisfies`", async () => {
    const text = `import * as cp from "child_process";\ngo(cp.execSync as any);\ngo(<any>cp.execSync);\ngo(cp.execSync!);\ngo(cp.execSync satisfies Function);\n`;
    expect(await found("a.ts", text)).toEqual([shell(text, "cp.execSync as any"), shell(text, "<any>cp.execSync"), shell(text, "cp.execSync!"), shell(text, "cp.execSync satisfies Function")]);
  });
  test("`await (opts.fetch ?? fetch)(u)`, which the grammar reads as a call of `await`, is one finding, at the callee; an evaluator a call gives handed over is not followed, as `go(Function)` is not", async () => {
    const text = `async function get(opts, u) {\n  return await (opts.fetch ?? fetch)(u);\n}\nfunction mk() { return Function; }\ngo(mk());\n`;
    expect(await found("a.js", text)).toEqual([`scan/network-call ${at(text, "(opts.fetch ?? fetch)")}`]);
  });
  test("clean: a comparison, a module cast whole, `path.join` in parentheses, a member's name", async () => {
    const js = `${CP}go(a === cp.execSync);\ngo((path.join));\ngo(a ? path.join : b);\n`;
    const ts = `import * as cp from "child_process";\ngo(cp as any);\ngo(cp.execSync.name as any);\n`;
    expect(await found("a.js", js)).toEqual([]);
    expect(await found("a.ts", ts)).toEqual([]);
  });
});

describe("scan/shell-command: a watched function stored under a key the runtime calls itself", () => {
  test("`await { then }`, `String({ toString })`, `JSON.stringify`'s `toJSON`, `Symbol.toPrimitive` field, `Symbol.iterator`/`Symbol.dispose` keys, `util.inspect.custom`, `o.then = …`, `o[Symbol.asyncIterator] = …`, a descriptor's `get`", async () => {
    const text = `${CP}(async () => { await { then: cp.exec.bind(null, "id") }; })();\nconst s = { toString: cp.execSync.bind(null, "id") };\nclass K { [Symbol.toPrimitive] = cp.execSync.bind(null, "id"); }\nconst it = { [Symbol.iterator]: cp.execSync.bind(null, "id"), [Symbol.dispose]: cp.execSync };\nconst shown = { [util.inspect.custom]: cp.execSync.bind(null, "id") };\nconst o = {};\no.then = cp.exec.bind(null, "id");\no[Symbol.asyncIterator] = cp.spawn;\nObject.defineProperty(globalThis, "x", { get: cp.execSync.bind(null, "id") });\n`;
    expect(await found("a.js", text)).toEqual([
      shell(text, 'cp.exec.bind(null, "id")'),
      shell(text, 'cp.execSync.bind(null, "id")'),
      shell(text, 'cp.execSync.bind(null, "id")', 1),
      shell(text, 'cp.execSync.bind(null, "id")', 2),
      shellStart(text, "cp.execSync }", "cp.execSync"),
      shell(text, 'cp.execSync.bind(null, "id")', 3),
      shell(text, 'cp.exec.bind(null, "id")', 1),
      shellStart(text, "cp.spawn;", "cp.spawn"),
      shell(text, 'cp.execSync.bind(null, "id")', 4),
    ]);
  });
  test("clean: the same keys over `path.join`, `get` outside a descriptor, a module (not callable), `.then(…)` read, and a comparison", async () => {
    const text = `${CP}(async () => { await { then: path.join.bind(null, "id") }; })();\nconst s = { toString: path.join };\nclass K { [Symbol.toPrimitive] = path.join; }\nconst routes = { get: cp.execSync.name, set: cp };\nconst t = { then: cp };\nconst o = {};\no.then = path.join;\nPromise.resolve(1).then((v) => v);\nif (o.then === cp.exec) {}\nObject.defineProperty(globalThis, "x", { get: path.join.bind(null, "id") });\n`;
    expect(await found("a.js", text)).toEqual([]);
  });
});

describe("scan/shell-command: a JSX prop or child is handed to the component", () => {
  test("`<Tool run={cp.execSync} />`, a child `{cp.spawn}`, a spread `{...{ run }}`, a bound one, a member component; TSX too", async () => {
    const jsx = `${CP}const a = <Tool run={cp.execSync} />;\nconst b = <Tool>{cp.spawn}</Tool>;\nconst c = <Tool {...{ run: cp.execSync }} />;\nconst d = <ui.Tool run={cp.exec.bind(null, "id")} />;\n`;
    const tsx = `import * as cp from "child_process";\nconst a = <Tool run={cp.execSync as any}>{[cp.spawn]}</Tool>;\n`;
    expect(await found("a.jsx", jsx)).toEqual([shell(jsx, "cp.execSync"), shell(jsx, "cp.spawn"), shell(jsx, "cp.execSync", 1), shell(jsx, 'cp.exec.bind(null, "id")')]);
    expect(await found("a.tsx", tsx)).toEqual([shell(tsx, "cp.execSync as any"), shell(tsx, "cp.spawn")]);
  });
  test("clean: `console.log` as a prop, a watched function's `name`, text", async () => {
    const jsx = `${CP}const a = <Tool run={console.log} label={cp.execSync.name}>cp.execSync</Tool>;\nconst b = <Tool run={path.join} />;\n`;
    expect(await found("a.jsx", jsx)).toEqual([]);
  });
});

describe("scan/shell-command and scan/dynamic-code: a built-in function's `constructor` is the Function constructor", () => {
  test("`Object.constructor(code)`, `Function.prototype.constructor(code)`, `Array[\"constructor\"](code)`, held by a name", async () => {
    const text = `Object.constructor('require("child_process").execSync("id")')();\nFunction.prototype.constructor(code)();\nArray["constructor"](code)();\nconst F = String.constructor;\nF(code)();\n`;
    expect(await found("a.js", text)).toEqual([shell(text, "Object.constructor"), `scan/dynamic-code ${at(text, "Function.prototype.constructor")}`, `scan/dynamic-code ${at(text, 'Array["constructor"]')}`, `scan/dynamic-code ${at(text, "F", 2)}`]);
  });
  test("clean: a function of the file named like a built-in, a member named like one, an object's constructor, constant clean code", async () => {
    const text = `function Map() {}\nMap.constructor(code);\nfoo.String.constructor(code);\nobj.constructor(code);\nnew this.constructor(code);\nObject.constructor("return 1")();\n`;
    expect(await found("a.js", text)).toEqual([]);
  });
});

describe("scan/shell-command: a `for … of` loop destructuring its element", () => {
  test("`for (const { execSync } of [cp])`, a renamed key, an object literal's key", async () => {
    const text = `${CP}for (const { execSync } of [cp]) execSync("id");\nfor (const { spawnSync: run } of [cp]) run("id");\nfor (const { run } of [{ run: cp.execSync }]) run("id");\n`;
    expect(await found("a.js", text)).toEqual([shellStart(text, 'execSync("id")', "execSync"), shellStart(text, 'run("id")', "run"), shellStart(text, 'run("id")', "run", 1)]);
  });
  test("clean: a key the element does not hold watched, another object's, `for … in`", async () => {
    const text = `${CP}for (const { join } of [path]) join("id");\nfor (const { execSync } of [console]) execSync("id");\nfor (const proof in cp) proof("id");\n`;
    expect(await found("a.js", text)).toEqual([]);
  });
});

describe("scan/shell-command: `super.run` in a subclass's method is the base class's slot", () => {
  test("a static method's `super.run` of a static field, an instance method's (and its arrow's) `super.shell` of a field, a base's base, TypeScript", async () => {
    const js = `${CP}class A { static run = cp.execSync; shell = cp.spawnSync; }\nclass B extends A { static go() { super.run("id"); } go() { super.shell("id"); const f = () => super.shell("id"); } }\nclass C extends B { static go() { super.run("id"); } }\n`;
    const ts = `import * as cp from "child_process";\nclass A { static run = cp.execSync; }\nclass B extends A { static go(): void { super.run("id"); } constructor() { super(); } }\n`;
    expect(await found("a.js", js)).toEqual([shell(js, "super.run"), shell(js, "super.shell"), shell(js, "super.shell", 1), shell(js, "super.run", 1)]);
    expect(await found("a.ts", ts)).toEqual([shell(ts, "super.run")]);
  });
  test("clean: `super.ok` of `console.log`, `super.run` in a class extending nothing of the file, an instance method's `super.run` of a static field", async () => {
    const js = `${CP}class A { static run = cp.execSync; static ok = console.log; }\nclass B extends A { static go() { super.ok("id"); } go() { super.run("id"); } }\nclass C extends Base { static go() { super.run("id"); } }\n`;
    expect(await found("a.js", js)).toEqual([]);
  });
});
