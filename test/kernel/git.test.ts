import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addedLines, changedSince } from "../../core/kernel/git";
import { git, gitRepoFrom } from "../helpers/cli";

describe("git plumbing: a file's name is never read as a pattern", () => {
  it("addedLines of files named like pathspec magic (`:(exclude)…`) and globs (`[o]ther.py`) are their own lines, not other files'", () => {
    const dir = gitRepoFrom(undefined);
    const files = { ":(exclude)x.py": "a\n", "[o]ther.py": "c\n", "other.py": "b\n" };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "base");
    writeFileSync(join(dir, ":(exclude)x.py"), "a\n\n\n\nNEW\n");
    writeFileSync(join(dir, "[o]ther.py"), "C0\nc\n");
    writeFileSync(join(dir, "other.py"), "b\nB1\nB2\n");
    expect([...addedLines(dir, "HEAD", ":(exclude)x.py")]).toEqual([2, 3, 4, 5]);
    expect([...addedLines(dir, "HEAD", "[o]ther.py")]).toEqual([1]);
    expect([...addedLines(dir, "HEAD", "other.py")]).toEqual([2, 3]);
    expect(changedSince(dir, "HEAD")).toEqual([":(exclude)x.py", "[o]ther.py", "other.py"]);
  });
});
