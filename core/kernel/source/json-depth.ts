/**
 * Where a JSON text first nests deeper than maxDepth (`deepAt`) or first holds more than maxValues values (`crowdedAt`:
 * each `[`, `{` and `,` outside strings counts one), as offsets, -1 for neither; the pass stops at the first. Without
 * recursion: refuse before a recursive parser sees it.
 */
export function scanJsonShape(text: string, maxDepth: number, maxValues = Number.POSITIVE_INFINITY): { deepAt: number; crowdedAt: number } {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return { deepAt: i, crowdedAt: -1 };
      if (++values > maxValues) return { deepAt: -1, crowdedAt: i };
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44 && ++values > maxValues) return { deepAt: -1, crowdedAt: i };
  }
  return { deepAt: -1, crowdedAt: -1 };
}
