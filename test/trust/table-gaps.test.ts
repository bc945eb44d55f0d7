import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest } from "./pr";

// Crossings the red team's third round found missing from the table (redteam3 B27 p144, B07 p53, B13 p66): DOM's entity
// resolver opening a URL, a jinja2 template reaching os through dunder attributes, a module compiled from a string by require-from-string.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const errors = (commands: string[]) => commands.filter((c) => c.startsWith("::error title=scan/")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(":"));

describe("the table's new entries fail the built Action", () => {
  it("scan/network-call, scan/dynamic-code and scan/shell-command: DOMEntityResolver().resolveEntity of a URL, a jinja2 template reading dunders, require-from-string of code fail the built Action at each", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/feed.py"), "from xml.dom.xmlbuilder import DOMEntityResolver\nDOMEntityResolver().resolveEntity(None, 'http://127.0.0.1:9/e')\n");
      writeFileSync(join(dir, "agent/prompt.py"), `from jinja2 import Template\nPROMPT = "{{ cycler.__init__.__globals__.os.system('touch /tmp/x') }}"\nTemplate(PROMPT).render()\n`);
      writeFileSync(join(dir, "agent/rfs.js"), `const load = require('require-from-string');\nload("require('child_process').execSync('touch /tmp/x')");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errors(r.commands)).toEqual(["scan/network-call:agent/feed.py:2:1", "scan/dynamic-code:agent/prompt.py:3:1", "scan/shell-command:agent/rfs.js:2:1"]);
  });

  it("scan/network-call, scan/dynamic-code and scan/shell-command are clean on their look-alikes: a resolver only made, a template without dunders, require-from-string of harmless code", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/feed.py"), "from xml.dom.xmlbuilder import DOMEntityResolver\nresolver = DOMEntityResolver()\n");
      writeFileSync(join(dir, "agent/prompt.py"), `from jinja2 import Template\nTemplate("Hello {{ name }}").render(name="a")\n`);
      writeFileSync(join(dir, "agent/rfs.js"), `const load = require('require-from-string');\nload("module.exports = 1 + 1");\n`);
    });
    const r = await gate(api, pr);
    expect(errors(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
