// Issue 19: the import forms real code uses, within a file and across the project's files — namespace
// imports, multi-line import lists, destructured and namespace require, tsconfig/jsconfig `paths` and
// `baseUrl`, Python parenthesised from-imports and submodules — each found (the rule fires) and each
// look-alike left alone (the rule does not), on one thread and on worker threads.
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { aliasCandidates, aliasesOf } from "../../core/scan/aliases";
import { scanFiles } from "../../core/scan/run";
import { Scanner } from "../../core/scan/scan";
import { REPO, tempDir, scanWorkerScript } from "../helpers/cli";
import { writeProject } from "./helpers";

/** The project written, its configuration files (tsconfig.json) left out of the files scanned. */
function project(files: Record<string, string>): { root: string; files: string[] } {
  const written = writeProject(files);
  return { ...written, files: written.files.filter((f) => !f.endsWith(".json")) };
}
const brief = (f: { file: string; line: number; column: number; endLine: number; endColumn: number; rule: string }) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;
async function scan(files: Record<string, string>, workers = 1): Promise<string[]> {
  const p = project(files);
  const run = await scanFiles({ ...p, workers, ...(workers > 1 ? { workerScript: workerScript(), offThread: true } : {}) });
  return run.findings.map(brief).sort();
}
let script: string | undefined;
function workerScript(): string {
  if (script) return script;
  script = scanWorkerScript();
  return script;
}

const SHELL = { "lib/shell.ts": 'import { exec } from "child_process";\nexport { exec };\nexport const safe = (s: string) => s.trim();\n' };
const CJS = { "lib/cp.js": 'exports.exec = require("child_process").exec;\nexports.safe = (s) => s;\n' };

describe("scan/shell-command: namespace imports", () => {
  test("of a watched module: `import * as cp from \"child_process\"; cp.exec(...)` is found", async () => {
    expect(await scan({ "a.ts": 'import * as cp from "child_process";\ncp.exec("ls");\ncp.ChildProcess;\n' })).toEqual(["a.ts:2:1-2:8 scan/shell-command"]);
  });
  test("of a project file: `import * as sh from \"./lib/shell\"; sh.exec(...)` is found, `sh.safe(...)` is not", async () => {
    expect(await scan({ ...SHELL, "a.ts": 'import * as sh from "./lib/shell";\nsh.safe("x");\nsh.exec("ls");\n' })).toEqual(["a.ts:3:1-3:8 scan/shell-command"]);
  });
  test("of a project file that offers nothing watched: no finding", async () => {
    expect(await scan({ "lib/util.ts": "export const exec = (s: string) => s;\n", "a.ts": 'import * as sh from "./lib/util";\nsh.exec("ls");\n' })).toEqual([]);
  });
});

describe("scan/shell-command: multi-line import lists", () => {
  test("of a watched module", async () => {
    expect(await scan({ "a.ts": 'import {\n  spawn,\n  exec as run,\n} from "node:child_process";\nrun("ls");\n' })).toEqual(["a.ts:5:1-5:4 scan/shell-command"]);
  });
  test("of a project file: the aliased name is found, the safe one is not", async () => {
    expect(await scan({ ...SHELL, "a.ts": 'import {\n  safe,\n  // the runner\n  exec as run,\n} from "./lib/shell";\nsafe("x");\nrun("ls");\n' })).toEqual(["a.ts:7:1-7:4 scan/shell-command"]);
  });
  test("a multi-line re-export list in a barrel", async () => {
    expect(await scan({ ...SHELL, "lib/index.ts": 'export {\n  safe,\n  exec,\n} from "./shell";\n', "a.ts": 'import { exec, safe } from "./lib";\nsafe("x");\nexec("ls");\n' })).toEqual(["a.ts:3:1-3:5 scan/shell-command"]);
  });
});

describe("scan/shell-command: destructured and namespace require", () => {
  test("of a watched module: `const { exec: run } = require(\"child_process\")`", async () => {
    expect(await scan({ "a.js": 'const { exec: run, spawn } = require("child_process");\nrun("ls");\n' })).toEqual(["a.js:2:1-2:4 scan/shell-command"]);
  });
  test("of a project file's exports: the renamed name is found, the safe one is not", async () => {
    expect(await scan({ ...CJS, "a.js": 'const { exec: run, safe } = require("./lib/cp");\nsafe("x");\nrun("ls");\n' })).toEqual(["a.js:3:1-3:4 scan/shell-command"]);
  });
  test("the whole module: `const cp = require(\"./lib/cp\"); cp.exec(...)` is found, `cp.safe(...)` is not", async () => {
    expect(await scan({ ...CJS, "a.js": 'const cp = require("./lib/cp");\ncp.safe("x");\ncp.exec("ls");\n' })).toEqual(["a.js:3:1-3:8 scan/shell-command"]);
  });
  test("a module that re-exports a watched module whole: a destructured member is that module's", async () => {
    expect(await scan({ "lib/cp.js": 'module.exports = require("child_process");\n', "a.js": 'const { execSync } = require("./lib/cp");\nexecSync("ls");\n' })).toEqual(["a.js:2:1-2:9 scan/shell-command"]);
  });
  test("a parameter named like the destructured local hides it", async () => {
    expect(await scan({ ...CJS, "a.js": 'const { exec } = require("./lib/cp");\nfunction f(exec) { exec("ls"); }\n' })).toEqual([]);
  });
});

describe("scan/shell-command: tsconfig/jsconfig paths and baseUrl", () => {
  const TSCONFIG = '{\n  // comments and trailing commas, as tsc allows\n  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"], "~shell": ["src/shell.ts"], }, },\n}\n';
  const SRC = { "src/shell.ts": 'import { exec } from "child_process";\nexport { exec };\n' };
  test("`@/shell` (a paths pattern), `~shell` (an exact alias) and `src/shell` (baseUrl) are the project file", async () => {
    const files = { "tsconfig.json": TSCONFIG, ...SRC, "a.ts": 'import { exec } from "@/shell";\nimport { exec as e2 } from "~shell";\nimport { exec as e3 } from "src/shell";\nexec("ls");\ne2("ls");\ne3("ls");\n' };
    expect(await scan(files)).toEqual(["a.ts:4:1-4:5 scan/shell-command", "a.ts:5:1-5:3 scan/shell-command", "a.ts:6:1-6:3 scan/shell-command"]);
  });
  test("jsconfig.json when there is no tsconfig.json", async () => {
    const files = { "jsconfig.json": '{ "compilerOptions": { "paths": { "#lib/*": ["./src/*"] } } }', ...SRC, "a.js": 'import { exec } from "#lib/shell";\nexec("ls");\n' };
    expect(await scan(files)).toEqual(["a.js:2:1-2:5 scan/shell-command"]);
  });
  test("without a tsconfig the alias names a package: no finding", async () => {
    expect(await scan({ ...SRC, "a.ts": 'import { exec } from "@/shell";\nexec("ls");\n' })).toEqual([]);
  });
  test("an alias named like a watched module does not hide it (`paths: { child_process: [...] }`)", async () => {
    const files = { "tsconfig.json": '{ "compilerOptions": { "paths": { "child_process": ["src/fake.ts"] } } }', "src/fake.ts": "export const exec = (s: string) => s;\n", "a.ts": 'import { exec } from "child_process";\nexec("ls");\n' };
    expect(await scan(files)).toEqual(["a.ts:2:1-2:5 scan/shell-command"]);
  });
  test("aliases: longest pattern first, then baseUrl; targets outside the root are dropped", () => {
    const aliases = aliasesOf({ compilerOptions: { baseUrl: "./web", paths: { "@/*": ["src/*", "gen/*"], "@/ui/*": ["ui/*"], "x/*": ["../../etc/*"] } } })!;
    expect(aliasCandidates(aliases, "@/ui/button")).toEqual(["web/ui/button", "web/src/ui/button", "web/gen/ui/button", "web/@/ui/button"]);
    expect(aliasCandidates(aliases, "x/passwd")).toEqual(["web/x/passwd"]);
    expect(aliasesOf({ compilerOptions: { baseUrl: "../outside" } })).toBeUndefined();
    expect(aliasesOf({ compilerOptions: { paths: "nope" } })).toBeUndefined();
  });
});

describe("scan/network-call: Python parenthesised from-imports and submodules", () => {
  const COMPAT = { "pkg/__init__.py": "", "pkg/_compat.py": "import httpx\nVERSION = '1'\n" };
  test("of a watched module: `from subprocess import (\\n run,\\n)`", async () => {
    expect(await scan({ "a.py": "from subprocess import (\n    PIPE,\n    run as go,\n)\ngo(['ls'])\n" })).toEqual(["a.py:5:1-5:3 scan/shell-command"]);
  });
  test("of a project module over several lines: the aliased name is found, the constant is not", async () => {
    expect(await scan({ ...COMPAT, "pkg/use.py": "from ._compat import (\n    VERSION,\n    httpx as hx,  # the client\n)\nprint(VERSION)\nhx.get('u')\n" })).toEqual(["pkg/use.py:6:1-6:7 scan/network-call"]);
  });
  test("a submodule imported from its package: `from . import _compat; _compat.httpx.get(...)`", async () => {
    expect(await scan({ ...COMPAT, "pkg/use.py": "from . import _compat\n_compat.VERSION.upper()\n_compat.httpx.get('u')\n" })).toEqual(["pkg/use.py:3:1-3:18 scan/network-call"]);
  });
  test("a submodule that offers nothing watched: no finding", async () => {
    expect(await scan({ "pkg/__init__.py": "", "pkg/util.py": "def get(u):\n    return u\n", "pkg/use.py": "from . import util\nutil.get('u')\n" })).toEqual([]);
  });
});

describe("scan/network-call, scan/shell-command: class bases over several lines, and an object's machinery", () => {
  test("a subclass of requests.Session with its bases one a line, constructed in another file, is found there", async () => {
    const files = { "pkg/__init__.py": "", "pkg/api.py": "import requests\n\nclass APIClient(\n        requests.Session,\n        object):\n    pass\n", "pkg/client.py": "from .api import APIClient\n\nclass Client:\n    def __init__(self):\n        self.api = APIClient()\n" };
    expect(await scan(files)).toEqual(["pkg/client.py:5:20-5:29 scan/network-call"]);
  });
  test("`subprocess.Popen.__new__(subprocess.Popen)` starts nothing; `subprocess.Popen.__init__(self, cmd)` does", async () => {
    expect(await scan({ "a.py": "import subprocess\nproc = subprocess.Popen.__new__(subprocess.Popen)\nclass P(subprocess.Popen):\n    def __init__(self, cmd):\n        subprocess.Popen.__init__(self, cmd)\n" })).toEqual(["a.py:5:9-5:34 scan/shell-command"]);
  });
});

describe("scan/shell-command, scan/network-call: the cross-file forms on worker threads", () => {
  test("give what one thread gives", async () => {
    const files = { ...SHELL, ...CJS, "pkg/__init__.py": "", "pkg/_compat.py": "import httpx\n", "pkg/use.py": "from . import _compat\n_compat.httpx.get('u')\n", "a.ts": 'import * as sh from "./lib/shell";\nsh.exec("ls");\n', "b.js": 'const { exec: run } = require("./lib/cp");\nrun("ls");\n' };
    const expected = ["a.ts:2:1-2:8 scan/shell-command", "b.js:2:1-2:4 scan/shell-command", "pkg/use.py:2:1-2:18 scan/network-call"];
    expect(await scan(files, 1)).toEqual(expected);
    expect(await scan(files, 2)).toEqual(expected);
  });
});

// Issue 19, second wave: what the labelled corpus showed missing (bench/scan/labels/), and the forms the first waves left out.
describe("scan/shell-command: execa 5's variants hang off the default export (shelljs: `execa.sync(...)`)", () => {
  test("execa.sync, execa.command, execa.commandSync and execa.node are found; reading execa.sync.name is not a call", async () => {
    expect(await scan({ "a.js": 'const execa = require("execa");\nexeca.sync("ls", []);\nexeca.command("ls -l");\nexeca.commandSync("ls");\nexeca.node("x.js");\nconsole.log(execa.sync.name);\n' })).toEqual([
      "a.js:2:1-2:11 scan/shell-command",
      "a.js:3:1-3:14 scan/shell-command",
      "a.js:4:1-4:18 scan/shell-command",
      "a.js:5:1-5:11 scan/shell-command",
    ]);
  });
});

describe("scan/network-call: DNS lookups (a query leaves the sandbox: a channel for data)", () => {
  test("JavaScript: dns and dns/promises lookups, dns.promises, a Resolver made (`new dns.Resolver()`, `node:dns`); the servers set or read and constants are not", async () => {
    const text = 'const dns = require("dns");\nconst { Resolver } = require("dns/promises");\ndns.lookup("a.example", cb);\ndns.promises.resolveTxt("b.example");\nrequire("node:dns").reverse("8.8.8.8", cb);\nnew Resolver();\nnew dns.Resolver();\ndns.setServers(["1.1.1.1"]);\ndns.getServers();\ndns.ADDRCONFIG;\n';
    expect(await scan({ "a.js": text })).toEqual(["a.js:3:1-3:11 scan/network-call", "a.js:4:1-4:24 scan/network-call", "a.js:5:1-5:28 scan/network-call", "a.js:6:5-6:13 scan/network-call", "a.js:7:5-7:17 scan/network-call"]);
  });
  test("Python: an event loop's getaddrinfo and getnameinfo (also through a local), dnspython's resolve, Resolver and queries, aiodns and pycares; dnspython's names and exceptions and the loop's other members are not", async () => {
    const text = "import asyncio, aiodns, pycares\nimport dns.resolver, dns.query, dns.asyncresolver, dns.name\nasync def f(h):\n    await asyncio.get_running_loop().getaddrinfo(h, 80)\n    loop = asyncio.get_event_loop()\n    await loop.getnameinfo((h, 80))\n    await dns.asyncresolver.resolve(h)\n    loop.create_task(g())\ndns.resolver.resolve('a.example', 'TXT')\ndns.resolver.Resolver()\ndns.query.udp(q, '1.2.3.4')\naiodns.DNSResolver()\npycares.Channel()\ndns.name.from_text('x')\nraise dns.resolver.NXDOMAIN()\n";
    expect(await scan({ "a.py": text })).toEqual(["a.py:10:1-10:22 scan/network-call", "a.py:11:1-11:14 scan/network-call", "a.py:12:1-12:19 scan/network-call", "a.py:13:1-13:16 scan/network-call", "a.py:4:11-4:49 scan/network-call", "a.py:6:11-6:27 scan/network-call", "a.py:7:11-7:36 scan/network-call", "a.py:9:1-9:21 scan/network-call"]);
  });
});

