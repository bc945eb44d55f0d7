/**
 * Parameter binding within one file, shared by the languages (python-parameters.ts, javascript-parameters.ts):
 * a function, method or class of the file called there with an argument that resolves to a watched value
 * has that parameter bound to the value inside its body, reached through the call site. A value is followed
 * however many calls deep (`UDPSocket(sock)` → its `super().__init__(sock)` → the base's `self._sock = sock` is
 * two): rounds until one binds nothing, each reading only the calls that can see what the previous one bound (a
 * text test before any tree access) and re-reading the assignments that mention it.
 */
import type { Node } from "@vscode/tree-sitter-wasm";
import type { Captures } from "./analysis";
import { type Bindings, type Fresh, type ModulePath, OBJECT, identifierAt, isComment, through } from "./resolve";
import { firstAtLeast } from "../kernel/sorted";

/** What a language's parameter binding reads from the file's first pass. */
export interface ParameterInput {
  source: string;
  bindings: Bindings;
  captures: Pick<Captures, "callees" | "locals" | "definitions">;
  resolve(node: Node): ModulePath | undefined;
  /** Could something reached from this value cross (ModuleFilter.reachesCrossing)? Only such values are bound. */
  crosses(path: ModulePath): boolean;
  known(name: string | undefined): boolean;
  binders: number[];
  /** What a parenthesized callee may hold to be called where it is written (functionCalledInPlace): the language's functions written in place. */
  inPlace: ReadonlySet<string>;
}

/** A value passed at a call, as the parameter holds it: the call site, then the parameter, are its newest steps (`client` ← `run(openai)`). */
export const passedThrough = (path: ModulePath, call: Node, param: Node): ModulePath => through(through(path, call), param);

/**
 * An object or dict literal's watched entries (key → value, the entry's node) as one value, what a plain parameter given it
 * holds: `new A({ fetch })` → `constructor(options)` … `options.fetch`, `go({"sh": subprocess.run})` → `def go(opts)` … `opts["sh"]`.
 */
export function objectValue(entries: ReadonlyMap<string, [ModulePath, Node]>): ModulePath {
  return { module: OBJECT, members: [], properties: Object.fromEntries([...entries].map(([key, [path, entry]]) => [key, through(path, entry)])) };
}

/** Is a resolved argument one to bind: a value a crossing can be reached from (ParameterInput.crosses), or an object literal's value (objectValue: such values only)? */
export const bindable = (path: ModulePath | undefined, crosses: (path: ModulePath) => boolean): path is ModulePath => path !== undefined && (path.properties !== undefined || crosses(path));

/**
 * A bound against hostile files (per file): definitions of one name considered as a call's target (a file defining
 * `f` 10,000 times), counted among those visible at the call only (visibleDefinitions). (A call's class is found as a
 * return's function is: factories.ts enclosing.)
 */
export const MAX_SAME_NAME = 16;

/**
 * The definitions of one name a call may reach, at most MAX_SAME_NAME: only those whose scope is around the call
 * (`scopeOf`: the scope a definition binds in), innermost scope first; within a scope, the last (JavaScript's hoisted
 * declaration, Python's final `def`), then those before the call nearest first (Python's latest `def` at the call),
 * then the others. `byName` keeps each name's definitions grouped by scope, read once per name.
 */
export function visibleDefinitions(bindings: Bindings, byName: Map<string, Map<number, Node[]>>, name: string, defs: readonly Node[] | undefined, scopeOf: (nameNode: Node) => number, call: number): Node[] {
  if (!defs?.length) return [];
  let byScope = byName.get(name);
  if (!byScope) {
    byName.set(name, (byScope = new Map()));
    for (const nameNode of defs) {
      const scope = scopeOf(nameNode);
      const group = byScope.get(scope);
      if (group) group.push(nameNode);
      else byScope.set(scope, [nameNode]);
    }
    for (const group of byScope.values()) group.sort((a, b) => a.startIndex - b.startIndex);
  }
  const out: Node[] = [];
  for (const scope of bindings.scopes.chain(call)) {
    const group = byScope.get(scope);
    if (!group) continue;
    // The first definition after the call (binary search): those before it are the call's nearest first.
    const low = firstAtLeast(group, call, (node) => node.startIndex);
    const last = group.length - 1;
    out.push(group[last]!);
    for (let i = Math.min(low, last) - 1; i >= 0 && out.length < MAX_SAME_NAME; i--) out.push(group[i]!);
    for (let i = last - 1; i >= low && out.length < MAX_SAME_NAME; i--) out.push(group[i]!);
    if (out.length >= MAX_SAME_NAME) break;
  }
  return out.slice(0, MAX_SAME_NAME);
}

