import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evidenceBundleSchema } from "../../core/evidence/schema";
import { z } from "../../core/kernel/zod";
import { accepted, acceptsOf } from "../../core/kernel/zod-accepts";

/**
 * acceptsOf (a predicate compiled from a zod schema, used instead of safeParse for items in bulk) must say
 * exactly what zod says: never yes where zod says no (that would let an invalid bundle through unchecked),
 * and yes on valid data (or the fast path is never taken).
 */
const agree = (schema: z.ZodType, value: unknown, where: string) => expect(acceptsOf(schema)(value), where).toBe(schema.safeParse(value).success);

/** Values a changed field may hold: every JSON kind, edge numbers, empty and long strings, and absence. */
const REPLACEMENTS: unknown[] = [null, "", "x", "0".repeat(64), "A".repeat(64), 0, -0, 1.5, -1, 2 ** 53, 2 ** 53 - 1, Infinity, NaN, true, false, {}, [], [1], { a: 1 }, undefined];

type Path = (string | number)[];
function paths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  return out;
}
function replaced(value: unknown, path: Path, by: unknown): unknown {
  if (path.length === 0) return by;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  if (by === undefined && !Array.isArray(at)) delete at[path.at(-1)!];
  else at[path.at(-1)!] = by;
  return copy;
}

const bundles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? bundles(join(folder, e.name)) : e.name.endsWith(".json") && e.name !== "expected.json" ? [join(folder, e.name)] : []));

describe("zod-accepts: a predicate compiled from a zod schema says what safeParse says", () => {
  it("each kind it knows, accepting and rejecting", () => {
    const cases: [z.ZodType, unknown[]][] = [
      [z.string().min(2), ["ab", "a", "😀", "😀😀", "a😀", "\ud800\ud800", "\ud800", 1, null, undefined]],
      [z.string().min(1), ["", "a", "😀", "\udc00"]],
      [z.string().regex(/^[0-9a-f]{4}$/), ["00af", "00AF", "00af0", 7]],
      [z.number(), [1, 1.5, -0, Infinity, NaN, "1", null]],
      [z.number().int(), [1, 1.5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), "1"]],
      [z.boolean(), [true, false, 0, "true"]],
      [z.null(), [null, undefined, 0]],
      [z.enum(["a", "b"]), ["a", "c", 0]],
      [z.literal("v1"), ["v1", "v2"]],
      [z.string().nullable().optional(), [undefined, null, "s", 1]],
      [z.array(z.number()), [[], [1, 2], [1, "2"], {}, "[]"]],
      [z.record(z.string(), z.number()), [{}, { a: 1 }, { a: "1" }, [], null, JSON.parse('{"__proto__":1}')]],
      [z.union([z.number(), z.string()]), [1, "1", null, []]],
      [z.looseObject({ a: z.number(), b: z.unknown(), c: z.string().optional() }), [{ a: 1, b: null }, { a: 1 }, { a: 1, b: 2, c: 3 }, { a: 1, b: 2, extra: 1 }, [], null, JSON.parse('{"__proto__":{"a":1},"b":1}')]],
      [z.object({ a: z.number() }), [{ a: 1, extra: true }, { a: "1" }]],
    ];
    for (const [schema, values] of cases) for (const v of values) agree(schema, v, `${schema._zod.def.type} ${JSON.stringify(v)}`);
  });

  it("kinds and checks it does not know make it answer no, and zod decides (accepted)", () => {
    const unknown: [z.ZodType, unknown][] = [
      [z.string().email(), "a@b.co"],
      [z.strictObject({ a: z.number() }), { a: 1 }],
      [z.number().min(0), 1],
      [z.string().transform((s) => s.length), "ab"],
      [z.looseObject({ a: z.date() }), { a: new Date() }],
      [z.string().refine((s) => s === "x"), "x"],
    ];
    for (const [schema, value] of unknown) {
      expect(acceptsOf(schema)(value)).toBe(false);
      expect(accepted(schema, value)).toBe(true);
    }
    expect(accepted(z.string().email(), "nope")).toBe(false);
  });

  it("every evidence bundle in test/fixtures/evidence: every item, top-level value and the bundle itself, as stored and with each field replaced by each of 20 values or removed", () => {
    const found = bundles(join(__dirname, "../fixtures/evidence"));
    expect(found.length).toBeGreaterThan(30);
    const shape = evidenceBundleSchema.shape;
    let cases = 0;
    let yes = 0;
    for (const file of found) {
      const bundle = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      agree(evidenceBundleSchema, bundle, file);
      for (const [key, schema] of Object.entries(shape) as [string, z.ZodType][]) {
        const value = bundle[key];
        const targets: [z.ZodType, unknown][] = "element" in schema._zod.def && Array.isArray(value) ? value.slice(0, 3).map((item) => [(schema as z.ZodArray<z.ZodType>).element, item]) : [[schema, value]];
        for (const [s, target] of targets) {
          for (const path of paths(target)) {
            for (const by of REPLACEMENTS) {
              const v = replaced(target, path, by);
              agree(s, v, `${file} ${key}/${path.join("/")} = ${String(JSON.stringify(by))}`);
              cases++;
              if (acceptsOf(s)(v)) yes++;
            }
          }
        }
      }
    }
    // Both answers occur many times: the comparison is not vacuous.
    expect(cases).toBeGreaterThan(20_000);
    expect(yes).toBeGreaterThan(5_000);
    expect(cases - yes).toBeGreaterThan(5_000);
  });
});
