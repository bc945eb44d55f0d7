import type { Finding } from "../kernel/findings";
import { closest } from "../suggest";
import { changeTo, hint } from "./fixes";
import * as R from "./rules";
import type { BlueprintModel } from "./model";

/** The compile's projection placement (GH #27). */

export function projectionPlacement(model: BlueprintModel): Finding[] {
  const { doc, bp } = model;
  const spec = bp.projection_placement;
  if (!spec) return [];
  const out: Finding[] = [];
  const report = (field: string, message: string) => out.push(R.invalidProjectionPlacement.at(doc.path, doc.rangeOf(["projection_placement", field]), message));
  if (typeof spec.root === "string" && spec.root !== "work_dir" && spec.root !== "project_root") {
    const guess = closest(spec.root, ["work_dir", "project_root"]);
    out.push(changeTo(doc, ["projection_placement", "root"], guess, R.invalidProjectionPlacement.at(doc.path, doc.rangeOf(["projection_placement", "root"]), `projection_placement.root must be "work_dir" or "project_root", got ${JSON.stringify(spec.root)}${hint(guess)}`)));
  }
  const t = spec.dir_template;
  if (typeof t === "string") {
    if (t === "") report("dir_template", "projection_placement.dir_template must not be empty");
    else if (!t.includes("{task_id}")) report("dir_template", `projection_placement.dir_template must contain the '{task_id}' placeholder: ${JSON.stringify(t)}`);
    else if (/^([\\/]|[A-Za-z]:[\\/])/.test(t)) report("dir_template", `projection_placement.dir_template must be a relative path, got an absolute one: ${JSON.stringify(t)}`);
    else if (t.split("/").includes("..")) report("dir_template", `projection_placement.dir_template must not contain '..' path segments: ${JSON.stringify(t)}`);
  }
  return out;
}
