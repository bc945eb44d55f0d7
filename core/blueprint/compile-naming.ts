import type { Finding } from "../kernel/findings";
import type { Pointer } from "../kernel/source/document";
import { stepsOf } from "./flowir";
import { canonicalPath } from "./path";
import * as R from "./rules";
import type { BlueprintModel } from "./model";

/** The compile's step naming (GH #23). */

/** Hard step-naming collisions: a name two steps claim strongly where either side declared `projection_name`. */
export function stepNaming(model: BlueprintModel): Finding[] {
  const { doc, bp } = model;
  const declared = new Map<string, string>();
  for (const a of model.agents) {
    const name = a.def.meta?.projection_name;
    if (typeof name === "string") declared.set(a.def.name, name);
  }
  const order: string[] = [];
  const firstSite = new Map<string, Pointer>();
  const tops = new Map<string, Map<string, boolean>>();
  for (const { value: step, pointer } of stepsOf(bp.flow)) {
    if (!firstSite.has(step.ref)) {
      order.push(step.ref);
      firstSite.set(step.ref, pointer);
    }
    const set = tops.get(step.ref) ?? new Map<string, boolean>();
    tops.set(step.ref, set);
    const top = outTop(step.out.op === "path" ? step.out.at : undefined);
    if (top) set.set(`${top.nested}|${top.name}`, top.nested);
  }
  const plans = order.map((ref) => {
    const canonical = declared.get(ref) ?? ref;
    const strong = new Set([ref]);
    const weak = new Set<string>();
    for (const [key, nested] of tops.get(ref)!) (nested ? weak : strong).add(key.slice(key.indexOf("|") + 1));
    for (const n of [...weak]) if (n === canonical || strong.has(n)) weak.delete(n);
    return { ref, canonical, isDeclared: declared.has(ref), strong, weak };
  });
  const claimants = new Map<string, number>();
  for (const p of plans) for (const n of new Set([p.canonical, ...p.strong, ...p.weak])) claimants.set(n, (claimants.get(n) ?? 0) + 1);
  const claims = new Map<string, { ref: string; declared: boolean }>();
  const out: Finding[] = [];
  for (const p of plans) {
    const claimed = new Set([...p.strong, ...[...p.weak].filter((n) => (claimants.get(n) ?? 0) <= 1), p.canonical]);
    for (const name of [...claimed].sort()) {
      const other = claims.get(name);
      if (!other) {
        claims.set(name, { ref: p.ref, declared: p.isDeclared });
        continue;
      }
      if (p.isDeclared || other.declared) {
        const reason = p.isDeclared && other.declared ? "both sides declare projection_name" : other.declared ? `step '${other.ref}' declares projection_name` : `step '${p.ref}' declares projection_name`;
        // Point at the declaration that makes the clash fatal.
        const declaring = p.isDeclared ? p.ref : other.ref;
        const agent = model.agents.find((a) => a.def.name === declaring);
        const where = agent ? ["agents", agent.index, "meta", "projection_name"] : [...firstSite.get(p.ref)!, "ref"];
        out.push(R.stepNamingCollision.at(doc.path, doc.rangeOf(where), name, other.ref, p.ref, reason));
      } else if (p.ref === name && other.ref !== name) claims.set(name, { ref: p.ref, declared: false });
    }
  }
  return out;
}

/** Upstream's `out_alias`: the top segment of the canonical out path, and whether the path goes deeper. */
function outTop(at: string | undefined): { name: string; nested: boolean } | undefined {
  const rendered = at === undefined ? undefined : canonicalPath(at);
  if (rendered === undefined) return undefined;
  const trimmed = rendered.startsWith("$.") ? rendered.slice(2) : rendered.slice(1);
  const segments = trimmed.split(".").filter((s) => s !== "");
  return segments[0] === undefined ? undefined : { name: segments[0], nested: segments.length > 1 };
}
