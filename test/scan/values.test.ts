// Issue 19: the rule table's member kinds (call / client / inert), the new modules, value tracking within
// a file (values passed on, fallbacks, locals, slots, dynamic access, subclasses) and resolution paths.
import { describe, expect, test } from "vitest";
import { Scanner, scanSource } from "../../core/scan/scan";
import { at, found, scanConfig } from "./helpers";

const SHELL = "scan/shell-command";
const NET = "scan/network-call";
const MODEL = "scan/model-sdk";

/** Expected findings: the rule and the callee text (its nth occurrence), or with `length`, the first `length` characters of the needle's first occurrence. */
type Case = [name: string, file: string, text: string, expected: Array<[rule: string, needle: string, nth?: number, length?: number]>];
const check = async ([, file, text, expected]: Case) => expect(await found(file, text)).toEqual(expected.map(([rule, needle, nth, length]) => `${rule} ${length === undefined ? at(text, needle, nth) : prefixAt(text, needle, length)}`));

function prefixAt(text: string, needle: string, length: number): string {
  const index = text.indexOf(needle);
  const pos = (o: number) => {
    const before = text.slice(0, o).split("\n");
    return `${before.length}:${before[before.length - 1]!.length + 1}`;
  };
  return `${pos(index)}-${pos(index + length)}`;
}

