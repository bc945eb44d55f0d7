/**
 * The first key a JSON text names twice in one object, with its second occurrence's offset. JSON.parse keeps the last
 * copy; other readers (and a person reading the diff) may take the first, so a record that must read one way refuses it.
 * The text is JSON already parsed; read without recursion (its nesting is the writer's to choose).
 */
export function repeatedKey(text: string): { name: string; offset: number } | undefined {
  const open: Array<Set<string> | undefined> = [];
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      if (!keyNext) continue;
      keyNext = false;
      const raw = text.slice(start, i + 1);
      const name = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      const keys = open.at(-1)!;
      if (keys.has(name)) return { name, offset: start };
      keys.add(name);
    } else if (c === 123) {
      open.push(new Set());
      keyNext = true;
    } else if (c === 91) open.push(undefined);
    else if (c === 125 || c === 93) open.pop();
    else if (c === 44) keyNext = open.at(-1) !== undefined;
  }
  return undefined;
}

/** Is this text exactly JSON.stringify's of its parsed value (so it names no key twice)? False when it cannot be told (nesting past the stack). */
export function writtenByStringify(value: unknown, text: string): boolean {
  try {
    return JSON.stringify(value) === text;
  } catch {
    return false;
  }
}
