import { closeSync, openSync, readSync, fstatSync } from "node:fs";
import { type Edit, type Node, Parser, type Tree } from "@vscode/tree-sitter-wasm";
import type { Finding, Range, ResolutionStep, SuppressedCall, SuppressionUse } from "../kernel/findings";
import { resolutionOf } from "../kernel/resolution";
import { DEFAULT_MAX_FILE_BYTES } from "../kernel/limits";
import { withFix } from "../kernel/rule";
import { LineIndex } from "../kernel/source/lines";
import { WHOLE_FILE } from "../kernel/whole-file";
import { type Analysis, type DocExamples, type EvaluatedCode, QueryTimeout, YIELDED, YIELDED_NOTE, queryOf } from "./analysis";
import { EVALUATED_VALUE, MAX_CODE_DEPTH, moduleExamples, textExamples } from "./evaluators";
import type { Doctests } from "./launched";
import { detachedSymbols } from "./detach";
import { heldCodeTexts, holdsSteps } from "./held-code";
import { LinkReader, namesModulePaths } from "./links";
import { type NotebookProgram, notebookProgram } from "./notebook";
import { TEXT_NOTEBOOK_FILE, textNotebookProgram } from "./text-notebook";
import type { PlacedHop } from "./placed";
import type { FileSymbols, Link, ProjectSymbols } from "./project";
import { type Hop, extend } from "./resolve";
import { ownEntry } from "../data";
import { ANY } from "./specs";
import type { ScanConfig } from "./config";
import { DEFAULT_SCAN_CONFIG as DEFAULTS } from "./config-defaults";
import { analyzeJavaScript, javaScriptQuery } from "./javascript";
import { reanalyzeJavaScript } from "./javascript-edit";
import { type Grammar, type Grammars, NOTEBOOK_FILE, SHEBANG_BYTES, extensionless, grammarOf, languageOf, loadGrammars, scriptGrammar } from "./parser";
import { PYTHON_QUERY, analyzePython, mayDefineBuiltins, starBoundBuiltins } from "./python";
import { reanalyzePython } from "./python-edit";
import type { DocumentChange, KeptAnalysis } from "./region";
import { BOUNDARY_RULES, RULE_OF_CATEGORY, analysisPending, dynamicCode, boundaryImport, customBoundary, parseError, respelledName, skippedFile, starImport, suppressionWithoutReason, unusedSuppression, withRuleSettings } from "./rules";
import { pdbrcLines, pthImportLines, pythonText } from "./python-comments";
import { someInCode } from "./javascript-comments";
import { readableText } from "./readable";
import { type Bindings, bindingsOf, suppressedCall } from "./suppressed-calls";
import { identityEscapes, respelledNames, respelledText } from "./spelling";
import { type CompiledRules, type LanguageRules, compileRules } from "./ruleset";
import { mayHaveSuppression, suppressionsOf } from "./suppress";
import { declaredCodec, twoLinesEnd } from "./source-codec";
import { append } from "../kernel/append";

/** The settings of a workspace that sets none (config.ts's schema gives the same). */
export const DEFAULT_SCAN_CONFIG: ScanConfig = DEFAULTS;

/** Load grammars and compile their scan queries ahead of the files (a prestarted worker waiting for its first pass: prestart.ts). */
export async function warmGrammars(grammars: readonly Grammar[]): Promise<void> {
  const { languages } = await loadGrammars(grammars);
  for (const grammar of grammars) {
    const language = languages[grammar]!;
    if (grammar === "python") queryOf(language, PYTHON_QUERY, false);
    else javaScriptQuery(language, grammar !== "javascript", false);
  }
}

export interface ScannerOptions {
  config?: ScanConfig;
  /** Grammars to load (default: all four); scanning a file whose grammar this thread never loaded throws. */
  grammars?: readonly Grammar[];
  /** Files larger than this are skipped with a note (limits.max-file-bytes). */
  maxBytes?: number;
  /** How long parsing one file, and then searching its syntax tree, may each take before the file is skipped. */
  timeLimitMs?: number;
  /** Bare specifier prefixes that name project files (tsconfig `paths`, core/scan/aliases.ts), besides relative ones. */
  projectPrefixes?: readonly string[];
  /** A gate scan's scanner (run.ts): keeps first-pass trees for its cross-file pass (Scanner.passTrees), freed by dispose(). */
  keepPassTrees?: boolean;
  /** Doctest examples the project's configuration runs (check.ts doctestsOf): judged as code that runs. */
  doctests?: Doctests;
  /** Files the project's configuration runs through jupytext (launched.ts), by what runs them: read as those notebooks too. */
  textNotebooks?: Readonly<Record<string, string>>;
}

/** Bound for hostile input (broken, deeply nested code makes parsing and tree queries quadratic); real files take milliseconds. */
export const DEFAULT_TIME_LIMIT_MS = 5000;

/**
 * A file over LARGE_FILE_CHARS gets EXTRA_MS_PER_MB more time per MB beyond it, at most MAX_EXTRA_MS, on parsing and on
 * its analysis each: a real bundle's scan grows with its size (@anthropic-ai/claude-agent-sdk's sdk.mjs, 1.5 MB
 * minified: 3.4–6.3 s on a loaded machine, skipped at 5 s), while hostile input blows past any such bound on a few
 * kilobytes; the cap keeps what one hostile file near limits.max-file-bytes can hold the gate up to 15 s a phase.
 */
export const LARGE_FILE_CHARS = 512 * 1024;
export const EXTRA_MS_PER_MB = 4000;
export const MAX_EXTRA_MS = 10_000;

/**
 * Text whose trees one scanner keeps between a gate scan's passes (Scanner.passTrees): a tree takes about 25 bytes of
 * the parser's memory per character (measured on bench/scan's corpus), so ~50 MB a thread.
 */
export const MAX_PASS_TREE_CHARS = 2 * 1024 * 1024;

/** What scanning one file produced; `parsed` is false when the prefilter ruled the file out. */
export interface FileScan {
  findings: Finding[];
  parsed: boolean;
  lines: number;
  skipped?: string;
  /** What the file offers the project's symbol table (only when it exports or imports something of the project). */
  symbols?: FileSymbols;
  /** Suppression comments that hid findings (the trust model judges the ones a change adds). */
  suppressions?: SuppressionUse[];
  /** An editor document's parse paused (Scanner.scanSource's `sliceMs`): the findings are interim. */
  pending?: boolean;
}

const BOUNDARY_RULE_IDS = new Set<string>(BOUNDARY_RULES.map((r) => r.id));
const SUPPRESSIBLE = new Set<string>([...BOUNDARY_RULE_IDS, starImport.id, dynamicCode.id]);
/** `yield` or `await` before a `/` that starts no comment (Scanner.addNameReadings). */
const KEYWORD_BEFORE_SLASH = /\b(?:yield|await)(?=\s*\/(?![/*]))/g;
/**
 * `yield` or `await` where only a name stands (`var await = …`, `function f(await)`, `{ execSync: await }`, `for (var
 * await of …)`, `(await) =>`; in TypeScript also a parameter's type, `function f(await: Run)`): a script binding either
 * as a name calls it as one. Also true of a generator's bare `f(yield)`, which costs a second reading and finds nothing
 * more. In JavaScript a `:` after either is a key (`{ yield: r }`, a bundled parser's keyword table), a label or a
 * conditional's branch, none a binding.
 */
const KEYWORD_BOUND = {
  javascript: /(?<![\w$.])(?:yield|await)\s*(?:[,)}\]]|=(?!=)|(?:of|in)(?![\w$]))/g,
  typescript: /(?<![\w$.])(?:yield|await)\s*(?:[,)}:\]]|=(?!=)|(?:of|in)(?![\w$]))/g,
};
/** Every `yield` and `await` (not a property: `.await`). */
const KEYWORDS = /(?<![\w$.])(?:yield|await)(?![\w$])/g;
const findingKey = (f: Finding) => `${f.rule}:${f.line}:${f.column}:${f.endLine}:${f.endColumn}`;
/**
 * A byte order mark a client leaves at a buffer's start (most drop it) is scanned as a file's is, not as text — left in,
 * it hid `import os` on line 1 from the Python prefilter —: the text after it is scanned, and each finding placed back
 * in the buffer with afterByteOrderMark.
 */
export const BYTE_ORDER_MARK = 0xfeff;

/** A range on the text after a buffer's byte order mark, in the buffer's columns (line 1 counts the mark). */
function pastMark<T extends Range>(r: T): T {
  return r.line !== 1 ? r : { ...r, column: r.column + 1, endColumn: r.endLine === 1 ? r.endColumn + 1 : r.endColumn };
}

