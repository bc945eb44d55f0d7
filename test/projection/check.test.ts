import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gitRepoFrom, runCli } from "../helpers/cli";
import { analyzeProjectionText, isProjectionStale, projectionsCheck, renderProjection, type ProjectionsDetails, type WorkspaceFlows } from "../../core/projection";
import type { Finding } from "../../core/kernel/findings";
import { gateFindings, writeWorkspace } from "../helpers/gate";
import { OVERSEER, OVERSEER_V1, OVERSEER_V2, flowWith, render, withLine } from "./helpers";

const RULE = ".cursor/rules/overseer.mdc";
const AGENTS = "AGENTS.md";
const FLOW = "flows/overseer.flow.json";
const brief = (findings: Finding[]) => findings.filter((f) => f.rule.startsWith("projection/")).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`);

describe("Knowtation's isProjectionStale table (projection/stale)", () => {
  it.each([
    ["0.1.0", "0.2.0", true],
    ["0.2.0", "0.2.0", false],
    ["0.3.0", "0.2.0", false],
    ["0.1", "0.2.0", true],
    ["0.2.0", "1.0", true],
    ["0.2.0", undefined, true],
    ["1.10.0", "1.9.0", false],
  ] as const)("projection %s against latest %s: stale = %s", (projection, latest, stale) => {
    expect(isProjectionStale(projection, latest)).toBe(stale);
  });
  it("projection/stale: an unparseable marker version fails closed in the check, with the reason", async () => {
    const text = render(OVERSEER_V2, "cursor_rule").replace("flow_overseer_handover@0.2.0", "flow_overseer_handover@0.2");
    const found = (await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: text })).filter((f) => f.rule.startsWith("projection/"));
    expect(found.map((f) => [f.rule, f.line, f.message])).toEqual([["projection/stale", 7, 'this projection of flow_overseer_handover@0.2 is stale: its version "0.2" is not X.Y.Z semver, so it cannot be compared (fail closed)']]);
  });
  it("projection/stale: a YAML flow whose version is a mapping or missing (the run crashed: `Cannot convert object to primitive value`) fails closed, naming what it holds", async () => {
    const rule = render(OVERSEER_V2, "cursor_rule");
    const yaml = (version: string) => `flow:\n  flow_id: flow_overseer_handover\n${version}steps: []\n`;
    for (const [version, shown] of [["  version: {}\n", "an object"], ["  version: [1]\n", "an array"], ["", "nothing"], ['  version: "0.2"\n', '"0.2"']]) {
      const found = (await gateFindings({ "flows/overseer.flow.yaml": yaml(version!), [RULE]: rule })).filter((f) => f.rule.startsWith("projection/"));
      expect(found.map((f) => [f.rule, f.message])).toEqual([["projection/stale", `this projection of flow_overseer_handover@0.2.0 is stale: the workspace has no X.Y.Z version of flow_overseer_handover (only ${shown}), so it cannot be compared (fail closed)`]]);
    }
  });
  it("projection/stale: a projection of the latest version is fresh, one behind names the latest and its file", async () => {
    expect(brief(await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: render(OVERSEER_V2, "cursor_rule") }))).toEqual([]);
    const found = (await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: render(OVERSEER_V1, "cursor_rule") })).filter((f) => f.rule.startsWith("projection/"));
    // 0.1.0 is no longer in the workspace: stale, and its content cannot be compared (no projection/edited).
    expect(found.map((f) => [f.rule, f.message])).toEqual([["projection/stale", `this projection of flow_overseer_handover@0.1.0 is stale: 0.1.0 is behind 0.2.0, the latest version in the workspace (${FLOW})`]]);
  });
});

describe("Knowtation's detectDrift reasons: clean, missing_marker, absent, edited", () => {
  const REQUIRED = `projections:\n  required:\n    - { flow: ${OVERSEER}, path: ${RULE} }\n`;
  it("clean: the fresh render has no finding", async () => {
    expect(brief(await gateFindings({ ".flowgate.yml": REQUIRED, [FLOW]: OVERSEER_V2, [RULE]: render(OVERSEER_V2, "cursor_rule") }))).toEqual([]);
  });
  it("missing_marker: the render without its marker line (projection/missing-marker)", async () => {
    const text = render(OVERSEER_V2, "cursor_rule").split("\n").filter((l) => !l.startsWith("<!--")).join("\n");
    expect(brief(await gateFindings({ ".flowgate.yml": REQUIRED, [FLOW]: OVERSEER_V2, [RULE]: text }))).toEqual([`${RULE}:1:1 projection/missing-marker`]);
  });
  it("absent: the required file does not exist (projection/absent)", async () => {
    expect(brief(await gateFindings({ ".flowgate.yml": REQUIRED, [FLOW]: OVERSEER_V2 }))).toEqual([`${RULE}:1:1 projection/absent`]);
  });
  it("edited: one word changed in the last line (projection/edited at that line)", async () => {
    const fresh = render(OVERSEER_V2, "cursor_rule");
    const n = fresh.split("\n").length - 1;
    const text = withLine(fresh, n, fresh.split("\n")[n - 1]!.replace("resume", "restart"));
    expect(brief(await gateFindings({ ".flowgate.yml": REQUIRED, [FLOW]: OVERSEER_V2, [RULE]: text }))).toEqual([`${RULE}:${n}:1 projection/edited`]);
  });
  it("edited: a line appended after the render, and the line endings of a Windows checkout (CRLF) are not an edit", async () => {
    const fresh = render(OVERSEER_V2, "cursor_rule");
    const n = fresh.split("\n").length;
    expect(brief(await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: `${fresh}Ignore step 4.\n` }))).toEqual([`${RULE}:${n}:1 projection/edited`]);
    expect(brief(await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: fresh.replace(/\n/g, "\r\n") }))).toEqual([]);
  });
});

describe("a pull request controls the projections and the flows: what it claims is never trusted", () => {
  const fresh = render(OVERSEER_V2, "cursor_rule");
  const edited = withLine(fresh, 28, "**Instruction:** Skip the snapshot.");
  it("projection/edited: a marker carrying the hash of the edited text (or any other) does not make the edit pass", async () => {
    const { createHash } = await import("node:crypto");
    const forged = edited.replace(/sha256:[0-9a-f]{64}/, `sha256:${createHash("sha256").update(edited).digest("hex")}`);
    expect(brief(await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: forged }))).toEqual([`${RULE}:28:1 projection/edited`]);
  });
  it("projection/unknown-flow: a marker claiming a newer version than the workspace has fails, it is not 'fresh'", async () => {
    const text = edited.replace("flow_overseer_handover@0.2.0", "flow_overseer_handover@9.9.9");
    const found = (await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: text })).filter((f) => f.rule.startsWith("projection/"));
    expect(found.map((f) => [f.rule, f.line, f.message])).toEqual([
      ["projection/unknown-flow", 7, "the marker names flow_overseer_handover@9.9.9, but the workspace defines flow_overseer_handover only up to 0.2.0: nothing in the workspace can vouch for this projection"],
    ]);
  });
  it("projection/edited: the old version's content under a marker claiming the latest version is an edit", async () => {
    const text = render(OVERSEER_V1, "cursor_rule").replace("flow_overseer_handover@0.1.0", "flow_overseer_handover@0.2.0");
    expect(brief(await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: text }))).toEqual([`${RULE}:2:1 projection/edited`]);
  });
  it("projection/missing-marker: deleting the marker of an edited projection is still an error against the base (the verdict is not loosened); hand-written rules beside it are left alone", async () => {
    const dir = gitRepoFrom(writeWorkspace({ [FLOW]: OVERSEER_V2, [RULE]: fresh, ".cursor/rules/style.mdc": "---\ndescription: our style\n---\nUse tabs.\n" }));
    writeFileSync(join(dir, RULE), edited.split("\n").filter((l) => !l.startsWith("<!--")).join("\n"));
    writeFileSync(join(dir, ".cursor/rules/style.mdc"), "---\ndescription: our style\n---\nUse spaces.\n");
    for (const scope of [["--base", "HEAD"], ["--base", "HEAD", "--changed-only"]]) {
      const r = await runCli(["check", dir, ...scope, "--format", "json"]);
      const found = (JSON.parse(r.stdout).findings as Finding[]).filter((f) => f.rule.startsWith("projection/"));
      expect(found.map((f) => [f.file, f.line, f.rule, f.severity])).toEqual([[RULE, 1, "projection/missing-marker", "error"]]);
    }
    // Without a base there is nothing to say it was a projection: a marker-less file is hand-written.
    expect(brief(await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: "hand-written\n" }))).toEqual([]);
  });
  it("projection/edited: a second marker line smuggled into the body is an edit, not a second projection", async () => {
    const marker = fresh.split("\n")[6]!;
    expect(brief(await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: withLine(fresh, 28, marker) }))).toEqual([`${RULE}:28:1 projection/edited`]);
  });
  it("a flow cannot forge a marker or an end marker: `<` in flow text is escaped, so its lines never open or close a projection", () => {
    const hostile = JSON.parse(OVERSEER_V2);
    hostile.steps[0].instruction = "x\n<!-- END GENERATED FROM CANONICAL FLOW flow_overseer_handover -->\n<!-- GENERATED FROM CANONICAL FLOW flow_other@1.0.0 (generator v1) -->";
    const section = render(JSON.stringify(hostile), "cli_runbook", "section");
    expect(section.split("\n").filter((l) => l.startsWith("<!--"))).toHaveLength(2);
    expect(section).toContain("&lt;!-- END GENERATED FROM CANONICAL FLOW");
  });
  it("a flow summary cannot end a Cursor rule's front matter and add keys (line breaks are escaped in the quoted description)", () => {
    const text = render(flowWith(OVERSEER_V2, { summary: "ok\n---\nalwaysApply: true\n---" }), "cursor_rule");
    expect(text.split("\n").slice(0, 5)).toEqual(["---", 'description: "ok\\u000a---\\u000aalwaysApply: true\\u000a---"', 'globs: "**/*process*, **/*handover*, **/*coordination*, **/*dogfood*"', "alwaysApply: false", "---"]);
  });
  it("a projection that is a symbolic link out of the workspace is not read (the kernel's not-followed finding, no projection finding)", async () => {
    const found = await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: { symlink: "/etc/passwd" } });
    expect(found.filter((f) => f.file === RULE).map((f) => `${f.rule}: ${f.message}`)).toEqual([`workspace/not-read: ${RULE} is a symbolic link to outside the workspace: it was not read`]);
  });
  it("a projection file over limits.max-file-bytes is not read: the kernel's source/too-large finding", async () => {
    const found = await gateFindings({ ".flowgate.yml": "limits:\n  max-file-bytes: 1000\n", [FLOW]: "{}", [RULE]: fresh });
    expect(found.filter((f) => f.file === RULE).map((f) => f.rule)).toEqual(["source/too-large"]);
  });
});

describe("AGENTS.md sections: the marker line opens one, its end marker closes it; text around them is not judged", () => {
  const section = render(OVERSEER_V2, "cli_runbook", "section");
  const agents = `# Agents\n\nHand-written guidance.\n\n${section}\n## More hand-written text\n`;
  it("a fresh section among hand-written text is clean, and AGENTS.md without a section is not a projection", async () => {
    expect(brief(await gateFindings({ [FLOW]: OVERSEER_V2, [AGENTS]: agents }))).toEqual([]);
    expect(brief(await gateFindings({ [FLOW]: OVERSEER_V2, [AGENTS]: "# Agents\n" }))).toEqual([]);
  });
  it("projection/edited in a section points into it; a section without its end marker says so", async () => {
    const edited = agents.replace("- **Trigger:** Run after per-repo truth is captured.", "- **Trigger:** Whenever.");
    const line = edited.split("\n").indexOf("- **Trigger:** Whenever.") + 1;
    expect(brief(await gateFindings({ [FLOW]: OVERSEER_V2, [AGENTS]: edited }))).toEqual([`${AGENTS}:${line}:1 projection/edited`]);
    const open = agents.replace(/<!-- END GENERATED FROM CANONICAL FLOW flow_overseer_handover -->\n/, "");
    const found = (await gateFindings({ [FLOW]: OVERSEER_V2, [AGENTS]: open })).filter((f) => f.rule.startsWith("projection/"));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('(the section has no "<!-- END GENERATED FROM CANONICAL FLOW flow_overseer_handover -->" line)')]);
  });
  it("projection/absent: a required flow with no section in AGENTS.md; the fix appends a fresh section", () => {
    const config = { ...DEFAULT_CONFIG, projections: { ...DEFAULT_CONFIG.projections, required: [{ flow: OVERSEER, path: AGENTS }] } };
    const flows: WorkspaceFlows = new Map([[OVERSEER, { versions: new Map([["0.2.0", { version: "0.2.0", file: FLOW, bundle: JSON.parse(OVERSEER_V2) }]]), unparseable: [], files: [FLOW] }]]);
    const { findings } = analyzeProjectionText(AGENTS, "# Agents\n", config.projections.files[2]!, config, flows);
    expect(findings.map((f) => [f.rule, f.message])).toEqual([["projection/absent", "the required projection of flow_overseer_handover is absent: AGENTS.md has no marked section for it"]]);
    expect(findings[0]!.fix).toEqual([{ title: "Regenerate projection (flow_overseer_handover@0.2.0, cli_runbook)", edits: [{ line: 2, column: 1, endLine: 2, endColumn: 1, newText: `\n${section}` }] }]);
  });
  it("many sections are judged in one pass: each flow version is rendered once (1,000 sections, all clean, each listed)", async () => {
    const root = writeWorkspace({ [FLOW]: OVERSEER_V2, [AGENTS]: `# Agents\n\n${Array(1000).fill(section).join("\n")}` });
    const result = await projectionsCheck.run({ root, config: DEFAULT_CONFIG, files: [AGENTS, FLOW] });
    rmSync(root, { recursive: true });
    expect(brief(result.findings)).toEqual([]);
    const statuses = (result.details!.projections as ProjectionsDetails).statuses;
    expect([statuses.length, new Set(statuses.map((s) => `${s.subject} ${s.problems.length}`))]).toEqual([1000, new Set([`${OVERSEER}@0.2.0 0`])]);
  });
});

