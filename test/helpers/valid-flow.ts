import { readFileSync } from "node:fs";
import { join } from "node:path";

/** test/fixtures/flows/valid.flow.yaml: a two-step flow with no findings (step 1 automatable, step 2 manual). */
export const VALID_FLOW = readFileSync(join(__dirname, "..", "fixtures", "flows", "valid.flow.yaml"), "utf8");

/**
 * The valid flow with its 1-based lines replaced: a string replaces the line (it may hold several lines),
 * null deletes it. Numbering is the original file's, so several edits do not shift each other.
 */
export function validFlowWith(edits: Record<number, string | null>): string {
  const lines = VALID_FLOW.split("\n");
  for (const n of Object.keys(edits).map(Number)) if (!(n >= 1 && n <= lines.length)) throw new Error(`valid.flow.yaml has no line ${n}`);
  return lines.flatMap((line, i) => (i + 1 in edits ? (edits[i + 1] === null ? [] : [edits[i + 1]!]) : [line])).join("\n");
}