/**
 * The function a callee is, of one of `kinds`, parenthesized (`(function (m) { … })(cp)`, `(lambda m: …)(os)`) or not
 * (`(function (m) { … }(cp))`, `!function (m) { … }(cp)`): that call's target.
 */
export function functionCalledInPlace(callee: Node, kinds: ReadonlySet<string>): Node | undefined {
  let inner: Node | null = callee;
  while (inner?.type === "parenthesized_expression") inner = inner.namedChildren.find((c) => c !== null && !isComment(c)) ?? null;
  return inner && kinds.has(inner.type) ? inner : undefined;
}

/** How much text after a call's `(` is read for a name that may resolve (the cheap test before the tree). */
const ARGUMENT_WINDOW = 400;

/** Can a word start with this character code (a letter, `_`, `$`, anything past ASCII)? */
const wordStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127;

/** Does the `{` at `at` open a function body (after `)` or `=>`), whose names are not what the call passes? */
function functionBody(source: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 10 || source.charCodeAt(i) === 9 || source.charCodeAt(i) === 13)) i--;
  return source[i] === ")" || source[i] === ">";
}

/** The offset of the `}` closing the block opened at `at` (braces counted), or `end`. */
function blockEnd(source: string, at: number, end: number): number {
  let depth = 0;
  for (let i = at; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  return end;
}

/**
 * Could the arguments of the call whose `(` is at `open` name a watched value? Each word from the `(` to the
 * matching `)` (nesting counted roughly, at most ARGUMENT_WINDOW characters; a callback's body is skipped) is
 * asked, in one pass over the text.
 */
export function mayPass(source: string, open: number, known: (name: string) => boolean): boolean {
  let depth = 0;
  const end = Math.min(source.length, open + ARGUMENT_WINDOW);
  for (let i = open; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 123 && functionBody(source, i)) i = blockEnd(source, i, end);
    else if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      if (--depth === 0) return false;
    } else if (wordStart(c)) {
      const word = identifierAt(source, i);
      if (word === undefined) continue;
      if (known(word)) return true;
      i += word.length - 1;
    }
  }
  return false;
}

/**
 * What an edit must not touch for a re-analysis of only its statements (region.ts) to stay equal to a full one:
 * the file's functions (a call the region adds may pass them a watched value) and those a call passes one to
 * (a region naming one may change that). A region defining a function is checked against the text (calledWithValue).
 */
export interface ParameterFacts {
  /** The file's functions and classes (Python: methods too) by name. */
  functions: ReadonlySet<string>;
  reached: ReadonlySet<string>;
}

/** A file none of whose names resolve: nothing to bind. */
export const NO_PARAMETERS: ParameterFacts = { functions: new Set(), reached: new Set() };

/**
 * `name(`, `self.name(`, `cls.name(`, `this.name(`, `super().name(`, `super.name(`: the calls parameter binding follows.
 * The lookahead first: the lookbehind's `\s*` would otherwise be tried back through every run of white space at each of
 * its positions (quadratic in the run: 5,000 lines whose comment lines are blank took 2.5 times as long).
 */
