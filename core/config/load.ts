import { existsSync } from "node:fs";
import { unsafeReason } from "../kernel/workspace";
import { join, relative } from "node:path";
import { z } from "zod";
import { locateIssue } from "../issues";
import { parseSource, readSourceText } from "../kernel/source/document";
import { toRepoPath } from "../kernel/findings";
import { type Config, DEFAULT_CONFIG, configSchema } from "./schema";

export const CONFIG_FILE = ".flowgate.yml";

/** A configuration the gate cannot run with: exit 2, with a position. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = "ConfigError";
  }
}

/** Keys allowed at a pointer of the config, for "did you mean". */
function knownKeys(pointer: (string | number)[]): string[] {
  let schema: z.ZodType = configSchema;
  for (const key of pointer) {
    const def = unwrap(schema);
    if (def instanceof z.ZodObject) schema = def.shape[key as string] as z.ZodType;
    else if (def instanceof z.ZodArray) schema = def.element as z.ZodType;
    else return [];
    if (!schema) return [];
  }
  const def = unwrap(schema);
  return def instanceof z.ZodObject ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

export function parseConfig(file: string, text: string): Config {
  // An empty or comment-only file (a fresh `touch .flowgate.yml`) holds no YAML document: the defaults apply.
  if (text.split(/\r\n|\r|\n/).every((line) => /^\s*(#.*)?$/.test(line))) return DEFAULT_CONFIG;
  const { doc, findings } = parseSource(file, text);
  const fatal = findings.find((f) => f.severity === "error");
  if (!doc || fatal) {
    const f = fatal ?? findings[0]!;
    throw new ConfigError(file, f.line, f.column, f.message);
  }
  if (doc.data === null || doc.data === undefined) return DEFAULT_CONFIG;
  const parsed = configSchema.safeParse(doc.data);
  if (!parsed.success) {
    const first = parsed.error.issues.flatMap((issue) => locateIssue(doc, issue, knownKeys))[0]!;
    throw new ConfigError(file, first.range.line, first.range.column, first.message);
  }
  return parsed.data;
}

/** `explicit` is a path given by the user (must exist); otherwise `<root>/.flowgate.yml` if present. */
export function loadConfig(root: string, explicit?: string): { config: Config; file?: string } {
  const path = explicit ? (explicit.startsWith("/") ? explicit : join(root, explicit)) : join(root, CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicit) throw new ConfigError(explicit, 1, 1, "config file not found");
    return { config: DEFAULT_CONFIG };
  }
  const shown = toRepoPath(relative(root, path) || path);
  // A pushed `.flowgate.yml -> /proc/self/environ` would be quoted by the YAML errors: never followed out.
  const unsafe = unsafeReason(root, relative(root, path));
  if (unsafe) throw new ConfigError(shown, 1, 1, `${shown} ${unsafe}: it was not read`);
  return { config: parseConfig(shown, readConfigText(path, shown)), file: shown };
}

/** The config file's text; a directory, an unreadable or an oversized file is a ConfigError (exit 2), not a crash. */
function readConfigText(path: string, shown: string): string {
  const read = readSourceText(path, shown);
  if (read.text === undefined) throw new ConfigError(shown, 1, 1, read.findings[0]!.message);
  return read.text;
}
