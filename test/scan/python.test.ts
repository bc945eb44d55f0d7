import { describe, expect, test } from "vitest";
import { scanSource } from "../../core/scan/scan";
import { at, found, scanConfig } from "./helpers";

const SHELL = "scan/shell-command";
const NET = "scan/network-call";
const MODEL = "scan/model-sdk";

/** Every default Python boundary: an import line, the call, the callee text the finding must cover exactly. */
const DIRECT: Array<[rule: string, imports: string, call: string, callee: string]> = [
  [SHELL, "import os", 'os.system("ls")', "os.system"],
  [SHELL, "import os", 'os.popen("ls")', "os.popen"],
  [SHELL, "import os", 'os.execvp("ls", ["ls"])', "os.execvp"],
  [SHELL, "import os", 'os.execl("/bin/ls", "ls")', "os.execl"],
  [SHELL, "import os", 'os.spawnlp(os.P_WAIT, "ls", "ls")', "os.spawnlp"],
  [SHELL, "import os", 'os.posix_spawn("/bin/ls", ["ls"], {})', "os.posix_spawn"],
  [SHELL, "import os", 'os.posix_spawnp("ls", ["ls"], {})', "os.posix_spawnp"],
  [SHELL, "import subprocess", 'subprocess.run(["ls"])', "subprocess.run"],
  [SHELL, "import subprocess", 'subprocess.Popen(["ls"])', "subprocess.Popen"],
  [SHELL, "import subprocess", 'subprocess.check_output(["ls"])', "subprocess.check_output"],
  [SHELL, "import pty", 'pty.spawn("bash")', "pty.spawn"],
  [SHELL, "import asyncio", 'asyncio.create_subprocess_exec("ls")', "asyncio.create_subprocess_exec"],
  [SHELL, "import asyncio", 'asyncio.create_subprocess_shell("ls")', "asyncio.create_subprocess_shell"],
  [NET, "import requests", 'requests.get("https://x")', "requests.get"],
  [NET, "import requests", 'requests.post("https://x", json={})', "requests.post"],
  [NET, "import requests", "requests.Session()", "requests.Session"],
  [NET, "import httpx", 'httpx.get("https://x")', "httpx.get"],
  [NET, "import httpx", "httpx.AsyncClient()", "httpx.AsyncClient"],
  [NET, "import urllib.request", 'urllib.request.urlopen("https://x")', "urllib.request.urlopen"],
  [NET, "import urllib.request", "urllib.request.build_opener()", "urllib.request.build_opener"],
  [NET, "import http.client", 'http.client.HTTPConnection("x")', "http.client.HTTPConnection"],
  [NET, "import http.client", 'http.client.HTTPSConnection("x")', "http.client.HTTPSConnection"],
  [NET, "import aiohttp", "aiohttp.ClientSession()", "aiohttp.ClientSession"],
  [NET, "import aiohttp", 'aiohttp.request("GET", "https://x")', "aiohttp.request"],
  [NET, "import socket", 'socket.create_connection(("x", 80))', "socket.create_connection"],
  [NET, "import socket", 'socket.socket().connect(("x", 80))', "socket.socket().connect"],
  [MODEL, "import openai", "openai.OpenAI()", "openai.OpenAI"],
  [MODEL, "import openai", "openai.AsyncOpenAI()", "openai.AsyncOpenAI"],
  [MODEL, "import openai", 'openai.ChatCompletion.create(model="m")', "openai.ChatCompletion.create"],
  [MODEL, "import anthropic", "anthropic.Anthropic()", "anthropic.Anthropic"],
  [MODEL, "import anthropic", "anthropic.AsyncAnthropic()", "anthropic.AsyncAnthropic"],
  [MODEL, "import google.generativeai as genai", 'genai.GenerativeModel("gemini")', "genai.GenerativeModel"],
  [MODEL, "from google import genai", "genai.Client()", "genai.Client"],
  [MODEL, "import cohere", "cohere.Client()", "cohere.Client"],
  [MODEL, "import mistralai", "mistralai.Mistral()", "mistralai.Mistral"],
  [MODEL, "import litellm", 'litellm.completion(model="m")', "litellm.completion"],
  [MODEL, "import litellm", 'litellm.acompletion(model="m")', "litellm.acompletion"],
];

