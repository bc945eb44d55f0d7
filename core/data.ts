/** Parsed JSON/YAML data: a mapping is a plain object (not null, not an array). */
export type Data = Record<string, unknown>;

export function isObject(value: unknown): value is Data {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A record keyed by names from input (a source file's, a bundle's keys), with no prototype: a name may be `constructor`,
 * `toString` or `__proto__`, which a plain object would answer from Object.prototype (or take as its prototype).
 */
export function namesRecord<T>(entries?: Readonly<Record<string, T>>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** `record[name]` when the record has it as its own (not `constructor` from Object.prototype): a record made elsewhere (parsed JSON, a worker's structured clone) has a prototype. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}
