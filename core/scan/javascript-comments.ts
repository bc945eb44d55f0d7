/**
 * Where JavaScript's comments are, read without parsing: enough for the prefilter to pass over a global named
 * in JSDoc prose (`* Uses fetch(url) under the hood`) while a global in code always sends the file to the parser.
 *
 * The reader follows strings, templates (with `${…}` nesting), regular expression literals and comments, as the
 * language does (a `)` closing `if (…)`, `while (…)`, `for (…)` or `with (…)` may be followed by a regular expression,
 * one closing a value by a division). It errs one way only: where JavaScript's reading depends on what it cannot see
 * (a `/` after `}`, which may start a regular expression or divide; `await`/`yield`/`of`, keywords or names; a `<` that
 * may open JSX or a type assertion; an unterminated literal; an unmatched bracket), it stops calling anything a
 * comment from there on. So text
 * crafted to look like a comment to a line-based reader (a product continued on a line starting with `*`, a `//`
 * or `/*` line inside a template, JSX text holding `/*`) is code here, as it is to Node.
 */
export function someInCode(text: string, occurrences: RegExp, outside: "comments" | "literals" = "comments"): boolean {
  const isCode = codeAt(text, outside);
  occurrences.lastIndex = 0;
  for (let m = occurrences.exec(text); m; m = occurrences.exec(text)) if (isCode(m.index)) return true;
  return false;
}

/**
 * Is the character at an offset of `text` code — not surely inside a comment, or (`literals`) inside a comment or a
 * string, template text or regular expression literal? The text is read once, as far as asked.
 */
export function codeAt(text: string, outside: "comments" | "literals" = "comments"): (offset: number) => boolean {
  let reader: CommentReader | undefined;
  return (offset) => !(reader ??= new CommentReader(text)).inComment(offset, outside === "literals");
}

/** Characters after which a `/` starts a regular expression literal (an expression may begin there). */
const EXPRESSION_BEFORE = new Set("(,=:[!&|?{};+-*%<>~^");
/**
 * Reserved words after which an expression begins (`return /x/`, `export default /x/`; after `break`, `continue` and
 * `debugger` a `/` can only start the next statement); an identifier before `/` divides, unless it is a label after
 * `break`/`continue`, and a reserved word after `.` is a property (`o.return / 2`).
 */
