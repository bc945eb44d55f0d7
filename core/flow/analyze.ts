import type { Config } from "../config/schema";
import type { Finding } from "../kernel/findings";
import type { SourceDocument } from "../kernel/source/document";
import { baseCounterpart, flowsAtBase, validateFlowText } from "./check";
import { checkVersionDiscipline, type FlowSnapshot, snapshotOf } from "./versions";

/** The flows at a base revision (a PR's base in CI, HEAD in editors), by flow_id, for version discipline. */
export interface FlowBase {
  /** The revision's name as findings quote it. */
  name: string;
  flows: Map<string, FlowSnapshot[]>;
}

export interface FlowAnalysis {
  doc?: SourceDocument;
  snap?: FlowSnapshot;
  findings: Finding[];
}

/** One flow bundle's findings: parse, validate, and (with a base) version discipline. `flowgate check` and the editors both call this. */
export function analyzeFlowText(file: string, text: string, config: Config, base?: FlowBase): FlowAnalysis {
  const { doc, findings } = validateFlowText(file, text, config);
  const snap = doc ? snapshotOf(doc.data) : undefined;
  if (!doc || !snap || !base) return { doc, snap, findings };
  return { doc, snap, findings: [...findings, ...checkVersionDiscipline(doc, baseCounterpart(snap, base.flows.get(snap.flowId)), base.name)] };
}

/** The flows committed at HEAD per workspace folder, read once until invalidated (git is too slow to ask per keystroke). */
export class HeadFlows {
  private readonly cache = new Map<string, FlowBase | null>();
  get(root: string, config: Config): FlowBase | undefined {
    if (!this.cache.has(root)) {
      let base: FlowBase | null = null;
      try {
        base = { name: "HEAD", flows: flowsAtBase(root, "HEAD", config) };
      } catch {
        base = null; // not a git repository, or no commit yet: no version discipline in the editor
      }
      this.cache.set(root, base);
    }
    return this.cache.get(root) ?? undefined;
  }
  invalidate(): void {
    this.cache.clear();
  }
}