describe("Python default rules: direct calls", () => {
  test.each(DIRECT)("%s: %s / %s", async (rule, imports, call, callee) => {
    const text = `${imports}\n\n${call}\n`;
    expect(await found("agent.py", text)).toEqual([`${rule} ${at(text, callee)}`]);
  });
});

describe("Python: aliased calls", () => {
  const cases: Array<[rule: string, text: string, callee: string]> = [
    [SHELL, "from subprocess import run as go\ngo(['ls'])\n", "go"],
    [SHELL, "import subprocess as sp\nsp.call(['ls'])\n", "sp.call"],
    [SHELL, "from os import system\nsystem('ls')\n", "system"],
    [SHELL, "from os import execv as ex\nex('/bin/ls', ['ls'])\n", "ex"],
    [SHELL, "from pty import spawn as sp\nsp('bash')\n", "sp"],
    [SHELL, "from asyncio import create_subprocess_shell as sh\nawait sh('ls')\n", "sh"],
    [NET, "import requests as r\nr.get('u')\n", "r.get"],
    [NET, "from requests import Session as S\nS()\n", "S"],
    [NET, "from httpx import Client\nClient()\n", "Client"],
    [NET, "from urllib.request import urlopen as uo\nuo('u')\n", "uo"],
    [NET, "from urllib import request\nrequest.urlopen('u')\n", "request.urlopen"],
    [NET, "from http.client import HTTPSConnection as C\nC('h')\n", "C"],
    [NET, "from aiohttp import ClientSession as CS\nCS()\n", "CS"],
    [NET, "from socket import create_connection as cc\ncc(('h', 1))\n", "cc"],
    [MODEL, "from openai import OpenAI\nclient = OpenAI()\n", "OpenAI"],
    [MODEL, "from anthropic import AsyncAnthropic as AA\nAA()\n", "AA"],
    [MODEL, "from google.genai import Client as G\nG()\n", "G"],
    [MODEL, "import cohere as co\nco.ClientV2()\n", "co.ClientV2"],
    [MODEL, "from mistralai import Mistral\nMistral(api_key='k')\n", "Mistral"],
    [MODEL, "from litellm import completion as complete\ncomplete(model='m')\n", "complete"],
    // local re-binding
    [SHELL, "import subprocess\nrun = subprocess.run\nrun(['ls'])\n", "run"],
    [NET, "import requests\nget = requests.get\nfetch = get\nfetch('u')\n", "fetch"],
    // imported inside a function
    [SHELL, "def f():\n    import subprocess as s\n    s.run(['ls'])\n", "s.run"],
  ];
  test.each(cases)("%s: %j", async (rule, text, callee) => {
    expect(await found("agent.py", text)).toEqual([`${rule} ${at(text, callee, text.split(callee).length - 2)}`]);
  });

  test("the message names the alias and what it resolves to; properties carry module, member and category", async () => {
    const [f] = await scanSource("a.py", "from subprocess import run as go\ngo(['ls'])\n", { config: scanConfig() });
    expect(f!.message).toBe("`go` (subprocess.run) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.");
    expect(f!.category).toBe("shell");
    expect(f!.severity).toBe("error");
    expect(f!.properties).toEqual({ module: "subprocess", member: "run", target: "subprocess.run", language: "python", resolution: [{ line: 1, column: 1, endLine: 1, endColumn: 33, text: "from subprocess import run as go" }] });
    expect(f!.help!.text).toContain("registered tool");
  });
});

describe("Python: multi-line calls", () => {
  test("arguments over several lines: the range is the callee only", async () => {
    const text = "import subprocess\n\nsubprocess.run(\n    ['ls'],\n    check=True,\n)\n";
    expect(await found("a.py", text)).toEqual([`${SHELL} 3:1-3:15`]);
  });
  test("a callee split over lines inside parentheses", async () => {
    const text = "import requests\nr = (requests\n     .get)('u')\n";
    expect(await found("a.py", text)).toEqual([`${NET} 2:6-3:10`]);
  });
  test("a backslash continuation", async () => {
    const text = "import openai\nopenai \\\n  .OpenAI()\n";
    expect(await found("a.py", text)).toEqual([`${MODEL} 2:1-3:10`]);
  });
});

