// Red team 3, p203: a static member reached through a subclass (`class Tools { static run = cp.execSync }`, `class Sub
// extends Tools {}` … `Sub.run(…)`) ran its command under Node 20 and passed the gate; so did an instance of a subclass
// (`new Sub().run(…)` of a base class setting `this.run` in its constructor). A subclass reaches its base class's slots
// it does not define itself; one that defines the member (`static run = console.log`) is clean, as in JavaScript.
import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { at, found, writeProject } from "./helpers";

const SHELL = "scan/shell-command";

/** The finding at the nth occurrence of `needle`, its first `length` characters (the callee). */
const prefixAt = (text: string, needle: string, length: number, nth = 0) => at(text, needle, nth).replace(/-(\d+):(\d+)$/, (_, line: string, column: string) => `-${line}:${Number(column) - needle.length + length}`);
type Case = [name: string, file: string, text: string, expected: Array<[needle: string, length: number, nth?: number]>];
const check = async ([, file, text, expected]: Case) => expect(await found(file, text)).toEqual(expected.map(([needle, length, nth]) => `${SHELL} ${prefixAt(text, needle, length, nth)}`));

const CP = "const cp = require('child_process');\n";
const CP_TS = "import * as cp from 'child_process';\n";
const TOOLS = "class Tools {\n  static run = cp.execSync;\n  static make() { return cp.execSync; }\n  static get sh() { return cp.execSync; }\n  constructor() { this.inst = cp.execSync; }\n  go() { return cp.execSync; }\n}\n";
const TOOLS_TS = "class Tools {\n  static run = cp.execSync;\n  static make() { return cp.execSync; }\n  static get sh() { return cp.execSync; }\n  inst: any;\n  constructor() { this.inst = cp.execSync; }\n  go() { return cp.execSync; }\n}\n";
const CALLS = "Sub.run('a');\nSub.make()('b');\nSub.sh('c');\nnew Sub().inst('d');\nnew Sub().go()('e');\nconst s = new Sub();\ns.inst('f');\ns.go()('g');\n";
const ALL_CALLS: Case[3] = [["Sub.run('a')", 7], ["Sub.make()('b')", 10], ["Sub.sh('c')", 6], ["new Sub().inst('d')", 14], ["new Sub().go()('e')", 14], ["s.inst('f')", 6], ["s.go()('g')", 6]];
/** A subclass defining each member itself with a harmless value: the nearest definition wins. */
const OVERRIDES = " {\n  static run = console.log;\n  static make() { return console.log; }\n  static get sh() { return console.log; }\n  constructor() { super(); this.inst = console.log; }\n  go() { return console.log; }\n}\n";

