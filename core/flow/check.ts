import { join } from "node:path";
import { type Check, type CheckContext, selectFiles } from "../check";
import type { Config } from "../config/schema";
import type { Finding } from "../findings";
import { globMatcher } from "../files";
import { filesAtRev, showManyAtRev } from "../git";
import { DEFAULT_LIMITS, parseSource, readSourceText, type SourceDocument } from "../source/document";
import { validateFlowBundle } from "./validate";
import { checkVersionDiscipline, type FlowSnapshot, snapshotOf } from "./versions";

export function isFlowFile(config: Config): (path: string) => boolean {
  return globMatcher([...config.flows.include, ...config.flows.files]);
}

export function limitsOf(config: Config) {
  return { ...DEFAULT_LIMITS, maxBytes: config.limits["max-file-bytes"] };
}

/** Parse and validate one flow bundle's text. */
export function validateFlowText(path: string, text: string, config: Config): { doc?: SourceDocument; findings: Finding[] } {
  const { doc, findings } = parseSource(path, text, limitsOf(config));
  if (!doc) return { findings };
  const policy = { automatableForbidden: config.flows.policy["automatable-forbidden"] };
  return { doc, findings: [...findings, ...validateFlowBundle(doc, { profile: config.flows.profile, policy })] };
}

/** Flows at a base revision, by flow_id (renames are fine: matched by id, not path). */
export function flowsAtBase(root: string, base: string, config: Config): Map<string, FlowSnapshot> {
  const isFlow = isFlowFile(config);
  const out = new Map<string, FlowSnapshot>();
  for (const [path, text] of showManyAtRev(root, base, filesAtRev(root, base).filter(isFlow))) {
    const snap = snapshotOf(parseSource(path, text, limitsOf(config)).doc?.data);
    if (snap) out.set(snap.flowId, snap);
  }
  return out;
}

export const flowsCheck: Check = {
  name: "flows",
  title: "Flow bundles",
  async run(ctx: CheckContext) {
    const files = selectFiles(ctx, isFlowFile(ctx.config));
    const base = ctx.base && files.length > 0 ? flowsAtBase(ctx.root, ctx.base, ctx.config) : undefined;
    const findings: Finding[] = [];
    files.forEach((file, i) => {
      ctx.onProgress?.({ check: "flows", done: i, total: files.length });
      const read = readSourceText(join(ctx.root, file), file, limitsOf(ctx.config));
      const { doc, findings: found } = read.text === undefined ? { doc: undefined, findings: read.findings } : validateFlowText(file, read.text, ctx.config);
      findings.push(...found);
      if (doc && base) {
        const snap = snapshotOf(doc.data);
        findings.push(...checkVersionDiscipline(doc, snap && base.get(snap.flowId), ctx.base!));
      }
    });
    return { name: "flows", title: "Flow bundles", findings, files };
  },
};