describe("scan/network-call: connections below HTTP (grpc-js, ws, anyio, websocket-client)", () => {
  test("JavaScript: http2.connect, net.connect, net.createConnection and tls.connect (also compiled `(0, tls_1.connect)`); net.isIP and http2.constants are not", async () => {
    const text = 'const http2 = require("http2");\nconst net = require("net");\nconst tls_1 = require("tls");\nhttp2.connect("https://h");\nnet.connect(80, "h");\nnet.createConnection({ port: 80 });\n(0, tls_1.connect)({ socket });\nnet.isIP("1.2.3.4");\nhttp2.constants.HTTP2_HEADER_PATH;\n';
    expect(await scan({ "a.js": text })).toEqual(["a.js:4:1-4:14 scan/network-call", "a.js:5:1-5:12 scan/network-call", "a.js:6:1-6:21 scan/network-call", "a.js:7:5-7:18 scan/network-call"]);
  });
  test("JavaScript: a dgram socket's send and connect (also through a local), navigator.sendBeacon (issue 19 depth); making, binding or closing a socket and other navigator members are not", async () => {
    const text = 'const dgram = require("dgram");\ndgram.createSocket("udp4").send("x", 53, "h");\nconst s = dgram.createSocket({ type: "udp4" });\ns.connect(53, "h");\ns.bind(0);\ns.close();\nnavigator.sendBeacon("https://x", "d");\nwindow.navigator.sendBeacon("u");\nnavigator.clipboard.writeText("x");\n';
    expect(await scan({ "a.js": text })).toEqual(["a.js:2:1-2:32 scan/network-call", "a.js:4:1-4:10 scan/network-call", "a.js:7:1-7:21 scan/network-call", "a.js:8:1-8:28 scan/network-call"]);
  });
  test("Python: asyncio.open_connection and an event loop's create_connection (also through a local); create_task on the loop is not", async () => {
    const text = "import asyncio\nfrom asyncio import get_running_loop\nasync def f(h):\n    await asyncio.open_connection(h, 80)\n    await get_running_loop().create_connection(P, h, 80)\n    loop = asyncio.get_event_loop()\n    await loop.create_connection(P, h, 80)\n    loop.create_task(g())\n";
    expect(await scan({ "a.py": text })).toEqual(["a.py:4:11-4:34 scan/network-call", "a.py:5:11-5:47 scan/network-call", "a.py:7:11-7:33 scan/network-call"]);
  });
  test("Python: trio and anyio connects, a trio socket's connect, a python-socks proxy's connect; an unconnected trio socket is not", async () => {
    const text = "import trio, anyio\nfrom python_socks.sync import Proxy\nasync def f(h):\n    await trio.open_tcp_stream(h, 80)\n    await anyio.connect_tcp(h, 80)\n    s = trio.socket.socket()\n    await s.bind(('', 0))\n    await s.connect((h, 80))\n    p = Proxy.create(proxy_type=1, host='p', port=1)\n    p.connect(h, 80)\n";
    expect(await scan({ "a.py": text })).toEqual(["a.py:10:5-10:14 scan/network-call", "a.py:4:11-4:31 scan/network-call", "a.py:5:11-5:28 scan/network-call", "a.py:8:11-8:20 scan/network-call"]);
  });
});

describe("scan/shell-command: trio's older open_process names, bound in a fallback (anyio's backend)", () => {
  test("`trio_open_process = trio_lowlevel.open_process` with `from trio import open_process as trio_open_process` in the except branch, called in a function", async () => {
    const text = "try:\n    from trio import lowlevel as trio_lowlevel\nexcept ImportError:\n    from trio import hazmat as trio_lowlevel\ntry:\n    trio_open_process = trio_lowlevel.open_process\nexcept AttributeError:\n    from trio import open_process as trio_open_process\nasync def run(cmd):\n    return await trio_open_process(cmd)\nasync def spawn_task(f):\n    trio.lowlevel.spawn_system_task(f)\n";
    expect(await scan({ "a.py": text })).toEqual(["a.py:10:18-10:35 scan/shell-command"]);
  });
});

describe("scan/shell-command: ES module and TypeScript export forms across files", () => {
  test("`export * as sh from \"./shell\"` then `import { sh } from \"./lib\"; sh.exec(...)`; `sh.safe(...)` and a bare `exec` import are not", async () => {
    const files = { ...SHELL, "lib/index.ts": 'export * as sh from "./shell";\n', "a.ts": 'import { sh } from "./lib";\nsh.safe("x");\nsh.exec("ls");\n', "b.ts": 'import { exec } from "./lib";\nexec("ls");\n' };
    expect(await scan(files)).toEqual(["a.ts:3:1-3:8 scan/shell-command"]);
  });
  test("`export default exec` imported as a default and through `export { default as run } from`; a named import of it is not `exec.<name>`", async () => {
    const files = { "lib/def.ts": 'import { exec } from "child_process";\nexport default exec;\n', "lib/barrel.ts": 'export { default as run } from "./def";\n', "a.ts": 'import go from "./lib/def";\ngo("ls");\n', "b.ts": 'import { run } from "./lib/barrel";\nrun("ls");\n', "c.ts": 'import { helper } from "./lib/def";\nhelper("x");\n' };
    expect(await scan(files)).toEqual(["a.ts:2:1-2:3 scan/shell-command", "b.ts:2:1-2:4 scan/shell-command"]);
  });
  test("TypeScript `import sh = require(\"./lib/shell\")` of a project file: sh.exec is found, sh.safe is not", async () => {
    expect(await scan({ ...SHELL, "a.ts": 'import sh = require("./lib/shell");\nsh.safe("x");\nsh.exec("ls");\n' })).toEqual(["a.ts:3:1-3:8 scan/shell-command"]);
  });
  test("`module.exports = { exec: require(\"child_process\").exec, run }` offers each watched property; a data object offers nothing", async () => {
    const files = { "lib/cp.js": 'const { spawn } = require("child_process");\nconst cfg = { a: 1 };\nmodule.exports = { exec: require("child_process").exec, run: spawn, cfg };\n', "a.js": 'const { exec, run, cfg } = require("./lib/cp");\nexec("ls");\nrun("ls");\ncfg.a;\n' };
    expect(await scan(files)).toEqual(["a.js:2:1-2:5 scan/shell-command", "a.js:3:1-3:4 scan/shell-command"]);
  });
  test("a watched function kept in an object literal slot (`this.tools = { run: cp.exec, name: \"x\" }`) is found where the slot is called; the other slot is not", async () => {
    const text = 'const cp = require("child_process");\nclass A {\n  constructor() { this.tools = { run: cp.exec, name: "x" }; }\n  go() { this.tools.name.trim(); return this.tools.run("ls"); }\n}\n';
    expect(await scan({ "a.js": text })).toEqual(["a.js:4:41-4:55 scan/shell-command"]);
  });
  test("an object literal of watched values held by a name at the module's top (`const api = { run: cp.exec }`, `let t; t = { exec }`) is found where its property is called, as one held by a name inside a function is; of plain values it is not", async () => {
    const text = 'const cp = require("child_process");\nconst { exec } = cp;\nconst api = { run: cp.exec, n: 1 };\nlet t;\nt = { exec };\nconst fetch = { get: 1 };\nfunction f() { const local = { exec }; return local.exec("x"); }\napi.run("a");\nt.exec("b");\napi.n.toFixed();\nfetch("u");\n';
    expect(await scan({ "a.js": text })).toEqual(["a.js:7:47-7:57 scan/shell-command", "a.js:8:1-8:8 scan/shell-command", "a.js:9:1-9:7 scan/shell-command"]);
  });
});

describe("scan/shell-command: tsconfig `extends`", () => {
  const SRC = { "lib/shell.ts": 'import { exec } from "child_process";\nexport { exec };\n', "e.ts": 'import { exec } from "@lib/shell";\nexec("ls");\n' };
  test("paths from an extended config, relative to its baseUrl or to its own folder", async () => {
    expect(await scan({ ...SRC, "tsconfig.json": '{ "extends": "./cfg/base.json" }', "cfg/base.json": '{ "compilerOptions": { "baseUrl": "..", "paths": { "@lib/*": ["lib/*"] } } }' })).toEqual(["e.ts:2:1-2:5 scan/shell-command"]);
    expect(await scan({ ...SRC, "tsconfig.json": '{ "extends": ["./cfg/other", "./cfg/base.json"] }', "cfg/other.json": "{}", "cfg/base.json": '{ "compilerOptions": { "paths": { "@lib/*": ["../lib/*"] } } }' })).toEqual(["e.ts:2:1-2:5 scan/shell-command"]);
  });
  test("the nearer config wins; a baseUrl of the extended config's own folder names cfg/lib, not lib: no finding", async () => {
    expect(await scan({ ...SRC, "tsconfig.json": '{ "extends": "./cfg/base.json", "compilerOptions": { "paths": { "@lib/*": ["nowhere/*"] } } }', "cfg/base.json": '{ "compilerOptions": { "paths": { "@lib/*": ["../lib/*"] } } }' })).toEqual([]);
    expect(await scan({ ...SRC, "tsconfig.json": '{ "extends": "./cfg/base.json" }', "cfg/base.json": '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["lib/*"] } } }' })).toEqual([]);
  });
  test("an extends leaving the root, naming a package, or looping is not followed", async () => {
    expect(await scan({ ...SRC, "tsconfig.json": '{ "extends": "../../etc/base.json" }' })).toEqual([]);
    expect(await scan({ ...SRC, "tsconfig.json": '{ "extends": "@tsconfig/node20/tsconfig.json" }' })).toEqual([]);
    expect(await scan({ ...SRC, "tsconfig.json": '{ "extends": "./a.json" }', "a.json": '{ "extends": "./tsconfig.json" }' })).toEqual([]);
  });
});

describe("scan/network-call: a class attribute holding a client class, six's module names, PySocks (urllib3)", () => {
  test("`ConnectionCls = HTTPConnection` in a class body is `self.ConnectionCls` / `cls.ConnectionCls` in its methods; a constant class attribute is not", async () => {
    const text = "import http.client\nclass Pool:\n    ConnectionCls = http.client.HTTPConnection\n    scheme = 'http'\n    def new(self):\n        self.scheme.upper()\n        return self.ConnectionCls('h')\n    @classmethod\n    def make(cls):\n        return cls.ConnectionCls('h')\n";
    expect(await scan({ "a.py": text })).toEqual(["a.py:10:16-10:33 scan/network-call", "a.py:7:16-7:34 scan/network-call"]);
  });
  test("`from six.moves.http_client import HTTPSConnection` and `socks.create_connection` are found; socks.socksocket() alone is not", async () => {
    const text = "from six.moves.http_client import HTTPSConnection\nimport socks\nc = HTTPSConnection('h')\ns = socks.create_connection(('h', 80), proxy_type=socks.SOCKS5)\nraw = socks.socksocket()\nraw.set_proxy(socks.SOCKS5, 'p')\nraw.connect(('h', 80))\n";
    expect(await scan({ "a.py": text })).toEqual(["a.py:3:5-3:20 scan/network-call", "a.py:4:5-4:28 scan/network-call", "a.py:7:1-7:12 scan/network-call"]);
  });
});

describe("scan/shell-command, scan/network-call: a JavaScript name assigned after its declaration (axios' transport)", () => {
  test("`let run; run = cp.exec; run(...)` and `let transport; … transport = secure ? https : http; transport.request(...)` are found; a local of the same name in another function is not", async () => {
    const text = 'const cp = require("child_process");\nconst https = require("https"), http = require("http");\nlet run;\nrun = cp.exec;\nrun("ls");\nfunction f(secure, o) {\n  let transport;\n  if (secure === 1) transport = other;\n  else transport = secure ? https : http;\n  return transport.request(o);\n}\nfunction g(o) {\n  let transport = makeTransport();\n  return transport.request(o);\n}\n';
    expect(await scan({ "a.js": text })).toEqual(["a.js:10:10-10:27 scan/network-call", "a.js:5:1-5:4 scan/shell-command"]);
  });
  test("a local declared with a value in a function written above the module's `transport = https` hides it there (it was read before the name mattered)", async () => {
    const text = 'const https = require("https");\nfunction f() { let transport = 1; transport.request(); }\nlet transport;\ntransport = https;\ntransport.request();\n';
    expect(await scan({ "a.js": text })).toEqual(["a.js:5:1-5:18 scan/network-call"]);
  });
});

