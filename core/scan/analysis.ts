import { type Language, type Node, Query } from "@vscode/tree-sitter-wasm";
import { COMMENT_TYPES, MAX_RESOLVE_DEPTH, type ModulePath, ScopeIndex, isComment, namedChildrenOf } from "./resolve";
import type { Evaluator } from "./specs";

/**
 * What an evaluator's call runs (evaluators.ts): texts to scan as code, or why it cannot be read. `examples`: the text
 * is the file's own code followed by doctest examples (evaluators.ts DocExamples), judged where each stands in the file.
 */
/**
 * `offset`: the texts start with this many characters of names the caller gives the code (evaluators.ts callerNames), not
 * the code's own; `binds`: the code runs in a namespace its caller reads (Python's `exec`, `eval`: scan.ts boundNames).
 */
export type EvaluatedCode = { texts: string[]; examples?: DocExamples; offset?: number; binds?: boolean } | { unread: string };

/**
 * Docstring examples (or string annotations) appended to their file's code (doctest runs them in the module's globals): the code's line where
 * they start, and for each of their lines the file offset its text starts at (`exact`: false when the docstring's
 * escapes were read, so only the docstring's start is known).
 */
export interface DocExamples {
  /** What each is, as the finding says (`a docstring example`, `a string annotation`). */
  what: string;
  fromLine: number;
  lines: readonly { at: number; exact: boolean }[];
}

/** A call (or `new`) whose callee resolves to a watched module; start/end are the callee's offsets. */
export interface CallSite {
  start: number;
  end: number;
  callee: string;
  path: ModulePath;
  form: "call" | "new";
  /** Set when the watched function is not called here but passed as a value to this callee, which will call it (YIELDED: yielded by a generator). */
  passedTo?: string;
  /** With passedTo: the watched function is returned by a function written in place and handed to that callee. */
  returned?: true;
  /** With returned: passedTo is the name of a method returning it, whose calls the scan does not follow (factories.ts UnfollowedMethod). */
  method?: true;
  /** With returned: it is returned by a method of an instance handed to passedTo (`use(new K())` of `class K { run() { return cp.exec } }`). */
  instance?: true;
  /** With passedTo (not returned): the value is a keyword argument of a Python class statement (`class Shell(Tool, runner=os.system)`), which the base's `__init_subclass__` and the metaclass get. */
  classKeyword?: true;
  /** An evaluator's call (`exec(…)`, `eval(…)`): what it runs (evaluators.ts). */
  code?: EvaluatedCode;
  /**
   * Why what the call loads or reaches cannot be read (scan/dynamic-code): a loader given a name the scan cannot read
   * (UNREAD_LOAD: `require(n)`, `__import__(b64decode(…))`), Python's `object.__subclasses__()` (EVERY_CLASS), a
   * native addon (NATIVE_ADDON: `require("./build/Release/x.node")`).
   */
  unread?: typeof UNREAD_LOAD | typeof EVERY_CLASS | typeof NATIVE_ADDON | typeof LOADER_TABLE | typeof LOADER_WRAPPER | typeof UNFIXED_BASE | typeof IMPORTING_FIELD;
}

/** What a finding of a watched value stored in a member of a parameter's object says (ModulePath.unfollowed): `o.run = os.system` in `install(o)`. */
export const storedInParameterNote = (target: string, parameter: string, owner: string) =>
  `It is stored in \`${target}\`, a member of \`${parameter}\`, which \`${owner}\`'s caller hands it: that caller's object holds it`;

/** What a finding of a watched value stored where other files reach it says: the global object, a loaded module's member, the module cache. */
export const storedInGlobalNote = (target: string) => `It is stored in \`${target}\`, a property of the global object: code in any file may call it by its bare name`;
export const storedInModuleNote = (target: string, module: string) => `It is stored in \`${target}\`, a member of the module \`${module}\`, which every file loading that module shares`;
export const STORED_IN_MODULE_CACHE_NOTE = "It is stored in the module cache (`require.cache`): a later `require` of that module returns it";
/** `require.extensions[".txt"] = require.extensions[".js"]`, `require.extensions[".js"](module, f)`: the CommonJS loader's table of file kinds. */
export const LOADER_TABLE = "it changes or calls the table by which `require` runs a file by its extension, so any file, whatever its name, may run as JavaScript";
/** What a store in the CommonJS loader's module wrapper says (`Module.wrap = …`, `Module.wrapper[0] = …`). */
export const LOADER_WRAPPER = "it changes the text the CommonJS loader wraps each module's source in, so every file required after it runs code it writes";
/** What a finding of a watched module handed to a function says (ModulePath.unfollowed): `lib.run(os, c)`, `run(require("child_process"))`. */
export const moduleHandedNote = (callee: string) => `It is a module handed to \`${callee}\`, which may call any of its members`;
/** Is the value a watched module itself (not a member, nor a container or a marker of the scan's own)? */
export const handsModule = (value: ModulePath, filter: ModuleFilter) => value.members.length === 0 && !value.properties && !value.returns && filter.relevant(value.module);

