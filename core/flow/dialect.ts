import type { Dialect } from "../feature";
import { isFlowFile } from "../kernel/selectors";
import { isObject } from "../data";
import { validateFlowText } from "./analyze";

export const flowDialect: Dialect = {
  id: "flow",
  title: "Knowtation Flow v0",
  claimsByName: (path, config) => (isFlowFile(config)(path) ? "its path matches flows.include / flows.files" : undefined),
  claimsByContent: (data) =>
    isObject(data) && isObject(data.flow) && (data.flow.schema === "knowtation.flow/v0" || Array.isArray(data.steps)) ? "it has top-level `flow` and `steps`" : undefined,
  validate: (path, text, config) => validateFlowText(path, text, config).findings,
};
