import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findSections, renderProjection } from "../../core/projection";
import { gateFindings } from "../helpers/gate";

/** Knowtation's own projections of its overseer starter (test/fixtures/projection/knowtation/README.md says where each comes from). */
const FIXTURES = join(__dirname, "../fixtures/projection/knowtation");
const read = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const bundle = (version: string) => JSON.parse(read(`flow_overseer_handover.v${version}.json`));
/** Marker lines differ by design (Flowgate's carries the content hash): compare everything else. */
const withoutMarker = (text: string) => text.replace(/^<!-- GENERATED FROM CANONICAL FLOW .*-->$/m, "<marker>");
const rendered = (version: string, harness: "cursor_rule" | "cli_runbook") => {
  const r = renderProjection(bundle(version), harness);
  if (!("projection" in r)) throw new Error(r.error);
  return r.projection;
};

describe("the layout is Knowtation's: its own projections compare equal apart from the marker line", () => {
  it("cursor_rule of flow_overseer_handover@0.1.0 equals Knowtation's overseer.v0.1.0.mdc byte for byte after the marker", () => {
    expect(withoutMarker(rendered("0.1.0", "cursor_rule").rendered)).toBe(withoutMarker(read("overseer.v0.1.0.mdc")));
  });
  it("cli_runbook of flow_overseer_handover@0.2.0 equals Knowtation's overseer.AGENTS.v0.2.0.md byte for byte after the marker", () => {
    expect(withoutMarker(rendered("0.2.0", "cli_runbook").rendered)).toBe(withoutMarker(read("overseer.AGENTS.v0.2.0.md")));
  });
  it("the marker keeps Knowtation's form (its test's regular expression matches) and adds the sha256 content hash", () => {
    const p = rendered("0.2.0", "cli_runbook");
    const marker = p.rendered.split("\n")[2]!;
    expect(marker).toMatch(/^<!-- GENERATED FROM CANONICAL FLOW flow_overseer_handover@(\d+\.\d+\.\d+) \(generator v1\)/);
    expect(marker).toBe(`<!-- GENERATED FROM CANONICAL FLOW flow_overseer_handover@0.2.0 (generator v1) ${p.content_hash} — DO NOT EDIT; regenerate via flowgate project -->`);
    expect(p.content_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
  it("fidelity of cursor_rule: the four dropped step fields, sorted, with Knowtation's note; cli_runbook drops nothing", () => {
    expect(rendered("0.1.0", "cursor_rule").fidelity).toEqual({ dropped_fields: ["inputs", "outputs", "requires", "when_not_to_run"], notes: "cursor_rule has no anti-trigger slot" });
    expect(rendered("0.1.0", "cli_runbook").fidelity).toEqual({ dropped_fields: [] });
  });
  it("the projections check passes Knowtation's own files as they are: its .mdc, and its whole-file AGENTS.md once AGENTS.md is configured whole", async () => {
    const whole = "projections:\n  files:\n    - { glob: AGENTS.md, harness: cli_runbook }\n    - { glob: .cursor/rules/*.mdc, harness: cursor_rule }\n";
    const found = await gateFindings({ ".flowgate.yml": whole, "flows/overseer.flow.json": read("flow_overseer_handover.v0.2.0.json"), "flows/overseer-0.1.flow.json": read("flow_overseer_handover.v0.1.0.json"), "AGENTS.md": read("overseer.AGENTS.v0.2.0.md"), ".cursor/rules/overseer.mdc": read("overseer.v0.1.0.mdc") });
    // Knowtation's 0.1.0 rule is stale against 0.2.0 (and only stale: its text is 0.1.0's, byte for byte).
    expect(found.filter((f) => f.rule.startsWith("projection/")).map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([".cursor/rules/overseer.mdc:7 projection/stale"]);
  });
  it("an upstream runbook pasted as an AGENTS.md section is one section running to the end of the file (no end marker)", () => {
    const lines = read("overseer.AGENTS.v0.2.0.md").split("\n");
    expect(findSections(lines)).toEqual([{ startLine: 2, endLine: lines.length, markerLine: 2, claim: { flowId: "flow_overseer_handover", version: "0.2.0" }, unterminated: true }]);
  });
});
