/**
 * The first key a JSON text names twice in one object, with its second occurrence's offset. JSON.parse keeps the last
 * copy; other readers (and a person reading the diff) may take the first, so a record that must read one way refuses it.
 * Read without recursion (the nesting is the writer's to choose); a text that is no JSON is read up to a key that
 * cannot be (a caller reporting the first problem in the text's order compares the offset with its syntax error's).
 */
export function repeatedKey(text: string): { name: string; offset: number } | undefined {
  const open: Array<Set<string> | undefined> = [];
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      i = closingQuote(text, i);
      if (!keyNext) continue;
      keyNext = false;
      const raw = text.slice(start, i + 1);
      let name: string;
      try {
        name = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      } catch {
        return undefined;
      }
      const keys = open.at(-1);
      if (!keys) return undefined;
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

/**
 * repeatedKey of a text JSON.parse gave `value`, answered fast when no key is named twice (almost always): the text then
 * names exactly as many keys as the value holds. Counting both is a native skip over the strings and a walk of the
 * value — a fraction of the parse — where repeatedKey keeps a set of every object's keys.
 */
export function repeatedKeyIn(value: unknown, text: string): { name: string; offset: number } | undefined {
  return keysWritten(text) === keysHeld(value) ? undefined : repeatedKey(text);
}

/** How many keys a JSON value's objects hold, all nested ones included (an explicit stack: the nesting is the writer's). */
export function keysHeld(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x !== "object" || x === null) continue;
    if (Array.isArray(x)) {
      for (const e of x) if (typeof e === "object" && e !== null) stack.push(e);
      continue;
    }
    for (const key in x) {
      n++;
      const e = (x as Record<string, unknown>)[key];
      if (typeof e === "object" && e !== null) stack.push(e);
    }
  }
  return n;
}

/** How many keys a JSON text names: the colons outside its strings (one per key). */
function keysWritten(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = closingQuote(text, i);
    else if (c === COLON) n++;
  }
  return n;
}

const QUOTE = 34;
const COLON = 58;

/**
 * The offset of the quote closing the string that opens at `open` (the text's length when none does): quote to quote
 * (indexOf is native), a quote after an odd run of backslashes escaped.
 */
export function closingQuote(text: string, open: number): number {
  for (let q = text.indexOf('"', open + 1); q >= 0; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return text.length;
}
