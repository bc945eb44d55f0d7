import type { Config } from "../config/schema";
import type { Finding } from "../kernel/findings";
import type { SourceDocument } from "../kernel/source/document";
import { blobTexts, treeAtRevOnce } from "../kernel/git";
import { RunMemo } from "../kernel/memo";
import { limitsOf } from "../kernel/limits";
import { byteOrderMarkFindings, parseSource } from "../kernel/source/document";
import { compareSemver } from "./schema";
import { validateFlowBundle } from "./validate";
import { checkVersionDiscipline, type FlowSnapshot, snapshotOf, snapshotOfText } from "./versions";
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

/**
 * Every version of every flow at a base revision, by flow_id (renames are fine: matched by id, not path).
 * With `wanted` (the ids the caller will look up: a shard's or a pull request's flows), a base file that
 * cannot define one of them is not parsed; see mayDefineOneOf. Each distinct blob is read once (from a file of
 * `walked`, the run's files, that still holds it, else from git) and each distinct text parsed once (`memo`, shared
 * with the run's other checks): a monorepo that vendors the same flows into many folders pays for one copy; every
 * path still contributes its own entry.
 */
export function flowsAtBase(root: string, base: string, config: Config, wanted?: ReadonlySet<string>, memo = new RunMemo(), walked: ReadonlySet<string> = new Set()): Map<string, FlowSnapshot[]> {
  const isFlow = isFlowFile(config);
  const out = new Map<string, FlowSnapshot[]>();
  const mayDefine = mayDefineOneOf(wanted);
  const entries = treeAtRevOnce(root, base, memo).filter((e) => e.type === "blob" && isFlow(e.path));
  const texts = blobTexts(root, entries, walked, limitsOf(config).maxBytes);
  for (const { path, oid } of entries) {
    const text = texts.get(oid);
    if (text === undefined || !mayDefine(text)) continue;
    const snap = snapshotOfText(path, text, config, memo);
    if (!snap) continue;
    const versions = out.get(snap.flowId);
    if (versions) versions.push(snap);
    else out.set(snap.flowId, [snap]);
  }
  return out;
}

/** Ids a parsed value can only have if they stand in its text as they are (see mayDefineOneOf). */
const PLAIN_ID = /^[A-Za-z0-9_.-]+$/;

/**
 * Whether a flow file's text may hold one of these flow ids, without parsing it (parsing every base flow is
 * most of a shard's fixed cost). A JSON or YAML string without spaces, quotes or line breaks can only be
 * written as the same characters in the text, unless an escape builds it: a JSON `\u` or YAML `\x` escape
 * needs a backslash, and YAML's folding and `''` only add spaces, line breaks and quotes. So a text without
 * a backslash and without any of the ids does not define them; anything else (an id with other
 * characters, any backslash, no `wanted`) is parsed as before.
 */
export function mayDefineOneOf(wanted: ReadonlySet<string> | undefined): (text: string) => boolean {
  if (!wanted || ![...wanted].every((id) => PLAIN_ID.test(id))) return () => true;
  return (text) => text.includes("\\") || [...wanted].some((id) => text.includes(id));
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
  return { doc, snap, findings: [...findings, ...versionFindings({ doc, snap, findings }, base)] };
}

/** Version discipline of an analysed flow against a base (the second half of analyzeFlowText, for callers that need the flow ids first). */
export function versionFindings(flow: FlowAnalysis, base: FlowBase | undefined): Finding[] {
  if (!flow.doc || !flow.snap || !base) return [];
  return checkVersionDiscipline(flow.doc, baseCounterpart(flow.snap, base.flows.get(flow.snap.flowId)), base.name);
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
