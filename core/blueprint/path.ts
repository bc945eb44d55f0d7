/**
 * flow.ir v0.2 context paths (`$.a.b`, `$["x.y"].c`), parsed exactly as upstream's `path.rs` does:
 * the same accepted set, the same rejection reasons, the same canonical rendering.
 */

/** The accepted set as one regular expression (what the JSON Schema carries for editors). */
export const PATH_PATTERN = /^\$(?:\.?\["[^"]+"\]|\.[^.[]+)*$/;

export type PathParse = { ok: true; segments: string[] } | { ok: false; reason: string };

export function parsePath(path: string): PathParse {
  const fail = (reason: string): PathParse => ({ ok: false, reason });
  if (!path.startsWith("$")) return fail("path must start with '$'");
  const rest = path.slice(1);
  if (rest === "") return { ok: true, segments: [] };
  let body: string;
  if (rest[0] === ".") {
    body = rest.slice(1);
    if (body === "") return fail("trailing '.' with no segment after it");
  } else if (rest[0] === "[") body = rest;
  else return fail("expected '.', '[', or end-of-string right after '$'");
  if (!body.includes("[")) {
    const parts = body.split(".");
    return parts.some((p) => p === "") ? fail("empty path segment (leading, trailing, or consecutive '.')") : { ok: true, segments: parts };
  }
  const segments: string[] = [];
  let i = 0;
  let expectSegmentStart = true;
  while (i < body.length) {
    const c = body[i];
    if (c === "[") {
      if (body[i + 1] !== '"') return fail("expected '\"' after '['");
      const close = body.indexOf('"', i + 2);
      if (close < 0) return fail("unterminated bracket segment");
      const name = body.slice(i + 2, close);
      if (name === "") return fail("empty bracket key");
      if (body[close + 1] !== "]") return fail("missing closing ']' after key");
      segments.push(name);
      i = close + 2;
      expectSegmentStart = false;
      if (i < body.length && body[i] !== "." && body[i] !== "[") return fail("expected '.' or '[' after bracket segment");
    } else if (c === ".") {
      if (expectSegmentStart) return fail("empty path segment");
      i++;
      expectSegmentStart = true;
      if (i >= body.length) return fail("empty path segment");
    } else {
      const start = i;
      while (i < body.length && body[i] !== "." && body[i] !== "[") i++;
      segments.push(body.slice(start, i));
      expectSegmentStart = false;
    }
  }
  return expectSegmentStart ? fail("empty path segment") : { ok: true, segments };
}

/** Upstream's `Display`: `.key` for keys without `.`, `[` or `]`, `["key"]` otherwise. */
export function renderPath(segments: readonly string[]): string {
  return "$" + segments.map((s) => (s !== "" && !/[.[\]]/.test(s) ? `.${s}` : `["${s}"]`)).join("");
}

/** The canonical form of a valid path, or undefined. */
export function canonicalPath(path: string): string | undefined {
  const parsed = parsePath(path);
  return parsed.ok ? renderPath(parsed.segments) : undefined;
}

/** A hint for the mistakes people make most: array indexes and JSONPath habits. */
export function pathHint(path: string): string {
  if (/\[\d+\]/.test(path)) return " — flow.ir paths have no array index; read the whole array (or `len`/`in` it) instead";
  if (/\['/.test(path)) return ' — bracket keys take double quotes: `["key"]`';
  if (!path.startsWith("$")) return " — paths start at the context root `$`, e.g. `$.result`";
  return "";
}