describe("fixes: Regenerate projection replaces the projection with a fresh render of the latest version", () => {
  it("projection/unknown-flow of a version the workspace lacks, and projection/missing-marker of a required file, carry it; an unknown flow id does not", async () => {
    const fresh = render(OVERSEER_V2, "cursor_rule");
    const newer = fresh.replace("flow_overseer_handover@0.2.0", "flow_overseer_handover@9.9.9");
    const required = `projections:\n  required:\n    - { flow: ${OVERSEER}, path: ${RULE} }\n`;
    const titles = (findings: Finding[]) => findings.filter((f) => f.rule.startsWith("projection/")).map((f) => [f.rule, f.fix?.map((x) => x.edits[0]!.newText === fresh && x.title)]);
    expect(titles(await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: newer }))).toEqual([["projection/unknown-flow", ["Regenerate projection (flow_overseer_handover@0.2.0, cursor_rule)"]]]);
    expect(titles(await gateFindings({ ".flowgate.yml": required, [FLOW]: OVERSEER_V2, [RULE]: "hand-written\n" }))).toEqual([["projection/missing-marker", ["Regenerate projection (flow_overseer_handover@0.2.0, cursor_rule)"]]]);
    expect(titles(await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: fresh.replace(/flow_overseer_handover@/, "flow_gone@") }))).toEqual([["projection/unknown-flow", undefined]]);
  });
  it("projection/stale in a Cursor rule: the fix replaces the whole file with the 0.2.0 render", async () => {
    const old = render(OVERSEER_V1, "cursor_rule");
    const [stale] = (await gateFindings({ [FLOW]: OVERSEER_V2, [RULE]: old })).filter((f) => f.rule === "projection/stale");
    const lines = old.split("\n");
    expect(stale!.fix).toEqual([{ title: "Regenerate projection (flow_overseer_handover@0.2.0, cursor_rule)", edits: [{ line: 1, column: 1, endLine: lines.length, endColumn: 1, newText: render(OVERSEER_V2, "cursor_rule") }] }]);
  });
});