describe("scan/network-call, scan/shell-command: modules bound through compiler and bundler interop helpers (node-fetch's Rollup build)", () => {
  test("`__importDefault(require(\"http\"))` (TypeScript), `__importStar(…)`, `_interopRequireDefault(…).default` (Babel) and `_interopDefault(…)` (Rollup) are the module; a helper around a project file offering nothing is not", async () => {
    const text = 'const http_1 = __importDefault(require("http"));\nconst cp = __importStar(require("child_process"));\nconst _https = _interopRequireDefault(require("https")).default;\nvar net = _interopDefault(require("net"));\nconst local = __importDefault(require("./local"));\nhttp_1.default.request({});\ncp.exec("ls");\n_https.get("u");\nnet.connect(80);\nlocal.default.request({});\n';
    expect(await scan({ "local.js": "exports.request = () => 1;\n", "a.js": text })).toEqual(["a.js:6:1-6:23 scan/network-call", "a.js:7:1-7:8 scan/shell-command", "a.js:8:1-8:11 scan/network-call", "a.js:9:1-9:12 scan/network-call"]);
  });

  test("esbuild's `__toESM(require(\"child_process\"), 1)` (zx's build, `.default` the module in Node mode) and SWC's `_interop_require_wildcard(…)`/`_interop_require_default(…)` are the module; another function of the file with two arguments is not a helper", async () => {
    const text = 'var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target, mod));\nvar import_cp = __toESM(require("child_process"), 1);\nvar cp2 = __toESM(require("node:child_process"));\nvar _https = _interop_require_default(require("https"));\nvar _net = _interop_require_wildcard(require("net"));\nvar other = wrap(require("child_process"), 1);\nimport_cp.default.exec("ls");\ncp2.spawn("ls");\n_https.default.get("u");\n(0, _net.connect)(80);\nother.default.exec("ls");\n';
    expect(await scan({ "a.cjs": text })).toEqual(["a.cjs:10:5-10:17 scan/network-call", "a.cjs:7:1-7:23 scan/shell-command", "a.cjs:8:1-8:10 scan/shell-command", "a.cjs:9:1-9:19 scan/network-call"]);
  });

  test("the helpers imported from tslib (`importHelpers`: `tslib_1.__importStar(require(\"node:child_process\"))`, @anthropic-ai/sdk 0.71's agent toolset) and Babel's runtime (`_interop.default(…)`) are the module; another object's method of that name is not a helper", async () => {
    const text = '"use strict";\nconst tslib_1 = require("tslib");\nconst cp = tslib_1.__importStar(require("node:child_process"));\nconst http_1 = tslib_1.__importDefault(require("http"));\nconst net = _interop._interopRequireWildcard(require("net"));\nconst odd = helpers.wrap(require("https"));\ncp.spawn("/bin/bash", []);\nhttp_1.default.get("u");\nnet.connect(80);\nodd.get("u");\n';
    expect(await scan({ "a.js": text })).toEqual(["a.js:7:1-7:9 scan/shell-command", "a.js:8:1-8:19 scan/network-call", "a.js:9:1-9:12 scan/network-call"]);
  });
});

describe("scan/network-call, scan/model-sdk: a value a file gets from another project file reaches that file's importers (the next round)", () => {
  test("Python: util.py subclasses `xmlrpclib.ServerProxy` imported from compat.py (distlib); index.py constructing the subclass is found", async () => {
    const files = { "pkg/__init__.py": "", "pkg/compat.py": "try:\n    import xmlrpclib\nexcept ImportError:\n    import xmlrpc.client as xmlrpclib\n", "pkg/util.py": "from .compat import xmlrpclib\nclass ServerProxy(xmlrpclib.ServerProxy):\n    pass\nclass Plain(object):\n    pass\n", "pkg/index.py": "from .util import ServerProxy, Plain\ndef f(u):\n    Plain()\n    return ServerProxy(u)\n" };
    expect(await scan(files)).toEqual(["pkg/index.py:4:12-4:23 scan/network-call"]);
    expect(await scan(files, 2)).toEqual(["pkg/index.py:4:12-4:23 scan/network-call"]);
  });
  test("TypeScript: b.ts extends the OpenAI client a.ts re-exports; c.ts constructing it is found", async () => {
    const files = { "a.ts": 'import OpenAI from "openai";\nexport { OpenAI };\n', "b.ts": 'import { OpenAI } from "./a";\nexport class Wrapper extends OpenAI {}\nexport class Other {}\n', "c.ts": 'import { Wrapper, Other } from "./b";\nnew Other();\nconst w = new Wrapper();\n' };
    expect(await scan(files)).toEqual(["c.ts:3:15-3:22 scan/model-sdk"]);
  });
});

describe("scan/network-call, scan/shell-command: forms an audit of unlabelled packages found (httplib2, GitPython, asyncio, setuptools)", () => {
  test("a socket method called unbound on the class (httplib2's `_orgsocket.connect(self, addr)`) is found; `getpeername` is not", async () => {
    const text = "import socket\n_orgsocket = socket.socket\nclass ProxySocket(socket.socket):\n    def connect(self, addr):\n        _orgsocket.connect(self, addr)\n    def peer(self):\n        return _orgsocket.getpeername(self)\nsocket.socket.sendto(s, b'x', addr)\n";
    expect(await scan({ "a.py": text })).toEqual(["a.py:5:9-5:27 scan/network-call", "a.py:8:1-8:21 scan/network-call"]);
  });
  test("an event loop's `subprocess_exec`/`subprocess_shell` start a process and its `sock_connect` connects; `loop.time()` does neither", async () => {
    const text = "import asyncio\nasync def f(sock):\n    loop = asyncio.get_running_loop()\n    await loop.subprocess_exec(asyncio.SubprocessProtocol, 'ls')\n    await asyncio.get_event_loop().subprocess_shell(asyncio.SubprocessProtocol, 'ls')\n    await loop.sock_connect(sock, ('h', 80))\n    return loop.time()\n";
    expect(await scan({ "a.py": text })).toEqual(["a.py:4:11-4:31 scan/shell-command", "a.py:5:11-5:52 scan/shell-command", "a.py:6:11-6:28 scan/network-call"]);
  });
  test("`typing.cast(Popen, proc)`, `TypeVar(bound=Popen)` and subprocess's interpreter-flag helpers start nothing; `subprocess.run` beside them does", async () => {
    const text = "import subprocess\nfrom typing import cast, TypeVar, NewType\nfrom subprocess import Popen\nP = TypeVar('P', bound=Popen)\nRunner = NewType('Runner', Popen)\ndef finish(proc):\n    proc = cast(Popen, proc)\n    flags = subprocess._optim_args_from_interpreter_flags() + subprocess._args_from_interpreter_flags()\n    subprocess.run(flags)\n    return proc.wait()\n";
    expect(await scan({ "a.py": text })).toEqual(["a.py:9:5-9:19 scan/shell-command"]);
  });
});

describe("scan/network-call, scan/shell-command: a watched value picked from a literal at the module's top by a key (issue 19)", () => {
  /** Findings with their messages, in report order. */
  async function messages(files: Record<string, string>): Promise<string[]> {
    const run = await scanFiles({ ...project(files), workers: 1 });
    return run.findings.map((f) => `${brief(f)} ${f.message}`);
  }
  const NET = "makes a network call directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.";
  const SHELL = "starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.";

  test("a key the file does not fix (`TRANSPORTS[new URL(u).protocol]`, `runners[kind]`, `list[i]`) picks the first watched value, through the literal's statement; a constant key or index picks its own", async () => {
    const text = 'const http = require("http"), https = require("https");\nconst cp = require("child_process");\nconst TRANSPORTS = { "http:": http, "https:": https };\nfunction get(u) { return TRANSPORTS[new URL(u).protocol].request(u); }\nconst runners = { sh: cp.exec, node: cp.execFile };\nfunction run(kind, cmd) { return runners[kind](cmd); }\nTRANSPORTS["https:"].get("u");\nconst list = [cp.exec, cp.spawn];\nfunction pick(i, cmd) { list[i](cmd); list[1](cmd); }\n';
    expect(await messages({ "a.js": text })).toEqual([
      `a.js:4:26-4:65 scan/network-call \`TRANSPORTS[new URL(u).protocol].request\` (http.request) ${NET} Resolved through line 3 \`TRANSPORTS = { "http:": http, "https:": https }\` ← line 3 \`"http:": http\` ← line 1 \`require("http")\`.`,
      `a.js:6:34-6:47 scan/shell-command \`runners[kind]\` (child_process.exec) ${SHELL} Resolved through line 5 \`runners = { sh: cp.exec, node: cp.execFile }\` ← line 5 \`sh: cp.exec\` ← line 2 \`require("child_process")\`.`,
      `a.js:7:1-7:25 scan/network-call \`TRANSPORTS["https:"].get\` (https.get) ${NET} Resolved through line 3 \`"https:": https\` ← line 1 \`require("https")\`.`,
      `a.js:9:25-9:32 scan/shell-command \`list[i]\` (child_process.exec) ${SHELL} Resolved through line 8 \`list = [cp.exec, cp.spawn]\` ← line 8 \`cp.exec\` ← line 2 \`require("child_process")\`.`,
      `a.js:9:39-9:46 scan/shell-command \`list[1]\` (child_process.spawn) ${SHELL} Resolved through line 8 \`cp.spawn\` ← line 2 \`require("child_process")\`.`,
    ]);
  });

  test("the keys a subscript fixes: a string constant of the file, a computed property of one, numbers as the property they name (`0x1`, `-1`); TypeScript's `as const`/`satisfies`; a spread leaves later indexes unknown but still picked first", async () => {
    const text = 'import { exec, spawn } from "child_process";\nconst RUN = "run";\nconst M = { [RUN]: spawn, other: exec } satisfies Record<string, unknown>;\nconst L = [exec, spawn] as const;\nconst S = [...more, spawn];\nexport function f(i: number) {\n  M[RUN]("a");\n  M.run("b");\n  M[i]("c");\n  L[0x1]("d");\n  L[-1]("e");\n  S[0]("f");\n  S[i]("g");\n}\n';
    expect(await scan({ "a.ts": text })).toEqual(["a.ts:13:3-13:7 scan/shell-command", "a.ts:10:3-10:9 scan/shell-command", "a.ts:7:3-7:9 scan/shell-command", "a.ts:8:3-8:8 scan/shell-command", "a.ts:9:3-9:7 scan/shell-command"].sort());
  });

  test("no finding: a literal of plain values, a constant key or index naming no watched value (no guess), an empty array slot, a parameter or local of the name (above or below the literal)", async () => {
    const text = [
      'const cp = require("child_process");',
      'function above(k) { const runners = { a: 1 }; const r = runners[k]; r("a"); return runners[k]("b"); }',
      'const plain = { a: 1, b: "x" };',
      "const numbers = [1, 2];",
      "const runners = { sh: cp.exec, n: 1 };",
      "const list = [cp.exec, , cp.spawn];",
      'const K = "zz";',
      'function f(k, i) { plain[k](); numbers[i](); runners["zz"]("c"); runners[K]("d"); runners["n"]("e"); list[1]("f"); list[5]("g"); list[-1]("h"); }',
      'function g(runners, list, k) { runners[k]("j"); list[k]("k"); }',
      'function h(k) { let runners; runners[k]("l"); const list = []; list[k]("m"); }',
      "",
    ].join("\n");
    expect(await scan({ "a.js": text })).toEqual([]);
  });

  test("per file, as slots are: the name reassigned or mutated with plain values still picks the literal's first watched value", async () => {
    const text = 'const cp = require("child_process");\nlet R = { sh: cp.exec };\nR = { sh: (c) => c };\nR.sh = null;\nR[k]("ls");\n';
    expect(await scan({ "a.js": text })).toEqual(["a.js:5:1-5:5 scan/shell-command"]);
  });

  test("across files: an exported object's offered slots are picked from by any key (`import { TRANSPORTS }`); an array's elements and keys that are no names are not offered; a parameter of the name hides it", async () => {
    const files = {
      "t.js": 'const http = require("http"), https = require("https");\nexport const TRANSPORTS = { web: http, secure: https };\nexport const LIST = [http];\nexport const ODD = { "http:": http };\n',
      "u.js": 'import { TRANSPORTS, LIST, ODD } from "./t";\nTRANSPORTS[p].request(u);\nLIST[0].request(u);\nODD[p].request(u);\nfunction f(TRANSPORTS) { TRANSPORTS[p].request(u); }\n',
    };
    expect(await messages(files)).toEqual([`u.js:2:1-2:22 scan/network-call \`TRANSPORTS[p].request\` (http.request) ${NET} Resolved through line 1 \`import { TRANSPORTS, LIST, ODD } from "./t";\` ← t.js line 2 \`web: http\` ← t.js line 1 \`require("http")\`.`]);
  });
});

describe("scan/network-call: an object literal given to a plain parameter is followed within its file", () => {
  test("its properties are read in the file (`this.options.fetch(u)`; the passing reported too); a slot holding it is not offered to other files (`new A().options.fetch(u)` there)", async () => {
    const files = {
      "lib.js": 'export class A {\n  constructor(options) {\n    this.options = options;\n  }\n  go(u) {\n    return this.options.fetch(u);\n  }\n}\nnew A({ url: 1, fetch });\n',
      "b.js": 'import { A } from "./lib";\nnew A().options.fetch(u);\n',
    };
    expect(await scan(files)).toEqual(["lib.js:6:12-6:30 scan/network-call", "lib.js:9:17-9:22 scan/network-call"]);
  });
});

describe("scan/shell-command, scan/network-call: modules a second audit found unlisted (mcp-remote's `open`, tornado's pycurl)", () => {
  test("`open(url)` of the `open` package starts the system's URL handler, also `require(\"open\")(url)` and `openApp`; its `apps` table does not", async () => {
    const text = 'import open, { openApp, apps } from "open";\nawait open("https://example.com/login");\nawait openApp(apps.browser);\nrequire("open")("https://x");\n';
    expect(await scan({ "a.mjs": text })).toEqual(["a.mjs:2:7-2:11 scan/shell-command", "a.mjs:3:7-3:14 scan/shell-command", "a.mjs:4:1-4:16 scan/shell-command"]);
  });
  test("`pycurl.Curl()` and `pycurl.CurlMulti()` are network clients; `pycurl.URL` and `setopt` on the client are not new findings", async () => {
    const text = "import pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.URL, 'https://example.com')\nc.perform()\nm = pycurl.CurlMulti()\n";
    expect(await scan({ "a.py": text })).toEqual(["a.py:2:5-2:16 scan/network-call", "a.py:5:5-5:21 scan/network-call"]);
  });
});

