// Every kind of mlua-swarm's diagnostic registry is either a Flowgate rule or listed in README as not
// checked, never both, so the README's list cannot drift from the rules or from upstream.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { blueprintFeature } from "../../core/blueprint";
import { LINT_DECLS } from "../../core/blueprint/lints";

const upstream: { source: string; kinds: string[] } = JSON.parse(readFileSync(join(import.meta.dirname, "upstream-kinds.json"), "utf8"));
const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");

/** The kinds between README's `<!-- unchecked-upstream-kinds -->` markers, one `- \`kind\` — why` item each. */
function documentedUnchecked(text: string): string[] {
  const section = /<!-- unchecked-upstream-kinds -->\n([\s\S]*?)<!-- \/unchecked-upstream-kinds -->/.exec(text)?.[1];
  if (section === undefined) throw new Error("README has no unchecked-upstream-kinds section");
  return [...section.matchAll(/^- `([a-z-]+)` — \S/gm)].map((m) => m[1]!);
}

const implemented = blueprintFeature.rules.map((r) => r.id.replace(/^blueprint\//, ""));
const unchecked = documentedUnchecked(readme);

describe("upstream's diagnostic kinds: a rule, or documented in README as not checked", () => {
  test("the committed list names its source and holds 32 distinct kinds, the same as the lint registry's keys", () => {
    expect(upstream.source).toMatch(/mlua-swarm v0\.26\.0 .*crates\/mlua-swarm-diag\/src\/lib\.rs/);
    expect(new Set(upstream.kinds).size).toBe(upstream.kinds.length);
    expect(upstream.kinds).toHaveLength(32);
    expect(Object.keys(LINT_DECLS)).toEqual(upstream.kinds);
  });

  test("every upstream kind is exactly one of: a blueprint/ rule, a README 'not checked' item", () => {
    const neither = upstream.kinds.filter((k) => !implemented.includes(k) && !unchecked.includes(k));
    const both = upstream.kinds.filter((k) => implemented.includes(k) && unchecked.includes(k));
    expect({ neither, both }).toEqual({ neither: [], both: [] });
    expect(unchecked.filter((k) => !upstream.kinds.includes(k))).toEqual([]);
    expect(new Set(unchecked).size).toBe(unchecked.length);
  });

  test("the README's counts are the counts", () => {
    const checked = upstream.kinds.filter((k) => implemented.includes(k)).length;
    expect(readme).toContain(`${unchecked.length} of the ${upstream.kinds.length} kinds of mlua-swarm v0.26.0's \`LINT_DECLS\` (the other ${checked}`);
    expect([checked, unchecked.length]).toEqual([27, 5]);
  });

  test("the parser sees a kind added to or dropped from the README list", () => {
    const list = (items: string[]) => `<!-- unchecked-upstream-kinds -->\n${items.map((k) => `- \`${k}\` — why.`).join("\n")}\n<!-- /unchecked-upstream-kinds -->`;
    expect(documentedUnchecked(list(["a-b", "c"]))).toEqual(["a-b", "c"]);
    expect(() => documentedUnchecked("no section")).toThrow("no unchecked-upstream-kinds section");
  });
});
