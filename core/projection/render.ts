import { type Data, isObject } from "../data";
import { FLOW_ID_RE, SEMVER_RE } from "../flow/schema";
import type { RenderedHarness } from "./config";
import { buildMarker, contentHash, endMarker, linesOf } from "./marker";

/**
 * Knowtation's projection generator (lib/flow/projection-generator.mjs, spec A.9), written for Flowgate: the
 * same layout for `cursor_rule` (a Cursor .mdc rule) and `cli_runbook` (a markdown runbook), so a projection
 * Knowtation wrote compares clean after its marker. Deterministic: the same bundle gives the same bytes.
 */

/** Knowtation's cap on a rendered projection, in UTF-8 bytes. */
export const MAX_RENDERED_BYTES = 65536;

export const HARNESSES = ["cursor_rule", "cursor_skill", "mcp_prompt", "cli_runbook", "agent_bundle"] as const;

/** Why a known harness is not rendered: Knowtation answers FLOW_HARNESS_UNSUPPORTED for each. */
export const UNSUPPORTED_HARNESSES: Readonly<Record<string, string>> = {
  agent_bundle: "agent_bundle is rendered only behind Knowtation's external-agent gate (off by default); Flowgate does not render it",
  cursor_skill: "cursor_skill is reserved in Flow v0 and has no renderer",
  mcp_prompt: "mcp_prompt is reserved in Flow v0 and has no renderer",
};

export interface Fidelity {
  dropped_fields: string[];
  notes?: string;
}

export interface Projection {
  schema: "knowtation.flow_projection/v0";
  flow_id: string;
  flow_version: string;
  harness: RenderedHarness;
  rendered: string;
  generated_from_canonical: true;
  editable: false;
  fidelity: Fidelity;
  /** `sha256:` of `rendered` with its marker line normalised (the hash the marker carries). */
  content_hash: string;
}

export type RenderResult = { projection: Projection } | { error: string };

/** Flow text as markdown data: never markup that opens a comment or tag (so no flow can forge a marker line). */
function text(value: unknown): string {
  return typeof value === "string" ? value.replace(/\r\n/g, "\n").replace(/</g, "&lt;").replace(/>/g, "&gt;") : "";
}

/**
 * A YAML scalar for front matter: plain when Knowtation leaves it plain, else double-quoted. Unlike Knowtation's,
 * line breaks and control characters are escaped, so a summary cannot end the front matter and add keys.
 */
function yamlScalar(value: string): string {
  const s = value.replace(/\r\n/g, "\n");
  if (/^[\w .,/-]+$/.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}

function refs(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) return "";
  return value.map((r) => (isObject(r) ? `${r.kind}:${r.id}` : String(r))).join(", ");
}

function verification(step: Data): string {
  const v = step.verification;
  if (!isObject(v)) return "";
  return `${v.kind} — ${v.description} (evidence required: ${v.evidence_required === true ? "yes" : "no"})`;
}

const nonEmpty = (value: unknown): value is unknown[] => Array.isArray(value) && value.length > 0;
const field = (value: unknown, key: string) => (isObject(value) ? value[key] : undefined);

function cursorRuleStep(step: Data): string {
  const lines = [`## Step ${step.ordinal}: ${text(step.owned_job)}`, "", `**Instruction:** ${text(step.instruction)}`, "", `**Trigger:** ${text(step.trigger)}`, "", "**Boundaries:**"];
  if (Array.isArray(step.boundaries)) lines.push(...step.boundaries.map((b) => `- ${text(b)}`));
  lines.push("", `**Output shape:** ${text(step.output_shape)}`, "", `**Verification:** ${text(verification(step))}`);
  const skills = refs(step.skill_refs);
  if (skills) lines.push("", `**Skill refs:** ${text(skills)}`);
  return lines.join("\n");
}

function cliRunbookStep(step: Data): string {
  const lines = [`## Step ${step.ordinal}`, "", `- **Owned job:** ${text(step.owned_job)}`, `- **Instruction:** ${text(step.instruction)}`, `- **Trigger:** ${text(step.trigger)}`];
  if (typeof step.when_not_to_run === "string" && step.when_not_to_run.trim()) lines.push(`- **When not to run:** ${text(step.when_not_to_run)}`);
  const requires = refs(step.requires);
  if (requires) lines.push(`- **Requires:** ${text(requires)}`);
  if (nonEmpty(step.boundaries)) lines.push("- **Boundaries:**", ...step.boundaries.map((b) => `  - ${text(b)}`));
  const skills = refs(step.skill_refs);
  if (skills) lines.push(`- **Skill refs:** ${text(skills)}`);
  if (nonEmpty(step.inputs)) lines.push(`- **Inputs:** ${text(step.inputs.map((i) => `${field(i, "name")} (from ${field(i, "from")})`).join(", "))}`);
  if (nonEmpty(step.outputs)) lines.push(`- **Outputs:** ${text(step.outputs.map((o) => `${field(o, "name")}:${field(o, "type")}`).join(", "))}`);
  lines.push(`- **Output shape:** ${text(step.output_shape)}`, `- **Verification:** ${text(verification(step))}`);
  return lines.join("\n");
}