describe("scan/shell-command, scan/network-call: a comment between the tokens of a module load (tree-sitter gives comments as named children)", () => {
  test("JavaScript: `require(/* c */ \"child_process\")`, `require /* c */ (…)`, `from /* c */ \"child_process\"`, `import(// c\\n…)`, a joined name with a comment among its parts, and a project module imported `from /* c */ \"./shell\"`", async () => {
    const files = {
      "req.js": 'const { exec } = require(/* c */ "child_process");\nexec("ls");\nconst cp = require /* c */ ("node:child_process");\ncp.spawn("sh");\n',
      "esm.mjs": 'import { exec } from /* c */ "child_process";\nexec("ls");\nimport(// c\n  "https").then((h) => h.get("u"));\n',
      "joined.js": 'const cp = require(["child" /* c */, "_process"].join(""));\ncp.execSync("id");\n',
      "shell.js": 'module.exports = require("child_process");\n',
      "use.mjs": 'import sh from /* c */ "./shell.js";\nsh.exec("ls");\n',
    };
    expect(await scan(files)).toEqual(["esm.mjs:2:1-2:5 scan/shell-command", "esm.mjs:4:24-4:29 scan/network-call", "joined.js:2:1-2:12 scan/shell-command", "req.js:2:1-2:5 scan/shell-command", "req.js:4:1-4:9 scan/shell-command", "use.mjs:2:1-2:8 scan/shell-command"]);
  });

  test("Python: `__import__(  # c` and `importlib.import_module(# c` with the name on the next line, `getattr(os,  # c`, a joined name with a comment among its parts, and `(  # c` around a module", async () => {
    const text = 'import importlib, os\n__import__(  # c\n    "os").system("x")\nimportlib.import_module(  # c\n    "subprocess").run("y")\ngetattr(os,  # c\n        "system")("z")\n__import__("".join(["sub",  # c\n    "process"])).call("w")\n(  # c\n  os).system("v")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:10:1-11:13 scan/shell-command", "a.py:2:1-3:17 scan/shell-command", "a.py:4:1-5:22 scan/shell-command", "a.py:6:1-7:18 scan/shell-command", "a.py:8:1-9:22 scan/shell-command"]);
  });
});

describe("scan/shell-command: CommonJS's `require` held or reached another way", () => {
  test("`const r = require; r(…)`, `(0, require)(…)`, `(require)(…)`, `globalThis.process.mainModule.require(…)`; a `require` the file defines is not Node's", async () => {
    const files = {
      "held.js": 'const r = require;\nr("child_process").exec("a");\n(0, require)("child_process").exec("b");\nconst cp = (require)("node:child_process");\ncp.spawn("c");\nglobalThis.process.mainModule.require("child_process").execSync("d");\n',
      "own.js": 'function require(m) { return { exec() {} }; }\nconst r = require;\nr("child_process").exec("e");\n(0, require)("child_process").exec("f");\n',
    };
    expect(await scan(files)).toEqual(["held.js:2:1-2:24 scan/shell-command", "held.js:3:1-3:35 scan/shell-command", "held.js:5:1-5:9 scan/shell-command", "held.js:6:1-6:64 scan/shell-command"]);
  });
});

describe("scan/shell-command: Python's importers held by another name", () => {
  test("`from importlib import import_module as im`, `load = importlib.import_module`, `imp = __import__`, an importer among other names; a module the table does not watch is not", async () => {
    const text = 'import importlib\nfrom importlib import import_module as im\nim("os").system("a")\nload = importlib.import_module\nload("subprocess").run(["b"])\nimp = __import__  # the builtin\nimp("os").system("c")\nfrom importlib import reload, import_module as grab\ngrab("os").popen("d")\nim("json").dumps({})\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:3:1-3:16 scan/shell-command", "a.py:5:1-5:23 scan/shell-command", "a.py:7:1-7:17 scan/shell-command", "a.py:9:1-9:17 scan/shell-command"]);
  });
});

describe("scan/network-call: TypeScript's angle-bracket type assertion, and a comment inside parentheses", () => {
  test("`(<any>window).fetch(u)`, `const g = <typeof fetch>(globalThis.fetch)`, `const f = (/* c */ globalThis.fetch)`, `(/* c */ fetch)(u)`", async () => {
    const text = 'const f = (/* c */ globalThis.fetch);\nf("a");\n(/* c */ fetch)("b");\n(<any>window).fetch("c");\nconst g = <typeof fetch>(globalThis.fetch);\ng("d");\nconst n = <number>(1);\n';
    expect(await scan({ "a.ts": text })).toEqual(["a.ts:2:1-2:2 scan/network-call", "a.ts:3:10-3:15 scan/network-call", "a.ts:4:1-4:20 scan/network-call", "a.ts:6:1-6:2 scan/network-call"]);
  });
});

describe("scan/shell-command: a member read by name through getattr's other spellings", () => {
  test("Python: `os.__getattribute__(\"system\")`, `object.__getattribute__(os, \"system\")`, `subprocess.__dict__.get(\"run\")`, `importlib.reload(os).system`; an own `object` parameter is not the built-in", async () => {
    const text = 'import os, importlib, subprocess\nos.__getattribute__("system")("a")\nimportlib.reload(os).system("b")\nobject.__getattribute__(os, "system")("c")\nsubprocess.__dict__.get("run")(["d"])\ndef f(object):\n    return object.__getattribute__(os, "system")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:2:1-2:30 scan/shell-command", "a.py:3:1-3:28 scan/shell-command", "a.py:4:1-4:38 scan/shell-command", "a.py:5:1-5:31 scan/shell-command"]);
  });

  test("JavaScript: `Reflect.get(cp, \"exec\")(…)`; a parameter named `Reflect` is not the built-in", async () => {
    const files = { "a.js": 'const cp = require("child_process");\nReflect.get(cp, "exec")("a");\n', "b.js": 'const cp = require("child_process");\nfunction f(Reflect) {\n  return Reflect.get(cp, "exec")("b");\n}\n' };
    expect(await scan(files)).toEqual(["a.js:2:1-2:24 scan/shell-command"]);
  });
});

describe("scan/shell-command: a module named inside an array argument (`.apply`, `Reflect.apply`)", () => {
  test("`require.apply(null, [\"child_process\"])`, `Reflect.apply(require, null, [\"child_process\"])`, held by a name; a module not watched, an own `require`, or an array of two names is not", async () => {
    const files = {
      "a.js": 'require.apply(null, ["child_process"]).exec("a");\nReflect.apply(require, null, ["child_process"]).exec("b");\nconst m = require.apply(this, ["node:child_process"]);\nm.spawn("c");\n',
      "b.js": 'require.apply(null, ["path"]).join("a");\nReflect.apply(require, null, ["path"]).join("b");\nrequire.apply(null, ["child_process", "x"]).exec("c");\nfunction f(require) {\n  return require.apply(null, ["child_process"]).exec("d");\n}\n',
    };
    expect(await scan(files)).toEqual(["a.js:1:1-1:44 scan/shell-command", "a.js:2:1-2:53 scan/shell-command", "a.js:4:1-4:8 scan/shell-command"]);
  });
});

describe("scan/shell-command: a computed destructuring key", () => {
  test("`const { [\"exec\"]: run } = cp`, a key held in a file constant (`const k = \"spawn\"; const { [k]: go } = require(…)`); a key not fixed by the file is a member chosen at run time, called, as `cp[name](…)` is (ruleset.ts chosenAtRunTime); a module not watched is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nconst { ["exec"]: run } = cp;\nrun("a");\nconst k = "spawn";\nconst { [k]: go } = require("child_process");\ngo("b");\n',
      "b.js": 'const cp = require("child_process");\nfunction f(name) {\n  const { [name]: run } = cp;\n  run("c");\n  cp[name]("d");\n}\nconst { ["join"]: j } = require("path");\nj("e");\n',
      "c.js": 'function g(k) {\n  const { [k]: f } = require("child_process");\n  f("f");\n  const { [k]: p } = require("path");\n  p("g");\n}\n',
    };
    expect(await scan(files)).toEqual(["a.js:3:1-3:4 scan/shell-command", "a.js:6:1-6:3 scan/shell-command", "b.js:4:3-4:6 scan/shell-command", "b.js:5:3-5:11 scan/shell-command", "c.js:3:3-3:4 scan/shell-command"]);
  });
});

describe("scan/shell-command: a property descriptor's `.value`", () => {
  test("`Object.getOwnPropertyDescriptor(cp, \"exec\").value(…)`, `Reflect.getOwnPropertyDescriptor(…)`; a module not watched, another field of the descriptor, or an own `Object` is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nObject.getOwnPropertyDescriptor(cp, "exec").value("a");\nReflect.getOwnPropertyDescriptor(cp, "spawn").value("b");\n',
      "b.js": 'const cp = require("child_process");\nconst path = require("path");\nObject.getOwnPropertyDescriptor(path, "join").value("a");\nObject.getOwnPropertyDescriptor(cp, "exec").get("b");\nfunction f(Object) {\n  return Object.getOwnPropertyDescriptor(cp, "exec").value("c");\n}\n',
    };
    expect(await scan(files)).toEqual(["a.js:2:1-2:50 scan/shell-command", "a.js:3:1-3:52 scan/shell-command"]);
  });

  test("a descriptor held by a name (`d.value(…)`) or destructured (`const { value: run } = …`); its `get`, or a module not watched, is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nconst d = Object.getOwnPropertyDescriptor(cp, "execSync");\nd.value("a");\nconst { value: run } = Reflect.getOwnPropertyDescriptor(cp, "spawn");\nrun("b");\n',
      "b.js": 'const cp = require("child_process");\nconst path = require("path");\nconst d = Object.getOwnPropertyDescriptor(cp, "execSync");\nd.get("a");\nconst { value: join } = Object.getOwnPropertyDescriptor(path, "join");\njoin("b");\n',
    };
    expect(await scan(files)).toEqual(["a.js:3:1-3:8 scan/shell-command", "a.js:5:1-5:4 scan/shell-command"]);
  });
});

describe("scan/shell-command: every property descriptor at once (`Object.getOwnPropertyDescriptors`)", () => {
  test("`Object.getOwnPropertyDescriptors(cp).execSync.value(…)`, held by a name (`ds.execSync.value(…)`), destructured (`const { execSync: { value: run } } = …`); a local object's, a module not watched, the descriptor itself or its `get`, or an own `Object` is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nObject.getOwnPropertyDescriptors(cp).execSync.value("a");\nconst ds = Object.getOwnPropertyDescriptors(cp);\nds.execSync.value("b");\nconst { execSync: { value: run } } = Object.getOwnPropertyDescriptors(cp);\nrun("c");\n',
      "b.js": 'const cp = require("child_process");\nconst path = require("path");\nconst local = { execSync() {} };\nObject.getOwnPropertyDescriptors(local).execSync.value("a");\nObject.getOwnPropertyDescriptors(path).join.value("b");\nconst ds = Object.getOwnPropertyDescriptors(cp);\nds.execSync("c");\nds.execSync.get("d");\nfunction f(Object) {\n  return Object.getOwnPropertyDescriptors(cp).execSync.value("e");\n}\n',
    };
    expect(await scan(files)).toEqual(["a.js:2:1-2:52 scan/shell-command", "a.js:4:1-4:18 scan/shell-command", "a.js:6:1-6:4 scan/shell-command"]);
  });
});

describe("scan/shell-command: a module copied (`Object.fromEntries(Object.entries(cp))`, `{ ...cp }`)", () => {
  test("`Object.fromEntries(Object.entries(cp)).execSync(…)`, held by a name, of a filtered copy of the entries, and `{ ...cp }.execSync(…)` unparenthesized; a local object's, a module not watched, or plain pairs is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nObject.fromEntries(Object.entries(cp)).execSync("a");\nconst m = Object.fromEntries(Object.entries(cp));\nm.execSync("b");\nObject.fromEntries(Object.entries(cp).filter(([k]) => k !== "fork")).spawn("c");\nconst r = { ...cp }.execSync("d");\n',
      "b.js": 'const path = require("path");\nconst local = { execSync() {} };\nObject.fromEntries(Object.entries(local)).execSync("a");\nconst m = Object.fromEntries(Object.entries(path));\nm.join("b");\nconst r = { ...local }.execSync("c");\nObject.fromEntries([["execSync", local.execSync]]).execSync("d");\n',
    };
    expect(await scan(files)).toEqual(["a.js:2:1-2:48 scan/shell-command", "a.js:4:1-4:11 scan/shell-command", "a.js:5:1-5:75 scan/shell-command", "a.js:6:11-6:29 scan/shell-command"]);
  });
});

