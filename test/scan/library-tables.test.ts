import { describe, expect, it } from "vitest";
import { at, atStart, found } from "./helpers";

/** Each entry the red team's fourth round found missing from the table (report sections 6 and 7): the crossing, and a look-alike that is none. */
describe("third-party Python libraries starting processes (red team 4, section 6)", () => {
  it("scan/shell-command: GitPython's Git object and a repository's run any method as git (p121 p145); its configuration is clean", async () => {
    const text = `import git\nfrom git import Repo\ngit.cmd.Git(".").execute(["touch", "/tmp/x"])\nr = git.Repo.init("/tmp/r")\nr.git.execute(["touch", "/tmp/x"])\nRepo(".").git.status()\ng = git.Git()\ng.log("-1")\n`;
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, "git.cmd.Git(\".\").execute")}`, `scan/shell-command ${at(text, "r.git.execute")}`, `scan/shell-command ${at(text, "Repo(\".\").git.status")}`, `scan/shell-command ${at(text, "g.log")}`]);
    const clean = `import git\nfrom git import Repo\ng = git.Git(".")\ng.update_environment(GIT_SSH_COMMAND="ssh")\ng.set_persistent_git_options(c="x")\nr = Repo(".")\nr.working_dir\nprint(r.git.working_dir)\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("scan/network-call: GitPython's clone of a URL (p143); a repository opened is clean", async () => {
    const text = `import git\ngit.Repo.clone_from("http://x.example/r.git", "/tmp/c")\n`;
    expect(await found("a.py", text)).toEqual([`scan/network-call ${at(text, "git.Repo.clone_from")}`]);
    expect(await found("b.py", `import git\nr = git.Repo("/tmp/c")\nr.head.commit\n`)).toEqual([]);
  });

  it("scan/shell-command: plumbum's local programs by key, by attribute, imported, given arguments by key (p124 p148); its path, environment and lookups are clean", async () => {
    const text = `from plumbum import local\nfrom plumbum.cmd import touch\nlocal["touch"]("/tmp/x")\nls = local["ls"]\nls("-l")\nlocal.cmd.touch("/tmp/x")\ntouch("/tmp/x")\nlocal["grep"]["-r", pat]()\n`;
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, "local[\"touch\"]")}`, `scan/shell-command ${at(text, "ls", 2)}`, `scan/shell-command ${at(text, "local.cmd.touch")}`, `scan/shell-command ${at(text, "touch", 3)}`, `scan/shell-command ${at(text, 'local["grep"]["-r", pat]')}`]);
    const clean = `from plumbum import local\np = local.path("/tmp")\nlocal.env.get("HOME")\nlocal.which("ls")\nlocal.cwd.chdir("/tmp")\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("scan/shell-command: GLib's and Gio's spawn (p134 p135); GLib's main loop and Gio's files are clean", async () => {
    const text = `from gi.repository import GLib, Gio\nGLib.spawn_command_line_sync("touch /tmp/x")\nGio.Subprocess.new(["touch", "/tmp/x"], Gio.SubprocessFlags.NONE)\n`;
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, "GLib.spawn_command_line_sync")}`, `scan/shell-command ${at(text, "Gio.Subprocess.new")}`]);
    expect(await found("b.py", `from gi.repository import GLib, Gio\nGLib.MainLoop().run()\nGio.File.new_for_path("/tmp/x")\nGLib.idle_add(f)\n`)).toEqual([]);
  });

  it("scan/shell-command: tornado's Subprocess, pre-commit's cmd_output, nodeenv's callit (p306 p195 p201); their other helpers are clean", async () => {
    const text = `from tornado.process import Subprocess\nfrom pre_commit.util import cmd_output\nimport nodeenv\nSubprocess(["touch", "/tmp/x"])\ncmd_output("touch", "/tmp/x")\nnodeenv.callit(["touch", "/tmp/x"], show_stdout=False)\n`;
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, "Subprocess", 1)}`, `scan/shell-command ${at(text, "cmd_output", 1)}`, `scan/shell-command ${at(text, "nodeenv.callit")}`]);
    const clean = `from tornado.process import cpu_count, task_id\nfrom pre_commit.util import make_executable\nimport nodeenv\ncpu_count()\nmake_executable("x")\nnodeenv.parse_version("1.2")\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });
});

describe("third-party Python libraries making requests (red team 4, section 6)", () => {
  it("scan/network-call: tornado's HTTP and TCP clients and websocket (p132 p150 p307); an HTTPRequest made is clean", async () => {
    const text = `from tornado.httpclient import HTTPClient, AsyncHTTPClient\nfrom tornado.tcpclient import TCPClient\nfrom tornado.websocket import websocket_connect\nHTTPClient().fetch(u)\nasync def m():\n    await AsyncHTTPClient().fetch(u)\n    await TCPClient().connect("h", 80)\n    await websocket_connect("ws://x.example")\n`;
    expect(await found("a.py", text)).toEqual([`scan/network-call ${at(text, "HTTPClient().fetch")}`, `scan/network-call ${at(text, "AsyncHTTPClient().fetch")}`, `scan/network-call ${at(text, "TCPClient().connect")}`, `scan/network-call ${at(text, "websocket_connect", 1)}`]);
    expect(await found("b.py", `from tornado.httpclient import HTTPRequest, HTTPClient\nreq = HTTPRequest("http://x.example")\nc = HTTPClient()\nc.close()\n`)).toEqual([]);
  });

  it("scan/network-call: httplib2's request, httpcore's (module and pool), httpx's transport sending (p127 p191 p192 p140); made alone they are clean", async () => {
    const text = `import httplib2, httpcore, httpx\nhttplib2.Http().request(u)\nhttpcore.request("GET", u)\nwith httpcore.ConnectionPool() as p:\n    p.request("GET", u)\nt = httpx.HTTPTransport()\nt.handle_request(httpx.Request("GET", u))\n`;
    expect(await found("a.py", text)).toEqual([`scan/network-call ${at(text, "httplib2.Http().request")}`, `scan/network-call ${at(text, "httpcore.request")}`, `scan/network-call ${at(text, "p.request")}`, `scan/network-call ${at(text, "t.handle_request")}`]);
    const clean = `import httplib2, httpcore, httpx\nh = httplib2.Http(".cache")\nh.add_credentials("u", "p")\npool = httpcore.ConnectionPool(max_connections=2)\nt = httpx.HTTPTransport(retries=2)\nreq = httpx.Request("GET", "http://x.example")\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("scan/network-call: requests' alias of urllib3 (p138); its Retry and exceptions are clean", async () => {
    const text = `from requests.packages import urllib3\nurllib3.PoolManager().request("GET", u)\n`;
    expect(await found("a.py", text)).toEqual([`scan/network-call ${at(text, "urllib3.PoolManager")}`]);
    expect(await found("b.py", `from requests.packages import urllib3\nurllib3.disable_warnings()\nr = urllib3.Retry(3)\n`)).toEqual([]);
  });

  it("scan/network-call: PyJWT's JWKS client, pip's session, distlib's locators, Shodan, pynvim over TCP (p221 p222 p223 p137 p198); jwt.decode and local locators are clean", async () => {
    const text = `import jwt, shodan, pynvim\nfrom pip._internal.network.session import PipSession\nfrom distlib.locators import SimpleScrapingLocator\njwt.PyJWKClient(u).get_signing_key_from_jwt(t)\nPipSession().get(u)\nSimpleScrapingLocator(u).get_project("x")\napi = shodan.Shodan(k)\npynvim.attach("tcp", address="h", port=1)\n`;
    expect(await found("a.py", text)).toEqual([`scan/network-call ${at(text, "jwt.PyJWKClient(u).get_signing_key_from_jwt")}`, `scan/network-call ${at(text, "PipSession", 1)}`, `scan/network-call ${at(text, "SimpleScrapingLocator(u).get_project")}`, `scan/network-call ${at(text, "shodan.Shodan")}`, `scan/network-call ${at(text, "pynvim.attach")}`]);
    const clean = `import jwt\nfrom distlib.locators import DirectoryLocator\njwt.decode(t, key, algorithms=["RS256"])\nc = jwt.PyJWKClient(u)\nDirectoryLocator("/tmp/d").get_project("x")\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });
});

describe("third-party Python libraries running code (red team 4, section 6)", () => {
  it("scan/shell-command: a tornado template's Python is read (p129); scan/dynamic-code: one not constant; a template of names and loops is clean", async () => {
    const text = `from tornado.template import Template\nTemplate("{{ __import__('os').system('id') }}").generate()\nTemplate("{% import os %}{% set r = os.system('id') %}")\nTemplate(source).generate()\n`;
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, "Template", 1)}`, `scan/shell-command ${at(text, "Template", 2)}`, `scan/dynamic-code ${at(text, "Template", 3)}`]);
    const clean = `from tornado.template import Template\nTemplate("<p>{{ name }}</p>{% for x in items %}{{ x.title }}{% end %}{% if ok %}y{% else %}n{% end %}").generate(name=n, items=xs, ok=1)\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("scan/shell-command: a Mako template's `<% %>` block, `${}` expression and `% if` line are read; scan/dynamic-code: a `<%namespace>` tag, one not constant; substitutions, loops and filters are clean", async () => {
    const text = 'from mako.template import Template\nTemplate("<% import os; os.system(\\"a\\") %>").render()\nTemplate("${__import__(\\"os\\").popen(\\"b\\").read()}").render()\nTemplate("% if __import__(\\"os\\").system(\\"c\\"):\\nx\\n% endif\\n").render()\nTemplate("<%namespace module=\\"os\\" import=\\"system\\"/>${system(\\"d\\")}").render()\nTemplate(source).render()\n';
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, "Template", 1)}`, `scan/shell-command ${at(text, "Template", 2)}`, `scan/shell-command ${at(text, "Template", 3)}`, `scan/dynamic-code ${at(text, "Template", 4)}`, `scan/dynamic-code ${at(text, "Template", 5)}`]);
    const clean = 'from mako.template import Template\nTemplate("Hello ${name | h}!\\n% for x in items:\\n  ${x.title}\\n% endfor\\n<%text>${raw}</%text>100%% sure").render(name=n, items=xs)\n';
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("scan/dynamic-code: pygments' lexer and formatter loaded from a file, distutils' run_setup (p203 p204 p142); pygments' named lexers are clean", async () => {
    const text = `from pygments.lexers import load_lexer_from_file\nfrom pygments.formatters import load_formatter_from_file\nfrom distutils.core import run_setup\nload_lexer_from_file("assets/lex.txt", "L")\nload_formatter_from_file("assets/fmt.txt", "F")\nrun_setup("tools/build.txt", stop_after="init")\n`;
    expect(await found("a.py", text)).toEqual([`scan/dynamic-code ${at(text, "load_lexer_from_file", 1)}`, `scan/dynamic-code ${at(text, "load_formatter_from_file", 1)}`, `scan/dynamic-code ${at(text, "run_setup", 1)}`]);
    expect(await found("b.py", `from pygments.lexers import get_lexer_by_name\nfrom pygments.formatters import HtmlFormatter\nget_lexer_by_name("python")\nHtmlFormatter()\n`)).toEqual([]);
  });

  it("scan/shell-command: uvicorn's import_from_string of a constant name is that member (p205); scan/dynamic-code: another name; an app's name is clean", async () => {
    const text = `from uvicorn.importer import import_from_string\nimport_from_string("os:system")("id")\nimport_from_string(name)\n`;
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, "import_from_string(\"os:system\")")}`, `scan/dynamic-code ${at(text, "import_from_string", 2)}`]);
    expect(await found("b.py", `from uvicorn.importer import import_from_string\napp = import_from_string("myapp.main:app")\n`)).toEqual([]);
  });
});

describe("third-party JavaScript libraries making requests (red team 4, section 7)", () => {
  it("scan/network-call: playwright's API request context's requests (p161); the context made and disposed is clean", async () => {
    const text = `const { request } = require("playwright-core");\n(async () => {\n  const r = await request.newContext();\n  await r.get("http://x.example");\n  await r.post(u, { data: 1 });\n})();\n`;
    expect(await found("a.js", text)).toEqual([`scan/network-call ${at(text, "r.get")}`, `scan/network-call ${at(text, "r.post")}`]);
    expect(await found("b.js", `const { request } = require("playwright-core");\n(async () => {\n  const r = await request.newContext({ baseURL: u });\n  await r.dispose();\n})();\n`)).toEqual([]);
  });

  it("scan/network-call: azure-devops-node-api's WebApi made (p329); its auth handlers alone are clean", async () => {
    const text = `const azdev = require("azure-devops-node-api");\nconst c = new azdev.WebApi(u, azdev.getBasicHandler("u", "p"));\nc.connect();\n`;
    expect(await found("a.js", text)).toEqual([`scan/network-call ${at(text, "azdev.WebApi")}`]);
    expect(await found("b.js", `const azdev = require("azure-devops-node-api");\nconst h = azdev.getPersonalAccessTokenHandler(token);\n`)).toEqual([]);
  });
});

/** An MCP client's transports: an agent starting an MCP server's command, or connecting to one, outside the gateway. */
/** Where `new X` reports: the constructor's name, after `new `. */
const made = (text: string, needle: string) => at(text, needle).replace(/^(\d+):(\d+)/, (_, line: string, column: string) => `${line}:${Number(column) + "new ".length}`);

describe("MCP clients' transports (the MCP SDKs, the OpenAI Agents SDK's MCP servers)", () => {
  it("scan/shell-command, scan/network-call: TypeScript's stdio, Streamable HTTP, SSE and WebSocket transports made (by path with or without `.js`, and the split package's); the client, its requests and the server's own transports are clean", async () => {
    const text = `import { Client } from "@modelcontextprotocol/sdk/client/index.js";\nimport { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";\nimport { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp";\nimport { SSEClientTransport } from "@modelcontextprotocol/client";\nimport { WebSocketClientTransport } from "@modelcontextprotocol/sdk/client/websocket.js";\nimport * as split from "@modelcontextprotocol/client/stdio";\nconst client = new Client({ name: "agent", version: "1.0.0" });\nawait client.connect(new StdioClientTransport({ command: "npx", args: ["-y", "server"] }));\nawait client.connect(new StreamableHTTPClientTransport(new URL(url)));\nawait client.connect(new SSEClientTransport(new URL(url)));\nawait client.connect(new WebSocketClientTransport(new URL(url)));\nawait client.connect(new split.StdioClientTransport({ command: "uvx", args: ["server"] }));\nawait client.callTool({ name: "run", arguments: {} });\n`;
    expect(await found("a.mts", text)).toEqual([
      `scan/shell-command ${made(text, "new StdioClientTransport")}`,
      `scan/network-call ${made(text, "new StreamableHTTPClientTransport")}`,
      `scan/network-call ${made(text, "new SSEClientTransport")}`,
      `scan/network-call ${made(text, "new WebSocketClientTransport")}`,
      `scan/shell-command ${made(text, "new split.StdioClientTransport")}`,
    ]);
    const clean = `import { Client } from "@modelcontextprotocol/sdk/client/index.js";\nimport { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nimport { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";\nimport { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";\nconst server = new McpServer({ name: "tools", version: "1.0.0" });\nawait server.connect(new StdioServerTransport());\nconst [a, b] = InMemoryTransport.createLinkedPair();\nawait new Client({ name: "t", version: "1" }).connect(a);\n`;
    expect(await found("b.mts", clean)).toEqual([]);
  });

  it("scan/shell-command, scan/network-call: Python's `stdio_client` (from `mcp` and `mcp.client.stdio`), `sse_client`, `streamablehttp_client`, `streamable_http_client`, `websocket_client`; the session, the parameters and a server are clean", async () => {
    const text = `import mcp\nfrom mcp.client.stdio import stdio_client\nfrom mcp.client.sse import sse_client\nfrom mcp.client.streamable_http import streamablehttp_client, streamable_http_client\nfrom mcp.client.websocket import websocket_client\n\nasync def main(params, url):\n    async with mcp.stdio_client(params) as (r, w):\n        pass\n    async with stdio_client(params) as (r, w):\n        pass\n    async with sse_client(url) as (r, w):\n        pass\n    async with streamablehttp_client(url) as (r, w, _):\n        pass\n    async with streamable_http_client(url) as (r, w, _):\n        pass\n    async with websocket_client(url) as (r, w):\n        pass\n`;
    expect(await found("a.py", text)).toEqual([
      `scan/shell-command ${at(text, "mcp.stdio_client")}`,
      `scan/shell-command ${at(text, "stdio_client", 2)}`,
      `scan/network-call ${at(text, "sse_client", 1)}`,
      `scan/network-call ${at(text, "streamablehttp_client", 1)}`,
      `scan/network-call ${at(text, "streamable_http_client", 1)}`,
      `scan/network-call ${at(text, "websocket_client", 1)}`,
    ]);
    const clean = `from mcp import ClientSession, StdioServerParameters\nfrom mcp.server.fastmcp import FastMCP\n\nparams = StdioServerParameters(command="npx", args=["-y", "server"])\nserver = FastMCP("tools")\n\nasync def use(read, write):\n    async with ClientSession(read, write) as session:\n        await session.initialize()\n        await session.call_tool("run", {})\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("scan/shell-command, scan/network-call: the OpenAI Agents SDK's MCP servers (TypeScript and Python); its agents and tools are clean", async () => {
    const ts = `import { Agent, MCPServerStdio, MCPServerStreamableHttp, MCPServerSSE, tool } from "@openai/agents";\nconst local = new MCPServerStdio({ fullCommand: "npx -y server" });\nconst remote = new MCPServerStreamableHttp({ url });\nconst sse = new MCPServerSSE({ url });\nconst agent = new Agent({ name: "a", mcpServers: [local, remote, sse] });\n`;
    expect(await found("a.ts", ts)).toEqual([`scan/shell-command ${made(ts, "new MCPServerStdio")}`, `scan/network-call ${made(ts, "new MCPServerStreamableHttp")}`, `scan/network-call ${made(ts, "new MCPServerSSE")}`]);
    const py = `from agents.mcp import MCPServerStdio, MCPServerSse, MCPServerStreamableHttp\n\nasync def main(url):\n    async with MCPServerStdio(params={"command": "npx", "args": ["-y", "server"]}) as local:\n        pass\n    async with MCPServerStreamableHttp(params={"url": url}) as remote:\n        pass\n    async with MCPServerSse(params={"url": url}) as sse:\n        pass\n`;
    expect(await found("a.py", py)).toEqual([`scan/shell-command ${at(py, "MCPServerStdio", 1)}`, `scan/network-call ${at(py, "MCPServerStreamableHttp", 1)}`, `scan/network-call ${at(py, "MCPServerSse", 1)}`]);
    expect(await found("b.ts", `import { Agent, tool } from "@openai/agents";\nconst agent = new Agent({ name: "a", tools: [] });\n`)).toEqual([]);
  });
});

/** Service SDKs agent tools are built on (LangChain's community tools: Google's APIs, Discord, Slack, AWS, DuckDuckGo). */
describe("service SDKs agent tools call (scan/network-call)", () => {
  it("TypeScript: googleapis' service clients, discord.js, Slack's WebClient, twilio, an AWS SDK v3 service client, duck-duck-scrape, Stripe; their configuration, intents and commands are clean", async () => {
    const text = `import { google } from "googleapis";\nimport { Client, GatewayIntentBits } from "discord.js";\nimport { WebClient } from "@slack/web-api";\nimport twilio from "twilio";\nimport { LambdaClient, InvokeCommand } from "@aws-sdk/client-lambda";\nimport { search } from "duck-duck-scrape";\nimport Stripe from "stripe";\ngoogle.options({ auth: null });\nconst calendar = google.calendar({ version: "v3", auth });\nconst discord = new Client({ intents: [GatewayIntentBits.Guilds] });\nconst slack = new WebClient(token);\nconst sms = twilio(sid, secret);\nconst lambda = new LambdaClient({ region: "us-east-1" });\nconst command = new InvokeCommand({ FunctionName: "f" });\nawait search("flowgate");\nconst stripe = new Stripe(key);\n`;
    expect(await found("a.mts", text)).toEqual([
      `scan/network-call ${at(text, "google.calendar")}`,
      `scan/network-call ${made(text, "new Client")}`,
      `scan/network-call ${made(text, "new WebClient")}`,
      `scan/network-call ${at(text, "twilio", 2)}`,
      `scan/network-call ${made(text, "new LambdaClient")}`,
      `scan/network-call ${at(text, "search", 1)}`,
      `scan/network-call ${made(text, "new Stripe")}`,
    ]);
  });

  it("Python: Google's API discovery, slack_sdk, discord.py, Twilio, tweepy, Notion, Stripe's resources; the API key set, intents and Stripe's errors are clean", async () => {
    const text = `import stripe\nimport discord\nimport tweepy\nfrom googleapiclient.discovery import build\nfrom slack_sdk import WebClient\nfrom twilio.rest import Client\nfrom notion_client import Client as Notion\n\nservice = build("calendar", "v3", credentials=creds)\nslack = WebClient(token=token)\nbot = discord.Client(intents=discord.Intents.default())\nsms = Client(sid, secret)\nx = tweepy.Client(bearer_token=t)\nnotion = Notion(auth=k)\nstripe.api_key = key\nstripe.Customer.create(email="a@b.example")\ntry:\n    pass\nexcept stripe.error.CardError:\n    pass\n`;
    expect(await found("a.py", text)).toEqual([
      `scan/network-call ${at(text, "build", 1)}`,
      `scan/network-call ${at(text, "WebClient", 1)}`,
      `scan/network-call ${at(text, "discord.Client")}`,
      `scan/network-call ${at(text, "Client", 5)}`,
      `scan/network-call ${at(text, "tweepy.Client")}`,
      `scan/network-call ${at(text, "Notion", 1)}`,
      `scan/network-call ${at(text, "stripe.Customer.create")}`,
    ]);
  });
});

/** Libraries an audit of unlabelled packages (twisted, scrapy, ansible-runner, isomorphic-git, node-ssh, e2b, openapi-fetch, the agent SDKs) found missing from the table. */
describe("libraries that start processes or open connections for their caller (an audit of unlabelled packages)", () => {
  it("Python: twisted's reactor, process helpers, client endpoints, ClientCreator and web Agent (scrapy's own downloads); its timers, servers and endpoints made are clean", async () => {
    const text = `from twisted.internet import reactor, utils\nfrom twisted.internet.endpoints import TCP4ClientEndpoint, HostnameEndpoint, ProcessEndpoint, clientFromString, connectProtocol\nfrom twisted.internet.protocol import ClientCreator\nfrom twisted.web.client import Agent\nreactor.spawnProcess(pp, "/bin/sh", ["sh", "-c", cmd])\nutils.getProcessOutput("/bin/ls")\nreactor.connectTCP(host, 80, factory)\nreactor.connectSSL(host, 443, factory, ctx)\nTCP4ClientEndpoint(reactor, host, 80).connect(factory)\nep = HostnameEndpoint(reactor, host, 80)\nep.connect(factory)\nProcessEndpoint(reactor, "/bin/sh", ["sh"]).connect(factory)\nclientFromString(reactor, "tcp:host=h:port=80").connect(factory)\nconnectProtocol(ep, proto)\nClientCreator(reactor, P).connectTCP(host, 21)\nAgent(reactor).request(b"GET", url)\n`;
    expect(await found("a.py", text)).toEqual([
      `scan/shell-command ${at(text, "reactor.spawnProcess")}`,
      `scan/shell-command ${at(text, "utils.getProcessOutput")}`,
      `scan/network-call ${at(text, "reactor.connectTCP")}`,
      `scan/network-call ${at(text, "reactor.connectSSL")}`,
      `scan/network-call ${at(text, "TCP4ClientEndpoint(reactor, host, 80).connect")}`,
      `scan/network-call ${at(text, "ep.connect")}`,
      `scan/shell-command ${at(text, 'ProcessEndpoint(reactor, "/bin/sh", ["sh"]).connect')}`,
      `scan/network-call ${at(text, 'clientFromString(reactor, "tcp:host=h:port=80").connect')}`,
      `scan/network-call ${at(text, "connectProtocol", 1)}`,
      `scan/network-call ${at(text, "ClientCreator(reactor, P).connectTCP")}`,
      `scan/network-call ${at(text, "Agent(reactor).request")}`,
    ]);
    const clean = `from twisted.internet import reactor, task\nfrom twisted.internet.endpoints import TCP4ServerEndpoint, TCP4ClientEndpoint\nfrom twisted.web.client import Agent, readBody\nreactor.callLater(1, f)\nreactor.listenTCP(8080, factory)\nTCP4ServerEndpoint(reactor, 8080).listen(factory)\nep = TCP4ClientEndpoint(reactor, host, 80)\nagent = Agent(reactor)\ntask.deferLater(reactor, 1, f)\nreactor.run()\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("Python: ansible-runner's runs, websockets' Unix-socket and legacy connects, the Claude Agent SDK's query and client, E2B's sandboxes; their configuration and in-process tools are clean", async () => {
    const text = `import ansible_runner\nimport websockets\nfrom ansible_runner import get_inventory\nfrom websockets.legacy.client import connect\nfrom claude_agent_sdk import query, ClaudeSDKClient\nfrom e2b_code_interpreter import Sandbox\nansible_runner.run(private_data_dir="/tmp/d", playbook="site.yml")\nansible_runner.run_command(executable_cmd="ansible-playbook", cmdline_args=["site.yml"])\nget_inventory("list", ["hosts"])\n\nasync def main(url, options):\n    await websockets.unix_connect("/run/app.sock")\n    await connect(url)\n    async for m in query(prompt="x", options=options):\n        print(m)\n    async with ClaudeSDKClient(options=options) as c:\n        await c.query("y")\n    sbx = Sandbox.create()\n    sbx.run_code("print(1)")\n`;
    expect(await found("a.py", text)).toEqual([
      `scan/shell-command ${atStart(text, "ansible_runner.run(", "ansible_runner.run")}`,
      `scan/shell-command ${at(text, "ansible_runner.run_command")}`,
      `scan/shell-command ${at(text, "get_inventory", 1)}`,
      `scan/network-call ${at(text, "websockets.unix_connect")}`,
      `scan/network-call ${atStart(text, "connect(url)", "connect")}`,
      `scan/model-sdk ${at(text, "query", 1)}`,
      `scan/model-sdk ${at(text, "ClaudeSDKClient", 1)}`,
      `scan/network-call ${at(text, "Sandbox.create")}`,
    ]);
    const clean = `from ansible_runner import RunnerConfig, AnsibleRunnerException\nfrom claude_agent_sdk import ClaudeAgentOptions, create_sdk_mcp_server, tool\nimport websockets\noptions = ClaudeAgentOptions(max_turns=1)\nserver = create_sdk_mcp_server(name="t", tools=[])\ntry:\n    pass\nexcept websockets.ConnectionClosed:\n    pass\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("Python: the Kubernetes client's API objects, by the package or its submodule, and a client made from a kubeconfig; its configuration loaded and its models are clean", async () => {
    const text = `import kubernetes\nfrom kubernetes import client, config\nfrom kubernetes.client import AppsV1Api\nconfig.load_kube_config()\nv1 = client.CoreV1Api()\nv1.list_pod_for_all_namespaces()\napps = AppsV1Api(client.ApiClient())\ncustom = kubernetes.client.CustomObjectsApi()\napi = config.new_client_from_config(context="dev")\n`;
    expect(await found("a.py", text)).toEqual([
      `scan/network-call ${at(text, "client.CoreV1Api")}`,
      `scan/network-call ${at(text, "AppsV1Api", 1)}`,
      `scan/network-call ${at(text, "client.ApiClient")}`,
      `scan/network-call ${at(text, "kubernetes.client.CustomObjectsApi")}`,
      `scan/network-call ${at(text, "config.new_client_from_config")}`,
    ]);
    const clean = `from kubernetes import client, config\nconfig.load_kube_config()\nc = client.Configuration()\npod = client.V1Pod(metadata=client.V1ObjectMeta(name="p"))\ntry:\n    pass\nexcept client.exceptions.ApiException:\n    pass\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("Python: google-auth's authorized session, authorized urllib3 client and authorized gRPC channel (each a requests session, urllib3 pool or gRPC channel under it); its credentials, a transport Request made and a token decoded are clean", async () => {
    const text = `import google.auth.transport.grpc\nfrom google.auth.transport.requests import AuthorizedSession\nfrom google.auth.transport.urllib3 import AuthorizedHttp\nAuthorizedSession(creds).get(url)\nhttp = AuthorizedHttp(creds)\nchannel = google.auth.transport.grpc.secure_authorized_channel(creds, request, "x.googleapis.com:443")\n`;
    expect(await found("a.py", text)).toEqual([
      `scan/network-call ${at(text, "AuthorizedSession", 1)}`,
      `scan/network-call ${at(text, "AuthorizedHttp", 1)}`,
      `scan/network-call ${at(text, "google.auth.transport.grpc.secure_authorized_channel")}`,
    ]);
    const clean = `import google.auth\nfrom google.auth import jwt\nfrom google.auth.transport.requests import Request\nfrom google.oauth2 import service_account\ncreds = service_account.Credentials.from_service_account_file("key.json")\nrequest = Request()\nclaims = jwt.decode(token, verify=False)\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("TypeScript: simple-get (isomorphic-git's requests), node-ssh, cross-fetch, openapi-fetch's client, Connect's transports, E2B's sandboxes, the Codex and Claude Agent SDKs; their types, errors and in-process tools are clean", async () => {
    const text = `import get from "simple-get";\nimport { NodeSSH } from "node-ssh";\nimport { Codex } from "@openai/codex-sdk";\nimport { query } from "@anthropic-ai/claude-agent-sdk";\nimport crossFetch from "cross-fetch";\nimport createClient from "openapi-fetch";\nimport { createConnectTransport } from "@connectrpc/connect-node";\nimport { createGrpcWebTransport } from "@connectrpc/connect-web";\nimport { Sandbox } from "@e2b/code-interpreter";\nimport * as e2b from "e2b";\nget.concat(url, (err, res, data) => {});\nget({ url, method: "POST" }, cb);\nconst ssh = new NodeSSH();\nawait ssh.connect({ host });\nconst thread = new Codex().startThread();\nfor await (const m of query({ prompt: "x" })) console.log(m);\nawait crossFetch(url);\nconst api = createClient({ baseUrl });\nconst node = createConnectTransport({ baseUrl, httpVersion: "2" });\nconst web = createGrpcWebTransport({ baseUrl });\nconst sbx = await Sandbox.create();\nawait sbx.runCode("print(1)");\nconst again = await e2b.Sandbox.connect(id);\n`;
    expect(await found("a.mts", text)).toEqual([
      `scan/network-call ${at(text, "get.concat")}`,
      `scan/network-call ${atStart(text, "get({", "get")}`,
      `scan/network-call ${made(text, "new NodeSSH")}`,
      `scan/shell-command ${made(text, "new Codex")}`,
      `scan/model-sdk ${at(text, "query", 1)}`,
      `scan/network-call ${at(text, "crossFetch", 1)}`,
      `scan/network-call ${at(text, "createClient", 1)}`,
      `scan/network-call ${at(text, "createConnectTransport", 1)}`,
      `scan/network-call ${at(text, "createGrpcWebTransport", 1)}`,
      `scan/network-call ${at(text, "Sandbox.create")}`,
      `scan/network-call ${at(text, "e2b.Sandbox.connect")}`,
    ]);
    const clean = `import { Headers } from "cross-fetch";\nimport { SSHError } from "node-ssh";\nimport { tool, createSdkMcpServer } from "@anthropic-ai/claude-agent-sdk";\nimport type { Client } from "openapi-fetch";\nconst h = new Headers();\nconst server = createSdkMcpServer({ name: "t", tools: [] });\nif (e instanceof SSHError) throw e;\n`;
    expect(await found("b.mts", clean)).toEqual([]);
  });
});
