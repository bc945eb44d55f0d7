/** Generated projections of flows (Knowtation spec A.9): `flowgate project` renders them, the `projections` check gates them. */
import { rulesOf, type Feature } from "../feature";
import { projectionAnalyzer } from "./analyze";
import { projectionsCheck } from "./check";
import { projectionsConfigSchema } from "./config";
import { projectionsMarkdown } from "./markdown";
import * as R from "./rules";

export const projectionFeature: Feature = {
  id: "projection",
  checks: [projectionsCheck],
  analyzers: [projectionAnalyzer],
  markdown: projectionsMarkdown,
  configSchema: { projections: projectionsConfigSchema },
  rules: rulesOf(R),
};

export { analyzeProjectionText, isProjectionStale, placeOf, Renders, type ProjectionStatus } from "./analyze";
export { projectionsCheck, type ProjectionsDetails } from "./check";
export { DEFAULT_PROJECTION_PLACES, renderedHarnessSchema, type ProjectionPlace, type RenderedHarness } from "./config";
export { latestOf, parseFlowBundle, readWorkspaceFlows, walkWorkspaceFlows, type WorkspaceFlows } from "./flows";
export { MARKER_PREFIX, PROJECTION_GENERATOR_VERSION, endMarker, findSections } from "./marker";
export { HARNESSES, MAX_RENDERED_BYTES, UNSUPPORTED_HARNESSES, asSection, renderProjection, type Fidelity, type Projection } from "./render";
export { upsertSection, writeProjection } from "./write";