describe("scan/shell-command: what an array's `map` callback returns", () => {
  test("`[cp].map((m) => m.execSync)[0](…)`, `[cp.execSync].map((f) => f)[0](…)`, a function expression's `return`, read by `.at(0)`; a module not watched, a callback returning no member, or a local object's is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\n[cp].map((m) => m.execSync)[0]("a");\n[cp.execSync].map((f) => f)[0]("b");\n[cp].map(function (m) { return m.spawn; }).at(0)("c");\n',
      "b.js": 'const cp = require("child_process");\nconst path = require("path");\n[path].map((m) => m.join)[0]("a");\n[cp].map((m) => typeof m)[0]("b");\n[{ execSync() {} }].map((m) => m.execSync)[0]("c");\n',
    };
    expect(await scan(files)).toEqual(["a.js:2:1-2:31 scan/shell-command", "a.js:3:1-3:31 scan/shell-command", "a.js:4:1-4:49 scan/shell-command"]);
  });

  test("an element of an array written in place, held by a name (`const g = [cp.spawn][0]`, `const h = [cp.exec].at(0)`, `const f = [cp].map((m) => m.execSync)[0]`); of a module not watched, or of plain values, is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nconst g = [cp.spawn][0];\ng("a");\nconst h = [cp.exec].at(0);\nh("b");\nconst f = [cp].map((m) => m.execSync)[0];\nf("c");\n',
      "b.js": 'const path = require("path");\nconst g = [path.join][0];\ng("a");\nconst h = [1, 2][0];\nh("b");\nconst f = [path].map((m) => m.join)[0];\nf("c");\n',
    };
    expect(await scan(files)).toEqual(["a.js:3:1-3:2 scan/shell-command", "a.js:5:1-5:2 scan/shell-command", "a.js:7:1-7:2 scan/shell-command"]);
  });
});

describe("scan/shell-command: entries, callbacks and arrays the scan left open before (evade9js)", () => {
  test("`Object.fromEntries` of a Map of the entries, of the entries mapped to themselves, of pairs written in place (also in a Map); of a module not watched, a local object's, entries mapped to other values, or a key the pairs do not hold is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nObject.fromEntries(new Map(Object.entries(cp))).execSync("a");\nObject.fromEntries(Object.entries(cp).map(([k, v]) => [k, v])).spawn("b");\nObject.fromEntries([["run", cp.execSync]]).run("c");\nconst o = Object.fromEntries(new Map([["go", cp.exec]]));\no.go("d");\n',
      "b.js": 'const path = require("path");\nconst cp = require("child_process");\nconst local = { execSync() {} };\nObject.fromEntries(new Map(Object.entries(local))).execSync("a");\nObject.fromEntries(Object.entries(path).map(([k, v]) => [k, v])).join("b");\nObject.fromEntries([["run", local.execSync]]).run("c");\nObject.fromEntries(Object.entries(cp).map(([k, v]) => [k, String(v)])).execSync("d");\nObject.fromEntries([["run", cp.execSync]]).other("e");\n',
    };
    expect(await scan(files)).toEqual(["a.js:2:1-2:57 scan/shell-command", "a.js:3:1-3:69 scan/shell-command", "a.js:4:1-4:47 scan/shell-command", "a.js:6:1-6:5 scan/shell-command"]);
  });

  test("what `flatMap` and `reduce`/`reduceRight` callbacks return (`[cp].flatMap((m) => [m.execSync])[0]`, `[cp].reduce((a, m) => m.execSync, null)`); of a module not watched, or a callback returning no member, is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\n[cp].flatMap((m) => [m.execSync])[0]("a");\n[cp].flatMap((m) => m.spawn)[0]("b");\n[cp].reduce((a, m) => m.execSync, null)("c");\n[cp.exec].reduceRight((a, f) => f)("d");\n',
      "b.js": 'const path = require("path");\nconst cp = require("child_process");\n[path].flatMap((m) => [m.join])[0]("a");\n[cp].flatMap((m) => [typeof m])[0]("b");\n[cp].reduce((a, m) => a + 1, 0)("c");\n[path].reduce((a, m) => m.join, null)("d");\n',
    };
    expect(await scan(files)).toEqual(["a.js:2:1-2:37 scan/shell-command", "a.js:3:1-3:32 scan/shell-command", "a.js:4:1-4:40 scan/shell-command", "a.js:5:1-5:35 scan/shell-command"]);
  });

  test("an array a callback method returns, destructured or held by a name (`const [run] = [cp].map((m) => m.execSync)`, `const fs = [cp].map(…); fs[0](…)`, in a function too); of a module not watched is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nconst [run] = [cp].map((m) => m.execSync);\nrun("a");\nconst fs = [cp].map((m) => m.spawn);\nfs[0]("b");\nfunction f() {\n  const gs = [cp.exec].filter(Boolean);\n  gs[0]("c");\n}\n',
      "b.js": 'const path = require("path");\nconst [run] = [path].map((m) => m.join);\nrun("a");\nconst fs = [path].map((m) => m.join);\nfs[0]("b");\nfunction f() {\n  const gs = [path.join].filter(Boolean);\n  gs[0]("c");\n}\n',
    };
    expect(await scan(files)).toEqual(["a.js:3:1-3:4 scan/shell-command", "a.js:5:1-5:6 scan/shell-command", "a.js:8:3-8:8 scan/shell-command"]);
  });

  test("a Map held by a name iterated (`for (const [k, f] of m)`, `m.values()`, `[...m.values()][0]`); a Map of a module not watched is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nconst m = new Map([["r", cp.execSync]]);\nfor (const [k, f] of m) f("a");\n[...m.values()][0]("b");\nfor (const g of m.values()) g("c");\n',
      "b.js": 'const path = require("path");\nconst m = new Map([["r", path.join]]);\nfor (const [k, f] of m) f("a");\n[...m.values()][0]("b");\nfor (const g of m.values()) g("c");\n',
    };
    expect(await scan(files)).toEqual(["a.js:3:25-3:26 scan/shell-command", "a.js:4:1-4:19 scan/shell-command", "a.js:5:29-5:30 scan/shell-command"]);
  });

  test("a callback named, not written in place (`const pick = (m) => m.execSync; [cp].map(pick)[0](…)`, `function go(m) { m.spawn(…) }` … `[cp].forEach(go)`); over a module not watched is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nconst pick = (m) => m.execSync;\n[cp].map(pick)[0]("a");\nfunction go(m) {\n  m.spawn("b");\n}\n[cp].forEach(go);\n',
      "b.js": 'const path = require("path");\nconst pick = (m) => m.join;\n[path].map(pick)[0]("a");\nfunction go(m) {\n  m.join("b");\n}\n[path].forEach(go);\n',
    };
    expect(await scan(files)).toEqual(["a.js:3:1-3:18 scan/shell-command", "a.js:5:3-5:10 scan/shell-command"]);
  });

  test("array methods returning an element or a copy (`pop`, `shift`, `concat`), a promise of the module awaited, a function written in place given the module, an array destructured by index, an entry's value mapped out (`.map(([, v]) => v)`); of a module not watched, or an index the array lacks, is not", async () => {
    const files = {
      "a.js": 'const cp = require(\"child_process\");\n[cp.execSync].pop()(\"a\");\n[cp.exec].concat([])[0](\"b\");\n[cp].map((m) => m.spawn).shift()(\"c\");\n(async () => (await Promise.resolve(cp)).execSync(\"d\"))();\n((m) => m.execSync)(cp)(\"e\");\nconst { 0: f } = [cp.execSync];\nf(\"f\");\nconst h = Object.entries(cp).filter(([k]) => k === \"execSync\").map(([, v]) => v)[0];\nh(\"g\");\n',
      "b.js": 'const path = require(\"path\");\nconst cp = require(\"child_process\");\n[path.join].pop()(\"a\");\n[path.join].concat([])[0](\"b\");\n[path].map((m) => m.join).shift()(\"c\");\n(async () => (await Promise.resolve(path)).join(\"d\"))();\n((m) => m.join)(path)(\"e\");\nconst { 1: g } = [cp.execSync];\ng(\"f\");\nconst h = Object.entries(path).filter(([k]) => k === \"join\").map(([, v]) => v)[0];\nh(\"g\");\n',
    };
    expect(await scan(files)).toEqual(["a.js:10:1-10:2 scan/shell-command", "a.js:2:1-2:20 scan/shell-command", "a.js:3:1-3:24 scan/shell-command", "a.js:4:1-4:33 scan/shell-command", "a.js:5:14-5:50 scan/shell-command", "a.js:6:1-6:24 scan/shell-command", "a.js:8:1-8:2 scan/shell-command"]);
  });

  test("a callback's return read through a constant subscript, a comma, `.bind`, a destructured parameter (in place too); `Object.values` of an object literal; `flat()`; an optional call of `at`; an object spread of an element; of a module not watched, or a member the module lacks, is not", async () => {
    const files = {
      "a.js": 'const cp = require(\"child_process\");\nconst f1 = [cp].map((m) => m[\"execSync\"])[0];\nf1(\"a\");\nconst f2 = [cp].map((m) => (0, m.execSync))[0];\nf2(\"b\");\nconst f3 = [cp].map((m) => m.execSync.bind(m))[0];\nf3(\"c\");\nconst f4 = [cp].map(({ execSync }) => execSync)[0];\nf4(\"d\");\nconst f5 = (({ spawn }) => spawn)(cp);\nf5(\"e\");\nconst f6 = Object.values({ a: cp }).map((m) => m.execSync)[0];\nf6(\"f\");\n[cp].flat()[0].execSync(\"g\");\n[cp.execSync].at?.(0)(\"h\");\nconst { execSync: f7 } = { ...[cp][0] };\nf7(\"i\");\n',
      "b.js": 'const cp = require(\"path\");\nconst cp2 = require(\"child_process\");\nconst f1 = [cp].map((m) => m[\"join\"])[0];\nf1(\"a\");\nconst f2 = [cp].map((m) => (0, m.join))[0];\nf2(\"b\");\nconst f3 = [cp].map((m) => m.join.bind(m))[0];\nf3(\"c\");\nconst f4 = [cp].map(({ join }) => join)[0];\nf4(\"d\");\nconst f5 = (({ join }) => join)(cp);\nf5(\"e\");\nconst f6 = Object.values({ a: cp }).map((m) => m.join)[0];\nf6(\"f\");\n[cp].flat()[0].join(\"g\");\n[cp.join].at?.(0)(\"h\");\nconst { join: f7 } = { ...[cp][0] };\nf7(\"i\");\n[cp2].map((m) => m[\"nope\"])[0](\"j\");\n',
    };
    expect(await scan(files)).toEqual(["a.js:11:1-11:3 scan/shell-command", "a.js:13:1-13:3 scan/shell-command", "a.js:14:1-14:24 scan/shell-command", "a.js:15:1-15:22 scan/shell-command", "a.js:17:1-17:3 scan/shell-command", "a.js:3:1-3:3 scan/shell-command", "a.js:5:1-5:3 scan/shell-command", "a.js:7:1-7:3 scan/shell-command", "a.js:9:1-9:3 scan/shell-command"]);
  });

  test("scan/network-call: a global object read by a string constant written whole (`const k = \"fetch\"; globalThis[k](…)`: the prefilter let only pieces through); another name is not", async () => {
    const files = {
      "a.js": 'const k = "fetch";\nglobalThis[k]("http://x");\n',
      "c.js": 'const k = "fetch failed";\nglobalThis[k]("x");\n',
      "d.js": 'const k = "other";\nwindow[k]("x");\n',
    };
    expect(await scan(files)).toEqual(["a.js:2:1-2:14 scan/network-call"]);
  });

  test("an array held by a name destructured (`const mods = [cp]; const [m] = mods`, in a function too, by position); another position, or a module not watched, is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nconst mods = [cp, cp.spawn];\nconst [m, s] = mods;\nm.execSync("a");\ns("b");\nfunction f() {\n  const fs = [1, cp.exec];\n  const [, g] = fs;\n  g("c");\n}\n',
      "b.js": 'const cp = require("child_process");\nconst path = require("path");\nconst mods = [path, 1, cp];\nconst [m, n] = mods;\nm.join("a");\nn("b");\nfunction f() {\n  const fs = [1, cp.exec];\n  const [g] = fs;\n  g("c");\n}\n',
    };
    expect(await scan(files)).toEqual(["a.js:4:1-4:11 scan/shell-command", "a.js:5:1-5:2 scan/shell-command", "a.js:9:3-9:4 scan/shell-command"]);
  });

  test("an array literal held in a slot (`this.list = [cp.execSync]` … `this.list[0](…)`, `this.list[i]`, handed over whole, `setup(this.list)`); of plain values or a module not watched is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nclass A {\n  constructor() { this.list = [cp.execSync]; }\n  go(i) { this.list[0]("a"); this.list[i]("b"); }\n  run() { setup(this.list); }\n}\n',
      "b.js": 'const path = require("path");\nclass A {\n  constructor() { this.list = [path.join]; this.nums = [1, 2]; }\n  go(i) { this.list[0]("a"); this.nums[i]("b"); }\n  run() { setup(this.list, this.nums); }\n}\n',
    };
    expect(await scan(files)).toEqual(["a.js:4:11-4:23 scan/shell-command", "a.js:4:30-4:42 scan/shell-command", "a.js:5:17-5:26 scan/shell-command"]);
  });
});

describe("scan/shell-command: `process.execve` (Node 22.15, 23.11: the process becomes the program given)", () => {
  test("`process.execve(…)`, destructured from `process`, through `globalThis.process`; `process.exit`, an own `execve`, or the word in a string or comment is not", async () => {
    const files = {
      "a.js": 'process.execve("/bin/sh", ["sh", "-c", cmd]);\nconst { execve } = process;\nexecve("/bin/sh", []);\nglobalThis.process.execve("/bin/true", []);\n',
      "b.js": 'process.exit(0);\nfunction execve(p) { return p; }\nexecve("/bin/sh");\nconst s = "process.execve(x)"; // process.execve\n',
    };
    expect(await scan(files)).toEqual(["a.js:1:1-1:15 scan/shell-command", "a.js:3:1-3:7 scan/shell-command", "a.js:4:1-4:26 scan/shell-command"]);
  });
});

