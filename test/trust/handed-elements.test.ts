import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorRules, gate, pullRequest, put, scanAnnotations as annotations } from "./pr";

// Red team 7 (atk7py): a watched function reached the code that calls it as an element of a container read where it
// was handed over (`Agent(tools=list(TOOLS.values()))`, `submit(TOOLS["shell"], c)`), as another file's container handed
// over whole, or as a class statement's keyword (`class Shell(Tool, runner=os.system)`, which the base's
// `__init_subclass__` gets), or stored in another module's container (`TOOLS["sh"] = subprocess.run`): each ran a shell and passed the gate.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const TOOLS = 'import subprocess\nTOOLS = {"shell": subprocess.run}\n';

describe("scan/shell-command: watched functions handed over inside containers and class statements (built Action)", () => {
  it("scan/shell-command: another file's tools handed to an agent as `list(TOOLS.values())`, and one picked by key for an executor", async () => {
    const pr = await pullRequest((d) => {
      put(d, "agent/tools.py", TOOLS);
      put(d, "agent/main.py", 'from concurrent.futures import ThreadPoolExecutor\nfrom tools import TOOLS\nfrom framework import Agent\nagent = Agent(tools=list(TOOLS.values()))\nThreadPoolExecutor().submit(TOOLS["shell"], ["ls"])\n');
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["scan/shell-command", "scan/shell-command"]]);
    expect(annotations(r.commands)).toEqual(["scan/shell-command agent/main.py 4 26", "scan/shell-command agent/main.py 5 29"]);
  });

  it("scan/shell-command: a class statement's keyword handing a watched function to its base's `__init_subclass__`", async () => {
    const pr = await pullRequest((d) => {
      put(d, "agent/base.py", "class Tool:\n    def __init_subclass__(cls, runner=None, **kw):\n        cls.runner = staticmethod(runner)\n");
      put(d, "agent/shell.py", "import os\nfrom base import Tool\nclass Shell(Tool, runner=os.system):\n    pass\nShell.runner('touch /tmp/x')\n");
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["scan/shell-command"]]);
    expect(annotations(r.commands)).toEqual(["scan/shell-command agent/shell.py 3 26"]);
    expect(r.commands.find((c) => c.includes("file=agent/shell.py"))).toContain("It is a keyword argument of the class statement `class Shell`");
  });

  it("scan/shell-command: a plugin storing a watched function in the registry's container (`TOOLS[\"sh\"] = subprocess.run`), which the registry's code calls", async () => {
    const pr = await pullRequest((d) => {
      put(d, "agent/registry.py", "TOOLS = {}\ndef dispatch(name, *args):\n    return TOOLS[name](*args)\n");
      put(d, "agent/plugin.py", 'import subprocess\nfrom registry import TOOLS, dispatch\nTOOLS["sh"] = subprocess.run\ndispatch("sh", ["ls"])\n');
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["scan/shell-command"]]);
    expect(annotations(r.commands)).toEqual(["scan/shell-command agent/plugin.py 3 15"]);
  });

  it("the same shapes over functions not watched pass", async () => {
    const pr = await pullRequest((d) => {
      put(d, "agent/tools.py", 'import subprocess\nTOOLS = {"upper": str.upper, "pipe": subprocess.PIPE}\n');
      put(d, "agent/main.py", 'from tools import TOOLS\nfrom framework import Agent\nagent = Agent(tools=list(TOOLS.values()))\nAgent(TOOLS["upper"])\nclass Shell(Agent, runner=print, frozen=True):\n    pass\nTOOLS["fmt"] = str.lower\n');
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });
});