/** What a finding of a watched value thrown says (ModulePath.unfollowed): `throw cp.execSync`, `throw { run: cp.exec }`. */
export const THROWN_NOTE = "It is thrown: whoever catches it gets it";
/** …of one stored in a prototype the scan does not follow (`Object.prototype.run = …`, `o.__proto__ = { run }`): every object of that kind reads it. */
export const storedInPrototypeNote = (target: string) => `It is stored in \`${target}\`, a prototype: every object that inherits from it reads it, and may call it`;
/** …of one an object literal takes as its prototype (`{ __proto__: { run: cp.exec } }`): its members' reads, `super`'s too, fall back to it. */
export const LITERAL_PROTOTYPE_NOTE = "It is in an object literal's prototype (`__proto__`): every read of that object's members, `super.…` in its methods too, may be it";
/** …of one stored under a key the runtime calls itself (`{ then: cp.exec.bind(null, cmd) }`, awaited; `signal.onabort = …`, dispatched). */
export const runtimeCalledNote = (key: string) => `It is stored under \`${key}\`, which the runtime calls itself (awaiting, converting, iterating, disposing or printing the object, reading its property, or dispatching its event): no call is written`;
/** …of one stored under a key the file does not fix (`o[key] = cp.execSync`): any read of the object's members may be it. */
export const storedUnderRuntimeKeyNote = (target: string) => `It is stored in \`${target}\`, under a key chosen at run time: any read of that object's members may be it`;
/** …of one stored in a member a setter of the file receives (`o.cmd = cp.exec` of `set cmd(run) { run(…) }`). */
export const storedThroughSetterNote = (target: string, setter: string) => `It is stored in \`${target}\`, which a setter (\`set ${setter}\`) of the file may receive and call`;

export const UNREAD_LOAD = "it loads a module named at run time, which may be any, a shell or network module included, or the code of a data: URL";
/** A pydantic field typed `ImportString` (v1's `PyObject`): validating the model's data imports the module and member it names. */
export const IMPORTING_FIELD = "its type is pydantic's `ImportString` (v1's `PyObject`): validating the data imports whatever module and member the data names, which is then handed out to be called";
export const EVERY_CLASS = "it lists every class the process loaded, which it may pick any of by a name built at run time, `subprocess.Popen` included";
export const NATIVE_ADDON = "it loads a native addon, whose code the scan cannot read";
/** A relative path given a `require` made for a base the file does not fix (core/scan/javascript.ts Resolver.loadedPath). */
export const UNFIXED_BASE = "it loads a file by a path relative to a folder the file does not fix (a `require` made by createRequire from another base), which may hold any code";

/** CallSite.passedTo of a watched function a Python generator yields (`yield os.system`): whatever consumes the generator gets it. */
export const YIELDED = "yield";
/** What a finding of a value a generator yields says. */
export const YIELDED_NOTE = "It is yielded by a generator: whatever consumes the generator gets it";
/** …of one a hand-written iterator's `next` gives as its `value` (`next: () => ({ value: cp.execSync })`). */
export const ITERATED_NOTE = "It is the `value` an iterator's `next` returns: whatever iterates it gets it";

/** An import of a watched module (for `report-import` rules and star-import notes). */
export interface ImportSite {
  start: number;
  end: number;
  module: string;
  star: boolean;
}

export interface Analysis {
  calls: CallSite[];
  /** Names the file binds to watched values in its top scope (what it offers the rest of the project). */
  exports: Record<string, ModulePath>;
  imports: ImportSite[];
  /** Comments, when asked for (the file has suppression markers). */
  comments: CommentText[];
  /** Project files loaded by a path the file builds (`require(path.join(__dirname, "x.txt"))`), relative to its folder: judged as JavaScript (run.ts requiredAsCode). */
  loads?: string[];
  /** Folders the file adds to its module's search paths (`module.paths.unshift(__dirname + "/plugins")`), relative to its folder: its bare imports are looked for there. */
  searchPaths?: string[];
}

