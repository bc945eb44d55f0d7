import type { z } from "zod";
import type { SourceDocument } from "./source/document";
import type { Range } from "./findings";
import { didYouMean } from "./suggest";

export interface LocatedIssue {
  message: string;
  range: Range;
  pointer: (string | number)[];
}

/** A zod issue as a sentence with the exact range of what it is about (unknown keys point at the key). */
export function locateIssue(doc: SourceDocument, issue: z.core.$ZodIssue, known?: (pointer: (string | number)[]) => string[]): LocatedIssue[] {
  const pointer = issue.path as (string | number)[];
  const where = pointer.length ? pointer.join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      message: `unknown key \`${key}\` in ${where}${known ? didYouMean(key, known(pointer)) : ""}`,
      range: doc.rangeOf([...pointer, key], "key"),
      pointer: [...pointer, key],
    }));
  }
  const present = doc.has(pointer);
  const range = present ? doc.rangeOf(pointer) : doc.headOf(pointer.slice(0, -1));
  let message: string;
  if (!present && issue.code === "invalid_type") message = `missing required key \`${where}\``;
  else if (issue.code === "invalid_value") message = `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  else message = `${where}: ${issue.message}`;
  return [{ message, range, pointer }];
}
