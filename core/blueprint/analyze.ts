import type { FileAnalyzer } from "../feature";
import { isBlueprintFile, validateBlueprintText } from "./check";

/** The Blueprint feature's per-file function. */
export const blueprintAnalyzer: FileAnalyzer = {
  kind: "blueprint",
  selector: isBlueprintFile,
  analyze: (path, text, ctx) => validateBlueprintText(path, text, ctx.config).findings,
};
