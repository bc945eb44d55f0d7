import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runGate } from "../../core/gate";
import { ALL_CHECKS } from "../../core/features";
import { loadConfig } from "../../core/config/load";
import type { Finding } from "../../core/kernel/findings";

/** A workspace as data: repo-relative path → file text (or a symbolic link to a target). */
export type Files = Record<string, string | { symlink: string }>;

export function writeWorkspace(files: Files): string {
  const root = mkdtempSync(join(tmpdir(), "flowgate-rule-case-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    if (typeof content === "string") writeFileSync(join(root, path), content);
    else symlinkSync(content.symlink, join(root, path));
  }
  return root;
}

/** Every finding `flowgate check` reports on the workspace: the same gate, configured by its .flowgate.yml, in-process. */
export async function gateFindings(files: Files): Promise<Finding[]> {
  const root = writeWorkspace(files);
  try {
    const { config } = loadConfig(root);
    const { results } = await runGate(ALL_CHECKS, { root, config });
    return results.flatMap((r) => r.findings);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
