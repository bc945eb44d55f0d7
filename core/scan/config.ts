import { z } from "zod";
import { severitySchema } from "../kernel/findings";
import { closest } from "../suggest";
import { SCAN_RULES } from "./rules";
import { DEFAULT_SCAN_CONFIG } from "./config-defaults";
import { ANY, DEFAULT } from "./specs";

const globs = z.array(z.string().min(1));

/** A module name or member: identifier characters, dots, slashes, @ and dashes — never a pattern. */
const moduleName = z.string().regex(/^(node:)?[@A-Za-z0-9_][@A-Za-z0-9_./-]*$/, "a module name such as `mycorp.http` or `@mycorp/http-client`");
const memberName = z.union([z.literal(ANY), z.literal(DEFAULT), z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/, "a member name such as `post`, `Client.request`, `*` or `default`")]);

export const customRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "kebab-case, e.g. `internal-http`").describe("Names the rule in findings (properties.customRule) and in `scan.rules`."),
  language: z.enum(["python", "javascript", "typescript"]).describe("`javascript` and `typescript` both cover .js .mjs .cjs .jsx .ts .mts .cts .tsx."),
  module: moduleName.describe("The module as imported: dotted for Python (`mycorp.http`), the specifier for JS/TS (`@mycorp/http`)."),
  members: z.array(memberName).min(1).default([ANY]).describe("Members whose calls cross the boundary; `*` = any member or the module itself, `default` = the module itself (a default export)."),
  kind: z.enum(["call", "constructor", "any"]).default("any").describe("`constructor` = only `new X(...)`, `call` = only calls, `any` = both (JS/TS; in Python constructing is calling, so every kind matches calls)."),
  category: z.enum(["shell", "network", "model"]).describe("What kind of boundary this is."),
  message: z.string().min(1).max(500).describe("The finding's message."),
  severity: severitySchema.default("error"),
  "report-import": z.boolean().default(false).describe("Also report the import when no call through the module is found."),
});

const ruleSetting = z.union([z.literal("off"), severitySchema]);

export const scanConfigSchema = z.strictObject({
  include: globs.default(DEFAULT_SCAN_CONFIG.include).describe("Globs of source files to scan."),
  exclude: globs.default(DEFAULT_SCAN_CONFIG.exclude).describe("Globs not scanned (on top of the top-level `exclude` and node_modules, .git, dist, build, venv, vendor)."),
  allow: globs.default(DEFAULT_SCAN_CONFIG.allow).describe("Files allowed to cross the boundary: the gateway's own implementation."),
  rules: z.record(z.string(), ruleSetting).default(DEFAULT_SCAN_CONFIG.rules).describe("Per-rule `off` or severity, by rule id (`scan/network-call`) or custom rule id."),
  custom: z.array(customRuleSchema).default(DEFAULT_SCAN_CONFIG.custom).describe("More boundaries, declared as data."),
  "require-reason": z.boolean().default(DEFAULT_SCAN_CONFIG["require-reason"]).describe("A suppression without `-- reason` is a warning."),
  "skip-declarations": z.boolean().default(DEFAULT_SCAN_CONFIG["skip-declarations"]).describe("Skip TypeScript declaration files (*.d.ts): they contain no calls."),
  "default-excludes": z.boolean().default(DEFAULT_SCAN_CONFIG["default-excludes"]).describe("Leave out source files in dist, build, vendor, vendored and third_party folders (a note counts them); on a pull request, or with --base/--changed-files, the files the change adds or edits in any default-excluded folder are scanned. `false` scans them too; node_modules, .git, virtualenvs, site-packages and __pycache__ stay excluded."),
}).superRefine((scan, ctx) => {
  const known = [...SCAN_RULES.map((r) => r.id), ...scan.custom.map((c) => c.id)];
  for (const id of Object.keys(scan.rules)) {
    if (known.includes(id)) continue;
    const near = closest(id, known);
    ctx.addIssue({ code: "custom", path: ["rules", id], message: `unknown scan rule "${id}"${near ? `; did you mean "${near}"?` : ""}` });
  }
});

export type ScanConfig = z.infer<typeof scanConfigSchema>;
export type CustomRule = z.infer<typeof customRuleSchema>;