/** A comment as suppressions read it (a tree's node, or its copy kept past the tree for the next edit). */
export interface CommentText {
  startIndex: number;
  endIndex: number;
  text: string;
}

export const commentText = ({ startIndex, endIndex, text }: CommentText): CommentText => ({ startIndex, endIndex, text });

/** Which modules a language's rules watch; bindings are only made for these. */
export interface ModuleFilter {
  /** Is this import worth binding (a watched module, or a package one is reached through)? */
  relevant(module: string): boolean;
  /** Python: does the text read an attribute named as a watched module is (`shutil.os`, `tempfile._os`), which may be that module imported by another (ruleset.ts reimported)? A file that does binds the modules not watched it imports. */
  readsModuleAttribute?(text: string): boolean;
  /** Member names listed explicitly for a module (what a Python star import still lets us see). */
  explicitMembers(module: string): string[];
  /** Is what a call of this path returns followed (an object the table lists members of, `socket.socket()`)? */
  returnsWatched(path: ModulePath): boolean;
  /** Could calling this path, or something reached from it (a member, a method of what it returns), cross? (A value passed to a parameter is bound only then.) */
  reachesCrossing(path: ModulePath): boolean;
  /** Is this path one of the language's evaluators (`exec`, `eval`, `vm.runInThisContext`), called or constructed so? */
  evaluator(path: ModulePath, form: "call" | "new"): Evaluator | undefined;
}

/**
 * What one query run over a file yields, sorted by kind. Both languages' queries use the same capture
 * names: @scope (@scope.class: a Python class body), @import, @match (a Python `match` statement), @decorated (a Python decorated
 * `def` or `class`), @callee, @new, @arg (a call argument), @def.name + @def.value (a name or slot bound to an expression;
 * @def.with: a Python `with … as name`),
 * @unpack (a Python unpacking's or loop's value; @loop before it, a loop's target), @local (a parameter or local),
 * @outer (a definition's name, bound in the scope around it), @ambient (a TypeScript `declare`: it binds no name at run
 * time, so none it declares is a local: `declare const require: any` hides nothing).
 */
export interface Captures {
  scopes: ScopeIndex;
  comments: Node[];
  imports: Node[];
  callees: Array<[Node, "call" | "new"]>;
  /** With `steps`: the value is unpacked down to the name (a Python loop's, a pattern's target: analysis.ts unpacked). */
  definitions: Array<[name: Node, value: Node, steps?: UnpackStep[]]>;
  locals: Array<[Node, outer: boolean]>;
  /** Call arguments that are bare names or member chains (a watched function passed as a value). */
  args: Node[];
}

/** The query ran out of time: on broken, deeply nested input tree-sitter queries can take quadratic time. */
export class QueryTimeout extends Error {
  override name = "QueryTimeout";
}

/**
 * A file's time limit over its whole analysis, not only its queries: resolving names follows values through calls,
 * bounded in depth but not in what hostile nesting makes of each step. Past it the file is skipped (an error), never
 * judged on half an analysis.
 */
export class Deadline {
  private readonly at: number;
  constructor(private readonly limitMs: number) {
    this.at = performance.now() + limitMs;
  }
  check(): void {
    if (performance.now() > this.at) throw new QueryTimeout(`analysing the file took over ${this.limitMs} ms`);
  }
}