/** The lines before the steps; MARKER stands where the marker goes once the hash is known. */
const MARKER = "\u0000marker";
function header(flow: Data, harness: RenderedHarness): string[] {
  if (harness === "cursor_rule") {
    const tags = Array.isArray(flow.tags) ? flow.tags : [];
    const globs = tags.length > 0 ? tags.map((t) => `**/*${t}*`).join(", ") : "**/*";
    const description = flow.summary ?? flow.title ?? "";
    return ["---", `description: ${yamlScalar(typeof description === "string" ? description : String(description))}`, `globs: ${yamlScalar(globs)}`, "alwaysApply: false", "---", "", MARKER, ""];
  }
  return [`# ${text(flow.title ?? flow.flow_id)}`, "", MARKER, "", text(flow.summary ?? ""), ""];
}

/** Steps in ordinal order (a stable sort: equal or odd ordinals keep the bundle's order). */
function stepsOf(bundle: Data): Data[] {
  const steps = Array.isArray(bundle.steps) ? bundle.steps.filter(isObject) : [];
  const ordinal = (s: Data) => (typeof s.ordinal === "number" && Number.isFinite(s.ordinal) ? s.ordinal : 0);
  return [...steps].sort((a, b) => ordinal(a) - ordinal(b));
}

/** Fields a harness has no place for, present in some step (spec A.9: cursor_rule drops these). */
function fidelityOf(harness: RenderedHarness, steps: readonly Data[]): Fidelity {
  if (harness !== "cursor_rule") return { dropped_fields: [] };
  const dropped = new Set<string>();
  for (const s of steps) {
    if (typeof s.when_not_to_run === "string" && s.when_not_to_run.trim()) dropped.add("when_not_to_run");
    for (const key of ["requires", "inputs", "outputs"]) if (nonEmpty(s[key])) dropped.add(key);
  }
  const fields = [...dropped].sort();
  return fields.includes("when_not_to_run") ? { dropped_fields: fields, notes: "cursor_rule has no anti-trigger slot" } : { dropped_fields: fields };
}

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

/**
 * A flow bundle's projection for a harness. Above MAX_RENDERED_BYTES the header is kept and whole steps are
 * added in order while they fit; the rest are left out and the fidelity notes say so. A header alone over the
 * cap (a huge title or summary) is an error: there is no bounded projection of that flow.
 */
export function renderProjection(bundle: Data, harness: RenderedHarness): RenderResult {
  const flow = isObject(bundle.flow) ? bundle.flow : {};
  const { flow_id: flowId, version } = flow;
  if (typeof flowId !== "string" || !FLOW_ID_RE.test(flowId)) return { error: "the bundle's flow.flow_id is not a valid flow id (flow_ + 1-64 of [a-z0-9_])" };
  if (typeof version !== "string" || !SEMVER_RE.test(version)) return { error: `the bundle's flow.version is not strict X.Y.Z semver` };
  const steps = stepsOf(bundle);
  const render = harness === "cursor_rule" ? cursorRuleStep : cliRunbookStep;
  // The hash placeholder has the final marker's length, so the byte budget is exact before the hash is known.
  const head = header(flow, harness).join("\n").replace(MARKER, buildMarker(flowId, version, `sha256:${"0".repeat(64)}`));
  const finish = (body: string) => body.replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
  const fidelity = fidelityOf(harness, steps);
  const chunks = steps.map((s) => `${render(s)}\n`);
  const upTo = (n: number) => finish([head, ...chunks.slice(0, n)].join("\n"));
  let rendered = upTo(chunks.length);
  if (bytes(rendered) > MAX_RENDERED_BYTES) {
    if (bytes(upTo(0)) > MAX_RENDERED_BYTES) return { error: `the flow's title and summary alone are over the ${MAX_RENDERED_BYTES}-byte cap on a projection` };
    // Each step adds bytes, so the first prefix over the cap ends the search (at most the cap's worth of steps is joined).
    let kept = 0;
    while (kept < chunks.length && bytes(upTo(kept + 1)) <= MAX_RENDERED_BYTES) kept++;
    rendered = upTo(kept);
    const note = `rendered truncated at ${MAX_RENDERED_BYTES} bytes: ${steps.length - kept} of ${steps.length} steps left out`;
    fidelity.notes = fidelity.notes ? `${fidelity.notes}; ${note}` : note;
  }
  const lines = linesOf(rendered);
  const hash = contentHash(lines);
  rendered = rendered.replace(buildMarker(flowId, version, `sha256:${"0".repeat(64)}`), buildMarker(flowId, version, hash));
  return { projection: { schema: "knowtation.flow_projection/v0", flow_id: flowId, flow_version: version, harness, rendered, generated_from_canonical: true, editable: false, fidelity, content_hash: hash } };
}

/** A cli_runbook as a marked section of a file such as AGENTS.md: the marker line opens it, the end marker closes it. */
export function asSection(projection: Projection): string {
  const lines = linesOf(projection.rendered);
  const marker = lines.findIndex((l) => l.startsWith("<!-- "));
  const body = [...lines.slice(0, marker), ...lines.slice(marker + 2)];
  while (body.at(-1) === "") body.pop();
  return [lines[marker]!, ...body, endMarker(projection.flow_id)].join("\n") + "\n";
}
