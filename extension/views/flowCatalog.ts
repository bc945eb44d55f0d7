import { type Config, type Data, isObject } from "../../core/index";
import { validateFlowText, compareSemver, SEMVER_RE } from "../../core/flow";

/** One flow version as a bundle file defines it (or a run pins it). Pure: unit-tested without VS Code. */
export interface FlowVersionInfo {
  flowId: string;
  version: string;
  title: string;
  /** Repo-relative bundle file, or `run <id>` for a version only a run's pinned copy holds. */
  source: string;
  errors: number;
  steps: { ordinal: number; stepId: string; ownedJob: string; kind: string; evidenceRequired: boolean; automatable: string }[];
}

const str = (v: unknown, fallback: string) => (typeof v === "string" ? v : fallback);

/** A bundle's flow as the view lists it; an invalid version (e.g. "1.0") is still listed, its errors counted. */
export function versionInfo(data: unknown, source: string, errors: number): FlowVersionInfo | undefined {
  if (!isObject(data) || !isObject(data.flow) || typeof data.flow.flow_id !== "string") return undefined;
  const flow = data.flow;
  const flowId = data.flow.flow_id;
  const steps = (Array.isArray(data.steps) ? data.steps : [])
    .filter((s): s is Data => isObject(s) && typeof s.ordinal === "number")
    .sort((a, b) => (a.ordinal as number) - (b.ordinal as number))
    .map((s) => {
      const v = isObject(s.verification) ? s.verification : {};
      const ordinal = s.ordinal as number;
      return { ordinal, stepId: str(s.step_id, `#${ordinal}`), ownedJob: str(s.owned_job, ""), kind: str(v.kind, "?"), evidenceRequired: v.evidence_required === true, automatable: str(s.automatable, "?") };
    });
  return { flowId, version: str(flow.version, "?"), title: str(flow.title, flowId), source, errors, steps };
}

export function readFlowFile(file: string, text: string, config: Config): FlowVersionInfo | undefined {
  const { doc, findings } = validateFlowText(file, text, config);
  return versionInfo(doc?.data, file, findings.filter((f) => f.severity === "error").length);
}

export interface FlowGroup {
  flowId: string;
  title: string;
  /** Highest version first; a version defined by a file wins over the same version pinned by a run. */
  versions: FlowVersionInfo[];
}

export function groupFlows(entries: Iterable<FlowVersionInfo>): FlowGroup[] {
  const byId = new Map<string, Map<string, FlowVersionInfo>>();
  for (const e of entries) {
    const versions = byId.get(e.flowId) ?? new Map<string, FlowVersionInfo>();
    const seen = versions.get(e.version);
    if (!seen || (seen.source.startsWith("run ") && !e.source.startsWith("run "))) versions.set(e.version, e);
    byId.set(e.flowId, versions);
  }
  return [...byId.entries()]
    .map(([flowId, versions]) => {
      const list = [...versions.values()].sort((a, b) => bySemverDescending(a.version, b.version));
      return { flowId, title: list[0]!.title, versions: list };
    })
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

/** Highest semver first; versions that are not X.Y.Z (invalid, still listed) after them. */
function bySemverDescending(a: string, b: string): number {
  const va = SEMVER_RE.test(a);
  const vb = SEMVER_RE.test(b);
  if (va && vb) return compareSemver(b, a);
  return va === vb ? (a < b ? -1 : a > b ? 1 : 0) : va ? -1 : 1;
}

export function automatableIcon(mode: string): string {
  return mode === "manual" ? "person" : mode === "agent_assisted" ? "hubot" : mode === "automatable" ? "zap" : "question";
}
