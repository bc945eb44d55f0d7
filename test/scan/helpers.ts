import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { compareFindings } from "../../core/kernel/findings";
import { type ScanConfig, scanConfigSchema } from "../../core/scan/config";
import { scanSource } from "../../core/scan/scan";
import { tempDir } from "../helpers/cli";

/** "line:col-endLine:endCol" of the nth occurrence (0-based) of `needle` in `text` — exact, end exclusive. */
export function at(text: string, needle: string, nth = 0): string {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  const pos = (o: number) => {
    const before = text.slice(0, o).split("\n");
    return `${before.length}:${before[before.length - 1]!.length + 1}`;
  };
  return `${pos(index)}-${pos(index + needle.length)}`;
}

/** `at` of `inner` written at the start of the nth `context` (`execSync` of `execSync("id")`, `f` of `f(c)`). */
export function atStart(text: string, context: string, inner: string, nth = 0): string {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(context, index + 1);
  const before = text.slice(0, index);
  return at(before + inner, inner, before.split(inner).length - 1);
}

const configs = new Map<string, ScanConfig>();
export function scanConfig(input: unknown = {}): ScanConfig {
  const key = JSON.stringify(input);
  let config = configs.get(key);
  if (!config) configs.set(key, (config = scanConfigSchema.parse(input)));
  return config;
}

/** Findings as "rule line:col-endLine:endCol" strings, in report order. */
export async function found(path: string, text: string, config: unknown = {}): Promise<string[]> {
  const findings = await scanSource(path, text, { config: scanConfig(config) });
  return [...findings].sort(compareFindings).map((f) => `${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
}

/** A project in a fresh folder: each file written at its path; `files` its paths, sorted. */
export function writeProject(files: Record<string, string>): { root: string; files: string[] } {
  const root = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return { root, files: Object.keys(files).sort() };
}

/** A project's findings, scanned on one thread: "file:line:col-endLine:endCol rule target", sorted. */
export async function projectFindings(files: Record<string, string>): Promise<string[]> {
  const { scanFiles } = await import("../../core/scan/run");
  const run = await scanFiles({ ...writeProject(files), workers: 1 });
  return run.findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${(f.properties as { target?: string } | undefined)?.target}`).sort();
}

/** A project's findings, scanned on one thread: "file:line:col-endLine:endCol rule", sorted. */
export async function projectPlaces(files: Record<string, string>): Promise<string[]> {
  const { scanFiles } = await import("../../core/scan/run");
  const run = await scanFiles({ ...writeProject(files), workers: 1 });
  return run.findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`).sort();
}
