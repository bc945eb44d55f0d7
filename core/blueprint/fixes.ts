import type { Finding } from "../kernel/findings";
import { replaceValue } from "../flow/fixes";
import { withFix } from "../kernel/rule";
import type { Pointer, SourceDocument } from "../kernel/source/document";

/** The "did you mean" clause for a guess from `closest()`. */
export const hint = (guess: string | undefined): string => (guess ? ` — did you mean \`${guess}\`?` : "");

/** The same guess as a quick fix: replace the value at `pointer`. */
export function changeTo(doc: SourceDocument, pointer: Pointer, guess: string | undefined, finding: Finding): Finding {
  return guess === undefined ? finding : withFix(finding, { title: `Change to \`${guess}\``, edits: [replaceValue(doc, pointer, guess)] });
}

/** A quick fix renaming the key at `pointer` (unless the new name is already taken there). */
export function renameKeyTo(doc: SourceDocument, pointer: Pointer, guess: string | undefined, finding: Finding): Finding {
  if (guess === undefined || doc.has([...pointer.slice(0, -1), guess])) return finding;
  const newText = doc.format === "json" || /[^\w-]/.test(guess) ? JSON.stringify(guess) : guess;
  return withFix(finding, { title: `Rename to \`${guess}\``, edits: [{ ...doc.rangeOf(pointer, "key"), newText }] });
}
