/**
 * Factories, shared by the languages: a function of a file's top level whose `return` (or the body of an arrow or a lambda) resolves to
 * a watched value — `def get_client(): return httpx.Client()`, `export function getFetch() { return globalThis.fetch }`.
 * Its name is bound in the file scope to that value flagged `returns` (resolve.ts), so a call of it is the value
 * (`get_client().get(u)`, `this.fetch = getFetch()` … `this.fetch(u)`), here and, through the project's symbol
 * table (project.ts), in every file that imports it. A function returning a function that returns the value (`() => () =>
 * cp.exec`, a nested `def` returned) is a factory of factories (`returns` counts the calls), MAX_HANDED_DEPTH functions
 * deep (makerOf). Bounded: MAX_FACTORY_DEPTH passes over the file's returns
 * (a factory returning the call of another factory of the same file); across files a factory returning an imported
 * factory's call is seen by its importers in the next round of the cross-file pass (run.ts, MAX_ROUNDS).
 *
 * Returned values are found in the text (`return`, and in JavaScript `=>`, followed by a name that may resolve),
 * and only those are looked up in the tree: a query capturing every return made the analysis about 10% slower.
 */
import type { Node } from "@vscode/tree-sitter-wasm";
import { MAX_HANDED_DEPTH } from "./analysis";
import { type Bindings, type Fresh, type ModulePath, NOTHING, type ReturnedParameter, heldValues, identifierAt, identifiersIn, isComment, mayFallBack, someIdentifierIn, through, yieldsToAnother } from "./resolve";
import { firstAtLeast } from "../kernel/sorted";

/** A watched function a function written in place returns (returnsOfHanded), and the callee of the call that function is handed to (or the language's TOO_DEEP). */
export interface HandedReturn {
  value: Node;
  path: ModulePath;
  callee: Node | string;
}

/**
 * The watched functions returned by functions written in place and handed to one of the calls of `callees` (the callee
 * nodes being analysed: `lazy(() => cp.exec)`, `lazy(lambda: os.system)`, `new Proxy(t, { get: () => cp.exec })`) that
 * `accepts`: whoever calls the function gets the watched one. `handedTo` reads a returned value's function and the
 * callee of the call it is handed to (a string where the language names the receiver itself: too deep, a Python class statement), else
 * undefined (bound to a name, called in place). A module returned is not reported, as a module handed over is not.
 */
export function returnsOfHanded(callees: readonly Node[], source: string, known: (name: string | undefined) => boolean, language: FactoryLanguage, handedTo: (value: Node) => Node | string | undefined, accepts: (callee: Node) => boolean, resolve: (value: Node) => ModulePath | undefined): HandedReturn[] {
  const out: HandedReturn[] = [];
  if (!callees.length) return out;
  // From the first callee on (a node's parent costs a walk down from the root: calls are matched by their callees).
  const from = callees.reduce((start, callee) => Math.min(start, callee.startIndex), source.length);
  const values = returnedValues(source, callees[0]!.tree.rootNode, known, language, from);
  if (!values.length) return out;
  const analysed = new Set(callees.map((callee) => callee.id));
  for (const value of values) {
    const callee = handedTo(value);
    if (callee === undefined || (typeof callee !== "string" && (!analysed.has(callee.id) || !accepts(callee)))) continue;
    const path = resolve(value);
    if (!path || path.returns) continue;
    for (const held of path.properties ? heldValues(path) : [path]) if (held.members.length > 0) out.push({ value, path: held, callee });
  }
  return out;
}

/**
 * The parameter a returned value names when the function returning it is the factory and the value is that
 * parameter's default (its binding's newest step is the parameter with its default: not a value a call passed), else undefined.
 */
function returnedDefault(value: Node, path: ModulePath, language: FactoryLanguage): ReturnedParameter | undefined {
  const found = language.returnedParameter(value);
  const step = path.via?.[0];
  if (!found || !step || step.placed || step.start !== found.holder.startIndex || step.end !== found.holder.endIndex) return undefined;
  // The function body must only read the parameter: assigned there (or maybe, by code read at run time), it returns more than what a call passed.
  const text = found.body.text;
  if (language.rebinds.test(text)) return undefined;
  const name = value.text;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const node = found.body.descendantForIndex(found.body.startIndex + at, found.body.startIndex + at + name.length);
    if (!node) return undefined;
    if (node.text !== name || node.startIndex !== found.body.startIndex + at) continue;
    if (node.type !== "identifier") {
      // A shorthand pattern (`({ f } = o)`) binds the name; a property, a string or a comment does not.
      if (node.type.endsWith("_pattern")) return undefined;
      continue;
    }
    const field = node.parent ? language.readIn[node.parent.type] : undefined;
    if (field === undefined || (field !== "" && node.parent!.childForFieldName(field)?.id !== node.id)) return undefined;
  }
  return found.parameter;
}

