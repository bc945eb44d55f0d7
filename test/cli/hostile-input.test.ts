import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as YAML from "yaml";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { blueprintsCheck } from "../../core/blueprint/check";
import { flowsCheck } from "../../core/flow/check";
import { validateFlowText } from "../../core/flow/analyze";
import { parseSource, readSourceText, scanIndentDepth } from "../../core/kernel/source/document";
import { gitRepoFrom, runCli, tempDir } from "../helpers/cli";
import { briefs } from "../helpers/findings";

/** Inputs an outside reviewer wrote to break the loader and the flow rules (test/fixtures/adversarial/SOURCE.md). */
const DIR = join(__dirname, "..", "fixtures", "adversarial");
const read = (name: string) => readFileSync(join(DIR, name), "utf8");
const check = (name: string, text = read(name)) => validateFlowText(name, text, DEFAULT_CONFIG).findings;

describe("byte-order mark", () => {
  it("a JSON bundle saved with a BOM is read like the same bundle without one, plus source/byte-order-mark (Knowtation's JSON.parse refuses it; issue 20)", () => {
    const text = read("bom.flow.json");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(briefs(check("bom.flow.json", text))).toEqual(["1:1-1:1 source/byte-order-mark"]);
    expect(check("bom.flow.json", text.slice(1))).toEqual([]);
  });

  it("columns on line 1 count from after the BOM, as editors show them", () => {
    // `flowx` is columns 1-5 in any editor; the BOM is not a character the reader sees.
    // `flow` is missing and `flowx` is its likely rename: that finding sits on `flowx` (issue 20); `steps` on the record.
    expect(briefs(check("bom-unknown-key.flow.yaml"))).toEqual(["1:1-1:6 flow/required-field", "1:1-1:9 flow/required-field", "1:1-1:6 flow/unknown-key"]);
    const { doc } = parseSource("x.json", '\uFEFF{"a": 1}');
    expect(doc!.rangeOf(["a"], "key")).toEqual({ line: 1, column: 2, endLine: 1, endColumn: 5 });
  });
});

describe("YAML aliases", () => {
  it("what a problem reached through an alias is placed at the alias; a duplicate key inside the anchor is reported once", () => {
    // steps[1] is `*s1` (line 26): its duplicate step id and ordinal are the alias's fault, not line 14's.
    expect(briefs(check("alias-step.flow.yaml"))).toEqual([
      "17:5-17:12 source/duplicate-key",
      "27:4-27:4 flow/wrong-type",
      "28:5-28:7 flow/wrong-type",
      "26:5-26:8 flow/duplicate-ordinal",
      "26:5-26:8 flow/duplicate-step-id",
    ]);
  });

  it("the alias-limit finding points at the alias whose expansion went over the limit", () => {
    let text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i < 6; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
    const { findings } = parseSource("bomb.yaml", text);
    // Expanded nodes: a1 110, a2 1,110, then 1,111 per `*a2` in a3; the eighth `*a2` (line 4, columns 45-47) crosses 10,000.
    expect(briefs(findings)).toEqual(["4:45-4:48 source/alias-limit"]);
  });
});

describe("omitted YAML values", () => {
  it("`flow:` with nothing after it is reported at the key, not at an empty range", () => {
    expect(briefs(check("empty-values.flow.yaml"))).toEqual(["1:1-1:5 flow/wrong-type", "2:1-2:6 flow/wrong-type"]);
  });
});

describe("documents of many empty items (found by a red-team round: each issue of each item is kept, and 500,000 made the CLI fail)", () => {
  const steps = (n: number) => JSON.stringify({ ...JSON.parse(read("bom.flow.json").replace(/^\uFEFF/, "")), steps: Array(n).fill({}) });
  it("source/too-many-values: 500,000 `{}` steps (1.5 MB: `internal error: RangeError: Maximum call stack size exceeded`) and a Blueprint of 300,000 `{}` agents are one finding each", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "big.flow.json"), steps(500_000));
    writeFileSync(join(dir, "big.bp.json"), JSON.stringify({ id: "x", flow: { kind: "seq", children: [] }, agents: Array(300_000).fill({}) }));
    const r = await runCli(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("internal error");
    expect(r.stdout.split("\n").filter((l) => l.includes(": error ")).map((l) => l.replace(/^.*?(big\.\w+\.json):\d+:\d+: /, "$1 "))).toEqual([
      "big.bp.json error source/too-many-values: more than 20000 values (array items and object members); not parsed",
      "big.flow.json error source/too-many-values: more than 20000 values (array items and object members); not parsed",
    ]);
  });

  it("9,000 `{}` steps, under the limit, are judged item by item (12 issues each), not a crash", () => {
    const found = validateFlowText("a.flow.json", steps(9_000), DEFAULT_CONFIG).findings;
    expect(found.length).toBe(9_000 * 12);
  });
});

