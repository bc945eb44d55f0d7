import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blobsByOid, inBatchesAtRev, isBlob, repoPrefix, showAtRev, showManyAtRev, treeAtRev } from "../../core/kernel/git";
import { git, gitRepoFrom, tempDir, withGitCommands } from "../helpers/cli";

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

  it("asks a path with a line break on its own: a PR-named file cannot shift the batch to hand another file's text at another revision", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "run.jsonl"), "base\n");
    const repo = gitRepoFrom(dir);
    const base = git(repo, "rev-parse", "HEAD").trim();
    writeFileSync(join(repo, "run.jsonl"), "rewritten\n");
    git(repo, "commit", "-qam", "rewrite");
    // In one batch the first name would read as two lines, the second naming HEAD's run.jsonl; its answer would be taken for run.jsonl at base.
    const got = showManyAtRev(repo, base, ["evil\nHEAD:./run.jsonl", "run.jsonl", "run.jsonl\r"]);
    expect([...got]).toEqual([["run.jsonl", "base\n"]]);
  });
});

describe("inBatchesAtRev: files at a revision, read in batches as they are asked for", () => {
  it("gives each of 150 files (3 batches) what showAtRev gives, and undefined for absent and unlisted-but-absent paths", () => {
    const dir = tempDir();
    const paths = Array.from({ length: 150 }, (_, i) => `runs/r${String(i).padStart(3, "0")}.jsonl`);
    mkdirSync(join(dir, "runs"));
    for (const p of paths) writeFileSync(join(dir, p), `${p}\n`);
    const repo = gitRepoFrom(dir);
    const base = git(repo, "rev-parse", "HEAD").trim();
    for (const p of paths) writeFileSync(join(repo, p), "changed\n");
    git(repo, "commit", "-qam", "change");
    const read = inBatchesAtRev(repo, base, [...paths, "runs/missing.jsonl"]);
    for (const p of paths) expect(read(p)).toBe(`${p}\n`);
    expect(read("runs/missing.jsonl")).toBeUndefined();
    expect(read("runs/not-listed.jsonl")).toBeUndefined();
    expect(read(paths[0]!)).toBe(`${paths[0]}\n`);
  });
});

describe("treeAtRev and blobsByOid: a revision's files with their blob ids, and blobs read once by id", () => {
  it("lists paths relative to a root below the top (line breaks and tabs in names included) with ids that read back to showAtRev's text", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "team/flows"), { recursive: true });
    writeFileSync(join(dir, "team/flows/a.flow.yaml"), "same\n");
    writeFileSync(join(dir, "team/flows/copy.flow.yaml"), "same\n");
    writeFileSync(join(dir, "team/flows/odd\nname\t.flow.yaml"), "odd ü\n");
    writeFileSync(join(dir, "outside.txt"), "not under team/\n");
    const repo = gitRepoFrom(dir);
    const root = join(repo, "team");
    const tree = treeAtRev(root, "HEAD");
    expect(tree.map((e) => [e.path, e.type])).toEqual([
      ["flows/a.flow.yaml", "blob"],
      ["flows/copy.flow.yaml", "blob"],
      ["flows/odd\nname\t.flow.yaml", "blob"],
    ]);
    expect(tree[0]!.oid).toMatch(/^[0-9a-f]{40}$/);
    expect(tree[0]!.oid).toBe(tree[1]!.oid);
    const texts = blobsByOid(root, [...new Set(tree.map((e) => e.oid))]);
    expect(texts.size).toBe(2);
    for (const e of tree) expect(texts.get(e.oid)).toBe(showAtRev(root, "HEAD", e.path));
    expect(texts.get(tree[2]!.oid)).toBe("odd ü\n");
  });

  it("asks git only for object ids: a name that is not one (a revision and path, a line break) is left out", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "run.jsonl"), "base\n");
    const repo = gitRepoFrom(dir);
    const [entry] = treeAtRev(repo, "HEAD");
    expect([...blobsByOid(repo, ["HEAD:./run.jsonl", `${entry!.oid}\nHEAD:./run.jsonl`, "0".repeat(40), entry!.oid])]).toEqual([[entry!.oid, "base\n"]]);
    expect(blobsByOid(repo, [])).toEqual(new Map());
  });
});

describe("isBlob: whether bytes are a blob of the tree, without asking git", () => {
  it("is true for the bytes git stored under the id (SHA-1 and SHA-256 repositories), false for other bytes", () => {
    const bytes = Buffer.from("a: 1\r\nü ✓\n\0tail", "utf8");
    for (const format of ["sha1", "sha256"]) {
      const dir = tempDir();
      git(dir, "init", "-q", `--object-format=${format}`);
      writeFileSync(join(dir, "run.jsonl"), bytes);
      const id = git(dir, "hash-object", "-w", "run.jsonl").trim();
      expect(id).toHaveLength(format === "sha1" ? 40 : 64);
      expect(isBlob(bytes, id)).toBe(true);
      expect(isBlob(Buffer.from("a: 1\nü ✓\n\0tail", "utf8"), id)).toBe(false);
      expect(isBlob(Buffer.alloc(0), id)).toBe(false);
    }
  });
});

describe("repoPrefix: where a root sits in its repository", () => {
  it("asks git once per root: the Action's working prefix and every tree it lists share one rev-parse", async () => {
    const repo = gitRepoFrom(undefined);
    mkdirSync(join(repo, "team"));
    const { value, commands } = await withGitCommands(() => [repoPrefix(join(repo, "team")), repoPrefix(join(repo, "team")), treeAtRev(join(repo, "team"), "HEAD").length, repoPrefix(repo)]);
    expect(value).toEqual(["team/", "team/", 0, ""]);
    expect(commands).toEqual(["rev-parse", "ls-tree", "rev-parse"]);
  });
});