/** A finding of the text after a buffer's byte order mark, placed in the buffer: its range, fixes and resolution in the file. */
export function afterByteOrderMark(f: Finding): Finding {
  const steps = f.properties?.resolution;
  return {
    ...pastMark(f),
    ...(f.fix ? { fix: f.fix.map((fix) => ({ ...fix, edits: fix.edits.map((e) => (e.file === undefined || e.file === f.file ? pastMark(e) : e)) })) } : {}),
    ...(Array.isArray(steps) ? { properties: { ...f.properties, resolution: resolutionOf(f).map((step) => (step.file === undefined ? pastMark(step) : step)) } } : {}),
  };
}

/**
 * A script's scan with its reading as a text notebook (what jupytext runs): the notebook's boundary calls the script's
 * reading lacks (its magics, commented in the script) added, its suppressions of them kept, and a suppression the
 * script's reading finds unused but the notebook's used not reported. The script's symbols stand: other files import it.
 */
function withNotebookReading(script: FileScan, notebook: FileScan): FileScan {
  const usedByNotebook = new Set((notebook.suppressions ?? []).map((use) => use.line));
  const scriptLines = new Set((script.suppressions ?? []).map((use) => use.line));
  const suppressions = [...(script.suppressions ?? []), ...(notebook.suppressions ?? []).filter((use) => !scriptLines.has(use.line))];
  const findings = [...script.findings.filter((f) => f.rule !== unusedSuppression.id || !usedByNotebook.has(f.line)), ...callsOnlyIn(notebook.findings, script.findings)];
  return { ...script, findings, ...(suppressions.length ? { suppressions } : {}) };
}

/** The boundary calls another reading of a file found that this reading's findings lack. */
function callsOnlyIn(other: readonly Finding[], these: readonly Finding[]): Finding[] {
  const seen = new Set(these.map(findingKey));
  return other.filter((f) => BOUNDARY_RULE_IDS.has(f.rule) && !seen.has(findingKey(f)));
}
/** A JavaScript file that is an ES module by its name (strict code, whatever its syntax). */
const ES_MODULE_NAME = /\.m[jt]s$/;
/** The path code handed to an evaluator is scanned under (its findings are placed at the evaluator's call). */
const CODE_PATH = "<code>";

/**
 * Python code `exec` runs binds its top-level names in the namespace it is given, the caller's globals by default, and
 * `eval`'s value is the caller's (EVALUATED_VALUE): `exec("import subprocess as sp")` then `sp.run(…)`, `ns["os"]`, `m =
 * eval("__import__('os')")` then `m.system(…)`. Each such name holding a watched function, or a module whose members cross,
 * is reported at its binding in the code (then at the evaluator's call, evaluatedFindings): the caller may call it.
 */
function boundNames(analysis: Analysis, rules: LanguageRules, lines: LineIndex, given: number): Finding[] {
  const out: Finding[] = [];
  for (const [name, value] of Object.entries(analysis.exports)) {
    // A name the caller gave the code (evaluators.ts callerNames) is the caller's own, judged where the caller binds it.
    if (name.includes(".") || value.returns || value.properties || (value.via?.[0]?.start ?? 0) < given) continue;
    // A watched function (`run = os.system`, `from os import popen as run`), else a module any of whose members crosses.
    const usable = (matches: ReturnType<LanguageRules["match"]>) => matches.find((m) => m.spec.category !== "code" && !m.spec.custom);
    const spec = usable(rules.match(value, "call", true)) ?? usable(rules.match(extend(value, ANY), "call"));
    if (!spec) continue;
    const hop = value.via?.[0];
    const range = hop && !hop.placed ? lines.range(hop.start, hop.end) : WHOLE_FILE;
    const held = name === EVALUATED_VALUE ? "It is the value of this code, which the evaluator returns to its caller." : `It is bound to \`${name}\` by this code, in the namespace the evaluator runs it in, which its caller reads.`;
    const finding = RULE_OF_CATEGORY[spec.spec.category as keyof typeof RULE_OF_CATEGORY].at(CODE_PATH, range, spec.target, spec.target);
    out.push({ ...finding, message: `${finding.message} ${held}`, properties: { module: spec.spec.module, member: spec.member, target: spec.target, language: "python" } });
  }
  return out;
}

/** A line terminator JavaScript has besides the line feed: a carriage return not before one, U+2028, U+2029. */
const ODD_LINE_END = /\r(?!\n)|[\u2028\u2029]/;
const ODD_LINE_ENDS = new RegExp(ODD_LINE_END.source, "g");
/** How many times comments hiding code behind such terminators are read again (each uncovering the next). */
const MAX_COMMENT_ROUNDS = 16;
const LANGUAGE_NAME: Record<Grammar, string> = { python: "Python", javascript: "JavaScript", typescript: "TypeScript", tsx: "TSX" };

/** Parser, grammars and compiled rules, loaded once and reused for every file and every rescan. */
export class Scanner {
  private constructor(
    private readonly grammars: Grammars,
    private readonly rules: CompiledRules,
    readonly config: ScanConfig,
    readonly maxBytes: number,
    private readonly timeLimitMs: number,
    private readonly links: LinkReader,
    private readonly keepsPassTrees: boolean,
    private readonly doctests: Doctests | undefined,
    private readonly textNotebooks: Readonly<Record<string, string>> | undefined,
  ) {}

  static async create(options: ScannerOptions = {}): Promise<Scanner> {
    const config = options.config ?? DEFAULT_SCAN_CONFIG;
    return new Scanner(await loadGrammars(options.grammars), compileRules(config), config, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS, new LinkReader(options.projectPrefixes), options.keepPassTrees === true, options.doctests, options.textNotebooks);
  }

  /**
   * Scan source text held in memory (the editor's buffer). `path` picks the language and names the file
   * in findings. The last trees of recently scanned paths are kept, so a rescan after an edit re-parses
   * incrementally; call forget(path) when the document closes.
   */
  scanSource(path: string, text: string, project?: ProjectSymbols, sliceMs?: number): Finding[] {
    if (text.charCodeAt(0) === BYTE_ORDER_MARK) return this.scanSource(path, text.slice(1), project, sliceMs).map(afterByteOrderMark);
    return this.scan(path, text, true, project, undefined, sliceMs).findings;
  }

  /** Free every kept tree (the scanner stays usable). */
  dispose(): void {
    for (const path of new Set([...this.documents.keys(), ...this.paused.keys()])) this.forget(path);
    for (const path of [...this.passTrees.keys()]) this.dropPassTree(path);
    this.idleParser?.delete();
    this.idleParser = undefined;
  }

  /** Drop the tree kept for an in-memory document. */
  forget(path: string): void {
    for (const key of [path, projectKey(path)]) {
      this.unpause(key);
      const kept = this.documents.get(key);
      kept?.tree.delete();
      kept?.clean?.tree.delete();
      this.documents.delete(key);
    }
  }

  private readonly documents = new Map<string, KeptDocument>();
  /** Editor documents whose parse ran past its slice, resumed by the next scan of the same text (one parser each). */
  private readonly paused = new Map<string, DocumentParse>();
  /** The parser editor documents' parses run on when none is paused: a paused parse holds its parser's state, so it is never the one the gate's files use. */
  private idleParser?: Parser;

