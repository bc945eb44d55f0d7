import { z } from "zod";
import { FLOW_ID_RE } from "../flow/schema";
import { globMatcher } from "../kernel/files";

/** The harnesses Flowgate renders (Knowtation's active ones); the others are refused (see render.ts). */
export const renderedHarnessSchema = z.enum(["cursor_rule", "cli_runbook"]);
export type RenderedHarness = z.infer<typeof renderedHarnessSchema>;

const placeSchema = z.strictObject({
  glob: z.string().min(1).describe("Files (a glob) that hold projections."),
  harness: renderedHarnessSchema.describe("The harness whose render these files must equal."),
  sections: z
    .boolean()
    .default(false)
    .describe("The file holds marked sections among hand-written text (e.g. AGENTS.md): each section from a marker line to its end marker is a projection; text outside sections is not judged."),
});
export type ProjectionPlace = z.infer<typeof placeSchema>;

const requiredSchema = z.strictObject({
  flow: z.string().regex(FLOW_ID_RE).describe("The flow_id that must be projected."),
  path: z.string().min(1).describe("The workspace file that must hold its projection (a file of `projections.files`, which gives the harness)."),
});

export const DEFAULT_PROJECTION_PLACES: ProjectionPlace[] = [
  { glob: ".cursor/rules/*.mdc", harness: "cursor_rule", sections: false },
  { glob: "runbooks/*.md", harness: "cli_runbook", sections: false },
  { glob: "AGENTS.md", harness: "cli_runbook", sections: true },
];

/** `.flowgate.yml` `projections:` — where generated projections of flows live, and which must exist. */
export const projectionsConfigSchema = z
  .strictObject({
    files: z.array(placeSchema).default(DEFAULT_PROJECTION_PLACES).describe("Where projections live: the first entry whose glob matches a file says how it is judged."),
    required: z.array(requiredSchema).default([]).describe("Projections that must exist (projection/absent otherwise)."),
  })
  .superRefine((value, ctx) => {
    value.files.forEach((place, i) => {
      if (place.sections && place.harness !== "cli_runbook") ctx.addIssue({ code: "custom", path: ["files", i, "sections"], message: "only cli_runbook projections can be sections of a file (a cursor_rule starts with front matter)" });
    });
    value.required.forEach((r, i) => {
      if (!value.files.some((p) => globMatcher([p.glob])(r.path))) ctx.addIssue({ code: "custom", path: ["required", i, "path"], message: `${r.path} matches no projections.files glob, so no harness is known for it` });
    });
  });
export type ProjectionsConfig = z.infer<typeof projectionsConfigSchema>;
