import type { Config } from "../config/schema";
import type { Finding } from "../kernel/findings";
import type { SourceDocument } from "../kernel/source/document";
import { filesAtRev, showManyAtRev } from "../kernel/git";
import { limitsOf } from "../kernel/limits";
import { byteOrderMarkFindings, parseSource } from "../kernel/source/document";
import { compareSemver } from "./schema";
import { validateFlowBundle } from "./validate";
import { checkVersionDiscipline, type FlowSnapshot, snapshotOf } from "./versions";
import type { FileAnalyzer } from "../feature";
import { isFlowFile } from "../kernel/selectors";

/** Parse and validate one flow bundle's text. */
export function validateFlowText(path: string, text: string, config: Config): { doc?: SourceDocument; findings: Finding[] } {
  const parsed = parseSource(path, text, limitsOf(config));
  const findings = [...byteOrderMarkFindings(path, text, "Knowtation"), ...parsed.findings];
  const doc = parsed.doc;
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


/** The flow feature's per-file function: what the workspace check and the editors judge in one bundle. */
export const flowAnalyzer: FileAnalyzer = {
  kind: "flow",
  selector: isFlowFile,
  analyze: (path, text, ctx) => analyzeFlowText(path, text, ctx.config, ctx.flowBase?.()).findings,
};
