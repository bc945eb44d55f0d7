import type { Grammar } from "./parser";

/**
 * TypeScript and JavaScript that Node and tsc accept but the grammar does not read, found in packages nobody here
 * wrote (bench/RESULTS.md): each rewritten to text of the same length, so every offset, line and column stays, by
 * blanking or respelling words that change nothing Node runs (types, the older spelling of a keyword). Scanner.scan
 * reads a file this way only when its own reading has a syntax error, and keeps what both readings find.
 */
interface Gap {
  /** TypeScript only (its grammars): the text is a type. */
  typescript: boolean;
  pattern: RegExp;
  /** The match's replacement, of the same length. */
  rewrite: (match: string, ...groups: string[]) => string;
}

/** Spaces for every character but line breaks (a rewrite never moves a line). */
const blank = (text: string) => text.replace(/[^\r\n]/g, " ");

const STRING = String.raw`(?:"[^"\n]*"|'[^'\n]*')`;
const NAME = String.raw`[$\p{L}_][$\p{L}\p{N}_]*`;

/** Words the grammar does not read as a name in an import or export list (ECMAScript's reserved words). */
const RESERVED = "break|case|catch|class|const|continue|debugger|default|delete|do|else|enum|export|extends|false|finally|for|function|if|import|in|instanceof|new|null|return|super|switch|this|throw|true|try|typeof|var|void|while|with";

const GAPS: readonly Gap[] = [
  // `export type * from "./types"`, `export type * as ns from "m"` (TypeScript 5.0): types only, nothing runs.
  { typescript: true, pattern: new RegExp(String.raw`\bexport\s+type\s*\*(?:\s*as\s+${NAME})?\s*from\s*${STRING}`, "gu"), rewrite: blank },
  // Variance annotations `interface Box<out T>`, `<in out T>` (TypeScript 4.7), a comment before them or not: the modifier is a type's.
  {
    typescript: true,
    pattern: new RegExp(String.raw`(?<![$\p{L}\p{N}_.])(?:in\s+out|in|out)(?=\s+${NAME}\s*(?:[,>=]|extends\b))`, "gu"),
    rewrite: (match, at, text) => (listItemStart(text, Number(at)) ? blank(match) : match),
  },
  // `static accessor run = …` (auto-accessors, TypeScript 4.9): a field the class reads through a getter, read as the field.
  { typescript: false, pattern: new RegExp(String.raw`(\b(?:static|readonly|override|abstract)\s+)accessor(?=\s+[#$\p{L}_\["'])`, "gu"), rewrite: (_, modifier) => `${modifier}${blank("accessor")}` },
  // A reserved word as an imported or exported name (`import { in as schema }`, `export { schema as in, … }`, as bundlers
  // such as rolldown write them): the same name written as a string (ES2022), its quotes taking the spaces around it.
  // The lookahead first: a lookbehind's `\s*` tried at every position is quadratic in runs of white space.
  { typescript: false, pattern: new RegExp(String.raw`(?=[ \t](?:${RESERVED})[ \t])(?<=[{,]\s*)[ \t](${RESERVED})[ \t](?=[ \t]*as[ \t])`, "g"), rewrite: (_, word) => `"${word}"` },
  { typescript: false, pattern: new RegExp(String.raw`\bas[ \t](${RESERVED})[ \t](?=[ \t]*[,}])`, "g"), rewrite: (_, word) => `as"${word}"` },
  { typescript: false, pattern: new RegExp(String.raw`\bas[ \t](${RESERVED})([,}])[ \t]`, "g"), rewrite: (_, word, after) => `as"${word}"${after}` },
  // `export { exec }` with `from "./shell"` on the next line: the grammar ends the statement at the line break. The
  // line breaks move after the specifier (the lines keep their count; the statement's tokens shift within it).
  {
    typescript: false,
    // One way to split the white space (spaces, the first line break, the rest): `\s*\n\s*` was quadratic in a long run of it.
    pattern: new RegExp(String.raw`(\bexport\s*\{[^{}]*\})([ \t]*\r?\n\s*)from(\s*)${STRING}`, "g"),
    rewrite: (match, clause, breaks) => {
      // A space before `from` where the breaks have one to give (`}from` reads as well).
      const space = breaks.search(/[^\r\n]/);
      const kept = space < 0 ? breaks : breaks.slice(0, space) + breaks.slice(space + 1);
      return `${clause}${space < 0 ? "" : " "}from${match.slice(clause.length + breaks.length + 4)}${kept}`;
    },
  },
  // `import data from "./d.json" assert { type: "json" }` (Node 16.14 to 21): the older spelling of `with`.
  { typescript: false, pattern: new RegExp(String.raw`(\b(?:from|import)\s*${STRING}\s*)assert(?=\s*\{)`, "gu"), rewrite: (_, before) => `${before}with  ` },
];