/** Passes over a file's returns: 2 = a factory may return the call of another factory of the same file. */
export const MAX_FACTORY_DEPTH = 2;

/**
 * How much text after an opening parenthesis, bracket or brace (`return (\n a ?? b\n)`, `return { run: cp.exec }`) is read
 * for a name that may resolve; a value not closed within it may resolve (padding must not hide one), and the tree decides.
 */
const PAREN_WINDOW = 200;

/**
 * Levels walked up from a returned value to its function (a hostile file nests thousands of blocks, and each step up
 * costs a walk down from the root in tree-sitter). Past them, the top-level statement holding the value is taken as its
 * function (enclosing): a watched value returned deeper is its factory's, reported with WALK_NOTE.
 */
export const MAX_WALK = 64;

/** What a finding through a factory whose return was found past MAX_WALK levels says. */
export const WALK_NOTE = `Its \`return\` is nested more than ${MAX_WALK} levels deep in the function (followed ${MAX_WALK} levels deep; deeper is not followed: the top-level function holding it is taken as the factory)`;

/** What a finding through a static method or class method whose return was found past MAX_WALK levels says. */
export const METHOD_WALK_NOTE = `Its \`return\` is nested more than ${MAX_WALK} levels deep in the method (followed ${MAX_WALK} levels deep; deeper is not followed: the method of the top-level class holding it is taken as the factory)`;

/**
 * Classes nested in classes (Python's class statements, JavaScript's classes held by static fields) whose static or
 * class methods, and Python properties, are read through (`Outer.Inner.make()`); a deeper one is not followed.
 */
export const MAX_NESTED_CLASSES = 8;

/**
 * What a finding through a static method of a class nested deeper than MAX_NESTED_CLASSES says: the method is bound as
 * the slot of the outermost two classes (`A.B`, outerSlot), and every member read through it is taken as the method.
 */
export const CLASS_NOTE = `It is a method of a class nested more than ${MAX_NESTED_CLASSES} classes deep (followed ${MAX_NESTED_CLASSES} nested classes deep; deeper is not followed: any member of its outermost two classes is taken as the method)`;

/** What a language tells the factory search. */
export interface FactoryLanguage {
  /** The keyword of the language's function whose body is an expression it returns: JavaScript's `=>`, Python's `lambda`. */
  expressionBody: "=>" | "lambda";
  /** The language's fallback operators (`??`, `or`): a value not starting with a known name may still resolve. */
  fallback: RegExp;
  /** The name node of the top-level function a returned value belongs to, else undefined (`past`: enclosing's). */
  ownerName(value: Node, past?: { hit: boolean }): Node | undefined;
  /**
   * The class name and slot of the method a returned value belongs to, else undefined: a static method's (`B.make`, a
   * factory: `returns`), an instance method's (`B.prototype.make`; Python's `self.make`, `instance`), or in Python a
   * property's (`self.run`, the value itself); `offered`: the slot other files reach a Python instance's member by (`B.prototype.make`).
   */
  staticMethod?(value: Node): { owner: Node; slot: string; returns: boolean; past?: boolean; walked?: boolean; instance?: boolean; offered?: string } | undefined;
  /**
   * The test of a name more than one method of the file bears (`def run(` twice), read once per file. Where an
   * instance's members are the file's (Python's `self.X`), which class's method a call reaches is not known: none is
   * bound, and a watched function returned is reported where returned (UnfollowedMethod).
   */
  sharedMethodNames?(source: string): (name: string) => boolean;
  /**
   * The function written in place a returned value belongs to where a name's definition holds it (an object literal's
   * property or method, the value assigned to a property or an export, a default export: `{ make: () => cp }`,
   * `exports.make = function () { … }`, `export default () => cp.exec`), and the word naming it there (what the
   * definition holding it mentions); else undefined (handed to a call, called in place, nested in another function).
   */
  placedFunction?(value: Node): { fn: Node; name: string } | undefined;
  /**
   * The parameter with a default (`f = fetch`, `f=os.system`: `holder`) of the plain function (`body`) a returned name
   * (`return f`) belongs to, named by it; else undefined (not a parameter, none there, a method, a decorated function).
   */
  returnedParameter(value: Node): { body: Node; holder: Node; parameter: ReturnedParameter } | undefined;
  /** Where a name is only read, not bound (by parent node type: the field it must be, "" any): anywhere else a returned parameter may be rebound. */
  readIn: Readonly<Record<string, string>>;
  /** Code that may rebind a function's names without naming them where it does (`eval`, `with`; `exec`, frames' `f_locals`). */
  rebinds: RegExp;
  /** The node types of the language's functions and class bodies: a returned value's function is the nearest (enclosing), if no class. */
  functions: ReadonlySet<string>;
  /** Functions written in place that a factory may return (`=>`, `function () {}`, `lambda`): their `body` field is theirs. */
  inPlace: ReadonlySet<string>;
  /** A function defined by a statement (`function inner() {}`, `def inner():`), returned by its name. */
  declaration: string;
}

