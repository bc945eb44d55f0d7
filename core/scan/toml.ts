/**
 * A small TOML reader for the task tables of a `pyproject.toml` (launched.ts): tables, arrays of tables, dotted and
 * quoted keys, the four string forms, arrays and inline tables. Numbers, booleans and dates are read past (their values
 * are not needed: undefined). Lenient where TOML is strict (duplicate keys: the last wins); a document it cannot read
 * throws TomlError, one nesting values deeper than MAX_DEPTH throws TomlTooDeep (a hostile file; Python's reader takes it).
 */
export class TomlError extends Error {}
export class TomlTooDeep extends TomlError {}

const MAX_DEPTH = 200;

type Table = Record<string, unknown>;

export function parseToml(text: string): Table {
  const root: Table = Object.create(null) as Table;
  let current = root;
  let i = 0;
  const fail = (what: string): never => {
    throw new TomlError(`${what} at offset ${i}`);
  };
  const blank = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  };
  /** Blanks, line breaks and comments (inside arrays, between lines). */
  const space = () => {
    for (;;) {
      blank();
      if (text[i] === "#") while (i < text.length && text[i] !== "\n") i++;
      if (text[i] === "\n" || text[i] === "\r") i++;
      else return;
    }
  };
  const child = (table: Table, key: string): Table => {
    let next = table[key];
    if (Array.isArray(next)) next = next[next.length - 1];
    if (typeof next !== "object" || next === null) {
      next = Object.create(null) as Table;
      table[key] = next;
    }
    return next as Table;
  };
  const basic = (multi: boolean): string => {
    let out = "";
    for (;;) {
      if (i >= text.length) fail("unterminated string");
      const c = text[i]!;
      if (!multi && c === "\n") fail("line break in a string");
      if (multi ? text.startsWith('"""', i) && text[i + 3] !== '"' : c === '"') {
        i += multi ? 3 : 1;
        return out;
      }
      if (c === "\\") {
        const e = text[i + 1];
        if (multi && (e === "\n" || e === "\r" || e === " " || e === "\t") && /^[ \t]*\r?\n/.test(text.slice(i + 1, i + 200))) {
          // A line-ending backslash drops the break and the blanks after it.
          i++;
          while (i < text.length && /\s/.test(text[i]!)) i++;
          continue;
        }
        const simple: Record<string, string> = { b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", e: "\x1b", '"': '"', "\\": "\\" };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else if (e === "u" || e === "U" || e === "x") {
          const n = e === "u" ? 4 : e === "U" ? 8 : 2;
          const hex = text.slice(i + 2, i + 2 + n);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) fail("bad escape");
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) fail("bad escape");
          out += String.fromCodePoint(code);
          i += 2 + n;
        } else fail("bad escape");
        continue;
      }
      out += c;
      i++;
    }
  };
  const literal = (multi: boolean): string => {
    const close = multi ? "'''" : "'";
    let end = text.indexOf(close, i);
    if (end < 0 || (!multi && text.slice(i, end).includes("\n"))) fail("unterminated string");
    // Up to two quotes may end a multi-line literal's text just before its closing three.
    for (let extra = 0; multi && extra < 2 && text[end + 3] === "'"; extra++) end++;
    const out = text.slice(i, end);
    i = end + close.length;
    return out;
  };
  const string = (): string | undefined => {
    for (const [open, read] of [
      ['"""', () => basic(true)],
      ["'''", () => literal(true)],
      ['"', () => basic(false)],
      ["'", () => literal(false)],
    ] as const) {
      if (!text.startsWith(open, i)) continue;
      i += open.length;
      // A multi-line string's first line break is not part of it.
      if (open.length === 3) i += text.startsWith("\r\n", i) ? 2 : text[i] === "\n" ? 1 : 0;
      return read();
    }
    return undefined;
  };
  const keyPath = (): string[] => {
    const keys: string[] = [];
    for (;;) {
      blank();
      const quoted = text[i] === '"' || text[i] === "'" ? string() : undefined;
      if (quoted !== undefined) keys.push(quoted);
      else {
        const bare = /[A-Za-z0-9_-]+/y;
        bare.lastIndex = i;
        const m = bare.exec(text);
        if (!m) fail("expected a key");
        keys.push(m![0]);
        i = bare.lastIndex;
      }
      blank();
      if (text[i] !== ".") return keys;
      i++;
    }
  };
  const assign = (table: Table, keys: string[], value: unknown) => {
    let at = table;
    for (const key of keys.slice(0, -1)) at = child(at, key);
    at[keys[keys.length - 1]!] = value;
  };
  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new TomlTooDeep(`values nested more than ${MAX_DEPTH} deep`);
    blank();
    const s = string();
    if (s !== undefined) return s;
    if (text[i] === "[") {
      i++;
      const out: unknown[] = [];
      for (;;) {
        space();
        if (text[i] === "]") {
          i++;
          return out;
        }
        out.push(value(depth + 1));
        space();
        if (text[i] === ",") i++;
        else if (text[i] !== "]") fail("expected , or ]");
      }
    }
    if (text[i] === "{") {
      i++;
      const out = Object.create(null) as Table;
      for (;;) {
        space();
        if (text[i] === "}") {
          i++;
          return out;
        }
        const keys = keyPath();
        if (text[i] !== "=") fail("expected =");
        i++;
        assign(out, keys, value(depth + 1));
        space();
        if (text[i] === ",") i++;
        else if (text[i] !== "}") fail("expected , or }");
      }
    }
    // A number, boolean or date: read to where it ends.
    const scalar = /[^\s,\]}#]+(?: [0-9][^\s,\]}#]*)?/y;
    scalar.lastIndex = i;
    if (!scalar.exec(text)) fail("expected a value");
    i = scalar.lastIndex;
    return undefined;
  };
  for (;;) {
    space();
    if (i >= text.length) return root;
    if (text[i] === "[") {
      const many = text[i + 1] === "[";
      i += many ? 2 : 1;
      const keys = keyPath();
      if (!text.startsWith(many ? "]]" : "]", i)) fail("expected ]");
      i += many ? 2 : 1;
      let at = root;
      for (const key of keys.slice(0, -1)) at = child(at, key);
      const last = keys[keys.length - 1]!;
      if (many) {
        const list = Array.isArray(at[last]) ? (at[last] as unknown[]) : (at[last] = []);
        const table = Object.create(null) as Table;
        (list as unknown[]).push(table);
        current = table;
      } else current = child(at, last);
    } else {
      const keys = keyPath();
      if (text[i] !== "=") fail("expected =");
      i++;
      assign(current, keys, value(0));
    }
    blank();
    if (text[i] === "#") while (i < text.length && text[i] !== "\n") i++;
    if (i < text.length && text[i] !== "\n" && text[i] !== "\r") fail("expected the end of the line");
  }
}
