import { mayHaveSuppression } from "./suppress";

/**
 * A line holding only a comment (Python's indentation is spaces, tabs and form feeds). Its start is found after `\n` or
 * `\r` only, as Python ends lines: not after U+2028 (which a JavaScript `^` with the `m` flag takes for a line end), so a
 * string holding U+2028 then `#` keeps its closing quote (`s = "x\u2028# " ; os.system(…)` runs os.system in CPython).
 */
const COMMENT_LINE = /(?<![^\n\r])[ \t\f]*#[^\n\r]*/g;

/** A carriage return not before a line feed. */
const LONE_CR = /\r(?!\n)/g;

/**
 * Python source as the parser and the analysis read it. CPython's tokenizer ends a line at a lone carriage return as at
 * a line feed; the grammar runs a comment on to the next line feed, so `import gateway as os  # …` then CR and `import
 * os` hid the second import (the code after it called the real os.system). Each lone CR is read as a line feed (the
 * same length: offsets hold, and LineIndex counts it as a line end already); then commentLinesBlanked.
 */
export function pythonText(text: string): string {
  return listSubjectsAsTuples(commentLinesBlanked(text.includes("\r") ? text.replace(LONE_CR, "\n") : text));
}

/** `match [subprocess.run]:` on one line, its subject a list written in place (not a comprehension, not empty). */
const LIST_SUBJECT = /^([ \t]*)match([ \t]+)\[(.*)\]([ \t]*:[ \t]*(?:#.*)?)$/gm;

/**
 * tree-sitter-python reads `match [x]:` and its first case as an annotated assignment to `match[x]` (CPython: a match
 * statement), so the case's captures and calls went unread. Its subject is read as the tuple of the same elements,
 * which sequence patterns match alike: `match(x,):`, the same length (the space before `[` gives the comma room).
 */
function listSubjectsAsTuples(text: string): string {
  if (!text.includes("match")) return text;
  return text.replace(LIST_SUBJECT, (line, indent: string, space: string, inner: string, end: string) =>
    inner.trim() === "" || /\bfor\b/.test(inner) ? line : `${indent}match(${space.slice(1)}${inner},)${end}`,
  );
}

/**
 * Every line holding only a comment blanked (spaces, so every
 * offset, line and column stays), unless it holds a suppression marker. tree-sitter-python's scanner reads ahead
 * through all the comment lines that follow each one (to the next line's indentation), so a run of them parses in
 * quadratic time: 2,000 comment lines in a function took 3.5 s, a commented-out block of 4,000 lines 20 s.
 * What a blanked line was does not change the code: in Python a line starting with `#` is a comment — and a blank
 * line is what the language makes of one — or a line inside a string, whose text no finding depends on; a line that
 * could end or open a string or an f-string's field there is kept (STRING_SYNTAX).
 */
export function commentLinesBlanked(text: string): string {
  if (!text.includes("#")) return text;
  return text.replace(COMMENT_LINE, (line) => (STRING_SYNTAX.test(line) || mayHaveSuppression(line) ? line : " ".repeat(line.length)));
}

/**
 * What may end or open a string, or a replacement field of an f-string, on a line inside one: a `#` line holding any of
 * these is kept as written. Blanked, `s = """` then `# """; os.system("id")` would lose the string's end and the call
 * after it (CPython runs it), `f"""` then `# {os.system(cmd)}` the call inside the field.
 */
const STRING_SYNTAX = /['"\\{}]/;

/** pdb's commands (3.11's `do_` methods and their short names): a `.pdbrc` line starting with one runs it, any other line is Python. */
const PDB_COMMANDS = new Set("EOF a args alias b break bt w where cl clear commands condition c cont continue d down debug disable display enable exit q quit h help ignore interact j jump l list ll longlist n next p pp r return retval rv run restart s step source tbreak u up unalias undisplay unt until whatis".split(" "));

/**
 * A `.pdbrc` file as the code pdb runs of it: pdb (any `pdb.run`, `breakpoint()`, `pytest --pdb` started in its folder)
 * runs each line as a command, and a line naming no command, or after `!`, as a Python statement; a command's
 * arguments are mostly Python too (`p expr`, `debug stmt`, `display expr`). The command words and `!` are blanked
 * (offsets kept, `;;` between commands read as `;`), so what is left is scanned as the Python it is; a command whose
 * arguments are no Python (`alias name text`, `condition 1 expr`) does not parse, and fails closed (scan/parse-error).
 */
export function pdbrcLines(text: string): string {
  return text.replace(/^[ \t]*(?!#).*$/gm, (line) =>
    line
      .split(";;")
      .map((part) => part.replace(/^([ \t]*)(?:!|([A-Za-z_]\w*)(?=\s|$))/, (whole, space: string, word?: string) => (word === undefined || PDB_COMMANDS.has(word) ? space + " ".repeat(whole.length - space.length) : whole)))
      .join("; "),
  );
}

/**
 * A `.pth` file as the code Python runs of it: `site` (at start-up for site-packages, or `site.addsitedir(folder)`)
 * executes each line starting with `import` and reads every other line as a path. The other lines are blanked
 * (offsets kept), so the import lines are scanned as the Python they are.
 */
export function pthImportLines(text: string): string {
  return text.replace(/^(?!import[ \t]).*$/gm, (line) => " ".repeat(line.length));
}
