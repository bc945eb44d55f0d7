import { DIALECTS, validateAnyFile } from "../../core/dialect";
import type { Config } from "../../core/config/schema";
import { baseCounterpart, flowsAtBase, isFlowFile, validateFlowText } from "../../core/flow/check";
import { checkVersionDiscipline, type FlowSnapshot, snapshotOf } from "../../core/flow/versions";
import type { Analyzer } from "./types";

/** The flows committed at HEAD, read once per folder until invalidated (git is too slow to ask per keystroke). */
export class BaseFlows {
  private readonly cache = new Map<string, Map<string, FlowSnapshot[]> | null>();
  get(root: string, config: Config): Map<string, FlowSnapshot[]> | undefined {
    if (!this.cache.has(root)) {
      let flows: Map<string, FlowSnapshot[]> | null = null;
      try {
        flows = flowsAtBase(root, "HEAD", config);
      } catch {
        flows = null; // not a git repository, or no commit yet: no version discipline in the editor
      }
      this.cache.set(root, flows);
    }
    return this.cache.get(root) ?? undefined;
  }
  invalidate(): void {
    this.cache.clear();
  }
}

/** Flow bundles (with version discipline against HEAD) and every other dialect claimed by name, e.g. Blueprints. */
export function definitionsAnalyzer(base: BaseFlows): Analyzer {
  return {
    name: "definitions",
    analyze({ root, rel, text }, { config, trusted }) {
      if (isFlowFile(config)(rel)) {
        const { doc, findings } = validateFlowText(rel, text, config);
        const snap = doc && snapshotOf(doc.data);
        // Restricted Mode runs no git: a repository's own git config could make git run its commands.
        const atHead = doc && snap && trusted ? baseCounterpart(snap, base.get(root, config)?.get(snap.flowId)) : undefined;
        return doc && atHead ? [...findings, ...checkVersionDiscipline(doc, atHead, "HEAD")] : findings;
      }
      if (DIALECTS.some((d) => d.claimsByName(rel, config))) return validateAnyFile(rel, text, config).findings;
      return undefined;
    },
  };
}