  /**
   * Parse, reusing the previous tree of the same document when there is one (one edit spanning the
   * change); with the previous analysis's state, also what changed, for a re-analysis of only that.
   * While the document has syntax errors its last error-free tree is kept too: tree-sitter cannot reuse what
   * its error recovery swallowed, so the keystroke that repaired a commented-out `def` re-parsed the rest of a
   * 5,000-line file from the broken tree (39 ms), and re-parses only the edit from the error-free one (~2 ms).
   * With `sliceMs`, an edited document's parse stops after that long and comes back `pending` (the previous
   * document is left as it was); the next call with the same text resumes it where it stopped (tree-sitter
   * resumes a cancelled parse: the finished tree is the one an uninterrupted parse makes).
   */
  private parseDocument(path: string, grammar: Grammar, text: string, sliceMs?: number): { tree: Tree | null; pending?: { edit: Edit }; kept?: KeptDocument; reuse?: { state: KeptAnalysis; change: DocumentChange } } {
    let previous = this.documents.get(path);
    if (previous && previous.grammar !== grammar) {
      this.forget(path);
      previous = undefined;
    }
    const resumed = this.paused.get(path);
    if (resumed && (resumed.text !== text || resumed.grammar !== grammar || previous?.text === text)) this.unpause(path);
    let tree: Tree | null;
    let change: DocumentChange | undefined;
    let clean: KeptDocument["clean"];
    if (previous && previous.text === text) {
      tree = previous.tree;
      clean = previous.clean;
      change = previous.state ? { before: previous.text, edit: editBetween(previous.text, text), changed: [] } : undefined;
      this.documents.delete(path);
    } else {
      const run = this.paused.get(path) ?? this.startParse(previous, grammar, text);
      this.paused.delete(path);
      const limitMs = this.limitFor(text);
      const remaining = limitMs - run.spentMs;
      const slice = sliceMs !== undefined && previous ? Math.min(sliceMs, remaining) : remaining;
      const began = performance.now();
      const deadline = began + slice;
      tree = run.parser.parse(text, run.base ?? null, { progressCallback: () => performance.now() > deadline });
      run.spentMs += performance.now() - began;
      if (!tree && previous && run.spentMs < limitMs) {
        this.paused.set(path, run);
        if (this.paused.size > KEPT_DOCUMENTS) this.unpause(this.paused.keys().next().value!);
        return { tree: null, pending: { edit: editBetween(previous.text, text) } };
      }
      let reuse: { state: KeptAnalysis; change: DocumentChange } | undefined;
      if (previous) {
        const edit = editBetween(previous.text, text);
        if (run.fromClean) {
          clean = previous.clean;
          // Repaired: what changed since the error-free text is re-analysed from that text's analysis, when it was kept.
          if (tree && clean?.state && !tree.rootNode.hasError) reuse = { state: clean.state, change: { before: clean.text, edit: run.baseEdit!, changed: run.base!.getChangedRanges(tree) } };
        } else {
          // A copy shares the tree's nodes (edit() copies what it changes), so keeping one costs nothing until the text breaks.
          clean = previous.tree.rootNode.hasError ? undefined : { text: previous.text, tree: previous.tree.copy() };
          previous.clean?.tree.delete();
        }
        previous.tree.edit(edit);
        // What changed is asked of the previous tree either way: the analysis state describes its text.
        const changed = tree ? previous.tree.getChangedRanges(tree) : [];
        // A break whose error recovery changed the tree over a wide span would be re-analysed over all of it: it is
        // analysed in full instead, and the error-free text's analysis is kept (unchanged) for the repair.
        if (clean && !run.fromClean && previous.state && tree?.rootNode.hasError && Math.max(...changed.map((r) => r.endIndex)) - Math.min(...changed.map((r) => r.startIndex)) > CLEAN_BASE_SPAN) {
          clean.state = previous.state;
          previous.state = undefined;
        }
        if (tree && previous.state) change = { before: previous.text, edit, changed };
        previous.tree.delete();
      }
      this.release(run, tree !== null);
      this.documents.delete(path);
      if (reuse) {
        clean!.tree.delete();
        this.keep(path, { text, tree: tree!, grammar });
        return { tree, kept: this.documents.get(path), reuse };
      }
    }
    if (clean && (!tree || !tree.rootNode.hasError)) {
      if (clean.tree !== tree) clean.tree.delete();
      clean = undefined;
    }
    if (!tree) return { tree };
    const kept = this.keep(path, { text, tree, grammar, ...(clean ? { clean } : {}) });
    return { tree, kept, reuse: change && previous?.state ? { state: previous.state, change } : undefined };
  }

  private keep(path: string, kept: KeptDocument): KeptDocument {
    this.documents.set(path, kept);
    if (this.documents.size > KEPT_DOCUMENTS) this.forget(this.documents.keys().next().value!);
    return kept;
  }

  /** A parse of an edited document: from its last error-free tree when the text is back near it, else from its previous tree. */
  private startParse(previous: KeptDocument | undefined, grammar: Grammar, text: string): DocumentParse {
    const parser = this.idleParser ?? new Parser();
    this.idleParser = undefined;
    parser.setLanguage(this.grammars.languages[grammar]!);
    if (!previous) return { text, grammar, parser, fromClean: false, spentMs: 0 };
    const fromClean = previous.tree.rootNode.hasError && previous.clean ? editBetween(previous.clean.text, text) : undefined;
    const nearClean = fromClean !== undefined && Math.max(fromClean.oldEndIndex, fromClean.newEndIndex) - fromClean.startIndex <= CLEAN_BASE_SPAN;
    const base = nearClean ? previous.clean!.tree.copy() : previous.tree.copy();
    const baseEdit = nearClean ? fromClean : editBetween(previous.text, text);
    base.edit(baseEdit);
    return { text, grammar, parser, base, baseEdit, fromClean: nearClean, spentMs: 0 };
  }

  /** A finished (or abandoned) parse gives its parser back; one left mid-parse must be reset before it parses other text. */
  private release(run: DocumentParse, finished: boolean): void {
    run.base?.delete();
    if (!finished) run.parser.reset();
    if (this.idleParser) run.parser.delete();
    else this.idleParser = run.parser;
  }

  private unpause(path: string): void {
    const run = this.paused.get(path);
    this.paused.delete(path);
    if (run) this.release(run, false);
  }

  /**
   * Parse within the time limit, or null: tree-sitter's error recovery is quadratic on some broken input (one
   * `(` near the top of 20,000 lines of Python took 13 s, of 10 MiB it would take hours).
   */
  private parse(text: string, old?: Tree): Tree | null {
    const { parser } = this.grammars;
    const deadline = performance.now() + this.limitFor(text);
    const tree = parser.parse(text, old, { progressCallback: () => performance.now() > deadline });
    // A cancelled parse is resumed by the parser's next call unless it is reset.
    if (!tree) parser.reset();
    return tree;
  }

  /**
   * Node ends a `<!--` or line-leading `-->` comment and a `#!` line at a carriage return, U+2028 or U+2029 as well
   * as at a line feed; the grammar only at a line feed, so the code after one would be read as comment. Such a
   * terminator inside those comments is read as a line feed (the same length: offsets hold), until none is left
   * (each round may uncover another comment; MAX_COMMENT_ROUNDS).
   */
  private commentEndsAsNode(source: string, grammar: Grammar): string {
    if (!(source.startsWith("#!") || source.includes("<!--") || source.includes("-->")) || !ODD_LINE_END.test(source)) return source;
    this.grammars.parser.setLanguage(this.grammars.languages[grammar]!);
    let text = source;
    for (let round = 0; round < MAX_COMMENT_ROUNDS; round++) {
      const tree = this.parse(text);
      if (!tree) return text;
      const ends: number[] = [];
      try {
        for (const comment of tree.rootNode.descendantsOfType(["html_comment", "hash_bang_line"])) {
          if (!comment) continue;
          // Searched in the whole text: a carriage return ending the comment's line before a line feed is no terminator of its own.
          ODD_LINE_ENDS.lastIndex = comment.startIndex;
          for (let m = ODD_LINE_ENDS.exec(text); m && m.index < comment.endIndex; m = ODD_LINE_ENDS.exec(text)) ends.push(m.index);
        }
      } finally {
        tree.delete();
      }
      if (ends.length === 0) return text;
      const chars = text.split("");
      for (const at of ends) chars[at] = "\n";
      text = chars.join("");
    }
    return text;
  }

  /** The time parsing `text`, and then analysing it, may each take (DEFAULT_TIME_LIMIT_MS, LARGE_FILE_CHARS). */
  private limitFor(text: string): number {
    return this.timeLimitMs + Math.min(MAX_EXTRA_MS, Math.round((Math.max(0, text.length - LARGE_FILE_CHARS) * EXTRA_MS_PER_MB) / (1024 * 1024)));
  }

  /** Read and scan one file; unreadable, binary and oversized files come back as one note. */
  scanFile(absolutePath: string, path: string, project?: ProjectSymbols, grammar?: Grammar): FileScan {
    // A file handed to Python is decoded as CPython decodes it; a workflow's own (YAML) is not, its steps' code is (held-code.ts).
    const read = readSource(absolutePath, this.maxBytes, grammar === "python" && !holdsSteps(path));
    if (typeof read !== "string") return { findings: this.applySettings([skippedFile.at(path, WHOLE_FILE, read.skipped)]), parsed: false, lines: 0, skipped: read.skipped };
    // A workflow judged as code is read as the code its steps hold, in place, once per language (held-code.ts).
    const held = grammar ? heldCodeTexts(path, read) : undefined;
    if (!held?.size) return this.scan(path, read, false, project, grammar);
    const scans = [...held].map(([language, text]) => this.scan(path, text, false, project, language));
    return { findings: scans.flatMap((s) => s.findings), parsed: scans.some((s) => s.parsed), lines: scans[0]!.lines, suppressions: scans.flatMap((s) => s.suppressions ?? []) };
  }

  /**
   * Scan one file. With the project's symbol table, names it imports from the project's other files
   * resolve through it (and the prefilter is not asked: the file may reach a watched module only that way).
   */
  scan(path: string, text: string, keepTree = false, project?: ProjectSymbols, grammar?: Grammar, sliceMs?: number): FileScan {
    // A text notebook jupytext runs (text-notebook.ts): a script is also what Python runs, read as both.
    if (this.textNotebooks && Object.hasOwn(this.textNotebooks, path) && TEXT_NOTEBOOK_FILE.test(path)) {
      const reading = this.scanNotebook(path, text, project, false, textNotebookProgram(path, text));
      return grammarOf(path) === "python" ? withNotebookReading(this.scanScript(path, text, keepTree, project, grammar, sliceMs), reading) : reading;
    }
    // A notebook by its name, or a file a notebook runner runs (`papermill run.json`: launched.ts judges it as Python).
    if ((grammar === undefined || grammar === "python") && (NOTEBOOK_FILE.test(path) || (grammar === "python" && !grammarOf(path) && NOTEBOOK_SHAPED.test(text)))) return this.scanNotebook(path, text, project, keepTree);
    return this.scanScript(path, text, keepTree, project, grammar, sliceMs);
  }

