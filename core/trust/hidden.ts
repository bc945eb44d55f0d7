import { mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Config } from "../config/schema";
import { globMatcher, walkFiles } from "../kernel/files";
import type { SuppressionUse } from "../kernel/findings";
import { checkoutRevInto, mergeBaseOf, repoPrefix } from "../kernel/git";
import { unsafeReason } from "../kernel/workspace";
import { scanSelector, scriptsOf } from "../scan/check";
import { scanFiles } from "../scan/run";

/**
 * What a suppression hides, as compared between two commits: its file, the rule, and the covered line's text (trimmed:
 * the line may move, or be indented into a block, and still be the same call).
 */
export function hiddenKey(file: string, rule: string, lineText: string): string {
  return `${file}\0${rule}\0${lineText.trim()}`;
}

/** The text of each line a file's suppressions cover (1-based), read once per file; "" for a file or line not there. */
export function lineReader(root: string): (file: string, line: number) => string {
  const lines = new Map<string, string[]>();
  return (file, line) => {
    let text = lines.get(file);
    if (!text) {
      try {
        text = unsafeReason(root, file) ? [] : readFileSync(join(root, file), "utf8").split(/\r\n|\r|\n/);
      } catch {
        text = [];
      }
      lines.set(file, text);
    }
    return text[line - 1] ?? "";
  };
}

/**
 * The keys (hiddenKey) of what the in-source suppressions of `files` hid at the change's base — the merge base of
 * `base` and HEAD, scanned as the pull request's files are, with the trusted configuration, its other files read for
 * what these import — each with how many times. The base is written to a temporary folder (git's own index is left
 * alone) and removed after.
 */
export async function hiddenAtBase(root: string, base: string, files: readonly string[], config: Config): Promise<Map<string, number>> {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "flowgate-base-")));
  try {
    checkoutRevInto(root, mergeBaseOf(root, base), dir);
    const baseRoot = join(dir, repoPrefix(root));
    const select = scanSelector(config.scan);
    const allow = globMatcher(config.scan.allow);
    const judged = files.filter((f) => !allow(f) && !unsafeReason(baseRoot, f));
    const scripts = scriptsOf(baseRoot, judged, config.scan);
    const run = await scanFiles({
      root: baseRoot,
      files: judged.filter((f) => select(f) || scripts.has(f)),
      ...(scripts.size ? { scripts } : {}),
      context: walkFiles(baseRoot, config.exclude).filter((f) => select(f) && !allow(f)),
      config: config.scan,
      maxBytes: config.limits["max-file-bytes"],
    });
    return countHidden(run.suppressions, lineReader(baseRoot));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many times each key (hiddenKey) is hidden by these comment suppressions. */
export function countHidden(uses: readonly SuppressionUse[], lineText: (file: string, line: number) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const use of uses) {
    if (use.allow) continue;
    for (const rule of use.rules) {
      const key = hiddenKey(use.file, rule, lineText(use.file, use.target));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}
