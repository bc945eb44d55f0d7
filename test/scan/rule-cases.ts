import type { RuleCase } from "../helpers/rule-cases";

const CUSTOM_HTTP = `scan:
  custom:
    - id: internal-http
      language: python
      module: mycorp.http
      category: network
      message: use the gateway client
      report-import: true
`;

/** Each boundary-scan rule on a small Python or TypeScript file. */
export const SCAN_RULE_CASES: RuleCase[] = [
  {
    rule: "scan/boundary-import",
    shows: "a watched custom module imported but never called (report-import)",
    failing: { ".flowgate.yml": CUSTOM_HTTP, "agent.py": "import mycorp.http\n\nprint('hi')\n" },
    passing: { ".flowgate.yml": CUSTOM_HTTP, "agent.py": "import json\n\nprint('hi')\n" },
    expect: { file: "agent.py", line: 1, column: 8, count: 1 },
  },
  {
    rule: "scan/custom",
    shows: "a call through a custom boundary",
    failing: { ".flowgate.yml": CUSTOM_HTTP, "agent.py": "import mycorp.http\n\nmycorp.http.post('/x')\n" },
    passing: { ".flowgate.yml": CUSTOM_HTTP, "agent.py": "import json\n\njson.dumps({})\n" },
    expect: { file: "agent.py", line: 3, column: 1, count: 1 },
  },
  {
    rule: "scan/dynamic-code",
    shows: "exec of code decoded at run time, which the scan cannot read",
    failing: { "agent.py": 'import base64\nexec(base64.b64decode("cHJpbnQoMSk="))\n' },
    passing: { "agent.py": 'exec("print(1)")\n' },
    expect: { file: "agent.py", line: 2, column: 1, count: 1 },
  },
  {
    rule: "scan/compiled-module",
    shows: "a Python extension module beside the source it shadows (the passing side: a cache stamped with its source's time, as Python writes it)",
    failing: { "agent/helper.py": "print('hi')\n", "agent/helper.cpython-311-x86_64-linux-gnu.so": "\x7fELF\x02\x01\x01\n" },
    passing: { "agent/helper.py": "print('hi')\n", "agent/__pycache__/helper.cpython-311.pyc": "\x6f\x0d\x0d\x0a\x00\x00\x00\x00\x01\x02\x03\x04\x0d\x00\x00\x00" },
    expect: { file: "agent/helper.cpython-311-x86_64-linux-gnu.so", line: 1, column: 1, count: 1 },
  },
  {
    rule: "scan/excluded-sources",
    shows: "agent code in a vendor/ folder, left out by the default excludes (the note is placed at the first such file)",
    failing: { "vendor/tools/run.py": "import os\nos.system('ls')\n", "vendor/tools/README.md": "# tools\n", "build/gen.js": "module.exports = 1;\n", "agent.py": "print('hi')\n" },
    passing: { ".flowgate.yml": "scan:\n  default-excludes: false\n", "vendor/tools/README.md": "# tools\n", "build/gen.js": "module.exports = 1;\n", "agent.py": "print('hi')\n" },
    expect: { file: "build/gen.js", line: 1, column: 1, count: 1 },
  },
  {
    rule: "scan/model-sdk",
    shows: "an OpenAI client constructed in agent code",
    failing: { "agent.ts": 'import OpenAI from "openai";\nconst client = new OpenAI();\n' },
    passing: { "agent.ts": 'import { gateway } from "./gateway";\nconst client = gateway();\n' },
    expect: { file: "agent.ts", line: 2, column: 20, count: 1 },
  },
  {
    rule: "scan/network-call",
    shows: "requests.get in Python",
    failing: { "agent.py": "import requests\n\nrequests.get('https://example.com')\n" },
    passing: { "agent.py": "import gateway\n\ngateway.get('https://example.com')\n" },
    expect: { file: "agent.py", line: 3, column: 1, count: 1 },
  },
  {
    rule: "scan/parse-error",
    shows: "a Python file importing os that does not parse (files naming no watched module are not parsed)",
    failing: { "agent.py": "import os\n\ndef broken(:\n    os.getcwd()\n" },
    passing: { "agent.py": "import os\n\ndef fine():\n    os.getcwd()\n" },
    expect: { file: "agent.py", line: 3, column: 12, count: 1 },
  },
  {
    rule: "scan/respelled-name",
    shows: "os.system written in fullwidth letters, which Python reads as os.system",
    failing: { "agent.py": "import \uff4f\uff53\n\uff4f\uff53.system('ls')\n" },
    passing: { "agent.py": "import os\nos.getcwd()\n" },
    expect: { file: "agent.py", line: 1, column: 8, count: 2 },
  },
  {
    rule: "scan/shell-command",
    shows: "os.system in Python",
    failing: { "agent.py": "import os\nos.system('ls')\n" },
    passing: { "agent.py": "import os\nos.getcwd()\n" },
    expect: { file: "agent.py", line: 2, column: 1, count: 1 },
  },
  {
    rule: "scan/skipped-file",
    shows: "a source file over limits.max-file-bytes",
    failing: { ".flowgate.yml": "limits:\n  max-file-bytes: 10\n", "agent.py": "import json\nprint(json.dumps({}))\n" },
    passing: { ".flowgate.yml": "limits:\n  max-file-bytes: 1000\n", "agent.py": "import json\nprint(json.dumps({}))\n" },
    expect: { file: "agent.py", line: 1, column: 1, count: 1 },
  },
  {
    rule: "scan/star-import",
    shows: "from subprocess import *",
    failing: { "agent.py": "from subprocess import *\n" },
    passing: { "agent.py": "from subprocess import PIPE\n" },
    expect: { file: "agent.py", line: 1, column: 1, count: 1 },
  },
  {
    rule: "scan/suppression-without-reason",
    shows: "an ignore comment without `-- reason` under scan.require-reason",
    failing: { ".flowgate.yml": "scan:\n  require-reason: true\n", "agent.py": "import os\nos.system('ls')  # flowgate: ignore-boundary\n" },
    passing: { ".flowgate.yml": "scan:\n  require-reason: true\n", "agent.py": "import os\nos.system('ls')  # flowgate: ignore-boundary -- the gateway's own test\n" },
    expect: { file: "agent.py", line: 2, column: 20, count: 1 },
  },
  {
    rule: "scan/unused-suppression",
    shows: "an ignore comment on a line that crosses nothing",
    failing: { "agent.py": "x = 1  # flowgate: ignore-boundary -- stale\nimport os\n" },
    passing: { "agent.py": "x = 1\nimport os\n" },
    expect: { file: "agent.py", line: 1, column: 10, count: 1 },
  },
];