describe("scan/shell-command: an object whose prototype is a watched module", () => {
  test("`{ __proto__: cp }`, `o.__proto__ = cp` and `Object.setPrototypeOf(o, cp)`: a member the object lacks is the module's; a member the module has not, or a module not watched, is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nconst o = { __proto__: cp };\no.execSync("a");\nconst p = {};\np.__proto__ = cp;\np.spawn("b");\nconst q = {};\nObject.setPrototypeOf(q, cp);\nq.exec("c");\n',
      "b.js": 'const cp = require("child_process");\nconst path = require("path");\nconst o = { __proto__: cp };\no.toString("a");\nconst q = { __proto__: path };\nq.join("b");\n',
    };
    expect(await scan(files)).toEqual(["a.js:3:1-3:11 scan/shell-command", "a.js:6:1-6:8 scan/shell-command", "a.js:9:1-9:7 scan/shell-command"]);
  });
});

describe("scan/shell-command: a class's prototype read through an instance (`Object.getPrototypeOf(this)`, `this.constructor.prototype`)", () => {
  test("`A.prototype.run = cp.exec` read by `Object.getPrototypeOf(this).run`, `Reflect.getPrototypeOf(this).run`, `this.constructor.prototype.run` in a method, `Object.getPrototypeOf(a).run` of `const a = new A()`, of `new A()`; a class whose prototype holds `console.log` clean", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nclass A {\n  go() { Object.getPrototypeOf(this).run("a"); Reflect.getPrototypeOf(this).run("b"); this.constructor.prototype.run("c"); }\n}\nA.prototype.run = cp.exec;\nconst a = new A();\nObject.getPrototypeOf(a).run("d");\nObject.getPrototypeOf(new A()).run("e");\n',
      "b.js": 'const cp = require("child_process");\nclass B {\n  go() { Object.getPrototypeOf(this).run("a"); this.constructor.prototype.run("c"); Object.getPrototypeOf(this).other("f"); }\n}\nB.prototype.run = console.log;\nB.prototype.other = cp.exec;\nconst b = new B();\nObject.getPrototypeOf(b).run("d");\n',
    };
    expect(await scan(files)).toEqual(["a.js:3:10-3:41 scan/shell-command", "a.js:3:48-3:80 scan/shell-command", "a.js:3:87-3:117 scan/shell-command", "a.js:7:1-7:29 scan/shell-command", "a.js:8:1-8:35 scan/shell-command", "b.js:3:85-3:118 scan/shell-command"]);
  });
});

describe("scan/shell-command: a list written in place and indexed", () => {
  test("JavaScript: `[sp.exec][0](…)`, `[, sp.spawn][1](…)`; another index, an element after a spread, or a module not watched is not", async () => {
    const files = {
      "a.js": 'const sp = require("child_process");\n[sp.exec][0]("a");\n[, sp.spawn][1]("b");\n',
      "b.js": 'const sp = require("child_process");\nconst path = require("path");\n[sp.exec][1]("a");\n[...xs, sp.exec][1]("b");\n[path.join][0]("c");\n[sp.exec][""]("d");\n',
    };
    expect(await scan(files)).toEqual(["a.js:2:1-2:13 scan/shell-command", "a.js:3:1-3:16 scan/shell-command"]);
  });

  test("Python: `[subprocess.run][0](…)`, `(subprocess.run,)[0](…)`, an element after `*rest` (at any index); another index or a module not watched is not", async () => {
    const files = {
      "a.py": 'import subprocess\n[subprocess.run][0](["a"])\n(subprocess.run,)[0](["b"])\n(print, subprocess.Popen)[1](["c"])\n',
      "b.py": 'import subprocess, json\n[subprocess.run][1](["a"])\n[*rest, subprocess.run][1](["b"])\n[json.dumps][0]({})\n',
    };
    expect(await scan(files)).toEqual(["a.py:2:1-2:20 scan/shell-command", "a.py:3:1-3:21 scan/shell-command", "a.py:4:1-4:29 scan/shell-command", "b.py:3:1-3:27 scan/shell-command"]);
  });
});

describe("scan/shell-command (Python): a dict written in place, a container built by a call, a module's namespace copied", () => {
  test("Python: `{\"r\": subprocess.run}[\"r\"](…)`, `dict([(\"r\", subprocess.run)])` (handed over), `dict(vars(subprocess))[\"run\"]`, `{**vars(subprocess)}[\"run\"]`, `types.SimpleNamespace(**vars(subprocess)).run`, a copy held by a name", async () => {
    const files = {
      "a.py": 'import subprocess, types\n{"r": subprocess.run}["r"](["a"])\ndict([("r", subprocess.run)])["r"](["b"])\ndict(vars(subprocess))["run"](["c"])\n{**vars(subprocess)}["run"](["d"])\ntypes.SimpleNamespace(**vars(subprocess)).run(["e"])\nns = dict(subprocess.__dict__)\nns["run"](["f"])\n',
      "b.py": 'import subprocess, json, types\n{"r": safe_run}["r"](["a"])\n{"r": subprocess.run}["s"](["b"])\ndict([("r", safe_run)])["r"](["c"])\ndict(vars(json))["dumps"]({})\n{**vars(other)}["run"](["d"])\ntypes.SimpleNamespace(**vars(json)).dumps({})\ndict(r=safe_run)["r"](["e"])\n',
    };
    expect(await scan(files)).toEqual(["a.py:2:1-2:27 scan/shell-command", "a.py:3:13-3:27 scan/shell-command", "a.py:4:1-4:30 scan/shell-command", "a.py:5:1-5:28 scan/shell-command", "a.py:6:1-6:46 scan/shell-command", "a.py:8:1-8:10 scan/shell-command"]);
  });

  test("Python: `vars(subprocess).copy()[\"run\"]`, an entry of a dict written in place held by a name; the same of a module or function not watched is not", async () => {
    const files = {
      "a.py": 'import subprocess, json\nvars(subprocess).copy()["run"](["a"])\nr = {"r": subprocess.run}["r"]\nr(["b"])\n',
      "b.py": 'import subprocess, json\nvars(json).copy()["dumps"]({})\nr = {"r": safe_run}["r"]\nr(["b"])\n',
    };
    expect(await scan(files)).toEqual(["a.py:2:1-2:31 scan/shell-command", "a.py:4:1-4:2 scan/shell-command"]);
  });

  test("scan/dynamic-code: a value written in parentheses over several lines is decided by all its names (a finder chosen by a conditional, then a module loaded from its spec)", async () => {
    const files = { "a.py": "import importlib.util\nimport importlib.machinery\n\ndef load(module, paths):\n    finder = (\n        importlib.machinery.PathFinder().find_spec\n        if isinstance(paths, list) else\n        importlib.util.find_spec\n    )\n    spec = finder(module, paths)\n    return importlib.util.module_from_spec(spec)\n" };
    expect(await scan(files)).toEqual(["a.py:11:12-11:43 scan/dynamic-code"]);
  });
});

describe("scan/shell-command (Python): namespaces copied other ways, pairs handed over unpacked, entries read by methods", () => {
  test("Python: `dict(vars(os).items())`, `copy.copy(vars(os))`, a comprehension over `vars(os).items()`, `getattr(vars(os), \"get\")`, a copy held by a name, `types.MappingProxyType`, `collections.ChainMap`, `__getitem__`; of a module not watched, or keys copied, is not", async () => {
    const files = {
      "a.py": 'import os, copy, types, collections\ndict(vars(os).items())["system"]("a")\ncopy.copy(vars(os))["system"]("b")\n{k: v for k, v in vars(os).items()}["system"]("c")\ngetattr(vars(os), "get")("system")("d")\nd = dict(os.__dict__.items())\nd["system"]("e")\ntypes.MappingProxyType(vars(os))["system"]("f")\ncollections.ChainMap(vars(os))["system"]("g")\nvars(os).__getitem__("system")("h")\n',
      "b.py": 'import os, copy, json, types\ndict(vars(json).items())["dumps"]({})\ncopy.copy(vars(json))["dumps"]({})\n{k: k for k, v in vars(os).items()}["system"]("c")\ngetattr(vars(json), "get")("dumps")({})\nd = dict(os.environ.items())\nd["system"]("e")\ncopy.copy(settings)["system"]("f")\n',
    };
    expect(await scan(files)).toEqual(["a.py:10:1-10:31 scan/shell-command", "a.py:2:1-2:33 scan/shell-command", "a.py:3:1-3:30 scan/shell-command", "a.py:4:1-4:46 scan/shell-command", "a.py:5:1-5:35 scan/shell-command", "a.py:7:1-7:12 scan/shell-command", "a.py:8:1-8:43 scan/shell-command", "a.py:9:1-9:41 scan/shell-command"]);
  });

  test("Python: pairs handed over unpacked or in a set (`dict(*[[(\"r\", subprocess.run)]])`, `dict(**{\"r\": subprocess.run})`, `dict({(\"r\", subprocess.run)})`, `run(*[subprocess.run])`); a function not watched is not", async () => {
    const files = {
      "a.py": 'import subprocess\ndict(*[[("r", subprocess.run)]])["r"](["a"])\ndict(**{"r": subprocess.run})["r"](["b"])\ndict({("r", subprocess.run)})["r"](["c"])\ngo(*[subprocess.run])\n',
      "b.py": 'import subprocess, json\ndict(*[[("r", safe_run)]])["r"](["a"])\ndict(**{"r": json.dumps})["r"]({})\ndict({("r", safe_run)})["r"](["c"])\ngo(*[json.dumps])\n',
    };
    expect(await scan(files)).toEqual(["a.py:2:15-2:29 scan/shell-command", "a.py:3:14-3:28 scan/shell-command", "a.py:4:13-4:27 scan/shell-command", "a.py:5:6-5:20 scan/shell-command"]);
  });

  test("JavaScript: a watched function handed over in objects and arrays nested any depth or spread (`go({ a: { b: cp.execSync } })`, `go([[cp.exec]])`, `go(...[cp.spawn])`); a function not watched, a key, or pairs given to the real Map, is not", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\ngo({ a: { b: cp.execSync } });\ngo([[cp.exec]]);\ngo(...[cp.spawn]);\nnew Client({ opts: [{ fetch }] });\n',
      "b.js": 'const cp = require("child_process"), path = require("path");\ngo({ a: { b: path.join } });\ngo([[path.resolve]]);\ngo({ [cp.execSync]: 1 });\nnew Map([["r", cp.execSync]]);\n',
    };
    expect(await scan(files)).toEqual(["a.js:2:14-2:25 scan/shell-command", "a.js:3:6-3:13 scan/shell-command", "a.js:4:8-4:16 scan/shell-command", "a.js:5:23-5:28 scan/network-call"]);
  });

  test("Python: an importer reached other than by its name (`builtins.__dict__[\"__import__\"](\"os\")`, `getattr(builtins, \"__import__\")`, `vars(importlib)[\"import_module\"]`): the module it loads, or scan/dynamic-code for a name not read; a module not watched is not", async () => {
    const files = {
      "a.py": 'import builtins, importlib, sys\nbuiltins.__dict__["__import__"]("os").system("a")\ngetattr(builtins, "__import__")("os").popen("b")\nvars(importlib)["import_module"]("subprocess").run("c")\nbuiltins.__dict__["__import__"](sys.argv[1])\n',
      "b.py": 'import builtins, importlib\nbuiltins.__dict__["__import__"]("json").dumps(1)\ngetattr(builtins, "__import__")("os.path").join("a")\nvars(importlib)["import_module"](".sibling")\n',
    };
    expect(await scan(files)).toEqual(["a.py:2:1-2:45 scan/shell-command", "a.py:3:1-3:44 scan/shell-command", "a.py:4:1-4:51 scan/shell-command", "a.py:5:1-5:32 scan/dynamic-code"]);
  });

  test("Python: an importer held by a name (`f = getattr(builtins, \"__imp\" + \"ort__\")`), and `__builtins__[\"__import__\"]` (a module's `__builtins__` is the builtins' dict): the module it loads, or scan/dynamic-code; another builtin read so is not", async () => {
    const files = {
      "a.py": 'import builtins, sys\nf = getattr(builtins, "__imp" + "ort__")\nf("os").system("a")\n__builtins__["__import__"]("subprocess").run("b")\nimp = __builtins__["__import__"]\nimp("os").popen("c")\nf(sys.argv[1])\n',
      "b.py": 'import builtins\nf = getattr(builtins, "__import__")\nf("json").dumps(1)\n__builtins__["len"]("x")\nimp = __builtins__["__import__"]\nimp("os.path").join("a")\n',
    };
    expect(await scan(files)).toEqual(["a.py:3:1-3:15 scan/shell-command", "a.py:4:1-4:45 scan/shell-command", "a.py:6:1-6:16 scan/shell-command", "a.py:7:1-7:2 scan/dynamic-code"]);
  });

  test("Python: an importer of a module held by another name (`import importlib as il` … `il.import_module(\"subprocess\")`, `import builtins as b` … `b.__import__`, `x = __builtins__`), `globals()[\"__builtins__\"]` and an imported module's `__builtins__.get(…)` (its builtins' dict): the module loaded, or scan/dynamic-code; another module's `.get` is not", async () => {
    const files = {
      "a.py": 'import importlib as il, builtins as b\nil.import_module("subprocess").run("a", shell=True)\nb.__import__("os").system("b")\nx = __builtins__\nx.__import__("os").popen("c")\nglobals()["__builtins__"].__import__("os").system("d")\nglobals()["__builtins__"]["__import__"]("os").system("e")\n__builtins__.get("__import__")("os").system("f")\nn = input()\nil.import_module(n)\n__builtins__.get(n)("g")\nglobals()["__builtins__"][n]("h")\n',
      "b.py": 'import importlib as il, builtins as b, json\nil.import_module("json").dumps(1)\nb.__import__("os.path").join("a")\n__builtins__.get("len")("x")\njson.__dict__.get("dumps")(1)\nd = {"get": 1}\nd.get("get")\n',
    };
    expect(await scan(files)).toEqual([
      "a.py:10:1-10:17 scan/dynamic-code",
      "a.py:11:1-11:20 scan/dynamic-code",
      "a.py:12:1-12:29 scan/dynamic-code",
      "a.py:2:1-2:35 scan/shell-command",
      "a.py:3:1-3:26 scan/shell-command",
      "a.py:5:1-5:25 scan/shell-command",
      "a.py:6:1-6:50 scan/shell-command",
      "a.py:7:1-7:53 scan/shell-command",
      "a.py:8:1-8:44 scan/shell-command",
    ]);
  });

  test("Python: modules read by their written names imported under another name (`import sys as s` … `s.modules[\"os\"]`, `import pkgutil as pk` … `pk.resolve_name(\"os:system\")`, `import operator as op` … `op.attrgetter`), and pkgutil's `module:member` name unaliased: the member, or scan/dynamic-code", async () => {
    const files = {
      "a.py": 'import sys as s, pkgutil as pk, operator as op, os\ns.modules["os"].system("a")\nm = s.modules\nm["subprocess"].run("b", shell=True)\npk.resolve_name("os:system")("c")\nop.attrgetter("system")(os)("d")\npk.resolve_name(input())\n',
      "b.py": 'import pkgutil\npkgutil.resolve_name("os:popen")("e")\n',
      "c.py": 'import sys as s, pkgutil as pk, operator as op, os\ns.modules["json"].dumps(1)\npk.resolve_name("os.path:join")("a")\nop.attrgetter("getcwd")(os)()\n',
    };
    expect(await scan(files)).toEqual(["a.py:2:1-2:23 scan/shell-command", "a.py:4:1-4:20 scan/shell-command", "a.py:5:1-5:29 scan/shell-command", "a.py:6:1-6:28 scan/shell-command", "a.py:7:1-7:16 scan/dynamic-code", "b.py:2:1-2:33 scan/shell-command"]);
  });

  test("Python: a watched function handed over in containers nested any depth (`go([{\"r\": subprocess.run}])`, `go({\"r\": [os.system]})`, `go(x={\"r\": (os.popen,)})`, `go({os.system})`, `go(*[[[[os.system]]]])`); a function not watched, or a dict's key, is not", async () => {
    const files = {
      "a.py": 'import os, subprocess\ngo([{"r": subprocess.run}])\ngo({"r": [os.system]})\ngo(x={"r": (os.popen,)})\ngo({os.system})\ngo(*[[[[os.system]]]])\n',
      "b.py": 'import os, json\ngo([{"r": json.dumps}])\ngo({"r": [os.path.join]})\ngo(x={"r": (json.loads,)})\ngo({os.getcwd})\ngo(*[[[[json.dumps]]]])\ngo({os.system: 1})\n',
    };
    expect(await scan(files)).toEqual(["a.py:2:11-2:25 scan/shell-command", "a.py:3:11-3:20 scan/shell-command", "a.py:4:13-4:21 scan/shell-command", "a.py:5:5-5:14 scan/shell-command", "a.py:6:9-6:18 scan/shell-command"]);
  });

  test("Python: a dict spread into a dict written in place or held (`{**{\"r\": subprocess.run}}[\"r\"]`, `d = {**vars(os)}`), `.pop`, a walrus or a lambda called in place, a negative index, `operator.getitem`/`itemgetter`, `builtins.getattr`; an entry written over by another, or a function not watched, is not", async () => {
    const files = {
      "a.py": 'import os, subprocess, operator, builtins\n{**{"r": subprocess.run}}["r"](["a"])\nd = {**vars(os)}\nd["system"]("b")\n{"r": subprocess.run}.pop("r")(["c"])\n(f := os.system)("d")\n(lambda: os.system)()("e")\n[print, os.system][-1]("f")\noperator.getitem(vars(os), "system")("g")\noperator.itemgetter("system")(vars(os))("h")\nbuiltins.getattr(os, "system")("i")\n__builtins__.getattr(os, "popen")("j")\n',
      "b.py": 'import os, subprocess, operator, builtins, json\n{"r": subprocess.run, "r": print}["r"](["a"])\nd = {"r": subprocess.run, **{"r": print}}\nd["r"]("b")\n{"r": print}.pop("r")("c")\n(f := print)("d")\n(lambda: print)()("e")\n[os.system, print][-1]("f")\noperator.getitem(vars(json), "dumps")({})\noperator.itemgetter("dumps")(vars(json))({})\nbuiltins.getattr(json, "dumps")({})\n',
    };
    expect(await scan(files)).toEqual([
      "a.py:10:1-10:40 scan/shell-command",
      "a.py:11:1-11:31 scan/shell-command",
      "a.py:12:1-12:34 scan/shell-command",
      "a.py:2:1-2:31 scan/shell-command",
      "a.py:4:1-4:12 scan/shell-command",
      "a.py:5:1-5:31 scan/shell-command",
      "a.py:6:2-6:16 scan/shell-command",
      "a.py:7:1-7:22 scan/shell-command",
      "a.py:8:1-8:23 scan/shell-command",
      "a.py:9:1-9:37 scan/shell-command",
    ]);
  });
});

