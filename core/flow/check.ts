import { join } from "node:path";
import { type Check, type CheckContext, selectFiles } from "../gate";
import type { Finding } from "../kernel/findings";
import { limitsOf } from "../kernel/limits";
import { RunMemo } from "../kernel/memo";
import { isFlowFile } from "../kernel/selectors";
import { readSourceText } from "../kernel/source/document";
import * as R from "./rules";
import { analyzeFlowText, flowsAtBase, mayDefineOneOf, versionFindings } from "./analyze";
import { type FlowSnapshot, snapshotOfText, stepsText } from "./versions";
import { append } from "../kernel/append";

export const flowsCheck: Check = {
  name: "flows",
  title: "Flow bundles",
  async run(ctx: CheckContext) {
    const files = selectFiles(ctx, isFlowFile(ctx.config));
    const memo = ctx.memo ?? new RunMemo();
    const analysed = files.map((file, i) => {
      ctx.onProgress?.({ check: "flows", done: i, total: files.length });
      const read = readSourceText(join(ctx.root, file), file, limitsOf(ctx.config));
      if (read.text === undefined) return { findings: read.findings };
      const analysis = analyzeFlowText(file, read.text, ctx.config);
      // Remembered by text, so the same text at the base or in the ledger check is not parsed again.
      snapshotOfText(file, read.text, ctx.config, memo, () => analysis.snap);
      return analysis;
    });
    // The base is read after the flows, so only base files that may define one of their ids are parsed.
    const wanted = new Set(analysed.flatMap((a) => (a.snap ? [a.snap.flowId] : [])));
    const base = ctx.base && files.length > 0 ? { name: ctx.base, flows: flowsAtBase(ctx.root, ctx.base, ctx.config, wanted, memo, new Set(ctx.files)) } : undefined;
    const findings: Finding[] = [];
    const own = new Map(files.map((file, i) => [file, analysed[i]!.snap]));
    const defined = firstDefinitions(ctx, own, wanted, memo);
    files.forEach((file, i) => {
      const { doc, snap, findings: found } = analysed[i]!;
      append(findings, found, versionFindings(analysed[i]!, base));
      if (!doc || !snap) return;
      // Across files (not per file, so not in analyzeFlowText): one flow version, one set of steps.
      const key = `${snap.flowId}@${snap.version}`;
      const first = defined.get(key)!;
      if (first.file !== file && first.steps !== stepsText(snap)) findings.push(R.duplicateFlowVersion.at(file, doc.rangeOf(["flow", "version"]), key, first.file));
    });
    return { name: "flows", title: "Flow bundles", findings, files };
  },
};

/**
 * The first file defining each flow version, in the order of the files a run without a shard judges, with its
 * steps: a shard's flow is compared with the same definition one whole run would compare it with, even when that
 * file is another job's (else two copies that disagree, hashed into two shards, would pass a matrix). Files
 * outside the shard are read only to look for the shard's ids (`wanted`, mayDefineOneOf), until each of the shard's versions
 * has its first definition, and parsed once per text.
 */
function firstDefinitions(ctx: CheckContext, own: ReadonlyMap<string, FlowSnapshot | undefined>, wanted: ReadonlySet<string>, memo: RunMemo): Map<string, { file: string; steps: string }> {
  const defined = new Map<string, { file: string; steps: string }>();
  // No flow of its own (a shard of other files): nothing to compare, so no other job's file is read.
  if (wanted.size === 0) return defined;
  const scope = ctx.shard ? selectFiles({ ...ctx, shard: undefined }, isFlowFile(ctx.config)) : [...own.keys()];
  const mayDefine = mayDefineOneOf(wanted);
  // Only the own versions' first definitions are asked for: once each is found, later files cannot change them.
  const unfound = new Set([...own.values()].flatMap((snap) => (snap ? [`${snap.flowId}@${snap.version}`] : [])));
  for (const file of scope) {
    if (unfound.size === 0) break;
    let snap = own.get(file);
    if (!own.has(file)) {
      const { text } = readSourceText(join(ctx.root, file), file, limitsOf(ctx.config));
      if (text === undefined || !mayDefine(text)) continue;
      snap = snapshotOfText(file, text, ctx.config, memo);
    }
    if (!snap) continue;
    const key = `${snap.flowId}@${snap.version}`;
    if (!defined.has(key)) defined.set(key, { file, steps: stepsText(snap) });
    unfound.delete(key);
  }
  return defined;
}
