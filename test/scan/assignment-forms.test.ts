// Red team 3, classes 3 and 7: JavaScript's logical assignment (`??=`, `||=`, `&&=`), a `for … of` head naming a binding
// declared before, and TypeScript's instantiation expression (`execSync<string>`) gave a name a watched value the scan
// did not see (p175, p184, p185, p194, p197, p204–p206, p208, p209, p217, p220: each ran its command under Node 20). A
// `for … of` head naming a slot (`for (o.run of [cp.execSync])`, `for (this.run of …)`) was left open then, closed since.
import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { at, found, writeProject } from "./helpers";

const SHELL = "scan/shell-command";

/** Expected findings: the rule and the callee text (its nth occurrence), or with `length`, the first `length` characters of the needle's first occurrence. */
type Case = [name: string, file: string, text: string, expected: Array<[rule: string, needle: string, nth?: number, length?: number]>];
const prefixAt = (text: string, needle: string, length: number) => at(text, needle).replace(/-(\d+):(\d+)$/, (_, line: string, column: string) => `-${line}:${Number(column) - needle.length + length}`);
const check = async ([, file, text, expected]: Case) => expect(await found(file, text)).toEqual(expected.map(([rule, needle, nth, length]) => `${rule} ${length === undefined ? at(text, needle, nth) : prefixAt(text, needle, length)}`));

const CP = "const cp = require('child_process');\n";