const EXPRESSION_KEYWORDS = new Set(["return", "typeof", "instanceof", "in", "new", "delete", "void", "throw", "case", "do", "else", "default", "extends", "break", "continue", "debugger"]);
const LABEL_KEYWORDS = new Set(["break", "continue"]);
/** Words that are keywords or plain names depending on context this reader does not track. */
const CONTEXTUAL_KEYWORDS = new Set(["await", "yield", "of", "let", "async", "get", "set", "static"]);
/** Where code may hold the start of a literal or a comment, a `<`, a parenthesis, or a brace (one may end a template's `${…}`). */
const CODE_STOP = /["'`/{}<()]/g;
/** Statement heads whose `)` may be followed by an expression statement (`if (x) /re/.test(s)`). */
const HEAD_KEYWORDS = new Set(["if", "while", "for", "with"]);

/** A template's entry while the reader is in its text (brace depths are never negative: an unmatched `}` is unsure). */
const IN_TEXT = -1;

const isIdentifierChar = (c: string) => /[\p{ID_Continue}$\u200c\u200d]/u.test(c);
/** JavaScript's white space and line terminators (`\s`: NBSP and U+FEFF too, which a reader of ASCII would take for a name). */
const isSpace = (c: string) => /\s/.test(c);

export class CommentReader {
  /** Comment ranges found so far, in order: [start, end). */
  private readonly comments: Array<[number, number]> = [];
  /** The same for literals: strings, template text (not its `${…}`) and regular expressions. */
  private readonly literals: Array<[number, number]> = [];
  /** Where reading goes on; everything before it is classified. */
  private at = 0;
  /** From here on, nothing is a comment (the reader met something it cannot read for sure). */
  private unsureFrom = Number.POSITIVE_INFINITY;
  /** Open templates, innermost last: IN_TEXT, or the brace depth at which the `${…}` the reader is in closes. */
  private readonly templates: number[] = [];
  private depth = 0;
  /** Open parentheses, innermost last: does each close a statement head (`if (…)`) rather than a value? */
  private readonly parens: boolean[] = [];
  /** Did the `)` at `previous` close a statement head? */
  private previousClosedHead = false;
  /** The last character of code before `at` that was not white space or a comment (a literal's last character counts as a value). */
  private previous = -1;

  constructor(private readonly text: string) {
    // A `#!` line is a comment to JavaScript, whatever it holds.
    if (text.startsWith("#!")) this.comment(0, lineEnd(text, 0));
    // `<!--` and a line's leading `-->` are comments to the end of the line in a script (Annex B); not read here.
    const html = [text.indexOf("<!--"), text.indexOf("-->")].filter((i) => i >= 0);
    if (html.length) this.unsureFrom = Math.min(...html);
  }

  /** Is this offset inside a comment (or, with `literals`, a literal), for certain? */
  inComment(offset: number, literals = false): boolean {
    return this.commentStart(offset) >= 0 || (literals && this.readsSurely(offset) && within(this.literals, offset) !== undefined);
  }

  /** Where the comment holding this offset starts, if it is in one for certain; else -1. */
  commentStart(offset: number): number {
    if (!this.readsSurely(offset)) return -1;
    return within(this.comments, offset) ?? -1;
  }

  /** Is the text up to this offset read for certain (so an offset not in a comment is code)? */
  readsSurely(offset: number): boolean {
    while (this.at <= offset && offset < this.unsureFrom) this.step();
    return offset < this.unsureFrom;
  }

  /** Read one token of code (or the rest of a template's text) from `at`. */
  private step(): void {
    const { text } = this;
    if (this.at >= text.length) {
      this.at = text.length + 1;
      return;
    }
    if (this.templates.at(-1) === IN_TEXT) return this.templateText();
    CODE_STOP.lastIndex = this.at;
    const stop = CODE_STOP.exec(text);
    if (!stop) {
      this.markCode(this.at, text.length);
      this.at = text.length + 1;
      return;
    }
    const i = stop.index;
    this.markCode(this.at, i);
    const c = text[i]!;
    if (c === "/") {
      const next = text[i + 1];
      if (next === "/") return this.comment(i, lineEnd(text, i));
      if (next === "*") {
        const close = text.indexOf("*/", i + 2);
        // Unterminated, the file does not run; the parser says so.
        return close < 0 ? this.unsure(i) : this.comment(i, close + 2);
      }
      const expression = this.expressionMayStart();
      if (expression === undefined) return this.unsure(i);
      if (!expression) return this.code(i);
      return this.literal(i, regexEnd(text, i));
    }
    if (c === "<") {
      // `<div>`, `<>` or `<T>x` where an expression may start: JSX text or a type assertion, neither read here.
      const expression = this.expressionMayStart();
      return expression !== false && /^\s*[\p{L}_$>]/u.test(text.slice(i + 1, i + 64)) ? this.unsure(i) : this.code(i);
    }
    if (c === '"' || c === "'") return this.literal(i, stringEnd(text, i));
    if (c === "`") {
      this.templates.push(IN_TEXT);
      this.at = i + 1;
      return;
    }
    if (c === "(") {
      this.parens.push(HEAD_KEYWORDS.has(this.headWord(i) ?? ""));
      return this.code(i);
    }
    if (c === ")") {
      const head = this.parens.pop();
      if (head === undefined) return this.unsure(i);
      this.code(i);
      this.previousClosedHead = head;
      return;
    }
    if (c === "{") this.depth++;
    else if (this.templates.at(-1) === this.depth) {
      // The `}` closing a template's `${…}`: its text goes on.
      this.templates[this.templates.length - 1] = IN_TEXT;
      this.at = i + 1;
      return;
    } else if (this.depth === 0) return this.unsure(i);
    else this.depth--;
    this.code(i);
  }

  /** A template's text from `at`: to its closing backtick, or into a `${…}`. */
  private templateText(): void {
    const { text } = this;
    for (let i = this.at; i < text.length; i++) {
      const c = text[i];
      if (c === "\\") {
        i++;
        continue;
      }
      const opens = c === "$" && text[i + 1] === "{";
      if (c !== "`" && !opens) continue;
      this.literals.push([this.at, i]);
      if (opens) {
        this.templates[this.templates.length - 1] = this.depth;
        this.previous = i + 1;
        this.at = i + 2;
      } else {
        this.templates.pop();
        this.previous = i;
        this.at = i + 1;
      }
      return;
    }
    this.unsure(this.at);
  }

  /**
   * May an expression start here (so `/` opens a regular expression, `<` JSX)? false: an operator is expected
   * (`/` divides); undefined: it depends on what this reader does not track.
   */
  private expressionMayStart(): boolean | undefined {
    const { text } = this;
    if (this.previous < 0) return true;
    const c = text[this.previous]!;
    if (c === ")") return this.previousClosedHead;
    if (c === "}") return undefined;
    if (c === "+" || c === "-") return text[this.previous - 1] === c ? false : true;
    if (EXPRESSION_BEFORE.has(c)) return true;
    if (c === "]" || c === "." || c === '"' || c === "'" || c === "`" || c === "/") return false;
    if (!isIdentifierChar(c)) return undefined;
    const word = this.wordBefore(this.previous + 1)!;
    const start = this.previous + 1 - word.length;
    if (/[.#]\s*$/.test(text.slice(Math.max(0, start - 16), start))) return false;
    if (CONTEXTUAL_KEYWORDS.has(word)) return undefined;
    return EXPRESSION_KEYWORDS.has(word) || LABEL_KEYWORDS.has(this.wordBefore(start) ?? "");
  }

  /** The word (identifier or keyword) ending right before `end`, white space skipped; undefined if none. */
  private wordBefore(end: number): string | undefined {
    const { text } = this;
    let last = end - 1;
    while (last >= 0 && isSpace(text[last]!)) last--;
    let start = last + 1;
    while (start > 0 && isIdentifierChar(text[start - 1]!)) start--;
    return start <= last ? text.slice(start, last + 1) : undefined;
  }

  /** The keyword before a `(` that may head a statement: `for await (` is `for`'s. */
  private headWord(paren: number): string | undefined {
    const word = this.wordBefore(paren);
    if (word !== "await") return word;
    const at = this.text.lastIndexOf("await", paren);
    return this.wordBefore(at);
  }

  private markCode(from: number, to: number): void {
    for (let i = to - 1; i >= from; i--) {
      if (!isSpace(this.text[i]!)) {
        this.previous = i;
        return;
      }
    }
  }

  /** One character of code at `i` (a `/` that divides, a brace, a parenthesis). */
  private code(i: number): void {
    this.previous = i;
    this.previousClosedHead = false;
    this.at = i + 1;
  }

  private comment(start: number, end: number): void {
    this.comments.push([start, end]);
    this.at = end;
  }

  /** A string or regular expression literal from `start` to `end` (undefined: unterminated on its line). */
  private literal(start: number, end: number | undefined): void {
    if (end === undefined) return this.unsure(start);
    this.literals.push([start, end]);
    this.previous = end - 1;
    this.at = end;
  }

  private unsure(from: number): void {
    this.unsureFrom = from;
    this.at = this.text.length + 1;
  }
}

/** The start of the range of `ranges` (in order, [start, end)) holding `offset`, if one does. Offsets are asked in order: the last few ranges decide. */
function within(ranges: ReadonlyArray<[number, number]>, offset: number): number | undefined {
  for (let i = ranges.length - 1; i >= 0; i--) {
    const [start, end] = ranges[i]!;
    if (end <= offset) return undefined;
    if (start <= offset) return start;
  }
  return undefined;
}

/** Where JavaScript ends a line: LF, CR, LS or PS (`// x\u2028fetch(u)` calls fetch). */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/g;

export function lineEnd(text: string, from: number): number {
  LINE_TERMINATOR.lastIndex = from;
  return LINE_TERMINATOR.exec(text)?.index ?? text.length;
}

/** The end (after the closing quote) of a string literal starting at `start`; undefined if a line ends first. */
function stringEnd(text: string, start: number): number | undefined {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === quote) return i + 1;
    else if (c === "\n" || c === "\r") return undefined;
  }
  return undefined;
}

/** The end (after its flags) of a regular expression literal starting at `start`; undefined if a line ends first or it is not read for sure. */
function regexEnd(text: string, start: number): number | undefined {
  let inClass = false;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "\n" || c === "\r") return undefined;
    // A `[` in a class: the `v` flag nests classes (`/[[a]/]/v`), read only with the flags at the end.
    else if (inClass && c === "[") return undefined;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "/") {
      let end = i + 1;
      while (end < text.length && /[a-z]/.test(text[end]!)) end++;
      return end;
    }
  }
  return undefined;
}