describe("scan/network-call, scan/model-sdk: inert members are not crossings (Python)", () => {
  const cases: Case[] = [
    ["requests.Request / PreparedRequest / models.Response", "a.py", "import requests\nr = requests.Request('GET', u)\np = requests.PreparedRequest()\nx = requests.models.Response()\nrequests.get(u)\n", [[NET, "requests.get"]]],
    ["urllib.request.Request is inert, urlopen crosses", "a.py", "import urllib.request\nreq = urllib.request.Request(u)\nurllib.request.urlopen(req)\n", [[NET, "urllib.request.urlopen"]]],
    ["httpx.Proxy / HTTPTransport are inert, the client crosses", "a.py", "import httpx\nt = httpx.HTTPTransport(retries=2)\np = httpx.Proxy('http://p')\nc = httpx.Client(transport=t)\n", [[NET, "httpx.Client"]]],
    ["genai.configure is configuration", "a.py", "import google.generativeai as genai\ngenai.configure(api_key=k)\nm = genai.GenerativeModel('g')\n", [[MODEL, "genai.GenerativeModel"]]],
    ["openai.error.APIError under a submodule is an exception", "a.py", "import openai\nraise openai.error.APIError('x')\n", []],
    ["socket.socket() alone never connects; .connect on it does", "a.py", "import socket\ns = socket.socket()\ns.bind(('', 0))\nt = socket.socket()\nt.connect(('h', 1))\n", [[NET, "t.connect"]]],
    ["websocket.WebSocket() is inert until connect", "a.py", "import websocket\nws = websocket.WebSocket()\nws.connect('wss://x')\n", [[NET, "ws.connect"]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/network-call: inert members are not crossings (JS/TS)", () => {
  const cases: Case[] = [
    ["node-fetch Request/Headers are values; fetch crosses", "a.ts", 'import fetch, { Request, Headers } from "node-fetch";\nconst r = new Request(u);\nconst h = new Headers();\nawait fetch(r);\n', [[NET, "fetch", 2]]],
    ["axios.isAxiosError is a test, axios.create a client", "a.ts", 'import axios from "axios";\nif (axios.isAxiosError(e)) {}\nconst api = axios.create();\napi.get(u);\n', [[NET, "axios.create"]]],
    // As Python's `getattr(requests, method)`: a member chosen at run time is what the table's `*` says; where the
    // table has none, called, it may be any listed call (ruleset.ts chosenAtRunTime), but not a global's (`window[name]()`).
    ["a member of child_process chosen at run time held by a name or passed to a function of the file, then called; a plain module's is not", "a.js", 'const cp = require("child_process");\nconst run = cp[name];\nrun("ls");\nconst j = path[name];\nj(u);\nfunction go(fn) {\n  fn("x");\n}\ngo(cp[name]);\n', [[SHELL, "run", 1], [SHELL, "fn", 1]]],
    ["a member chosen at run time: axios's (every member crosses) is found, held by a name too; child_process's called is found; a plain module's and a global's are not", "a.js", 'const axios = require("axios");\nconst cp = require("child_process");\naxios[method](u);\nconst send = axios[verb];\nsend(u);\ncp[name]("ls");\npath[name](u);\nwindow[name](u);\nglobalThis[name](u);\n', [[NET, "axios[method]"], [NET, "send", 1], [SHELL, "cp[name]"]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/shell-command, scan/network-call: the modules added to the table", () => {
  const cases: Case[] = [
    ["pexpect.spawn / run", "a.py", "import pexpect\nchild = pexpect.spawn('ssh h')\npexpect.run('ls')\n", [[SHELL, "pexpect.spawn"], [SHELL, "pexpect.run"]]],
    ["anyio.open_process / trio.run_process", "a.py", "import anyio, trio\nawait anyio.open_process(['ls'])\nawait trio.run_process(['ls'])\n", [[SHELL, "anyio.open_process"], [SHELL, "trio.run_process"]]],
    ["websockets.connect", "a.py", "import websockets\nasync with websockets.connect(u) as ws: pass\n", [[NET, "websockets.connect"]]],
    ["websocket-client create_connection / WebSocketApp", "a.py", "import websocket\nwebsocket.create_connection(u)\napp = websocket.WebSocketApp(u)\n", [[NET, "websocket.create_connection"], [NET, "websocket.WebSocketApp"]]],
    ["grpc channels", "a.py", "import grpc\nch = grpc.insecure_channel('h:1')\ncreds = grpc.ssl_channel_credentials()\n", [[NET, "grpc.insecure_channel"]]],
    ["cross-spawn default and .sync", "a.js", 'const spawn = require("cross-spawn");\nspawn("ls");\nspawn.sync("ls");\n', [[SHELL, "spawn", 2], [SHELL, "spawn.sync"]]],
    ["execa and execaCommand", "a.ts", 'import { execa, execaCommand } from "execa";\nawait execa("ls");\nawait execaCommand("ls -l");\n', [[SHELL, "execa", 3], [SHELL, "execaCommand", 1]]],
    ["shelljs exec, not ls", "a.js", 'const shell = require("shelljs");\nshell.ls("-l");\nshell.exec("git status");\n', [[SHELL, "shell.exec"]]],
    ["zx $ tagged template", "a.mjs", 'import { $ } from "zx";\nawait $`ls -l`;\n', [[SHELL, "$", 1]]],
    ["node-pty spawn", "a.ts", 'import * as pty from "node-pty";\npty.spawn("bash", [], {});\n', [[SHELL, "pty.spawn"]]],
    ["ws new WebSocket, and the global WebSocket", "a.ts", 'import WebSocket from "ws";\nconst a = new WebSocket("wss://x");\n', [[NET, "WebSocket", 1]]],
    ["global WebSocket", "a.js", 'const b = new WebSocket("wss://x");\nconst c = new globalThis.WebSocket(u);\n', [[NET, "WebSocket"], [NET, "globalThis.WebSocket"]]],
    ["eventsource's EventSource (the MCP SDK's SSE transport)", "a.js", 'import { EventSource } from "eventsource";\nconst es = new EventSource(url);\n', [[NET, "EventSource", 1]]],
    ["ptyprocess spawn (pexpect's own process start)", "a.py", "import ptyprocess\nptyprocess.PtyProcess.spawn(['bash'])\n", [[SHELL, "ptyprocess.PtyProcess.spawn"]]],
    ["subprocess.STARTUPINFO is configuration", "a.py", "import subprocess\nsi = subprocess.STARTUPINFO()\n", []],
    ["the standard library's protocol clients: the construction is the one finding", "a.py", "import ftplib, smtplib, poplib, imaplib, nntplib, telnetlib\nf = ftplib.FTP_TLS('h')\nf.login()\nwith smtplib.SMTP('h') as s:\n    s.sendmail(a, b, m)\npoplib.POP3_SSL('h')\nimaplib.IMAP4('h')\nnntplib.NNTP('h')\ntelnetlib.Telnet('h')\n", [[NET, "ftplib.FTP_TLS"], [NET, "smtplib.SMTP"], [NET, "poplib.POP3_SSL"], [NET, "imaplib.IMAP4"], [NET, "nntplib.NNTP"], [NET, "telnetlib.Telnet"]]],
    ["imaplib.IMAP4_stream runs a command; the protocols' helpers and errors are not crossings", "a.py", "from imaplib import IMAP4_stream, Time2Internaldate\nIMAP4_stream('ssh h imapd')\nTime2Internaldate(0)\nimport ftplib, smtplib\nraise ftplib.error_perm('x')\nsmtplib.quoteaddr('a')\n", [[SHELL, "IMAP4_stream", 1]]],
    ["urllib3: request, a pool manager, a connection pool from a URL, a submodule's pool", "a.py", "import urllib3\nfrom urllib3.connectionpool import HTTPSConnectionPool\nurllib3.request('GET', u)\nhttp = urllib3.PoolManager()\nhttp.request('GET', u)\nurllib3.connection_from_url(u)\nHTTPSConnectionPool('h')\n", [[NET, "urllib3.request"], [NET, "urllib3.PoolManager"], [NET, "urllib3.connection_from_url"], [NET, "HTTPSConnectionPool", 1]]],
    ["urllib3's retries, timeouts, exceptions and helpers are values", "a.py", "import urllib3\nr = urllib3.util.Retry(3)\nt = urllib3.Timeout(1)\nurllib3.disable_warnings()\nraise urllib3.exceptions.HTTPError('x')\n", []],
    ["socket's name lookups (each a DNS query), ssl's certificate read, urllib.request's openers; socket's conversions are not", "a.py", "import socket, ssl, urllib.request\nsocket.gethostbyname(h)\nsocket.getaddrinfo(h, 80)\nsocket.getfqdn()\nssl.get_server_certificate((h, 443))\nurllib.request.OpenerDirector()\nsocket.inet_aton('1.2.3.4')\nsocket.gethostname()\n", [[NET, "socket.gethostbyname"], [NET, "socket.getaddrinfo"], [NET, "socket.getfqdn"], [NET, "ssl.get_server_certificate"], [NET, "urllib.request.OpenerDirector"]]],
    ["processes through pipes, distutils, webbrowser's own browsers, invoke, sh, subprocess's C helper; fabric's SSH connection", "a.py", "import pipes, webbrowser, invoke, sh, _posixsubprocess, fabric\nfrom distutils.spawn import spawn, find_executable\npipes.Template().open(f, 'w')\nspawn(['ls'])\nfind_executable('ls')\nwebbrowser.BackgroundBrowser(cmd).open(u)\ninvoke.run('ls')\nsh.ls('-l')\n_posixsubprocess.fork_exec(a)\nfabric.Connection(h)\nraise sh.ErrorReturnCode(x)\n", [[SHELL, "pipes.Template().open"], [SHELL, "spawn", 2], [SHELL, "webbrowser.BackgroundBrowser(cmd).open"], [SHELL, "invoke.run"], [SHELL, "sh.ls"], [SHELL, "_posixsubprocess.fork_exec"], [NET, "fabric.Connection"]]],
    ["superagent, needle, ky, ssh2 and a net.Socket connecting; a socket made and not connected is not", "a.js", 'const superagent = require("superagent"), needle = require("needle"), ky = require("ky"), { Client } = require("ssh2"), net = require("net");\nsuperagent.get(u);\nneedle("get", u);\nky.post(u);\nnew Client().connect(o);\nnew net.Socket().connect(80, h);\nconst s = new net.Socket();\n', [[NET, "superagent.get"], [NET, "needle", 2], [NET, "ky.post"], [NET, "Client", 1], [NET, "new net.Socket().connect"]]],
    ["asyncio's subprocess submodule, multiprocessing's Client, ssl's create_connection and a wrapped socket connecting; a context made, a socket wrapped and not connected, are not", "a.py", "import asyncio, ssl, socket, multiprocessing.connection\nfrom asyncio.subprocess import create_subprocess_exec\nasyncio.subprocess.create_subprocess_shell(c)\ncreate_subprocess_exec('ls')\nmultiprocessing.connection.Client(a)\nssl.create_connection(a)\nctx = ssl.create_default_context()\ns = ctx.wrap_socket(socket.socket(), server_hostname=h)\ns.connect(a)\nssl.SSLContext().wrap_socket(raw)\n", [[SHELL, "asyncio.subprocess.create_subprocess_shell"], [SHELL, "create_subprocess_exec", 1], [NET, "multiprocessing.connection.Client"], [NET, "ssl.create_connection"], [NET, "s.connect"]]],
    ["Node's request class, an agent's connections opened by hand, a TLS socket connecting; an agent made is not", "a.js", 'const http = require("http"), https = require("https"), tls = require("tls");\nnew http.ClientRequest(u);\nhttp.globalAgent.createConnection(o);\nnew https.Agent().createConnection(o);\nnew tls.TLSSocket(s).connect(443, h);\nconst agent = new https.Agent({ keepAlive: true });\n', [[NET, "http.ClientRequest"], [NET, "http.globalAgent.createConnection"], [NET, "new https.Agent().createConnection"], [NET, "new tls.TLSSocket(s).connect"]]],
    ["@grpc/grpc-js Client", "a.ts", 'import * as grpc from "@grpc/grpc-js";\nconst c = new grpc.Client("h:1", grpc.credentials.createInsecure());\n', [[NET, "grpc.Client"]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("value tracking (Python): scan/shell-command, scan/network-call, scan/model-sdk", () => {
  const cases: Case[] = [
    ["a watched function passed to an unknown function", "a.py", "import subprocess, requests\nexecutor.submit(subprocess.run, cmd)\nlist(map(requests.get, urls))\nretry(fn=requests.post)\n", [[SHELL, "subprocess.run"], [NET, "requests.get"], [NET, "requests.post"]]],
    ["a watched function in a dict, list or tuple written as an argument or a keyword's value", "a.py", "import subprocess, requests\nsetup({'run': subprocess.run})\nsetup([requests.get], opts={'g': requests.post}, more=(requests.put,))\n", [[SHELL, "subprocess.run"], [NET, "requests.get"], [NET, "requests.post"], [NET, "requests.put"]]],
    ["a dict or list argument of plain values, a module whole, a superclass list, or a call's result is not", "a.py", "import subprocess, requests\nsetup({'run': runner, 'mod': subprocess}, [requests])\nsubprocess.run(['ls'], stdout=subprocess.PIPE)\nclass A(Base, requests.Session): pass\nsetup([requests.get('u')])\n", [[SHELL, "subprocess.run"], [NET, "requests.get"]]],
    ["a module or a class passed on is not (isinstance, patch.object)", "a.py", "import subprocess, httpx\nisinstance(c, httpx.Client)\npatch.object(subprocess, 'run')\nregister(httpx.Client)\n", []],
    ["a fallback callee", "a.py", "import requests\n(session or requests).get(u)\n(requests if x else session).post(u)\n", [[NET, "(session or requests).get"], [NET, "(requests if x else session).post"]]],
    ["a local holding a fallback", "a.py", "import requests\nget = session.get or requests.get\nget(u)\n", [[NET, "get", 3]]],
    ["a container slot", "a.py", 'import openai\nvalues = {}\nvalues["client"] = openai.ChatCompletion\nvalues["client"].create(model="m")\n', [[MODEL, 'values["client"].create']]],
    ["an attribute slot across methods", "a.py", "import subprocess\nclass T:\n    def __init__(self):\n        self.run = subprocess.run\n    def go(self):\n        self.run(['ls'])\n", [[SHELL, "self.run", 1]]],
    ["a client in an attribute is one finding, at its construction", "a.py", "import anthropic\nclass A:\n    def __init__(self):\n        self.client = anthropic.Anthropic()\n    def go(self):\n        return self.client.messages.create(model='m')\n", [[MODEL, "anthropic.Anthropic"]]],
    ["a member of os chosen at run time held by a name or passed to a function of the file, then called; one held as a default and tested is not", "a.py", "import os\nf = getattr(os, name)\nf('x')\ng = getattr(os, name, None)\nif g:\n    pass\ndef go(fn):\n    fn('y')\ngo(getattr(os, name))\n", [[SHELL, "f", 1], [SHELL, "fn", 1]]],
    ["getattr with a constant and with a variable name (os's member chosen at run time may be os.system; os.path's has no call)", "a.py", "import os, requests\ngetattr(os, 'system')('ls')\ngetattr(requests, method)(u)\ngetattr(os, name)('x')\ngetattr(os.path, name)('x')\nf = getattr(os, name, None)\n", [[SHELL, "getattr(os, 'system')"], [NET, "getattr(requests, method)"], [SHELL, "getattr(os, name)"]]],
    ["importlib.import_module and __import__, with a constant name", "a.py", "import importlib\nMOD = 'subprocess'\nsp = importlib.import_module(MOD)\nsp.run(['ls'])\n__import__('os').system('ls')\nimportlib.import_module('json').loads(s)\n", [[SHELL, "sp.run"], [SHELL, "__import__('os').system"]]],
    ["a subclass of a watched client", "a.py", "import openai\nclass Wrapper(openai.DefaultHttpxClient):\n    pass\nWrapper()\n", [[MODEL, "Wrapper", 1]]],
    ["a subclass of something else is not", "a.py", "import openai\nclass Wrapper(Base):\n    pass\nWrapper()\n", []],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("value tracking (Python): unpacking, loops over literals, containers written as literals, a namespace read by key", () => {
  const cases: Case[] = [
    ["scan/shell-command: `x, y = _o.system, 1`, `(a, b) = (…, 2)`, `[c, d] = […]`, `e, f = f, subprocess.run`", "a.py", "import os as _o, subprocess\nx, y = _o.system, 1\nx('ls')\n(a, b) = (subprocess.run, 2)\na(['ls'])\n[c, d] = [1, subprocess.call]\nd(['ls'])\ne, f = f, subprocess.run\nf(['ls'])\n", [[SHELL, "x('ls')", 0, 1], [SHELL, "a(['ls'])", 0, 1], [SHELL, "d(['ls'])", 0, 1], [SHELL, "f(['ls'])", 0, 1]]],
    ["scan/shell-command: unpacking into slots (`self.run, self.n = subprocess.run, 0`)", "a.py", "import subprocess\nclass T:\n    def __init__(self):\n        self.run, self.n = subprocess.run, 0\n    def go(self):\n        self.run(['ls'])\n", [[SHELL, "self.run", 1]]],
    ["scan/shell-command: chained assignments (`x = y = subprocess.run`, into slots too)", "a.py", "import subprocess\nx = y = subprocess.run\nx('a')\na = b = c = subprocess.call\na('b')\nz = w = print\nz('c')\nclass T:\n    def __init__(self):\n        self.r = self.q[0] = subprocess.run\n    def go(self):\n        self.r('d')\n", [[SHELL, "x('a')", 0, 1], [SHELL, "a('b')", 0, 1], [SHELL, "self.r", 1]]],
    ["unpacking: the other element, a starred target, unequal lengths and a nested pattern bind nothing", "a.py", "import subprocess\nx, y = 1, subprocess.run\nx('a')\na, *b = subprocess.run, 1\na('b')\nc, d = subprocess.run, 1, 2\nc('c')\n(e, (f, g)) = (1, (subprocess.run, 2))\nf('d')\n", []],
    ["a star-imported name unpacked from a plain value at the module's top is that value from then on (a loop variable is not)", "a.py", "from subprocess import *\ncall('a')\nx, call = 1, print\ncall('b')\nfor run in (print, len):\n    pass\nrun('c')\n", [["scan/star-import", "from subprocess import *"], [SHELL, "call"], [SHELL, "run", 1]]],
    ["scan/shell-command: a loop variable over a literal tuple or list is its first watched element (a module's loop and a function's)", "a.py", "import subprocess\nfor fn in (subprocess.run, subprocess.call):\n    fn(['ls'])\ndef f():\n    for g in [print, subprocess.check_call]:\n        g(['ls'])\n", [[SHELL, "fn(['ls'])", 0, 2], [SHELL, "g(['ls'])", 0, 1]]],
    ["a loop over plain values, over a name, and a loop variable hidden by a parameter are not", "a.py", "import subprocess\nfor fn in (print, len):\n    fn('a')\nfor h in runners:\n    h('b')\nfor k in (subprocess.run,):\n    pass\ndef g(k):\n    k('c')\n", []],
    ["scan/shell-command: a dict literal in the module's scope makes a slot per watched key (a string, an integer, a constant), also under `if __name__`", "a.py", "import subprocess, os\nd = {'r': subprocess.run, 0: os.system, 'n': 1}\nd['r'](['ls'])\nd[0]('ls')\nd['n']('x')\nd['other']('x')\nif __name__ == '__main__':\n    cmds = {'ls': subprocess.call}\n    cmds['ls'](['ls'])\n", [[SHELL, "d['r']"], [SHELL, "d[0]"], [SHELL, "cmds['ls'](", 0, 10]]],
    ["scan/shell-command: a list or tuple literal makes a slot per index; `self.tools = {…}` a slot per key", "a.py", "import subprocess\nrunners = [subprocess.run, print]\nrunners[0](['ls'])\nrunners[1]('x')\nPAIR = (print, subprocess.call)\nPAIR[1](['ls'])\nclass T:\n    def __init__(self):\n        self.tools = {'run': subprocess.run}\n    def go(self):\n        self.tools['run'](['ls'])\n", [[SHELL, "runners[0]"], [SHELL, "PAIR[1]"], [SHELL, "self.tools['run']"]]],
    ["scan/shell-command: `d.get('r')` of a container slot, `d.get(name)` its first watched value; a loop over `a, b` unparenthesized", "a.py", "import subprocess, requests\nd = {'r': subprocess.run}\nd.get('r')(['ls'])\nd.get('x')('a')\nd.get(name)('b')\nother.get('r')('c')\ns = requests.Session()\ns.get('r')\nfor fn in print, subprocess.call:\n    fn(['ls'])\n", [[SHELL, "d.get('r')"], [SHELL, "d.get(name)"], [NET, "requests.Session"], [SHELL, "fn(['ls'])", 0, 2]]],
    ["scan/network-call, scan/shell-command: a computed key of a module-scope container is its first watched value (httplib2's `SCHEME_TO_CONNECTION[scheme]`, `RUNNERS[kind]`, `LIST[i]`, `TYPES.get(scheme)`)", "a.py", "import http.client, subprocess\nclass HTTPConnectionWithTimeout(http.client.HTTPConnection): pass\nSCHEME_TO_CONNECTION = {'http': HTTPConnectionWithTimeout, 'https': http.client.HTTPSConnection}\nclass Http:\n    def request(self, scheme, authority):\n        connection_type = SCHEME_TO_CONNECTION[scheme]\n        conn = connection_type(authority)\nRUNNERS = {'py': print, 'sh': subprocess.run, **more}\nRUNNERS[kind](cmd)\nLIST = [print, *rest, subprocess.call, subprocess.run]\nLIST[i](cmd)\nLIST[i + 1](cmd)\nTYPES = {get_key(): http.client.HTTPSConnection}\nTYPES.get(scheme)(host)\nRUNNERS[f'{kind}'](cmd)\n", [[NET, "connection_type(", 0, 15], [SHELL, "RUNNERS[kind]"], [SHELL, "LIST[i]"], [SHELL, "LIST[i + 1]"], [NET, "TYPES.get(scheme)"], [SHELL, "RUNNERS[f'{kind}']"]]],
    ["scan/shell-command: a constant key names its slot exactly (a literal, a string constant of the file, `.get(K)`)", "a.py", "import subprocess\nSH = 'sh'\nRUNNERS = {'sh': subprocess.run, 'call': subprocess.call}\nRUNNERS[SH](cmd)\nRUNNERS.get(SH)(cmd)\nRUNNERS['call'](cmd)\n", [[SHELL, "RUNNERS[SH]"], [SHELL, "RUNNERS.get(SH)"], [SHELL, "RUNNERS['call']"]]],
    ["scan/network-call: a string constant of a file without dynamic imports names getattr's member too (an inert one is no finding)", "a.py", "import requests\nM = 'get'\ngetattr(requests, M)(u)\nR = 'Request'\ngetattr(requests, R)(u)\n", [[NET, "getattr(requests, M)"]]],
    ["a constant key naming no watched slot, a container of plain values, a parameter, local or comprehension variable of the container's name, are not", "a.py", "import subprocess\nPY = 'py'\nRUNNERS = {'py': print, 'sh': subprocess.run}\nRUNNERS[PY](a)\nRUNNERS['zz'](a)\nRUNNERS.get('zz')(a)\nRUNNERS[-1](a)\nRUNNERS[None](a)\nRUNNERS[1.5](a)\nPLAIN = {'a': print, 'b': len}\nPLAIN[k](a)\ndef f(RUNNERS):\n    RUNNERS[k](a)\ndef g():\n    RUNNERS = load()\n    RUNNERS[k](a)\n    return [RUNNERS[k] for RUNNERS in tables]\nLIST = [print, subprocess.run]\nLIST[0](a)\nLIST[5](a)\n", []],
    ["a container after a starred entry, or of plain values, makes no slot", "a.py", "import subprocess\nrest = [*others, subprocess.run]\nrest[1]('b')\nplain = {'r': print}\nplain['r']('c')\n", []],
    ["scan/shell-command: `vars(os)[\"system\"]` and `os.__dict__[\"system\"]` are getattr", "a.py", "import os\nvars(os)['system']('ls')\nos.__dict__['system']('ls')\nrun = vars(os)['popen']\nrun('ls')\n", [[SHELL, "vars(os)['system']"], [SHELL, "os.__dict__['system']"], [SHELL, "run('ls')", 0, 3]]],
    ["scan/shell-command: an instance of a class of the file reaches its `self.X` slots (`Runner().run`, `r = Runner()` … `r.run`); a class its class attributes", "a.py", "import subprocess\nclass Runner:\n    check = subprocess.check_call\n    def __init__(self):\n        self.run = subprocess.run\nRunner().run(['ls'])\nr = Runner()\nr.run(['ls'])\nRunner.check(['ls'])\ndef main():\n    runner = Runner()\n    runner.run(['ls'])\n", [[SHELL, "Runner().run"], [SHELL, "r.run"], [SHELL, "Runner.check"], [SHELL, "runner.run"]]],
    ["scan/shell-command: an instance held in a slot or a container slot (`self.helper = Runner()`, `TOOLS = {'r': Runner()}`)", "a.py", "import subprocess\nclass Runner:\n    def __init__(self):\n        self.run = subprocess.run\nTOOLS = {'r': Runner()}\nclass App:\n    def __init__(self):\n        self.helper = Runner()\n    def go(self):\n        self.helper.run(['a'])\n        TOOLS['r'].run(['b'])\n", [[SHELL, "self.helper.run"], [SHELL, "TOOLS['r'].run"]]],
    ["an instance's other members, a class's instance slot, a parameter of the class's name, and a class of a file with no slots are not", "a.py", "import subprocess\nclass Runner:\n    def __init__(self):\n        self.run = subprocess.run\n    def go(self):\n        pass\nRunner().go()\nRunner.run(['a'])\ndef f(Runner, r):\n    Runner().run(['b'])\n    r.run(['c'])\n", []],
    ["a class in a file with no slots: its instance's members are nothing", "a.py", "import subprocess\nclass Runner:\n    pass\nRunner().run(['a'])\nsubprocess.PIPE\n", []],
    ["scan/shell-command: a name holding a module's namespace dict (`v = vars(os)`, `d = os.__dict__`) read by key or `.get`", "a.py", "import os\nv = vars(os)\nv['system']('a')\nd = os.__dict__\nd['popen']('b')\nd.get('system')('c')\nv[name]('d')\n", [[SHELL, "v['system']"], [SHELL, "d['popen']"], [SHELL, "d.get('system')"], [SHELL, "v[name]"]]],
    ["a name holding the namespace of a value not watched, or read for a member not watched, is not", "a.py", "import os\nv = vars(os)\nv['getcwd']()\nw = vars(other)\nw['system']('a')\nd = other.__dict__\nd.get('system')('b')\nv.get('path')\n", []],
    ["scan/shell-command: a `match` capture pattern (`case m:`, `case … as m:`) binds the subject", "a.py", "import os\nmatch os:\n    case m:\n        m.system('a')\nmatch os:\n    case os.path as p:\n        pass\n    case q if q:\n        q.popen('b')\np.system('c')\n", [[SHELL, "m.system"], [SHELL, "q.popen"], [SHELL, "p.system"]]],
    ["a `match` on a value not watched, a position of several values not watched, or binding a part of the subject the module lacks is not", "a.py", "import os\nmatch other:\n    case m:\n        m.system('a')\nmatch other, os:\n    case (n, k):\n        n.system('b')\nmatch os:\n    case {'x': v}:\n        v.system('c')\n    case [w]:\n        w.system('d')\n", []],
    ["scan/shell-command: a property (`@property`, `@functools.cached_property`) returning a watched member, read on an instance", "a.py", "import os, functools\nclass A:\n    @property\n    def run(self):\n        return os.system\n    @functools.cached_property\n    def sh(self):\n        return os.popen\nA().run('a')\na = A()\na.sh('b')\n", [[SHELL, "A().run"], [SHELL, "a.sh"]]],
    ["scan/shell-command: a property whose `return` stands under an `if` or `try` (the first that resolves decides)", "a.py", "import os, functools, sys\nclass A:\n    @property\n    def run(self):\n        if sys.argv:\n            return os.system\n        return print\n    @functools.cached_property\n    def sh(self):\n        try:\n            return os.popen\n        except Exception:\n            return None\nA().run('a')\na = A()\na.sh('b')\n", [[SHELL, "A().run"], [SHELL, "a.sh"]]],
    ["scan/shell-command: a static or class method of a module-level class, or of a class nested in one, returning a watched member is its factory", "a.py", "import os\nclass B:\n    @staticmethod\n    def make():\n        return os.system\nclass Outer:\n    class Inner:\n        @classmethod\n        def build(cls):\n            if cls:\n                return os.popen\nB.make()('a')\nOuter.Inner.build()('b')\n", [[SHELL, "B.make()"], [SHELL, "Outer.Inner.build()"]]],
    ["a plain method, a class in a function, a method read and not called, a static method returning no watched value, and a property under an `if` read on its class are not", "a.py", "import os, sys\nclass C:\n    def make(self):\n        return os.system\n    @staticmethod\n    def name():\n        return 'x'\n    @property\n    def run(self):\n        if sys.argv:\n            return os.system\ndef f():\n    class D:\n        @staticmethod\n        def make():\n            return os.system\n    D.make()('a')\nC.make('b')\nC.name()('c')\nC.run('d')\nm = C.make\n", []],
    ["a property read on its class, a static method, and a property returning no watched value are not", "a.py", "import os\nclass A:\n    @property\n    def run(self):\n        return os.system\n    @staticmethod\n    def make():\n        return os.system\n    @property\n    def name(self):\n        return 'x'\nA.run('a')\nA().make('b')\nA().name('c')\n", []],
    ["scan/shell-command: the module a spec names (`importlib.util.module_from_spec(importlib.util.find_spec(\"subprocess\"))`, `spec.loader.load_module()`)", "a.py", "import importlib.util\nspec = importlib.util.find_spec('subprocess')\nm = importlib.util.module_from_spec(spec)\nspec.loader.exec_module(m)\nm.run('a')\nfrom importlib.util import find_spec, module_from_spec\nmodule_from_spec(find_spec('os')).system('b')\nspec.loader.load_module().call('c')\n", [[SHELL, "m.run"], [SHELL, "module_from_spec(find_spec('os')).system"], [SHELL, "spec.loader.load_module().call"]]],
    ["scan/dynamic-code: loading the spec of a module named at run time (module_from_spec, `.loader.exec_module`); finding it alone is not", "a.py", "import importlib.util, sys\nspec = importlib.util.find_spec(sys.argv[1])\nif importlib.util.find_spec(name) is None:\n    pass\nm = importlib.util.module_from_spec(spec)\nspec.loader.exec_module(m)\n", [["scan/dynamic-code", "importlib.util.module_from_spec"], ["scan/dynamic-code", "spec.loader.exec_module"]]],
    ["scan/dynamic-code: the spec found by importlib's find_spec held by another name (`f = importlib.util.find_spec`, an import as another name)", "a.py", "import importlib.util, sys\nfrom importlib.util import find_spec as fs\nf = importlib.util.find_spec\nspec = f(sys.argv[1])\nimportlib.util.module_from_spec(spec)\nimportlib.util.module_from_spec(fs(name))\nf('os').loader.load_module().system('x')\nimportlib.util.module_from_spec(f('json'))\n", [["scan/dynamic-code", "importlib.util.module_from_spec"], ["scan/dynamic-code", "importlib.util.module_from_spec", 1], [SHELL, "f('os').loader.load_module().system"]]],
    ["scan/dynamic-code: loading a spec found in folders or an archive named at the call (`PathFinder.find_spec(name, [folder])`, `zipimporter(path).find_spec(name)`)", "a.py", "import importlib.util, zipimport, sys\nimport importlib.machinery as M\ns = M.PathFinder.find_spec('p', [sys.argv[1]])\nimportlib.util.module_from_spec(s)\nz = zipimport.zipimporter('p.zip')\nt = z.find_spec('p')\nt.loader.exec_module(m)\nu = M.PathFinder().find_spec('p', ['d'])\nu.loader.exec_module(m)\n", [["scan/dynamic-code", "importlib.util.module_from_spec"], ["scan/dynamic-code", "t.loader.exec_module"], ["scan/dynamic-code", "u.loader.exec_module"]]],
    ["PathFinder given no folders (sys.path, as find_spec), an archive read for data, and a spec found and not loaded are not", "a.py", "import importlib.util, zipimport\nimport importlib.machinery as M\ns = M.PathFinder.find_spec('json')\nimportlib.util.module_from_spec(s)\nz = zipimport.zipimporter('p.zip')\nz.get_data('x.txt')\nif z.find_spec('p') is None:\n    pass\n", []],
    ["the spec of a module not watched, a relative name, or a spec made otherwise is not", "a.py", "import importlib.util\nspec = importlib.util.find_spec('json')\nm = importlib.util.module_from_spec(spec)\nspec.loader.exec_module(m)\nm.run('a')\nr = importlib.util.find_spec('.sub', __package__)\nimportlib.util.module_from_spec(r)\nf = importlib.util.spec_from_loader('x', None)\nimportlib.util.module_from_spec(f)\n", []],
    ["a module-level function of the file named find_spec, module_from_spec or import_module is its own, not importlib's", "a.py", "import importlib.util, sys\ndef find_spec(name):\n    return None\nspec = find_spec(sys.argv[1])\nimportlib.util.module_from_spec(spec)\nimportlib.util.module_from_spec(find_spec('subprocess')).run('a')\ndef import_module(name):\n    return name\nimport_module(sys.argv[1])\nimport_module('os').system('b')\n", []],
    ["scan/dynamic-code: importlib's loaders in a file whose class defines a method of the same name (an import hook's find_spec)", "a.py", "import sys\nfrom importlib.util import find_spec, module_from_spec\nclass Finder:\n    def find_spec(self, name, path, target=None):\n        return None\n    def import_module(self, name):\n        return None\nspec = find_spec(sys.argv[1])\nmodule_from_spec(spec)\n", [["scan/dynamic-code", "module_from_spec(spec)", 0, 16]]],
    ["`vars` rebound, a member not watched, or the namespace of a value not watched are not; a name not known may be os.system (chosenAtRunTime)", "a.py", "import os\ndef f(vars):\n    vars(os)['system']('a')\nvars(os)['getcwd']()\nvars(os)[name]('b')\nvars(other)['system']('c')\nother.__dict__['system']('d')\n", [[SHELL, "vars(os)[name]"]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("scan/shell-command: hostile unpackings and loops stay linear", () => {
  // Each call's callee was resolved twice (does it load a module? what does it return?): 24 calls in a row took minutes.
  test("calls of calls 300 deep (`cp()()…`, `f(x)(y)…` of a watched f, JavaScript and Python) are each resolved once", async () => {
    const js = `const cp = require("child_process");\ncp${"()".repeat(300)};\nconst f = cp.execSync;\nf(x)${"(y)".repeat(300)};\n`;
    expect(await found("a.js", js)).toEqual([`${SHELL} ${at(js, "f", 1)}`]);
    const py = `import subprocess\nsubprocess${"()".repeat(300)}\nf = subprocess.run\nf(x)${"(y)".repeat(300)}\n`;
    expect(await found("a.py", py)).toEqual([`${SHELL} ${at(py, "subprocess", 1)}`, `${SHELL} ${at(py, "f", 1)}`]);
  });
  test("scan/skipped-file: a file whose analysis outlasts the time limit (3,000 arrow functions returned and called in place) is skipped as an error, not judged on half an analysis", async () => {
    const limit = 1000;
    const scanner = await Scanner.create({ timeLimitMs: limit });
    const text = `const cp = require("child_process");\n${"(".repeat(3000)}${"() => ".repeat(3000)}cp.execSync${")()".repeat(3000)}("ls");\n`;
    expect(scanner.scan("a.js", text).findings.map((f) => [f.rule, f.severity, f.message])).toEqual([["scan/skipped-file", "error", `Not scanned: analysing the file took over ${limit} ms (deeply nested or broken code).`]]);
    scanner.dispose();
  });
  test("50,000 targets unpacked and a loop over 200,000 literals are followed; a dict literal is read whatever its length", async () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => `'k${i}': ${i}, `).join("");
    const text = `import subprocess\n${Array.from({ length: 50000 }, (_, i) => `a${i}`).join(", ")} = ${"1, ".repeat(49999)}subprocess.run\na49999('x')\nfor fn in [${"0, ".repeat(200000)}subprocess.call]:\n    fn('y')\nd = {${entries(200)}'run': subprocess.run}\nd['run']('z')\nbig = {${entries(1000)}'run': subprocess.run}\nbig['run']('z')\n`;
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "a49999", 1)}`, `${SHELL} ${at(text, "fn", 1)}`, `${SHELL} ${at(text, "d['run']")}`, `${SHELL} ${at(text, "big['run']")}`]);
  });

  test("a computed key reads a dict literal whatever its length, and 300 nested functions each reading one stay linear", async () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => `'k${i}': ${i}, `).join("");
    const nested = Array.from({ length: 300 }, (_, i) => `${"    ".repeat(i)}def f${i}(k):\n${"    ".repeat(i + 1)}d[k]('n')\n`).join("");
    const text = `import subprocess\nd = {${entries(200)}'run': subprocess.run}\nd[k]('z')\nbig = {${entries(1000)}'run': subprocess.run}\nbig[k]('z')\n${nested}`;
    const findings = await found("a.py", text);
    expect(findings.length).toBe(302);
    expect(findings.slice(0, 3)).toEqual([`${SHELL} ${at(text, "d[k]")}`, `${SHELL} ${at(text, "big[k]")}`, `${SHELL} ${at(text, "d[k]", 1)}`]);
  });

  test("a chain of 20,000 assignments: every link is followed, in one walk (python.ts lastAssigned)", async () => {
    const text = `import subprocess\n${Array.from({ length: 20000 }, (_, i) => `c${i} = `).join("")}subprocess.run\nc0('a')\nc19990('b')\n`;
    expect(await found("a.py", text)).toEqual([`${SHELL} ${at(text, "c0", 1)}`, `${SHELL} ${at(text, "c19990", 1)}`]);
  });
});

describe("value tracking (JS/TS): scan/shell-command, scan/network-call, scan/model-sdk", () => {
  const cases: Case[] = [
    ["a watched function passed to an unknown function", "a.ts", 'import { exec } from "child_process";\ncaller.call(fetch, url);\nretry(exec, "ls");\n', [[NET, "fetch"], [SHELL, "exec", 1]]],
    ["a watched function in an object or array written as the argument, or given to `new`", "a.ts", 'import cp from "child_process";\nmakeClient({ fetch });\nsetup({ spawn: cp.spawn, shell: true });\nnew Client(globalThis.fetch);\nretry([cp.execSync], "ls");\n', [[NET, "fetch"], [SHELL, "cp.spawn"], [NET, "globalThis.fetch"], [SHELL, "cp.execSync"]]],
    ["an object or array argument of plain values, a module whole, or a key named like a watched function is not", "a.ts", 'import cp from "child_process";\nsetup({ fetch: myFetch, spawn: "x", cp }, [cp]);\nnew Client({ fetch: opts.fetch });\n', []],
    ["passed to an assertion or promisify is not a separate finding", "a.ts", 'import { promisify } from "util";\nimport cp from "child_process";\nexpect(fetch).toHaveBeenCalled();\nconst run = promisify(cp.exec);\n', []],
    ["a fallback callee", "a.ts", "(opts.fetch ?? fetch)(url);\n(this.fetch || globalThis.fetch)(url);\n", [[NET, "opts.fetch ?? fetch"], [NET, "this.fetch || globalThis.fetch"]]],
    ["a local holding the global through a fallback", "a.ts", "const f = opts.fetch ?? globalThis.fetch;\nf(u);\nconst fetch = opts.fetch ?? globalThis.fetch;\nfetch(u);\n", [[NET, "f(u", 0, 1], [NET, "fetch(u", 0, 5]]],
    ["fetch.bind", "a.ts", "const f = fetch.bind(globalThis);\nf(u);\n", [[NET, "f(u", 0, 1]]],
    ["a container slot", "a.ts", 'import cp from "child_process";\nconst values = {};\nvalues["run"] = cp.exec;\nvalues["run"]("ls");\n', [[SHELL, 'values["run"]', 1]]],
    ["an attribute slot across methods", "a.ts", 'import { execSync } from "child_process";\nclass T {\n  constructor() { this.run = execSync; }\n  go() { this.run("ls"); }\n}\n', [[SHELL, "this.run", 1]]],
    ["a class field holding a function", "a.ts", 'import { execSync } from "child_process";\nclass T {\n  private run = execSync;\n  go() { this.run("ls"); }\n}\n', [[SHELL, "this.run"]]],
    ["import().then(m => m.exec())", "a.js", 'import("child_process").then((m) => m.exec("ls"));\n', [[SHELL, "m.exec"]]],
    ["import().then(function (m) {…}) in TypeScript, after another definition", "a.ts", 'const x = 1;\nimport("child_process").then(function (m) { m.exec("ls"); }, (e) => e);\nconst y = 2;\n', [[SHELL, "m.exec"]]],
    ["import().then(m => …) and async callbacks", "a.js", 'import("child_process").then(m => m.exec("a"));\nimport("child_process").then(async (m) => m.exec("b"));\nimport("child_process").then(async function (m) { m.exec("c"); });\n', [[SHELL, "m.exec"], [SHELL, "m.exec", 1], [SHELL, "m.exec", 2]]],
    ["import().catch(m => m.exec()) is not the module", "a.ts", 'import("child_process").catch((m) => m.exec("ls"));\n', []],
    ["require with a constant name", "a.js", 'const name = "child_process";\nrequire(name).execSync("ls");\nconst other = "path";\nrequire(other).join("a");\n', [[SHELL, "require(name).execSync"]]],
    ["a subclass of a watched client", "a.ts", 'import OpenAI from "openai";\nclass Wrapper extends OpenAI {}\nnew Wrapper();\n', [[MODEL, "Wrapper", 1]]],
    ["a subclass of something else is not", "a.ts", 'import OpenAI from "openai";\nclass Wrapper extends Base {}\nnew Wrapper();\n', []],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

/** esbuild's private-field helpers as it emits them (lowering `#x` for an older target), and TypeScript's (inline, or tslib's). */
const ESBUILD_HELPERS = 'var __typeError = (msg) => { throw TypeError(msg); };\nvar __accessCheck = (obj, member, msg) => member.has(obj) || __typeError("Cannot " + msg);\nvar __privateGet = (obj, member, getter) => (__accessCheck(obj, member, "read from private field"), getter ? getter.call(obj) : member.get(obj));\nvar __privateAdd = (obj, member, value) => member.has(obj) ? __typeError("Cannot add the same private member more than once") : member instanceof WeakSet ? member.add(obj) : member.set(obj, value);\nvar __privateSet = (obj, member, value, setter) => (__accessCheck(obj, member, "write to private field"), setter ? setter.call(obj, value) : member.set(obj, value), value);\n';
const TSLIB_HELPERS = 'var __classPrivateFieldSet = (this && this.__classPrivateFieldSet) || function (receiver, state, value, kind, f) {\n  return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;\n};\nvar __classPrivateFieldGet = (this && this.__classPrivateFieldGet) || function (receiver, state, kind, f) {\n  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);\n};\n';

describe("issue 19 (JS/TS): a private class field is a slot, in source and as compilers lower it (scan/network-call)", () => {
  const cases: Case[] = [
    ["a private field holding fetch, called", "a.js", "class Source {\n  #fetch = fetch;\n  connect(url) { return this.#fetch(url); }\n}\n", [[NET, "this.#fetch"]]],
    ["a private field assigned in the constructor through a fallback, called through .call (TypeScript)", "a.ts", "class Source {\n  #fetch: typeof fetch;\n  constructor(init: Init) { this.#fetch = init.fetch ?? globalThis.fetch; }\n  connect(url: string) { return this.#fetch.call(this, url); }\n}\n", [[NET, "this.#fetch.call", 0, 16]]],
    ["a static private field, and an instance of the class reaching its private field", "a.js", "class A {\n  static #fetch = fetch;\n  #f = fetch;\n  static go(u) { A.#fetch(u); }\n  inst(u) { const a = new A(); a.#f(u); }\n}\n", [[NET, "A.#fetch"], [NET, "a.#f"]]],
    ["a private field of a plain value, or a public property spelled \"#fetch\", is not", "a.ts", 'class A {\n  #n = 1;\n  #m = Math.max;\n  #fetch = fetch;\n  go(u) { this.#n(u); this.#m(u); this["#fetch"](u); }\n}\n', []],
    // The `this.*` slots are the file's, not a class's (as `this.fetchImpl` is): another class's private field of the name reads it too.
    ["another class's private field of the same name shares the file's slot", "a.js", "class A {\n  #fetch = fetch;\n}\nclass B {\n  #fetch = null;\n  go(u) { this.#fetch(u); }\n}\n", [[NET, "this.#fetch"]]],
    [
      "esbuild's lowering: __privateAdd / __privateSet write the slot, __privateGet(…)(…) and .call read it; the helpers' bodies report nothing",
      "a.js",
      `${ESBUILD_HELPERS}var _fetch, _other;\nclass Source {\n  constructor(init) {\n    __privateAdd(this, _fetch);\n    __privateAdd(this, _other, fetch);\n    __privateSet(this, _fetch, init.fetch ?? globalThis.fetch);\n  }\n  connect(url) { return __privateGet(this, _fetch).call(this, url); }\n  again(url) { return __privateGet(this, _other)(url); }\n}\n_fetch = new WeakMap();\n_other = new WeakMap();\n`,
      [[NET, "__privateGet(this, _fetch).call", 0, 31], [NET, "__privateGet(this, _other)", 0, 26]],
    ],
    ["esbuild's lowering: a value passed straight to __privateSet is stored, not called (no finding at the helper or inside it)", "a.js", `${ESBUILD_HELPERS}var _fetch = new WeakMap();\nclass Source {\n  constructor() { __privateSet(this, _fetch, fetch); }\n}\n`, []],
    ["esbuild's lowering: another WeakMap, another receiver, or a plain value read is not the slot", "a.js", `${ESBUILD_HELPERS}var _a = new WeakMap(), _b = new WeakMap();\nclass S {\n  constructor() { __privateAdd(this, _a, fetch); __privateAdd(this, _b, 1); }\n  go(u) { __privateGet(this, _b)(u); __privateGet(other, _a)(u); }\n}\n`, []],
    [
      "TypeScript's lowering, inline helpers and tslib_1's: __classPrivateFieldSet writes, __classPrivateFieldGet reads",
      "a.js",
      `${TSLIB_HELPERS}const tslib_1 = require("tslib");\nvar _Source_fetch = new WeakMap(), _Source_other = new WeakMap();\nclass Source {\n  constructor(init) {\n    __classPrivateFieldSet(this, _Source_fetch, init.fetch ?? globalThis.fetch, "f");\n    tslib_1.__classPrivateFieldSet(this, _Source_other, fetch, "f");\n  }\n  connect(url) { return __classPrivateFieldGet(this, _Source_fetch, "f").call(this, url); }\n  again(url) { return tslib_1.__classPrivateFieldGet(this, _Source_other, "f")(url); }\n}\n`,
      [[NET, '__classPrivateFieldGet(this, _Source_fetch, "f").call', 0, 53], [NET, 'tslib_1.__classPrivateFieldGet(this, _Source_other, "f")', 0, 56]],
    ],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("issue 19 depth (JS/TS): destructuring, loaders, aliases, instances, string builders", () => {
  const cases: Case[] = [
    ["import().then(({ exec }) => …), a renamed member, a default and `default`", "a.js", 'import("child_process").then(({ exec }) => exec("a"));\nimport("child_process").then(({ exec: run }) => run("b"));\nimport("node:child_process").then(({ default: cp, spawn = null }) => { cp.fork("c"); spawn("d"); });\n', [[SHELL, "exec", 1], [SHELL, "run", 1], [SHELL, "cp.fork"], [SHELL, "spawn", 1]]],
    ["import().then(({ exec }: …) => …) in TypeScript", "a.ts", 'import("child_process").then(({ exec }: typeof import("child_process")) => exec("a"));\n', [[SHELL, "exec", 1]]],
    ["a destructured callback of another module, or of .catch, is not", "a.js", 'import("path").then(({ join }) => join("a"));\nimport("child_process").catch(({ exec }) => exec("b"));\nimport("child_process").then(({ exec }) => { const exec2 = other; exec2("c"); });\n', []],
    ["a destructuring assignment to names declared before (`[f] = [cp.execSync]`, `({ run: g } = { run: … })`, `({ execSync: h } = cp)`)", "a.js", 'const cp = require("child_process");\nlet f, g, h;\n[f] = [cp.execSync];\nf("a");\n({ run: g } = { run: cp.execSync });\ng("b");\n({ execSync: h } = cp);\nh("c");\nlet k;\nfunction set() { [k] = [cp.execFileSync]; }\nk("d");\nconst { run: r } = { run: cp.spawnSync };\nr("e");\n', [[SHELL, 'f("a', 0, 1], [SHELL, 'g("b', 0, 1], [SHELL, 'h("c', 0, 1], [SHELL, 'k("d', 0, 1], [SHELL, 'r("e', 0, 1]]],
    ["a destructuring assignment of plain values, or of a member not watched, is not", "a.js", 'const cp = require("child_process");\nlet f, g, h;\n[f] = [print];\nf("a");\n({ run: g } = { run: other, sh: cp.execSync });\ng("b");\n({ spawnSync: h } = other);\nh("c");\n[, f] = [cp.execSync, print];\nf("d");\nlet e = cp.execSync;\nfunction local() { let e; [e] = [print]; e("e"); }\n', []],
    ["a static method of a class returning a watched member, called (`B.make()(…)`, `const f = B.make()`)", "a.ts", 'import * as cp from "child_process";\nclass B {\n  static make() {\n    return cp.execSync;\n  }\n}\nB.make()("a");\nconst f = B.make();\nf("b");\n', [[SHELL, 'B.make()("a', 0, 8], [SHELL, 'f("b', 0, 1]]],
    ["a static method returning no watched value, an instance method, and the static method itself uncalled are not", "a.ts", 'import * as cp from "child_process";\nclass B {\n  static make() {\n    return print;\n  }\n  run() {\n    return cp.execSync;\n  }\n}\nB.make()("a");\nB.run()("b");\nclass C {\n  static make() {\n    return cp.execSync;\n  }\n}\nC.make("c");\n', []],
    ["a static method of a class held by a static field (`A.B.make()(…)`), and a getter whose `return` is under an `if` or after other statements", "a.js", 'const cp = require("child_process");\nclass A {\n  static B = class {\n    static make() {\n      return cp.execSync;\n    }\n  };\n}\nA.B.make()("a");\nclass C { get run() { if (ok) { return cp.spawnSync; } return null; } }\nnew C().run("b");\nconst o = { get run() { log(); if (ok) return cp.execFileSync; } };\no.run("c");\n', [[SHELL, 'A.B.make()("a', 0, 10], [SHELL, 'new C().run("b', 0, 11], [SHELL, 'o.run("c', 0, 5]]],
    ["a static field holding a class whose static method returns nothing watched, an instance method of it, and a getter whose returns hold nothing watched, are not", "a.js", 'const cp = require("child_process");\nclass A {\n  static B = class {\n    static make() {\n      return print;\n    }\n    run() {\n      return cp.execSync;\n    }\n  };\n  B2 = class {\n    static make() {\n      return cp.execSync;\n    }\n  };\n}\nA.B.make()("a");\nA.B2.make()("b");\nclass C { get run() { if (ok) { return print; } return (s) => cp; } }\nnew C().run("c");\n', []],
    ["a property defined by `Object.defineProperty` holding or getting a watched member", "a.js", 'const cp = require("child_process");\nconst o = {};\nObject.defineProperty(o, "f", { get: () => cp.execSync });\no.f("a");\nObject.defineProperty(o, "g", { value: cp.execSync });\no.g("b");\nObject.defineProperty(o, "h", { get() { return cp.spawnSync; } });\no.h("c");\n', [[SHELL, "o.f"], [SHELL, "o.g"], [SHELL, "o.h"]]],
    ["a property defined with a value not watched, or another property read, is not; one under a computed name escapes the model: reported where it is handed over", "a.js", 'const cp = require("child_process");\nconst o = {};\nObject.defineProperty(o, "f", { value: print, enumerable: cp.execSync });\no.f("a");\nObject.defineProperty(o, name, { value: cp.execSync });\no.x("b");\nObject.defineProperty(o, "g", { set: () => cp.execSync });\no.g("c");\n', [[SHELL, "cp.execSync", 1]]],
    ["a TypeScript namespace's exported member holding a watched value (`namespace N { export const run = cp.execSync }` … `N.run(…)`)", "a.ts", 'import * as cp from "child_process";\nnamespace N {\n  export const run = cp.execSync;\n}\nN.run("a");\nmodule M {\n  export let sh = cp.spawnSync;\n}\nM.sh("b");\n', [[SHELL, "N.run"], [SHELL, "M.sh"]]],
    ["a namespace's member not exported, or holding no watched value, is not", "a.ts", 'import * as cp from "child_process";\nnamespace N {\n  const run = cp.execSync;\n  export const other = print;\n}\nN.run("a");\nN.other("b");\n', []],
    ["a callback of a promise or array written in place carrying a watched value (`Promise.resolve(cp).then((m) => …)`, `[cp].map((m) => …)`)", "a.js", 'const cp = require("child_process");\nPromise.resolve(cp).then((m) => m.execSync("a"));\n[cp].map((m) => m.execSync("b"));\n[print, cp.execSync].forEach(function (f) { f("c"); });\n', [[SHELL, "m.execSync", 0], [SHELL, "m.execSync", 1], [SHELL, 'f("c', 0, 1]]],
    ["a promise or array held by a name at the top, then its callback (`const p = Promise.resolve(cp); p.then((m) => …)`, `const mods = [cp]; mods.forEach((m) => …)`)", "a.js", 'const cp = require("child_process");\nconst p = Promise.resolve(cp);\np.then((m) => m.execSync("a"));\nconst mods = [cp];\nmods.forEach((m) => m.execSync("b"));\n', [[SHELL, "m.execSync", 0], [SHELL, "m.execSync", 1]]],
    ["a promise or array held by a name holding no watched value, or a name's other methods, is not", "a.js", 'const cp = require("child_process");\nconst p = Promise.resolve(other);\np.then((m) => m.execSync("a"));\nconst mods = [print];\nmods.forEach((m) => m.execSync("b"));\nconst list = [cp];\nlist.reduce((m) => m.execSync("c"));\nfunction f(mods) { mods.forEach((m) => m.execSync("d")); }\n', []],
    ["a module's members reached by enumeration: `Object.values(cp)[i]`, a `for … of` over them, `Object.entries(cp)`'s `[1]`, `Reflect.get`, a property descriptor's `.value`", "a.js", 'const cp = require("child_process");\nObject.values(cp)[i]("a");\nfor (const f of Object.values(cp)) f("b");\nObject.entries(cp).find(([k]) => k === "execSync")[1]("c");\nfor (const [k, g] of Object.entries(cp)) g("d");\nObject.values(cp).forEach((h) => h("e"));\nReflect.get(cp, "execSync")("f");\nObject.getOwnPropertyDescriptor(cp, "execSync").value("g");\n', [[SHELL, "Object.values(cp)[i]"], [SHELL, 'f("b', 0, 1], [SHELL, 'Object.entries(cp).find(([k]) => k === "execSync")[1]'], [SHELL, 'g("d', 0, 1], [SHELL, 'h("e', 0, 1], [SHELL, 'Reflect.get(cp, "execSync")'], [SHELL, 'Object.getOwnPropertyDescriptor(cp, "execSync").value']]],
    ["an entry's value destructured in a callback's parameter (`Object.entries(cp).forEach(([k, v]) => v(…))`)", "a.js", 'const cp = require("child_process");\nObject.entries(cp).forEach(([k, v]) => { if (k === "execSync") v("a"); });\nObject.entries(cp).forEach(([, run]) => run("b"));\n', [[SHELL, 'v("a', 0, 1], [SHELL, 'run("b', 0, 3]]],
    ["an entry's key, an entry of a module not watched, or a pair of plain values destructured in a callback, is not", "a.js", 'const cp = require("child_process");\nconst path = require("path");\nObject.entries(cp).forEach(([k]) => k("a"));\nObject.entries(path).forEach(([k, v]) => v("b"));\n[[1, 2]].forEach(([a, b]) => b("c"));\n', []],
    ["an enumeration of a module not watched, an entry's key, or an own `Object`, is not", "a.js", 'const cp = require("child_process");\nconst path = require("path");\nObject.values(path)[i]("a");\nfor (const f of Object.values(other)) f("b");\nObject.entries(cp).find(([k]) => k === "execSync")[0]("c");\nfor (const [k, g] of Object.entries(cp)) k("d");\nfor (const f of Object.keys(cp)) f("e");\nfunction h(Object) { Object.values(cp)[0]("f"); }\n', []],
    ["built-in containers holding a watched member: a Map made in place or held by a name (`.get(k)`), one written by `.set(k, v)`, a Set iterated, a WeakMap (an array handed to `new Set` is reported where handed over too, as a value handed to `.set` is)", "a.js", 'const cp = require("child_process");\nnew Map([["run", cp.execSync]]).get("run")("a");\nconst m = new Map([["run", cp.execSync]]);\nm.get("run")("b");\nconst m2 = new Map();\nm2.set("r", cp.spawnSync);\nm2.get("r")("c");\nfor (const f of new Set([cp.execSync])) f("d");\nconst s = new Set([cp.execSync]);\ns.forEach((g) => g("e"));\nconst w = new WeakMap([[cp, cp.execSync]]);\nw.get(cp)("f");\n', [[SHELL, 'new Map([["run", cp.execSync]]).get("run")'], [SHELL, 'm.get("run")'], [SHELL, "cp.spawnSync"], [SHELL, 'm2.get("r")'], [SHELL, "cp.execSync", 2], [SHELL, 'f("d', 0, 1], [SHELL, "cp.execSync", 3], [SHELL, 'g("e', 0, 1], [SHELL, "w.get(cp)"]]],
    // The last: a `Map` of the file's own (a parameter) is any function, and the watched function is handed to it.
    ["containers whose key read holds nothing watched, or holding nothing watched, are not; a watched function in pairs handed to a Map of the file's own is handed over", "a.js", 'const cp = require("child_process");\nnew Map([["run", cp.execSync], ["p", print]]).get("p")("a");\nconst m = new Map([["run", cp.execSync], ["p", print]]);\nm.get("p")("b");\nconst m2 = new Map();\nm2.set("r", print);\nm2.get("r")("c");\nfor (const f of new Set([print])) f("d");\nconst s = new Set([other]);\ns.forEach((g) => g("e"));\nfunction own(Map) { new Map([["run", cp.execSync]]).get("run")("f"); }\n', [[SHELL, "cp.execSync", 2]]],
    ["a callback of a promise or array carrying no watched value, or of another method, is not", "a.js", 'const cp = require("child_process");\nPromise.resolve(other).then((m) => m.execSync("a"));\n[other].map((m) => m.execSync("b"));\n[cp].reduce((m) => m.execSync("c"));\nPromise.reject(cp).catch((m) => m.execSync("d"));\n', []],
    ["destructuring with a default: the member is there", "a.js", 'const cp = require("child_process");\nconst { exec: e = null } = cp;\ne("a");\nconst { execSync = other } = require("child_process");\nexecSync("b");\n', [[SHELL, 'e("a', 0, 1], [SHELL, "execSync", 1]]],
    ["destructuring a plain object with a default is not", "a.js", 'const cp = require("child_process");\nconst { exec: e = cp.exec } = options;\ne("a");\nconst { fork = null } = {};\nfork("b");\n', []],
    ["a destructured parameter with a default shadows the name (JS and TS); a then callback's binds the member", "a.ts", 'const { exec } = require("child_process");\nfunction f({ exec = null }) { exec("a"); }\nfunction g({ run: exec = null }: O) { exec("b"); }\nexec("c");\nimport("child_process").then(({ spawn: exec = null }) => exec("d"));\n', [[SHELL, 'exec("c', 0, 4], [SHELL, 'exec("d', 0, 4]]],
    ["a destructured parameter with a default shadows the name (JS)", "a.js", 'const { exec } = require("child_process");\nfunction f({ exec = null }) { exec("a"); }\nconst g = ({ run: exec = null }) => exec("b");\n', []],
    ["destructuring a name whose slots hold watched values", "a.ts", 'import { exec } from "child_process";\nconst tools = { exec, quiet: () => 1 };\nconst { exec: e } = tools;\ne("a");\nconst { quiet } = tools;\nquiet();\n', [[SHELL, 'e("a', 0, 1]]],
    ["an instance of a class of the file reaches its this-slots: new C().run, const c = new C(), destructured", "a.ts", 'import { exec } from "child_process";\nclass Shell { run = exec; }\nnew Shell().run("a");\nconst s = new Shell();\ns.run("b");\nclass T { constructor() { this.go = exec; } }\nconst { go } = new T();\ngo("c");\n', [[SHELL, "new Shell().run"], [SHELL, "s.run"], [SHELL, 'go("c', 0, 2]]],
    ["an instance of another class, or of a class without that slot, is not", "a.ts", 'import { exec } from "child_process";\nclass A { run = exec; }\nclass B { run() { return 1; } }\nnew B().run("a");\nconst b = new B();\nb.run("b");\nconst o = new Other();\no.run("c");\n', []],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("containers held by a name (JS/TS): in a function, and handed over whole", () => {
  const cases: Case[] = [
    ["an object or array literal held by a name inside a function makes its slots there: `o.run(…)`, `o[\"run\"](…)`, destructured, `l[0](…)`, `l[i](…)`", "a.js", 'const cp = require("child_process");\nfunction f(cmd, i) {\n  const o = { run: cp.exec };\n  o.run(cmd);\n  o["run"](cmd);\n  const { run } = o;\n  run(cmd);\n  const l = [print, cp.execSync];\n  l[1](cmd);\n  l[i](cmd);\n}\n', [[SHELL, "o.run", 0], [SHELL, 'o["run"]'], [SHELL, "run(cmd);\n  const l", 0, 3], [SHELL, "l[1]"], [SHELL, "l[i]"]]],
    ["a literal of plain values in a function, a key it does not hold, a key holding a plain value, or a parameter of another function of the same name, is not", "a.js", 'const cp = require("child_process");\nfunction f(cmd) {\n  const o = { run: print };\n  o.run(cmd);\n  const p = { run: cp.exec };\n  p.other(cmd);\n  const l = [print, cp.execSync];\n  l[0](cmd);\n}\nfunction g(o, p) {\n  o.run("x");\n  p.run("y");\n}\n', []],
    ["a collection held by a name inside a function: an array's callback and `for … of`, a Map's `get`, a Set iterated (the array handed to `new Set` reported there too), a promise's `then`", "a.js", 'const cp = require("child_process");\nfunction f(k) {\n  const list = [cp];\n  list.map((m) => m.execSync("a"));\n  const fs = [print, cp.execSync];\n  for (const g of fs) g("b");\n  const m = new Map([["run", cp.execSync]]);\n  m.get("run")("c");\n  m.get(k)("d");\n  const s = new Set([cp.spawnSync]);\n  for (const h of s) h("e");\n  const p = Promise.resolve(cp);\n  p.then((q) => q.execSync("f"));\n}\n', [[SHELL, "m.execSync"], [SHELL, 'g("b', 0, 1], [SHELL, 'm.get("run")'], [SHELL, "m.get(k)"], [SHELL, "cp.spawnSync"], [SHELL, 'h("e', 0, 1], [SHELL, "q.execSync"]]],
    ["a collection in a function holding nothing watched, or a key it does not hold, is not", "a.js", 'const cp = require("child_process");\nfunction f() {\n  const list = [print];\n  list.map((m) => m.execSync("a"));\n  const m = new Map([["run", cp.execSync]]);\n  m.get("other")("c");\n  const p = Promise.resolve(other);\n  p.then((q) => q.execSync("f"));\n}\n', []],
    ["an object literal held in a slot, handed over whole (`agent.run(this.tools)`) or read by a key not fixed (`this.tools[k]`: its first watched value)", "a.js", 'const cp = require("child_process");\nclass A {\n  constructor() { this.tools = { run: cp.exec }; this.plain = { run: print }; }\n  go(k) { agent.run(this.tools); this.tools[k]("x"); agent.run(this.plain); this.plain[k]("y"); this.tools["other"]("z"); }\n}\n', [[SHELL, "this.tools);", 0, 10], [SHELL, 'this.tools[k]']]],
    ["a name destructured from a value the scan does not follow is a local hiding the global (`const { fetch } = env`), also when an array holding it is read", "a.js", 'function f(env, i) {\n  const { fetch, Request } = env;\n  fetch(u);\n  const [WebSocket] = env;\n  new WebSocket(u);\n  const seeds = [Request, fetch];\n  seeds[i](u);\n  map.get(seeds);\n}\n', []],
    ["a container held by a name and handed over whole is reported where it is handed over: an object, an array, in a function, a Map", "a.js", 'const cp = require("child_process");\nconst opts = { fetch };\nsetup(opts);\nconst tools = [cp.exec];\nagent.run(tools);\nfunction f() {\n  const o = { spawn: cp.spawn };\n  go(o);\n}\nconst m = new Map([["run", cp.execSync]]);\nregister(m);\n', [[NET, "opts", 1], [SHELL, "tools", 1], [SHELL, "o);", 0, 1], [SHELL, "m);", 0, 1]]],
    ["a container of plain values or of a module whole, or one handed to an inspector or to a store the model follows (`Object.freeze`), is not", "a.js", 'const cp = require("child_process");\nconst frozen = { run: cp.exec };\nObject.freeze(frozen);\nconst opts = { fetch: myFetch };\nsetup(opts);\nconst mods = [cp];\nagent.run(mods);\nconst tools = [cp.exec];\nconsole.log(tools);\nfunction f() {\n  const o = { spawn: print };\n  go(o);\n}\n', []],
    ["a watched function stored in a Map under a key the file does not fix is reported where it is handed to `.set` (in a function too), and where a `get` under any key reads it", "a.js", 'const cp = require("child_process");\nconst m = new Map();\nm.set(k, cp.execSync);\nm.get(k2)("x");\nfunction g(k) {\n  const n = new Map();\n  n.set(k, cp.spawnSync);\n}\n', [[SHELL, "cp.execSync"], [SHELL, "m.get(k2)"], [SHELL, "cp.spawnSync"]]],
  ];
  test.each(cases)("%s", async (...c) => check(c));
});

describe("resolution paths in messages and properties (scan/shell-command, scan/model-sdk)", () => {
  test("a tracked value names each step, newest first", async () => {
    const text = "import subprocess\nrun = subprocess.run\nx = run\nx(['ls'])\n";
    const [f] = await scanSource("a.py", text, { config: scanConfig() });
    expect(f!.message).toBe("`x` (subprocess.run) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit. Resolved through line 3 `x = run` ← line 2 `run = subprocess.run` ← line 1 `import subprocess`.");
    expect(f!.properties!.resolution).toEqual([
      { line: 3, column: 1, endLine: 3, endColumn: 8, text: "x = run" },
      { line: 2, column: 1, endLine: 2, endColumn: 21, text: "run = subprocess.run" },
      { line: 1, column: 1, endLine: 1, endColumn: 18, text: "import subprocess" },
    ]);
  });
  test("a loop variable names its loop's header, an unpacked name its assignment, a container slot its entry", async () => {
    const text = "import subprocess\nfor fn in (subprocess.run,\n           subprocess.call):\n    fn(['ls'])\nx, y = subprocess.run, 1\nx('a')\nd = {\n    'r': subprocess.run,\n}\nd['r']('b')\n";
    const findings = await scanSource("a.py", text, { config: scanConfig() });
    expect(findings.map((f) => f.message.replace(/^.*Resolved through /, ""))).toEqual([
      "line 2 `for fn in (subprocess.run,` ← line 1 `import subprocess`.",
      "line 5 `x, y = subprocess.run, 1` ← line 1 `import subprocess`.",
      "line 8 `'r': subprocess.run` ← line 1 `import subprocess`.",
    ]);
    expect(findings[0]!.properties!.resolution).toEqual([
      { line: 2, column: 1, endLine: 3, endColumn: 28, text: "for fn in (subprocess.run," },
      { line: 1, column: 1, endLine: 1, endColumn: 18, text: "import subprocess" },
    ]);
  });
  test("a container read by a computed key names the container's definition", async () => {
    const text = "import http.client\nclass HTTPConnectionWithTimeout(http.client.HTTPConnection): pass\nSCHEME_TO_CONNECTION = {'http': HTTPConnectionWithTimeout, 'https': http.client.HTTPSConnection}\ndef request(scheme, authority):\n    connection_type = SCHEME_TO_CONNECTION[scheme]\n    return connection_type(authority)\n";
    const [f] = await scanSource("a.py", text, { config: scanConfig() });
    expect(f!.message).toMatch(/^`connection_type` \(http\.client\.HTTPConnection\) .* Resolved through line 5 `connection_type = SCHEME_TO_CONNECTION\[scheme\]` ← line 3 `SCHEME_TO_CONNECTION = \{'http': HTTPConnectionWithTimeout, 'https': http\.client…` ← line 2 `class HTTPConnectionWithTimeout\(http\.client\.HTTPConnection\): pass` ← line 1 `import http\.client`\.$/);
  });
  test("an instance of a class of the file names the instance, the class and the slot", async () => {
    const text = "import subprocess\nclass Runner:\n    def __init__(self):\n        self.run = subprocess.run\nr = Runner()\nr.run(['ls'])\n";
    const [f] = await scanSource("a.py", text, { config: scanConfig() });
    expect(f!.message).toMatch(/Resolved through line 5 `r = Runner\(\)` ← line 2 `class Runner` ← line 4 `self.run = subprocess.run` ← line 1 `import subprocess`\.$/);
  });
  test("a value passed on says who will call it", async () => {
    const [f] = await scanSource("a.ts", "caller.call(fetch, url);\n", { config: scanConfig() });
    expect(f!.message).toBe("`fetch` makes a network call directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit. It is passed as a value to `caller.call`, which will call it.");
  });
  test("a direct call keeps the plain message", async () => {
    const [f] = await scanSource("a.ts", 'import OpenAI from "openai";\nnew OpenAI();\n', { config: scanConfig() });
    expect(f!.message).toBe("`new OpenAI` (openai) calls a model provider directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.");
  });
});