/** A watched function an instance method returns whose calls are not followed (sharedMethodNames): reported where returned. */
export interface UnfollowedMethod {
  value: Node;
  path: ModulePath;
  /** The method's name. */
  method: string;
}

/**
 * What makes a returned value's factory: its owner (a top-level function's name) or method, and the calls from it to the
 * value (`() => () => cp.exec`: 2), walking up through the functions that return the one returning it.
 */
interface Maker {
  owner?: Node;
  method?: NonNullable<ReturnType<NonNullable<FactoryLanguage["staticMethod"]>>>;
  /** A function written in place where a definition holds it (FactoryLanguage.placedFunction). */
  placed?: { fn: Node; name: string };
  calls: number;
  /** The functions walked up through, as their returns (`return inner`), innermost first: steps of the resolution. */
  steps: Node[];
  /** The owner's `return` nested past MAX_WALK tree levels (WALK_NOTE). */
  walked: boolean;
  /** The functions returning functions nested past MAX_HANDED_DEPTH: the top-level function holding them is taken (NESTED_NOTE). */
  nested: boolean;
}

/** What a finding through a function returning functions nested past MAX_HANDED_DEPTH says. */
export const NESTED_NOTE = `It is returned by functions returning functions nested more than ${MAX_HANDED_DEPTH} functions deep (followed ${MAX_HANDED_DEPTH} functions deep; deeper is not followed: a call of the top-level function holding them is taken as the value)`;

/**
 * The factory `value` (resolving to a value `calls` calls from its function: 1, or more for a factory returned) makes, if
 * any: of its own function, or of a function returning that function (`() => () => cp.exec`, `return function () { … }`,
 * `lambda: lambda: os.system`, a nested `def inner` returned as `return inner`), and so on up, MAX_HANDED_DEPTH functions
 * (each step up costs walks down from the root: a hostile file nests thousands); past them, the top-level function holding
 * them, its call taken as the value (fail closed).
 */
function makerOf(value: Node, calls: number, source: string, root: Node, language: FactoryLanguage): Maker | undefined {
  const past = { hit: false };
  const steps: Node[] = [];
  // `hops`: functions walked up through (a nested function's call returned, `return inner()`, is one with no call more).
  for (let returned = value, depth = calls, hops = 0; ; hops++) {
    const owner = language.ownerName(returned, past);
    const method = owner ? undefined : language.staticMethod?.(returned);
    const placed = owner || method ? undefined : language.placedFunction?.(returned);
    // Past the depth through factories returned by name (`return make`), the call is taken as the value as below.
    if (owner || method || placed) return depth <= MAX_HANDED_DEPTH ? { owner, method, placed, calls: depth, steps, walked: past.hit, nested: false } : { owner, method, placed, calls: 1, steps, walked: past.hit, nested: true };
    const outer = returnedFunction(returned, source, root, language);
    if (!outer) return undefined;
    if (depth < MAX_HANDED_DEPTH && hops < MAX_HANDED_DEPTH) {
      returned = outer.node;
      if (!outer.called) depth++;
      steps.push(outer.node.parent ?? outer.node);
      continue;
    }
    // The top-level function holding it: its body's owner is it.
    const top = topDefinition(returned, language.functions);
    const body = top?.childForFieldName("body");
    const topOwner = body ? language.ownerName(body) : undefined;
    const topMethod = body && !topOwner ? language.staticMethod?.(body) : undefined;
    return topOwner || topMethod ? { owner: topOwner, method: topMethod, calls: 1, steps: [], walked: false, nested: true } : undefined;
  }
}

/** What stops the walk up to a function: a class body (its functions are methods, another matter). */
const CLASSES = new Set(["class_body", "class_definition"]);