/**
 * Does `at` start an item of a `<…>` list: a `<` or `,` before it, past white space and comments within
 * LIST_LOOKBACK characters? Bounded: in a hostile file of a million comment ends before `out T,` each would otherwise
 * be scanned back to the file's start (quadratic).
 */
function listItemStart(text: string, at: number): boolean {
  const floor = Math.max(0, at - LIST_LOOKBACK);
  let i = at - 1;
  for (;;) {
    while (i >= floor && /\s/.test(text[i]!)) i--;
    if (i < floor) return false;
    if (text[i] === "/" && text[i - 1] === "*") {
      const open = text.slice(floor, i - 1).lastIndexOf("/*");
      if (open < 0) return false;
      i = floor + open - 1;
      continue;
    }
    // A line comment ends the line before: the line is skipped when it starts with `//`.
    let lineStart = i;
    while (lineStart > floor && text[lineStart - 1] !== "\n") lineStart--;
    if (text.slice(lineStart, i + 1).trimStart().startsWith("//")) {
      i = lineStart - 1;
      continue;
    }
    return text[i] === "<" || text[i] === ",";
  }
}
/** How far back listItemStart looks for the `<` or `,` before a variance annotation (comments included). */
const LIST_LOOKBACK = 400;

/** `import("m").Name<T>` in a type (TypeScript): its type arguments are blanked, the `<…>` the grammar reads as a comparison. */
const IMPORT_TYPE = new RegExp(String.raw`\bimport\s*\(\s*${STRING}\s*\)(?:\s*\.\s*${NAME})+\s*(?=<)`, "gu");
/** Type arguments longer than this are left as written (the reading keeps its syntax error). */
const MAX_TYPE_ARGUMENTS = 2000;

/** The end (exclusive) of the `<…>` opening at `open`, or undefined when it does not close within MAX_TYPE_ARGUMENTS. */
function typeArgumentsEnd(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < Math.min(text.length, open + MAX_TYPE_ARGUMENTS); i++) {
    const c = text[i];
    if (c === "<") depth++;
    else if (c === ">" && text[i - 1] !== "=") {
      if (--depth === 0) return i + 1;
    } else if (c === ";" || c === "{" || c === "}") return undefined;
  }
  return undefined;
}

/** `text` with the grammar's gaps rewritten (see GAPS), or undefined when it has none of them. */
export function readableText(text: string, grammar: Grammar): string | undefined {
  if (grammar === "python") return undefined;
  const typescript = grammar !== "javascript";
  let out = text;
  for (const gap of GAPS) if (typescript || !gap.typescript) out = out.replace(gap.pattern, gap.rewrite as (match: string, ...rest: string[]) => string);
  if (typescript) {
    const spans: Array<[number, number]> = [];
    for (const match of out.matchAll(IMPORT_TYPE)) {
      const open = match.index + match[0].length;
      const end = typeArgumentsEnd(out, open);
      if (end !== undefined) spans.push([open, end]);
    }
    for (const [start, end] of spans.reverse()) out = out.slice(0, start) + blank(out.slice(start, end)) + out.slice(end);
  }
  return out === text ? undefined : out;
}
