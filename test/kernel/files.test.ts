import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { excludedMatcher, walkFiles } from "../../core/kernel/files";
import { tempDir } from "../helpers/cli";

describe("walkFiles", () => {
  // walkFiles asks the configured globs only, past the folder-name test: it must leave out exactly what excludedMatcher does.
  it("leaves out what excludedMatcher excludes: default folders at any depth, files named as them, configured globs", () => {
    const root = tempDir("flowgate-walk-");
    const all = [
      "a.py",
      "dist",
      "src/build",
      "src/dist.js",
      "src/builder/x.ts",
      "src/node_modules/p/index.js",
      "pkg/vendor/tools/run.py",
      ".venv/lib/x.py",
      "docs/gen/x.md",
      "docs/keep.md",
      "flows/a.flow.json",
      "flows/tmp.flow.json",
      ".github/workflows/ci.yml",
    ];
    for (const path of all) {
      mkdirSync(join(root, dirname(path)), { recursive: true });
      writeFileSync(join(root, path), "x\n");
    }
    const exclude = ["docs/gen/**", "**/tmp.*"];
    const expected = ["a.py", "src/dist.js", "src/builder/x.ts", "docs/keep.md", "flows/a.flow.json", ".github/workflows/ci.yml"].sort();
    expect(walkFiles(root, exclude)).toEqual(expected);
    expect(all.filter((path) => !excludedMatcher(exclude)(path)).sort()).toEqual(expected);
    expect(walkFiles(root)).toEqual([...expected, "docs/gen/x.md", "flows/tmp.flow.json"].sort());
  });
});
