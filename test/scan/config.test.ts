import { describe, expect, test } from "vitest";
import { parseConfig, ConfigError } from "../../core/config/load";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { DEFAULT_SCAN_CONFIG, scanSource } from "../../core/scan/scan";
import { at, found, scanConfig } from "./helpers";

describe("scan section of .flowgate.yml", () => {
  test("defaults: every language, no allow list, no custom rules", () => {
    expect(DEFAULT_CONFIG.scan).toEqual({
      include: ["**/*.py", "**/*.pyw", "**/*.pth", "**/.pdbrc", "**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx", "**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx", "**/*.ipynb"],
      exclude: [],
      allow: [],
      rules: {},
      custom: [],
      "require-reason": false,
      "skip-declarations": true,
      "default-excludes": true,
    });
    // The scanner's own defaults (what a scan without a config, and the scan worker, use) are the same object's values.
    expect(DEFAULT_SCAN_CONFIG).toEqual(DEFAULT_CONFIG.scan);
  });

  test("an unknown rule id is a config error with a position and a suggestion", () => {
    const text = "scan:\n  rules:\n    scan/network-cal: off\n";
    expect(() => parseConfig(".flowgate.yml", text)).toThrow(ConfigError);
    try {
      parseConfig(".flowgate.yml", text);
    } catch (e) {
      expect((e as ConfigError).line).toBe(3);
      expect((e as ConfigError).detail).toContain('did you mean "scan/network-call"');
    }
  });

  test("an unknown key in scan is a config error", () => {
    expect(() => parseConfig(".flowgate.yml", "scan:\n  alow: [x]\n")).toThrow(/alow/);
  });

  test("custom rules reject regular expressions and code in module names", () => {
    const bad = (module: string) => `scan:\n  custom:\n    - id: x\n      language: python\n      module: "${module}"\n      category: network\n      message: m\n`;
    expect(() => parseConfig(".flowgate.yml", bad("mycorp.(http|rpc)"))).toThrow(ConfigError);
    expect(() => parseConfig(".flowgate.yml", bad("x; import os"))).toThrow(ConfigError);
    expect(parseConfig(".flowgate.yml", bad("mycorp.http")).scan.custom[0]!.module).toBe("mycorp.http");
  });
});

describe("per-rule settings", () => {
  test("off drops a rule, a severity replaces the default", async () => {
    const text = 'import { exec } from "child_process";\nexec("ls");\nfetch("u");\n';
    expect(await found("a.ts", text, { rules: { "scan/network-call": "off" } })).toEqual([`scan/shell-command ${at(text, "exec", 1)}`]);
    const findings = await scanSource("a.ts", text, { config: scanConfig({ rules: { "scan/shell-command": "warning" } }) });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["scan/shell-command", "warning"],
      ["scan/network-call", "error"],
    ]);
  });
});

describe("custom rules", () => {
  const custom = (rule: Record<string, unknown>) => ({ custom: [{ id: "internal-http", category: "network", message: "mycorp.http bypasses the gateway; use the http_request tool", ...rule }] });

  test("Python: a module's members, aliased, with the custom message, category and id", async () => {
    const text = "from mycorp import http as h\nh.post('u')\nh.quote('x')\n";
    const config = scanConfig(custom({ language: "python", module: "mycorp.http", members: ["post", "get"] }));
    const findings = await scanSource("a.py", text, { config });
    expect(findings.map((f) => [f.rule, f.line, f.column, f.endColumn, f.category, f.severity, f.message, f.properties?.customRule])).toEqual([
      ["scan/custom", 2, 1, 7, "network", "error", "mycorp.http bypasses the gateway; use the http_request tool", "internal-http"],
    ]);
  });

  test("JS: constructor-only rules skip plain calls; `*` covers every member", async () => {
    const text = 'import { Client, helper } from "@mycorp/http";\nnew Client();\nClient();\nhelper();\n';
    const ctor = scanConfig(custom({ language: "typescript", module: "@mycorp/http", members: ["Client"], kind: "constructor" }));
    expect((await scanSource("a.ts", text, { config: ctor })).map((f) => `${f.line}:${f.column}`)).toEqual(["2:5"]);
    const any = scanConfig(custom({ language: "javascript", module: "@mycorp/http", members: ["*"] }));
    expect((await scanSource("a.ts", text, { config: any })).map((f) => `${f.line}:${f.column}`)).toEqual(["2:5", "3:1", "4:1"]);
  });

  test("report-import: the import is reported when no call through the module is found", async () => {
    const config = scanConfig(custom({ language: "python", module: "mycorp.http", members: ["post"], "report-import": true, severity: "warning" }));
    const onlyImport = "import mycorp.http\n";
    expect((await scanSource("a.py", onlyImport, { config })).map((f) => [f.rule, f.severity, f.line, f.column, f.endColumn])).toEqual([["scan/boundary-import", "warning", 1, 8, 19]]);
    const withCall = "import mycorp.http\nmycorp.http.post('u')\n";
    expect((await scanSource("a.py", withCall, { config })).map((f) => [f.rule, f.line])).toEqual([["scan/custom", 2]]);
  });

  // A Python call is matched against every table module it lies under (`mycorp.http.post` under `mycorp.http` and
  // `mycorp`), in the table's order, whichever module is the longer name.
  test.each([
    [["mycorp.http", "mycorp"], ["under-http", "under-mycorp"]],
    [["mycorp", "mycorp.http"], ["under-mycorp", "under-http"]],
  ])("Python: rules on a module and on a package above it match in the order written (%j)", async (modules, expected) => {
    const rule = (module: string) => ({ id: module === "mycorp" ? "under-mycorp" : "under-http", language: "python", module, members: module === "mycorp" ? ["http.post"] : ["post"], category: "network", message: `m ${module}` });
    const config = scanConfig({ custom: modules.map(rule) });
    const findings = await scanSource("a.py", "import mycorp.http\nmycorp.http.post('u')\n", { config });
    expect(findings.map((f) => f.properties?.customRule)).toEqual(expected);
  });

  test("a custom rule can be switched off by its id", async () => {
    const config = scanConfig({ ...custom({ language: "python", module: "mycorp.http" }), rules: { "internal-http": "off" } });
    expect(await scanSource("a.py", "import mycorp.http\nmycorp.http.post('u')\n", { config })).toEqual([]);
  });
});