/**
 * The value a function returns when it is the function `value` is returned by (`() => () => cp.exec`: the inner arrow;
 * `def inner(): return os` … `return inner`: that `inner`; a local holding it, `const g = () => cp.exec; return g`), or
 * its call (`return inner()`: `called`, no call more), else undefined.
 */
function returnedFunction(value: Node, source: string, root: Node, language: FactoryLanguage): { node: Node; called: boolean } | undefined {
  const fn = enclosing(value, language.functions);
  if (!fn || CLASSES.has(fn.type)) return undefined;
  let name: string | undefined;
  let holder = fn;
  if (language.inPlace.has(fn.type)) {
    let node = fn;
    while (node.parent?.type === "parenthesized_expression") node = node.parent;
    const parent = node.parent;
    if (parent && (parent.type === "return_statement" || (language.inPlace.has(parent.type) && parent.childForFieldName("body")?.id === node.id))) return { node, called: false };
    // `const g = () => cp.exec; return g`, `g = lambda: os.system` … `return g`: the local holding it, returned by its name.
    const fields = parent ? LOCAL_HOLDERS[parent.type] : undefined;
    const local = fields && parent!.childForFieldName(fields.value)?.id === node.id ? parent!.childForFieldName(fields.name) : null;
    if (local?.type !== "identifier") return undefined;
    name = local.text;
    holder = parent!;
  } else if (fn.type === language.declaration && fn.parent?.type !== "decorated_definition") name = fn.childForFieldName("name")?.text;
  const outer = name ? enclosing(holder, language.functions) : undefined;
  if (!outer || CLASSES.has(outer.type)) return undefined;
  // `return inner` or `return inner()` in the function around it (not in another function nested there).
  const outerEnd = outer.endIndex;
  for (let i = source.indexOf("return", outer.startIndex); i >= 0 && i < outerEnd; i = source.indexOf("return", i + 6)) {
    const at = valueStart(source, i, "return");
    if (at === undefined || identifierAt(source, at) !== name) continue;
    const returned = returnedAt(source, root, i, language);
    const called = returned !== undefined && CALLS.has(returned.type);
    const callee = called ? returned.childForFieldName("function") : returned;
    if (callee?.type === "identifier" && callee.text === name && enclosing(returned!, language.functions)?.id === outer.id) return { node: returned!, called };
  }
  return undefined;
}

/** The assignments and declarations of a local that may hold a function written in place: their name's and value's fields (JavaScript's `g ??= () => …` too). */
const LOCAL_HOLDERS: Readonly<Record<string, { name: string; value: string }>> = { variable_declarator: { name: "name", value: "value" }, assignment_expression: { name: "left", value: "right" }, augmented_assignment_expression: { name: "left", value: "right" }, assignment: { name: "left", value: "right" } };

/** Call nodes (JavaScript's, Python's): `return inner()` returns what `inner` returns. */
const CALLS = new Set(["call_expression", "call"]);

export interface FactoryInput {
  source: string;
  root: Node;
  bindings: Bindings;
  known(name: string | undefined): boolean;
  resolve(node: Node): ModulePath | undefined;
  binders: number[];
  /** Re-read what mentions the names just bound (shadowing locals, and the assignments `mentioned` says mention one). */
  rebind(fresh: Fresh, mentioned: Mentioned | undefined): void;
}

/** Does the definition whose name starts at `target` and value spans [value, end) mention a name just bound? */
export type Mentioned = (target: number, value: number, end: number) => boolean;

/** Factories of one pass whose names are searched in the text (a hostile file defines thousands). */
const MAX_SEARCHED_NAMES = 32;

const WORD_CHAR = /[\w$]/;

/**
 * The values returned in [from, to) whose text may resolve (a name `known` may resolve at their start, after `new` or
 * `await`, inside a leading parenthesis, bracket or brace — a literal holding watched values: `return { run: cp.exec }`;
 * an arrow's `{` opens its body —, or on a line with a fallback operator), as tree nodes.
 */
export function returnedValues(source: string, root: Node, known: (name: string | undefined) => boolean, language: FactoryLanguage, from = 0, to = source.length, holds: (name: string) => boolean = known): Node[] {
  const out: Node[] = [];
  for (const keyword of ["return", language.expressionBody]) {
    for (let i = source.indexOf(keyword, from); i >= 0 && i < to; i = source.indexOf(keyword, i + keyword.length)) {
      const at = valueStart(source, i, keyword);
      if (at === undefined || (at !== UNREAD_START && !mayResolveAt(source, at, known, language.fallback, keyword === "=>", holds))) continue;
      const value = returnedAt(source, root, i, language);
      if (value) out.push(value);
    }
  }
  return out;
}

