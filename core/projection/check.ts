import { join } from "node:path";
import type { Check, CheckContext } from "../gate";
import { type Finding, WHOLE_FILE } from "../kernel/findings";
import { showAtRev } from "../kernel/git";
import { limitsOf } from "../kernel/limits";
import { readSourceText } from "../kernel/source/document";
import { isFlowFile } from "../kernel/selectors";
import { inShard } from "../shard";
import { analyzeProjectionText, hasMarker, isProjectionFile, placeOf, type ProjectionStatus, Renders } from "./analyze";
import { readWorkspaceFlows, type WorkspaceFlows } from "./flows";
import * as R from "./rules";
import { append } from "../kernel/append";

/** `report.details.projections`: every projection judged, for the report's section. */
export interface ProjectionsDetails {
  statuses: ProjectionStatus[];
}

/** The flow_ids whose bundles a change touches (any version's file). */
function changedFlowIds(flows: WorkspaceFlows, changed: ReadonlySet<string>): Set<string> {
  return new Set([...flows].filter(([, known]) => known.files.some((f) => changed.has(f))).map(([id]) => id));
}

/**
 * Every projection file (a file without a marker is hand-written and left alone, unless required or its marker
 * was removed since the base); in a diff scope (a pull request, --changed-only) the changed projection files and
 * every projection of a flow the change touches, changed or not: bumping a flow makes its untouched
 * projections stale, and that is the change's to fix. A shard still narrows.
 */
export const projectionsCheck: Check = {
  name: "projections",
  title: "Flow projections",
  async run(ctx: CheckContext) {
    const { config } = ctx;
    const isProjection = isProjectionFile(config);
    const candidates = ctx.files.filter((f) => isProjection(f) && inShard(f, ctx.shard));
    const findings: Finding[] = [];
    const statuses: ProjectionStatus[] = [];
    const flows: WorkspaceFlows = candidates.length > 0 || config.projections.required.length > 0 ? readWorkspaceFlows(ctx.root, ctx.files, config) : new Map();
    const present = new Set(ctx.files);
    const touched = ctx.changedFiles && changedFlowIds(flows, ctx.changedFiles);
    // A deleted (or renamed) flow bundle no longer says which flow it held: then every projection is the change's.
    const isFlow = isFlowFile(config);
    const flowDeleted = ctx.changedFiles && [...ctx.changedFiles].some((f) => isFlow(f) && !present.has(f));
    const inScope = (file: string, flowIds: readonly string[]) => !ctx.changedFiles || flowDeleted || ctx.changedFiles.has(file) || flowIds.some((id) => touched!.has(id));
    const renders = new Renders(flows);
    const files: string[] = [];
    candidates.forEach((file, i) => {
      ctx.onProgress?.({ check: "projections", done: i, total: candidates.length });
      const read = readSourceText(join(ctx.root, file), file, limitsOf(config));
      if (read.text === undefined) {
        if (inScope(file, [])) files.push(file), append(findings, read.findings);
        return;
      }
      const place = placeOf(config, file)!;
      // A file the change leaves alone is at the base as it is here: git is asked only of changed files without a marker.
      const stripped = (text: string) => !place.sections && ctx.base !== undefined && (!ctx.changedFiles || ctx.changedFiles.has(file)) && !hasMarker(text) && hasMarker(showAtRev(ctx.root, ctx.base, file) ?? "");
      const judged = analyzeProjectionText(file, read.text, place, config, flows, renders, stripped(read.text));
      if (!inScope(file, [...judged.statuses.map((s) => s.subject.split("@")[0]!), ...config.projections.required.filter((r) => r.path === file).map((r) => r.flow)])) return;
      files.push(file);
      append(findings, judged.findings);
      statuses.push(...judged.statuses);
    });
    for (const r of config.projections.required) {
      if (present.has(r.path) || !inShard(r.path, ctx.shard) || !inScope(r.path, [r.flow])) continue;
      findings.push(R.absent.at(r.path, WHOLE_FILE, r.flow, `${r.path} does not exist (or is excluded, or a link that is not followed)`));
      statuses.push({ file: r.path, line: 1, subject: r.flow, harness: placeOf(config, r.path)!.harness, problems: [R.absent.id] });
    }
    const details: ProjectionsDetails = { statuses };
    return { name: "projections", title: "Flow projections", findings, files, details: { projections: details } };
  },
};
