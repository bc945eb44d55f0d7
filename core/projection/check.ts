import { join } from "node:path";
import type { Check, CheckContext } from "../gate";
import { type Finding, WHOLE_FILE } from "../kernel/findings";
import { limitsOf } from "../kernel/limits";
import { readSourceText } from "../kernel/source/document";
import { inShard } from "../shard";
import { analyzeProjectionText, isProjectionFile, placeOf, type ProjectionStatus, Renders } from "./analyze";
import { readWorkspaceFlows } from "./flows";
import * as R from "./rules";

/** `report.details.projections`: every projection judged, for the report's section. */
export interface ProjectionsDetails {
  statuses: ProjectionStatus[];
}

/**
 * Every projection file, changed or not: a change to a flow makes its unchanged projections stale, so the
 * diff scope (--changed-only, a pull request's files) does not narrow this check; a shard still does.
 */
export const projectionsCheck: Check = {
  name: "projections",
  title: "Flow projections",
  async run(ctx: CheckContext) {
    const { config } = ctx;
    const files = ctx.files.filter((f) => isProjectionFile(config)(f) && inShard(f, ctx.shard));
    const findings: Finding[] = [];
    const statuses: ProjectionStatus[] = [];
    const flows = files.length > 0 || config.projections.required.length > 0 ? readWorkspaceFlows(ctx.root, ctx.files, config) : new Map();
    const renders = new Renders(flows);
    files.forEach((file, i) => {
      ctx.onProgress?.({ check: "projections", done: i, total: files.length });
      const read = readSourceText(join(ctx.root, file), file, limitsOf(config));
      if (read.text === undefined) return void findings.push(...read.findings);
      const judged = analyzeProjectionText(file, read.text, placeOf(config, file)!, config, flows, renders);
      findings.push(...judged.findings);
      statuses.push(...judged.statuses);
    });
    const present = new Set(ctx.files);
    for (const r of config.projections.required) {
      if (present.has(r.path) || !inShard(r.path, ctx.shard)) continue;
      findings.push(R.absent.at(r.path, WHOLE_FILE, r.flow, `${r.path} does not exist (or is excluded, or a link that is not followed)`));
      statuses.push({ file: r.path, line: 1, subject: r.flow, harness: placeOf(config, r.path)!.harness, problems: [R.absent.id] });
    }
    const details: ProjectionsDetails = { statuses };
    return { name: "projections", title: "Flow projections", findings, files, details: { projections: details } };
  },
};
