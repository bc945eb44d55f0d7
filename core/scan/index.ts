/** The boundary scan: Python/JS/TS calls that bypass the tool gateway. */
import { rulesOf, type Feature } from "../feature";
import { scanAnalyzer } from "./analyze";
import { scanCheck, scanMarkdown } from "./check";
import { scanConfigSchema } from "./config";
import * as R from "./rules";

export const scanFeature: Feature = {
  id: "scan",
  checks: [scanCheck],
  analyzers: [scanAnalyzer],
  markdown: scanMarkdown,
  configSchema: { scan: scanConfigSchema },
  rules: rulesOf(R),
};
export { scanWorkspace } from "./check";
export { REASON_PLACEHOLDER, nextLineSuppression, sameLineSuppression } from "./ignoreComments";
export { cellMagicLine, type EditorCell, type EditorKernel, editorNotebook } from "./notebook";
export { grammarOf } from "./parser";
export { BOUNDARY_RULES, analysisPending, starImport } from "./rules";
export { boundaryTableMarkdown } from "./table";