describe("logical assignment (`??=`, `||=`, `&&=`) gives the name its value, as `=` does (scan/shell-command)", () => {
  const cases: Case[] = [
    ["p197: `let run = null; run ??= cp.execSync; run(…)`", "a.js", `${CP}let run = null;\nrun ??= cp.execSync;\nrun('a');\n`, [[SHELL, "run('a')", 0, 3]]],
    ["look-alike: `run ??= console.log`", "a.js", `${CP}let run = null;\nrun ??= console.log;\nrun('a');\n`, []],
    ["p204: `||=`, and `&&=`", "a.js", `${CP}let run;\nrun ||= cp.execSync;\nrun('a');\nlet go = true;\ngo &&= cp.spawnSync;\ngo('b');\n`, [[SHELL, "run('a')", 0, 3], [SHELL, "go('b')", 0, 2]]],
    ["look-alike: `||=`, `&&=` of other values, and `+=` (a string, not the function)", "a.js", `${CP}let run;\nrun ||= console.log;\nrun('a');\nlet go = true;\ngo &&= console.error;\ngo('b');\nlet s = '';\ns += cp.execSync;\ns('c');\n`, []],
    ["p205: `this.run ??= cp.execSync` in a method", "a.js", `${CP}class Tool { go(c) { this.run ??= cp.execSync; return this.run(c); } }\nnew Tool().go('a');\n`, [[SHELL, "this.run", 1]]],
    ["look-alike: `this.run ??= console.log` in a method", "a.js", `${CP}class Tool { go(c) { this.run ??= console.log; return this.run(c); } }\nnew Tool().go('a');\n`, []],
    ["p208: a module loaded lazily, `this.cp ??= require('child_process')`", "a.js", "class Shell {\n  run(c) {\n    this.cp ??= require('child_process');\n    return this.cp.execSync(c);\n  }\n}\nnew Shell().run('a');\n", [[SHELL, "this.cp.execSync"]]],
    ["look-alike: `this.cp ??= require('path')`", "a.js", "class Shell {\n  run(c) {\n    this.cp ??= require('path');\n    return this.cp.join(c);\n  }\n}\nnew Shell().run('a');\n", []],
    ["p209: `let cp;` then `cp ||= require('child_process')` in a function", "a.js", "let cp;\nfunction shell(c) { cp ||= require('child_process'); return cp.execSync(c); }\nshell('a');\n", [[SHELL, "cp.execSync"]]],
    ["look-alike: `cp ||= require('path')` in a function", "a.js", "let cp;\nfunction shell(c) { cp ||= require('path'); return cp.join(c); }\nshell('a');\n", []],
    ["a chain through a logical assignment: `a = b ??= cp.execSync`", "a.js", `${CP}let a, b;\na = b ??= cp.execSync;\na('a');\nb('b');\n`, [[SHELL, "a('a')", 0, 1], [SHELL, "b('b')", 0, 1]]],
    ["look-alike: `a = b ??= console.log`", "a.js", `${CP}let a, b;\na = b ??= console.log;\na('a');\nb('b');\n`, []],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("a `for … of` head naming a binding declared before assigns it each element (scan/shell-command)", () => {
  const cases: Case[] = [
    ["p194: `let run = console.log; for (run of [cp.execSync]) ;` then `run(…)`", "a.js", `${CP}let run = console.log;\nfor (run of [cp.execSync]) ;\nrun('a');\n`, [[SHELL, "run('a')", 0, 3]]],
    ["look-alike: `for (run of [console.log])`", "a.js", `${CP}let run = console.log;\nfor (run of [console.log]) ;\nrun('a');\n`, []],
    ["p206: `for await (run of [cp.execSync])` in a module, and the call in the loop's body", "a.mjs", "import cp from 'node:child_process';\nlet run = console.log;\nfor await (run of [cp.execSync]) run('a');\nrun('b');\n", [[SHELL, "run('a')", 0, 3], [SHELL, "run('b')", 0, 3]]],
    ["look-alike: `for await (run of [console.log])`", "a.mjs", "import cp from 'node:child_process';\nlet run = console.log;\nfor await (run of [console.log]) run('a');\nrun('b');\n", []],
    ["in a function, the name declared outside it", "a.js", `${CP}let run;\nfunction setup() { for (run of [cp.execSync]) ; }\nsetup();\nrun('a');\n`, [[SHELL, "run('a')", 0, 3]]],
    ["a loop declaring its name still binds it in the loop only", "a.js", `${CP}let run = console.log;\nfor (const run of [cp.execSync]) run('a');\nrun('b');\n`, [[SHELL, "run('a')", 0, 3]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("a `for … of` head naming a slot gives the slot each element, as `o.run = …` does (scan/shell-command)", () => {
  const TS = "import * as cp from 'child_process';\n";
  const cases: Case[] = [
    ["`for (o.run of [cp.execSync]) ;` then `o.run(…)`, and `for (this.run of …)` in a method then `this.run(…)` and an instance's `run`", "a.js", `${CP}const o = {};\nfor (o.run of [cp.execSync]) ;\no.run('a');\nclass K { go() { for (this.run of [cp.execSync]) ; this.run('b'); } }\nnew K().run('c');\n`, [[SHELL, "o.run('a')", 0, 5], [SHELL, "this.run('b')", 0, 8], [SHELL, "new K().run('c')", 0, 11]]],
    ["look-alike: the same heads over `[console.log]`", "a.js", `${CP}const o = {};\nfor (o.run of [console.log]) ;\no.run('a');\nclass K { go() { for (this.run of [console.log]) ; this.run('b'); } }\nnew K().run('c');\n`, []],
    ["TypeScript, and `for await (o.sh of …)` with the call in the loop's body", "a.ts", `${TS}const o: any = {};\nfor (o.run of [cp.execSync]) ;\no.run('a');\nclass K { run: any; go() { for (this.run of [cp.execSync]) ; this.run('b'); } }\nnew K().run('c');\nfor await (o.sh of [cp.spawnSync]) o.sh('d');\n`, [[SHELL, "o.run('a')", 0, 5], [SHELL, "this.run('b')", 0, 8], [SHELL, "new K().run('c')", 0, 11], [SHELL, "o.sh('d')", 0, 4]]],
    ["look-alike: TypeScript over harmless values", "a.ts", `${TS}const o: any = {};\nfor (o.run of [console.log]) ;\no.run('a');\nclass K { run: any; go() { for (this.run of [console.log]) ; this.run('b'); } }\nnew K().run('c');\nfor await (o.sh of [console.error]) o.sh('d');\n`, []],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("TypeScript's instantiation expression (`execSync<string>`) is the function, as TypeScript emits it (scan/shell-command)", () => {
  const cases: Case[] = [
    ["p175: `const run = execSync<string>;` then `run(…)`", "a.ts", "import { execSync } from 'child_process';\nconst run = execSync<string>;\nrun('a');\n", [[SHELL, "run('a')", 0, 3]]],
    ["p184: a member, `cp.execSync<string>`", "a.ts", "import * as cp from 'child_process';\nconst run = cp.execSync<string>;\nrun('a');\n", [[SHELL, "run('a')", 0, 3]]],
    ["called, assigned, in an object literal, and handed to a function", "a.ts", "import { execSync } from 'child_process';\nexecSync<string>('a');\n(execSync<string>)('b');\nlet go;\ngo = execSync<Buffer>;\ngo('c');\nconst o = { run: execSync<string> };\no.run('d');\nretry(execSync<string>, 'e');\n", [[SHELL, "execSync<string>('a')", 0, 8], [SHELL, "execSync<string>)('b')", 0, 16], [SHELL, "go('c')", 0, 2], [SHELL, "o.run"], [SHELL, "execSync<string>, 'e'", 0, 16]]],
    ["look-alike: `identity<string>`, called and handed to a function", "a.ts", "import { execSync } from 'child_process';\nfunction identity<T>(x: T) { return x; }\nconst run = identity<string>;\nrun('a');\nretry(identity<string>, 'b');\n", []],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

const brief = (f: { file: string; line: number; column: number; endLine: number; endColumn: number; rule: string }) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;

describe("exports given a value by these forms reach their importers (scan/shell-command)", () => {
  test("p217 `exports.run ??= …`, p220 `export let run; run ??= …`, p185 `export const run = spawnSync<string>`: found where another file calls them; their look-alikes are not", async () => {
    const files = {
      "tools.js": "exports.run ??= require('child_process').execSync;\nexports.other ??= require('path').join;\n",
      "agent.js": "require('./tools').run('a');\nrequire('./tools').other('b');\n",
      "live.mjs": "import cp from 'node:child_process';\nexport let run;\nrun ??= cp.execSync;\nexport let log;\nlog ??= console.log;\n",
      "live-use.mjs": "import { run, log } from './live.mjs';\nrun('a');\nlog('b');\n",
      "sp.ts": "import { spawnSync } from 'child_process';\nfunction identity<T>(x: T) { return x; }\nexport const run = spawnSync<string>;\nexport const same = identity<string>;\n",
      "sp-use.ts": "import { run, same } from './sp';\nrun('touch', ['a']);\nsame('b');\n",
    };
    const run = await scanFiles({ ...writeProject(files), workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["agent.js:1:1-1:23 scan/shell-command", "live-use.mjs:2:1-2:4 scan/shell-command", "sp-use.ts:2:1-2:4 scan/shell-command"]);
  });
});
