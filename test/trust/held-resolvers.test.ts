import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, put, scanAnnotations } from "./pr";

// Python ways through the red team's third round proved (redteam3 p26/B05, p57/B09, p01/B03, p138/B40, p139/B26, p98):
// a methodcaller held and applied later, a pydantic ImportString field, SAX fetching a URL the text writes or with external
// entities on, a registry filled by __init_subclass__, a list joined by += read at the joined index.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

describe("held resolvers, importing fields, SAX fetches and computed-key stores fail the built Action", () => {
  it("scan/shell-command, scan/dynamic-code and scan/network-call: each way through fails the Action at its line", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/held.py", "import operator, subprocess\nrunner = operator.methodcaller('run', ['touch', '/tmp/x'])\nrunner(subprocess)\n");
      put(dir, "agent/spec.py", "from pydantic import BaseModel, ImportString\nclass ToolSpec(BaseModel):\n    handler: ImportString\n");
      put(dir, "agent/feed.py", "import xml.sax\nfrom xml.sax.handler import feature_external_ges\nxml.sax.parse('http://127.0.0.1:9/p01', xml.sax.ContentHandler())\np = xml.sax.make_parser(); p.setFeature(feature_external_ges, True)\n");
      put(dir, "agent/registry.py", "import os\nREG = {}\nclass Base:\n    def __init_subclass__(cls, **kw):\n        REG[cls.__name__] = os.system\nclass Shell(Base): pass\nREG['Shell']('touch /tmp/x')\nl = [os.popen]\nl += [os.system]\nl[1]('touch /tmp/y')\n");
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual([
      "scan/network-call agent/feed.py 3 1",
      "scan/network-call agent/feed.py 4 28",
      "scan/shell-command agent/held.py 3 1",
      "scan/shell-command agent/registry.py 7 1",
      "scan/shell-command agent/registry.py 10 1",
      "scan/dynamic-code agent/spec.py 3 14",
    ]);
  });

  it("scan/shell-command, scan/dynamic-code and scan/network-call are clean on their look-alikes", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/held.py", "import operator, os\ncwd = operator.methodcaller('getcwd')\ncwd(os)\n");
      put(dir, "agent/spec.py", "from pydantic import BaseModel\nclass ToolSpec(BaseModel):\n    handler: str\n");
      put(dir, "agent/feed.py", "import xml.sax\nfrom xml.sax.handler import feature_namespaces\np = xml.sax.make_parser(); p.setFeature(feature_namespaces, True)\np.parse('feed.xml')\n");
      put(dir, "agent/registry.py", "import os\nREG = {}\nclass Base:\n    def __init_subclass__(cls, **kw):\n        REG[cls.__name__] = print\nclass Shell(Base): pass\nREG['Shell']('x')\nl = [print]\nl += [print]\nl[1]('y')\nos.getcwd()\n");
    });
    const r = await gate(api, pr);
    expect(scanAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
