// JavaScript forms a sixth red-team round ran under Node 20 (each started a process) that passed the scan before:
// a module's members copied into another object (`Object.assign(t, cp)`, a prototype set, descriptors copied, a
// store under a key chosen at run time), and Node's CommonJS module objects driven by hand (`module.constructor`,
// `module._compile`, the loader's module wrapper). Each positive beside a clean look-alike over a function not watched.
import { describe, expect, test } from "vitest";
import { at, found, projectPlaces } from "./helpers";

const CP = 'const cp = require("child_process");\n';
const shell = (text: string, needle: string, nth = 0) => `scan/shell-command ${at(text, needle, nth)}`;
const dynamic = (text: string, needle: string, nth = 0) => `scan/dynamic-code ${at(text, needle, nth)}`;

describe("scan/shell-command: a module's members copied into an object the file names", () => {
  const forms: Array<[string, string, string]> = [
    ["Object.assign(t, cp) then t.execSync", "const t = {};\nObject.assign(t, cp);\nt.execSync(c);\n", "t.execSync"],
    ["Object.assign(t, {}, cp): any source not written in place", "const t = {};\nObject.assign(t, {}, cp);\nt.execSync(c);\n", "t.execSync"],
    ["Object.assign(K.prototype, cp) then new K().execSync", "class K {}\nObject.assign(K.prototype, cp);\nnew K().execSync(c);\n", "new K().execSync"],
    ["Object.assign(this, cp) in a constructor", "class K { constructor() { Object.assign(this, cp); } }\nnew K().execSync(c);\n", "new K().execSync"],
    ["Object.setPrototypeOf(K.prototype, cp)", "class K {}\nObject.setPrototypeOf(K.prototype, cp);\nnew K().execSync(c);\n", "new K().execSync"],
    ["Reflect.setPrototypeOf(t, cp)", "const t = { a: 1 };\nReflect.setPrototypeOf(t, cp);\nt.execSync(c);\n", "t.execSync"],
    ["the value of Object.setPrototypeOf({}, cp)", "const o = Object.setPrototypeOf({}, cp);\no.execSync(c);\n", "o.execSync"],
    ["Object.defineProperties(t, Object.getOwnPropertyDescriptors(cp))", "const t = {};\nObject.defineProperties(t, Object.getOwnPropertyDescriptors(cp));\nt.execSync(c);\n", "t.execSync"],
    ["Object.create(null, Object.getOwnPropertyDescriptors(cp))", "const t = Object.create(null, Object.getOwnPropertyDescriptors(cp));\nt.execSync(c);\n", "t.execSync"],
    ["Object.defineProperties({}, d) of descriptors held by a name", "const d = Object.getOwnPropertyDescriptors(cp);\nconst t = Object.defineProperties({}, d);\nt.execSync(c);\n", "t.execSync"],
  ];
  for (const [name, body, callee] of forms) {
    test(name, async () => {
      const text = CP + body;
      expect(await found("a.js", text)).toEqual([shell(text, callee)]);
    });
  }

  test("clean: the same copies of a module not watched, and of an object of the file", async () => {
    const text = [
      'const path = require("path");',
      "const t = {};",
      "Object.assign(t, path);",
      "t.join(a);",
      "class K {}",
      "Object.assign(K.prototype, path);",
      "new K().join(a);",
      "Object.setPrototypeOf(K.prototype, path);",
      "Reflect.setPrototypeOf(t, path);",
      "Object.setPrototypeOf({}, path).join(a);",
      "Object.defineProperties(t, Object.getOwnPropertyDescriptors(path));",
      "Object.create(null, Object.getOwnPropertyDescriptors(path)).join(a);",
      "const opts = {};",
      "Object.assign(opts, { retries: 3 }, defaults);",
      "opts.execSync(a);",
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([]);
  });
});

describe("scan/shell-command: a watched value stored under a key the file does not fix", () => {
  test("`for (const k in cp) t[k] = cp[k]`, `Object.keys(cp)` copied, `u[key] = cp.execSync`: reported where stored", async () => {
    const text = CP + [
      "const t = {};",
      "for (const k in cp) t[k] = cp[k];",
      "t.execSync(c);",
      "const w = {};",
      "for (const k of Object.keys(cp)) w[k] = cp[k];",
      "const u = {};",
      "u[pick()] = cp.execSync;",
      "u.run(c);",
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([shell(text, "cp[k]"), shell(text, "cp[k]", 1), shell(text, "cp.execSync")]);
  });

  test("clean: a value not watched under a key chosen at run time, and a watched one under a fixed key read as its slot", async () => {
    const text = [
      'const path = require("path");',
      "const t = {};",
      "for (const k in path) t[k] = path[k];",
      "t[pick()] = path.join;",
      "const handlers = {};",
      "handlers[name] = () => 1;",
      "handlers[0] = run;",
      'handlers["x"] = path.join;',
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([]);
  });
});

describe("scan/dynamic-code and scan/shell-command: CommonJS module objects driven by hand", () => {
  test("`module.constructor` is the module builtin: `new M(id)._compile(code, f)`, `M.prototype._compile.call(m, code, f)`", async () => {
    const text = [
      "const M = module.constructor;",
      'new M("x")._compile(\'require("child_process").execSync("id")\', "x.js");',
      'M.prototype._compile.call(new M("y"), code, "y.js");',
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([shell(text, 'new M("x")._compile'), dynamic(text, "M.prototype._compile.call")]);
  });

  test("a module object's own `_compile`: `module._compile`, `require.main`'s (held by a name too), `Object.getPrototypeOf(module)._compile.call`, `require.cache[k]`'s, `module.children[0]`'s", async () => {
    const text = [
      'module._compile(\'require("child_process").execSync("id")\', __filename);',
      "const m = require.main;",
      'm.constructor.prototype._compile.call(new m.constructor("q"), code, "q.js");',
      "Object.getPrototypeOf(module)._compile.call(module, code, __filename);",
      'require.cache[require.resolve("./h")]._compile(code, "h.js");',
      "module.children[0]._compile(code, \"c.js\");",
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([shell(text, "module._compile"), dynamic(text, "m.constructor.prototype._compile.call"), dynamic(text, "Object.getPrototypeOf(module)._compile.call"), dynamic(text, 'require.cache[require.resolve("./h")]._compile'), dynamic(text, "module.children[0]._compile")]);
  });

  test("the loader's module wrapper replaced or edited: `Module.wrap = …`, `module.constructor.wrapper[0] = …`", async () => {
    const text = [
      'const Module = require("module");',
      "Module.wrap = (s) => code;",
      "module.constructor.wrapper[0] = prefix;",
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([dynamic(text, "Module.wrap"), dynamic(text, "module.constructor.wrapper[0]")]);
  });

  test("clean: another object's `constructor`, `_compile`, `wrap` and `main`; a parameter named `module`", async () => {
    const text = [
      "const K = thing.constructor;",
      "new K(opts);",
      "env._compile(template);",
      "compiler()._compile(src);",
      "function f(module) { return new module.constructor(); }",
      "const w = {};",
      "w.wrap = (s) => s;",
      "tools.wrapper = [];",
      "const m = pkg.main;",
      "m.constructor.prototype._compile.call(x, code);",
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([]);
  });
});

describe("scan/shell-command: a module added to an array by `push`/`unshift`", () => {
  test("`arr.push(cp)` … `arr[0].execSync`, `arr.unshift(cp)` … `arr[1].execSync`", async () => {
    const text = CP + "const a = [];\na.push(cp);\na[0].execSync(c);\nconst b = [];\nb.unshift(1, cp);\nb[1].execSync(c);\n";
    expect(await found("a.js", text)).toEqual([shell(text, "a[0].execSync"), shell(text, "b[1].execSync")]);
  });

  test("clean: a module not watched pushed, and a watched one pushed to another array", async () => {
    const text = CP + 'const path = require("path");\nconst a = [];\na.push(path);\na[0].join(c);\nconst b = [];\nconst other = [];\nother.push(cp);\nb[0].execSync(c);\n';
    expect(await found("a.js", text)).toEqual([]);
  });
});

describe("scan/shell-command: a namespace re-export of a file re-exporting a module whole", () => {
  test("`export * as sh from \"./a.mjs\"` of `export * from \"child_process\"`, renamed by a third file", async () => {
    const files = {
      "a.mjs": 'export * from "child_process";\n',
      "b.mjs": 'export * as sh from "./a.mjs";\n',
      "c.mjs": 'export { sh as tools } from "./b.mjs";\n',
      "m.mjs": 'import { tools } from "./c.mjs";\ntools.execSync(c);\nimport { sh } from "./b.mjs";\nsh.execSync(c);\n',
    };
    expect(await projectPlaces(files)).toEqual(["m.mjs:2:1-2:15 scan/shell-command", "m.mjs:4:1-4:12 scan/shell-command"]);
  });

  test("`export * as sh from \"./cjs.cjs\"` of `module.exports = require(\"child_process\")`", async () => {
    const files = {
      "cjs.cjs": 'module.exports = require("child_process");\n',
      "b.mjs": 'export * as sh from "./cjs.cjs";\n',
      "m.mjs": 'import { sh } from "./b.mjs";\nsh.execSync(c);\n',
    };
    expect(await projectPlaces(files)).toEqual(["m.mjs:2:1-2:12 scan/shell-command"]);
  });

  test("clean: the same chain over a module not watched", async () => {
    const files = {
      "a.mjs": 'export * from "path";\n',
      "b.mjs": 'export * as sh from "./a.mjs";\n',
      "c.mjs": 'export { sh as tools } from "./b.mjs";\n',
      "m.mjs": 'import { tools } from "./c.mjs";\ntools.join(c);\nimport { sh } from "./b.mjs";\nsh.join(c);\n',
    };
    expect(await projectPlaces(files)).toEqual([]);
  });
});

describe("scan/shell-command: a TypeScript namespace nested in an exported namespace", () => {
  test("`namespace N { export namespace M { export import X = cp; export const run = cp.execSync } }` … `N.M.X.execSync`, `N.M.run`", async () => {
    const text = 'import * as cp from "child_process";\nnamespace N { export namespace M { export import X = cp; export const run = cp.execSync; } }\nN.M.X.execSync(c);\nN.M.run(c);\n';
    expect(await found("a.ts", text)).toEqual([shell(text, "N.M.X.execSync"), shell(text, "N.M.run")]);
  });

  test("clean: the same over `path`, and a namespace not exported from its parent", async () => {
    const text = 'import * as cp from "child_process";\nimport * as path from "path";\nnamespace N { export namespace M { export import X = path; } namespace Q { export const run = cp.execSync; } }\nN.M.X.join(c);\n';
    expect(await found("a.ts", text)).toEqual([]);
  });
});

describe("scan/shell-command: what is spread into Object.assign's sources, and a module assigned to the exports whole", () => {
  test("`Object.assign(t, { ...cp })`, `Object.assign(t, ...[cp])`", async () => {
    const text = CP + "const t = {};\nObject.assign(t, { ...cp });\nt.execSync(c);\nconst u = {};\nObject.assign(u, ...[cp]);\nu.execSync(c);\n";
    expect(await found("a.js", text)).toEqual([shell(text, "t.execSync"), shell(text, "u.execSync")]);
  });

  test("`Object.assign(module.exports, require(\"child_process\"))` … `require(\"./lib\").execSync` in another file", async () => {
    const files = { "lib.js": 'Object.assign(module.exports, require("child_process"));\n', "m.js": 'require("./lib").execSync(c);\n' };
    expect(await projectPlaces(files)).toEqual(["m.js:1:1-1:26 scan/shell-command"]);
  });

  test("clean: the same over `path`", async () => {
    const text = 'const path = require("path");\nconst t = {};\nObject.assign(t, { ...path }, ...[path]);\nt.join(c);\n';
    expect(await found("a.js", text)).toEqual([]);
    const files = { "lib.js": 'Object.assign(module.exports, require("path"));\n', "m.js": 'require("./lib").join(c);\n' };
    expect(await projectPlaces(files)).toEqual([]);
  });
});
