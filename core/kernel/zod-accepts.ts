import type { z } from "./zod";

/** True only for values the schema accepts; false means "not shown here": ask the schema, which also says why. */
export type Accepts = (value: unknown) => boolean;

const cache = new WeakMap<z.ZodType, Accepts>();
const never: Accepts = () => false;

/**
 * A plain predicate compiled from a zod schema, for data checked item by item in bulk (a 100k-event
 * bundle): zod's safeParse builds an output copy and an issue list per item, ~4 µs an event, where
 * reading the same constraints off the value costs a tenth of it. Compiled from the schema itself, so it
 * follows its edits. It knows a few schema kinds and checks (those of JSON data: objects, arrays,
 * records, strings with a minimum length or a pattern, numbers and safe integers, enums, literals,
 * unions, null, optional); any other kind or check makes the whole predicate answer false, and zod decides.
 * Never true where zod says no: test/kernel/zod-accepts.test.ts compares the two.
 */
export function acceptsOf(schema: z.ZodType): Accepts {
  let accepts = cache.get(schema);
  if (!accepts) {
    accepts = compile(schema) ?? never;
    cache.set(schema, accepts);
  }
  return accepts;
}

/** Whether the schema accepts the value: the compiled predicate first, zod where it does not say yes. */
export function accepted(schema: z.ZodType, value: unknown): boolean {
  return acceptsOf(schema)(value) || schema.safeParse(value).success;
}

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; minimum?: number; format?: string; pattern?: RegExp } } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  coerce?: boolean;
}

/** Code points in s, as zod counts a string's length (a surrogate pair is one); exact only up to 2 × floor, which is all a minimum needs. */
function codePoints(s: string, floor: number): number {
  if (s.length < floor || s.length >= 2 * floor) return s.length;
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** The predicate for one schema, or undefined when it uses something not known here. */
function compile(schema: z.ZodType): Accepts | undefined {
  const def = schema._zod.def as unknown as Def;
  const checks = def.checks ?? [];
  if (def.coerce) return undefined;
  switch (def.type) {
    case "unknown":
      return checks.length ? undefined : () => true;
    case "boolean":
      return checks.length ? undefined : (x) => typeof x === "boolean";
    case "null":
      return checks.length ? undefined : (x) => x === null;
    case "string": {
      const tests: ((s: string) => boolean)[] = [];
      for (const c of checks) {
        const d = c._zod.def;
        if (d.check === "min_length" && typeof d.minimum === "number") tests.push((s) => codePoints(s, d.minimum!) >= d.minimum!);
        else if (d.check === "string_format" && d.format === "regex" && d.pattern instanceof RegExp && !d.pattern.global && !d.pattern.sticky) tests.push((s) => d.pattern!.test(s));
        else return undefined;
      }
      return (x) => typeof x === "string" && tests.every((t) => t(x));
    }
    case "number": {
      let integer = false;
      for (const c of checks) {
        const d = c._zod.def;
        if (d.check === "number_format" && d.format === "safeint") integer = true;
        else return undefined;
      }
      return integer ? (x) => Number.isSafeInteger(x) : (x) => typeof x === "number" && Number.isFinite(x);
    }
    case "enum":
    case "literal": {
      if (checks.length) return undefined;
      const allowed = new Set(def.type === "enum" ? Object.values(def.entries ?? {}) : (def.values ?? []));
      return (x) => allowed.has(x);
    }
    case "nullable":
    case "optional": {
      const inner = checks.length ? undefined : compile(def.innerType!);
      if (!inner) return undefined;
      return def.type === "nullable" ? (x) => x === null || inner(x) : (x) => x === undefined || inner(x);
    }
    case "array": {
      const element = checks.length ? undefined : compile(def.element!);
      return element && ((x) => Array.isArray(x) && x.every(element));
    }
    case "record": {
      const key = def.keyType?._zod.def as unknown as Def | undefined;
      const value = checks.length || key?.type !== "string" || key.checks?.length ? undefined : compile(def.valueType!);
      return value && ((x) => isObject(x) && Object.getPrototypeOf(x) === Object.prototype && Object.keys(x).every((k) => value(x[k])));
    }
    case "union": {
      const options = checks.length ? [] : (def.options ?? []).map(compile);
      if (options.length === 0 || options.some((o) => !o)) return undefined;
      return (x) => options.some((o) => o!(x));
    }
    case "object": {
      // Unknown keys pass a loose object (catchall unknown) and a stripping one (none); other catchalls are not shown here.
      const catchall = def.catchall?._zod.def as unknown as Def | undefined;
      if (checks.length || (catchall && catchall.type !== "unknown")) return undefined;
      const fields: [string, Accepts, boolean][] = [];
      for (const [k, s] of Object.entries(def.shape ?? {})) {
        const accepts = compile(s);
        if (!accepts) return undefined;
        fields.push([k, accepts, (s._zod.def as unknown as Def).type === "optional"]);
      }
      return (x) => {
        if (!isObject(x)) return false;
        for (const [k, accepts, optional] of fields) {
          const v = x[k];
          if (v === undefined ? !optional : !accepts(v)) return false;
        }
        return true;
      };
    }
    default:
      return undefined;
  }
}