  /** A file read as the program its language runs (scan's own reading of a file that is no notebook). */
  private scanScript(path: string, text: string, keepTree: boolean, project: ProjectSymbols | undefined, grammar: Grammar | undefined, sliceMs: number | undefined): FileScan {
    const place = placer(path, text);
    const links = this.linksOf(path, text, place, grammar);
    // A gate scan's file that imports project files may be scanned again with the project's table: its tree is kept.
    const first = this.scanText(path, text, keepTree, project, grammar, sliceMs, this.keepsPassTrees && !keepTree && links.length > 0);
    if (first.scan.pending) return first.scan;
    const language = grammar ?? grammarOf(path) ?? this.scriptOf(path, text);
    const result = this.readGaps(path, text, project, language, first);
    this.addNameReadings(path, text, project, language, result.scan);
    const exports = Object.fromEntries(Object.entries(result.exports ?? {}).map(([name, p]) => [name, { ...p, via: p.via?.map((hop) => (hop.placed ? hop : { ...hop, tracked: true, placed: place(hop.start, hop.end) })) }]));
    // A file loaded by a path built to it (`require(path.join(__dirname, "x.txt"))`) is linked as `require("./x.txt")` is.
    const loaded = (result.loads ?? []).filter((specifier) => !links.some((link) => link.specifier === specifier)).map((specifier): Link => ({ specifier, names: [], inline: true, reexport: false }));
    const linked = loaded.length ? [...links, ...loaded] : links;
    const searched = result.searchPaths ? { searchPaths: result.searchPaths } : {};
    const starBuiltins = language === "python" ? this.starBuiltins(text) : [];
    const bound = starBuiltins.length ? { starBuiltins } : {};
    return linked.length || Object.keys(exports).length || starBuiltins.length ? { ...result.scan, symbols: detachedSymbols({ exports, links: linked, ...searched, ...bound }) } : result.scan;
  }

  /** The builtin functions' names a star import of a Python module binds to its own functions (python.ts starBoundBuiltins); parsed only for a file whose text may define one. */
  private starBuiltins(text: string): string[] {
    const language = this.grammars.languages.python;
    if (!language || !mayDefineBuiltins(text)) return [];
    this.grammars.parser.setLanguage(language);
    const tree = this.parse(text);
    if (!tree) return [];
    try {
      return starBoundBuiltins(tree.rootNode, text);
    } finally {
      tree.delete();
    }
  }

  /**
   * A Jupyter notebook, scanned as the Python program its code cells make (notebook.ts), each finding placed at the
   * notebook's JSON text; its magics and shell escapes are reported there, and a suppression comment in a cell covers
   * them as it covers a call. Its imports of project files resolve from its folder, as a script's there do. An editor's
   * notebook (`keepTree`) keeps its program's tree and analysis, as a buffer does: an edit in one cell re-parses and
   * re-analyses the statements it changed (its parse is not paused: the program's places are the notebook's).
   */
  private scanNotebook(path: string, text: string, project: ProjectSymbols | undefined, keepTree: boolean, program = this.notebookOf(text)): FileScan {
    if ("unreadable" in program) return { findings: this.applySettings([skippedFile.at(path, WHOLE_FILE, program.unreadable)]), parsed: false, lines: countLines(text), skipped: program.unreadable };
    const { fileLines, fileRange, place } = notebookPlaces(path, text, program);
    const programLines = new LineIndex(program.text);
    const moved = <R extends Range>(r: R): R => ({ ...r, ...fileRange(programLines.offset(r.line, r.column), programLines.offset(r.endLine, r.endColumn)) });
    const links = this.links.read(path, program.text, place);
    const findings = (lines: LineIndex) =>
      program.magics.map((magic) => {
        const range = lines.range(magic.start, magic.end);
        const finding = magic.kind === "code" ? dynamicCode.at(path, range, magic.written, `${magic.what}: what it runs is not read`) : RULE_OF_CATEGORY[magic.kind].at(path, range, magic.written, magic.what);
        return { ...finding, properties: { notebookMagic: [magic.fileStart, magic.fileEnd] } };
      });
    const { scan } = this.scanText(path, program.text, keepTree, project, "python", undefined, false, { findings, place });
    // Quick fixes are left out: their edits are the program's, not the JSON's.
    const placed = scan.findings.map(({ fix: _, ...finding }) => {
      const magic = finding.properties?.notebookMagic as [number, number] | undefined;
      if (!magic) return moved(finding);
      const { notebookMagic: _magic, ...properties } = finding.properties!;
      return { ...finding, ...fileLines.range(magic[0], magic[1]), properties };
    });
    // A program line is the notebook's line its first character is on.
    const line = (programLine: number) => fileLines.position(program.at[programLines.offset(programLine, 1)]!).line;
    const lines = <L extends { line: number; endLine: number }>(l: L): L => ({ ...l, line: line(l.line), endLine: line(l.endLine) });
    const suppressions = scan.suppressions?.map((use) => ({ ...moved(use), target: line(use.target), ...(use.calls ? { calls: use.calls.map((call) => ({ ...lines(call), assigned: call.assigned.map(lines), imports: call.imports.map(lines) })) } : {}) }));
    return { ...scan, findings: placed, lines: fileLines.lineCount, ...(suppressions ? { suppressions } : {}), ...(links.length ? { symbols: detachedSymbols({ exports: {}, links }) } : {}) };
  }

  /**
   * A JavaScript or TypeScript file that does not parse is read again with the grammar's known gaps rewritten
   * (readable.ts): where that reading parses, it is the
   * file's (its exports and notes too), else it only adds the boundary calls it finds; either way no boundary call
   * only one reading finds is lost. Costs nothing on a file that parses.
   */
  private readGaps(path: string, text: string, project: ProjectSymbols | undefined, grammar: Grammar | undefined, first: ReturnType<Scanner["scanText"]>): ReturnType<Scanner["scanText"]> {
    const broken = (scan: FileScan) => scan.findings.some((f) => f.rule === parseError.id);
    const readable = grammar && broken(first.scan) ? readableText(text, grammar) : undefined;
    if (readable === undefined) return first;
    const second = this.scanText(path, readable, false, project, grammar);
    const [kept, other] = second.scan.parsed && !broken(second.scan) ? [second, first] : [first, second];
    const added = callsOnlyIn(other.scan.findings, kept.scan.findings);
    return added.length ? { ...kept, scan: { ...kept.scan, findings: [...kept.scan.findings, ...added] } } : kept;
  }

  /**
   * `yield` and `await` are names outside generators and async functions of a script, but tree-sitter reads them as
   * the keywords wherever they stand: `return yield /(cp.execSync(c))/g` divides to Node, which runs the call, and is
   * a regular expression to the parser; `var await = cp.execSync; await(c)` calls it. Where either word comes before a
   * `/`, the text is also scanned with those read as names; where a script binds either as a name (KEYWORD_BOUND), with
   * every one read as a name. The boundary calls only that reading finds are added (a regular expression after the
   * keyword is almost never code-shaped, so the other reading rarely finds anything).
   */
  private addNameReadings(path: string, text: string, project: ProjectSymbols | undefined, grammar: Grammar | undefined, scan: FileScan): void {
    if (!grammar || grammar === "python" || !scan.parsed) return;
    // In code only: prose in a comment ("for-await)", "await in order") or a string would double a bundle's scan.
    const words = someInCode(text, KEYWORD_BOUND[grammar === "javascript" ? "javascript" : "typescript"], "literals") ? KEYWORDS : someInCode(text, KEYWORD_BEFORE_SLASH, "literals") ? KEYWORD_BEFORE_SLASH : undefined;
    if (!words) return;
    const asNames = this.scanText(path, text.replace(words, (word) => `${word.slice(0, -1)}$`), false, project, grammar).scan;
    append(scan.findings, callsOnlyIn(asNames.findings, scan.findings));
  }

  /** A file's project imports and re-exports, read from its text without parsing it (links.ts), each placed in it. */
  linksOf(path: string, text: string, place = placer(path, text), script?: Grammar): Link[] {
    // A notebook's imports are its code cells', placed in its JSON (the editor's scan asks before scanning it).
    if (!script && NOTEBOOK_FILE.test(path)) {
      const program = this.notebookOf(text);
      return "text" in program ? this.links.read(path, program.text, notebookPlaces(path, text, program).place) : [];
    }
    // A file read as JavaScript whatever its name (a `#!` script, a file required as code) links as JavaScript does; a
    // Python script's imports are not followed (a module path resolves from a `.py` file's place in its package).
    return grammarOf(path) || (script && script !== "python") ? this.links.read(path, text, place) : [];
  }

