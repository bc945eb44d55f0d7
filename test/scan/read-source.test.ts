import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSource } from "../../core/scan/scan";
import { tempDir } from "../helpers/cli";

// readSource reads every file of a scan into one reused buffer: nothing of a file read before may show through
// in the text of the next, whatever their sizes (the kept buffer grows once to 1 MiB; larger files get their own).
describe("readSource: files read one after another into the reused buffer", () => {
  const MAX = 10 * 1024 * 1024;
  const write = (dir: string, name: string, text: string | Buffer) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it("a short file after longer ones is exactly its own text", () => {
    const dir = tempDir();
    const sizes = [10, 70 * 1024, 3, 900 * 1024, 2 * 1024 * 1024, 1, 0];
    const files = sizes.map((n, i) => [write(dir, `f${i}.js`, String.fromCharCode(97 + i).repeat(n)), n] as const);
    for (const [path, n] of files) {
      const text = readSource(path, MAX);
      expect(typeof text === "string" ? [text.length, new Set(text).size] : text).toEqual([n, n ? 1 : 0]);
    }
  });

  it("a NUL byte read from an earlier file does not make the next one binary; its own NUL does", () => {
    const dir = tempDir();
    const binary = write(dir, "bin.js", Buffer.from("ab\0cd".repeat(100)));
    const plain = write(dir, "plain.js", "ok()");
    expect([readSource(binary, MAX), readSource(plain, MAX), readSource(binary, MAX)]).toEqual([{ skipped: "binary content (NUL bytes)" }, "ok()", { skipped: "binary content (NUL bytes)" }]);
  });

  it("UTF-8 (multi-byte characters, a byte order mark) decodes the same after a longer file", () => {
    const dir = tempDir();
    readSource(write(dir, "long.py", "x = 1\n".repeat(20000)), MAX);
    expect(readSource(write(dir, "bom.py", "\ufeffimport os  # é ✓\n"), MAX)).toBe("import os  # é ✓\n");
  });

  it("a file over the limit is refused by its size before any read", () => {
    const dir = tempDir();
    expect(readSource(write(dir, "big.js", "a".repeat(2000)), 1000)).toEqual({ skipped: "2000 bytes is over the 1000-byte limit (limits.max-file-bytes)" });
  });
});

// CPython decodes a source file with its PEP 263 declaration: `# coding: utf-7` makes `+AG8-s.system(…)` run as
// `os.system(…)`, which a UTF-8 reading never sees. The scan reads latin-1 as latin-1 and refuses other codecs.
describe("readSource: Python's PEP 263 source encodings", () => {
  const MAX = 10 * 1024 * 1024;
  const UTF7 = { skipped: 'source encoding "utf-7" (its PEP 263 declaration) is not read by the scan: write the file as UTF-8' };
  const file = (name: string, bytes: string | Buffer) => {
    const path = join(tempDir(), name);
    writeFileSync(path, bytes);
    return path;
  };

  it("utf-7 on line 1, on line 2 below a `#!` line, in an extensionless python script, and `_`-spelled: skipped with the codec named", () => {
    expect(readSource(file("a.py", '# coding: utf-7\nimport os\n+AG8-s.system("x")\n'), MAX)).toEqual(UTF7);
    expect(readSource(file("b.py", '#!/usr/bin/env python3\n# -*- coding: utf-7 -*-\n+AGk-mport os\n'), MAX)).toEqual(UTF7);
    expect(readSource(file("agent", '#!/usr/bin/env python3\n# vim: set fileencoding=utf-7 :\n'), MAX)).toEqual(UTF7);
    expect(readSource(file("c.py", "# coding=UTF_7\n"), MAX)).toEqual({ skipped: 'source encoding "UTF_7" (its PEP 263 declaration) is not read by the scan: write the file as UTF-8' });
  });

  it("a declaration below a first comment line longer than any fixed head is found, as CPython reads both lines whole", () => {
    const long = `# ${"x".repeat(600)}\r\n# coding: utf-7\r\nimport os\n+AG8-s.system("x")\n`;
    expect(readSource(file("long.py", long), MAX)).toEqual(UTF7);
    expect(readSource(file("agent", `#!/usr/bin/env python3 ${"-".repeat(600)}\n# coding: utf-7\n`), MAX)).toEqual(UTF7);
  });

  it("a file read as Python whatever its name (the run configuration hands it to python: `python3 jobs/run.dat`) honours its declaration; read by its name alone, it is not Python", () => {
    const path = file("run.dat", '# coding: utf-7\nimport os\n+AG8-s.system("x")\n');
    expect(readSource(path, MAX, true)).toEqual(UTF7);
    expect(readSource(path, MAX)).toBe('# coding: utf-7\nimport os\n+AG8-s.system("x")\n');
  });

  it("latin-1 is read as latin-1; utf-8 and ascii as UTF-8; a declaration below a line of code, or in a JavaScript file, is no declaration", () => {
    expect(readSource(file("l.py", Buffer.from('# -*- coding: latin-1 -*-\n\xbas.system("x")\n', "latin1")), MAX)).toBe('# -*- coding: latin-1 -*-\nºs.system("x")\n');
    expect(readSource(file("u.py", "# -*- coding: utf-8 -*-\nprint('é')\n"), MAX)).toBe("# -*- coding: utf-8 -*-\nprint('é')\n");
    expect(readSource(file("s.py", "# coding: ascii\nimport os\n"), MAX)).toBe("# coding: ascii\nimport os\n");
    expect(readSource(file("late.py", "import os\n# coding: utf-7\n"), MAX)).toBe("import os\n# coding: utf-7\n");
    expect(readSource(file("a.js", "// coding: utf-7\nfetch(u)\n"), MAX)).toBe("// coding: utf-7\nfetch(u)\n");
  });
});