describe("Python: long runs of comment lines (tree-sitter-python reads ahead through all of them at each one)", () => {
  const block = (indent: string, n: number) => `${indent}# ${"commented out: print(x) (y)  ".repeat(3)}\n`.repeat(n);

  test("4,000 comment lines in a function (a 20 s parse, over the time limit) and the call after them: found where it is", async () => {
    const text = `import os\n\ndef f():\n    x = 1\n${block("    ", 4000)}    os.system(x)\n`;
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "os.system")}`]);
  });

  test("the same run in a file with no watched import, then a module read from `sys.modules`: found where it is (a lookbehind read back through the blanked run at every character: minutes)", async () => {
    const text = `import sys\n\ndef f():\n    x = 1\n${block("    ", 4000)}    sys.modules["os"].system(x)\n`;
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, 'sys.modules["os"].system')}`]);
  });

  test("a suppression comment inside the run still suppresses; the others are not comments to the scan any more", async () => {
    const text = `import os\n${block("", 50)}# flowgate: ignore-next-line -- reviewed\nos.system('a')\n${block("", 50)}os.system('b')  # the call's own comment\n`;
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "os.system", 1)}`]);
  });

  test("a `#` line that may end a string or open an f-string's field is kept: the call after a triple-quoted string's end, after a continued string's end, and inside a field is found", async () => {
    const text = 's = """\n# """; os.system("a")\nt = "x\\\n# y"; os.popen("b")\nu = f"""\n# {os.system(c)}\n"""\n';
    expect(await found("a.py", `import os\n${text}`)).toEqual([
      `${SHELL} ${at(`import os\n${text}`, "os.system")}`,
      `${SHELL} ${at(`import os\n${text}`, "os.popen")}`,
      `${SHELL} ${at(`import os\n${text}`, "os.system", 1)}`,
    ]);
  });

  test("a line starts after `\\n` or `\\r` only, as in Python: a string holding U+2028 then `#` keeps its closing quote and the call after it is found", async () => {
    const text = 'import os\ns = "x\u2028# " ; os.system("id")\nt = "\u2029#"; os.popen("id")\n';
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "os.system")}`, `${SHELL} ${at(text, "os.popen")}`]);
  });

  test("a `#` line inside a string is left as the string's line for every position after it; an import in a comment still imports nothing", async () => {
    const text = `import subprocess\ndoc = """\n# not a comment: os.system\n"""\n# import os\nos.system('x')\nsubprocess.run(doc)\n`;
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "subprocess.run")}`]);
  });
});

describe("Python: look-alikes that are not boundary calls", () => {
  const negatives: Array<[what: string, text: string]> = [
    ["a comment", "import subprocess\n# subprocess.run(['ls'])\n"],
    ["a string", "import subprocess\nx = \"subprocess.run(['ls'])\"\n"],
    ["a docstring", 'import requests\ndef f():\n    """requests.get("u")"""\n'],
    ["an f-string", "import requests\nurl = 'u'\nmsg = f\"call requests.get({url}) later\"\n"],
    ["a module not imported", "subprocess.run(['ls'])\nrequests.get('u')\nos.system('x')\n"],
    ["a method of another object", "import requests\nsession = make()\nsession.get('u')\nmy_requests.get('u')\nself.requests.get('u')\n"],
    ["an attribute named like the module", "import subprocess\nclass A:\n    def f(self):\n        self.subprocess.run(['ls'])\n"],
    ["a parameter shadowing the module", "import requests\ndef fetch(requests):\n    return requests.get('u')\n"],
    ["a local shadowing the module", "import subprocess\ndef f():\n    subprocess = FakeRunner()\n    subprocess.run(['ls'])\n"],
    ["a lambda parameter", "import os\nf = lambda os: os.system('x')\n"],
    ["a for variable", "import requests\nfor requests in clients:\n    pass\ndef g():\n    for requests in clients:\n        requests.get('u')\n"],
    ["os members that are not processes", "import os\nos.path.join('a', 'b')\nos.getenv('X')\nos.makedirs('d')\n"],
    ["exception classes and configuration objects", "import subprocess, httpx, requests\nraise subprocess.CalledProcessError(1, 'x')\nt = httpx.Timeout(10)\nrequests.exceptions.HTTPError('x')\n"],
    ["socket constants and urllib.parse", "import socket\nimport urllib.parse\nsocket.gethostname()\nurllib.parse.quote('x')\n"],
    ["litellm helpers that do not call a model", "import litellm\nlitellm.token_counter(model='m', text='x')\n"],
    ["a relative import of the same name", "from . import subprocess\nsubprocess.run(['ls'])\n"],
    ["a suppressed line", "import os\nos.system('ls')  # flowgate: ignore-boundary -- sandbox bootstrap\n"],
    ["a line suppressed from the line before", "import os\n# agentledger: ignore-next-line -- runtime's own marker\nos.system('ls')\n"],
  ];
  test.each(negatives)("%s", async (_what, text) => {
    expect(await found("agent.py", text)).toEqual([]);
  });
});

describe("Python: imports", () => {
  test("from x import * is a note; names the rules list explicitly are still recognised", async () => {
    const text = "from os import *\nsystem('ls')\npath.join('a')\n";
    expect(await found("a.py", text)).toEqual([`scan/star-import ${at(text, "from os import *")}`, `${SHELL} ${at(text, "system")}`]);
  });
  test("a star import of a module whose rule covers every member binds the functions the table lists", async () => {
    const text = "from requests import *\nget('u')\nSession()\nRequest('GET', 'u')\n";
    expect(await found("a.py", text)).toEqual(["scan/star-import 1:1-1:23", `${NET} ${at(text, "get")}`, `${NET} ${at(text, "Session")}`]);
    const shell = "from subprocess import *\nrun(['ls'])\ncheck_output('ls', shell=True)\nPIPE\n";
    expect(await found("a.py", shell)).toEqual(["scan/star-import 1:1-1:25", `${SHELL} ${at(shell, "run")}`, `${SHELL} ${at(shell, "check_output")}`]);
  });
  test("a star-imported name shadowed in a function is the function's own", async () => {
    expect(await found("a.py", "from subprocess import *\ndef go(run):\n    run('ls')\n")).toEqual(["scan/star-import 1:1-1:25"]);
  });
  test("try/except fallback keeps the module binding", async () => {
    const text = "try:\n    import requests\nexcept ImportError:\n    requests = None\nrequests.get('u')\n";
    expect(await found("a.py", text)).toEqual([`${NET} 5:1-5:13`]);
  });
  test("scan/shell-command: a name a star import bound, defined again after it (def, class, assignment) at the module's top, is the definition from there on and in function bodies", async () => {
    const text = "from subprocess import *\nrun('a')\ndef go():\n    run('b')\ndef run(cmd):\n    print(cmd)\nrun('c')\nclass Popen:\n    pass\nPopen('d')\ncheck_output = lambda c: c\ncheck_output('e')\ncall('f')\nclass getoutput(object):\n    pass\ngetoutput('g')\n";
    expect(await found("a.py", text)).toEqual(["scan/star-import 1:1-1:25", `${SHELL} 2:1-2:4`, `${SHELL} 13:1-13:5`]);
  });
  test("scan/shell-command: a star-imported name defined again only under a condition, before the import, or to a watched value keeps the module", async () => {
    const text = "def check_call(c):\n    pass\nfrom subprocess import *\nimport sys\nif sys.platform == 'win32':\n    def run(cmd):\n        pass\ntry:\n    call = None\nexcept ImportError:\n    pass\nPopen = getoutput\nrun('a')\ncall('b')\ncheck_call('c')\nPopen('d')\n";
    expect(await found("a.py", text)).toEqual(["scan/star-import 3:1-3:25", `${SHELL} 13:1-13:4`, `${SHELL} 14:1-14:5`, `${SHELL} 15:1-15:11`, `${SHELL} 16:1-16:6`]);
  });
  test("scan/shell-command: an explicit import keeps its module when defined again under except (try: import x / except ImportError: x = None)", async () => {
    const text = "try:\n    from subprocess import run\nexcept ImportError:\n    def run(cmd):\n        pass\nrun('x')\n";
    expect(await found("a.py", text)).toEqual([`${SHELL} 6:1-6:4`]);
  });
  test("a module imported under a package path (import google) resolves through it", async () => {
    const text = "import google.genai\ngoogle.genai.Client()\n";
    expect(await found("a.py", text)).toEqual([`${MODEL} 2:1-2:20`]);
  });
});

describe("Python: every way an import can be written reaches the parser", () => {
  const cases: Array<[what: string, text: string, callee: string]> = [
    ["after a colon", "try: import requests\nexcept ImportError: pass\nrequests.get('u')\n", "requests.get"],
    ["after a semicolon", "x = 1; import os\nos.system('x')\n", "os.system"],
    ["continued with a backslash", "import sys, \\\n    subprocess\nsubprocess.run(['ls'])\n", "subprocess.run"],
    ["second in a list", "import sys, os as o\no.system('x')\n", "o.system"],
    ["from a parenthesized list", "from subprocess import (\n    run,\n    PIPE,\n)\nrun(['ls'])\n", "run"],
  ];
  test.each(cases)("%s", async (_what, text, callee) => {
    expect(await found("a.py", text)).toEqual([`scan/${callee.includes("requests") ? "network-call" : "shell-command"} ${at(text, callee, text.split(callee).length - 2)}`]);
  });
});

test("a real call inside an f-string interpolation is code, and is flagged", async () => {
  const text = "import requests\nmsg = f\"status {requests.get('u').status_code}\"\n";
  expect(await found("a.py", text)).toEqual([`scan/network-call ${at(text, "requests.get")}`]);
});

describe("Python: evasions an attacker's pull request could use (each ran os.system, and was not found)", () => {
  test("scan/shell-command, scan/dynamic-code: a module named by an f-string is its parts joined, never the f-string's text", async () => {
    const text = 'import importlib\nx = "o"\nimportlib.import_module(f"{x}s").system("a")\nm = __import__(f"sub{\'process\'}")\nm.run("b")\nimportlib.import_module(f"{input()}").system("c")\n';
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, 'importlib.import_module(f"{x}s").system')}`, `${SHELL} ${at(text, "m.run")}`, `scan/dynamic-code ${at(text, "importlib.import_module", 1)}`]);
  });

  test("scan/shell-command is clean for f-strings naming modules not watched, and for fields a conversion or format changes", async () => {
    const text = 'import importlib\nx = "js"\nimportlib.import_module(f"{x}on").dumps({})\ny = "os"\nimportlib.import_module(f"{y!s}").system("a")\n';
    // `{y!s}` is not read: the name is one the scan cannot read (dynamic-code), not `os`.
    expect(await found("a.py", text)).toEqual([`scan/dynamic-code ${at(text, "importlib.import_module", 1)}`]);
  });

  test("scan/shell-command: operator.methodcaller(name, …)(module) calls that method; a class's __getattribute__ given two arguments is unbound", async () => {
    const text = 'import os, operator, types\nfrom operator import methodcaller\noperator.methodcaller("system", "a")(os)\nmethodcaller("popen", "b")(os)\ntype(os).__getattribute__(os, "system")("c")\ntypes.ModuleType.__getattribute__(os, "system")("d")\n';
    expect(await found("a.py", text)).toEqual([
      `${SHELL} ${at(text, 'operator.methodcaller("system", "a")')}`,
      `${SHELL} ${at(text, 'methodcaller("popen", "b")')}`,
      `${SHELL} ${at(text, 'type(os).__getattribute__(os, "system")')}`,
      `${SHELL} ${at(text, 'types.ModuleType.__getattribute__(os, "system")')}`,
    ]);
  });

  test("scan/shell-command is clean for methodcaller and __getattribute__ of members not watched, and for a local methodcaller", async () => {
    const text = 'import os, operator\noperator.methodcaller("getcwd")(os)\ntype(os).__getattribute__(os, "getcwd")()\ndef f(methodcaller):\n    methodcaller("system", "x")(os)\n';
    expect(await found("a.py", text)).toEqual([]);
  });

  test("scan/shell-command: sys.modules.setdefault(name, …) returns the loaded module", async () => {
    const text = 'import sys\nsys.modules.setdefault("os", None).system("a")\nsys.modules.setdefault("json", None).dumps({})\n';
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, 'sys.modules.setdefault("os", None).system')}`]);
  });

  test("scan/shell-command: a walrus assignment binds its name, and a lambda's default is its parameter's value", async () => {
    const text = 'import os, subprocess\nif (g := os.system):\n    g("a")\nrun = lambda c, r=subprocess.run: r(c)\n';
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, 'g("a")').replace(/-.*/, "-3:6")}`, `${SHELL} 4:35-4:36`]);
  });

  test("scan/shell-command is clean for a walrus or lambda default of something not watched, and a lambda parameter hides the module", async () => {
    const text = 'import os\nif (g := os.getcwd):\n    g()\nf = lambda c, r=print: r(c)\nh = lambda os=None: os.system("x")\n';
    expect(await found("a.py", text)).toEqual([]);
  });

  test("scan/shell-command: CPython ends a line at a lone carriage return, so a trailing comment ends there and the code after it runs", async () => {
    // Positions count the lone CR as a line end, as CPython, editors and the report's LineIndex do.
    const hidden = "import gateway as os  # routed through the gateway\rimport os\nos.system('a')\n";
    expect(await found("a.py", hidden)).toEqual([`${SHELL} 3:1-3:10`]);
    const sameLine = "x = 1  # trailing\rimport os; os.system('b')\ns = 'a'  # x\r__import__('os').system('c')\n";
    expect(await found("a.py", sameLine)).toEqual([`${SHELL} 2:12-2:21`, `${SHELL} 4:1-4:24`]);
  });

  test("scan/shell-command is clean for a comment ended by CRLF, and for a lone CR before code that does not rebind the gateway", async () => {
    // CRLF is one line end: the comment ends at it and `os` stays the gateway.
    const crlf = "import gateway as os  # routed\r\nos.system('a')\r\n";
    expect(await found("a.py", crlf)).toEqual([]);
    const other = "import gateway as os  # routed\rimport json\nos.system(json.dumps('a'))\n";
    expect(await found("a.py", other)).toEqual([]);
  });
});

