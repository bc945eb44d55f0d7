import { join } from "node:path";
import { type Check, type CheckContext, selectFiles } from "../check";
import type { Config } from "../config/schema";
import type { Finding } from "../kernel/findings";
import { filesAtRev, showManyAtRev } from "../kernel/git";
import { limitsOf } from "../kernel/limits";
import { isFlowFile } from "../kernel/selectors";
import { parseSource, readSourceText, type SourceDocument } from "../kernel/source/document";
import { validateFlowBundle } from "./validate";
import * as R from "./rules";
import { compareSemver } from "./schema";
import { analyzeFlowText } from "./analyze";
import { type FlowSnapshot, snapshotOf, stableStringify } from "./versions";

/** Parse and validate one flow bundle's text. */
export function validateFlowText(path: string, text: string, config: Config): { doc?: SourceDocument; findings: Finding[] } {
  const { doc, findings } = parseSource(path, text, limitsOf(config));
  if (!doc) return { findings };
  const policy = { automatableForbidden: config.flows.policy["automatable-forbidden"] };
  return { doc, findings: [...findings, ...validateFlowBundle(doc, { profile: config.flows.profile, policy })] };
}

/** Every version of every flow at a base revision, by flow_id (renames are fine: matched by id, not path). */
export function flowsAtBase(root: string, base: string, config: Config): Map<string, FlowSnapshot[]> {
  const isFlow = isFlowFile(config);
  const out = new Map<string, FlowSnapshot[]>();
  for (const [path, text] of showManyAtRev(root, base, filesAtRev(root, base).filter(isFlow))) {
    const snap = snapshotOf(parseSource(path, text, limitsOf(config)).doc?.data);
    if (snap) out.set(snap.flowId, [...(out.get(snap.flowId) ?? []), snap]);
  }
  return out;
}

/** What a flow is judged against: the same version at the base if it exists (changed in place?), else the latest. */
export function baseCounterpart(head: FlowSnapshot, versions: readonly FlowSnapshot[] | undefined): FlowSnapshot | undefined {
  if (!versions?.length) return undefined;
  return versions.find((v) => v.version === head.version) ?? [...versions].sort((a, b) => compareSemver(b.version, a.version))[0];
}

export const flowsCheck: Check = {
  name: "flows",
  title: "Flow bundles",
  async run(ctx: CheckContext) {
    const files = selectFiles(ctx, isFlowFile(ctx.config));
    const base = ctx.base && files.length > 0 ? { name: ctx.base, flows: flowsAtBase(ctx.root, ctx.base, ctx.config) } : undefined;
    const findings: Finding[] = [];
    const defined = new Map<string, { file: string; steps: string }>();
    files.forEach((file, i) => {
      ctx.onProgress?.({ check: "flows", done: i, total: files.length });
      const read = readSourceText(join(ctx.root, file), file, limitsOf(ctx.config));
      const { doc, snap, findings: found } = read.text === undefined ? { findings: read.findings } : analyzeFlowText(file, read.text, ctx.config, base);
      findings.push(...found);
      if (!doc || !snap) return;
      // Across files (not per file, so not in analyzeFlowText): one flow version, one set of steps.
      const key = `${snap.flowId}@${snap.version}`;
      const steps = stableStringify([...snap.steps]);
      const first = defined.get(key);
      if (!first) defined.set(key, { file, steps });
      else if (first.steps !== steps) findings.push(R.duplicateFlowVersion.at(file, doc.rangeOf(["flow", "version"]), key, first.file));
    });
    return { name: "flows", title: "Flow bundles", findings, files };
  },
};