describe("a subclass's statics and instances reach its base class's slots (scan/shell-command)", () => {
  const cases: Case[] = [
    ["p203: `class Sub extends Tools {}` … `Sub.run(…)` of a static field", "a.js", `${CP}class Tools { static run = cp.execSync; }\nclass Sub extends Tools {}\nSub.run('a');\n`, [["Sub.run('a')", 7]]],
    ["look-alike: a base class's static field holding `console.log`", "a.js", `${CP}class Tools { static run = console.log; }\nclass Sub extends Tools {}\nSub.run('a');\n`, []],
    ["a static field, static method, static getter, `this.inst` set in the constructor and a method returning the function, each through the subclass (JavaScript)", "a.js", `${CP}${TOOLS}class Sub extends Tools {}\n${CALLS}`, ALL_CALLS],
    ["look-alike: the subclass defines each member itself, harmlessly (JavaScript)", "a.js", `${CP}${TOOLS}class Sub extends Tools${OVERRIDES}${CALLS}`, []],
    ["the same in TypeScript", "a.ts", `${CP_TS}${TOOLS_TS}class Sub extends Tools {}\n${CALLS}`, ALL_CALLS],
    ["look-alike: the subclass defines each member itself, harmlessly (TypeScript)", "a.ts", `${CP_TS}${TOOLS_TS}class Sub extends Tools${OVERRIDES.replace(" {\n", " {\n  inst: any;\n")}${CALLS}`, []],
    ["a subclass of a subclass; `extends (cond ? Tools : Other)` may be either", "a.js", `${CP}class Tools { static run = cp.execSync; }\nclass Other { static run = console.log; }\nclass Mid extends Tools {}\nclass Sub extends Mid {}\nSub.run('a');\nclass Either extends (process.env.X ? Other : Tools) {}\nEither.run('b');\n`, [["Sub.run('a')", 7], ["Either.run('b')", 10]]],
    ["look-alike: the middle class defines the member, and `extends (cond ? Other : Quiet)` of harmless ones", "a.js", `${CP}class Tools { static run = cp.execSync; }\nclass Other { static run = console.log; }\nclass Quiet {}\nclass Mid extends Tools { static run = console.log; }\nclass Sub extends Mid {}\nSub.run('a');\nclass Either extends (process.env.X ? Other : Quiet) {}\nEither.run('b');\n`, []],
    ["a subclass's own `this.run` in its constructor hides only its instances' member, not the base's static one", "a.js", `${CP}class Tools { static run = cp.execSync; constructor() { this.run = cp.execSync; } }\nclass Sub extends Tools { constructor() { super(); this.run = console.log; } }\nSub.run('a');\nnew Sub().run('b');\n`, [["Sub.run('a')", 7]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

const brief = (f: { file: string; line: number; column: number; endLine: number; endColumn: number; rule: string }) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;

describe("across files: a subclass exported by one file, of a class imported from another (scan/shell-command)", () => {
  test("`export class Sub extends Tools {}` of an imported `Tools` (by name or a namespace's member; in TypeScript and in CommonJS): found where a third file calls `Sub.run(…)` or an instance's member; a subclass defining the member, or of a harmless class, is not", async () => {
    const files = {
      "tools.ts": `${CP_TS}export ${TOOLS_TS}export class Quiet { static run = console.log; }\n`,
      "sub.ts": "import { Tools } from './tools';\nimport * as t from './tools';\nexport class Sub extends Tools {}\nexport class NsSub extends t.Tools {}\nexport class Clean extends Tools { static run = console.log; go() { return console.log; } }\nexport class CleanNs extends t.Quiet {}\n",
      "agent.ts": "import { Sub, NsSub, Clean, CleanNs } from './sub';\nSub.run('a');\nSub.make()('b');\nnew Sub().inst('c');\nnew Sub().go()('d');\nNsSub.run('e');\nClean.run('f');\nnew Clean().go()('g');\nCleanNs.run('h');\n",
      "js/tools.js": `${CP}${TOOLS.replace("class Tools", "exports.Tools = class Tools")}`,
      "js/sub.js": "const { Tools } = require('./tools');\nclass Sub extends Tools {}\nclass Clean extends Tools { static run = console.log; }\nmodule.exports = { Sub, Clean };\n",
      "js/agent.js": "const { Sub, Clean } = require('./sub');\nSub.run('a');\nClean.run('b');\n",
    };
    const run = await scanFiles({ ...writeProject(files), workers: 1 });
    const agent = files["agent.ts"];
    expect(run.findings.map(brief).sort()).toEqual(
      [
        `agent.ts:${prefixAt(agent, "Sub.run('a')", 7)}`,
        `agent.ts:${prefixAt(agent, "Sub.make()('b')", 10)}`,
        `agent.ts:${prefixAt(agent, "new Sub().inst('c')", 14)}`,
        `agent.ts:${prefixAt(agent, "new Sub().go()('d')", 14)}`,
        `agent.ts:${prefixAt(agent, "NsSub.run('e')", 9)}`,
        `js/agent.js:${prefixAt(files["js/agent.js"], "Sub.run('a')", 7)}`,
      ]
        .map((f) => `${f} ${SHELL}`)
        .sort(),
    );
  });
});