describe("scan/shell-command (Python): a held sequence read from the end, built by `*`, copied or repeated; keys written as other numbers", () => {
  test("Python: `L[-1]`, `t[~0]` of a local tuple, `self.fs[-1]`, `D[\"a\"][-1]`, `[*[os.system]]`, `[*L]` held or looped over, `L.copy()`, `[os.system] * 2`, `L[True]`, `L[0x1]`, `{1: os.system}[1.0]`", async () => {
    const text = [
      "import os",
      "L = [print, os.system]",
      'L[-1]("a")',
      "def f():",
      "    t = (print, os.system)",
      '    t[~0]("b")',
      "class K:",
      "    def __init__(self):",
      "        self.fs = [print, os.system]",
      "    def go(self):",
      '        self.fs[-1]("c")',
      'D = {"a": (print, os.system)}',
      'D["a"][-1]("d")',
      "M = [*[os.system]]",
      'M[0]("e")',
      "for g in [*L]:",
      '    g("f")',
      'L.copy()[1]("g")',
      "T = [os.system] * 2",
      'T[1]("h")',
      'L[True]("i")',
      'L[0x1]("j")',
      "B = {1: os.system}",
      'B[1.0]("k")',
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual([
      "a.py:11:9-11:20 scan/shell-command",
      "a.py:13:1-13:11 scan/shell-command",
      "a.py:15:1-15:5 scan/shell-command",
      "a.py:17:5-17:6 scan/shell-command",
      "a.py:18:1-18:12 scan/shell-command",
      "a.py:20:1-20:5 scan/shell-command",
      "a.py:21:1-21:8 scan/shell-command",
      "a.py:22:1-22:7 scan/shell-command",
      "a.py:24:1-24:7 scan/shell-command",
      "a.py:3:1-3:6 scan/shell-command",
      "a.py:6:5-6:10 scan/shell-command",
    ]);
  });

  test("Python: a slice of the file's own list assigned a literal holding a watched function (`fs[:] = [os.system]`, `gs[0:1] = (os.popen,)`); one of plain values is not", async () => {
    const text = 'import os\nfs = [None]\nfs[:] = [os.system]\nfs[0]("a")\ngs = [print]\ngs[0:1] = (os.popen,)\ngs[0]("b")\nhs = [print]\nhs[:] = [len]\nhs[0]("c")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:4:1-4:6 scan/shell-command", "a.py:7:1-7:6 scan/shell-command"]);
  });

  test("clean: a dict's own `-1` key, an element from the end written in place past the watched one, `*` of values not watched, a copy or repetition of plain values, `L[False]` of a watched second element", async () => {
    const text = 'import os\nD = {-1: print, "r": os.system}\nD[-1]("a")\n[os.system, print][-1]("b")\nP = [*[print], *[len]]\nP[0]("c")\nQ = [print].copy()\nQ[0]("d")\nR = [print] * 2\nR[1]("e")\nL = [print, os.system]\nL[False]("f")\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): os's built-in modules, a bound function's `__self__`, the file's own module, arguments unpacked from a literal", () => {
  test("Python: `posix.system`, `nt.startfile`, `pydoc.pipepager`, `os.system.__self__.system`, `sys.modules[__name__].os.system`, `getattr(sys.modules[__name__], \"os\")`, `getattr(*[os, \"system\"])`; their look-alikes are not", async () => {
    const files = {
      "a.py": 'import os, sys, posix, nt, pydoc\nposix.system("a")\nnt.startfile("b")\npydoc.pipepager("c", "cat")\nos.system.__self__.system("d")\nsys.modules[__name__].os.system("e")\ngetattr(sys.modules[__name__], "os").popen("f")\ngetattr(*[os, "system"])("g")\n',
      "b.py": 'import os, sys, posix, pydoc, json\nposix.getcwd()\npydoc.render_doc(str)\nos.getcwd.__self__.getcwd()\njson.dumps.__self__\nsys.modules[__name__].json.dumps({})\ngetattr(sys.modules[__name__], "json").dumps({})\ngetattr(*[os, "getcwd"])()\nsys.modules[__name__].missing.system("h")\n',
    };
    expect(await scan(files)).toEqual([
      "a.py:2:1-2:13 scan/shell-command",
      "a.py:3:1-3:13 scan/shell-command",
      "a.py:4:1-4:16 scan/shell-command",
      "a.py:5:1-5:26 scan/shell-command",
      "a.py:6:1-6:32 scan/shell-command",
      "a.py:7:1-7:43 scan/shell-command",
      "a.py:8:1-8:25 scan/shell-command",
    ]);
  });
});

describe("scan/shell-command (Python): a value stored by setattr, a namespace read by dict's methods unbound", () => {
  test("Python: `setattr(o, \"r\", os.system)` (the value handed over), `dict.get(vars(os), \"system\")`, `dict.__getitem__(vars(os), \"system\")`; setattr of a watched object or of another value, and a namespace not watched, are not", async () => {
    const files = {
      "a.py": 'import os\no = object()\nsetattr(o, "r", os.system)\ndict.get(vars(os), "system")("b")\ndict.__getitem__(vars(os), "system")("c")\n',
      "b.py": 'import os, subprocess, json\nsetattr(subprocess, "run", print)\nsetattr(os, "system", None)\ndict.get(vars(json), "dumps")({})\ndict.get(settings, "system")("c")\n',
    };
    expect(await scan(files)).toEqual(["a.py:3:17-3:26 scan/shell-command", "a.py:4:1-4:29 scan/shell-command", "a.py:5:1-5:37 scan/shell-command"]);
  });
});

describe("scan/shell-command: a name called in a `with` statement's body reads the object's member first (sloppy scripts)", () => {
  test("scan/shell-command: `with (require(\"child_process\")) execSync(…)`, a held module, `.call`/`.apply`, and a `with` nested in one", async () => {
    const files = { "a.js": 'with (require("child_process")) execSync("a");\nconst cp = require("child_process");\nwith (cp) { spawn.call(null, "b"); console.log(1); }\nwith (cp) with (other) execFile.apply(null, ["c"]);\n' };
    expect(await scan(files)).toEqual(["a.js:1:33-1:41 scan/shell-command", "a.js:3:13-3:23 scan/shell-command", "a.js:4:24-4:38 scan/shell-command"]);
  });

  test("scan/shell-command is clean for a `with` of an object not watched and for names the watched module lacks", async () => {
    const files = { "a.js": 'with (Math) { max(1, 2); }\nwith (require("child_process")) { log("x"); parse("y"); }\nwith (require("path")) join("a", "b");\n' };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command: a module object passed through a built-in that returns it (Object.freeze, seal, create, assign, new Proxy)", () => {
  test("scan/shell-command: `Object.freeze(cp).exec`, a frozen table of members (also `as const`, exported and imported), `Object.create(cp)`, `Object.assign({}, cp)`, `new Proxy(cp, {})`", async () => {
    const files = {
      "a.js": 'const cp = require("child_process");\nObject.freeze(cp).exec("a");\nconst p = Object.create(cp);\np.exec("b");\nObject.assign({}, cp).spawn("c");\nnew Proxy(cp, {}).exec("d");\nconst h = Object.seal({ sh: cp.execSync });\nh.sh("e");\n',
      "tools.ts": 'import * as cp from "child_process";\nexport const TOOLS = Object.freeze({ run: cp.exec } as const);\nexport default Object.freeze({ spawn: cp.spawn });\n',
      "use.ts": 'import { TOOLS } from "./tools";\nimport t from "./tools";\nTOOLS.run("x");\nt.spawn("y");\n',
      "h.js": 'const cp = require("child_process");\nmodule.exports = Object.freeze({ run: cp.execSync });\n',
      "u.js": 'const h = require("./h");\nh.run("z");\n',
    };
    expect(await scan(files)).toEqual([
      "a.js:2:1-2:23 scan/shell-command",
      "a.js:4:1-4:7 scan/shell-command",
      "a.js:5:1-5:28 scan/shell-command",
      "a.js:6:1-6:23 scan/shell-command",
      "a.js:8:1-8:5 scan/shell-command",
      "u.js:2:1-2:6 scan/shell-command",
      "use.ts:3:1-3:10 scan/shell-command",
      "use.ts:4:1-4:8 scan/shell-command",
    ]);
  });

  test("scan/shell-command is clean for the same built-ins over objects not watched, and for an own `Proxy`", async () => {
    const files = { "a.js": 'const o = Object.freeze({ a: 1, exec: (s) => s });\no.exec("a");\nObject.assign({}, { spawn: () => 1 }).spawn();\nnew Proxy({}, {}).exec("b");\nconst cp = require("child_process");\nfunction f(Proxy) { return new Proxy(cp, {}).exec("c"); }\nObject.keys(cp).map(String);\n' };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command: Python's `f.__call__(…)` calls `f`; `os.startfile` opens a file with its associated program", () => {
  test("scan/shell-command: `os.system.__call__`, `subprocess.run.__call__`, `getattr(os, \"popen\").__call__`, `os.startfile`", async () => {
    const files = { "a.py": 'import os, subprocess\nos.system.__call__("a")\nsubprocess.run.__call__(["b"])\ngetattr(os, "popen").__call__("c")\nos.startfile("d.txt")\n' };
    expect(await scan(files)).toEqual(["a.py:2:1-2:19 scan/shell-command", "a.py:3:1-3:24 scan/shell-command", "a.py:4:1-4:30 scan/shell-command", "a.py:5:1-5:13 scan/shell-command"]);
  });

  test("scan/shell-command is clean for `__call__` of members not watched", async () => {
    expect(await scan({ "a.py": 'import os, json\njson.dumps.__call__({})\nos.getcwd.__call__()\n' })).toEqual([]);
  });
});

describe("scan/shell-command: `yield` and `await` as names (a script's plain functions), which tree-sitter reads as the keywords", () => {
  test("scan/shell-command: `return yield /(cp.execSync(…))/g` and `await /(require(…).execSync(…))/g` divide in Node, which runs the call", async () => {
    const files = { "a.js": 'const cp = require("child_process");\nfunction f() { let yield = 5; return yield /(cp.execSync("a"))/g; }\nfunction h() { var await = 5; return await /(require("child_process").execSync("b"))/g; }\n' };
    expect(await scan(files)).toEqual(["a.js:2:46-2:57 scan/shell-command", "a.js:3:46-3:79 scan/shell-command"]);
  });

  test("scan/shell-command: a script binding `await` or `yield` as a name (`var`, a parameter, destructuring, `for … of`, an assignment) and calling it", async () => {
    const files = {
      "var.js": 'var await = require("child_process").execSync;\nawait("a");\n',
      "param.js": 'function f(await) { await("b"); }\nf(require("child_process").execSync);\n',
      "destructured.js": 'const { execSync: await } = require("child_process");\nawait("c");\n',
      "loop.js": 'for (var await of [require("child_process").execSync]) await("d");\n',
      "assigned.js": 'var yield;\nyield = require("child_process").execSync;\nyield ("e");\n',
    };
    expect((await scan(files)).filter((f) => !f.endsWith("scan/parse-error"))).toEqual([
      "assigned.js:3:1-3:6 scan/shell-command",
      "destructured.js:2:1-2:6 scan/shell-command",
      "loop.js:1:56-1:61 scan/shell-command",
      "param.js:1:21-1:26 scan/shell-command",
      "param.js:2:3-2:36 scan/shell-command",
      "var.js:2:1-2:6 scan/shell-command",
    ]);
  });

  test("scan/shell-command is clean for an async function's `await (…)` and a generator's bare `yield` beside a watched module", async () => {
    const files = { "a.js": 'const cp = require("child_process");\nasync function g(r) { return (await r.json()).a + (await (cp.constants)); }\nfunction* h() { const y = yield; f(yield, y); }\n' };
    expect(await scan(files)).toEqual([]);
  });

  test("scan/shell-command: `await` and `yield` read as names only where code holds them so (prose in comments and strings does not double a file's scan)", async () => {
    const scanner = await Scanner.create({});
    const readings = vi.spyOn(scanner as unknown as { scanText: (...args: unknown[]) => unknown }, "scanText");
    const prose = 'const cp = require("child_process");\n/** Called on early exit (e.g. break from for-await) or after; await in order, yield, then stop. */\nconst help = "await) yield: await of", keywords = { yield: 1, await: 2 };\ncp.execSync("a");\n';
    expect(scanner.scan("prose.js", prose).findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(["4:1 scan/shell-command"]);
    expect(readings).toHaveBeenCalledTimes(1);
    readings.mockClear();
    const bound = `${prose}var await = require("child_process").execSync;\nawait("b");\n`;
    expect(scanner.scan("bound.js", bound).findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(["4:1 scan/shell-command", "6:1 scan/shell-command"]);
    expect(readings).toHaveBeenCalledTimes(2);
    // A TypeScript parameter named so, typed: `function f(await: Run)`.
    readings.mockClear();
    const typed = 'const cp = require("child_process");\nfunction f(await: Function) { await("c"); }\nf(cp.execSync);\n';
    expect(scanner.scan("typed.ts", typed).findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(["2:17 scan/parse-error", "3:3 scan/shell-command", "2:31 scan/shell-command"]);
    expect(readings).toHaveBeenCalledTimes(2);
    scanner.dispose();
  });

  test("scan/shell-command is clean for a generator's `yield /re/` and an async function's `await /re/`", async () => {
    const files = { "a.js": 'const cp = require("child_process");\nfunction* g() { yield /a(b)/g; }\nasync function h() { await /x(y)/; }\nconst z = cp.constants;\n' };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command: Python names read from a scope's dict (`globals()[\"os\"]`), `sys.modules.get`, and `webbrowser`", () => {
  test("scan/shell-command: `globals()[\"os\"]`, `vars()[\"os\"]`, `locals()[\"os\"]`, `globals().get(…)`, `sys.modules.get(\"os\")`, `webbrowser.open` and a controller's `open`", async () => {
    const files = { "a.py": 'import os, sys, subprocess, webbrowser\nglobals()["os"].system("a")\nvars()["os"].system("b")\nlocals()["os"].popen("c")\nglobals().get("subprocess").run(["d"])\nsys.modules.get("os").system("e")\nwebbrowser.open("https://x.example")\nwebbrowser.get("firefox").open_new_tab("https://y.example")\n' };
    expect(await scan(files)).toEqual([
      "a.py:2:1-2:23 scan/shell-command",
      "a.py:3:1-3:20 scan/shell-command",
      "a.py:4:1-4:21 scan/shell-command",
      "a.py:5:1-5:32 scan/shell-command",
      "a.py:6:1-6:29 scan/shell-command",
      "a.py:7:1-7:16 scan/shell-command",
      "a.py:8:1-8:39 scan/shell-command",
    ]);
  });

  test("scan/shell-command is clean for scope dicts of names not watched, a parameter named `globals`, and webbrowser's registry", async () => {
    const files = { "a.py": 'import os, webbrowser\nglobals()["json"]\nglobals()["os"].getcwd()\ndef f(globals):\n    globals()["os"].system("x")\nwebbrowser.register("x", None)\n' };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command: names destructured from an array written in place (`const [run] = [cp.exec]`)", () => {
  test("scan/shell-command: the element at each name's position, past holes and with a default", async () => {
    const files = { "a.js": 'const cp = require("child_process");\nconst [run] = [cp.exec];\nrun("a");\nconst [, sp = null] = [1, cp.spawn];\nsp("b");\n' };
    expect(await scan(files)).toEqual(["a.js:3:1-3:4 scan/shell-command", "a.js:5:1-5:3 scan/shell-command"]);
  });

  test("scan/shell-command is clean for elements not watched and a local `fetch` destructured from one; a position after a spread may be the watched element (`list` of one: `d` is `cp.exec`)", async () => {
    const files = { "a.js": 'const cp = require("child_process");\nconst [a, b] = [1, cp.constants];\nb.x();\nconst [c, d] = [...list, cp.exec];\nd("c");\nfunction k(x, u) { const [fetch] = [x]; return fetch(u); }\n' };
    expect(await scan(files)).toEqual(["a.js:5:1-5:2 scan/shell-command"]);
  });
});

describe("scan/network-call: a browser's XMLHttpRequest, made to be opened and sent (as EventSource and WebSocket are)", () => {
  test("scan/network-call: `new XMLHttpRequest()`, also through `window`", async () => {
    expect(await scan({ "a.js": 'const x = new XMLHttpRequest();\nx.open("GET", "/a");\nconst y = new window.XMLHttpRequest();\n' })).toEqual(["a.js:1:15-1:29 scan/network-call", "a.js:3:15-3:36 scan/network-call"]);
  });

  test("scan/network-call is clean for a feature test and a parameter of the name", async () => {
    expect(await scan({ "a.js": 'if (typeof XMLHttpRequest !== "undefined") {}\nfunction f(XMLHttpRequest) { return new XMLHttpRequest(); }\n' })).toEqual([]);
  });
});

describe("scan/shell-command: a file Node's require runs as JavaScript whatever its name (`require(\"./payload.txt\")`, an extensionless file)", () => {
  /** As `flowgate check` selects them: the sources by extension only (the scan finds what they require). */
  const scanSources = async (files: Record<string, string>) => {
    const p = project(files);
    const run = await scanFiles({ root: p.root, files: p.files.filter((f) => f.endsWith(".js")), workers: 1 });
    return run.findings.map(brief).sort();
  };

  test("scan/shell-command: the required file's own calls and a call through what it exports, two requires deep", async () => {
    const files = {
      "agent/main.js": 'const p = require("./payload.txt");\np.run("a");\nrequire("./more");\n',
      "agent/payload.txt": 'exports.run = require("child_process").execSync;\n',
      "agent/more": 'require("./last.dat");\n',
      "agent/last.dat": 'require("child_process").spawn("b");\n',
    };
    expect(await scanSources(files)).toEqual(["agent/last.dat:1:1-1:31 scan/shell-command", "agent/main.js:2:1-2:6 scan/shell-command"]);
  });

  test("a required file reached through a folder that is a symbolic link out of the workspace is not read", async () => {
    const outside = tempDir();
    writeFileSync(join(outside, "payload.txt"), 'require("child_process").execSync("x");\n');
    const p = project({ "agent/main.js": 'require("./out/payload.txt");\n' });
    symlinkSync(outside, join(p.root, "agent/out"));
    const run = await scanFiles({ root: p.root, files: ["agent/main.js"], workers: 1 });
    expect(run.findings.map(brief)).toEqual([]);
    expect(run.files).toBe(1);
  });

  test("scan/shell-command is clean for files required as data or not required, and for names outside the root", async () => {
    const files = {
      "agent/main.js": 'require("./data.json");\nrequire("../../outside.txt");\nrequire("./missing.txt");\n',
      "agent/data.json": '{"a": 1}\n',
      "agent/notes.txt": 'require("child_process").execSync("c");\n',
    };
    expect(await scanSources(files)).toEqual([]);
  });
});

describe("scan/shell-command: a Python lambda held by a name at the module's top is a factory, as a `def` is", () => {
  test("scan/shell-command: `mk = lambda: os.system` … `mk()(cmd)`, with parameters and a fallback, and a factory calling it", async () => {
    const text = 'import os, subprocess\nmk = lambda: os.system\nmk()("id")\npick = lambda shell=None, *a: shell or subprocess.run\npick()("id")\ndef outer():\n    return mk()\nouter()("id")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:3:1-3:5 scan/shell-command", "a.py:5:1-5:7 scan/shell-command", "a.py:8:1-8:8 scan/shell-command"]);
  });
  test("scan/shell-command: a lambda whose parameters are padded past 200 characters or hold a string with a `:`", async () => {
    const text = `import os\nmk = lambda ${" ".repeat(300)}: os.system\nmk()("id")\nmk2 = lambda a="x:y": os.system\nmk2()("id")\n`;
    expect(await scan({ "a.py": text })).toEqual(["a.py:3:1-3:5 scan/shell-command", "a.py:5:1-5:6 scan/shell-command"]);
  });
  test("hostile input: 40,000 strings holding `lambda (` are each read a line's worth, and the factory's call is found", async () => {
    const text = `import os\ndef f():\n    return os.system\n${'x = "lambda ("\n'.repeat(40_000)}f()("id")\n`;
    expect(await scan({ "a.py": text })).toEqual(["a.py:40004:1-40004:4 scan/shell-command"]);
  });
  test("scan/shell-command is clean for a lambda of a value not watched, one inside a function, and one not held by a name", async () => {
    const text = 'import json, os\nmk = lambda: json.loads\nmk()("1")\ndef f():\n    inner = lambda: os.system\n    return 1\nf()\nhandlers = [lambda: os.system]\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command: an async factory's value through its promise's `.then`", () => {
  test("scan/shell-command: `mk().then((f) => f(cmd))` of `async function mk() { return cp.execSync }`, also destructured", async () => {
    const text = 'const cp = require("child_process");\nasync function mk() { return cp.execSync; }\nasync function mods() { return cp; }\nmk().then((f) => f("id"));\nmods().then(({ spawn }) => spawn("id"));\n';
    expect(await scan({ "a.js": text })).toEqual(["a.js:4:18-4:19 scan/shell-command", "a.js:5:28-5:33 scan/shell-command"]);
  });
  test("scan/shell-command is clean for an async factory of a value not watched and a promise of unknown origin", async () => {
    const text = 'async function ok() { return JSON.parse; }\nok().then((f) => f("1"));\nconst p = load();\np.then((f) => f("x"));\n';
    expect(await scan({ "a.js": text })).toEqual([]);
  });
});

describe("scan/shell-command, scan/network-call: a TypeScript `declare` binds no name at run time", () => {
  test("`declare const require`, `declare class XMLHttpRequest`, `declare global { var WebSocket }` and `declare function fetch` hide no global; a parameter named `require` does", async () => {
    const text = 'declare const require: any;\nrequire("child_process").exec("a");\ndeclare class XMLHttpRequest {}\nnew XMLHttpRequest();\ndeclare global { var WebSocket: any; }\nnew WebSocket("wss://x");\ndeclare function fetch(u: string): Promise<unknown>;\nfetch("https://x");\nfunction local(require: (m: string) => any) {\n  require("child_process").exec("b");\n}\n';
    expect(await scan({ "a.ts": text })).toEqual(["a.ts:2:1-2:30 scan/shell-command", "a.ts:4:5-4:19 scan/network-call", "a.ts:6:5-6:14 scan/network-call", "a.ts:8:1-8:6 scan/network-call"]);
  });
});
