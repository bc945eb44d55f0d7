import type { Config } from "../config/schema";
import { isBlueprintFile, validateBlueprintText } from "./check";
import { explainBlueprint } from "./explain";

/**
 * What a hover on a Blueprint shows (markdown), as `flowgate explain` computes it: on an agent, its
 * effective operator kind and runner and the tier each came from; on `id` or `metadata`, the effective
 * run TTL. Pure (no vscode); undefined where there is nothing to explain. Line and column are 1-based.
 */
export function blueprintHoverAt(rel: string, text: string, config: Config, line: number, column: number): string | undefined {
  if (!isBlueprintFile(config)(rel)) return undefined;
  const { model } = validateBlueprintText(rel, text, config);
  if (!model) return undefined;
  const inside = (pointer: (string | number)[]) => {
    if (!model.doc.has(pointer)) return false;
    const r = model.doc.rangeOf(pointer);
    const key = model.doc.headOf(pointer);
    const after = (l: number, c: number) => line > l || (line === l && column >= c);
    const before = (l: number, c: number) => line < l || (line === l && column < c);
    return after(Math.min(r.line, key.line), key.line < r.line ? key.column : Math.min(r.column, key.column)) && before(r.endLine, r.endColumn);
  };
  const explained = explainBlueprint(model);
  const agent = model.agents.find((a) => inside(["agents", a.index]));
  if (agent) {
    const a = explained.agents.find((x) => x.name === agent.def.name);
    if (!a) return undefined;
    return [
      `**agent \`${a.name}\`** (kind ${a.kind})`,
      "",
      `- operator kind: **${a.operatorKind.kind}** — from ${a.operatorKind.from}`,
      a.runner.tier === "none" ? "- runner: none — no tier declares one" : `- runner: **${a.runner.description}** — from ${a.runner.from}${a.runner.error ? ` (error: ${a.runner.error})` : ""}`,
      "",
      "_operator kind: per-agent override → launch operator_kind → OperatorDef.kind → default_operator_kind → automate; runner: inline → runner_ref → profile.worker_binding → default_runner_",
    ].join("\n");
  }
  if (inside(["metadata"]) || inside(["id"])) {
    return [`**Blueprint \`${explained.id}\`**`, "", `- run TTL: **${explained.ttl.secs} s** — from ${explained.ttl.from}`, "", "_launch request ttl_secs → metadata.default_run_ttl_secs → server default_"].join("\n");
  }
  return undefined;
}