export function collectCaptures(queries: Queries, root: Node, timeLimitMs: number): Captures {
  const out: Captures = { scopes: new ScopeIndex(root.id), comments: [], imports: [], callees: [], definitions: [], locals: [], args: [] };
  let pendingName: Node | undefined;
  // Where the last ambient declaration ends: captures come in the order of their nodes' starts, the declaration's first.
  let ambientEnd = -1;
  let pendingLoop: Node | undefined;
  const started = performance.now();
  const run = (query: Query) => {
    const found = query.captures(root, { timeoutMicros: Math.max(1, Math.round((timeLimitMs - (performance.now() - started)) * 1000)) });
    // A timed-out query returns what it found so far; partial results are not trusted.
    if (performance.now() - started >= timeLimitMs) throw new QueryTimeout(`searching the syntax tree took over ${timeLimitMs} ms`);
    return found;
  };
  const captures = run(queries.main);
  if (queries.comments) for (const { node } of run(queries.comments)) out.comments.push(node);
  for (const { name, node } of captures) {
    switch (name) {
      case "scope":
        out.scopes.add(node);
        break;
      case "scope.class":
        out.scopes.add(node, true);
        break;
      case "import":
        out.imports.push(node);
        break;
      case "callee":
        out.callees.push([node, "call"]);
        break;
      case "arg":
        out.args.push(node);
        break;
      case "arg.container":
        handedValues(node, out.args, true);
        break;
      case "new":
        out.callees.push([node, "new"]);
        break;
      case "def.name":
        pendingName = node;
        break;
      case "def.value":
        if (pendingName) out.definitions.push([pendingName, node]);
        pendingName = undefined;
        break;
      // `with asyncio.Runner() as r`, `with socket.socket() as s`: the name is bound to the manager (the standard library's
      // and most libraries' `__enter__` return the manager itself).
      case "def.with": {
        const bound = node.namedChild(0);
        const value = bound?.type === "as_pattern" ? bound.namedChild(0) : null;
        const name = bound?.type === "as_pattern" ? bound.childForFieldName("alias")?.namedChild(0) : null;
        if (value && name?.type === "identifier") out.definitions.push([name, value]);
        break;
      }
      case "field": {
        // A class field `name = value`, captured whole: naming its fields in the pattern cost a third of the
        // TypeScript query's compilation (bench/RESULTS.md).
        const name = node.childForFieldName("name") ?? node.childForFieldName("property");
        const value = node.childForFieldName("value");
        if ((name?.type === "property_identifier" || name?.type === "private_property_identifier") && value) out.definitions.push([name, value]);
        break;
      }
      case "loop":
        pendingLoop = node;
        break;
      case "unpack":
        // The values, not the statement: a capture of the statement held back every capture inside a long target list
        // (quadratic). A loop's target (@loop, captured just before) spares a walk up to the statement.
        for (const pair of unpacked(node, pendingLoop)) out.definitions.push(pair);
        pendingLoop = undefined;
        break;
      case "match":
        for (const pair of captured(node)) out.definitions.push(pair);
        break;
      case "decorated":
        for (const pair of decorated(node)) out.definitions.push(pair);
        break;
      case "ambient":
        ambientEnd = Math.max(ambientEnd, node.endIndex);
        break;
      case "local":
        if (node.startIndex >= ambientEnd) out.locals.push([node, false]);
        break;
      case "outer":
        if (node.startIndex >= ambientEnd) out.locals.push([node, true]);
        break;
    }
  }
  out.scopes.seal();
  return out;
}

/**
 * What a JavaScript value handed to a call may be written in, between it and the argument list: objects, arrays and
 * spreads (`go({ a: { b: cp.execSync } })`, `go(...[cp.spawn])`). Python's are read up from each value (python.ts receiverOf).
 */
export const JS_HANDED_THROUGH = new Set(["object", "array", "pair", "spread_element"]);
/**
 * Containers walked up from a value to the call it is handed to (each step up costs a walk down from the root in
 * tree-sitter); past them, TOO_DEEP. Also the functions returning functions walked up to a factory (factories.ts makerOf).
 */
export const MAX_HANDED_DEPTH = 64;
/** A value nested past MAX_HANDED_DEPTH containers: taken as handed to code the scan does not read (fail closed). */
export const TOO_DEEP = "<too deep>";
/** CallSite.passedTo of such a value, as its finding names what it is handed to. */
export const NESTED_TOO_DEEP = `a value nested more than ${MAX_HANDED_DEPTH} levels deep`;
/** The values a container holds that name a watched value: a name, a member chain, a shorthand property (`{ fetch }`). */
const HANDED_VALUES = new Set(["identifier", "member_expression", "shorthand_property_identifier"]);

/**
 * The names and member chains written in a JavaScript argument's objects and arrays, however deep, in the order written
 * (an object's values, not its keys). Walked here rather than matched by query patterns: a pattern per nesting stopped
 * at the depth written out, and each nesting level's patterns cost the query's compilation (bench/RESULTS.md).
 * `calls`: calls and wrapped values too (`{ get: cp.exec.bind(null, cmd) }`, `{ run: cp.exec as any }`), kept by callsOf when their value is a function.
 */
