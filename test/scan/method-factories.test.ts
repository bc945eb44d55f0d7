// Factories that are no top-level named function nor static method (core/scan/factories.ts): a function written in
// place as an object's property or method, assigned to a property or an export, exported as the default, and a
// class's instance method (reached on `new K()`, a name holding one, or `this` in the class). Each is followed as a
// named factory is: reported at the call site with the rule of what it returns, here and across files. Beside each,
// its look-alike (a function returning `path.join`, a method of another class of the same name) left alone.
import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { at, found, writeProject } from "./helpers";

const SHELL = "scan/shell-command";
const NET = "scan/network-call";

async function scan(files: Record<string, string>): Promise<string[]> {
  const run = await scanFiles({ ...writeProject(files), workers: 1 });
  return run.findings.map((f) => `${f.file} ${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`).sort();
}
async function messages(files: Record<string, string>): Promise<string[]> {
  const run = await scanFiles({ ...writeProject(files), workers: 1 });
  return run.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.replace(/, bypassing the tool gateway's[^.]*\./, ".")}`);
}
/** "file rule line:col-endLine:endCol" of the nth occurrence of `needle` in `files[file]`. */
const site = (files: Record<string, string>, file: string, rule: string, needle: string, nth = 0) => `${file} ${rule} ${at(files[file]!, needle, nth)}`;

const CP = 'const cp = require("child_process");\nconst path = require("path");\n';

describe("scan/shell-command: a function written in place as an object's property, and a class's instance method (JavaScript, one file)", () => {
  test("an object literal's arrow and method, a property assigned an arrow; `path.join`'s look-alikes clean", async () => {
    const files = { "a.js": `${CP}const o = { make: () => cp, make2() { return cp.exec; }, join: () => path.join, join2() { return path.join; } };\no.make().exec("id");\no.make2()("id");\no.join()("a");\no.join2()("a");\nconst p = {};\np.make = () => cp;\np.make().exec("id");\np.join = () => path;\np.join().join("a");\n` };
    expect(await scan(files)).toEqual([site(files, "a.js", SHELL, "o.make().exec"), site(files, "a.js", SHELL, "o.make2()"), site(files, "a.js", SHELL, "p.make().exec")].sort());
  });
  test("an instance method on `new K()`, on a name holding one, and on `this` in the class; another class's method of the same name clean", async () => {
    const files = { "a.js": `${CP}class K {\n  run() { return cp.exec; }\n  go() { return this.run()("id"); }\n}\nclass L {\n  run() { return path.join; }\n  go() { return this.run()("a"); }\n}\nnew K().run()("id");\nconst k = new K();\nk.run()("id");\nnew L().run()("a");\nconst l = new L();\nl.run()("a");\n` };
    expect(await scan(files)).toEqual([site(files, "a.js", SHELL, "this.run()"), site(files, "a.js", SHELL, "new K().run()"), site(files, "a.js", SHELL, "k.run()")].sort());
  });
  test("an instance held in a slot (`this.options = new K()`, `app.k = new K()`) or a name aliasing one (`const o = this.options`, `const { options } = this`): its methods, in another class's method too (got's `options.getRequestFunction()`); another class's clean", async () => {
    const files = { "a.js": `${CP}class K {\n  run() { return cp.exec; }\n}\nclass L {\n  run() { return path.join; }\n}\nclass Req {\n  constructor() { this.options = new K(); this.other = new L(); }\n  go() { return this.options.run()("a"); }\n  go2() { const o = this.options; const f = o.run(); return f("b"); }\n  go3() { return this.other.run()("c"); }\n  go4() { const { options, other } = this; options.run()("f"); other.run()("g"); }\n}\nconst app = {};\napp.k = new K();\napp.k.run()("d");\napp.l = new L();\napp.l.run()("e");\n` };
    expect(await scan(files)).toEqual([site(files, "a.js", SHELL, "this.options.run()"), site(files, "a.js", SHELL, "f(\"b\")", 0).replace(/-(\d+):(\d+)$/, (_, l: string, c: string) => `-${l}:${Number(c) - 5}`), site(files, "a.js", SHELL, "app.k.run()"), site(files, "a.js", SHELL, "options.run()", 1)].sort());
  });
  test("an instance handed to a function (`use(new K())`, `use(k)` of `const k = new K()`, a class expression's too): reported where handed over, as a factory handed over is; another class's, and one handed to an inspector, clean", async () => {
    const files = { "a.js": `${CP}const K = class { run() { return cp.exec; } };\nclass L { run() { return path.join; } }\nclass M { run() { return cp.spawn; } }\nfunction use(k) { k.run()("x"); }\nuse(new K());\nconst m = new M();\nuse(m);\nuse(new L());\nconst l = new L();\nuse(l);\nconsole.log(new K(), m);\n` };
    expect(await scan(files)).toEqual([`a.js ${SHELL} 7:5-7:12`, `a.js ${SHELL} 9:5-9:6`]);
    expect(await messages(files)).toContain("a.js:7:5 `new K()` (child_process.exec) starts a process directly. It is returned by a method of an instance handed to `use`: whoever calls that method gets it. Resolved through line 7 `new K()` ← line 3 `return cp.exec;` ← line 1 `require(\"child_process\")`.");
  });
  test("an object's property reassigned: the first watched value wins (as for names and slots), so a harmless function assigned later does not clear it (fail closed)", async () => {
    const files = { "a.js": `${CP}const o = { make: () => cp };\no.make = () => path;\no.make().exec("x");\nconst q = { make: () => path };\nq.make = () => cp;\nq.make().exec("y");\n` };
    expect(await scan(files)).toEqual([site(files, "a.js", SHELL, "o.make().exec"), site(files, "a.js", SHELL, "q.make().exec")].sort());
  });
  test("the message names the factory as a named one's does (the call ← the return)", async () => {
    const files = { "a.js": `${CP}const o = { make2() { return cp.exec; } };\no.make2()("id");\n` };
    expect(await messages(files)).toEqual(["a.js:4:1 `o.make2()` (child_process.exec) starts a process directly. Resolved through line 4 `o.make2()` ← line 3 `make2() { return cp.exec; }` ← line 3 `return cp.exec;` ← line 1 `require(\"child_process\")`."]);
  });
});

describe("scan/shell-command: CommonJS and ES exports of functions written in place (JavaScript, across files)", () => {
  test("a class exported as the default (`export default class K`, `export default L` of a class declared before) and imported by default: its instances' methods, on `new K()` and a name holding one; another class's clean", async () => {
    const files = {
      "k.mjs": `import cp from "node:child_process";\nexport default class K {\n  run() { return cp.exec; }\n}\n`,
      "l.mjs": `import cp from "node:child_process";\nclass L {\n  run() { return cp.spawn; }\n}\nexport default L;\n`,
      "m.mjs": `import path from "node:path";\nexport default class M {\n  run() { return path.join; }\n}\n`,
      "use.mjs": `import K from "./k.mjs";\nimport L from "./l.mjs";\nimport M from "./m.mjs";\nnew K().run()("a");\nconst l = new L();\nl.run()("b");\nnew M().run()("c");\n`,
    };
    expect(await scan(files)).toEqual([site(files, "use.mjs", SHELL, "new K().run()"), site(files, "use.mjs", SHELL, "l.run()")].sort());
  });
  test("a class exported through CommonJS (`module.exports = { K, L }`, `exports.K = K`) and destructured from `require`, renamed too: its instances' methods; another class's clean", async () => {
    const files = {
      "a.js": `${CP}class K { run() { return cp.exec; } }\nclass L { run() { return path.join; } }\nmodule.exports = { K, L };\n`,
      "b.js": 'const { K, L } = require("./a");\nnew K().run()("id");\nconst k = new K();\nk.run()("id");\nnew L().run()("x");\n',
      "c.js": `${CP}class K { run() { return cp.exec; } }\nexports.K = K;\n`,
      "d.js": 'const { K: Klass } = require("./c");\nnew Klass().run()("id");\n',
    };
    expect(await scan(files)).toEqual([site(files, "b.js", SHELL, "new K().run()"), site(files, "b.js", SHELL, "k.run()"), site(files, "d.js", SHELL, "new Klass().run()")].sort());
  });
  test("a class exported through CommonJS or ES and read through the module's namespace (`new a_1.K()` of compiled TypeScript, a name holding one, `new (require(\"./a\").K)()`, `import * as`): its instances' methods; another class's clean", async () => {
    const files = {
      "a.js": `${CP}class K { run() { return cp.exec; } }\nclass L { run() { return path.join; } }\nexports.K = K;\nexports.L = L;\n`,
      "b.js": 'const a_1 = require("./a");\nnew a_1.K().run()("id");\nconst k = new a_1.K();\nk.run()("id");\nnew (require("./a").K)().run()("id");\nnew a_1.L().run()("x");\nconst l = new a_1.L();\nl.run()("x");\nnew (require("./a").L)().run()("x");\n',
      "c.js": `${CP}class K { run() { return cp.exec; } }\nclass L { run() { return path.join; } }\nmodule.exports = { K, L };\n`,
      "d.js": 'const c = require("./c");\nnew c.K().run()("id");\nnew c.L().run()("x");\n',
      "e.mjs": 'import cp from "child_process";\nimport path from "path";\nexport class K { run() { return cp.exec; } }\nexport class L { run() { return path.join; } }\n',
      "f.mjs": 'import * as e from "./e.mjs";\nnew e.K().run()("id");\nnew e.L().run()("x");\n',
    };
    expect(await scan(files)).toEqual([site(files, "b.js", SHELL, "new a_1.K().run()"), site(files, "b.js", SHELL, "k.run()"), site(files, "b.js", SHELL, 'new (require("./a").K)().run()'), site(files, "d.js", SHELL, "new c.K().run()"), site(files, "f.mjs", SHELL, "new e.K().run()")].sort());
  });
  test("a class expression's instance methods: `const K = class { … }` in the file (on `this` in the class too), `exports.K = class { … }` across files (destructured and through the namespace); another class's clean", async () => {
    const files = {
      "a.js": `${CP}const K = class { run() { return cp.exec; } go() { this.run()("id"); } };\nconst L = class { run() { return path.join; } go() { this.run()("x"); } };\nnew K().run()("id");\nconst k = new K();\nk.run()("id");\nnew L().run()("x");\nexports.M = class { run() { return cp.exec; } };\nmodule.exports.N = class { run() { return path.join; } };\n`,
      "b.js": 'const { M, N } = require("./a");\nnew M().run()("id");\nnew N().run()("x");\nconst a = require("./a");\nnew a.M().run()("id");\nnew a.N().run()("x");\n',
    };
    expect(await scan(files)).toEqual([site(files, "a.js", SHELL, "this.run()"), site(files, "a.js", SHELL, "new K().run()"), site(files, "a.js", SHELL, "k.run()"), site(files, "b.js", SHELL, "new M().run()"), site(files, "b.js", SHELL, "new a.M().run()")].sort());
  });
  test("`exports.make = () => cp`, `= function () { return cp; }`, `module.exports.make3 = () => cp.exec`; `path.join`'s clean", async () => {
    const files = {
      "a1.js": `${CP}exports.make = () => cp;\nexports.make2 = function () { return cp; };\nmodule.exports.make3 = () => cp.exec;\nexports.join = () => path.join;\n`,
      "b1.js": 'const a = require("./a1");\na.make().exec("id");\na.make2().exec("id");\na.make3()("id");\nrequire("./a1").make().exec("id");\na.join()("a");\n',
    };
    expect(await scan(files)).toEqual([site(files, "b1.js", SHELL, "a.make().exec"), site(files, "b1.js", SHELL, "a.make2().exec"), site(files, "b1.js", SHELL, "a.make3()"), site(files, "b1.js", SHELL, 'require("./a1").make().exec')].sort());
  });
  test("`module.exports = { make: () => cp.exec }` destructured, `module.exports = () => cp.exec` called", async () => {
    const files = {
      "a3.js": `${CP}module.exports = { make: () => cp.exec, join: () => path.join };\n`,
      "b3.js": 'const { make, join } = require("./a3");\nmake()("id");\njoin()("a");\n',
      "a4.js": `${CP}module.exports = () => cp.exec;\n`,
      "b4.js": 'require("./a4")()("id");\n',
    };
    expect(await scan(files)).toEqual([site(files, "b3.js", SHELL, "make()"), site(files, "b4.js", SHELL, 'require("./a4")()')].sort());
  });
  test("`export default () => cp.exec`, `export const api = { make: () => cp }`", async () => {
    const files = {
      "a5.mjs": 'import cp from "child_process";\nimport path from "path";\nexport default () => cp.exec;\nexport const api = { make: () => cp, join: () => path };\n',
      "b5.mjs": 'import mk, { api } from "./a5.mjs";\nmk()("id");\napi.make().exec("id");\napi.join().join("a");\n',
    };
    expect(await scan(files)).toEqual([site(files, "b5.mjs", SHELL, "mk()"), site(files, "b5.mjs", SHELL, "api.make().exec")].sort());
  });
});

describe("scan/shell-command: a class's instance method, and a dict's lambda (Python)", () => {
  test("on `K()`, on a name holding one, on `self` in the class; a dict's lambda; `os.path`'s look-alikes clean", async () => {
    const files = { "a.py": 'import os\nclass K:\n    def run(self):\n        return os.system\n    def go(self):\n        self.run()("id")\nK().run()("id")\nk = K()\nk.run()("id")\no = {"make": lambda: os, "join": lambda: os.path}\no["make"]().system("id")\no["join"]().join("a")\n' };
    expect(await scan(files)).toEqual([site(files, "a.py", SHELL, 'self.run()'), site(files, "a.py", SHELL, "K().run()"), site(files, "a.py", SHELL, "k.run()"), site(files, "a.py", SHELL, 'o["make"]().system')].sort());
  });
  test("another class's method of the same name: the call sites are not followed (which class's is not known per file), the watched function is reported where returned", async () => {
    const files = { "a.py": 'import os\nclass K:\n    def run(self):\n        return os.system\nclass L:\n    def run(self):\n        return os.path.join\nL().run()("a")\nK().run()("id")\n' };
    expect(await scan(files)).toEqual([site(files, "a.py", SHELL, "os.system")]);
    expect((await messages(files))[0]).toMatch(/^a\.py:4:16 `os\.system` starts a process directly\. It is returned by the method `run`: whoever calls that method gets it\./);
  });
});

describe("scan/shell-command: an instance of a Python class handed to a function's parameter", () => {
  test("`use(K())`, `obj = K(); use(obj)`, by keyword, to a method (`self.go(K())`); a class whose method returns a harmless function clean", async () => {
    const files = { "a.py": 'import os\nclass K:\n    def run(self):\n        return os.system\n    attr = os.popen\ndef use(k):\n    k.run()("x")\ndef use2(k):\n    k.attr("y")\nuse(K())\nobj = K()\nuse2(k=obj)\nclass App:\n    def go(self, k):\n        k.run()("z")\n    def start(self):\n        self.go(K())\n' };
    expect(await scan(files)).toEqual([site(files, "a.py", SHELL, "k.run()"), site(files, "a.py", SHELL, "k.attr"), site(files, "a.py", SHELL, "k.run()", 1)].sort());
  });
  test("the same handed a class's instance whose methods are harmless, or a plain value", async () => {
    const files = { "a.py": 'import os\nclass K:\n    def run(self):\n        return os.path.join\n    attr = os.getcwd\ndef use(k):\n    k.run()("x")\n    k.attr("y")\nuse(K())\nobj = K()\nuse(obj)\nuse(1)\n' };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command: a Python class's instance method and class attribute, used from another file", () => {
  test("`from a import K` (`K().run()`, a name holding `K()`), `import a` (`a.K().run()`, `k = a.K()`), a relative import in a package; another class's `run` clean", async () => {
    const A = "import os\nclass K:\n    def run(self):\n        return os.system\n";
    const L = "import os\nclass L:\n    def run(self):\n        return os.path.join\n";
    const files = {
      "a.py": A,
      "l.py": L,
      "b.py": 'from a import K\nfrom l import L\nK().run()("ls")\nk = K()\nk.run()("ls")\nL().run()("x")\nl = L()\nl.run()("x")\n',
      "c.py": 'import a\na.K().run()("ls")\nk = a.K()\nk.run()("x")\na.L().run()("x")\n',
      "pkg/__init__.py": "",
      "pkg/a.py": A,
      "pkg/b.py": 'from .a import K, L\nK().run()("ls")\nL().run()("x")\n',
    };
    expect(await scan(files)).toEqual([site(files, "b.py", SHELL, "K().run()"), site(files, "b.py", SHELL, "k.run()"), site(files, "c.py", SHELL, "a.K().run()"), site(files, "c.py", SHELL, "k.run()"), site(files, "pkg/b.py", SHELL, "K().run()")].sort());
  });
  test("a class attribute (`run = os.system` in the body, `K.run = os.system` after it) on the class and on an instance; another class's `run` clean", async () => {
    const files = {
      "a.py": "import os\nclass K:\n    run = os.system\nclass M:\n    pass\nM.run = os.popen\nclass L:\n    run = os.path.join\n",
      "b.py": 'import a\na.K.run("x")\na.K().run("x")\na.M.run("x")\na.M().run("x")\na.L.run("x")\na.L().run("x")\n',
      "c.py": 'from a import K, L\nK.run("x")\nK().run("x")\nL().run("x")\n',
    };
    expect(await scan(files)).toEqual([site(files, "b.py", SHELL, "a.K.run"), site(files, "b.py", SHELL, "a.K().run"), site(files, "b.py", SHELL, "a.M.run"), site(files, "b.py", SHELL, "a.M().run"), site(files, "c.py", SHELL, "K.run"), site(files, "c.py", SHELL, "K().run")].sort());
  });
  test("an instance of the imported class handed to a function's parameter (`use(K())`); another class's clean", async () => {
    const files = {
      "a.py": "import os\nclass K:\n    def run(self):\n        return os.system\n",
      "l.py": "import os\nclass L:\n    def run(self):\n        return os.path.join\n",
      "b.py": 'from a import K\nfrom l import L\ndef use(k):\n    k.run()("x")\nuse(K())\nuse(L())\n',
      "c.py": 'from l import L\ndef use(k):\n    k.run()("x")\nuse(L())\n',
    };
    expect(await scan(files)).toEqual([site(files, "b.py", SHELL, "k.run()")]);
  });
  test("the message says where the method returns it", async () => {
    const files = { "a.py": "import os\nclass K:\n    def run(self):\n        return os.system\n", "b.py": 'from a import K\nK().run()("ls")\n' };
    expect(await messages(files)).toEqual(["b.py:2:1 `K().run()` (os.system) starts a process directly. Resolved through line 2 `K().run()` ← line 2 `K()` ← line 1 `from a import K` ← a.py line 4 `return os.system` ← a.py line 1 `import os`."]);
  });
});

describe("scan/shell-command: hostile files stay linear (factories written in place, instance methods)", () => {
  test("1,500 instance methods and 1,500 object properties each called, in JavaScript and Python", async () => {
    const n = 1500;
    const js = `${CP}class K {\n${Array.from({ length: n }, (_, i) => `  m${i}() { return cp.exec; }\n`).join("")}}\nconst k = new K();\n${Array.from({ length: n }, (_, i) => `k.m${i}()("id");\n`).join("")}const o = {\n${Array.from({ length: n }, (_, i) => `  p${i}: () => cp.exec,\n`).join("")}};\n${Array.from({ length: n }, (_, i) => `o.p${i}()("id");\n`).join("")}`;
    const py = `import os\nclass K:\n${Array.from({ length: n }, (_, i) => `    def m${i}(self):\n        return os.system\n`).join("")}k = K()\n${Array.from({ length: n }, (_, i) => `k.m${i}()("id")\n`).join("")}o = {\n${Array.from({ length: n }, (_, i) => `    "p${i}": lambda: os.system,\n`).join("")}}\n${Array.from({ length: n }, (_, i) => `o["p${i}"]()("id")\n`).join("")}`;
    const inJs = await found("a.js", js);
    expect(inJs).toHaveLength(2 * n);
    expect(inJs.at(-1)).toBe(`${SHELL} ${at(js, `o.p${n - 1}()`)}`);
    const inPy = await found("b.py", py);
    expect(inPy).toHaveLength(2 * n);
    expect(inPy[n - 1]).toBe(`${SHELL} ${at(py, `k.m${n - 1}()`)}`);
  });
  test("an arrow 10,000 object literals deep is no property of a literal a name holds (not followed); 3,000 classes' methods of one name each reported where returned", async () => {
    const js = `${CP}const o = ${"{ a: ".repeat(10_000)}{ make: () => cp }${" }".repeat(10_000)};\n`;
    expect(await found("a.js", js)).toEqual([]);
    const py = `import os\n${Array.from({ length: 3000 }, (_, i) => `class K${i}:\n    def run(self):\n        return os.system\n`).join("")}K0().run()("id")\n`;
    const inPy = await found("b.py", py);
    expect(inPy).toHaveLength(3000);
    expect([inPy[0], inPy.at(-1)]).toEqual([`${SHELL} ${at(py, "os.system")}`, `${SHELL} ${at(py, "os.system", 2999)}`]);
  });
});

describe("scan/shell-command: a Python class with instance members and a static factory", () => {
  test("`K.make()` of a static method stays its class's factory when the class's instances have members (`self.r`, an instance method); a class without the factory clean", async () => {
    const files = { "a.py": "import os\nclass K:\n    def __init__(self):\n        self.r = os.getcwd\n    @staticmethod\n    def make():\n        return os\n    def run(self):\n        return os.path\nK.make().system('id')\nclass L:\n    def __init__(self):\n        self.r = os.getcwd\nL.make().system('x')\n" };
    expect(await scan(files)).toEqual([site(files, "a.py", SHELL, "K.make().system")]);
  });
});
