import { readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import picomatch from "picomatch";
import { describeFsError } from "../kernel/source/document";
import { unsafeReason } from "../kernel/workspace";
import { MAX_REPORT_BYTES, MergeError, type ReportFile } from "./merge";

/** A glob walks at most this many entries (a pattern that reaches a whole disk fails clearly instead of running for ever). */
const MAX_WALKED = 100_000;

function walk(dir: string, out: string[], budget: { left: number }): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (--budget.left < 0) throw new MergeError(`the report pattern reaches more than ${MAX_WALKED} files and folders: make it narrower`);
    const path = join(dir, e.name);
    // Symlinked folders are not followed (no loops); symlinked files are read like files.
    if (e.isDirectory()) walk(path, out, budget);
    else out.push(path);
  }
}

/**
 * The report files that paths and globs name, relative to cwd, sorted and each once. A plain path must
 * exist; a glob (`reports/*.json`, `reports/**\/report.json`) must match at least one file.
 */
export function findReportFiles(cwd: string, patterns: readonly string[]): string[] {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const { base, isGlob } = picomatch.scan(pattern);
    if (!isGlob) {
      found.add(resolve(cwd, pattern));
      continue;
    }
    const root = resolve(cwd, base || ".");
    const files: string[] = [];
    walk(root, files, { left: MAX_WALKED });
    const absolutePattern = isAbsolute(pattern);
    const matches = picomatch(pattern, { dot: true });
    const hits = files.filter((f) => matches((absolutePattern ? f : relative(cwd, f)).replace(/\\/g, "/")));
    if (hits.length === 0) throw new MergeError(`${pattern} matches no file`);
    for (const f of hits) found.add(f);
  }
  return [...found].sort();
}

/** Each report's text, refused when it cannot be read or is larger than MAX_REPORT_BYTES (checked before reading). */
export function readReportFiles(cwd: string, paths: readonly string[]): ReportFile[] {
  return paths.map((path) => {
    const name = relative(cwd, path).replace(/\\/g, "/") || path;
    // download-artifact writes files: a link committed where the pattern looks, into .git/ or out of the workspace (the
    // runner's files), must not have its text read, and quoted back in an error.
    const unsafe = unsafeReason(cwd, relative(cwd, path));
    if (unsafe) throw new MergeError(`${name} ${unsafe}: not read`);
    try {
      const stat = statSync(path);
      if (!stat.isFile()) throw new MergeError(`${name} is not a file`);
      if (stat.size > MAX_REPORT_BYTES) throw new MergeError(`${name} is ${stat.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit for a report`);
      return { name, text: readFileSync(path, "utf8") };
    } catch (e) {
      if (e instanceof MergeError) throw e;
      throw new MergeError(`cannot read ${name}: ${describeFsError(e)}`);
    }
  });
}
