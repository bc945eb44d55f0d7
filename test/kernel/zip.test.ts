import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pythonArchiveOf, zipListing } from "../../core/kernel/zip";
import { tempDir } from "../helpers/cli";

/** A zip written by Python's zipfile: `entries` name → text, with an archive comment. */
function pythonZip(path: string, entries: Record<string, string>, comment = "") {
  const script = "import json, sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n    z.comment = sys.argv[3].encode()\n    for name, text in json.loads(sys.argv[2]).items(): z.writestr(name, text)\n";
  execFileSync("python3", ["-c", script, path, JSON.stringify(entries), comment]);
}

describe("zipListing / pythonArchiveOf: archives known by their directory, as zipimport knows them", () => {
  const dir = tempDir();

  it("lists a zip's names, with a comment and with data before the archive (a `.pyz`'s `#!` line), whatever the file is called", () => {
    pythonZip(join(dir, "lib.dat"), { "tools/__init__.py": "", "tools/shell.py": "import os\n", "README": "x" }, "made here");
    expect(zipListing(join(dir, "lib.dat"))).toEqual({ names: ["tools/__init__.py", "tools/shell.py", "README"], complete: true });
    writeFileSync(join(dir, "app.pyz"), Buffer.concat([Buffer.from("#!/usr/bin/env python3\n"), readFileSync(join(dir, "lib.dat"))]));
    expect(zipListing(join(dir, "app.pyz"))?.names).toEqual(["tools/__init__.py", "tools/shell.py", "README"]);
    expect(pythonArchiveOf(join(dir, "app.pyz"))).toBe("a zip archive of Python modules, which Python imports from when it is on its path (`tools/__init__.py`, `tools/shell.py`)");
  });

  it("a zip of no Python modules, a text file, an empty file and bytes holding the end signature by chance are not Python archives", () => {
    pythonZip(join(dir, "data.zip"), { "a.json": "{}", "b.csv": "x" });
    writeFileSync(join(dir, "notes.txt"), "hello\n");
    writeFileSync(join(dir, "empty"), "");
    // The signature 22 bytes from the end, its comment length not reaching the file's end: not an end record.
    const chance = Buffer.alloc(100, 7);
    chance.writeUInt32LE(0x06054b50, 100 - 22);
    writeFileSync(join(dir, "chance.bin"), chance);
    expect([pythonArchiveOf(join(dir, "data.zip")), pythonArchiveOf(join(dir, "notes.txt")), pythonArchiveOf(join(dir, "empty")), zipListing(join(dir, "chance.bin")), pythonArchiveOf(join(dir, "missing"))]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("a directory that cannot be read to its end (cut short, or claiming more than the file holds) is reported as not known", () => {
    pythonZip(join(dir, "whole.zip"), { "evil.py": "import os\n" });
    const whole = readFileSync(join(dir, "whole.zip"));
    // The end record says two entries; the directory holds one.
    const lying = Buffer.from(whole);
    lying.writeUInt16LE(2, lying.length - 22 + 10);
    writeFileSync(join(dir, "lying.zip"), lying);
    // The directory's size larger than everything before the end record.
    const large = Buffer.from(whole);
    large.writeUInt32LE(0xffffffff, large.length - 22 + 12);
    writeFileSync(join(dir, "large.zip"), large);
    expect(zipListing(join(dir, "lying.zip"))).toEqual({ names: ["evil.py"], complete: false });
    expect(zipListing(join(dir, "large.zip"))).toEqual({ names: [], complete: false });
    expect(pythonArchiveOf(join(dir, "large.zip"))).toBe("a zip archive whose listing could not be read to its end (Python may import modules from it)");
  });
});