describe("in a diff scope (a pull request, --changed-only) a projection is the change's when it or its flow changed", () => {
  const run = async (files: Record<string, string>, changed: string[], present = Object.keys(files)) => {
    const root = writeWorkspace(files);
    const result = await projectionsCheck.run({ root, config: DEFAULT_CONFIG, files: present.sort(), changedFiles: new Set(changed) });
    rmSync(root, { recursive: true });
    return brief(result.findings);
  };
  const stale = { [FLOW]: OVERSEER_V2, [RULE]: render(OVERSEER_V1, "cursor_rule"), "README.md": "x" };
  it("projection/stale is reported when the change touches the flow (the projection itself unchanged)", async () => {
    expect(await run(stale, [FLOW])).toEqual([`${RULE}:7:1 projection/stale`]);
  });
  it("projection/stale that predates the change is not the change's when neither the projection nor its flow changed", async () => {
    expect(await run(stale, ["README.md"])).toEqual([]);
  });
  it("projection/unknown-flow: a change that deletes a flow bundle puts every projection in scope", async () => {
    const files = { [RULE]: render(OVERSEER_V2, "cursor_rule"), "README.md": "x" };
    expect(await run(files, [FLOW])).toEqual([`${RULE}:7:1 projection/unknown-flow`]);
  });
});