/** Where the value after the `return`, `=>` or `lambda …:` at `i` starts, else undefined (a word holding `return`). */
function valueStart(source: string, i: number, keyword: string): number | undefined {
  if (keyword !== "=>" && (WORD_CHAR.test(source[i - 1] ?? " ") || WORD_CHAR.test(source[i + keyword.length] ?? " "))) return undefined;
  let at = keyword === "lambda" ? lambdaBody(source, i + keyword.length) : i + keyword.length;
  if (at === undefined) return undefined;
  // Not past a line end: `return\n x` returns nothing in JavaScript, and is a syntax error in Python.
  while (source[at] === " " || source[at] === "\t") at++;
  return at;
}

/** How far past `lambda` the `:` after its parameters is looked for in the text. */
const LAMBDA_PARAMETERS = 200;
/** A value start not read from the text (a lambda's parameters longer than LAMBDA_PARAMETERS, or holding a string): the tree finds the value. */
const UNREAD_START = -1;

/**
 * After a `lambda`'s parameters, the `:` its body follows (one outside their brackets, on the line); undefined where
 * the line ends first; UNREAD_START past LAMBDA_PARAMETERS characters or a string (padding must not hide a body, and
 * a scan to the file's end for each `"lambda ("` in 40,000 strings took 52 s).
 */
function lambdaBody(source: string, from: number): number | undefined {
  let depth = 0;
  for (let i = from, end = Math.min(source.length, from + LAMBDA_PARAMETERS); i < end; i++) {
    const c = source[i]!;
    if (c === "\n" && depth === 0) return undefined;
    if (UNREAD.has(c)) return UNREAD_START;
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c)) depth--;
    else if (c === ":" && depth === 0) return i + 1;
  }
  return from + LAMBDA_PARAMETERS < source.length ? UNREAD_START : undefined;
}

/**
 * The values found by returnedAt, by the keyword's offset, for one tree and text: the factory passes and the search for
 * functions handed over (returnsOfHanded) read the same returns, each found by a walk down from the root.
 */
let returnsFound: { tree: Node["tree"]; source: string; values: Map<number, Node | undefined> } | undefined;

/** The value returned by the `return`, `=>` or `lambda` at `i` (a tree node), else undefined. */
function returnedAt(source: string, root: Node, i: number, language: FactoryLanguage): Node | undefined {
  if (returnsFound?.tree !== root.tree || returnsFound.source !== source) returnsFound = { tree: root.tree, source, values: new Map() };
  const { values } = returnsFound;
  if (values.has(i)) return values.get(i);
  const value = findReturned(source, root, i, language);
  values.set(i, value);
  return value;
}

function findReturned(source: string, root: Node, i: number, language: FactoryLanguage): Node | undefined {
  const keyword = source.startsWith("return", i) ? "return" : language.expressionBody;
  // The keyword is an anonymous token: what holds it is the smallest named node around it, found without asking
  // for a parent (a walk down from the root). Any other node there (a comment holding the word) is asked as before.
  const named = root.namedDescendantForIndex(i, i + keyword.length);
  const holder = named?.type === "return_statement" || named?.type === "arrow_function" || named?.type === "lambda" ? named : root.descendantForIndex(i, i + keyword.length)?.parent;
  const value = holder?.type === "return_statement" ? holder.namedChildren.find((c) => c !== null && !isComment(c)) : (holder?.type === "arrow_function" || holder?.type === "lambda") && keyword !== "return" ? holder.childForFieldName("body") : undefined;
  return value && value.type !== "statement_block" && value.startIndex >= valueStart(source, i, keyword)! ? value : undefined;
}

/**
 * The `return`s and `=>`s of the text by the name their value starts with (after `new`, `await` or an opening
 * parenthesis): `return b()` under `b`. One pass, each keyword once.
 */
function returnsByHead(source: string, language: FactoryLanguage): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const keyword of ["return", language.expressionBody]) {
    for (let i = source.indexOf(keyword); i >= 0; i = source.indexOf(keyword, i + keyword.length)) {
      let at = valueStart(source, i, keyword);
      // A lambda whose parameters are longer than read is not indexed by its value's name (it is found by returnedValues).
      if (at === undefined || at === UNREAD_START) continue;
      while (source[at] === "(" || source[at] === " ") at++;
      let head = identifierAt(source, at);
      if (head === "new" || head === "await") {
        at += head.length;
        while (source[at] === " ") at++;
        head = identifierAt(source, at);
      }
      if (head === undefined) continue;
      const list = out.get(head);
      if (list) list.push(i);
      else out.set(head, [i]);
    }
  }
  return out;
}