  /** An extensionless file's grammar by its `#!` line, when that grammar is loaded (the editor's scanners load every one). */
  private scriptOf(path: string, text: string): Grammar | undefined {
    const grammar = extensionless(path) ? scriptGrammar(text.slice(0, SHEBANG_BYTES)) : undefined;
    return grammar && this.grammars.languages[grammar] ? grammar : undefined;
  }

  /**
   * `script`: the grammar of a file whose extension does not say (its `#!` line does); `keepForPass`: see passTrees;
   * `held`: a text the file holds rather than is (a notebook's program): the findings of its own syntax the parser does
   * not read (magics), suppressed as the others are, and where its resolution steps are in the file.
   */
  private scanText(path: string, source: string, keepTree: boolean, project: ProjectSymbols | undefined, script?: Grammar, sliceMs?: number, keepForPass = false, held?: HeldText): { scan: FileScan; exports?: Analysis["exports"]; loads?: string[]; searchPaths?: string[] } {
    const grammar = script ?? grammarOf(path) ?? this.scriptOf(path, source);
    if (!grammar) return { scan: { findings: [], parsed: false, lines: 0 } };
    // Its own entry (the record is structured-cloned into the worker, a prototype again): a script named `valueOf` is no doctest file.
    const ranBy = grammar === "python" && this.doctests ? ownEntry(this.doctests.files, path) : undefined;
    if (ranBy !== undefined && grammarOf(path) !== "python") return { scan: this.textExamples(path, source, ranBy) };
    const text = grammar === "python" ? pythonText(path.endsWith(".pth") ? pthImportLines(source) : path.endsWith(".pdbrc") ? pdbrcLines(source) : source) : this.commentEndsAsNode(source, grammar);
    const limitMs = this.limitFor(text);
    if (text.length > this.maxBytes) {
      const skipped = `${text.length} characters is over the ${this.maxBytes}-byte limit (limits.max-file-bytes)`;
      return { scan: { findings: this.applySettings([skippedFile.at(path, WHOLE_FILE, skipped)]), parsed: false, lines: 0, skipped } };
    }
    const rules = this.rules[languageOf(grammar)];
    const fileProject = project?.importsWatched(path) ? project.forFile(path) : undefined;
    // A watched module named only in another spelling (`import ｏｓ`, `require("child\u005fprocess")`) must still be parsed.
    // Respelled names matter where the text, read as the language reads it, names something watched, or imports from the project.
    const respelled = respelledText(text, grammar);
    const respelledWatched = respelled !== undefined && (fileProject !== undefined || rules.prefilter(respelled));
    // A suppression marker is parsed for too: one that hides nothing is reported (scan/unused-suppression), else a pull
    // request could plant one over a call of the gateway's helper, to hide the call a later change makes of it.
    // A file adding module search paths is parsed for them (their folders resolve its bare imports: Analysis.searchPaths).
    if (!held && !fileProject && !respelledWatched && !rules.prefilter(text) && !mayHaveSuppression(text) && !(grammar !== "python" && namesModulePaths(text))) return { scan: { findings: [], parsed: false, lines: countLines(text) } };
    const { parser, languages } = this.grammars;
    const language = languages[grammar];
    if (!language) throw new Error(`the ${grammar} grammar was not loaded for ${path}`);
    parser.setLanguage(language);
    // A scan with the project keeps its tree apart: its analysis state holds what other files offered, which a later scan without them must not reuse.
    const key = fileProject ? projectKey(path) : path;
    const { tree, kept: document, reuse, pending } = keepTree ? this.parseDocument(key, grammar, text, sliceMs) : { tree: this.passTree(path, grammar, text) ?? this.parse(text) };
    if (pending) return { scan: { findings: this.interimFindings(path, key, text, pending.edit), parsed: false, lines: countLines(text), pending: true } };
    if (!tree) {
      const skipped = `parsing took over ${limitMs} ms (deeply nested or broken code)`;
      return { scan: { findings: this.applySettings([skippedFile.at(path, WHOLE_FILE, skipped)]), parsed: false, lines: countLines(text), skipped } };
    }
    // The previous analysis may be re-used for the edited statements only if the project offered the file the same
    // (asked only of kept documents: a gate's scan keeps none; and not while a parse is paused).
    const offers = keepTree && fileProject ? project!.offersTo(path) : undefined;
    const reusable = reuse !== undefined && reuse.state.offers === offers;
    try {
      const lines = new LineIndex(text);
      const findings: Finding[] = [];
      if (tree.rootNode.hasError) findings.push(parseError.at(path, errorRange(tree, lines), LANGUAGE_NAME[grammar]));
      // A JavaScript identity escape (`require("chil\\d_process")`) is looked for only in a file parsed anyway (ESCAPE_LETTER).
      if (respelledWatched || identityEscapes(text, grammar)) {
        for (const { node, reads } of respelledNames(tree, text, grammar)) {
          const range = lines.range(node.startIndex, node.endIndex);
          const written = hopText(text, { start: node.startIndex, end: node.endIndex, tracked: true });
          const plainly = hopText(reads, { start: 0, end: reads.length, tracked: true });
          findings.push(withFix(respelledName.at(path, range, written, plainly), { title: `Write it plainly: ${plainly}`, edits: [{ ...range, newText: reads }] }));
        }
      }
      const markers = mayHaveSuppression(text);
      let analysis: Analysis;
      try {
        if (grammar === "python") {
          const python = (reusable && reanalyzePython(reuse.state, reuse.change, tree, text, language, rules.filter, markers, limitMs)) || analyzePython(tree, text, language, rules.filter, markers, limitMs, fileProject);
          if (document) document.state = python.state && Object.assign(python.state, { offers });
          analysis = python;
        } else {
          const typescript = grammar !== "javascript";
          const kept = reusable && "constants" in reuse.state ? reuse.state : undefined;
          const javascript = (kept && reanalyzeJavaScript(kept, reuse!.change, tree, text, language, typescript, rules.filter, markers, limitMs)) || analyzeJavaScript(tree, text, language, typescript, rules.filter, markers, limitMs, fileProject, ES_MODULE_NAME.test(path));
          if (document) document.state = javascript.state && Object.assign(javascript.state, { offers });
          analysis = javascript;
        }
      } catch (e) {
        if (!(e instanceof QueryTimeout)) throw e;
        const skipped = `${e.message} (deeply nested or broken code)`;
        return { scan: { findings: this.applySettings([...findings, skippedFile.at(path, WHOLE_FILE, skipped)]), parsed: true, lines: lines.lineCount, skipped } };
      }
      append(findings, this.boundaryFindings(path, analysis, rules, lines, text, grammar, 0, held?.place), (held?.findings(lines) ?? []));
      const configured = grammar === "python" ? (ranBy ?? this.doctests?.modules) : undefined;
      if (configured !== undefined) append(findings, this.configuredExamples(path, tree.rootNode, text, configured, lines, findings));
      const used: SuppressionUse[] = [];
      const kept = markers ? this.applySuppressions(path, findings, suppressionsOf(analysis.comments, lines), lines, used, tree.rootNode) : findings;
      const settled = this.applySettings(kept);
      if (document) document.findings = settled;
      return { scan: { findings: settled, parsed: true, lines: lines.lineCount, ...(used.length ? { suppressions: used } : {}) }, exports: analysis.exports, ...(analysis.loads ? { loads: analysis.loads } : {}), ...(analysis.searchPaths ? { searchPaths: analysis.searchPaths } : {}) };
    } finally {
      if (!keepTree) this.afterPass(path, grammar, text, tree, keepForPass);
    }
  }

  /**
   * A gate scan's trees of files that import project files, kept from its first pass for the cross-file pass, which
   * scans them again with the project's table (parsing is about half of a file's scan): at most MAX_PASS_TREE_CHARS of
   * text, the oldest dropped first. A kept tree is used only for the same text in the same grammar.
   */
  private readonly passTrees = new Map<string, { grammar: Grammar; text: string; tree: Tree }>();

  /** The last notebook read, by its text: the editor asks for a notebook's links, then scans it (one reading of its JSON for both). */
  private lastNotebook?: { text: string; program: ReturnType<typeof notebookProgram> };

  private notebookOf(text: string): ReturnType<typeof notebookProgram> {
    if (this.lastNotebook?.text !== text) this.lastNotebook = { text, program: notebookProgram(text) };
    return this.lastNotebook.program;
  }
  private passTreeChars = 0;

  private passTree(path: string, grammar: Grammar, text: string): Tree | undefined {
    const kept = this.passTrees.get(path);
    return kept && kept.grammar === grammar && kept.text === text ? kept.tree : undefined;
  }