describe("files too large to hold as a string", () => {
  // 600 MB (sparse, so cheap to create) is over V8's longest string: reading it whole was an internal error (exit 3).
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const huge = () => {
    const dir = tempDir();
    made.push(dir);
    writeFileSync(join(dir, "big.flow.json"), "");
    truncateSync(join(dir, "big.flow.json"), 600 * 1024 * 1024);
    writeFileSync(join(dir, "big.bp.json"), "");
    truncateSync(join(dir, "big.bp.json"), 600 * 1024 * 1024);
    return dir;
  };
  const tooLarge = "1:1: error source/too-large: file is 629145600 bytes, over the 10485760-byte limit; not parsed";

  it("`flowgate check` refuses them with a finding, unread", async () => {
    const r = await runCli(["check", huge()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`big.flow.json:${tooLarge}\n`);
    expect(r.stdout).toContain(`big.bp.json:${tooLarge}\n`);
  });

  it("`flowgate validate` and `flowgate explain` refuse them with a finding", async () => {
    const dir = huge();
    const v = await runCli(["validate", "big.flow.json"], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain("big.flow.json: not validated (file is 629145600 bytes, over the 10485760-byte limit; not parsed)\n");
    expect(v.stdout).toContain(`big.flow.json:${tooLarge}\n`);
    const e = await runCli(["explain", "big.bp.json"], { cwd: dir });
    expect(e.code).toBe(1);
    expect(e.stderr).toContain("1:1 source/too-large");
  });
});

describe("paths `flowgate validate` cannot read are named for what they are", () => {
  it("a directory called *.flow.json, a symlink loop, a missing file", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "dir.flow.json"));
    symlinkSync("loop2.flow.json", join(dir, "loop1.flow.json"));
    symlinkSync("loop1.flow.json", join(dir, "loop2.flow.json"));
    const run = async (arg: string) => {
      const r = await runCli(["validate", arg], { cwd: dir });
      return [r.code, r.stderr.split("\n")[0]];
    };
    expect(await run("dir.flow.json")).toEqual([2, "flowgate validate: not a file: dir.flow.json (a directory; use `flowgate check DIR` or a glob)"]);
    expect(await run("loop1.flow.json")).toEqual([2, "flowgate validate: not a file: loop1.flow.json (a symbolic link loop)"]);
    expect(await run("gone.flow.json")).toEqual([2, "flowgate validate: no such file: gone.flow.json"]);
  });
});

describe("`flowgate check --base` with a revision that is not there", () => {
  it("says so plainly, exit 2", async () => {
    const notRepo = await runCli(["check", tempDir(), "--base", "HEAD"]);
    expect([notRepo.code, notRepo.stderr.split("\n")[0]]).toEqual([2, expect.stringMatching(/^flowgate check: --base HEAD: \S+ is not inside a git repository$/)]);
    const repo = gitRepoFrom(undefined);
    const missing = await runCli(["check", repo, "--base", "v9.9.9"]);
    expect([missing.code, missing.stderr.split("\n")[0]]).toEqual([2, "flowgate check: --base v9.9.9: no such commit in this repository"]);
  });
});

describe("numbers where strings belong in JSON", () => {
  it("the message shows `1.0` as written (JSON reads it as the number 1)", () => {
    const json = read("bom.flow.json").slice(1).replace('"version": "1.0.0"', '"version": 1.0');
    const findings = check("v.flow.json", json);
    expect(briefs(findings)).toEqual(["6:16-6:19 flow/wrong-type"]);
    expect(findings[0]!.message).toBe("`flow.version` must be a string, not the number 1.0 (quote it to make it a string)");
  });
});

describe(".flowgate.yml that is empty, only comments, or not a file", () => {
  const valid = readFileSync(join(__dirname, "..", "fixtures", "flows", "valid.flow.yaml"), "utf8");
  const withConfig = (make: (path: string) => void) => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.flow.yaml"), valid);
    make(join(dir, ".flowgate.yml"));
    return dir;
  };

  it("an empty or comment-only config means the defaults (as an empty `---` document already did)", async () => {
    for (const text of ["", "# settings to come\n", "\uFEFF# comment\r\n   \r\n"]) {
      const r = await runCli(["check", withConfig((p) => writeFileSync(p, text))]);
      expect([r.code, r.stderr]).toEqual([0, ""]);
    }
  });

  it("a directory named .flowgate.yml is a configuration error (exit 2), not an internal error", async () => {
    const r = await runCli(["check", withConfig((p) => mkdirSync(p))]);
    expect([r.code, r.stderr]).toEqual([2, "flowgate check: .flowgate.yml:1:1: cannot be read: it is a directory\n"]);
  });
});