/** With `calls`: a call, or a value written through parentheses, a cast or a choice (callsOf keeps those whose value is a function). */
const HANDED_EXPRESSIONS = new Set(["call_expression", "parenthesized_expression", "ternary_expression", "binary_expression", "as_expression", "satisfies_expression", "non_null_expression", "type_assertion"]);
export function handedValues(container: Node, into: Node[], calls = false): void {
  const pending: Node[] = [container];
  for (let node = pending.pop(); node; node = pending.pop()) {
    // Read once: a node's type is a call into the parser's WebAssembly.
    const type = node.type;
    if (HANDED_VALUES.has(type) || (calls && HANDED_EXPRESSIONS.has(type))) into.push(node);
    else if (type === "pair") {
      const value = node.childForFieldName("value");
      if (value) pending.push(value);
    } else if (JS_HANDED_THROUGH.has(type)) {
      const inner = node.namedChildren;
      for (let i = inner.length - 1; i >= 0; i--) if (inner[i]) pending.push(inner[i]!);
    }
  }
}

/** Targets a Python unpacking gives a value one by one (a name, an attribute or subscript slot). */
const UNPACKED_TARGETS = new Set(["identifier", "attribute", "subscript"]);
/** The patterns a Python target list is written in (`a, b`, `(a, b)`, `[a, b]`). */
const TARGET_PATTERNS = new Set(["pattern_list", "tuple_pattern", "list_pattern"]);
/** Values written out element by element, which a pattern is lined up with. */
const WRITTEN_SEQUENCES = new Set(["expression_list", "tuple", "list"]);

/**
 * One step from a value down to a target unpacked from it (python.ts Resolver.unpacked): an index (`a, b = t`), any
 * element (ELEMENT: a loop's, and a target after a star in a sequence of unknown length), or the list a starred target
 * takes: the elements from `from`, up to `to` where the sequence is written out.
 */
export type UnpackStep = number | typeof ELEMENT | { from: number; to?: number };
export const ELEMENT = "<element>";

/**
 * From the right side of a Python unpacking (`x, y = a, b`, also nested, starred), or of a loop (`for fn in …`, a
 * comprehension's `for … in …`, whose target is `loopTarget`): each target and its value. A target lined up with a
 * value written out gets it (`(a, b), c = (os.system, 1), 2` gives `a` os.system); any other gets the value it is
 * unpacked from, with the steps down to it (a loop's variable: an element of what it goes over; `*rest`: the list it
 * takes). Walked with a stack: a written pattern may nest thousands deep; steps stop at MAX_RESOLVE_DEPTH, where
 * resolving stops too.
 */
function unpacked(right: Node, loopTarget: Node | undefined): Array<[name: Node, value: Node, steps?: UnpackStep[]]> {
  const target = loopTarget ?? right.parent!.childForFieldName("left");
  if (!target) return [];
  const out: Array<[Node, Node, UnpackStep[]?]> = [];
  const pending: Array<[target: Node, value: Node, steps: UnpackStep[]]> = [[target, right, loopTarget ? [ELEMENT] : []]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [pattern, value, steps] = next;
    if (UNPACKED_TARGETS.has(pattern.type)) {
      out.push(steps.length ? [pattern, value, steps] : [pattern, value]);
      continue;
    }
    if (!TARGET_PATTERNS.has(pattern.type) || steps.length >= MAX_RESOLVE_DEPTH) continue;
    const targets = elementsOf(pattern);
    const star = targets.findIndex((t) => t.type === "list_splat_pattern");
    const after = star < 0 ? 0 : targets.length - 1 - star;
    // Values written out are lined up with the targets; a splat among them (`*rest`) leaves positions to the resolver.
    const written = steps.length === 0 && WRITTEN_SEQUENCES.has(value.type) ? elementsOf(value) : undefined;
    const lined = written?.some((v) => v.type === "list_splat") ? undefined : written;
    // A length that does not fit raises (ValueError): nothing is bound.
    if (lined && (star < 0 ? lined.length !== targets.length : lined.length < targets.length - 1)) continue;
    // Pushed last to first: taken off the stack in the order written, as the query's captures come.
    for (let i = targets.length - 1; i >= 0; i--) {
      const t = targets[i]!;
      if (i === star) {
        const name = elementsOf(t)[0];
        if (name) pending.push([name, value, [...steps, { from: i, to: lined ? lined.length - after : undefined }]]);
      } else if (lined) pending.push([t, lined[star >= 0 && i > star ? lined.length - (targets.length - i) : i]!, []]);
      // Past a star, in a sequence of unknown length, a position counted from the end may be any element.
      else pending.push([t, value, [...steps, star >= 0 && i > star ? ELEMENT : i]]);
    }
  }
  return out;
}