/**
 * `arrow`: after `=>` the fallback forms are not looked for (minified code has thousands of arrows on lines full of `?`).
 * `holds`: the test of the names in a returned literal (`return { … }`, `return [ … ]`), stricter than `known` where the
 * caller has one (a name bound to a watched value, not a slot's root: `return {"a": self.a}` is common and holds nothing).
 */
function mayResolveAt(source: string, at: number, known: (name: string | undefined) => boolean, fallback: RegExp, arrow: boolean, holds: (name: string) => boolean): boolean {
  const head = identifierAt(source, at);
  if (head !== undefined) {
    if (known(head)) return true;
    if (head === "new" || head === "await") {
      let next = at + head.length;
      while (source[next] === " ") next++;
      if (known(identifierAt(source, next))) return true;
    }
  } else if (source[at] === "(") return identifiersIn(source.slice(at, at + PAREN_WINDOW)).some(known) || !closesWithin(source, at, PAREN_WINDOW);
  else if (source[at] === "[" || (source[at] === "{" && !arrow)) return someIdentifierIn(source, at, at + PAREN_WINDOW, holds) || !closesWithin(source, at, PAREN_WINDOW);
  if (arrow) return false;
  // `return 1, os.system`: a tuple (Python) or the comma's last value (JavaScript) whose first element names nothing.
  const line = source.slice(at, Math.min(source.length, at + PAREN_WINDOW)).split("\n", 1)[0]!;
  if (line.includes(",") && (identifiersIn(line).some(known) || line.length === PAREN_WINDOW)) return true;
  return mayFallBack(source, at, source.length, known, fallback);
}

const OPENERS = new Set(["(", "[", "{"]);
const CLOSERS = new Set([")", "]", "}"]);
/** Characters that may start a string, a comment or a regular expression, where a bracket would not count. */
const UNREAD = new Set(["'", '"', "`", "/", "#"]);

/**
 * Does the bracket opened at `at` close within `window` characters? Not if a string, comment or regular expression may
 * come first (a bracket there would not count): then the value is longer than read, and the tree is asked.
 */
function closesWithin(source: string, at: number, window: number): boolean {
  let depth = 0;
  for (let i = at, end = Math.min(source.length, at + window); i < end; i++) {
    const c = source[i]!;
    if (UNREAD.has(c)) return false;
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c) && --depth === 0) return true;
  }
  return false;
}