describe("files that cannot be read", () => {
  // As root (here) permissions do not deny; a directory under a file's name, or a file gone by the time it is read, fails the same read.
  it("readSourceText returns a finding instead of throwing", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "d.flow.yaml"));
    const brief = (p: string) => readSourceText(join(dir, p), p).findings.map((f) => `${f.rule} ${f.message}`);
    expect(brief("d.flow.yaml")).toEqual(["source/unreadable cannot be read: it is a directory"]);
    expect(brief("gone.flow.yaml")).toEqual(["source/unreadable cannot be read: no such file"]);
  });

  it("the flows and Blueprints checks report a file they cannot read and go on with the rest", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ok.flow.yaml"), readFileSync(join(__dirname, "..", "fixtures", "flows", "valid.flow.yaml"), "utf8"));
    const ctx = { root: dir, config: DEFAULT_CONFIG, files: ["gone.bp.json", "gone.flow.json", "ok.flow.yaml"] };
    const flows = await flowsCheck.run(ctx);
    expect(flows.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual(["gone.flow.json:1:1 source/unreadable"]);
    const bps = await blueprintsCheck.run(ctx);
    expect(bps.findings.map((f) => `${f.file} ${f.message}`)).toEqual(["gone.bp.json cannot be read: no such file"]);
  });
});

describe("10,000-deep YAML", () => {
  // The position used to be wherever yaml's composer ran out of stack (it varied from run to run: 896:896, 934:934).
  it("is refused at the first collection past the limit, where JSON's is", () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    expect(briefs(parseSource("deep.yaml", deep).findings)).toEqual(["1:257-1:258 source/too-deep"]);
    expect(briefs(parseSource("deep.json", deep).findings)).toEqual(["1:257-1:258 source/too-deep"]);
    const block = Array.from({ length: 10_000 }, (_, i) => " ".repeat(i % 2_000) + "k:").join("\n");
    expect(briefs(parseSource("deep-block.yaml", block).findings)).toEqual(["257:257-257:258 source/too-deep"]);
  });

  it("a 2 MB file that closes 2,000 block levels on one line is refused, not an internal error (yaml's parser overflowed its stack)", () => {
    const text = Array.from({ length: 2_010 }, (_, i) => " ".repeat(i % 2_000) + "k:").join("\n");
    expect(briefs(parseSource("dedent.flow.yaml", text).findings)).toEqual(["257:257-257:258 source/too-deep"]);
    // Compact `- - -` levels count as nesting too (line 3, offset 12; the scan only places a refusal, so one level of slack is fine).
    expect(scanIndentDepth("a:\n  b:\n    - - - c\n", 5)).toBe(12);
    expect(scanIndentDepth("a:\n  b:\n    - - - c\n", 6)).toBe(-1);
  });

  it("256 levels are still read", () => {
    const { doc, findings } = parseSource("ok.yaml", "[".repeat(256) + "]".repeat(256));
    expect(findings).toEqual([]);
    expect(doc!.data).toBeInstanceOf(Array);
  });
});

describe("`flowgate validate` on a file outside the working directory", () => {
  it("still reads *.flow.yaml as a flow and *.bp.yaml as a Blueprint by name (was: 'nothing identifies it')", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "work"));
    writeFileSync(join(dir, "broken.flow.yaml"), read("empty-values.flow.yaml"));
    writeFileSync(join(dir, "broken.bp.yaml"), "id: x\nflow: {kind: sequence}\n");
    const r = await runCli(["validate", join(dir, "broken.flow.yaml"), "../broken.bp.yaml"], { cwd: join(dir, "work") });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("../broken.flow.yaml: read as Knowtation Flow v0 (its path matches flows.include / flows.files)\n");
    expect(r.stdout).toContain("../broken.bp.yaml: read as mlua-swarm Blueprint (its path matches blueprints.include / blueprints.files)\n");
    expect(r.stdout).toContain("../broken.flow.yaml:1:1: error flow/wrong-type: `flow` must be an object, not `null`\n");
  });
});

