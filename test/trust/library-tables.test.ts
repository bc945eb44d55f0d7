import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest } from "./pr";

// Crossings the red team's fourth round found missing from the table (redteam4 sections 6 and 7; Action A10–A28, A29, A64):
// GitPython's and plumbum's commands, a tornado template's Python, httpx's transport sending, Playwright's and Azure DevOps' requests.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const errors = (commands: string[]) => commands.filter((c) => c.startsWith("::error title=scan/")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(":"));

describe("the table's new library entries fail the built Action", () => {
  it("scan/shell-command and scan/network-call: GitPython's execute and clone, plumbum's local[name](), a tornado template's os.system, httpx's transport, Playwright's request context, Azure DevOps' WebApi fail the built Action at each", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/vcs.py"), "import git\nr = git.Repo('.')\nr.git.execute(['touch', '/tmp/x'])\ngit.Repo.clone_from('http://127.0.0.1:9/r.git', '/tmp/c')\n");
      writeFileSync(join(dir, "agent/tools.py"), "from plumbum import local\nlocal['touch']('/tmp/x')\n");
      writeFileSync(join(dir, "agent/page.py"), "from tornado.template import Template\nTemplate(\"{{ __import__('os').system('touch /tmp/x') }}\").generate()\n");
      writeFileSync(join(dir, "agent/send.py"), "import httpx\nt = httpx.HTTPTransport()\nt.handle_request(httpx.Request('GET', 'http://127.0.0.1:9/'))\n");
      writeFileSync(join(dir, "agent/req.js"), "const { request } = require('playwright-core');\n(async () => { const r = await request.newContext(); await r.get('http://127.0.0.1:9/'); })();\n");
      writeFileSync(join(dir, "agent/ado.js"), "const azdev = require('azure-devops-node-api');\nnew azdev.WebApi('http://127.0.0.1:9/', azdev.getBasicHandler('u', 'p')).connect();\n");
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errors(r.commands).sort()).toEqual(
      ["scan/network-call:agent/ado.js:2:5", "scan/shell-command:agent/page.py:2:1", "scan/network-call:agent/req.js:2:60", "scan/network-call:agent/send.py:3:1", "scan/shell-command:agent/tools.py:2:1", "scan/shell-command:agent/vcs.py:3:1", "scan/network-call:agent/vcs.py:4:1"].sort(),
    );
  });

  it("scan/shell-command and scan/network-call are clean on their look-alikes: a repository opened, plumbum's path, a template of names, a transport made, a request context disposed, an auth handler", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/vcs.py"), "import git\nr = git.Repo('.')\nprint(r.working_dir)\n");
      writeFileSync(join(dir, "agent/tools.py"), "from plumbum import local\nlocal.path('/tmp')\nlocal.env.get('HOME')\n");
      writeFileSync(join(dir, "agent/page.py"), "from tornado.template import Template\nTemplate('<p>{{ name }}</p>').generate(name='a')\n");
      writeFileSync(join(dir, "agent/send.py"), "import httpx\nt = httpx.HTTPTransport(retries=2)\n");
      writeFileSync(join(dir, "agent/req.js"), "const { request } = require('playwright-core');\n(async () => { const r = await request.newContext(); await r.dispose(); })();\n");
      writeFileSync(join(dir, "agent/ado.js"), "const azdev = require('azure-devops-node-api');\nconst h = azdev.getBasicHandler('u', 'p');\n");
    });
    const r = await gate(api, pr);
    expect(errors(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