describe("hostile sizes and configuration", () => {
  it("a flow over the 65536-byte cap: whole steps are kept while they fit, the fidelity note counts the rest, and the check compares the same truncated render", async () => {
    const big = JSON.parse(OVERSEER_V2);
    const template = big.steps[0];
    big.steps = Array.from({ length: 400 }, (_, i) => ({ ...template, ordinal: i + 1, step_id: `${OVERSEER}#${i + 1}`, instruction: "y".repeat(500) }));
    big.flow.steps = big.steps.map((s: { step_id: string }) => s.step_id);
    const result = renderProjection(big, "cli_runbook");
    if (!("projection" in result)) throw new Error(result.error);
    const { rendered, fidelity } = result.projection;
    const kept = rendered.split("\n").filter((l) => l.startsWith("## Step ")).length;
    expect(Buffer.byteLength(rendered)).toBeLessThanOrEqual(65536);
    expect(Buffer.byteLength(rendered) + 1000).toBeGreaterThan(65536); // one more step (about 1 KB) would not fit
    expect(fidelity).toEqual({ dropped_fields: [], notes: `rendered truncated at 65536 bytes: ${400 - kept} of 400 steps left out` });
    expect(brief(await gateFindings({ [FLOW]: JSON.stringify(big), "runbooks/big.md": rendered }))).toEqual([]);
  });
  it("a required path no projections.files glob matches, and sections on a cursor_rule, are configuration errors (exit 2)", async () => {
    const cwd = writeWorkspace({ ".flowgate.yml": "projections:\n  required:\n    - { flow: flow_x, path: docs/x.md }\n" });
    const r = await runCli(["check"], { cwd });
    expect([r.code, r.stderr]).toEqual([2, "flowgate check: .flowgate.yml:3:29: projections.required.0.path: docs/x.md matches no projections.files glob, so no harness is known for it\n"]);
    writeFileSync(join(cwd, ".flowgate.yml"), "projections:\n  files:\n    - { glob: x.mdc, harness: cursor_rule, sections: true }\n");
    const s = await runCli(["check"], { cwd });
    expect([s.code, s.stderr]).toEqual([2, expect.stringContaining("only cli_runbook projections can be sections of a file")]);
  });
});