const CALL = /(?=[$\p{L}_])(?:(?<![.$\p{L}\p{N}_])|(?<=\b(?:self|cls|this|super(?:\(\s*\))?)\s*\.\s*))([$\p{L}_][$\p{L}\p{N}_]*)\s*\(/gu;

/** Is one of `names` called anywhere in `text` (as `name(`, `self.name(`, `this.name(`…) with arguments that may name a watched value? Read from the text only, in one pass. */
export function calledWithValue(text: string, names: ReadonlySet<string>, known: (name: string) => boolean): boolean {
  for (const match of text.matchAll(CALL)) if (names.has(match[1]!) && mayPass(text, match.index + match[0].length - 1, known)) return true;
  return false;
}

/** A name or slot assigned in a scope (other than as the parameter itself): its scope and where (a binder). */
export interface Occurrence {
  name: string;
  at: number;
  scope: number;
}

/** The binding side shared by the languages: reassignment check, hops, and what an edit must not touch. */
export class ParameterBinder {
  /** Occurrences by scope and name: a file of thousands of functions with a parameter of one name reads each function's own. */
  private byScope: Map<string, Occurrence[]> | undefined;
  /** Names of the file's functions a call passes a watched value to. */
  readonly reached = new Set<string>();

  constructor(
    private readonly bindings: Bindings,
    private readonly binders: number[],
    /** Every assignment or local of a simple name in the file (built once, on the first binding). */
    private readonly occurrences: () => Occurrence[],
  ) {}

  /**
   * Bind parameter `param` (an identifier; `name` its text) of a function whose body is `scopes` (the
   * function's, then its body block's) to `value`, which came through `site` (the call, or the default). A parameter assigned again in the function
   * (`client = other`, `for client in …`) is not bound to a value a call passed (which value a use sees depends on the
   * order; the value is reported where passed), but is to its default (`isDefault`: nothing else reports that one, and a use may see it).
   */
  bind(param: Node, name: string, scopes: readonly number[], parameters: { start: number; end: number }, value: ModulePath, site: Node, isDefault = false): boolean {
    const scope = scopes[0]!;
    if (this.bindings.boundIn(scope, name)) return false;
    this.byScope ??= groupByScope(this.occurrences());
    const again = isDefault ? [] : scopes.flatMap((s) => this.byScope!.get(`${s}\0${name}`) ?? []).filter((o) => o.at < parameters.start || o.at >= parameters.end);
    this.binders.push(param.startIndex, site.startIndex);
    if (again.length) {
      // Removing the reassignment would bind the parameter: an edit there re-analyzes the whole file.
      for (const o of again) this.binders.push(o.at);
      return false;
    }
    this.bindings.bind(scope, name, value);
    return true;
  }
}

function groupByScope(list: Occurrence[]): Map<string, Occurrence[]> {
  const out = new Map<string, Occurrence[]>();
  for (const o of list) {
    const key = `${o.scope}\0${o.name}`;
    const group = out.get(key);
    if (group) group.push(o);
    else out.set(key, [o]);
  }
  return out;
}

/**
 * Rounds until one binds nothing (each parameter is bound at most once, so they end): bind what the calls pass, then
 * re-read the assignments (`self.sock = sock`). After the first, a round looks only at calls whose arguments mention a
 * name bound since the previous one began (`fresh`), and a re-read only at assignments that mention one: what mentions
 * none resolves as before. `since`: names bound before the first round, which then looks only at the calls that see one.
 */
export function followParameters(bindings: Bindings, round: (fresh?: Fresh) => boolean, reread: (fresh: Fresh) => void, since?: Fresh): void {
  let fresh = since;
  for (;;) {
    const live = bindings.startFresh();
    if (!round(fresh)) break;
    reread(live);
    fresh = live;
  }
  bindings.startFresh();
}

/**
 * The calls a round after the first reads: those in the text that can see a name bound since the previous round
 * (Fresh.spans), found by binary search in `callees` ordered by place once (`ordered`), so a chain of thousands of
 * functions, one bound per round, costs each round its own few calls; without `fresh`, all.
 */
export function callsSeeing<T extends [Node, ...unknown[]]>(callees: readonly T[], ordered: { sorted?: T[] }, fresh: Fresh | undefined): Iterable<T> {
  const spans = fresh?.spans();
  if (!spans) return callees;
  const sorted = (ordered.sorted ??= [...callees].sort((a, b) => a[0].startIndex - b[0].startIndex));
  const out: T[] = [];
  for (const [start, end] of spans) {
    for (let i = firstAtLeast(sorted, start, ([node]) => node.startIndex); i < sorted.length && sorted[i]![0].startIndex < end; i++) out.push(sorted[i]!);
  }
  return out;
}

/** A bound on the re-reads after the first pass (rereadBoundLater): each is a chain of definitions written before what they read (`a = b.x` above `b = c` above `c = requests`). */
export const REREAD_ROUNDS = 8;

/**
 * The first pass reads a file's definitions in the order written, so one read before a name it mentions was bound
 * (`def get(u): fn = session.get` above `session = requests.Session()`; a bundle's functions above its
 * `var http = require("http")`) was read without it. After the pass such definitions are read again: each whose value
 * mentions a name the pass bound (`firstPass`) that a definition after it binds. Then, in rounds, those that mention a
 * name the round before bound: REREAD_ROUNDS in all, at most. `reread(fresh, mentioned)` reads the definitions
 * `mentioned` selects, else those mentioning one of `fresh`.
 */
export function rereadBoundLater(source: string, bindings: Bindings, firstPass: Fresh, definitions: ReadonlyArray<readonly [Node, Node, ...unknown[]]>, reread: (fresh: Fresh, mentioned?: (target: number, value: number, end: number) => boolean) => void): void {
  if (firstPass.empty) return;
  // Where each name the pass bound is last defined (a word of a definition's target: `x`, `self.client`, `{ get }`); a
  // name bound otherwise (no such definition) may have been bound anywhere.
  const lastDefined = new Map<string, number>();
  for (const [nameNode, value] of definitions) {
    const at = Math.min(nameNode.startIndex, value.startIndex);
    forEachWord(source, nameNode.startIndex, nameNode.endIndex, (word) => {
      if (firstPass.named(word) && at > (lastDefined.get(word) ?? -1)) lastDefined.set(word, at);
    });
  }
  const boundAfter = (target: number, value: number, end: number) => {
    if (!mentions(source, target, value, end, firstPass)) return false;
    const read = Math.min(end, value + MENTION_WINDOW);
    let later = false;
    forEachWord(source, value, read, (word) => (later ||= firstPass.named(word) && (lastDefined.get(word) ?? Infinity) > target));
    return later || end > read;
  };
  let fresh = bindings.startFresh();
  reread(firstPass, boundAfter);
  for (let round = 1; round < REREAD_ROUNDS && !fresh.empty; round++) {
    const next = bindings.startFresh();
    reread(fresh);
    fresh = next;
  }
  bindings.startFresh();
}

/** Each identifier starting in [from, to) of the source. */
function forEachWord(source: string, from: number, to: number, each: (word: string) => void): void {
  for (let i = from; i < to; i++) {
    if (!wordStart(source.charCodeAt(i))) continue;
    const word = identifierAt(source, i);
    if (word === undefined) continue;
    each(word);
    i += word.length - 1;
  }
}

/** How much of an assigned value is read for a mention: a longer one is read again whatever it names (padding must not hide one). */
const MENTION_WINDOW = 4000;

/** Does an assignment name one of `fresh` where it can see it (its target's first name, or a word of its value, which spans [value, end))? */
export function mentions(source: string, target: number, value: number, end: number, fresh: Fresh): boolean {
  if (!fresh.covers(target)) return false;
  const name = identifierAt(source, target);
  if (name !== undefined && fresh.at(name, target)) return true;
  const read = Math.min(end, value + MENTION_WINDOW);
  // The scopes around the value are listed once, for all its words (a minified bundle's `e` is on every line).
  const seen = fresh.atOffset(value);
  for (let i = value; i < read; i++) {
    if (!wordStart(source.charCodeAt(i))) continue;
    const word = identifierAt(source, i);
    if (word === undefined) continue;
    if (seen(word)) return true;
    i += word.length - 1;
  }
  return end > read;
}

/** Scopes are keyed by node id: is `scope` one of those around `offset`? */
export const encloses = (bindings: Bindings, scope: number, offset: number): boolean => {
  for (const id of bindings.scopes.chain(offset)) if (id === scope) return true;
  return false;
};