export function bindFactories({ source, root, bindings, known, resolve, binders, rebind }: FactoryInput, language: FactoryLanguage): UnfollowedMethod[] {
  const scope = bindings.scopes.rootId;
  const done = new Set<number>();
  const unfollowed: UnfollowedMethod[] = [];
  let shared: ((name: string) => boolean) | undefined;
  /** Bind the factory `value` makes (a top-level function's name, a static method's slot), pushing its name to `named`. */
  const bindReturned = (value: Node, named: string[]): void => {
    if (done.has(value.startIndex)) return;
    const path = resolve(value);
    // A member of a factory is nothing; a factory returned makes a factory of factories (its calls one more).
    if (!path || path.module === NOTHING) return;
    done.add(value.startIndex);
    // A factory returned that was taken as its value past the depth is taken so again (its note kept).
    const maker = makerOf(value, path.unfollowed === NESTED_NOTE ? 1 : (path.returns ?? 0) + 1, source, root, language);
    if (!maker) return;
    const { owner, method, placed, calls } = maker;
    const { returns: _, ...returned } = maker.steps.reduce((step, node) => through(step, node), through(path, value.parent ?? value));
    const held = { ...returned, ...(maker.nested ? { unfollowed: NESTED_NOTE } : {}) };
    // `function make(f = fetch) { return f }`: the default is its value where a call does not pass `f` (resolve.ts called).
    const parameter = calls === 1 && maker.steps.length === 0 && !maker.nested ? returnedDefault(value, path, language) : undefined;
    const factory = { ...held, returns: calls, ...(parameter ? { unlessPassed: parameter } : {}) };
    // The first return that resolves decides (as the first watched value of a name does), but a returned default yields to another return (resolve.ts rebound).
    const taken = (bound: ModulePath | undefined) => bound !== undefined && !yieldsToAnother(bound);
    // `class B { static make() { return cp.exec } }`: the slot `B.make` is the factory (its first return that resolves decides too).
    const methodName = method?.instance ? method.slot.slice(method.slot.lastIndexOf(".") + 1) : undefined;
    if (methodName !== undefined && language.sharedMethodNames && (shared ??= language.sharedMethodNames(source))(methodName)) {
      binders.push(value.startIndex);
      for (const one of path.properties ? heldValues(path) : [path]) if (one.members.length > 0) unfollowed.push({ value, path: one, method: methodName });
    } else if (method && !taken(bindings.slotPath(method.slot.split(".")))) {
      binders.push(method.owner.startIndex, value.startIndex);
      // A property's slot is the value itself, one call nearer (`@property def run(self): return os.system`).
      const note = method.past ? { unfollowed: CLASS_NOTE } : method.walked ? { unfollowed: METHOD_WALK_NOTE } : {};
      const slot = method.returns ? { ...factory, ...note } : { ...held, ...note, ...(calls > 1 ? { returns: calls - 1 } : {}) };
      bindings.bindSlot(method.slot, slot);
      if (method.offered) bindings.offer(method.offered, slot);
      named.push(method.owner.text);
      // `const f = k.run()`: a definition mentioning the method, not its class.
      if (methodName !== undefined) named.push(methodName);
    }
    // `{ make: () => cp }`, `exports.make = function () { return cp }`: the function is the factory wherever its definition puts it.
    if (placed && !taken(bindings.returnedBy(placed.fn.startIndex))) {
      binders.push(placed.fn.startIndex, value.startIndex);
      bindings.bindReturning(placed.fn.startIndex, factory, placed.name);
      named.push(placed.name);
    }
    if (!owner || taken(bindings.boundIn(scope, owner.text))) return;
    // An edit of the value or the name unmakes the factory: the editor analyzes the whole file then (region.ts).
    binders.push(owner.startIndex, value.startIndex);
    bindings.bind(scope, owner.text, { ...factory, ...(maker.walked ? { unfollowed: WALK_NOTE } : {}) });
    named.push(owner.text);
  };
  let named: string[] = [];
  let fresh: Fresh | undefined;
  for (let depth = 0; depth < MAX_FACTORY_DEPTH; depth++) {
    fresh = bindings.startFresh();
    named = [];
    // Read again each pass: a factory bound by the previous one (a name now known) may make a value resolve.
    for (const value of returnedValues(source, root, known, language, 0, source.length, (name) => bindings.mayResolve(name))) bindReturned(value, named);
    if (named.length === 0) return unfollowed;
    // Each name costs one search of the text: past a few, parameters.ts's read of each definition is cheaper.
    rebind(fresh, named.length <= MAX_SEARCHED_NAMES ? mentionedIn(source, named) : undefined);
  }
  // Deeper chains (`z()` returning `a()` returning `b()` …, thousands in a hostile file): each return whose value starts
  // with a name just bound is read once (returnsByHead), linear, without re-reading definitions in between. The names
  // are the factories, and the locals a re-read gave a factory's value (`const x = b(); return x`): the definitions are
  // re-read only when a chain went through such a local (each time, one more pass over the heads of the returns).
  const byHead = returnsByHead(source, language);
  for (let seen = fresh!; ; ) {
    const next = bindings.startFresh();
    const queue: string[] = [];
    for (const [head, keywords] of byHead) {
      if (!seen.named(head)) continue;
      for (const keyword of keywords) {
        const value = returnedAt(source, root, keyword, language);
        if (value) bindReturned(value, queue);
      }
    }
    for (let i = 0; i < queue.length; i++) {
      for (const keyword of byHead.get(queue[i]!) ?? []) {
        const value = returnedAt(source, root, keyword, language);
        if (value) bindReturned(value, queue);
      }
    }
    if (queue.length === 0) return unfollowed;
    rebind(next, queue.length <= MAX_SEARCHED_NAMES ? mentionedIn(source, queue) : undefined);
    seen = next;
  }
}

/**
 * The factories' names are few (at most MAX_SEARCHED_NAMES) and bound in the file scope: where they occur is found once (indexOf per name), and a
 * definition is read again when one occurs in its name or value window — not by reading every definition's value for
 * words (parameters.ts's mentions()), which cost a minified bundle of 1,500 definitions 26 ms.
 */
