/** Defects found by the outside review of the boundary scan, each with the input that showed it. */
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { ScopeIndex, identifierAt } from "../../core/scan/resolve";
import { scanFiles } from "../../core/scan/run";
import { scanSource } from "../../core/scan/scan";
import { REPO } from "../helpers/cli";
import { at, found, scanConfig } from "./helpers";

const FIXTURES = join(REPO, "test/fixtures/scan/review");
const SHELL = "scan/shell-command";
const NET = "scan/network-call";

describe("review: files read from disk", () => {
  test("a UTF-8 byte order mark neither hides a Python import nor shifts line 1's columns", async () => {
    const run = await scanFiles({ root: FIXTURES, files: ["bom.py", "bom.ts"], workers: 1 });
    expect(run.findings.map((f) => `${f.file} ${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)).toEqual([
      `bom.py ${SHELL} 2:1-2:15`,
      `bom.ts ${NET} 1:1-1:6`,
    ]);
  });
});

describe("review: TypeScript", () => {
  test("`await x.y<T>(...)` (the grammar makes the await part of the callee) is reported at the awaited callee", async () => {
    const text = 'import axios from "axios";\nimport * as cp from "node:child_process";\nasync function f() {\n  const r = await axios.get<string>("u");\n  await fetch<unknown>("v");\n  await cp.execSync<Buffer>("ls");\n  await gateway.get<string>("w");\n}\n';
    for (const path of ["agent.ts", "agent.tsx"]) {
      expect(await found(path, text)).toEqual([`${NET} ${at(text, "axios.get", 0)}`, `${NET} ${at(text, "fetch")}`, `${SHELL} ${at(text, "cp.execSync")}`]);
    }
  });
});

describe("review: Python scopes", () => {
  test("a class attribute or method named like a module hides it only in the class body, not in the methods", async () => {
    const text = [
      "import requests",
      "class Client:",
      "    requests = None",
      "    probe = requests.head('u')",
      "    def get(self, url):",
      "        return requests.get(url)",
      "class Other:",
      "    def requests(self):",
      "        pass",
      "    handler = lambda self: requests.put('u')",
      "    def go(self):",
      "        return requests.post('u')",
      "",
    ].join("\n");
    expect(await found("agent.py", text)).toEqual([`${NET} ${at(text, "requests.get")}`, `${NET} ${at(text, "requests.put")}`, `${NET} ${at(text, "requests.post")}`]);
  });
});

describe("review: suppressions at scale", () => {
  test("each finding finds its suppression by line, without searching every suppression of the file (work linear in suppressions)", async () => {
    const count = 3000;
    const text = 'import cp from "child_process";\n' + 'cp.exec("x"); // flowgate: ignore-boundary -- fixture\n'.repeat(count) + "// flowgate: ignore-next-line -- nothing below\n\n";
    const findIndex = Array.prototype.findIndex;
    let visited = 0;
    const spy = vi.spyOn(Array.prototype, "findIndex").mockImplementation(function (this: unknown[], predicate, thisArg) {
      return findIndex.call(this, (...args: [unknown, number, unknown[]]) => (visited++, predicate.apply(thisArg, args)));
    });
    let findings: string[];
    try {
      findings = await found("agent.js", text);
    } finally {
      spy.mockRestore();
    }
    expect(findings).toEqual([`scan/unused-suppression ${count + 2}:4-${count + 2}:30`]);
    // Before: one search of the suppression list per finding, ~count²/2 = 4,500,000 predicate calls.
    expect(visited).toBeLessThan(10 * count);
  });
});

describe("review: re-binding through a shadowing parameter", () => {
  test("`run = sp.run` inside `def f(sp)` is the parameter's, and a parameter named like a top-level alias hides it", async () => {
    const py = "import subprocess as sp\nrun = sp.run\ndef f(sp):\n    go = sp.call\n    go('x')\ndef g(run):\n    run('y')\nrun('z')\n";
    expect(await found("agent.py", py)).toEqual([`${SHELL} ${at(py, "run", 4)}`]);
    const js = 'import cp from "child_process";\nconst run = cp.exec;\nfunction f(cp) {\n  const go = cp.spawn;\n  const { fork } = cp;\n  go("x");\n  fork("w");\n}\nconst g = (run) => run("y");\nrun("z");\n';
    expect(await found("agent.js", js)).toEqual([`${SHELL} ${at(js, "run", 3)}`]);
  });
});

describe("review: JavaScript globals", () => {
  test("a global imported under its own name from another module is that module's, not the global", async () => {
    const shadowed = 'import { fetch } from "./gateway";\nimport * as Deno from "./deno-shim";\nimport Bun = require("./bun-shim");\nexport async function f() {\n  await fetch("/tool");\n  new Deno.Command("ls");\n  Bun.spawn(["ls"]);\n}\n';
    expect(await found("agent.ts", shadowed)).toEqual([]);
    const named = 'import fetchRetry from "fetch-retry";\nimport { fetch as gatewayFetch } from "./gateway";\nawait fetch("u");\nawait gatewayFetch("v");\n';
    expect(await found("agent.mjs", named)).toEqual([`${NET} ${at(named, "fetch", 3)}`]);
  });
});

describe("review: hostile input", () => {
  test("a member chain of 500,000 names is a finding-free call, not a stack overflow that ends the scan", async () => {
    const py = `import os\nos${".a".repeat(500_000)}("x")\nos.system("y")\n`;
    expect(await found("agent.py", py)).toEqual([`${SHELL} 3:1-3:10`]);
    const js = `import cp from "child_process";\ncp${".a".repeat(500_000)}("x");\ncp.exec("y");\n`;
    expect(await found("agent.js", js)).toEqual([`${SHELL} 3:1-3:8`]);
  });

  test("references in deeply nested code resolve without walking the same scope chain again for each (work linear in depth, not quadratic)", async () => {
    const depth = 2000;
    let text = "function g(fetch) { return fetch(0); }\n";
    for (let i = 1; i <= depth; i++) text += `function f${i}() { fetch(${i});\n`;
    text += "}".repeat(depth) + "\n";
    const chain = ScopeIndex.prototype.chain;
    let steps = 0;
    const spy = vi.spyOn(ScopeIndex.prototype, "chain").mockImplementation(function* (this: ScopeIndex, offset: number, skip?: number) {
      for (const scope of chain.call(this, offset, skip)) (steps++, yield scope);
    });
    try {
      const findings = await found("nested.js", text);
      expect(findings.length).toBe(depth);
      expect(findings[depth - 1]).toBe(`${NET} ${at(text, "fetch", 2 + depth - 1)}`);
    } finally {
      spy.mockRestore();
    }
    // Each nested function is walked a bounded number of times (before: every reference walked all its enclosing scopes, ~depth²/2 = 2,000,000 steps).
    expect(steps).toBeLessThan(10 * depth);
  });
});

describe("review: rules table", () => {
  test("axios set-up (interceptors, defaults, CancelToken, all/spread helpers) is not a network call; requests through axios still are", async () => {
    const text = 'import axios from "axios";\naxios.interceptors.request.use((c) => c);\naxios.interceptors.response.eject(0);\nconst src = axios.CancelToken.source();\naxios.defaults.headers.common.set("x", "y");\nawait axios.all([axios.get("u")]).then(axios.spread((a) => a));\n';
    expect(await found("agent.ts", text)).toEqual([`${NET} ${at(text, "axios.get")}`]);
  });
});

describe("review: rules table (Python)", () => {
  test("requests' transport set-up (adapters, urllib3 Retry through requests.packages, cookie jars) is not a network call; the session and the request are", async () => {
    const text = "import requests\nfrom requests.adapters import HTTPAdapter\nfrom requests.packages.urllib3.util.retry import Retry\ns = requests.Session()\ns.mount('https://', HTTPAdapter(max_retries=Retry(total=3)))\nrequests.cookies.RequestsCookieJar()\nrequests.get('u')\n";
    expect(await found("agent.py", text)).toEqual([`${NET} ${at(text, "requests.Session")}`, `${NET} ${at(text, "requests.get")}`]);
  });
});

describe("review: promisify", () => {
  test("a promisified child_process function is reported where it is called; promisify of anything else is not", async () => {
    const text = 'import { exec } from "node:child_process";\nimport * as cp from "child_process";\nimport util, { promisify } from "node:util";\nconst execAsync = promisify(exec);\nconst execFileAsync = util.promisify(cp.execFile);\nconst sleep = promisify(setTimeout);\nawait execAsync("ls");\nawait execFileAsync("git", ["status"]);\nawait sleep(10);\n';
    expect(await found("agent.ts", text)).toEqual([`${SHELL} ${at(text, "execAsync", 1)}`, `${SHELL} ${at(text, "execFileAsync", 1)}`]);
  });
});

describe("review: await (x).y(...)", () => {
  test("tree-sitter-javascript's call of `await`: the dynamic import is resolved, the range starts after the keyword and the message keeps `await import`", async () => {
    const text = 'async function f() {\n  await (await import("node:child_process")).execSync("ls");\n  await (gateway).exec("x");\n}\n';
    const findings = await scanSource("agent.js", text, { config: scanConfig() });
    expect(findings.map((f) => `${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)).toEqual([`${SHELL} ${at(text, '(await import("node:child_process")).execSync')}`]);
    expect(findings[0]!.message).toContain('`(await import("node:child_process")).execSync` (child_process.execSync)');
  });
});

describe("review: names beyond ASCII", () => {
  test("identifierAt reads ASCII names by themselves and every other name whole, as the language does", () => {
    const text = "run(x) cpé.exec _$a1 1a ｏｓ.f 𝑥y é";
    expect(identifierAt(text, 0)).toBe("run");
    expect(identifierAt(text, 7)).toBe("cpé");
    expect(identifierAt(text, 16)).toBe("_$a1");
    expect(identifierAt(text, 21)).toBeUndefined();
    expect(identifierAt(text, 22)).toBe("a");
    expect(identifierAt(text, 24)).toBe("ｏｓ");
    expect(identifierAt(text, 29)).toBe("𝑥y");
    expect(identifierAt(text, 33)).toBe("é");
    expect(identifierAt(text, 3)).toBeUndefined();
  });

  test("a local whose name starts like a watched module's binding is its own name: `cpé.exec` is not `cp.exec`", async () => {
    const text = 'const cp = require("child_process");\nconst cpé = { exec() {} };\ncpé.exec("ls");\nconst runé = cp.exec;\nruné("ls");\n';
    expect(await found("agent.js", text)).toEqual([`${SHELL} ${at(text, "runé", 1)}`]);
    const py = "import os as o\noé = object()\noé.system('ls')\nsé = o.system\nsé('ls')\n";
    expect(await found("agent.py", py)).toEqual([`${SHELL} ${at(py, "sé", 1)}`]);
  });
});
