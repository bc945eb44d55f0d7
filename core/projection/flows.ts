import { join } from "node:path";
import type { Config } from "../config/schema";
import { type Data, isObject } from "../data";
import { compareSemver, FLOW_ID_RE, SEMVER_RE } from "../flow/schema";
import { walkFiles } from "../kernel/files";
import { limitsOf } from "../kernel/limits";
import { isFlowFile } from "../kernel/selectors";
import { describeValue } from "../issues";
import { parseSource, readSourceText } from "../kernel/source/document";

/** A flow version the workspace defines: its bundle (to render) and where. */
export interface FlowVersion {
  version: string;
  file: string;
  bundle: Data;
}

/** The workspace's flows by flow_id: the versions that can be rendered, and whether some other version could not be read. */
export interface KnownFlow {
  versions: Map<string, FlowVersion>;
  /** Versions that are not X.Y.Z semver, as messages show them (the flows check reports them): "latest" cannot be trusted past them. */
  unparseable: string[];
  /** Every bundle file of the flow, renderable or not (a change to any of them touches the flow). */
  files: string[];
}

export type WorkspaceFlows = Map<string, KnownFlow>;

/** The latest visible version of a flow: the highest semver among the workspace's bundles of that flow_id (spec A.6). */
export function latestOf(flow: KnownFlow): FlowVersion | undefined {
  return [...flow.versions.values()].sort((a, b) => compareSemver(b.version, a.version))[0];
}

/** A flow bundle's data from its text (JSON or YAML within the kernel's limits), or why it is not one. */
export function parseFlowBundle(path: string, text: string, config: Config): { bundle: Data & { flow: Data } } | { error: string } {
  const { doc, findings } = parseSource(path, text, limitsOf(config));
  if (!doc) return { error: `${path}:${findings[0]?.line ?? 1}:${findings[0]?.column ?? 1}: ${findings[0]?.message ?? "cannot be parsed"}` };
  const data = doc.data;
  return isObject(data) && isObject(data.flow) ? { bundle: data as Data & { flow: Data } } : { error: `${path} is not a flow bundle (an object with \`flow\` and \`steps\`)` };
}

/** Every flow bundle of the workspace (the flows check's selection), read within the kernel's limits; the first file of a version wins. */
export function readWorkspaceFlows(root: string, files: readonly string[], config: Config): WorkspaceFlows {
  const isFlow = isFlowFile(config);
  const limits = limitsOf(config);
  const out: WorkspaceFlows = new Map();
  for (const file of files.filter(isFlow)) {
    const { text } = readSourceText(join(root, file), file, limits);
    const parsed = text === undefined ? undefined : parseFlowBundle(file, text, config);
    if (!parsed || "error" in parsed) continue;
    const data = parsed.bundle;
    const { flow_id: flowId, version } = data.flow;
    if (typeof flowId !== "string" || !FLOW_ID_RE.test(flowId)) continue;
    const known: KnownFlow = out.get(flowId) ?? { versions: new Map(), unparseable: [], files: [] };
    known.files.push(file);
    out.set(flowId, known);
    if (typeof version !== "string" || !SEMVER_RE.test(version)) known.unparseable.push(describeValue(version));
    else if (!known.versions.has(version)) known.versions.set(version, { version, file, bundle: data });
  }
  return out;
}

/** The same for an editor, which has no file list: the workspace walked with the configured excludes. */
export function walkWorkspaceFlows(root: string, config: Config): WorkspaceFlows {
  return readWorkspaceFlows(root, walkFiles(root, config.exclude), config);
}
