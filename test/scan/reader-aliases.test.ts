import { describe, expect, it } from "vitest";
import { at, atStart, found } from "./helpers";

// Python's readers of a member or entry by name (getattr, vars, operator.attrgetter/methodcaller/itemgetter/getitem,
// functools.reduce of getattr, inspect's) are read by their written names (core/scan/python.ts writtenAliases): the
// same functions held under other names — imported under another name, imported from builtins, assigned to a name —
// read what the written ones read.

const cases: [title: string, text: string, call: string][] = [
  ["a local holding getattr", 'import os\nga = getattr\nga(os, "system")("id")\n', 'ga(os, "system")'],
  ["a local holding builtins.getattr", 'import os, builtins\ng = builtins.getattr\ng(os, "system")("id")\n', 'g(os, "system")'],
  ["getattr imported from builtins", 'import os\nfrom builtins import getattr\ngetattr(os, "system")("id")\n', 'getattr(os, "system")'],
  ["getattr imported from builtins under another name", 'import os\nfrom builtins import getattr as ga\nga(os, "sys" + "tem")("id")\n', 'ga(os, "sys" + "tem")'],
  ["vars under another name", 'import os\nv = vars\nv(os)["system"]("id")\n', 'v(os)["system"]'],
  ["functools imported under another name", 'import os\nimport functools as ft\nft.reduce(getattr, ["system"], os)("id")\n', 'ft.reduce(getattr, ["system"], os)'],
  ["reduce imported under another name", 'import os\nfrom functools import reduce as r\nr(getattr, ["system"], os)("id")\n', 'r(getattr, ["system"], os)'],
  ["reduce of a local holding getattr", 'import os\nfrom functools import reduce\nga = getattr\nreduce(ga, ["system"], os)("id")\n', 'reduce(ga, ["system"], os)'],
  ["attrgetter imported under another name", 'import os\nfrom operator import attrgetter as ag\nag("system")(os)("id")\n', 'ag("system")(os)'],
  ["methodcaller imported under another name", 'import os\nfrom operator import methodcaller as mc\nmc("system", "id")(os)\n', 'mc("system", "id")'],
  ["operator imported under another name", 'import os\nimport operator as op\nop.itemgetter("system")(vars(os))("id")\n', 'op.itemgetter("system")(vars(os))'],
  ["a local holding operator.getitem", 'import os\nimport operator\ngi = operator.getitem\ngi(vars(os), "system")("id")\n', 'gi(vars(os), "system")'],
  ["globals under another name, its entry read", 'import os\ng = globals\ng()["os"].system("id")\n', 'g()["os"].system'],
  ["globals under another name, an entry stored", 'import os\ng = globals\ng()["run"] = os.system\n', "os.system"],
];

describe("scan/shell-command: a reader function held under another name reads what it reads written", () => {
  for (const [title, text, call] of cases) {
    it(title, async () => {
      expect(await found("agent/tools.py", text)).toEqual([`scan/shell-command ${at(text, call)}`]);
    });
  }
});

describe("clean: the same aliases reading what is not watched", () => {
  it("getattr, vars, reduce, attrgetter and methodcaller held under other names, given objects the scan does not watch, report nothing", async () => {
    const text = [
      "from functools import reduce as r",
      "from operator import attrgetter as ag, methodcaller as mc",
      "from builtins import getattr",
      "import operator as op",
      "ga = getattr",
      "v = vars",
      "class Config:",
      "    name = 'x'",
      "ga(Config, 'name')",
      "getattr(Config(), 'name')",
      "v(Config)['name']",
      "r(op.add, [1, 2, 3])",
      "ag('name')(Config)",
      "mc('strip')('  x ')",
      "",
    ].join("\n");
    expect(await found("agent/tools.py", text)).toEqual([]);
  });
});

// JavaScript's readers of a member by name (`Reflect.get`, `Object.getOwnPropertyDescriptor`, `Object.values` …) are
// known by their written names (core/scan/javascript.ts readerAliases): `Reflect` and `Object`, or one of their members,
// held by a name read what they read written.
const CP = 'const cp = require("child_process");\n';
const jsCases: [title: string, text: string, call: string][] = [
  ["Reflect.get held by a name", `${CP}const g = Reflect.get;\ng(cp, "exec")("id");\n`, 'g(cp, "exec")'],
  ["Reflect.get held by a name not in ASCII", `${CP}const ǥ = Reflect.get;\nǥ(cp, "exec")("id");\n`, 'ǥ(cp, "exec")'],
  ["Reflect.get destructured", `${CP}const { get } = Reflect;\nget(cp, "exec")("id");\n`, 'get(cp, "exec")'],
  ["Reflect held by a name", `${CP}const R = Reflect;\nR.get(cp, "ex" + "ec")("id");\n`, 'R.get(cp, "ex" + "ec")'],
  ["a descriptor reader destructured under another name", `${CP}const { getOwnPropertyDescriptor: gopd } = Object;\ngopd(cp, "exec").value("id");\n`, 'gopd(cp, "exec").value'],
  ["Object.values held by a name, read at an index", `${CP}const vals = Object.values;\nvals(cp)[3]("id");\n`, "vals(cp)[3]"],
  ["Object.entries held by a name, an entry's value", `${CP}let ents;\nents = Object.entries;\nents(cp)[0][1]("id");\n`, "ents(cp)[0][1]"],
  ["Object.assign held by a name, storing into the global object", `${CP}const assign = Object.assign;\nassign(globalThis, { run: cp.execSync });\n`, "cp.execSync"],
  ["defineProperty destructured, storing into the global object", `${CP}const { defineProperty } = Object;\ndefineProperty(globalThis, "run", { value: cp.execSync });\n`, "cp.execSync"],
];

describe("scan/shell-command: Reflect, Object or a reader of theirs held by a name reads what it reads written", () => {
  for (const [title, text, call] of jsCases)
    for (const path of ["agent/tools.js", "agent/tools.ts"])
      it(`${title} (${path.slice(-2)})`, async () => {
        expect(await found(path, text)).toEqual([`scan/shell-command ${at(text, call)}`]);
      });

  it("a loop over Object.values held by a name: each element called", async () => {
    const text = `${CP}const vals = Object.values;\nfor (const f of vals(cp)) f("id");\n`;
    expect(await found("agent/tools.js", text)).toEqual([`scan/shell-command ${atStart(text, 'f("id")', "f")}`]);
  });

  it("clean: the same names reading what is not watched, and Object's other members held, report nothing", async () => {
    const text = `${CP}const g = Reflect.get;\nconst { keys, freeze } = Object;\nconst vals = Object.values;\nconst config = { name: "x" };\ng(config, "name");\nkeys(cp).forEach((k) => console.log(k));\nfreeze(config);\nvals(config).forEach((v) => console.log(v));\n`;
    expect(await found("agent/tools.js", text)).toEqual([]);
  });
});