/** A node's named children that are not comments. */
const elementsOf = (node: Node) => node.namedChildren.filter((child): child is Node => child !== null && !isComment(child));

/**
 * The names a Python `match` binds, each with the pattern node capturing it (python.ts matchedAt reads what of the
 * subject it captures): a capture pattern's (`case m:`, `case [f]:`, `case {"r": f}:`, `case object(system=f):`), a
 * star's (`case [*rest]:`, `case {**rest}:`) and an `as` pattern's (`case os.path as m:`), at any depth of the pattern
 * (python.ts matchedAt reads a capture deeper than it follows as any value of the subject).
 */
function captured(match: Node): Array<[name: Node, value: Node]> {
  const body = match.childForFieldName("body");
  if (!body) return [];
  const pairs: Array<[Node, Node]> = [];
  const named = (name: Node | null | undefined, pattern: Node) => {
    if (name?.type === "identifier" && name.text !== "_") pairs.push([name, pattern]);
  };
  // Every pattern of every clause, however deep (a stack, not recursion: a pattern may nest thousands deep).
  const pending: Node[] = [];
  for (const clause of body.namedChildren) if (clause?.type === "case_clause") for (const part of namedChildrenOf(clause)) if (part.type === "case_pattern") pending.push(part);
  for (let pattern = pending.pop(); pattern; pattern = pending.pop()) {
    const parts = namedChildrenOf(pattern);
    switch (pattern.type) {
      // A name alone captures; a dotted one (`case Color.RED:`) is a value compared.
      case "dotted_name":
        if (parts.length === 1) named(parts[0], pattern);
        break;
      case "splat_pattern":
        named(parts[0], pattern);
        break;
      case "as_pattern":
        named(parts.at(-1), pattern);
        if (parts[0]) pending.push(parts[0]);
        break;
      // The class named first, then its patterns; a keyword's pattern after the keyword.
      case "class_pattern":
      case "keyword_pattern":
        pending.push(...parts.slice(1));
        break;
      case "case_pattern":
      case "list_pattern":
      case "tuple_pattern":
      case "dict_pattern":
      case "union_pattern":
        pending.push(...parts);
    }
  }
  // In the order written, as the query's captures come.
  return pairs.sort(([a], [b]) => a.startIndex - b.startIndex);
}

/**
 * `@deco def run(): …` binds `run` to what `deco` returns given the function: each decorator is a value of the name
 * (the first that resolves decides: python.ts's Resolver reads a `decorator` as its call, a factory's value).
 */
function decorated(definition: Node): Array<[name: Node, value: Node]> {
  const name = definition.childForFieldName("definition")?.childForFieldName("name");
  return name ? definition.namedChildren.filter((child): child is Node => child?.type === "decorator").map((decorator) => [name, decorator]) : [];
}

/** A language's scan query and, for a file with suppression markers, the query that finds its comments. */
export interface Queries {
  main: Query;
  comments?: Query;
}

const compiled = new Map<Language, Map<string, Query>>();
/** The query of a grammar's comments: those of COMMENT_TYPES it has (Python's has no html_comment). */
const commentsQuery = (language: Language) => `[${[...COMMENT_TYPES].filter((type) => language.idForNodeType(type, true) !== null).map((type) => `(${type})`).join(" ")}] @comment`;

function compiledQuery(language: Language, text: string): Query {
  let byLanguage = compiled.get(language);
  if (!byLanguage) compiled.set(language, (byLanguage = new Map()));
  let query = byLanguage.get(text);
  if (!query) byLanguage.set(text, (query = new Query(language, text)));
  return query;
}

/**
 * A language's queries, each compiled once per thread. Comments (for suppressions) come from a query of their
 * own, run only on files that have suppression markers: compiling the scan query costs 50–250 ms, compiling
 * a second copy of it with a comment pattern added cost as much again, compiling the comment query ~1 ms.
 */
export function queryOf(language: Language, source: string, comments: boolean): Queries {
  return { main: compiledQuery(language, source), comments: comments ? compiledQuery(language, commentsQuery(language)) : undefined };
}
