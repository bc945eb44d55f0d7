import { describe, expect, it } from "vitest";
import { PATH_PATTERN, canonicalPath, parsePath } from "../../core/blueprint/path";

/** Cases from upstream's path.rs documentation and tests: [path, accepted, reason-if-rejected]. */
const CASES: [string, string[] | string][] = [
  ["$", []],
  ["$.a.b.c", ["a", "b", "c"]],
  ['$.s.parts["plan.md"]', ["s", "parts", "plan.md"]],
  ['$["x.y"].inner', ["x.y", "inner"]],
  ['$.a["x"]["y"]', ["a", "x", "y"]],
  ['$.a.["x"]', ["a", "x"]],
  ["$.results.0", ["results", "0"]],
  ["$.a]b", ["a]b"]],
  ["$foo", "expected '.', '[', or end-of-string right after '$'"],
  ["foo", "path must start with '$'"],
  ["$.", "trailing '.' with no segment after it"],
  ["$.a.", "empty path segment (leading, trailing, or consecutive '.')"],
  ["$.a..b", "empty path segment (leading, trailing, or consecutive '.')"],
  ["$.results[0]", "expected '\"' after '['"],
  ['$.a["x', "unterminated bracket segment"],
  ['$.a[""]', "empty bracket key"],
  ['$.a["x"b', "missing closing ']' after key"],
  ['$.a["x"]b', "expected '.' or '[' after bracket segment"],
  ['$.a["x"].', "empty path segment"],
  ['$["x"]..b', "empty path segment"],
];

describe("flow.ir v0.2 path grammar", () => {
  for (const [path, expected] of CASES) {
    it(`${path} → ${Array.isArray(expected) ? "accepted" : "rejected"}`, () => {
      expect(parsePath(path)).toEqual(Array.isArray(expected) ? { ok: true, segments: expected } : { ok: false, reason: expected });
      // The JSON Schema's pattern accepts exactly what the parser accepts.
      expect(PATH_PATTERN.test(path)).toBe(Array.isArray(expected));
    });
  }

  it("renders the canonical form upstream compares paths by", () => {
    expect(canonicalPath('$.prepared.parts["verdict"]')).toBe("$.prepared.parts.verdict");
    expect(canonicalPath('$.s.parts["plan.md"]')).toBe('$.s.parts["plan.md"]');
    expect(canonicalPath("$")).toBe("$");
    expect(canonicalPath("$.a..b")).toBeUndefined();
  });
});
