import { describe, expect, test } from "vitest";
import { scanSource } from "../../core/scan/scan";
import { at, found, scanConfig } from "./helpers";

describe("suppressions", () => {
  test("ignore-boundary at the end of the line, in both languages and both markers", async () => {
    expect(await found("a.py", "import os\nos.system('x')  # flowgate: ignore-boundary\n")).toEqual([]);
    expect(await found("a.py", "import os\nos.system('x')  # agentledger: ignore-boundary\n")).toEqual([]);
    expect(await found("a.ts", 'fetch("u"); // flowgate: ignore-boundary\n')).toEqual([]);
    expect(await found("a.ts", 'fetch("u"); /* agentledger: ignore-boundary */\n')).toEqual([]);
  });

  test("ignore-next-line covers only the next line", async () => {
    const text = "import os\n# flowgate: ignore-next-line\nos.system('a')\nos.system('b')\n";
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, "os.system", 1)}`]);
  });

  test("a marker inside a string is not a suppression", async () => {
    const py = "import os\nos.system('# flowgate: ignore-boundary')\n";
    expect(await found("a.py", py)).toEqual([`scan/shell-command ${at(py, "os.system")}`]);
    const ts = 'fetch("// flowgate: ignore-boundary");\nconst s = `/* flowgate: ignore-next-line */`;\nfetch("u");\n';
    expect(await found("a.ts", ts)).toEqual([`scan/network-call ${at(ts, "fetch")}`, `scan/network-call ${at(ts, "fetch", 1)}`]);
  });

  test("ignore-boundary on another line does not suppress", async () => {
    const text = "import os\n# flowgate: ignore-boundary\nos.system('a')\n";
    expect(await found("a.py", text)).toEqual([`scan/unused-suppression ${at(text, "flowgate: ignore-boundary")}`, `scan/shell-command ${at(text, "os.system")}`]);
  });

  test("a suppression that suppresses nothing is a note at the marker", async () => {
    const text = "x = 1  # flowgate: ignore-boundary -- stale\nimport os\n";
    const findings = await scanSource("a.py", text, { config: scanConfig() });
    expect(findings.map((f) => [f.rule, f.severity, f.line, f.column, f.endColumn, f.message])).toEqual([
      ["scan/unused-suppression", "note", 1, 10, 35, "`flowgate: ignore-boundary` suppresses nothing; remove it."],
    ]);
  });

  test("require-reason: a bare suppression still suppresses but warns; one with a reason is fine", async () => {
    const text = "import os\nos.system('a')  # flowgate: ignore-boundary\nos.system('b')  # flowgate: ignore-boundary -- bootstrap only\n";
    expect(await found("a.py", text, { "require-reason": true })).toEqual([`scan/suppression-without-reason ${at(text, "flowgate: ignore-boundary")}`]);
    expect(await found("a.py", text)).toEqual([]);
  });

  test("scan/suppression-without-reason: the quick fix's unchanged placeholder (TODO…) is not a reason (#14 item 5)", async () => {
    const text = "import os\nos.system('a')  # flowgate: ignore-boundary -- TODO: why this call may bypass the tool gateway\nos.system('b')  # flowgate: ignore-boundary -- todo\nos.system('c')  # flowgate: ignore-boundary -- probe only, see TODO.md\n";
    expect(await found("a.py", text, { "require-reason": true })).toEqual(["scan/suppression-without-reason 2:19-2:44", "scan/suppression-without-reason 3:19-3:44"]);
    expect(await found("a.py", text)).toEqual([]);
  });

  test("the reason after -- is read up to the end of a block comment", async () => {
    const text = 'fetch("u"); /* flowgate: ignore-boundary -- health probe */\n';
    expect(await found("a.ts", text, { "require-reason": true })).toEqual([]);
    expect(await found("a.ts", 'fetch("u"); /* flowgate: ignore-boundary -- */\n', { "require-reason": true })).toEqual(["scan/suppression-without-reason 1:16-1:41"]);
  });

  test("a suppression covers every finding on its line", async () => {
    const text = 'fetch("a"); fetch("b"); // flowgate: ignore-boundary\n';
    expect(await found("a.js", text)).toEqual([]);
  });
});
