/** Suppression comments of the boundary scan, in each language's comment syntax. Pure: unit-tested without VS Code. */

const HASH_LANGUAGES = new Set(["python"]);
const SLASH_LANGUAGES = new Set(["javascript", "javascriptreact", "typescript", "typescriptreact"]);

export const REASON_PLACEHOLDER = "TODO: why this call may bypass the tool gateway";

export function lineCommentOf(languageId: string): string | undefined {
  if (HASH_LANGUAGES.has(languageId)) return "#";
  if (SLASH_LANGUAGES.has(languageId)) return "//";
  return undefined;
}

/** Text appended at the end of the flagged line: `  # flowgate: ignore-boundary -- <reason>`. */
export function sameLineSuppression(languageId: string, reason = REASON_PLACEHOLDER): string | undefined {
  const c = lineCommentOf(languageId);
  return c && `  ${c} flowgate: ignore-boundary -- ${reason}`;
}

/** A whole line inserted above the flagged one, indented like it. */
export function nextLineSuppression(languageId: string, flaggedLine: string, reason = REASON_PLACEHOLDER): string | undefined {
  const c = lineCommentOf(languageId);
  const indent = /^[ \t]*/.exec(flaggedLine)![0];
  return c && `${indent}${c} flowgate: ignore-next-line -- ${reason}\n`;
}