  /** Keep a gate scan's tree (keepForPass, and small enough), or free it. */
  private afterPass(path: string, grammar: Grammar, text: string, tree: Tree, keepForPass: boolean): void {
    const kept = this.passTrees.get(path);
    if (kept?.tree === tree && keepForPass) return;
    if (kept) this.dropPassTree(path);
    if (!keepForPass || text.length > MAX_PASS_TREE_CHARS) {
      if (kept?.tree !== tree) tree.delete();
      return;
    }
    this.passTrees.set(path, { grammar, text, tree });
    this.passTreeChars += text.length;
    for (const [oldest] of this.passTrees) {
      if (this.passTreeChars <= MAX_PASS_TREE_CHARS) break;
      this.dropPassTree(oldest);
    }
  }

  private dropPassTree(path: string): void {
    const kept = this.passTrees.get(path)!;
    kept.tree.delete();
    this.passTreeChars -= kept.text.length;
    this.passTrees.delete(path);
  }

  /**
   * While an edited document's parse is paused: a marker at the edit saying so, and the previous text's findings
   * moved by the edit (those inside it dropped, quick fixes left out: their edits are the old text's).
   */
  private interimFindings(path: string, key: string, text: string, edit: Edit): Finding[] {
    const lines = new LineIndex(text);
    const marker = analysisPending.at(path, lines.range(edit.startIndex, edit.newEndIndex));
    const previous = this.documents.get(key);
    // The same text scanned with the project, when it was, holds its cross-file findings too (the edit is from that text).
    const withProject = key === path ? this.documents.get(projectKey(path)) : undefined;
    const shown = withProject && withProject.text === previous?.text ? withProject : previous;
    const moved = (shown?.findings ?? []).flatMap((finding) => {
      if (finding.rule === skippedFile.id) return [];
      const range = movedRange(finding, edit);
      if (!range) return [];
      const { fix: _, ...rest } = finding;
      const resolution = finding.properties?.resolution as (Range & { file?: string })[] | undefined;
      const hops = resolution?.map((hop) => (hop.file === undefined ? { ...hop, ...(movedRange(hop, edit) ?? hop) } : hop));
      return [{ ...rest, ...range, ...(hops ? { properties: { ...finding.properties, resolution: hops } } : {}) }];
    });
    return [marker, ...moved];
  }

  /** `depth`: how deep in code handed to evaluators the text is (0: the file's own); `place`: a held text's steps in its file. */
  private boundaryFindings(path: string, analysis: Analysis, rules: LanguageRules, lines: LineIndex, text: string, grammar: Grammar, depth = 0, place?: HeldText["place"]): Finding[] {
    const out: Finding[] = [];
    const called = new Set<object>();
    // One finding per range and rule: a container handed over whole is a call site per value it holds (`run(tools)`).
    const seen = new Set<string>();
    // The file's docstring examples (or string annotations), however many calls run them, are reported once, for the first.
    const examplesJudged = new Set<string>();
    for (const call of analysis.calls) {
      const range = lines.range(call.start, call.end);
      const callee = call.form === "new" ? `new ${call.callee}` : call.callee;
      if (call.unread) {
        out.push(dynamicCode.at(path, range, callee, call.unread));
        continue;
      }
      const hops = (call.path.via ?? []).map((hop) => ({ ...(hop.placed ?? place?.(hop.start, hop.end) ?? { ...lines.range(hop.start, hop.end), text: hopText(text, hop) }), tracked: hop.tracked }));
      const resolution = hops.length ? { resolution: hops.map(({ tracked: _, ...hop }) => hop) } : {};
      // The message names the steps only when they are more than the plain import the reader sees at the top.
      const why = [
        call.passedTo === YIELDED ? ` ${YIELDED_NOTE}.` : call.method ? ` It is returned by the method \`${call.passedTo}\`: whoever calls that method gets it.` : call.instance ? ` It is returned by a method of an instance handed to \`${call.passedTo}\`: whoever calls that method gets it.` : call.returned ? ` It is returned by a function handed to \`${call.passedTo}\`: whoever calls that function gets it.` : call.classKeyword ? ` It is a keyword argument of the class statement \`${call.passedTo}\`: the base class's \`__init_subclass__\` and the metaclass get it.` : call.passedTo ? ` It is passed as a value to \`${call.passedTo}\`, which will call it.` : "",
        // Past a bound of the scan (resolve.ts ModulePath.unfollowed), what it reached there is reported, saying so.
        call.path.unfollowed ? ` ${call.path.unfollowed}.` : "",
        // In code handed to an evaluator (depth > 0) the steps' lines are that code's: they stay in properties only.
        depth === 0 && hops.some((h) => h.tracked) ? ` Resolved through ${hops.map((h) => `${"file" in h && h.file !== path ? `${h.file} ` : ""}line ${h.line} \`${h.text}\``).join(" ← ")}.` : "",
      ].join("");
      for (const { spec, target, member } of rules.match(call.path, call.form, call.passedTo !== undefined)) {
        called.add(spec);
        const properties = { module: spec.module, member, target, language: rules.language, ...resolution, ...(spec.custom ? { customRule: spec.custom.id } : {}) };
        const key = `${call.start}\0${call.end}\0${spec.custom?.id ?? spec.category}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (spec.category === "code") {
          const examples = call.code && "examples" in call.code ? call.code.examples : undefined;
          // Keyed by what they are and where the first stands: one model class's annotations are not another's.
          const judged = examples && `${examples.what}\0${examples.lines[0]?.at}`;
          if (call.code && !(judged && examplesJudged.has(judged))) append(out, this.evaluatedFindings(path, range, callee, call.code, grammar, depth, lines));
          if (judged) examplesJudged.add(judged);
          continue;
        }
        const finding = spec.custom ? { ...customBoundary.at(path, range, spec.custom.message), severity: spec.custom.severity, category: spec.category } : RULE_OF_CATEGORY[spec.category].at(path, range, callee, target);
        out.push({ ...finding, message: finding.message + why, properties });
      }
    }
    for (const site of analysis.imports) {
      const range = lines.range(site.start, site.end);
      if (site.star) out.push(starImport.at(path, range, site.module));
      for (const spec of rules.specs) {
        if (!spec.reportImport || called.has(spec)) continue;
        const matches = rules.language === "python" ? site.module === spec.module || site.module.startsWith(`${spec.module}.`) : site.module === spec.module;
        if (matches) out.push({ ...boundaryImport.at(path, range, spec.module), category: spec.category, properties: { module: spec.module, ...(spec.custom ? { customRule: spec.custom.id } : {}) } });
      }
    }
    return out;
  }

  /**
   * What code handed to an evaluator does, reported at its call: each finding of the code, scanned as code of the
   * same language (JavaScript for TypeScript: `eval` runs JavaScript), or scan/dynamic-code when it cannot be read or
   * is nested deeper than MAX_CODE_DEPTH.
   */
  private evaluatedFindings(path: string, range: Range, callee: string, code: EvaluatedCode, grammar: Grammar, depth: number, lines: LineIndex): Finding[] {
    if ("unread" in code) return [dynamicCode.at(path, range, callee, code.unread)];
    // The file's docstring examples are judged once, by the file's own scan (their code holds the file's again).
    if (code.examples) return depth === 0 ? this.exampleFindings(path, `\`${callee}\` at line ${range.line}`, { evaluator: callee, evaluatorLine: range.line }, code.texts[0]!, code.examples, lines) : [];
    if (depth >= MAX_CODE_DEPTH) return [dynamicCode.at(path, range, callee, `code in code more than ${MAX_CODE_DEPTH} levels deep`)];
    const codeGrammar: Grammar = grammar === "python" ? "python" : this.grammars.languages.javascript ? "javascript" : grammar;
    const found = new Map<string, Finding>();
    // The names the caller gives the code come first, on lines of their own (EvaluatedCode.offset): not the code's lines.
    const offset = code.offset ?? 0;
    const givenLines = offset ? code.texts[0]!.slice(0, offset).split("\n").length - 1 : 0;
    for (const text of code.texts) {
      for (const finding of this.codeFindings(text, codeGrammar, depth + 1, code.binds === true, offset)) {
        if (finding.line <= givenLines) continue;
        const line = finding.line - givenLines;
        const message = `${finding.message} It runs in the code passed to \`${callee}\` (line ${line} of that code).`;
        const { fix: _, ...rest } = finding;
        const key = `${finding.rule}\0${finding.message}`;
        if (!found.has(key)) found.set(key, { ...rest, file: path, ...range, message, properties: { ...finding.properties, evaluator: callee, codeLine: line } });
      }
    }
    return [...found.values()];
  }

  /**
   * The docstring examples the project's configuration has doctest run (`ranBy`: pytest's `--doctest-modules`, `python
   * -m doctest`), each crossing at its example; one the file's own doctest call reports already is not reported again.
   */
  private configuredExamples(path: string, root: Node, text: string, ranBy: string, lines: LineIndex, found: readonly Finding[]): Finding[] {
    const code = text.includes(">>>") ? moduleExamples(root, text) : undefined;
    if (!code || !("texts" in code) || !code.examples) return [];
    const reported = new Set(found.map((f) => `${f.rule}\0${f.line}\0${f.column}`));
    return this.exampleFindings(path, ranBy, { evaluator: ranBy }, code.texts[0]!, code.examples, lines).filter((f) => !reported.has(`${f.rule}\0${f.line}\0${f.column}`));
  }

  /** A text file of doctest examples (`--doctest-glob`, `python -m doctest notes.txt`): each crossing at its example. */
  private textExamples(path: string, source: string, ranBy: string): FileScan {
    const lines = new LineIndex(source);
    if (source.length > this.maxBytes) {
      const skipped = `${source.length} characters is over the ${this.maxBytes}-byte limit (limits.max-file-bytes)`;
      return { findings: this.applySettings([skippedFile.at(path, WHOLE_FILE, skipped)]), parsed: false, lines: 0, skipped };
    }
    const code = textExamples(source);
    if (!code || !("texts" in code) || !code.examples) return { findings: [], parsed: false, lines: lines.lineCount };
    return { findings: this.applySettings(this.exampleFindings(path, ranBy, { evaluator: ranBy }, code.texts[0]!, code.examples, lines)), parsed: true, lines: lines.lineCount };
  }

  /**
   * What doctest runs from the file's docstrings (evaluators.ts docstringsCode), each finding placed at its example in
   * the file; the findings of the file's own code, scanned with them, are the file's already. `runs`: what runs them, as
   * the message names it.
   */
  private exampleFindings(path: string, runs: string, runner: Record<string, unknown>, text: string, examples: DocExamples, lines: LineIndex): Finding[] {
    const found = new Map<string, Finding>();
    const placed = (line: number, column: number) => {
      const place = examples.lines[line - examples.fromLine]!;
      return place.exact ? place.at + column - 1 : place.at;
    };
    for (const finding of this.codeFindings(text, "python", 1)) {
      if (finding.line < examples.fromLine) continue;
      const start = placed(finding.line, finding.column);
      const end = finding.endLine - examples.fromLine < examples.lines.length ? Math.max(start, placed(finding.endLine, finding.endColumn)) : start;
      const { fix: _, ...rest } = finding;
      const at = lines.range(start, end);
      const message = `${finding.message} It is ${examples.what}, which ${runs} runs.`;
      const key = `${at.line}\0${at.column}\0${finding.rule}\0${finding.message}`;
      if (!found.has(key)) found.set(key, { ...rest, file: path, ...at, message, properties: { ...finding.properties, ...runner } });
    }
    return [...found.values()];
  }

  /**
   * The boundary findings of code handed to an evaluator, parsed and analysed as a file of its own (no suppressions, no project).
   * `namespace`: Python code run in a namespace its caller reads (`exec`'s globals, `eval`'s value), whose top-level
   * names holding a watched value are reported too (boundNames).
   */
  private codeFindings(source: string, grammar: Grammar, depth: number, namespace = false, given = 0): Finding[] {
    const text = grammar === "python" ? pythonText(source) : source;
    const limitMs = this.limitFor(text);
    const language = this.grammars.languages[grammar]!;
    this.grammars.parser.setLanguage(language);
    const tree = this.parse(text);
    if (!tree) return [dynamicCode.at(CODE_PATH, WHOLE_FILE, "code", `parsing it took over ${limitMs} ms`)];
    try {
      const rules = this.rules[languageOf(grammar)];
      const analysis = grammar === "python" ? analyzePython(tree, text, language, rules.filter, false, limitMs) : analyzeJavaScript(tree, text, language, grammar !== "javascript", rules.filter, false, limitMs);
      const lines = new LineIndex(text);
      // A name respelled in the code (`eval("require('child\\u005fprocess')…")`) hides a call there as in a file.
      const respelled = respelledText(text, grammar) === undefined ? [] : respelledNames(tree, text, grammar).map(({ node, reads }) => respelledName.at(CODE_PATH, lines.range(node.startIndex, node.endIndex), hopText(text, { start: node.startIndex, end: node.endIndex, tracked: true }), hopText(reads, { start: 0, end: reads.length, tracked: true })));
      const found = this.boundaryFindings(CODE_PATH, analysis, rules, lines, text, grammar, depth);
      // A name bound is reported where the code crosses no boundary of its rule itself: its calls are the findings then.
      const crossed = new Set(found.map((f) => f.rule));
      const bound = namespace && grammar === "python" ? boundNames(analysis, rules, lines, given).filter((f) => !crossed.has(f.rule)) : [];
      return [...respelled, ...found, ...bound];
    } catch (e) {
      if (!(e instanceof QueryTimeout)) throw e;
      return [dynamicCode.at(CODE_PATH, WHOLE_FILE, "code", e.message)];
    } finally {
      tree.delete();
    }
  }

  /** The findings left once suppressions hid theirs; each suppression that hid something is added to `used`. */
  private applySuppressions(path: string, findings: Finding[], suppressions: ReturnType<typeof suppressionsOf>, lines: LineIndex, used: SuppressionUse[], root: Node): Finding[] {
    // Looked up by line, not searched per finding: a file of 40,000 suppressed calls took 7 s.
    const targets = new Set(suppressions.map((s) => s.target));
    const hidden = new Map<number, { rules: Set<string>; resolutions: ResolutionStep[][]; calls: SuppressedCall[] }>();
    let bindings: Bindings | undefined;
    const fileBindings = () => (bindings ??= bindingsOf(root));
    const kept = findings.filter((f) => {
      if (!SUPPRESSIBLE.has(f.rule) || !targets.has(f.line)) return true;
      let line = hidden.get(f.line);
      if (!line) hidden.set(f.line, (line = { rules: new Set(), resolutions: [], calls: [] }));
      line.rules.add(f.rule);
      line.resolutions.push(resolutionOf(f));
      const call = suppressedCall(root, lines.offset(f.line, f.column), lines.offset(f.endLine, f.endColumn), fileBindings);
      if (call && !line.calls.some((c) => c.line === call.line && c.endLine === call.endLine)) line.calls.push(call);
      return false;
    });
    // Every suppression covering a line that had a finding counts as used, not only the first.
    suppressions.forEach((s) => {
      const range = lines.range(s.start, s.end);
      const line = hidden.get(s.target);
      if (line) used.push({ file: path, ...range, marker: s.marker, target: s.target, rules: [...line.rules].sort(), resolutions: line.resolutions, ...(line.calls.length ? { calls: line.calls } : {}) });
      else kept.push(unusedSuppression.at(path, range, s.marker));
      if (this.config["require-reason"] && !s.reason) kept.push(suppressionWithoutReason.at(path, range, s.marker));
    });
    return kept;
  }

  /** `scan.rules`: per-rule off or severity (custom rules by their own id too). */
  private applySettings(findings: Finding[]): Finding[] {
    return withRuleSettings(findings, this.config.rules);
  }
}