describe("`flowgate validate` with a quoted glob reaching outside the working directory", () => {
  it("`../flows/*.yaml` and an absolute `/…/**/*.flow.json` match (were 'no files match', exit 2)", async () => {
    const dir = tempDir();
    const valid = readFileSync(join(__dirname, "..", "fixtures", "flows", "valid.flow.yaml"), "utf8");
    mkdirSync(join(dir, "flows", "deep"), { recursive: true });
    mkdirSync(join(dir, "work"));
    writeFileSync(join(dir, "flows", "a.flow.yaml"), valid);
    writeFileSync(join(dir, "flows", "deep", "b.flow.json"), read("bom.flow.json"));
    const up = await runCli(["validate", "../flows/*.yaml"], { cwd: join(dir, "work") });
    expect([up.code, up.stdout.split("\n")[0]]).toEqual([0, "../flows/a.flow.yaml: read as Knowtation Flow v0 (its path matches flows.include / flows.files)"]);
    const abs = await runCli(["validate", `${dir}/flows/**/*.flow.json`], { cwd: join(dir, "work") });
    expect([abs.code, abs.stdout.split("\n")[0]]).toEqual([0, "../flows/deep/b.flow.json: read as Knowtation Flow v0 (its path matches flows.include / flows.files)"]);
  });
});

describe("`flowgate check` on something that is not a folder", () => {
  it("a mistyped folder is a usage error (exit 2), not a passing gate over 0 files; a file is judged alone", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.flow.yaml"), "x: 1\n");
    const missing = await runCli(["check", join(dir, "flwos")]);
    expect([missing.code, missing.stdout, missing.stderr.split("\n")[0]]).toEqual([2, "", `flowgate check: no such file or directory: ${join(dir, "flwos")}`]);
    const file = await runCli(["check", "a.flow.yaml"], { cwd: dir });
    expect([file.code, file.stdout.split("\n").at(-2)]).toEqual([1, "✗ flowgate failed: 2 errors, 1 warning, 0 notes in 1 file"]);
  });
});

describe("`flowgate validate --format markdown`", () => {
  it("says which dialect each file was read as, as the text header does", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.flow.yaml"), readFileSync(join(__dirname, "..", "fixtures", "flows", "valid.flow.yaml"), "utf8"));
    writeFileSync(join(dir, "notes.json"), "{}");
    const r = await runCli(["validate", "a.flow.yaml", "notes.json", "--format", "markdown"], { cwd: dir });
    expect(r.stdout).toContain(
      "### Dialects\n\n| file | read as | because |\n| --- | --- | --- |\n" +
        "| <code>a\\.flow\\.yaml</code> | Knowtation Flow v0 | its path matches flows\\.include / flows\\.files |\n" +
        "| <code>notes\\.json</code> | not validated | nothing identifies it |\n",
    );
  });
});

