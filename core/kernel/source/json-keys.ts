import * as jsonc from "jsonc-parser";

/**
 * The first key a JSON text names twice in one object, with its second occurrence's offset. JSON.parse keeps the last
 * copy; other readers (and a person reading the diff) may take the first, so a record that must read one way refuses it.
 */
export function repeatedKey(text: string): { name: string; offset: number } | undefined {
  const open: Array<Set<string>> = [];
  let found: { name: string; offset: number } | undefined;
  jsonc.visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (name, offset) => {
      const keys = open.at(-1)!;
      if (keys.has(name)) found ??= { name, offset };
      keys.add(name);
    },
  });
  return found;
}
