import { readFileSync } from "node:fs";
import { join } from "node:path";
import { asSection, renderProjection } from "../../core/projection";

/** Knowtation's overseer starter at 0.1.0 (verbatim) and 0.2.0 (its summary changed), as flow bundle texts. */
const FIXTURES = join(__dirname, "../fixtures/projection/knowtation");
export const OVERSEER_V1 = readFileSync(join(FIXTURES, "flow_overseer_handover.v0.1.0.json"), "utf8");
export const OVERSEER_V2 = readFileSync(join(FIXTURES, "flow_overseer_handover.v0.2.0.json"), "utf8");
export const OVERSEER = "flow_overseer_handover";

/** A fresh projection's text: whole (a .mdc rule, a runbook) or as an AGENTS.md section. */
export function render(flowText: string, harness: "cursor_rule" | "cli_runbook", form: "whole" | "section" = "whole"): string {
  const r = renderProjection(JSON.parse(flowText), harness);
  if (!("projection" in r)) throw new Error(r.error);
  return form === "section" ? asSection(r.projection) : r.projection.rendered;
}

/** A text with its 1-based line n replaced. */
export function withLine(text: string, n: number, line: string): string {
  const lines = text.split("\n");
  lines[n - 1] = line;
  return lines.join("\n");
}

/** A flow bundle text with its flow record changed. */
export function flowWith(flowText: string, change: Record<string, unknown>): string {
  const data = JSON.parse(flowText);
  Object.assign(data.flow, change);
  return JSON.stringify(data, null, 2);
}