function mentionedIn(source: string, names: readonly string[]): Mentioned {
  const at: number[] = [];
  for (const name of names) {
    for (let i = source.indexOf(name); i >= 0; i = source.indexOf(name, i + name.length)) {
      if (!WORD_CHAR.test(source[i - 1] ?? " ") && !WORD_CHAR.test(source[i + name.length] ?? " ")) at.push(i);
    }
  }
  at.sort((a, b) => a - b);
  return (target, _value, end) => {
    // The first occurrence at or after the definition's name, anywhere in the definition, however long its value: a
    // window would let padding hide `{ … run: make() }`.
    const first = at[firstAtLeast(at, target, (offset) => offset)];
    return first !== undefined && first < end;
  };
}

/** Does a value returned in [from, to) make a factory (a top-level function's, a method's slot or a function written in place, resolving to a watched value)? The editor's test for new text. */
export function makesFactory(source: string, root: Node, known: (name: string | undefined) => boolean, resolve: (node: Node) => ModulePath | undefined, language: FactoryLanguage, from: number, to: number): boolean {
  return returnedValues(source, root, known, language, from, to).some((value) => {
    const path = resolve(value);
    return path !== undefined && path.module !== NOTHING && makerOf(value, (path.returns ?? 0) + 1, source, root, language) !== undefined;
  });
}

/**
 * The nearest ancestor of `node` whose type is in `stops` (a function or a class), walking at most MAX_WALK levels;
 * past them (`past.hit` set) the top-level definition holding it, if one of `stops` (fail closed: a value returned
 * deeper than the walk still has its function).
 */
export function enclosing(node: Node, stops: ReadonlySet<string>, past?: { hit: boolean }): Node | undefined {
  let n = node.parent;
  for (let i = 0; n && i < MAX_WALK; i++, n = n.parent) if (stops.has(n.type)) return n;
  if (!n || !past) return undefined;
  const top = topDefinition(node, stops);
  if (top) past.hit = true;
  return top;
}

/** The top-level definition holding `node`, if one of `stops` (found walking down from the root). */
function topDefinition(node: Node, stops: ReadonlySet<string>): Node | undefined {
  let top = node.tree.rootNode.firstNamedChildForIndex(node.startIndex);
  // `export function f`, `@decorator def f`, `const f = () => …`, `f = lambda: …`: the definition itself.
  while (top && !stops.has(top.type) && TOP_HOLDERS.has(top.type)) top = Object.hasOwn(HELD_IN, top.type) ? (top.childForFieldName(HELD_IN[top.type]!) ?? null) : top.namedChild(0);
  return top && stops.has(top.type) && top.startIndex <= node.startIndex && top.endIndex >= node.endIndex ? top : undefined;
}

/** The field of a top-level holder that holds the definition (others hold it first). */
const HELD_IN: Readonly<Record<string, string>> = { variable_declarator: "value", export_statement: "declaration", decorated_definition: "definition", assignment: "right" };

/**
 * The method holding `node` when it is nested past MAX_WALK levels (enclosing found none): the member of the top-level
 * class holding it (`top` reads the class from the top-level statement), found walking down from the top; `method`
 * reads the member's function, else undefined (fail closed: a method's return nested deeper still has its method).
 */
export function methodPast(node: Node, top: (statement: Node) => Node | undefined, method: (member: Node) => Node | undefined): Node | undefined {
  const cls = top(node.tree.rootNode.firstNamedChildForIndex(node.startIndex) ?? node);
  const member = cls?.childForFieldName("body")?.firstNamedChildForIndex(node.startIndex);
  return member && member.startIndex <= node.startIndex && member.endIndex >= node.endIndex ? method(member) : undefined;
}

/** Top-level statements holding a definition: exported, decorated, or a declaration or assignment of one name (`const f = …`, `f = lambda: …`). */
const TOP_HOLDERS = new Set(["export_statement", "decorated_definition", "lexical_declaration", "variable_declaration", "variable_declarator", "expression_statement", "assignment"]);

/**
 * The slot of the outermost two classes holding `node` (`A.B`), past MAX_NESTED_CLASSES (walking down from the top:
 * each step up costs a walk down from the root in tree-sitter); `name` reads a member class's name from the statement
 * holding it in the outer class's body (a field, a class statement), else undefined.
 */
export function outerSlot(node: Node, top: (statement: Node) => Node | undefined, name: (statement: Node) => Node | undefined): { owner: Node; slot: string } | undefined {
  const outer = top(node.tree.rootNode.firstNamedChildForIndex(node.startIndex) ?? node);
  const owner = outer?.childForFieldName("name");
  const member = outer?.childForFieldName("body")?.firstNamedChildForIndex(node.startIndex);
  const inner = member && member.startIndex <= node.startIndex ? name(member) : undefined;
  return owner && inner ? { owner, slot: `${owner.text}.${inner.text}` } : undefined;
}
