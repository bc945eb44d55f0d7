/**
 * Where a JSON text first nests deeper than maxDepth (`deepAt`) or first holds more than maxValues values (`crowdedAt`:
 * each `[`, `{` and `,` outside strings counts one), as offsets, -1 for neither; the pass stops at the first. Without
 * recursion: refuse before a recursive parser sees it. Tokens are told apart as jsonc-parser's scanner tells them (it
 * reads JSON with comments, and recovers from errors): a string ends at a line break, `//` and `/* … *\/` are comments,
 * and a closing bracket with nothing open closes nothing, so no text nests deeper in that parser than counted here.
 */
export function scanJsonShape(text: string, maxDepth: number, maxValues = Number.POSITIVE_INFINITY): { deepAt: number; crowdedAt: number } {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34 || c === 10 || c === 13) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) i = lineEnd(text, i);
    else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return { deepAt: i, crowdedAt: -1 };
      if (++values > maxValues) return { deepAt: -1, crowdedAt: i };
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
    else if (c === 44 && ++values > maxValues) return { deepAt: -1, crowdedAt: i };
  }
  return { deepAt: -1, crowdedAt: -1 };
}

/** The offset of the line break ending the line at `from` (the text's length on its last line). */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return i;
  return text.length;
}
