/** Parsed JSON/YAML data: a mapping is a plain object (not null, not an array). */
export type Data = Record<string, unknown>;

export function isObject(value: unknown): value is Data {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
