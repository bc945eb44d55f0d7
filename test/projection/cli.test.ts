import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli";
import { upsertSection } from "../../core/projection";
import { OVERSEER_V1, OVERSEER_V2, render } from "./helpers";

/** A workspace with the overseer flow at 0.1.0 and 0.2.0. */
function workspace(): string {
  const dir = tempDir("flowgate-project-");
  mkdirSync(join(dir, "flows"));
  writeFileSync(join(dir, "flows/overseer.flow.json"), OVERSEER_V2);
  writeFileSync(join(dir, "flows/overseer-0.1.flow.json"), OVERSEER_V1);
  return dir;
}

describe("flowgate project", () => {
  it("renders the latest version of a flow_id as a Cursor rule, deterministically, with fidelity notes on stderr", async () => {
    const cwd = workspace();
    const a = await runCli(["project", "flow_overseer_handover", "--harness", "cursor_rule"], { cwd });
    const b = await runCli(["project", "flows/overseer.flow.json", "--harness", "cursor_rule"], { cwd });
    expect([a.code, a.stdout, a.stderr]).toEqual([0, render(OVERSEER_V2, "cursor_rule"), "fidelity: cursor_rule drops inputs, outputs, requires, when_not_to_run (cursor_rule has no anti-trigger slot)\n"]);
    expect(b.stdout).toBe(a.stdout);
  });
  it("flow_id@version pins a version; the JSON envelope reports it stale against the latest (Knowtation's flow_project/v0)", async () => {
    const r = await runCli(["project", "flow_overseer_handover@0.1.0", "--harness", "cli_runbook", "--json"], { cwd: workspace() });
    const envelope = JSON.parse(r.stdout);
    expect([r.code, envelope.schema, envelope.staleness, envelope.generator.generator_version, envelope.projection.rendered]).toEqual([0, "knowtation.flow_project/v0", { stale: true, projection_version: "0.1.0", latest_version: "0.2.0" }, "1", render(OVERSEER_V1, "cli_runbook")]);
    expect(envelope.generator.content_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(envelope.projection.rendered).toContain(envelope.generator.content_hash);
  });
  it("refuses agent_bundle, cursor_skill and mcp_prompt (FLOW_HARNESS_UNSUPPORTED, exit 1); an unknown harness is a usage error (exit 2)", async () => {
    const cwd = workspace();
    for (const harness of ["agent_bundle", "cursor_skill", "mcp_prompt"]) {
      const r = await runCli(["project", "flow_overseer_handover", "--harness", harness], { cwd });
      expect([r.code, r.stdout, r.stderr]).toEqual([1, "", expect.stringMatching(new RegExp(`^flowgate project: FLOW_HARNESS_UNSUPPORTED: ${harness} `))]);
    }
    const r = await runCli(["project", "flow_overseer_handover", "--harness", "vim_macro"], { cwd });
    expect([r.code, r.stderr.split("\n")[0]]).toEqual([2, 'flowgate project: --harness must be one of cursor_rule, cli_runbook (Flow v0 harnesses: cursor_rule, cursor_skill, mcp_prompt, cli_runbook, agent_bundle); got "vim_macro"']);
  });
  it("an unknown flow or version is an error naming what the workspace has (exit 1)", async () => {
    const cwd = workspace();
    expect((await runCli(["project", "flow_nope", "--harness", "cursor_rule"], { cwd })).stderr).toBe("flowgate project: the workspace has no flow flow_nope\n");
    expect((await runCli(["project", "flow_overseer_handover@0.3.0", "--harness", "cursor_rule"], { cwd })).stderr).toBe("flowgate project: the workspace has no flow_overseer_handover@0.3.0 (versions: 0.2.0, 0.1.0)\n");
  });
  it("a file that is not a flow bundle, or does not parse, is an error with its position (exit 1)", async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, "notes.json"), '{"title": "x"}');
    writeFileSync(join(cwd, "broken.json"), '{"flow": ');
    const notes = await runCli(["project", "notes.json", "--harness", "cursor_rule"], { cwd });
    expect([notes.code, notes.stderr]).toEqual([1, "flowgate project: notes.json is not a flow bundle (an object with `flow` and `steps`)\n"]);
    const broken = await runCli(["project", "broken.json", "--harness", "cursor_rule"], { cwd });
    expect([broken.code, broken.stderr]).toEqual([1, expect.stringMatching(/^flowgate project: broken\.json:1:\d+: /)]);
  });
  it("--output AGENTS.md writes a marked section among hand-written text, replaces it on the next run, and `flowgate check` passes it", async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, "AGENTS.md"), "# Agents\n\nHand-written.\n");
    expect((await runCli(["project", "flow_overseer_handover@0.1.0", "--harness", "cli_runbook", "--output", "AGENTS.md"], { cwd })).code).toBe(0);
    const stale = await runCli(["check", "--only", "projections", "--format", "json"], { cwd });
    expect(JSON.parse(stale.stdout).findings.map((f: { rule: string; line: number }) => `${f.line} ${f.rule}`)).toEqual(["5 projection/stale"]);
    await runCli(["project", "flow_overseer_handover", "--harness", "cli_runbook", "--output", "AGENTS.md"], { cwd });
    expect(readFileSync(join(cwd, "AGENTS.md"), "utf8")).toBe(`# Agents\n\nHand-written.\n\n${render(OVERSEER_V2, "cli_runbook", "section")}`);
    const clean = await runCli(["check", "--only", "projections"], { cwd });
    expect(clean.code).toBe(0);
  });
  it("--output refuses a workspace file that is a symbolic link out of the workspace (a checked-out change could aim AGENTS.md at ~/.bashrc)", async () => {
    const cwd = workspace();
    const outside = join(tempDir("flowgate-outside-"), "bashrc");
    writeFileSync(outside, "export SAFE=1\n");
    symlinkSync(outside, join(cwd, "AGENTS.md"));
    const r = await runCli(["project", "flow_overseer_handover", "--harness", "cli_runbook", "--output", "AGENTS.md"], { cwd });
    expect([r.code, r.stderr]).toEqual([1, "flowgate project: AGENTS.md is a symbolic link to outside the workspace: it was not written\n"]);
    expect(readFileSync(outside, "utf8")).toBe("export SAFE=1\n");
  });
  it("flowgate check prints projection findings in every format (text, sarif, markdown)", async () => {
    const cwd = workspace();
    mkdirSync(join(cwd, ".cursor/rules"), { recursive: true });
    writeFileSync(join(cwd, ".cursor/rules/overseer.mdc"), render(OVERSEER_V1, "cursor_rule"));
    const text = await runCli(["check", "--only", "projections"], { cwd });
    expect([text.code, text.stdout]).toEqual([1, expect.stringContaining(".cursor/rules/overseer.mdc:7:1")]);
    expect(text.stdout).toContain("projection/stale");
    const sarif = JSON.parse((await runCli(["check", "--only", "projections", "--format", "sarif"], { cwd })).stdout);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(["projection/stale"]);
    const md = (await runCli(["check", "--only", "projections", "--format", "markdown"], { cwd })).stdout;
    expect(md).toContain("### Flow projections\n\n- ❌ <code>stale</code> — <code>\\.cursor/rules/overseer\\.mdc\\:7</code> <code>flow\\_overseer\\_handover@\u200b0\\.1\\.0</code> (cursor\\_rule)");
  });
});

describe("upsertSection (flowgate project --output into a sections file)", () => {
  const v1 = render(OVERSEER_V1, "cli_runbook", "section");
  const v2 = render(OVERSEER_V2, "cli_runbook", "section");
  it("replaces the flow's first section in place, drops its duplicates, and keeps other text and other flows' sections", () => {
    const other = v1.replace(/flow_overseer_handover/g, "flow_other");
    const text = `# A\n\n${v1}\nmiddle\n\n${other}\n${v1}tail\n`;
    expect(upsertSection(text, "flow_overseer_handover", v2)).toBe(`# A\n\n${v2}\nmiddle\n\n${other}\ntail\n`);
  });
  it("appends after a blank line when the file has no section of the flow, and writes the section alone into an empty file", () => {
    expect(upsertSection("# A\n\n\n", "flow_overseer_handover", v2)).toBe(`# A\n\n${v2}`);
    expect(upsertSection("", "flow_overseer_handover", v2)).toBe(v2);
  });
});