/** A JSON object listing notebook cells (nbformat 4's `cells`, 3's `worksheets`), for a file whose name does not say it is a notebook. */
const NOTEBOOK_SHAPED = /^\s*\{[\s\S]*"(?:cells|worksheets)"\s*:/;

/** A text a file holds (notebook.ts): findings of its own syntax, and where a step in it is in the file (Scanner.scanText). */
interface HeldText {
  findings: (lines: LineIndex) => Finding[];
  place: (start: number, end: number) => PlacedHop;
}

/** How much of a step's source a message quotes. */
const HOP_TEXT = 80;

/** A resolution step as quoted in a message: its first line, whitespace collapsed, cut to HOP_TEXT. */
function hopText(text: string, hop: Hop): string {
  const newline = text.indexOf("\n", hop.start);
  const line = text.slice(hop.start, Math.min(hop.end, newline < 0 ? hop.end : newline, hop.start + HOP_TEXT + 1)).replace(/\s+/g, " ").replace(/`/g, "'").trim();
  return line.length > HOP_TEXT ? `${line.slice(0, HOP_TEXT - 1)}…` : line;
}
/** The key of a document's tree kept for its scans with the project's table. */
const projectKey = (path: string) => `${path}\0project`;

/** In-memory documents whose trees are kept for incremental re-parsing (editors have a few open). */
const KEPT_DOCUMENTS = 16;

/**
 * How far (in characters) a broken document may have moved from its last error-free text for a re-parse to
 * start from that tree: an error elsewhere in the file, left while the user edits far from it, would otherwise
 * make each keystroke re-parse everything between the two.
 */
const CLEAN_BASE_SPAN = 4096;

/** An in-memory document's last text and tree, and what its analysis left for the next edit. */
interface KeptDocument {
  text: string;
  tree: Tree;
  grammar: Grammar;
  state?: KeptAnalysis;
  /** What the scan of `text` reported (what a paused re-parse shows, moved by the edit, until it finishes). */
  findings?: Finding[];
  /** While the tree has syntax errors: the document's last error-free text and tree (and its analysis state, when no later analysis started from it). */
  clean?: { text: string; tree: Tree; state?: KeptAnalysis };
}

/** An edited document's parse, possibly paused: the parser holds its state between calls. */
interface DocumentParse {
  text: string;
  grammar: Grammar;
  parser: Parser;
  /** The edited copy of the tree it started from (none for a first parse). */
  base?: Tree;
  /** The edit from the text of `base` to `text`. */
  baseEdit?: Edit;
  /** Whether it started from the document's last error-free tree. */
  fromClean: boolean;
  spentMs: number;
}

/**
 * A finding's range (1-based lines and columns) in the text after `edit` (0-based rows and columns):
 * unchanged before it, shifted after it, undefined when it overlaps the replaced text.
 */
function movedRange(range: Range, edit: Edit): Range | undefined {
  const before = (line: number, column: number, row: number, col: number) => line - 1 < row || (line - 1 === row && column - 1 <= col);
  const { startPosition: start, oldEndPosition: oldEnd, newEndPosition: newEnd } = edit;
  if (before(range.endLine, range.endColumn, start.row, start.column)) return { line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn };
  if (!before(oldEnd.row + 1, oldEnd.column + 1, range.line - 1, range.column - 1)) return undefined;
  const move = (line: number, column: number) => ({ line: line + newEnd.row - oldEnd.row, column: line - 1 === oldEnd.row ? column + newEnd.column - oldEnd.column : column });
  const a = move(range.line, range.column);
  const b = move(range.endLine, range.endColumn);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Where a span of a file's text is, as another file's resolution step shows it (line index built on first use). */
/** Where a notebook's program text is in the notebook: a program range's, and a resolution step's (Scanner.scanNotebook). */
function notebookPlaces(path: string, text: string, program: NotebookProgram): { fileLines: LineIndex; fileRange: (start: number, end: number) => Range; place: (start: number, end: number) => PlacedHop } {
  const fileLines = new LineIndex(text);
  const fileRange = (start: number, end: number) => fileLines.range(program.at[start]!, end > start ? program.after[end - 1]! : program.at[start]!);
  return { fileLines, fileRange, place: (start, end) => ({ file: path, ...fileRange(start, end), text: hopText(program.text, { start, end, tracked: true }) }) };
}

function placer(path: string, text: string): (start: number, end: number) => PlacedHop {
  let lines: LineIndex | undefined;
  return (start, end) => ({ file: path, ...(lines ??= new LineIndex(text)).range(start, end), text: hopText(text, { start, end, tracked: true }) });
}

/** The single edit that turns `before` into `after`: common prefix and suffix kept, the middle replaced. */
export function editBetween(before: string, after: string): Edit {
  const max = Math.min(before.length, after.length);
  // Equal blocks are skipped by native string comparison, then the last block is walked by character
  // (a keystroke in a 5,000-line buffer compared 78,000 characters one call at a time).
  let start = 0;
  while (start + COMPARE_BLOCK <= max && before.slice(start, start + COMPARE_BLOCK) === after.slice(start, start + COMPARE_BLOCK)) start += COMPARE_BLOCK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix + COMPARE_BLOCK <= max - start && before.slice(before.length - suffix - COMPARE_BLOCK, before.length - suffix) === after.slice(after.length - suffix - COMPARE_BLOCK, after.length - suffix)) suffix += COMPARE_BLOCK;
  while (suffix < max - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return {
    startIndex: start,
    oldEndIndex: before.length - suffix,
    newEndIndex: after.length - suffix,
    startPosition: pointAt(before, start),
    oldEndPosition: pointAt(before, before.length - suffix),
    newEndPosition: pointAt(after, after.length - suffix),
  };
}

/** How many characters editBetween compares at once. */
const COMPARE_BLOCK = 256;

/** Tree-sitter's row/column of an offset (rows split at \n; columns in UTF-16 units, as the WASM binding counts). */
function pointAt(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** The first syntax error or missing token (only looked for when the tree says it has one). */
function errorRange(tree: Tree, lines: LineIndex) {
  const cursor = tree.walk();
  try {
    for (;;) {
      const node: Node = cursor.currentNode;
      if (node.isError || node.isMissing) return lines.range(node.startIndex, Math.max(node.endIndex, node.startIndex + 1));
      if (node.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return WHOLE_FILE;
    }
  } finally {
    cursor.delete();
  }
}

/**
 * The buffer files are read into, reused (one per thread): a zeroed buffer per file made every file's bytes
 * external memory for V8's collector to account and free. Files over KEPT_READ_BUFFER bytes get a buffer of
 * their own, so the one kept stays small.
 */
let readBuffer = Buffer.allocUnsafe(64 * 1024);
const KEPT_READ_BUFFER = 1024 * 1024;

/** How much of a file's start holds a `#!` line, as far as choosing its language goes. */
const SOURCE_HEAD_BYTES = 512;

/**
 * How a file's bytes become the text its language reads. JavaScript and TypeScript are UTF-8. Python (a file named as
 * Python, a script whose `#!` line runs it, or one the run configuration hands to it: `asPython`) honours a PEP 263
 * declaration (source-codec.ts), read in its first two lines whole.
 */
function sourceEncoding(path: string, bytes: Buffer, length: number, asPython: boolean): "utf8" | "latin1" | { skipped: string } {
  // Only a Python file's first bytes are read as text here (every file of a scan passes through).
  const grammar = grammarOf(path);
  if (!asPython) {
    if (grammar !== "python" && (grammar !== undefined || !extensionless(path))) return "utf8";
    if (grammar !== "python" && scriptGrammar(bytes.toString("latin1", 0, Math.min(length, SOURCE_HEAD_BYTES))) !== "python") return "utf8";
  }
  const codec = declaredCodec(bytes.toString("latin1", 0, twoLinesEnd(bytes.subarray(0, length))));
  return typeof codec === "string" ? codec : { skipped: `source encoding "${codec.other}" (its PEP 263 declaration) is not read by the scan: write the file as UTF-8` };
}

/**
 * A Git LFS pointer (spec v1; "hawser" its old name): the checkout holds it in place of the file, and a checkout that
 * fetches LFS content (`lfs: true`, `git lfs pull`) brings code the scan never saw. Pointers are under 1024 bytes.
 */
const LFS_POINTER = /^version https:\/\/(?:git-lfs|hawser)\.github\.com\/spec\/v1\r?\n/;
const LFS_POINTER_BYTES = 1024;
const LFS_SKIPPED = "it is a Git LFS pointer: the checkout holds no code, and a checkout that fetches LFS content brings code the scan never read";

/** The text of a file (`asPython`: one the run configuration hands to Python, whatever its name), or why it is not scanned. Reads at most maxBytes + 1 bytes. */
export function readSource(absolutePath: string, maxBytes: number, asPython = false): string | { skipped: string } {
  let fd: number;
  try {
    fd = openSync(absolutePath, "r");
  } catch (e) {
    return { skipped: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { skipped: `${size} bytes is over the ${maxBytes}-byte limit (limits.max-file-bytes)` };
    if (size > readBuffer.length && size <= KEPT_READ_BUFFER) readBuffer = Buffer.allocUnsafe(KEPT_READ_BUFFER);
    const buffer = size <= readBuffer.length ? readBuffer : Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    if (buffer.subarray(0, Math.min(read, 8192)).includes(0)) return { skipped: "binary content (NUL bytes)" };
    if (read <= LFS_POINTER_BYTES && LFS_POINTER.test(buffer.toString("latin1", 0, read))) return { skipped: LFS_SKIPPED };
    const encoding = sourceEncoding(absolutePath, buffer, read, asPython);
    if (typeof encoding !== "string") return encoding;
    // A UTF-8 byte order mark is not text (BYTE_ORDER_MARK): columns on line 1 count from after it, as editors show them.
    const text = buffer.toString(encoding, 0, read);
    return text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  } catch (e) {
    return { skipped: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

/** Scanners by configuration (by value: hosts may rebuild an equal config object for every call). */
const scanners = new Map<string, Promise<Scanner>>();
const KEPT_SCANNERS = 4;

/** In-memory scan for editors: the scanner for a configuration is built once and reused (warm rescans are incremental). */
export async function scanSource(path: string, text: string, options: ScannerOptions = {}): Promise<Finding[]> {
  return (await scannerFor(options)).scanSource(path, text);
}

/** The editors' scanner for a configuration (and project aliases), built once and reused. */
export function scannerFor(options: ScannerOptions): Promise<Scanner> {
  const key = JSON.stringify([options.config ?? DEFAULT_SCAN_CONFIG, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES, options.projectPrefixes ?? []]);
  let scanner = scanners.get(key);
  if (!scanner) {
    scanner = Scanner.create(options);
    scanners.set(key, scanner);
    if (scanners.size > KEPT_SCANNERS) {
      const oldest = scanners.keys().next().value!;
      void scanners.get(oldest)!.then((s) => s.dispose());
      scanners.delete(oldest);
    }
  }
  return scanner;
}
