/** The trust model: a pull request is judged by its base's configuration and cannot loosen the gate on itself. */
import { rulesOf, type Feature } from "../feature";
import * as R from "./rules";

export const trustFeature: Feature = {
  id: "trust",
  checks: [],
  configSchema: {},
  rules: rulesOf(R),
};
export { judgeFromBase, strictestFailOn, trustAfterGate, trustResult, workflowChanges } from "./config";
export { allowedCallAdded, baseUnavailable, compiledCodeAdded, configChanged, submoduleChanged, suppressedCallChanged, suppressionAdded } from "./rules";