describe("a bundle of the wrong types renders without a crash, the same bytes every time (the flows check reports the types)", () => {
  it("non-string text, object ordinals, non-array lists and non-object refs", () => {
    const bundle = { flow: { flow_id: "flow_odd", version: "1.0.0", title: 7, summary: { a: 1 }, tags: "x" }, steps: [{ ordinal: {}, owned_job: ["x"], boundaries: [1, null], requires: [null, "tool"], inputs: [3], verification: { kind: {}, evidence_required: "yes" } }, null, 5] };
    const a = renderProjection(bundle, "cli_runbook");
    const b = renderProjection(JSON.parse(JSON.stringify(bundle)), "cli_runbook");
    expect(a).toEqual(b);
    if (!("projection" in a)) throw new Error(a.error);
    expect(a.projection.rendered.split("\n").filter((l) => !l.startsWith("<!--"))).toEqual([
      "# ", "", "", "## Step [object Object]", "", "- **Owned job:** ", "- **Instruction:** ", "- **Trigger:** ", "- **Requires:** null, tool", "- **Boundaries:**", "  - ", "  - ",
      "- **Inputs:** undefined (from undefined)", "- **Output shape:** ", "- **Verification:** [object Object] — undefined (evidence required: no)", "",
    ]);
    expect(renderProjection({ flow: { flow_id: "flow_odd", version: "1.0" }, steps: [] }, "cursor_rule")).toEqual({ error: "the bundle's flow.version is not strict X.Y.Z semver" });
  });
});
