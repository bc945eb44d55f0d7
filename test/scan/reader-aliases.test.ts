import { describe, expect, it } from "vitest";
import { at, found } from "./helpers";

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