describe("a long flow.steps out of order", () => {
  const step = (i: number) => ({ schema: "knowtation.flow_step/v0", step_id: `flow_long#${i}`, flow_id: "flow_long", ordinal: i, owned_job: "a", instruction: "b", trigger: "c", when_not_to_run: "d", boundaries: [], output_shape: "e", verification: { kind: "test_pass", evidence_required: true, description: "f" }, automatable: "manual" });
  const bundle = (records: number, listed: string[]) =>
    JSON.stringify({ flow: { schema: "knowtation.flow/v0", flow_id: "flow_long", title: "t", version: "1.0.0", scope: "org", summary: "s", steps: listed, updated: "2026-01-01", truncated: false }, steps: Array.from({ length: records }, (_, i) => step(i + 1)) });

  it("missing ids are one finding, not one per id (15,000 records with 100 listed made 14,900 findings, each carrying the whole list: JSON output overflowed, exit 3)", () => {
    const findings = check("m.flow.json", bundle(150, ["flow_long#1", "flow_long#999", "flow_long#998"]));
    expect(findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      "flow/steps-list-mismatch flow.steps lists `flow_long#999`, which is not a step record in this bundle",
      "flow/steps-list-mismatch flow.steps lists `flow_long#998`, which is not a step record in this bundle",
      `flow/steps-list-mismatch flow.steps does not list steps ${Array.from({ length: 10 }, (_, i) => `\`flow_long#${i + 2}\``).join(", ")} and 139 more`,
    ]);
    // Over the spec's 100 steps, the 150-id rewrite rides on the first mismatch only.
    expect(findings.map((f) => f.fix?.length ?? 0)).toEqual([1, 0, 0]);
    expect(check("s.flow.json", bundle(3, ["flow_long#1"])).map((f) => [f.message, f.fix?.length])).toEqual([["flow.steps does not list steps `flow_long#2`, `flow_long#3`", 1]]);
  });

  it("names the first ten expected ids and counts the rest (the message listed all of them: 500 KB for 28,000 steps)", () => {
    const n = 15;
    const step = (i: number) => ({ schema: "knowtation.flow_step/v0", step_id: `flow_long#${i}`, flow_id: "flow_long", ordinal: i, owned_job: "a", instruction: "b", trigger: "c", when_not_to_run: "d", boundaries: [], output_shape: "e", verification: { kind: "test_pass", evidence_required: true, description: "f" }, automatable: "manual" });
    const ids = Array.from({ length: n }, (_, i) => `flow_long#${i + 1}`);
    const flow = { schema: "knowtation.flow/v0", flow_id: "flow_long", title: "t", version: "1.0.0", scope: "org", summary: "s", steps: [...ids].reverse(), updated: "2026-01-01", truncated: false };
    const findings = check("long.flow.json", JSON.stringify({ flow, steps: ids.map((_, i) => step(i + 1)) }));
    expect(findings.map((f) => f.message)).toEqual([
      `flow.steps is not in ascending ordinal order; expected ${ids.slice(0, 10).map((s) => `\`${s}\``).join(", ")} and 5 more`,
    ]);
    expect(findings[0]!.fix![0]!.edits[0]!.newText).toBe(JSON.stringify(ids));
  });
});

describe("classic-Mac line ends (lone CR)", () => {
  it("YAML with CR-only line breaks parses, with positions on the lines LineIndex counts (was a parse error at 1:6)", () => {
    const yaml = readFileSync(join(__dirname, "..", "fixtures", "flows", "valid.flow.yaml"), "utf8").replace("  summary: Two steps.", '  summary: Two steps.\n  "🎉tïtle": x').replace(/\n/g, "\r");
    const findings = check("cr.flow.yaml", yaml);
    const line = yaml.split("\r").findIndex((l) => l.includes("🎉")) + 1;
    expect(briefs(findings)).toEqual([`${line}:3-${line}:12 flow/unknown-key`]);
  });
});

describe("a `%YAML 1.1` directive", () => {
  it("does not switch to YAML 1.1 (Date objects, `n` read as false, merge keys applied): the data stays plain YAML 1.2", () => {
    const { doc, findings } = parseSource("y.yaml", "%YAML 1.1\n---\nd: 2026-01-01\nn: no\nbase: &b {k: 1}\nm:\n  <<: *b\n");
    expect(briefs(findings)).toEqual(["7:3-7:5 source/yaml-merge-key"]);
    expect(JSON.parse(JSON.stringify(doc!.data))).toEqual({ d: "2026-01-01", n: "no", base: { k: 1 }, m: { "<<": { k: 1 } } });
  });
});

describe("many YAML aliases", () => {
  it("each alias reads the latest anchor of its name before it, resolved in one pass (yaml's Alias.resolve searches the whole document per alias: 9,000 aliases in 640 KB took over 3 minutes)", () => {
    const resolve = vi.spyOn(YAML.Alias.prototype, "resolve");
    const { doc, findings } = parseSource("a.yaml", "a: &x 1\nb: *x\nc: &x {k: [2]}\nd: *x\ne: [*x, *x]\n");
    expect(findings).toEqual([]);
    expect(JSON.parse(JSON.stringify(doc!.data))).toEqual({ a: 1, b: 1, c: { k: [2] }, d: { k: [2] }, e: [{ k: [2] }, { k: [2] }] });
    expect(resolve).not.toHaveBeenCalled();
    resolve.mockRestore();
  });
});

describe("--output and --changed-files paths that do not work", () => {
  it("are usage errors (exit 2), not internal errors", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.flow.yaml"), readFileSync(join(__dirname, "..", "fixtures", "flows", "valid.flow.yaml"), "utf8"));
    const out = await runCli(["validate", "a.flow.yaml", "--output", "."], { cwd: dir });
    expect([out.code, out.stderr.split("\n")[0]]).toEqual([2, "flowgate validate: cannot write --output .: it is a directory"]);
    const changed = await runCli(["check", ".", "--changed-files", "nope.txt"], { cwd: dir });
    expect([changed.code, changed.stderr.split("\n")[0]]).toEqual([2, "flowgate check: cannot read nope.txt: no such file"]);
  });
});
