import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config/schema";
import { isObject } from "../data";
import { walkFiles } from "../kernel/files";
import { validateFlowText } from "../flow/analyze";
import { limitsOf } from "../kernel/limits";
import { isFlowFile } from "../kernel/selectors";
import type { FlowBundle } from "../flow/schema";
import { snapshotOf } from "../flow/versions";
import { parseSource } from "../kernel/source/document";

/** A flow version found in the workspace, as runs pin it. */
export interface FlowVersionEntry {
  flow_id: string;
  version: string;
  title: string;
  file: string;
  /** Validation errors (a run can only pin a bundle with none). */
  errors: number;
}

function readFlowFiles(root: string, config: Config): { file: string; text: string }[] {
  const isFlow = isFlowFile(config);
  return walkFiles(root, config.exclude)
    .filter(isFlow)
    .map((file) => ({ file, text: readFileSync(join(root, file), "utf8") }));
}

/** Every flow bundle of the workspace by id and version (for pickers: flow, then version). */
export function listFlowVersions(root: string, config: Config): FlowVersionEntry[] {
  const out: FlowVersionEntry[] = [];
  for (const { file, text } of readFlowFiles(root, config)) {
    const { doc, findings } = validateFlowText(file, text, config);
    const errors = findings.filter((f) => f.severity === "error").length;
    const snap = snapshotOf(doc?.data);
    // A bundle with a flow id but no pinnable version ("1.0") is listed too, with its errors, so pickers can say why it is not offered.
    const flow = isObject(doc?.data) && isObject(doc.data.flow) ? doc.data.flow : undefined;
    const flowId = snap?.flowId ?? (typeof flow?.flow_id === "string" ? flow.flow_id : undefined);
    if (!flowId || !flow) continue;
    const version = snap?.version ?? String(flow.version ?? "(no version)");
    out.push({ flow_id: flowId, version, title: typeof flow.title === "string" ? flow.title : flowId, file, errors: snap ? errors : Math.max(1, errors) });
  }
  return out.sort((a, b) => (a.flow_id < b.flow_id ? -1 : a.flow_id > b.flow_id ? 1 : a.file < b.file ? -1 : 1));
}

export type FlowLookup = { ok: true; bundle: FlowBundle; file: string } | { ok: false; reason: string; ambiguous?: boolean };

/** The bundle pinned by (flow_id, version): exactly one file defines it and it validates without errors. */
export function findFlowVersion(root: string, config: Config, flowId: string, version: string): FlowLookup {
  const matches: { file: string; text: string }[] = [];
  for (const entry of readFlowFiles(root, config)) {
    const snap = snapshotOf(parseSource(entry.file, entry.text, limitsOf(config)).doc?.data);
    if (snap?.flowId === flowId && snap.version === version) matches.push(entry);
  }
  if (matches.length === 0) return { ok: false, reason: `no flow bundle in the workspace defines ${flowId}@${version}` };
  if (matches.length > 1) return { ok: false, ambiguous: true, reason: `${flowId}@${version} is defined by ${matches.length} files (${matches.map((m) => m.file).join(", ")}); keep one` };
  const { file, text } = matches[0]!;
  const { doc, findings } = validateFlowText(file, text, config);
  const errors = findings.filter((f) => f.severity === "error");
  if (!doc || errors.length > 0) {
    const first = errors[0];
    return { ok: false, reason: `${file} (${flowId}@${version}) does not validate: ${errors.length} error(s)${first ? `, first ${first.rule} at line ${first.line}: ${first.message}` : ""}` };
  }
  return { ok: true, bundle: doc.data as FlowBundle, file };
}