describe("Python: containers held by a name in a function, and handed over whole", () => {
  test("scan/shell-command: a dict, list or tuple held by a name inside a function is the name's value there (`o[\"run\"]`, `o.get(\"run\")`, `l[1]`, `t[0]`, `l[i]` the first watched value)", async () => {
    const text = 'import subprocess\ndef f(cmd, i):\n    o = {"run": subprocess.run}\n    o["run"](cmd)\n    o.get("run")(cmd)\n    l = [print, subprocess.call]\n    l[1](cmd)\n    l[i](cmd)\n    t = (subprocess.check_call,)\n    t[0](cmd)\n';
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, 'o["run"]')}`, `${SHELL} ${at(text, 'o.get("run")')}`, `${SHELL} ${at(text, "l[1]")}`, `${SHELL} ${at(text, "l[i]")}`, `${SHELL} ${at(text, "t[0]")}`]);
  });
  test("scan/shell-command is clean for a function's container of plain values, a key it does not hold or holding a plain value, and a parameter of another function of the name", async () => {
    const text = 'import subprocess\ndef f(cmd):\n    o = {"run": print}\n    o["run"](cmd)\n    p = {"run": subprocess.run, "n": print}\n    p["other"](cmd)\n    p["n"](cmd)\n    l = [print, subprocess.call]\n    l[0](cmd)\ndef g(o, p):\n    o["run"]("x")\n    p.get("run")("y")\n';
    expect(await found("a.py", text)).toEqual([]);
  });
  test("scan/network-call, scan/shell-command: a container held by a name and handed over whole is reported where it is handed over (the module's scope, a function's, a keyword's value)", async () => {
    const text = 'import requests, subprocess\ncfg = {"post": requests.post}\nrun(cfg)\ntools = [requests.post, subprocess.run]\nrun(tools)\ndef f():\n    tl = (subprocess.run,)\n    agent.go(tools=tl)\n';
    expect(await found("a.py", text)).toEqual([`${NET} ${at(text, "cfg", 1)}`, `${NET} ${at(text, "tools", 1)}`, `${SHELL} ${at(text, "tools", 1)}`, `${SHELL} ${at(text, "tl", 1)}`]);
  });
  test("scan/shell-command: a container held in a slot, handed over whole (`agent.run(self.tools)`) or read by a key not fixed (`self.tools[k]`: its first watched value); one of plain values, or a key it does not hold, is not", async () => {
    const text = 'import subprocess\nclass A:\n    def __init__(self):\n        self.tools = {"run": subprocess.run}\n        self.plain = {"run": print}\n    def go(self, k):\n        agent.run(self.tools)\n        self.tools[k]("x")\n        agent.run(self.plain)\n        self.plain[k]("y")\n        self.tools["other"]("z")\n';
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "self.tools", 1)}`, `${SHELL} ${at(text, "self.tools[k]")}`]);
  });
  test("scan/network-call is clean for a container of plain values or of a module whole handed over, and one handed to an inspector", async () => {
    const text = 'import requests\ncfg = {"post": print}\nrun(cfg)\nmods = [requests]\nrun(mods)\ntools = [requests.post]\nprint(tools)\n';
    expect(await found("a.py", text)).toEqual([]);
  });
});
