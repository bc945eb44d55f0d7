import { DEFAULT_CONFIG, type Config } from "../../core/config/schema";
import { validateBlueprintText } from "../../core/blueprint/check";
import type { Finding } from "../../core/kernel/findings";
import { brief } from "../helpers/findings";

/** A clean Blueprint: every compiler check and every bp_doctor lint passes on it. */
export function baseBlueprint(): any {
  return {
    id: "t",
    flow: {
      kind: "seq",
      children: [
        { kind: "step", ref: "scout", in: { op: "lit", value: "go" }, out: { op: "path", at: "$.scout" } },
        { kind: "step", ref: "gate", in: { op: "path", at: "$.scout" }, out: { op: "path", at: "$.gate" } },
        {
          kind: "branch",
          cond: { op: "or", args: [{ op: "eq", lhs: { op: "path", at: "$.gate.parts.verdict" }, rhs: { op: "lit", value: "PASS" } }, { op: "eq", lhs: { op: "path", at: "$.gate.parts.verdict" }, rhs: { op: "lit", value: "BLOCKED" } }] },
          then: { kind: "assign", at: { op: "path", at: "$.done" }, value: { op: "lit", value: true } },
          else: { kind: "assign", at: { op: "path", at: "$.halted_at" }, value: { op: "lit", value: "gate" } },
        },
      ],
    },
    agents: [
      { name: "scout", kind: "rust_fn", spec: { fn_id: "identity" }, profile: { extras: { expected_output: { kind: "inline_markdown" } } } },
      {
        name: "gate",
        kind: "operator",
        spec: { operator_ref: "main-ai" },
        profile: { worker_binding: "claude", extras: { expected_output: { kind: "literal_enum" } } },
        runner: { backend: "ws_operator", variant: "claude" },
        verdict: { channel: "part", values: ["PASS", "BLOCKED"] },
      },
    ],
    operators: [{ name: "main-ai", kind: "main_ai" }],
  };
}

export const text = (bp: unknown) => JSON.stringify(bp, null, 2);

/** A cond comparing the gate agent's part-channel verdict with `value`. */
export const gateVerdict = (value: string) => ({ op: "eq", lhs: { op: "path", at: "$.gate.parts.verdict" }, rhs: { op: "lit", value } });
/** A branch that skips (does nothing either way) when the verdict at `path` is one of `values`: a skip_on guard. */
export const skipBranch = (path: string, values: string[]) => ({ kind: "branch", cond: { op: "in", needle: { op: "path", at: path }, haystack: { op: "lit", value: values } }, then: { kind: "seq", children: [] }, else: { kind: "seq", children: [] } });

export function withConfig(section: Partial<Config["blueprints"]>): Config {
  return { ...DEFAULT_CONFIG, blueprints: { ...DEFAULT_CONFIG.blueprints, ...section } };
}

export function validate(source: unknown, config: Config = DEFAULT_CONFIG, path = "t.bp.json") {
  return validateBlueprintText(path, typeof source === "string" ? source : text(source), config);
}

export function findingsOf(source: unknown, config?: Config, path?: string): Finding[] {
  return validate(source, config, path).findings;
}

/** "line:col-line:col rule" of the n-th occurrence of `needle` in `source` (searching from `after`'s first occurrence). */
export function at(source: string, needle: string, rule: string, options: { n?: number; after?: string } = {}): string {
  let from = options.after ? source.indexOf(options.after) : 0;
  if (from < 0) throw new Error(`anchor not found: ${options.after}`);
  let index = source.indexOf(needle, from);
  for (let k = 0; k < (options.n ?? 0) && index >= 0; k++) index = source.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`needle not found: ${needle}`);
  return `${position(source, index)}-${position(source, index + needle.length)} ${rule}`;
}

/** "line:col-line:col rule" from the start of `from` to the end of the first `to` after it (multi-line values). */
export function span(source: string, from: string, to: string, rule: string, options: { after?: string } = {}): string {
  const start = source.indexOf(from, options.after ? source.indexOf(options.after) : 0);
  const end = source.indexOf(to, start) + to.length;
  if (start < 0 || end < to.length) throw new Error(`span not found: ${from} … ${to}`);
  return `${position(source, start)}-${position(source, end)} ${rule}`;
}

function position(source: string, offset: number): string {
  const before = source.slice(0, offset).split("\n");
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

export function briefs(findings: readonly Finding[], severity?: Finding["severity"]): string[] {
  return findings.filter((f) => !severity || f.severity === severity).map(brief);
}

/** Apply a quick fix's edits to the text (edits of one fix never overlap). */
export function applyFix(source: string, fix: NonNullable<Finding["fix"]>[number]): string {
  const lines = source.split("\n");
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return [...fix.edits]
    .sort((a, b) => offset(b.line, b.column) - offset(a.line, a.column))
    .reduce((text, e) => text.slice(0, offset(e.line, e.column)) + e.newText + text.slice(offset(e.endLine, e.endColumn)), source);
}
