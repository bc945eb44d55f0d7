import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { showAtRev, showManyAtRev } from "../../core/kernel/git";
import { git, gitRepoFrom, tempDir } from "../helpers/cli";

describe("showManyAtRev: many files at a revision with one git process", () => {
  it("returns what showAtRev returns for each path, relative to a root below the top, and leaves out absent ones", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "team/flows"), { recursive: true });
    writeFileSync(join(dir, "team/flows/a.flow.yaml"), "a: 1\nü: \"✓\"\n");
    writeFileSync(join(dir, "team/flows/b c.flow.json"), "{}");
    writeFileSync(join(dir, "team/empty.txt"), "");
    const repo = gitRepoFrom(dir);
    const base = git(repo, "rev-parse", "HEAD").trim();
    writeFileSync(join(repo, "team/flows/a.flow.yaml"), "changed\n");
    git(repo, "commit", "-qam", "change");
    const root = join(repo, "team");
    const paths = ["flows/a.flow.yaml", "flows/missing.yaml", "flows/b c.flow.json", "empty.txt", "flows"];
    const got = showManyAtRev(root, base, paths);
    expect([...got]).toEqual([
      ["flows/a.flow.yaml", "a: 1\nü: \"✓\"\n"],
      ["flows/b c.flow.json", "{}"],
      ["empty.txt", ""],
    ]);
    for (const [path, text] of got) expect(showAtRev(root, base, path)).toBe(text);
    expect(showManyAtRev(root, base, [])).toEqual(new Map());
  });
});
