import type { Language, Node, Tree } from "@vscode/tree-sitter-wasm";
import { posix } from "node:path";
import { type Analysis, type CallSite, type Captures, Deadline, JS_HANDED_THROUGH, MAX_HANDED_DEPTH, NESTED_TOO_DEEP, handedValues, type ModuleFilter, NATIVE_ADDON, TOO_DEEP, UNREAD_LOAD, UNFIXED_BASE, LOADER_TABLE, LOADER_WRAPPER, STORED_IN_MODULE_CACHE_NOTE, collectCaptures, commentText, handsModule, moduleHandedNote, queryOf, storedInGlobalNote, storedInModuleNote, storedInParameterNote, THROWN_NOTE, ITERATED_NOTE, YIELDED_NOTE, LITERAL_PROTOTYPE_NOTE, storedInPrototypeNote, storedThroughSetterNote, storedUnderRuntimeKeyNote, runtimeCalledNote } from "./analysis";
import { JS_COMPILER_HELPERS, JS_INSPECTORS, JS_PROMISIFY, importedCallee, isLibraryFunction } from "./library-functions";
import { ownEntry } from "../data";
import { ANY_ENTRY, ARRAY_INDEX, CODE, PROMISED, REJECTION, EVERY_KEY, FILE_SLOTS, PROTO, PROTOTYPE, Bindings, Constants, EACH_DESCRIPTOR, EVERY_INDEX, HOLE, arrayElements, type Fresh, MAX_RESOLVE_DEPTH, type ModulePath, OBJECT, called, calledThrough, chainPath, extend, heldLiteral, heldValues, NOTHING, identifierAt, identifierText, identifiersIn, isComment, mayFallBack, someIdentifierIn, mayJoinArray, namedChildrenOf, oneLine, type ReturnedParameter, simpleChain, slotValue, stringValue, through, watchedLiteral, namePattern } from "./resolve";
import { INSPECTOR_EVALUATES, codeOfCall, nameChainOf } from "./evaluators";
import { fetchesDataUrl, looksUpNumericAddress } from "./lookups";
import { type FactoryLanguage, MAX_NESTED_CLASSES, type Mentioned, bindFactories, enclosing, methodPast, outerSlot, returnsOfHanded } from "./factories";
import { CLASS_BODY, PRIVATE_HELPER, PRIVATE_READ, PRIVATE_READ_AT, PRIVATE_WRITE_AT, bindSlotAt, destructured, javaScriptParameters, parameterPattern, privateHelperAt } from "./javascript-parameters";
import { namesModulePaths, NAMESPACE_HELPER_NAME } from "./links";
import { PathFolder } from "./javascript-loads";
import { assigns, lastAssignedValues } from "./javascript-chains";
import { followParameters, mentions, rereadBoundLater } from "./parameters";
import { type FileProject, bindNamespace, membersOf } from "./project";
import type { KeptAnalysis } from "./region";
import { ANY, DEFAULT, EVALUATORS, GLOBAL, RETURNED } from "./specs";
import { firstAtLeast } from "../kernel/sorted";

/** Globals the rules name, `process` (whose loaders may be held: LOADER_PATHS), the evaluators, and the objects globals are reached through (globalThis.fetch). */
const GLOBAL_NAMES = new Set(["fetch", "Bun", "Deno", "WebSocket", "EventSource", "XMLHttpRequest", "navigator", "process", ...Object.keys(EVALUATORS.javascript).filter((target) => !target.includes("."))]);
const GLOBAL_OBJECTS = new Set(["globalThis", "window", "self", "global"]);
function globalPath(name: string): ModulePath | undefined {
  if (GLOBAL_NAMES.has(name)) return { module: GLOBAL, members: [name] };
  if (GLOBAL_OBJECTS.has(name)) return { module: GLOBAL, members: [] };
  // CommonJS's own `require`, held by another name (`const r = require`, `(0, require)`): a loader, as createRequire's result is.
  if (name === "require") return { module: GLOBAL, members: [...MADE_REQUIRE] };
  // CommonJS's own `module` held by another name (`const m = module`, a context's `{ m: module }`): a module object, whose
  // loaders (`m.require`, `m.constructor._load`) are the main module's.
  if (name === "module") return { module: GLOBAL, members: [...MODULE_OBJECT] };
  return undefined;
}

/**
 * The query both grammars share; `callees` and `args` add a grammar's own node types to the one callee and argument patterns
 * (one pattern with more alternatives compiles faster than a pattern per type, bench/RESULTS.md).
 */
const common = (callees: string, args: string) => `
[(statement_block) (function_declaration) (generator_function_declaration) (function_expression) (generator_function) (arrow_function) (method_definition) (for_statement) (for_in_statement) (catch_clause) (class_body)] @scope
(import_statement) @import
(export_statement source: (_)) @import
(call_expression function: [(identifier) (member_expression) (subscript_expression) (parenthesized_expression) (function_expression) (generator_function) (super) (call_expression) (import)${callees}] @callee)
(arguments [(identifier) (member_expression) (call_expression) (parenthesized_expression) (ternary_expression) (binary_expression)${args}] @arg)
(arguments [(object) (array) (spread_element)] @arg.container)
(throw_statement [(identifier) (member_expression)] @arg)
(throw_statement [(object) (array)] @arg.container)
(new_expression constructor: [(identifier) (member_expression) (subscript_expression) (parenthesized_expression) (call_expression)${callees}] @new)
(variable_declarator name: (_) @def.name value: (_) @def.value)
(export_statement "default" @def.name value: (_) @def.value)
[(assignment_expression left: [(identifier) (member_expression) (subscript_expression) (object_pattern) (array_pattern)] @def.name right: (_) @def.value) (augmented_assignment_expression left: [(identifier) (member_expression) (subscript_expression)] @def.name operator: ["??=" "||=" "&&="] right: (_) @def.value)]
(variable_declarator name: (identifier) @local !value)
(arrow_function parameter: (identifier) @local)
(function_declaration name: (identifier) @outer)
(catch_clause parameter: (identifier) @local)
(for_in_statement kind: _ left: (identifier) @local)
`;
const JS_PARAMS = `
(formal_parameters (identifier) @local)
(formal_parameters (assignment_pattern left: (identifier) @local))
(formal_parameters (rest_pattern (identifier) @local))
(formal_parameters (object_pattern [(shorthand_property_identifier_pattern) (object_assignment_pattern left: (shorthand_property_identifier_pattern))] @local))
(formal_parameters (object_pattern (pair_pattern value: [(identifier) (assignment_pattern left: (identifier))] @local)))
(formal_parameters (assignment_pattern left: (object_pattern [(shorthand_property_identifier_pattern) (object_assignment_pattern left: (shorthand_property_identifier_pattern))] @local)))
(formal_parameters (assignment_pattern left: (object_pattern (pair_pattern value: [(identifier) (assignment_pattern left: (identifier))] @local))))
(class_declaration name: (identifier) @outer)
(class_declaration name: (identifier) @def.name (class_heritage) @def.value)
(field_definition) @field
`;
const TS_PARAMS = `
(required_parameter pattern: (identifier) @local)
(optional_parameter pattern: (identifier) @local)
(required_parameter pattern: (rest_pattern (identifier) @local))
(required_parameter pattern: (object_pattern [(shorthand_property_identifier_pattern) (object_assignment_pattern left: (shorthand_property_identifier_pattern))] @local))
(required_parameter pattern: (object_pattern (pair_pattern value: [(identifier) (assignment_pattern left: (identifier))] @local)))
(class_declaration name: (type_identifier) @outer)
(class_declaration name: (type_identifier) @def.name (class_heritage) @def.value)
(public_field_definition) @field
(export_statement "=" @def.name (_) @def.value)
(import_alias (identifier) @def.name . [(nested_identifier) (identifier)] @def.value)
(ambient_declaration) @ambient
`;


// `f!(x)`, and `await (opts.fetch ?? fetch)(u)`, which the TypeScript grammar reads as a call of `await …`; an
// argument `retry(execSync<string>)` (an instantiation expression, the function as TypeScript emits it).
const TS_ARGS = " (instantiation_expression) (as_expression) (satisfies_expression) (non_null_expression)";
const TS_QUERY = common(" (non_null_expression) (await_expression)", `${TS_ARGS} (type_assertion)`) + TS_PARAMS;
const JS_QUERY = common("", "") + JS_PARAMS;

/** `node:child_process` is `child_process`; a default export reached as `.default` is the module itself. */
const normalModule = (specifier: string) => specifier.replace(/^node:/, "");

/**
 * The specifier a load is read as: a `#` name the nearest package.json maps to a watched package (`"#cp":
 * "child_process"`, or any condition's branch that is watched: `{ "node": "child_process", "default": "./shim.js" }`)
 * is that package; any other is itself.
 */
function aliasedSpecifier(specifier: string, filter: ModuleFilter, project: FileProject | undefined): string {
  return (specifier.startsWith("#") && project?.packages(specifier).find((name) => filter.relevant(name))) || specifier;
}
function normalMembers(path: ModulePath): ModulePath {
  return path.members[0] === DEFAULT && path.module !== GLOBAL ? { ...path, members: path.members.slice(1) } : path;
}

/**
 * JSX's attribute values and child expressions (`<Tool run={cp.execSync} />`, `<Tool>{cp.exec}</Tool>`): props and
 * children handed to the component's function (calleeOfArgument), in the grammars that read JSX (JavaScript, TSX).
 */
const jsxArgs = (args: string) => `
(jsx_expression [(identifier) (member_expression) (call_expression) (parenthesized_expression) (ternary_expression) (binary_expression)${args}] @arg)
(jsx_expression [(object) (array) (spread_element)] @arg.container)
`;
const JSX_QUERY = JS_QUERY + jsxArgs("");
// TSX has no `<T>x` cast (its `<` opens an element).
const TSX_QUERY = common(" (non_null_expression) (await_expression)", TS_ARGS) + TS_PARAMS + jsxArgs(TS_ARGS);

/** The query of a JavaScript (or TypeScript/TSX) file, compiled once. */
export const javaScriptQuery = (language: Language, typescript: boolean, withComments: boolean) => {
  const jsx = language.idForNodeType("jsx_expression", true) !== null;
  return queryOf(language, typescript ? (jsx ? TSX_QUERY : TS_QUERY) : jsx ? JSX_QUERY : JS_QUERY, withComments);
};

/** A CommonJS module object's method compiling code as that module (`module._compile(code, filename)`). */
const COMPILE = "_compile";
/** CommonJS module objects written by name (Resolver.commonJsModule): `module`, `module.parent`, `module.children[0]`, `require.main`, `require.cache[k]`. */
const COMMONJS_MODULE_OBJECT = /^(?:module(?:\.parent|\.children\[[^\]]+\])*|require\.main|require\.cache\[[^\]]+\])$/;
/** `Object.getPrototypeOf(x)`'s `x` (a module object's prototype holds its methods), else undefined. */
function prototypeRead(node: Node, resolver: Resolver): Node | undefined {
  const fn = node.type === "call_expression" ? node.childForFieldName("function") : null;
  return fn && resolver.readsByName(fn, ...PROTOTYPE_READS) ? namedChildrenOf(node.childForFieldName("arguments"))[0] : undefined;
}
/** `createRequire`, `module.createRequire`: a call of it makes a `require` of its own (MADE_REQUIRE). */
const CREATE_REQUIRE = /(?:^|\.)createRequire$/;
/** `m.createRequire(`, read from a value's text (`m` being `require("module")`, which binds nothing). */
const MEMBER_CREATE_REQUIRE = /^[\w$]+\s*\.\s*createRequire\s*\(/;
/** What `createRequire(url)` returns, held by any name (`const r = createRequire(import.meta.url)`): calling it loads a module (Resolver.loadArgument). */
const MADE_REQUIRE = ["createRequire", RETURNED];
/** A CommonJS module object as a global path: the main module's, whose loaders LOADER_PATHS list. */
const MODULE_OBJECT = ["process", "mainModule"];

/** The `module` builtin (`require("module")`, `import Module from "node:module"`) as a global path: no global names it. */
const MODULE_BUILTIN = "node:module";
/** Builtins whose objects hold loaders (LOADER_PATHS), as the global paths they are: `require("node:process")` is the global `process`. */
const LOADER_MODULES = new Map<string, ModulePath>([
  ["process", { module: GLOBAL, members: ["process"] }],
  ["module", { module: GLOBAL, members: [MODULE_BUILTIN] }],
]);
/**
 * Functions that load a module by name wherever they are reached from (a global object, an import, a name holding
 * them): a `require` made by createRequire, `process.getBuiltinModule` (Node 20.16, 22.3), `process.mainModule.require`,
 * the module builtin's internal `_load` (`require("module")._load(m)`) and its modules' `require`
 * (`Module.prototype.require.call(module, m)`), and `process.binding(name)`, which loads one of
 * Node's internal bindings (the table names those that start processes or open sockets: `spawn_sync`, `tcp_wrap`…).
 */
const LOADER_MEMBER_PATHS = [["process", "getBuiltinModule"], ["process", "mainModule", "require"], [MODULE_BUILTIN, "_load"], [MODULE_BUILTIN, "prototype", "require"], ["process", "binding"], ["process", "_linkedBinding"]];
const LOADER_PATHS = new Set([MADE_REQUIRE, ...LOADER_MEMBER_PATHS].map((members) => members.join(".")));
/** The names a member callee ends with when it may be one of LOADER_PATHS: only such a member is resolved (most are not loaders: `cp.exec(…)`). */
const LOADER_MEMBERS = new Set(LOADER_MEMBER_PATHS.map((members) => members.at(-1)!));
/** `Reflect.apply(f, thisArg, args)`, `Reflect.construct(F, args)`: `f` called (an evaluator's code in `args`). */
const REFLECT_CALLS = ["Reflect.apply", "Reflect.construct"];
const REFLECTED = /^Reflect\s*\.\s*(?:apply|construct)$/;
/** The list of arguments a Reflect call (`reflect`, its callee's text `callee`) calls its target with: an array written in place is read as that call's own. */
const reflectedList = (reflect: Node, callee: string): Node | undefined => namedChildrenOf(reflect)[callee.endsWith("construct") ? 1 : 2];
/** `f.call(…)`, `f.apply(…)`: `f` invoked with a `this` first (Resolver.loadArgument); the end of such a callee's text. */
const INVOKED = /\.(?:call|apply)$/;
const INVOKED_END = /(?:call|apply)$/;
/** Callees resolved to find a loader of LOADER_PATHS (`load(m)`, `process.getBuiltinModule(m)`, `process["getBuiltinModule"](m)`, `createRequire(url)(m)`, `(0, load)(m)`). */
const LOADER_CALLEES = new Set(["identifier", "member_expression", "subscript_expression", "call_expression", "parenthesized_expression"]);
/** A global path as LOADER_PATHS write it: the module builtin's `Module`, and an ES namespace's `default`, are the builtin itself (`require("module").Module._load`). */
function globalKey(path: ModulePath | undefined): string | undefined {
  if (path?.module !== GLOBAL) return undefined;
  const members = relativesAsModuleObject(path.members);
  if (members !== path.members) return globalKey({ ...path, members });
  // The main module's class is the builtin's (`process.mainModule.constructor._load(m)`).
  if (path.members[0] === "process" && path.members[1] === "mainModule" && path.members[2] === "constructor") return globalKey({ ...path, members: [MODULE_BUILTIN, ...path.members.slice(3)] });
  return (path.members[0] === MODULE_BUILTIN ? path.members.filter((member) => member !== "Module" && member !== DEFAULT) : path.members).join(".");
}
/**
 * A module object's relatives are module objects too, held or destructured by any name (`const m = module.parent`,
 * `const { cache } = require` … `cache[k]`): its `parent` and `children[i]`, and `require`'s `main` and `cache[k]`
 * (a `require` made by createRequire has the same two). Members as MODULE_OBJECT's, or the same array when none is one.
 */
function relativesAsModuleObject(members: string[]): string[] {
  let rest: string[] | undefined;
  if (members[0] === MODULE_OBJECT[0] && members[1] === MODULE_OBJECT[1]) {
    const relative = members[2] === "parent" ? 1 : members[2] === "children" && members.length > 3 ? 2 : 0;
    if (relative) rest = members.slice(2 + relative);
  } else if (members[0] === MADE_REQUIRE[0] && members[1] === MADE_REQUIRE[1]) {
    if (members[2] === "main") rest = members.slice(3);
    else if (members[2] === "cache" && members.length > 3) rest = members.slice(4);
  }
  return rest ? relativesAsModuleObject([...MODULE_OBJECT, ...rest]) : members;
}
/** An element of a collection of module objects (`module.children`, `require.cache` read by key), the module object it is; else undefined. */
function moduleObjectElement(collection: ModulePath | undefined): ModulePath | undefined {
  const element = collection?.module === GLOBAL ? relativesAsModuleObject([...collection.members, ANY]) : undefined;
  return element && element.join(".") === MODULE_OBJECT.join(".") ? { module: GLOBAL, members: element } : undefined;
}
const loads = (path: ModulePath | undefined) => LOADER_PATHS.has(globalKey(path) ?? "");
/** A CommonJS module's own loaders: its `require` method, the main module's or its parent's, and their class's internal `_load`. */
const MODULE_OBJECT_LOADER = /^(?:module(?:\.parent)?|require\.main)\.(?:require|constructor\._load)$/;
/** An operator updating a name in place (`n += "x"`, `n ??= y`, `n++`, `--n`): the name is no constant (Constants.poison). */
const UPDATE_OPERATOR = /(?:[-+*/%&|^]|\*\*|<<|>>>?|\?\?|&&|\|\|)=(?!=)|\+\+|--/g;
const IDENTIFIER_CHAR = /[\p{L}\p{N}_$]/u;

/** The names an operator updates in place, read around each operator (a regular expression for the names tried at every offset of a bundle cost 60 ms). */
function* updatedNames(source: string): Generator<string> {
  for (const { 0: operator, index } of source.matchAll(UPDATE_OPERATOR)) {
    let end = index;
    while (end > 0 && /\s/.test(source[end - 1]!)) end--;
    let start = end;
    while (start > 0 && IDENTIFIER_CHAR.test(source[start - 1]!)) start--;
    if (start < end) yield source.slice(start, end);
    if (operator === "++" || operator === "--") {
      let next = index + 2;
      while (next < source.length && /\s/.test(source[next]!)) next++;
      const after = identifierAt(source, next);
      if (after) yield after;
    }
  }
}
/** Where a pattern may be assigned to names declared before (`({ n } = o)`, `[n] = arr`): a `}` or `]` then `=` (not `==`, `=>`). */
const PATTERN_ASSIGNED = /[}\]]\s*=(?![=>])/g;

/** The names a destructuring assignment (not a declaration: those are definitions) updates, every name in the pattern. */
function* patternAssignedNames(root: Node, source: string): Generator<string> {
  for (const { 0: text, index } of source.matchAll(PATTERN_ASSIGNED)) {
    if (surelyNoPattern(source, index)) continue;
    const at = index + text.length - 1;
    const assignment = root.descendantForIndex(at, at + 1)?.parent;
    const left = assignment?.type === "assignment_expression" ? assignment.childForFieldName("left") : undefined;
    if (left?.type === "object_pattern" || left?.type === "array_pattern") yield* identifiersIn(left.text);
  }
}
/** Longest bracketed text read back from a `}` or `]` before `=` (longer is looked up in the tree). */
const MAX_PATTERN_TEXT = 400;
/** Words before a `[` that leave it an array (pattern) rather than a subscript (`return [a] = b`); `const`, `let`, `var`: a declaration's. */
const BEFORE_ARRAY = new Set(["return", "yield", "await", "typeof", "void", "delete", "in", "of", "case", "do", "else", "instanceof", "new", "throw"]);
const DECLARES = new Set(["const", "let", "var"]);

/**
 * Is the bracketed text closed at `close` surely no pattern assigned, read from the text (a look-up in the tree for each
 * of a bundle's `a[i] = x` cost more): a declaration's pattern (`const { a } =`) or a subscript (`a[i] =`, `a[0][i] =`).
 * Text that could hold a bracket in a string or comment is not read so.
 */
function surelyNoPattern(source: string, close: number): boolean {
  const closer = source[close]!;
  const opener = closer === "}" ? "{" : "[";
  let depth = 0;
  let at = close;
  for (; at >= 0 && close - at < MAX_PATTERN_TEXT; at--) {
    const char = source[at]!;
    if (STRING_START.has(char) || char === "/") return false;
    if (char === closer) depth++;
    else if (char === opener && --depth === 0) break;
  }
  if (depth !== 0) return false;
  let end = at;
  while (end > 0 && /\s/.test(source[end - 1]!)) end--;
  // `a[0][i] =`; after `)` it may be either (`f()[0] =`, `if (x) [n] = arr`).
  if (opener === "[" && source[end - 1] === "]") return true;
  let start = end;
  while (start > 0 && IDENTIFIER_CHAR.test(source[start - 1]!)) start--;
  const word = source.slice(start, end);
  return DECLARES.has(word) || (opener === "[" && word !== "" && !BEFORE_ARRAY.has(word));
}
const STRING_START = new Set(["'", '"', "`"]);
/** Could a declared value be a string constant (a literal, a template, an array joined: readDeclaration's `constant`)? */
// The `[` before the end (a call into WASM): asked of every definition's value.
const mayBeString = (source: string, value: Node) => STRING_START.has(source[value.startIndex]!) || (source[value.startIndex] === "[" && mayJoinArray(source, value.startIndex, value.endIndex));
/** A module given as a `data:` URL, its code in it (read as a constant, or a literal's text). */
const DATA_URL = /^[`'"]?data:/i;
/** A native addon's path (`./build/Release/x.node`): `require` loads it as `process.dlopen` does (a literal's text, ruleset.ts's prefilter). */
export const NATIVE_ADDON_NAME = /[^'"`\n]*\.node/;
/**
 * Does a specifier, or a path expression's text before its closing quotes and parentheses, end as a native addon's?
 * Read back from the end (a regular expression anchored at the end is tried from every start: quadratic on a long text).
 */
function namesNativeAddon(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSING.has(text[end - 1]!)) end--;
  return text.endsWith(".node", end);
}
const CLOSING = new Set(["'", '"', "`", ")", " ", "\t", "\n", "\r"]);
/** A module name written as a path (Resolver.unreadLoad): a quote then `./`, `../` or `/`, a path built by `path`, `__dirname` (also first in a template), `import.meta`, `new URL(`. */
const PATH_NAME = /^(?:[`'"](?:\.{1,2}\/|\/)|`\$\{\s*(?:__dirname|__filename|import\s*\.\s*meta)|(?:path\s*\.\s*)?(?:join|resolve)\s*\(|__dirname|__filename|import\s*\.\s*meta|new\s+URL\s*\()/;
/** A promise's methods whose promise settles with its own value when it succeeds (`import("m").catch(() => null)`). */
const SETTLED_AS_IS = new Set(["catch", "finally"]);
/** Calls handing back where a specifier loads from: a loader given what they return loads the module named. */
const SPECIFIER_RESOLVERS = ["import.meta.resolve", "require.resolve"];
/** The module builtin's createRequire held by another name (`import { createRequire as cr } from "node:module"`). */
const CREATE_REQUIRE_PATH = [MODULE_BUILTIN, "createRequire"].join(".");

/**
 * Names that start a module load by name besides `require` (`module.require`, `process.mainModule.require`,
 * `createRequire(…)(…)`), or a member read by name (`Reflect.get(cp, "exec")`).
 */
const LOADERS = new Set(["require", "module", "process", "createRequire", "Reflect"]);

/** Reads of a property's descriptor, whose `.value` is the member (`Object.getOwnPropertyDescriptor(cp, "exec").value`). */
const DESCRIPTOR_READS = ["Object.getOwnPropertyDescriptor", "Reflect.getOwnPropertyDescriptor"];
/**
 * Built-ins that return the object they are given, or one reaching its members: `Object.freeze(cp)`, `seal`,
 * `preventExtensions`, `Object.create(cp)` (its prototype), `Object.assign({}, cp)` (any source's members).
 */
const OBJECT_WRAPPERS = ["Object.freeze", "Object.seal", "Object.preventExtensions", "Object.create"];
/**
 * A callee or value starting with a read of `Object` this file resolves: a property descriptor, a wrapper above, an object given a property (`defineProperty`)
 * (`Object` is no loader, so only these uses of it are resolved), `Object.setPrototypeOf(o, cp)` (o, now reaching cp's members); `new Proxy(cp, handler)`, which forwards to `cp`;
 * `new WeakRef(cp)`, whose `deref()` is `cp`; `Array.from(c)`, an array of the elements of `c`, and `Array.of(a, b)`, of its arguments (Resolver.elementOf).
 */
const OBJECT_READ_AT = /(?:(?:Object|Reflect)\s*\.\s*getPrototypeOf|Object\s*\.\s*(?:getOwnPropertyDescriptors?|fromEntries|freeze|seal|preventExtensions|create|assign|setPrototypeOf|values|entries|defineProperty|defineProperties)|Array\s*\.\s*(?:from|of)|new\s+(?:Proxy|WeakRef|Map|WeakMap|Set|WeakSet))\s*\(/y;
/** The names OBJECT_READ_AT's reads start with (a callee's head: `new Map(…)`'s is `Map`). */
const OBJECT_READ_HEADS = new Set(["Object", "Reflect", "Array", "Proxy", "WeakRef", "Map", "WeakMap", "Set", "WeakSet"]);
/** The collections Resolver.collectionEntries reads, made: `new Map(`, `Promise.resolve(`, `new Promise(` (a promise of a value, which its callbacks get); `Promise.withResolvers(` (bindResolvers); `Promise.reject(` (a reason, REJECTION). */
const COLLECTION_AT = /(?:Promise\s*\.\s*(?:resolve|reject|withResolvers)\s*\(|new\s+(?:Map|WeakMap|Set|WeakSet|Promise)\s*[(<])/y;

/** Could a chain starting with this name resolve (a binding, a global, a reader held by a name, a slot, a module load, `import(…)` or `await (…)`)? */
export const knownTo =
  (bindings: Bindings, readers: ReadonlyMap<string, string> = NO_READER_ALIASES) =>
  (name: string | undefined) =>
    name !== undefined && (bindings.known(name) || LOADERS.has(name) || readers.has(name) || name === "await" || name === "import" || (name === "this" && bindings.prototypeMembers.size > 0) || (name === "super" && bindings.slotRoots.size > 0));

/**
 * `Reflect` and `Object`, and their members, held by a name (`const R = Reflect`, `const g = Reflect.get`, `const {
 * get, getOwnPropertyDescriptor: gopd } = Reflect`, `vals = Object.values`): each name with what it holds, read from the
 * text (the assignment not called in place), so a reader the resolver knows by its written name (`Reflect.get(cp,
 * "exec")`, `Object.values(cp)`) is known under the other (Resolver.readsByName). A name so assigned anywhere in the file
 * is read as the reader wherever it is written (the scan leans to reporting).
 */
export function readerAliases(source: string): ReadonlyMap<string, string> {
  let out: Map<string, string> | undefined;
  // Found by the value and read back to the name: a search starting at every character of a name cost 2% of a bundle's analysis.
  for (const m of source.matchAll(READER_VALUE)) {
    let end = m.index;
    while (end > 0 && /\s/.test(source[end - 1]!)) end--;
    if (source[end - 1] === "}") {
      // `{ get, getOwnPropertyDescriptor: gopd } = Reflect`: a pattern of names (no braces in it), of the whole object.
      const open = source.lastIndexOf("{", end - 2);
      if (m[2] !== undefined || open < 0 || source.indexOf("}", open) !== end - 1) continue;
      for (const part of source.slice(open + 1, end - 1).split(",")) {
        const named = /^\s*([A-Za-z_$][\w$]*)\s*(?::\s*([A-Za-z_$][\w$]*)\s*)?$/.exec(part);
        if (named) (out ??= new Map()).set(named[2] ?? named[1]!, `${m[1]}.${named[1]}`);
      }
      continue;
    }
    const name = nameEndingAt(source, end);
    if (name) (out ??= new Map()).set(name, m[2] ? `${m[1]}.${m[2]}` : m[1]!);
  }
  return out ?? NO_READER_ALIASES;
}
const NO_READER_ALIASES: ReadonlyMap<string, string> = new Map();
/** The names the file declares a class under (`class K`, `K = class`), read from its text (Bindings.classNames). */
export function classNamesOf(source: string): Set<string> {
  const out = new Set<string>();
  // Found at each `class` (indexOf) and read forward or back: a search trying every character cost 15% of an analysis.
  for (let at = source.indexOf("class"); at >= 0; at = source.indexOf("class", at + 5)) {
    if (WORD_CHAR.test(source[at - 1] ?? "")) continue;
    const assigned = WORD_CHAR.test(source[at + 5] ?? "") ? undefined : assignedClassName(source, at);
    if (assigned !== undefined) {
      out.add(assigned);
      continue;
    }
    CLASS_DECLARED.lastIndex = at;
    const declared = CLASS_DECLARED.exec(source);
    if (declared) out.add(declared[1]!);
  }
  return out;
}
/** `K = class` (not `==`, `+=`…: a name's character stands before the `=`): the name before the `class` at `at`. */
function assignedClassName(source: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && /\s/.test(source[end - 1]!)) end--;
  if (source[end - 1] !== "=") return undefined;
  end--;
  while (end > 0 && /\s/.test(source[end - 1]!)) end--;
  return nameEndingAt(source, end);
}
/** The name written just before `end`, as JavaScript reads names (a run of name characters, from its first that may start one). */
function nameEndingAt(source: string, end: number): string | undefined {
  let start = end;
  while (start > 0 && NAME_PART.test(source[start - 1]!)) start--;
  return NAME_ENDING.exec(source.slice(start, end))?.[0];
}
const WORD_CHAR = /\w/;
const CLASS_DECLARED = /class\s+([\p{L}_$][\p{L}\p{N}_$]*)/uy;
/** A character of a name read backwards (a surrogate half: NAME_ENDING decides). */
const NAME_PART = /[\p{L}\p{N}_$\uD800-\uDFFF]/u;
const NAME_ENDING = /[\p{L}_$][\p{L}\p{N}_$]*$/u;
/** What readerAliases finds, from the `=` on: `Reflect` or `Object`, and one member of either, assigned and not called. */
const READER_VALUE = /=\s*(?:globalThis\s*\.\s*)?(Reflect|Object)\s*(?:\.\s*([A-Za-z_$][\w$]*)\s*)?(?=[;,\n})]|$)/g;

/** Does a parameter or local of this name shadow something (the analysis binds it)? An own `Object` or `Proxy` is not the built-in OBJECT_READ_AT reads. */
export const shadows = (bindings: Bindings, name: string) => bindings.mayResolve(name) || LOADERS.has(name) || OBJECT_READ_HEADS.has(name);

/**
 * Imports → bindings, then declarations, locals and shadowing, then calls. `state` is what a re-analysis
 * after an edit may reuse (none when read through the project's symbol table).
 */
export function analyzeJavaScript(tree: Tree, source: string, language: Language, typescript: boolean, filter: ModuleFilter, withComments: boolean, timeLimitMs: number, project?: FileProject, esModuleByName = false): Analysis & { state?: KeptAnalysis } {
  const deadline = new Deadline(timeLimitMs);
  const { scopes, comments, imports: importNodes, callees, definitions: assigned, locals, args } = collectCaptures(javaScriptQuery(language, typescript, withComments), tree.rootNode, timeLimitMs);
  // The file's top-level functions, read once for all that ask (Resolver.topFunctions).
  let topFunctions: Map<string, Node> | undefined;
  const readers = readerAliases(source);
  const definitions = withDerivedDefinitions(lastAssignedValues(assigned, source), callees, source, tree.rootNode, readers, () => (topFunctions ??= topLevelFunctions(tree.rootNode)));
  const bindings = new Bindings(scopes, globalPath);
  for (const name of classNamesOf(source)) bindings.classNames.add(name);
  const imports: Analysis["imports"] = [];
  const binders = importNodes.map((node) => node.startIndex);
  for (const node of importNodes) importStatement(node, bindings, filter, imports, project);
  // TypeScript is taken as strict: its compiler's `strict` (tsc --init's default) and any module it emits say "use strict".
  const strictFile = typescript || esModuleByName;
  const resolver = new Resolver(bindings, filter, project, undefined, deadline, strictFile, readers);
  if (topFunctions) resolver.topFunctions(tree.rootNode, topFunctions);
  const known = knownTo(bindings, readers);
  const bindLocal = (node: Node, outer: boolean, name: string) => {
    binders.push(node.startIndex);
    bindings.bind(outer ? bindings.scopeOf(node, node.parent!) : bindings.scopeOf(node), name, undefined);
  };
  const localNames = locals.map(([node]) => identifierAt(source, node.startIndex)!);
  /** The locals by name: a re-read shadows those of the few names just bound, not every local of the file again (a bundle has thousands). */
  let localsByName: Map<string, number[]> | undefined;
  /** `fresh`: only names bound since (the others were shadowed already). */
  const shadowLocals = (fresh?: Fresh) => {
    if (!fresh) {
      locals.forEach(([node, outer], i) => shadows(bindings, localNames[i]!) && bindLocal(node, outer, localNames[i]!));
      return;
    }
    if (!localsByName) {
      localsByName = new Map();
      localNames.forEach((name, i) => {
        const list = localsByName!.get(name);
        if (list) list.push(i);
        else localsByName!.set(name, [i]);
      });
    }
    for (const name of fresh.names()) {
      const indices = localsByName.get(name);
      if (indices && shadows(bindings, name)) for (const i of indices) bindLocal(locals[i]![0], locals[i]![1], name);
    }
  };
  // Parameters before declarations (`function f(cp) { const run = cp.exec }` is not child_process), and
  // again after, for the names the declarations added (`const run = cp.exec` at the top, `(run) => run()` below).
  shadowLocals();
  // `let transport;` … `transport = https`: the locals of a name assigned a watched value are declared first, so the value lands in their scope.
  const declared = new Set<string>();
  /** Definitions by the name they start with (read from the text), made on first use. */
  let definitionsOf: Map<string, Node[]> | undefined;
  const declareLocals = (name: string) => {
    if (declared.has(name)) return;
    declared.add(name);
    locals.forEach(([node, outer], i) => localNames[i] === name && bindLocal(node, outer, name));
    if (!definitionsOf) {
      definitionsOf = new Map();
      for (const [nameNode] of definitions) {
        const first = identifierAt(source, nameNode.startIndex);
        const list = first === undefined ? undefined : definitionsOf.get(first);
        if (list) list.push(nameNode);
        else if (first !== undefined) definitionsOf.set(first, [nameNode]);
      }
    }
    // `let t = 1` in a function, read before the name was known to matter: a local as well.
    for (const nameNode of definitionsOf.get(name) ?? []) {
      if (nameNode.type !== "identifier") continue;
      // The declarator read once (each parent is a walk down from the root).
      const declarator = nameNode.parent;
      if (declarator?.type === "variable_declarator" && !moduleLevel(nameNode, declarator)) bindLocal(nameNode, false, name);
    }
  };
  /** `mentioned`: the test of which definitions to read again, when not `fresh`'s (factories.ts has a cheaper one). */
  // Each definition's target and value's end, read from the tree once for all the re-reads (a bundle has thousands of definitions, re-read a dozen times).
  const targets: number[] = [];
  const valueEnds: number[] = [];
  const bindDeclarations = (sites: Analysis["imports"], fresh?: Fresh, mentioned?: Mentioned) => {
    definitions.forEach(([nameNode, value], i) => {
      if (fresh || mentioned) {
        let target = targets[i];
        // A callback's carrier is read too: `mk().then((f) => …)` once `mk` is found a factory.
        if (target === undefined) {
          target = targets[i] = nameNode.type === "property_identifier" && nameNode.parent?.type === "member_expression" ? nameNode.parent.startIndex : nameNode.startIndex;
          valueEnds[i] = value.endIndex;
        }
        if (mentioned ? !mentioned(target, value.startIndex, valueEnds[i]!) : !mentions(source, target, value.startIndex, valueEnds[i]!, fresh!)) return;
      }
      bindDefinition(nameNode, value, sites);
    });
  };
  const bindDefinition = (nameNode: Node, value: Node, sites: Analysis["imports"]) => {
    const read = readDeclaration(source, nameNode, value, known, bindings);
    if (read.binds) binders.push(nameNode.startIndex);
    declaration(nameNode, value, read, resolver, bindings, sites, known, declareLocals);
  };
  // Before any name is read: a name bound otherwise anywhere is no constant (Constants.poison).
  for (const name of localNames) resolver.constants.poison(name);
  for (const [nameNode, value] of definitions) {
    // The text first (a node's type is a call into WASM): a pattern opens with its bracket, a name given a string stays.
    const opens = source[nameNode.startIndex];
    const type = opens === "{" || opens === "[" || !mayBeString(source, value) ? nameNode.type : undefined;
    if (type === "object_pattern") for (const [, local] of destructured(nameNode)) resolver.constants.poison(local.text);
    else if (type === "array_pattern") for (const element of arrayElements(nameNode)) {
      const local = elementName(element);
      if (local) resolver.constants.poison(local.text);
    }
    else if (type === "identifier") resolver.constants.poison(nameNode.text);
  }
  for (const name of updatedNames(source)) resolver.constants.poison(name);
  for (const name of patternAssignedNames(tree.rootNode, source)) resolver.constants.poison(name);
  const firstPass = bindings.startFresh();
  bindDeclarations(imports);
  // Values passed to the file's own functions, a fixed number of calls deep (parameters.ts); the imports were listed the first time.
  const parameters = javaScriptParameters({ source, bindings, captures: { callees, locals, definitions }, resolve: (node) => resolver.returnedValue(node), crosses: (path) => (path.module === FILE_SLOTS ? bindings.slotsOf(path.members) : [path]).some((value) => filter.reachesCrossing(normalMembers(value))), known, binders, inPlace: RETURNED_IN_PLACE });
  const rebind = (fresh: Fresh, mentioned?: Mentioned) => {
    shadowLocals(fresh);
    bindDeclarations([], fresh, mentioned);
    shadowLocals(fresh);
  };
  rereadBoundLater(source, bindings, firstPass, definitions, rebind);
  followParameters(bindings, parameters.round, (fresh) => rebind(fresh));
  // Top-level functions returning a watched value (factories.ts): their calls are that value, a parameter's default too (`fetch = getFetch()`).
  // After the re-read: a local of the factory's name (`const getFetch = …` in a function) hides it from a default there.
  // A name given a factory's value there (`const p = mk()`) carries it to the name's `then`s (`p.then((f) => …)`), read again.
  let promiseCallbacks: Captures["definitions"] | undefined;
  const rebindFactories = (fresh: Fresh, mentioned: Mentioned | undefined) => {
    rebind(fresh, mentioned);
    promiseCallbacks ??= definitions.filter(([nameNode]) => identifierAt(source, nameNode.startIndex) === "then" && nameNode.type === "property_identifier" && nameNode.parent?.childForFieldName("object")?.type === "identifier");
    for (const [nameNode, value] of promiseCallbacks) {
      if (mentions(source, nameNode.parent!.startIndex, value.startIndex, value.startIndex, fresh)) bindDefinition(nameNode, value, []);
    }
    parameters.defaults(mentioned ?? ((target, value, end) => mentions(source, target, value, end, fresh)));
  };
  bindFactories({ source, root: tree.rootNode, bindings, known, resolve: (node) => resolver.returnedValue(node), binders, rebind: rebindFactories }, JS_FACTORIES);
  // Then what mentions a generator just bound is read again (`for (const f of g())`, `const it = g()`).
  const generators = bindings.startFresh();
  if (bindGenerators(tree.rootNode, source, resolver, bindings, binders)) rebind(generators);
  shadowLocals();
  renamedExports(tree.rootNode, source, bindings, binders);
  const { calls, passed: handed } = callsOf(callees, args, resolver, bindings, known, source);
  const passed = [...handed, ...storedInParameters(definitions, resolver, known, source), ...storedWhereShared(definitions, callees, resolver, bindings, known, source), ...storedWhereUnfollowed(tree.rootNode, definitions, resolver, bindings, known, source), ...yieldedWhereUnfollowed(tree.rootNode, resolver, known, source)];
  const state = { bindings, binders, calls, passed, imports, comments: comments.map(commentText), withComments, constants: resolver.constants, parameters: parameters.facts, strictFile };
  const { loads, unfixed } = loadedPaths(callees, definitions, resolver, bindings, known, source);
  const searched = namesModulePaths(source) ? searchPaths(callees, definitions, resolver, bindings, source) : [];
  return { calls: [...calls, ...passed, ...unfixed], imports, comments, exports: bindings.exported(), state, ...(loads.length ? { loads } : {}), ...(searched.length ? { searchPaths: searched } : {}) };
}

/** Where a file may build a path from its own place, or make a `require` (loadedPaths): else it has nothing to fold. */
const PATH_ANCHOR = /__dirname|__filename|import\s*\.\s*meta|createRequire/;

/**
 * The project files the file's loaders name by a path it builds from its own place, or by a literal given a made
 * `require` (Resolver.loadedPath), relative to its folder: each is judged as JavaScript, as `require("./x.txt")` is.
 */
function loadedPaths(callees: Captures["callees"], definitions: Captures["definitions"], resolver: Resolver, bindings: Bindings, known: (name: string | undefined) => boolean, source: string): { loads: string[]; unfixed: CallSite[] } {
  if (!PATH_ANCHOR.test(source)) return { loads: [], unfixed: [] };
  const folder = pathFolder(definitions, resolver, bindings);
  const out = new Set<string>();
  const unfixed: CallSite[] = [];
  for (const [node, kind] of callees) {
    if (kind !== "call") continue;
    const head = source[node.startIndex] === "(" ? undefined : rootAt(source, node.startIndex);
    if (head !== undefined && !known(head) && head !== "import") continue;
    const path = resolver.loadedPath(node, folder);
    if (path === UNFIXED_BASE) unfixed.push({ start: node.startIndex, end: node.endIndex, callee: oneLine(node.text), path: { module: GLOBAL, members: [] }, form: "call", unread: UNFIXED_BASE });
    else if (path !== undefined) out.add(path);
  }
  return { loads: [...out].sort(), unfixed };
}

/** The module objects whose `paths` Node searches for a bare `require` of the file: its own, and the main module's. */
const SEARCHED_MODULE = /^(?:module|require\.main|process\.mainModule)\.paths\.(unshift|push|splice)$/;

/**
 * The folders the file adds to its module's search paths (`module.paths.unshift(__dirname + "/plugins")`, `.push`,
 * `.splice(i, n, …)`, `require.main.paths`), each a path built from the file's place (javascript-loads.ts), relative to
 * its folder: its bare `require("tools")` may load `plugins/tools.js` (project.ts).
 */
function searchPaths(callees: Captures["callees"], definitions: Captures["definitions"], resolver: Resolver, bindings: Bindings, source: string): string[] {
  const out = new Set<string>();
  let folder: PathFolder | undefined;
  for (const [node, kind] of callees) {
    const edit = kind === "call" ? SEARCHED_MODULE.exec(node.text.replace(/\s+/g, "")) : null;
    const call = edit ? node.parent : null;
    if (!edit || call?.type !== "call_expression" || bindings.declared("module", node) || bindings.declared("require", node)) continue;
    folder ??= pathFolder(definitions, resolver, bindings);
    for (const arg of namedChildrenOf(call).slice(edit[1] === "splice" ? 2 : 0)) {
      const path = folder.projectPath(arg);
      if (path !== undefined) out.add(path);
    }
  }
  return [...out].sort();
}

/** Paths built from the file's place, through the names the file assigns once (`const __dirname = dirname(fileURLToPath(import.meta.url))`, `const dir = join(__dirname, "a")`). */
function pathFolder(definitions: Captures["definitions"], resolver: Resolver, bindings: Bindings): PathFolder {
  const counts = new Map<string, number>();
  const values = new Map<string, Node>();
  for (const [nameNode, value] of definitions) {
    if (nameNode.type !== "identifier") continue;
    const name = nameNode.text;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    values.set(name, value);
  }
  for (const [name, count] of counts) if (count > 1) values.delete(name);
  return new PathFolder(resolver.constants, values, (name, at) => bindings.declared(name, at) || parameterOwner(at) !== undefined);
}

/** Callees whose first name is the callee's root: a name, a member, an element, a call's result (`lib.make()(cp, c)`). */
const CALLEE_CHAINS = new Set(["identifier", "member_expression", "subscript_expression", "call_expression"]);

/**
 * Is `arg` written as an argument of a function bound by an import (`run(cp, c)` of `const run = require("./runner")`):
 * another file's, whose parameters this file's analysis does not follow? Not a library's the scan trusts (assertions,
 * promisify, compilers' helpers), nor a watched module's own (`cp.exec.call(cp, …)`).
 */
function handedToImported(arg: Node, fn: Node, source: string, filter: ModuleFilter): boolean {
  const list = arg.parent?.type === "spread_element" ? arg.parent.parent : arg.parent?.type === "array" && arg.parent.parent?.type === "spread_element" ? arg.parent.parent.parent : arg.parent;
  if (list?.type !== "arguments" || !CALLEE_CHAINS.has(fn.type)) return false;
  const module = importedCallee(source, fn.text, false);
  return module !== undefined && !filter.relevant(module) && ![JS_INSPECTORS, JS_PROMISIFY, JS_COMPILER_HELPERS].some((functions) => functions.modules.has(module));
}

/** A target stored through (`o.x`, `o[k]`), whose object holds the store. */
const MEMBER_TYPES = new Set(["member_expression", "subscript_expression"]);
/** Is a definition's target a member (MEMBER_TYPES)? The text first: a member's `.` or `[` stands before its value (most targets are plain names). */
function memberTarget(source: string, nameNode: Node, value: Node): boolean {
  if (value.startIndex > nameNode.startIndex && !hasMemberMark(source, nameNode.startIndex, value.startIndex)) return false;
  return MEMBER_TYPES.has(nameNode.type);
}
function hasMemberMark(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 46 /* . */ || c === 91 /* [ */) return true;
  }
  return false;
}

/**
 * `function install(o) { o.run = cp.execSync }`, a decorator's `d.value = cp.execSync`: a watched value stored in a member
 * of an object a function's caller hands it is that caller's, in this file or another. Reported where it is stored, a
 * module as any of its members; not in `this` (an instance's slots are followed).
 */
function storedInParameters(definitions: Captures["definitions"], resolver: Resolver, known: (name: string | undefined) => boolean, source: string): CallSite[] {
  const out: CallSite[] = [];
  for (const [nameNode, value] of definitions) {
    // The text first, then each node's type once (a call into WASM).
    if (!known(identifierAt(source, value.startIndex)) || !memberTarget(source, nameNode, value)) continue;
    let holder = nameNode;
    let type = holder.type;
    for (; MEMBER_TYPES.has(type); type = holder.type) holder = holder.childForFieldName("object") ?? holder;
    const owner = type === "identifier" ? parameterOwner(holder) : undefined;
    if (owner === undefined) continue;
    const path = resolver.resolve(value);
    if (path && !path.returns && !path.properties) out.push(reportedWhereStored(value, path, storedInParameterNote(oneLine(nameNode.text), holder.text, owner)));
  }
  return out;
}

/** The calls that store into an object they are given (storedWhereShared), as Resolver.readsByName names them; the words they start with; a file's text naming one. */
const OBJECT_STORES = ["Object.assign", "Object.defineProperty", "Object.defineProperties", "Reflect.defineProperty"];
const OBJECT_STORE_HEADS = new Set(["Object", "Reflect"]);
const OBJECT_STORE_TEXT = /\b(?:Object|Reflect)\s*\.\s*(?:assign|defineProperty|defineProperties)\b/;

/**
 * The note of a store into `target` when other files share it: the global object (`globalThis`, `global`, `window`,
 * `self`, not a local of that name, or a name holding it whole, `const g = globalThis`), a module loaded by its literal
 * name (`require("path")`) or a name holding one (`moduleHeld`); undefined for any other object.
 */
function sharedHolder(target: Node, resolver: Resolver, bindings: Bindings, moduleHeld: (name: Node) => string | undefined): ((member: string) => string) | undefined {
  const holder = unwrapParentheses(target);
  if (holder.type === "identifier" && (GLOBAL_OBJECTS.has(holder.text) ? !bindings.declared(holder.text, holder) : holdsGlobalObject(holder, resolver, bindings))) return storedInGlobalNote;
  const loaded = holder.type === "call_expression" && !bindings.declared("require", holder) ? REQUIRED_MODULE.exec(holder.text) : null;
  const module = loaded ? loaded[2]! : holder.type === "identifier" ? moduleHeld(holder) : undefined;
  return module === undefined ? undefined : (member) => storedInModuleNote(member, module);
}

/** Does a name hold the global object whole where it is read (`const g = globalThis`, `window`, `self`, `global`: Resolver.resolve)? */
function holdsGlobalObject(name: Node, resolver: Resolver, bindings: Bindings): boolean {
  if (!bindings.mayResolve(name.text)) return false;
  const path = resolver.resolve(name);
  return path?.module === GLOBAL && path.members.length === 0 && !path.properties;
}

/**
 * What a storing call (OBJECT_STORES) puts in its target, as [member, value]: `Object.assign`'s sources' properties
 * (`{ run: cp.execSync }`, `{ execSync }`; a source that is no literal, `Object.assign(globalThis, cp)`, is any
 * member: `*`), `defineProperty`'s described value (`{ value }`, a getter's return) under its key, and each of
 * `defineProperties`' descriptors.
 */
function storedByCall(method: string | undefined, args: readonly Node[]): Array<[member: string, value: Node]> {
  const out: Array<[string, Node]> = [];
  const keyOf = (key: Node | null | undefined) => (!key ? "[…]" : key.type === "property_identifier" || key.type === "number" ? key.text : key.type === "string" ? (stringValue(key) ?? "[…]") : `[${oneLine(key.text)}]`);
  if (method === "assign") {
    for (const object of args) {
      if (object.type !== "object") {
        out.push(["*", object]);
        continue;
      }
      for (const prop of object.namedChildren) {
        if (prop?.type === "pair") {
          const value = prop.childForFieldName("value");
          if (value) out.push([keyOf(prop.childForFieldName("key")), value]);
        } else if (prop?.type === "shorthand_property_identifier") out.push([prop.text, prop]);
        else if (prop?.type === "spread_element" && prop.namedChildren[0]) out.push(["*", prop.namedChildren[0]]);
      }
    }
  } else if (method === "defineProperty") {
    const [key, descriptor] = args;
    const value = descriptor?.type === "object" ? describedValue(descriptor) : null;
    if (value) out.push([keyOf(key), value]);
  } else if (method === "defineProperties" && args[0]?.type === "object") {
    for (const prop of args[0].namedChildren) {
      const descriptor = prop?.type === "pair" ? prop.childForFieldName("value") : null;
      const value = descriptor?.type === "object" ? describedValue(descriptor) : null;
      if (value) out.push([keyOf(prop!.childForFieldName("key")), value]);
    }
  }
  return out;
}

/** A module loaded by a literal name, the whole value of a definition (`const path = require("path")`). */
const REQUIRED_MODULE = /^require\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)$/;
/** The CommonJS loader's table of file kinds and its module cache, by CommonJS's `require` or the module builtin (Resolver.loaderState). */
const LOADER_STATE_TEXT = /\b(?:extensions|_extensions|cache|_cache|wrap|wrapper)\b/;
/** The end of a member Resolver.loaderState reads (its property). */
const LOADER_STATE_END = /(?:extensions|cache|wrap|wrapper)$/;

/**
 * Where a value stored reaches other files, or what Node loads: a watched value stored in a property of the global
 * object (`globalThis.run = cp.execSync`, then a bare `run(…)` anywhere), in a member of a module another file loads too
 * (`require("path").normalize = cp.execSync`), or in the module cache as a module's exports (`require.cache[k] = {
 * exports: cp }`): each reported where it is stored, as storedInParameters' values are. And a change to, or a call of,
 * the loader's table of file kinds (`require.extensions[".txt"] = require.extensions[".js"]`, `Module._extensions`):
 * scan/dynamic-code, any file may then run as JavaScript.
 */
function storedWhereShared(definitions: Captures["definitions"], callees: Captures["callees"], resolver: Resolver, bindings: Bindings, known: (name: string | undefined) => boolean, source: string): CallSite[] {
  const out: CallSite[] = [];
  const stateText = LOADER_STATE_TEXT.test(source);
  // Names holding a module loaded by a literal name, assigned once (`const path = require("path")`, `import * as path from "path"`).
  let modules: Map<string, string> | undefined;
  const moduleHeld = (name: Node): string | undefined => {
    if (!modules) {
      // A name assigned a module once and nothing else (the text's start first: a value's text is a copy of it, and a
      // node's type a call into WASM: only the definitions of the names found are asked), or imported and never assigned.
      const loads = new Map<string, string>();
      // The words the names start with (an escaped name's, `pa\u0074h`, is its first part): each definition starting so is counted.
      const heads = new Set<string | undefined>();
      for (const [nameNode, value] of definitions) {
        const loaded = source.startsWith("require", value.startIndex) ? REQUIRED_MODULE.exec(value.text) : null;
        if (!loaded || nameNode.type !== "identifier") continue;
        loads.set(identifierText(source, nameNode), loaded[2]!);
        heads.add(identifierAt(source, nameNode.startIndex));
      }
      const imported = new Map<string, string>();
      for (const match of source.matchAll(/\bimport\s+(?:\*\s+as\s+)?([\w$]+)\s+from\s+(['"])([^'"\n]+)\2/g)) {
        imported.set(match[1]!, match[3]!);
        heads.add(match[1]!);
      }
      const assignments = new Map<string, number>();
      if (heads.size)
        for (const [nameNode] of definitions) {
          if (!heads.has(identifierAt(source, nameNode.startIndex)) || nameNode.type !== "identifier") continue;
          const name = identifierText(source, nameNode);
          assignments.set(name, (assignments.get(name) ?? 0) + 1);
        }
      modules = new Map([...loads].filter(([name]) => assignments.get(name) === 1));
      for (const [name, module] of imported) if (!assignments.has(name)) modules.set(name, module);
    }
    return modules.get(name.text);
  };
  const loaderTableAt = (node: Node | null): boolean => stateText && node !== null && resolver.loaderState(node) === "extensions";
  // Where the text names the loader's table (`require.extensions`, `Module._extensions`: loaderState), in order.
  let tableWords: number[] | undefined;
  const namesTable = (start: number, end: number) => {
    if (!tableWords) {
      tableWords = [];
      for (const word of ["extensions", "wrap"]) for (let at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + 1)) tableWords.push(at);
      tableWords.sort((a, b) => a - b);
    }
    const low = firstAtLeast(tableWords, start, (at) => at);
    return low < tableWords.length && tableWords[low]! < end;
  };
  for (const [nameNode, value] of definitions) {
    // The text decides before the tree: what is stored is the value, or in the module cache an object's `exports` (below);
    // else only a store in the loader's table is reported, whose target names it.
    const mayStore = known(identifierAt(source, value.startIndex)) || (stateText && source[value.startIndex] === "{");
    if (!mayStore && !(stateText && (value.startIndex <= nameNode.startIndex || namesTable(nameNode.startIndex, value.startIndex)))) continue;
    if (!memberTarget(source, nameNode, value)) continue;
    // The loader's table changed, whatever the value: reported at the entry stored.
    if (loaderTableAt(nameNode.childForFieldName("object"))) {
      out.push({ start: nameNode.startIndex, end: nameNode.endIndex, callee: oneLine(nameNode.text), path: { module: GLOBAL, members: [] }, form: "call", unread: LOADER_TABLE });
      continue;
    }
    // The loader's module wrapper replaced (`Module.wrap = (s) => …`) or edited (`Module.wrapper[0] = …`), whatever the value.
    if (stateText && (resolver.loaderState(nameNode) === "wrapper" || resolver.loaderState(nameNode.childForFieldName("object") ?? nameNode) === "wrapper")) {
      out.push({ start: nameNode.startIndex, end: nameNode.endIndex, callee: oneLine(nameNode.text), path: { module: GLOBAL, members: [] }, form: "call", unread: LOADER_WRAPPER });
      continue;
    }
    if (!mayStore) continue;
    let holder = nameNode;
    let cached = false;
    let holderType = holder.type;
    for (; MEMBER_TYPES.has(holderType); holderType = holder.type) {
      holder = holder.childForFieldName("object") ?? holder;
      cached ||= stateText && resolver.loaderState(holder) === "cache";
    }
    let note: string | undefined;
    let stored: Node | null = value;
    if (cached) {
      // `require.cache[k] = { exports: cp }`: the exports a later require returns; `require.cache[k].exports = cp` likewise.
      if (value.type === "object") {
        const pair = value.namedChildren.find((p) => p?.type === "pair" && /^["'`]?exports["'`]?$/.test(p.childForFieldName("key")?.text ?? ""));
        stored = pair?.childForFieldName("value") ?? null;
      }
      note = STORED_IN_MODULE_CACHE_NOTE;
    } else if (holderType === "identifier" && GLOBAL_OBJECTS.has(holder.text) && !bindings.declared(holder.text, holder)) {
      note = storedInGlobalNote(oneLine(nameNode.text));
    } else if (holderType === "call_expression" && REQUIRED_MODULE.test(holder.text) && !bindings.declared("require", holder)) {
      note = storedInModuleNote(oneLine(nameNode.text), REQUIRED_MODULE.exec(holder.text)![2]!);
    } else if (holderType === "identifier") {
      const module = moduleHeld(holder);
      if (module !== undefined) note = storedInModuleNote(oneLine(nameNode.text), module);
      // `const g = globalThis; g.run = cp.execSync`: the global object reached through a name (asked of a known value only).
      else if (known(identifierAt(source, value.startIndex)) && holdsGlobalObject(holder, resolver, bindings)) note = storedInGlobalNote(oneLine(nameNode.text));
    }
    if (!note || !stored || !known(identifierAt(source, stored.startIndex))) continue;
    const path = resolver.resolve(stored);
    if (path && !path.returns && !path.properties) out.push(reportedWhereStored(stored, path, note));
  }
  // `Object.assign(globalThis, { run: cp.execSync })`, `Object.defineProperty(require("path"), "x", { value: cp.execSync })`:
  // the same stores, written as calls (a file naming none of them is not asked), also held by a name (`const assign = Object.assign`).
  if (OBJECT_STORE_TEXT.test(source) || resolver.holdsReaders) {
    for (const [callee, kind] of callees) {
      const held = kind === "call" ? resolver.heldReader(callee, identifierAt(source, callee.startIndex)) : undefined;
      if (kind !== "call" || (held === undefined && (!OBJECT_STORE_HEADS.has(identifierAt(source, callee.startIndex) ?? "") || callee.type !== "member_expression")) || !resolver.readsByName(callee, ...OBJECT_STORES)) continue;
      const [target, ...rest] = namedChildrenOf(callee.parent);
      const noteOf = target && sharedHolder(target, resolver, bindings, moduleHeld);
      if (!noteOf) continue;
      for (const [member, value] of storedByCall(held?.slice(held.lastIndexOf(".") + 1) ?? callee.childForFieldName("property")?.text, rest)) {
        if (!known(identifierAt(source, value.startIndex))) continue;
        const path = resolver.resolve(value);
        if (!path || path.returns) continue;
        const note = noteOf(`${oneLine(target!.text)}${member.startsWith("[") ? "" : "."}${member}`);
        for (const one of path.properties ? heldValues(path) : [path]) out.push(reportedWhereStored(value, one, note));
      }
    }
  }
  // `require.extensions[".js"](module, f)`: the loader's entry called on a file by its path.
  if (stateText) {
    for (const [node, kind] of callees) {
      // The table's word in the callee's text first (loaderState reads `….extensions` / `…._extensions`).
      if (kind !== "call" || !namesTable(node.startIndex, node.endIndex)) continue;
      const type = node.type;
      if (type !== "subscript_expression" && type !== "member_expression") continue;
      if (loaderTableAt(node.childForFieldName("object"))) out.push({ start: node.startIndex, end: node.endIndex, callee: oneLine(node.text), path: { module: GLOBAL, members: [] }, form: "call", unread: LOADER_TABLE });
    }
  }
  return out;
}

/** Where a prototype is written to: `X.prototype.m = …`, `o.__proto__ = …`, `{ __proto__: … }` (read from the text, then the tree). */
const PROTOTYPE_WORD = /\b(?:prototype|__proto__)\b/g;
/** After PROTOTYPE_WORD, a chain of plain members (`.a`, `?.b`, `[k]`), then a call's or an expression's end, or a plain `=` and the space before the value. */
const PROTOTYPE_FOLLOWER = /(?:\s*\??\.\s*[\w$]+|\s*\[[^\][]*\])*\s*(?:([(;,}])|=(?![=>])\s*)/y;
/** What wraps an expression without changing its value: parentheses, TypeScript's `as`, `!`, `satisfies`, `<T>x`. */
const CAST_WRAPPERS = new Set(["parenthesized_expression", "as_expression", "non_null_expression", "satisfies_expression", "type_assertion"]);
/** `set name(`, `set [key](`, `set "name"(`: a setter's head (the tree says whether it is one). */
const SETTER_WORD = /\bset\s*(?:(#?[\p{L}_$][\p{L}\p{N}_$]*)|\[|["'])/gu;

/**
 * Stores of a watched value the scan does not follow to their reads, reported where made (as storedInParameters):
 * - in a prototype: `Object.prototype.run = cp.execSync` (`Array.prototype`, another file's class's, `o.__proto__ = …`,
 *   `x.__proto__.run = …`) — every object inheriting from it reads it, `({}).run(…)` included; not the prototype of a
 *   class or function of the file, whose slots are followed (`new K().run`), nor a parameter's (storedInParameters);
 * - as an object literal's prototype: `{ __proto__: { run: cp.execSync } }` — its members' reads and its methods'
 *   `super.run` fall back to it;
 * - in a member a setter of the file receives: `o.cmd = cp.execSync` of `{ set cmd(run) { run(…) } }`, in a class too;
 *   the setter's name decides (any object's member of that name may be the setter's: the holder is not tracked), a
 *   computed one (`set [k](v)`) takes every name.
 */
function storedWhereUnfollowed(root: Node, definitions: Captures["definitions"], resolver: Resolver, bindings: Bindings, known: (name: string | undefined) => boolean, source: string): CallSite[] {
  const out: CallSite[] = [];
  // `wholeFollowed`: a module whole as the prototype is followed where its members are read (`{ __proto__: cp }` … `o.exec`).
  const report = (value: Node | null | undefined, note: string, wholeFollowed = false) => {
    if (!value) return;
    const values: Node[] = [];
    if (value.type === "object" || value.type === "array") handedValues(value, values);
    else values.push(value);
    for (const v of values) {
      if (!known(identifierAt(source, v.startIndex))) continue;
      const path = resolver.resolve(v);
      if (path?.returns) continue;
      // A container held by a name (`const base = { run: cp.exec }`): each watched value it holds, as one handed over (callsOf).
      const held = path ? (path.properties ? heldValues(path) : [path]) : v.type === "identifier" ? (bindings.held(v.text, v) ?? []) : [];
      for (const one of held) if (!(wholeFollowed && one.members.length === 0 && !one.properties)) out.push(reportedWhereStored(v, one, note));
    }
  };
  for (const m of source.matchAll(PROTOTYPE_WORD)) {
    // The text first (most are reads, or stores of the file's own functions): what follows a plain chain of members
    // says a call or the end of an expression, or an assignment of a value report() would skip. Anything else is read from the tree.
    PROTOTYPE_FOLLOWER.lastIndex = m.index + m[0].length;
    const follower = PROTOTYPE_FOLLOWER.exec(source);
    const valueAt = follower ? follower.index + follower[0].length : 0;
    if (follower && (follower[1] !== undefined || !(known(identifierAt(source, valueAt)) || source[valueAt] === "{" || source[valueAt] === "["))) continue;
    let word = root.descendantForIndex(m.index, m.index + m[0].length);
    if (word?.type === "string_fragment") word = word.parent;
    const parent = word?.parent;
    if (!word || !parent) continue;
    if (parent.type === "pair" && m[0] === "__proto__" && parent.childForFieldName("key")?.id === word.id) {
      // Not `super.…` in its methods, which reads the prototype the model does not follow.
      report(parent.childForFieldName("value"), LITERAL_PROTOTYPE_NOTE, !/\bsuper\b/.test(parent.parent?.text ?? ""));
      continue;
    }
    if (word.type !== "property_identifier" || parent.type !== "member_expression") continue;
    let target = parent;
    // Through parentheses and TypeScript's casts too: `(Object.prototype as any).run = …`.
    for (let up = target.parent; up; up = target.parent) {
      if ((up.type === "member_expression" || up.type === "subscript_expression") && up.childForFieldName("object")?.id === target.id) target = up;
      else if (CAST_WRAPPERS.has(up.type) && up.namedChildren[0]?.id === target.id) target = up;
      else break;
    }
    const store = target.parent;
    if (!assigns(store) || store!.childForFieldName("left")?.id !== target.id) continue;
    // A value report() would skip first (most stores are of the file's own functions): the holder's tests search the text and walk up the tree.
    const stored = store!.childForFieldName("right");
    if (!stored || !(known(identifierAt(source, stored.startIndex)) || stored.type === "object" || stored.type === "array")) continue;
    // `X.prototype` of X a class or function of the file, or a parameter: followed (asked of stores only: reads such
    // as `Object.prototype.hasOwnProperty.call` are everywhere).
    const holder = parent.childForFieldName("object");
    if (m[0] === "prototype" && holder?.type === "identifier" && (definedInFile(source, holder.text) || parameterOwner(holder) !== undefined)) continue;
    report(stored, storedInPrototypeNote(oneLine(target.text)), m[0] === "__proto__" && target.id === parent.id);
  }
  out.push(...storedWhereRuntimeCalls(root, resolver, known, source));
  // `o[key] = cp.execSync` (`for (const k in cp) o[k] = cp[k]`) under a key the file does not fix: no slot holds it,
  // and any read of `o`'s members (`o.execSync`, `o[other]`) may be it.
  for (const [nameNode, value] of definitions) {
    // A subscript's `[` stands before the value: the tree is asked only then.
    if (value.startIndex > nameNode.startIndex && !source.slice(nameNode.startIndex, value.startIndex).includes("[")) continue;
    const index = nameNode.type === "subscript_expression" ? nameNode.childForFieldName("index") : null;
    if (index && resolver.propertyKey(index) === undefined) report(value, storedUnderRuntimeKeyNote(oneLine(nameNode.text)));
  }
  const setters = new Set<string>();
  let computedSetter = false;
  for (const m of source.matchAll(SETTER_WORD)) {
    const word = root.descendantForIndex(m.index, m.index + 3);
    if (word?.type !== "set" || word.parent?.type !== "method_definition") continue;
    const name = word.parent.childForFieldName("name");
    const key = name?.type === "string" ? stringValue(name) : name?.type === "computed_property_name" ? undefined : name?.text;
    if (key === undefined) computedSetter = true;
    else setters.add(key);
  }
  if (setters.size === 0 && !computedSetter) return out;
  for (const [nameNode, value] of definitions) {
    if (nameNode.type !== "member_expression" && nameNode.type !== "subscript_expression") continue;
    const property = nameNode.childForFieldName(nameNode.type === "member_expression" ? "property" : "index");
    const key = property?.type === "string" ? stringValue(property) : nameNode.type === "member_expression" ? property?.text : undefined;
    const setter = key !== undefined && setters.has(key) ? key : computedSetter ? "[…]" : undefined;
    if (setter === undefined) continue;
    report(value, storedThroughSetterNote(oneLine(nameNode.text), setter));
  }
  return out;
}

/**
 * A key whose function the runtime calls itself, written before the `:` or `=` that stores a value under it: `await o`
 * calls `then`, a conversion `toString`/`valueOf`/`[Symbol.toPrimitive]`, `JSON.stringify` `toJSON`, a spread or `for
 * … of` `[Symbol.iterator]`, `using` `[Symbol.dispose]`, `instanceof` `[Symbol.hasInstance]`, a string method
 * `[Symbol.replace]`, `console.log` `[util.inspect.custom]`; `get`/`set` only in a property descriptor (checked on the tree);
 * an event handler (`signal.onabort = …`, `port.onmessage = …`: EventTarget's setter) only assigned to a member.
 */
const EVENT_HANDLER = /^on[a-z]+$/;
const RUNTIME_CALLED_KEY = /(?:\b(then|toString|valueOf|toLocaleString|toJSON|get|set|on[a-z]+)|\[\s*(?:Symbol\s*\.\s*(toPrimitive|iterator|asyncIterator|dispose|asyncDispose|hasInstance|match|matchAll|replace|search|split)|(?:util\s*\.\s*)?inspect\s*\.\s*(custom)|Symbol\s*\.\s*for\s*\(\s*["'](nodejs\.util\.inspect\.custom)["']\s*\))\s*\])\s*(?:[:=](?!=)|$)/gm;
/** The calls whose object argument (or each value of it) is a property descriptor, whose `get` runs on a read and `set` on a write. */
const DESCRIPTOR_TAKERS = /(?:^|\.)define(Propert(?:y|ies))$|^Object\.create$/;

/**
 * A watched function stored under a key the runtime calls itself (RUNTIME_CALLED_KEY) — in an object literal (`await
 * { then: cp.exec.bind(null, cmd) }`, `String({ toString: … })`), a class field (`[Symbol.toPrimitive] = …`), an
 * assignment (`o.then = …`, `o[Symbol.iterator] = …`), a property descriptor's `get`/`set` — is called with no call
 * written: reported where stored.
 */
function storedWhereRuntimeCalls(root: Node, resolver: Resolver, known: (name: string | undefined) => boolean, source: string): CallSite[] {
  const out: CallSite[] = [];
  for (const m of source.matchAll(RUNTIME_CALLED_KEY)) {
    const key = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const shown = m[1] ? key : m[2] ? `[Symbol.${key}]` : "[util.inspect.custom]";
    const word = root.descendantForIndex(m.index, m.index + 1);
    // The key's node: a name (`then`), or the `[…]` of a computed one, up from its first token.
    let keyNode: Node | null = word;
    while (keyNode && keyNode.startIndex === m.index && keyNode.parent?.startIndex === m.index && !STORE_KEY_HOLDERS.has(keyNode.parent.type)) keyNode = keyNode.parent;
    const holder = keyNode?.parent;
    if (!keyNode || !holder) continue;
    let value: Node | null = null;
    if (EVENT_HANDLER.test(key) && holder.type !== "member_expression") continue;
    if (holder.type === "pair" && holder.childForFieldName("key")?.id === keyNode.id) {
      value = holder.childForFieldName("value");
      // `get`/`set` are called only as a descriptor's: `Object.defineProperty(o, "x", { get: … })`, `defineProperties(o, { x: { get } })`.
      if (m[1] === "get" || m[1] === "set") {
        const object = holder.parent;
        const described = object?.parent?.type === "pair" ? object.parent.parent?.parent : object?.parent;
        const fn = described?.type === "arguments" ? described.parent?.childForFieldName("function") : undefined;
        if (!fn || !DESCRIPTOR_TAKERS.test(fn.text.replace(/\s+/g, ""))) continue;
      }
    } else if (m[1] === "get" || m[1] === "set") continue;
    else if ((holder.type === "field_definition" || holder.type === "public_field_definition") && holder.childForFieldName(holder.type === "field_definition" ? "property" : "name")?.id === keyNode.id) value = holder.childForFieldName("value");
    else if ((holder.type === "member_expression" && holder.childForFieldName("property")?.id === keyNode.id) || (holder.type === "subscript_expression" && keyNode.type === "[")) {
      const store = holder.parent;
      if (assigns(store) && store!.childForFieldName("left")?.id === holder.id) value = store!.childForFieldName("right");
    }
    if (!value || !known(identifierAt(source, value.startIndex))) continue;
    const path = resolver.resolve(value);
    if (!handedFunction(path, resolver)) continue;
    out.push(reportedWhereStored(value, path!, runtimeCalledNote(shown)));
  }
  return out;
}
/** The nodes a stored key is the key of: an object's pair, a class field, a member or subscript assigned to. */
const STORE_KEY_HOLDERS = new Set(["pair", "field_definition", "public_field_definition", "member_expression", "subscript_expression"]);

/** `Object.prototype`, `x.__proto__`: a prototype whose stores the scan does not follow (not a class's or function's of the file). */
function unfollowedPrototype(node: Node, source: string): boolean {
  const m = /^([\p{L}_$][\p{L}\p{N}_$]*)?.*\.\s*(prototype|__proto__)$/su.exec(node.text);
  return m !== null && (m[2] === "__proto__" || m[1] === undefined || !definedInFile(source, m[1]));
}

/** Does the file declare a class or function of this name (`class K`, `function F`, `K = class`, `F = function`)? */
function definedInFile(source: string, name: string): boolean {
  // Asked of each prototype store: a bundle writes `X.prototype.m = …` for hundreds of members of a few classes, each a search of the whole text.
  if (definedSource !== source) (definedSource = source), (definedNames = new Map());
  let defined = definedNames.get(name);
  if (defined === undefined) definedNames.set(name, (defined = searchDefinition(source, name)));
  return defined;
}
/** The text definedInFile last searched, and its answers by name. */
let definedSource: string | undefined;
let definedNames = new Map<string, boolean>();

function searchDefinition(source: string, name: string): boolean {
  const escaped = namePattern(name);
  return new RegExp(`(?:\\bclass|\\bfunction\\s*\\*?)\\s+${escaped}(?![\\p{L}\\p{N}_$])|(?<![\\p{L}\\p{N}_$.])${escaped}\\s*=\\s*(?:class|function)\\b`, "u").test(source);
}

/** The name of the function whose parameter `name` is (`function install(o)`, `(o) => …`, a method; an anonymous one: "function"), else undefined. */
function parameterOwner(name: Node): string | undefined {
  // The closest function with a parameter of that name: a callback inside `install` sees `install`'s `o`.
  for (let fn = enclosing(name, BODY_OWNERS); fn; fn = enclosing(fn, BODY_OWNERS)) {
    const single = fn.childForFieldName("parameter");
    const parameters = single ? [single] : (fn.childForFieldName("parameters")?.namedChildren ?? []);
    const named = parameters.some((p) => {
      const bound = p && parameterPattern(p);
      return bound?.type === "identifier" && bound.text === name.text;
    });
    if (!named) continue;
    const own = fn.childForFieldName("name") ?? (fn.parent?.type === "variable_declarator" ? fn.parent.childForFieldName("name") : null);
    return own?.text ?? "function";
  }
  return undefined;
}

/** The watched calls (and `new`s) among captured callees, and the watched functions passed as arguments, once the bindings are final. */
export function callsOf(callees: Captures["callees"], args: Captures["args"], resolver: Resolver, bindings: Bindings, known: (name: string | undefined) => boolean, source: string): { calls: CallSite[]; passed: CallSite[] } {
  const calls: CallSite[] = [];
  const withs = WITH_TEXT.test(source) && callees.length ? withBodies(callees[0]![0].tree.rootNode, source) : [];
  const withObjects = withs.length ? new Map<number, ModulePath | undefined>() : undefined;
  const constructors = source.includes(CONSTRUCTOR);
  const inspector = INSPECTOR_LOAD.test(source);
  for (const [node, kind] of callees) {
    // TypeScript's grammar reads `await axios.get<T>(url)` as a call of `await axios.get`: the callee is what is awaited.
    const captured = source.startsWith("await", node.startIndex) && node.type === "await_expression" ? node.namedChild(0) : node;
    if (!captured) continue;
    // The callee's end, read once where the text asks (a call into WASM).
    let end: number | undefined;
    const reached = (constructors && throughConstructor(captured, source, (end ??= captured.endIndex))) || (kind === "call" && inspector && inspectorPost(captured, resolver.constants, (end ??= captured.endIndex), source));
    if (reached) {
      calls.push({ start: captured.startIndex, end: captured.endIndex, callee: oneLine(captured.text), path: reached, form: kind, ...codeOfCall(resolver.filter, resolver.constants, source, reached, kind, node.parent) });
      continue;
    }
    const parenthesized = source[captured.startIndex] === "(";
    const head = parenthesized ? undefined : rootAt(source, captured.startIndex);
    // `__privateGet(this, _fetch)(url)`: the slot read is called (Resolver.slotKey).
    const privateRead = head !== undefined && !known(head) && privateHelperAt(PRIVATE_READ_AT, source, captured.startIndex);
    const descriptorRead = head !== undefined && OBJECT_READ_HEADS.has(head) && privateHelperAt(OBJECT_READ_AT, source, captured.startIndex);
    // `require(n)`, `import(atob(…))`: a module named at run time may be any. A callee captured as called is the
    // call's `function` (the call is its parent, which tree-sitter finds by a walk down from the root: asked last).
    const unread = kind === "call" && (!head || known(head) || (head === "import" && captured.type === "import")) && !namesLiterally(source, node.endIndex) ? resolver.unreadLoad(node) : undefined;
    if (unread) {
      calls.push({ start: captured.startIndex, end: captured.endIndex, callee: oneLine(captured.text), path: { module: GLOBAL, members: [] }, form: kind, unread });
      continue;
    }
    // `promisify(cp.exec)(cmd)`, `util.promisify(cp.exec)(cmd)`: the function handed back is called in place.
    const passedThrough = head !== undefined && PASS_THROUGH_HEADS.has(head) && captured.type === "call_expression" && PASS_THROUGH.test(captured.childForFieldName("function")?.text ?? "");
    if (head && !known(head) && !privateRead && !descriptorRead && !passedThrough) {
      const held = withObjects && withs.some((body) => captured.startIndex >= body.start && captured.startIndex < body.end) && withMember(captured, resolver, withObjects);
      if (held) calls.push({ start: captured.startIndex, end: captured.endIndex, callee: oneLine(captured.text), path: normalMembers(held), form: kind });
      continue;
    }
    const callee = parenthesized ? unwrap(captured) : captured;
    const text = callee.text;
    const first = rootAt(text, 0);
    // `(opts.fetch ?? fetch)(url)`, `(0, require)("m").exec`: any name inside may be the one called.
    // `[sp.exec][0](cmd)`, `{ ...cp }.exec(cmd)`: likewise any name in an array or object written in place.
    const namedInside = () => (parenthesized || passedThrough || text.startsWith("[") || text.startsWith("{")) && identifiersIn(text).some(known);
    if (!privateRead && !descriptorRead && (first ? !known(first) && !namedInside() : !text.includes("import") && !namedInside())) continue;
    // `Reflect.construct(Function, [code])`, `Reflect.apply(Function, null, [code])`: an evaluator called through Reflect
    // runs its last argument (a watched function so called is reported where it is handed over, below).
    const reflected = (REFLECTED.test(text) || resolver.heldReader(callee, identifierAt(text, 0)) !== undefined) && resolver.readsByName(callee, ...REFLECT_CALLS) ? namedChildrenOf(node.parent)[0] : undefined;
    const through = reflected && resolver.resolve(reflected, reflected.text);
    if (through && resolver.filter.evaluator(normalMembers(through), kind)) {
      const list = reflectedList(node.parent!, text);
      const code = list?.type === "array" ? codeOfCall(resolver.filter, resolver.constants, source, normalMembers(through), kind, list) : { code: { unread: "its arguments are not a list written in place" } };
      calls.push({ start: reflected!.startIndex, end: reflected!.endIndex, callee: oneLine(reflected!.text), path: normalMembers(through), form: kind, ...code });
      continue;
    }
    // `Reflect.construct(OpenAI, [])`: the class is made there, as by `new OpenAI()` (a factory of the project's is no crossing).
    if (through && !through.returns && text.endsWith("construct")) calls.push({ start: reflected!.startIndex, end: reflected!.endIndex, callee: oneLine(reflected!.text), path: normalMembers(through), form: "new" });
    // `fetch.call(null, url)`, `cp.exec.apply(cp, args)`: the function before `.call`/`.apply` is the one called.
    const invoked = !reflected && INVOKED_END.test(text) ? invokedThrough(callee) : undefined;
    const path = invoked ? resolver.resolve(invoked, invoked.text) : resolver.resolve(callee, text);
    // Calling a factory of the project is not itself a crossing: what it returns is used later.
    if (!path || path.returns || looksUpNumericAddress(path, node.parent, resolver.constants) || fetchesDataUrl(normalMembers(path), node.parent, resolver.constants)) continue;
    // The grammar reads `await (x).y(...)` as a call of a function `await`: the callee starts after the keyword.
    const awaited = first === "await" && !bindings.mayResolve(first) ? /^await\s*/.exec(text)![0].length : 0;
    const normal = normalMembers(path);
    calls.push({ start: callee.startIndex + awaited, end: callee.endIndex, callee: oneLine(text.slice(awaited)), path: normal, form: kind, ...codeOfCall(resolver.filter, resolver.constants, source, normal, kind, node.parent) });
  }
  // A watched function handed to another function (`caller.call(fetch, url)`, `new Client(fetch)`), also in an object
  // or array written as the argument (`makeClient({ fetch })`, `setup({ spawn: cp.spawn })`): the callee will call it.
  const passed: CallSite[] = [];
  for (const arg of args) {
    // Read once: a node's type is a call into the parser's WebAssembly.
    const argType = arg.type;
    const wrapped = WRAPPED_ARGUMENTS.has(argType);
    // A call's or a wrapped value's name may stand anywhere in it (`util.promisify(cp.exec)`, `(0, cp.exec)`).
    if (wrapped || argType === "call_expression" ? (argType === "binary_expression" && !EITHER_SIDE.has(arg.childForFieldName("operator")?.type ?? "")) || !someIdentifierIn(source, arg.startIndex, arg.endIndex, known) : !known(identifierAt(source, arg.startIndex))) continue;
    // The value first: the call around it is parents up (each a walk down from the root).
    const path = resolver.resolve(arg);
    // A call handed over hands over its value only when that is a function (`go(cp.exec.bind(null, cmd))`,
    // `go(promisify(cp.exec))`, `go(make())` of a factory), not a module or what a call of a watched function returns;
    // so does a value written through parentheses, a cast or a choice (`go((0, cp.exec))`, `go(cp.exec as any)`, `go(a ?? cp.exec)`).
    // A watched module handed to an imported function (`run(cp, c)`, `run(require("child_process"), c)` of another file's
    // `module.exports = (cp, c) => cp.execSync(c)`): any of its members, reported below.
    const module = path && handsModule(normalMembers(path), resolver.filter) ? normalMembers(path) : undefined;
    if ((argType === "call_expression" || wrapped) && !handedFunction(path, resolver) && !module) continue;
    // `setup(opts)` of `const opts = { fetch }`, `run(tools)` of `const tools = [cp.exec]`: a container held by a name
    // and handed over whole hands over each watched value it holds (an object a parameter was given, written where it
    // was handed over, was reported there).
    // A factory of the project handed over (`lazy(make)` of `function make() { return cp.exec }`): whoever calls it gets what it returns.
    // A factory of factories (`lazy(h)` of `h = () => () => cp.exec`): whoever calls what it returns, as many calls deep, gets it (as `lazy(() => () => cp.exec)`).
    const handed = calledThrough(path, arg) ?? path;
    const factory = handed !== path;
    const values = handed ? (handed.properties ? heldValues(handed) : [handed]) : argType === "identifier" ? bindings.held(arg.text, arg) : undefined;
    if (!values?.length) continue;
    // `throw cp.execSync`, `throw { run: cp.exec }`: a catch anywhere up the calls gets it, as a callee handed it would.
    if (thrown(arg)) {
      if (!factory) for (const value of values) passed.push(reportedWhereStored(arg, value, THROWN_NOTE));
      continue;
    }
    const fn = calleeOfArgument(arg);
    // The grammar reads `await (a ?? fetch)(u)` as a call of `await`: its "argument" is the callee, found as called.
    if ((argType === "call_expression" || wrapped) && fn && fn !== TOO_DEEP && isAwait(fn, bindings)) continue;
    if (fn === TOO_DEEP) {
      for (const value of values) passed.push(tooDeep(arg, value, resolver, source));
      continue;
    }
    // Not a pass to a function that hands it back (followed as the value, Resolver.resolve), a compiler's helper, or one that only inspects it, if it is the real one.
    if (!fn || ((PASS_THROUGH.test(fn.text) || PRIVATE_HELPER.test(fn.text)) && isLibraryFunction(source, fn.text, PROMISIFY_AT.test(fn.text) ? JS_PROMISIFY : JS_COMPILER_HELPERS)) || isLibraryFunction(source, fn.text, JS_INSPECTORS)) continue;
    // A container written or held as the argument of a store the model follows (`Object.freeze(opts)`, `Object.assign(module.exports, …)`) is followed, not handed over.
    if ((arg.parent?.type !== "arguments" || !path || path.properties) && storeFollowed(fn, resolver, bindings, source)) continue;
    // A factory handed to an array's iteration (`[cp].map(pick)`): what it returns is followed there. Nor one in TypeScript's
    // `await (0, make)(x)`, which the grammar reads as a call of `await`: the factory is called in place.
    if (factory && (iteratesArray(fn) || isAwait(fn, bindings))) continue;
    if (module) {
      if (handedToImported(arg, fn, source, resolver.filter)) passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: { ...extend(module, ANY), unfollowed: moduleHandedNote(oneLine(fn.text)) }, form: "call" });
      continue;
    }
    // A class of the file handed over (`use(K)`, FILE_SLOTS): each of its static slots, which the callee reaches as `k.run`.
    if (handed?.module === FILE_SLOTS) {
      passed.push(...slotsHanded(arg, fn, bindings.slotsOf(handed.members), resolver, source));
      continue;
    }
    for (const value of values) {
      const site = handedSite(arg, fn, value, resolver, source, factory ? {} : undefined);
      if (site) passed.push(site);
    }
  }
  passed.push(...instancesHanded(callees, args, resolver, bindings, source));
  passed.push(...returnedByHanded(callees, resolver, bindings, known, source));
  // A literal read past MAX_RESOLVE_DEPTH nested literals (`t.a.a…a(cmd)` of `{ a: { a: … cp.execSync } }`): each
  // watched value in it is reported where written, as one handed over too deep (fail closed).
  for (const literal of resolver.deepLiterals.values()) {
    const values: Node[] = [];
    handedValues(literal, values, true);
    for (const value of values) {
      const wrapped = WRAPPED_ARGUMENTS.has(value.type);
      if (wrapped || value.type === "call_expression" ? !someIdentifierIn(source, value.startIndex, value.endIndex, known) : !known(identifierAt(source, value.startIndex))) continue;
      const path = resolver.resolve(value);
      if (path && !path.returns && ((value.type !== "call_expression" && !wrapped) || handedFunction(path, resolver))) passed.push(tooDeep(value, path, resolver, source));
    }
  }
  return { calls, passed };
}

/** Arguments that are a value written through parentheses, a cast or a choice (Resolver.resolveAt reads through them). */
const WRAPPED_ARGUMENTS = new Set(["parenthesized_expression", "ternary_expression", "binary_expression", "as_expression", "satisfies_expression", "non_null_expression", "type_assertion"]);
/** The operators either side of which may be the value (`a ?? cp.exec`). */
const EITHER_SIDE = new Set(["||", "??", "&&"]);

/**
 * Is the value of a call a watched function (a member of a module or client, not the module itself nor a call's
 * result)? Not an evaluator: one handed over (`t.equal(GetIntrinsic("%Function%"), Function)`) is not followed, as
 * `go(Function)` is not (README, what escapes the model).
 */
function handedFunction(path: ModulePath | undefined, resolver: Resolver): boolean {
  return !!path && !path.returns && !path.properties && path.members.length > 0 && path.members.at(-1) !== RETURNED && !resolver.filter.evaluator(normalMembers(path), "call");
}

/**
 * An instance of a class of the file handed to a function (`use(new K())`, `use(k)` of `const k = new K()`), whose
 * methods return watched functions (`class K { run() { return cp.exec } }`, the slot `K.prototype.run`): whoever gets
 * the instance gets them by calling its method; each is reported where the instance is handed over (as a factory handed
 * over is), not followed into the function's parameter.
 */
function instancesHanded(callees: Captures["callees"], args: Captures["args"], resolver: Resolver, bindings: Bindings, source: string): CallSite[] {
  if (bindings.prototypeMembers.size === 0) return [];
  const passed: CallSite[] = [];
  const membersOf = new Map<string, ModulePath[]>();
  const hand = (arg: Node, owner: string | undefined) => {
    if (owner === undefined) return;
    let members = membersOf.get(owner);
    // A method returning a watched function of any class's instance; a field holding one only of a class of the file (another file's, a client's, is judged there).
    if (!members) membersOf.set(owner, (members = bindings.prototypeValues(owner).filter((path) => path.returns || bindings.classNames.has(owner))));
    const fn = members.length ? calleeOfArgument(arg) : undefined;
    if (!fn || fn === TOO_DEEP || isLibraryFunction(source, fn.text, JS_INSPECTORS)) return;
    passed.push(...slotsHanded(arg, fn, members, resolver, source, true));
  };
  for (const arg of args) if (arg.type === "identifier") hand(arg, bindings.instanceClass(arg.text));
  for (const [node, kind] of callees) {
    // The text first (a node's parent is a walk down from the root): `new` after `(` or `,`.
    if (kind !== "new" || !NEW_ARGUMENT.test(source.slice(Math.max(0, node.startIndex - 16), node.startIndex))) continue;
    const made = node.parent;
    if (made?.parent?.type === "arguments") hand(made, resolver.instanceOwner(made));
  }
  return passed;
}

/**
 * The slots of a class or an instance of the file handed to `fn` (`use(K)`, `use(new K())`), each reported where handed
 * (handedSite): a watched function (`static run = cp.execSync`, a field `run = cp.execSync`), what a method returning one
 * gives when called, a watched module (`static m = require("child_process")`).
 */
function slotsHanded(arg: Node, fn: Node, slots: readonly ModulePath[], resolver: Resolver, source: string, instance?: true): CallSite[] {
  // Not to a reader the resolver reads through (`Object.getPrototypeOf(new K()).run`, `Object.freeze(K)`): its slots are followed there.
  const read = privateHelperAt(OBJECT_READ_AT, source, fn.startIndex);
  return slots.flatMap((slot) => (read && !(instance && slot.returns) ? [] : (handedSite(arg, fn, calledThrough(slot, arg) ?? slot, resolver, source, slot.returns ? { instance } : undefined) ?? [])));
}

/**
 * A watched value handed to `fn` as (or in) the argument `arg`, reported there: a function, which `fn` will call
 * (`returned`: what calling the value handed gives, of an instance's method with `instance`); a module, as any of its
 * members, where `fn` is imported (`lib.use({ m: cp })`; a function of the file is followed through its parameter).
 */
function handedSite(arg: Node, fn: Node, value: ModulePath, resolver: Resolver, source: string, returned?: { instance?: true }): CallSite | undefined {
  const normal = normalMembers(value);
  const site = { start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), form: "call" as const };
  if (handsModule(normal, resolver.filter)) return handedToImported(arg, fn, source, resolver.filter) ? { ...site, path: { ...extend(normal, ANY), unfollowed: moduleHandedNote(oneLine(fn.text)) } } : undefined;
  return { ...site, path: normal, passedTo: oneLine(fn.text), ...(returned ? { returned: true as const, ...(returned.instance ? { instance: true as const } : {}) } : {}), ...codeOfCall(resolver.filter, resolver.constants, source, normal, "call", null, true) };
}

/** The text before a `new`'s class when the `new` may be an argument: `(` or `,`, then `new`. */
const NEW_ARGUMENT = /[(,]\s*new\s*\(?\s*$/;

/** Functions written in place, whose returns whoever gets them can read: arrows, function expressions, an object's methods and accessors. */
const IN_PLACE_FUNCTIONS = new Set(["arrow_function", "function_expression", "function", "generator_function", "method_definition"]);
/** Functions written in place a factory may return (a generator's call is its iterator, not its `return`), or a call makes where written (`(function (m) { … })(cp)`). */
const RETURNED_IN_PLACE = new Set(["arrow_function", "function_expression", "function"]);
/** Every function: the nearest one around a `return` is the one returning its value. */
const JS_FUNCTIONS = new Set([...IN_PLACE_FUNCTIONS, "function_declaration", "generator_function_declaration"]);

/**
 * Watched values an iterator gives where the scan does not follow its consumers, reported where given (as a thrown
 * value is): each `yield` (`yield* c`: each element of `c`) of a generator that is not a generator function of the
 * file's top level (whose calls Resolver.yielded follows) — an object's or class's generator method (`*[Symbol.iterator]()`,
 * `*all()`, `async *[Symbol.asyncIterator]()`), a generator nested in a function —: whatever iterates the object
 * (`const [f] = o`, `for (const f of o)`, `for await`, another file's) gets it; and the `value` of an object a
 * hand-written iterator's `next` (`return`, `throw`) returns (`next: () => ({ value: cp.execSync, done: false })`).
 */
function yieldedWhereUnfollowed(root: Node, resolver: Resolver, known: (name: string | undefined) => boolean, source: string): CallSite[] {
  const out: CallSite[] = [];
  const report = (value: Node, path: ModulePath | undefined, note: string) => {
    if (!path || path.returns) return;
    for (const held of path.properties ? heldValues(path) : [path]) out.push(reportedWhereStored(value, held, note));
  };
  if (YIELD_AT.test(source)) {
    // A top-level generator whose name leaves the file's calls (exported, handed over, `export function*`): its
    // consumers may be another file's, so its yields are reported too.
    // Asked of the generators holding a yield of a value that may resolve, each once (a search of the text for its name).
    let tops: Map<number, string> | undefined;
    const escapes = new Map<number, boolean>();
    const followed = (generator: Node) => {
      tops ??= new Map([...resolver.topFunctions(root)].map(([name, fn]) => [fn.id, name]));
      const name = tops.get(generator.id);
      if (name === undefined) return false;
      let escaped = escapes.get(generator.id);
      if (escaped === undefined) escapes.set(generator.id, (escaped = generatorEscapes(name, generator, source)));
      return !escaped;
    };
    for (const yielded of keywordsIn(root, "yield", "yield_expression")) {
      const value = yielded.namedChild(0);
      if (!value) continue;
      const delegated = yielded.child(1)?.type === "*";
      // An object or array written as the value (`yield { run: cp.exec }`, `yield* [cp.spawn]`): each watched value in it, where written.
      const values: Node[] = [];
      if (value.type === "object" || value.type === "array") handedValues(value, values);
      else if (delegated || known(identifierAt(source, value.startIndex))) values.push(value);
      if (values.length === 0) continue;
      const generator = enclosing(yielded, JS_FUNCTIONS);
      if (!generator || followed(generator)) continue;
      for (const held of values) {
        if (held === value && delegated) report(value, resolver.elementOf(value), YIELDED_NOTE);
        else if (held === value || known(identifierAt(source, held.startIndex))) report(held, resolver.resolve(held), YIELDED_NOTE);
      }
    }
  }
  if (!STEP_AT.test(source)) return out;
  for (const { index } of source.matchAll(VALUE_KEY)) {
    const key = root.descendantForIndex(index, index + 5);
    const pair = key?.parent;
    const value = pair?.type === "pair" && pair.childForFieldName("key")?.id === key!.id ? pair.childForFieldName("value") : null;
    if (!value || !known(identifierAt(source, value.startIndex)) || !iteratorStep(pair!.parent)) continue;
    report(value, resolver.resolve(value), ITERATED_NOTE);
  }
  return out;
}
const YIELD_AT = /\byield\b/;

/** Is a top-level generator `fn` named `name` exported, or its name read other than called (`module.exports = { gen }`, `use(gen)`)? */
function generatorEscapes(name: string, fn: Node, source: string): boolean {
  if (fn.type !== "generator_function_declaration" && fn.type !== "generator_function") return false;
  const statement = fn.type === "generator_function" ? fn.parent?.parent : fn;
  if (statement?.parent?.type === "export_statement") return true;
  const declared = fn.type === "generator_function" ? fn.parent?.childForFieldName("name") : fn.childForFieldName("name");
  const mention = new RegExp(`(?<![\\p{L}\\p{N}_$.])${namePattern(name)}(?![\\p{L}\\p{N}_$])(?!\\s*\\()`, "gu");
  for (const { index } of source.matchAll(mention)) if (index !== declared?.startIndex) return true;
  return false;
}
/** An iterator's own methods, whose `{ value }` its consumer reads (`for … of` and destructuring call `next`). */
const STEP_METHODS = new Set(["next", "return", "throw"]);
const STEP_AT = /\b(?:next|return|throw)\b/;
const VALUE_KEY = /(?<![\p{L}\p{N}_$.])value\s*:/gu;

/** Is `object` what an iterator's step (STEP_METHODS: a method, a property's or field's function, `it.next = …`) returns: its arrow's body or a `return`'s value? */
function iteratorStep(object: Node | null): boolean {
  let node = object;
  while (node?.parent?.type === "parenthesized_expression") node = node.parent;
  const parent = node?.parent;
  const fn = parent?.type === "arrow_function" ? parent : parent?.type === "return_statement" ? enclosing(parent, JS_FUNCTIONS) : undefined;
  if (!fn) return false;
  const holder = fn.type === "method_definition" ? fn : fn.parent;
  const name = holder?.type === "method_definition" || holder?.type === "pair" ? holder.childForFieldName(holder.type === "pair" ? "key" : "name")
    : holder?.type === "field_definition" || holder?.type === "public_field_definition" ? holder.childForFieldName("property") ?? holder.childForFieldName("name")
    : holder?.type === "assignment_expression" ? holder.childForFieldName("left")?.childForFieldName("property") : null;
  return name !== null && name !== undefined && STEP_METHODS.has(name.text.replace(/^["']|["']$/g, ""));
}

/**
 * The call a function written in place is handed to (`lazy(() => cp.exec)`, `new Proxy(t, { get: () => cp.exec })`,
 * `register({ get exec() { return cp.exec } })`), through the objects and arrays written around it and the functions
 * written in place that return it (`lazy(() => () => cp.exec)`); TOO_DEEP past MAX_HANDED_DEPTH steps; else undefined
 * (bound to a name, called in place, a class's method).
 */
function handedTo(fn: Node): Node | typeof TOO_DEEP | undefined {
  let node = fn;
  for (let depth = 0; depth < MAX_HANDED_DEPTH; depth++) {
    const parent = node.parent;
    if (!parent) return undefined;
    if (parent.type === "arguments") return parent.parent?.type === "call_expression" || parent.parent?.type === "new_expression" ? parent.parent : undefined;
    // Returned by a function written in place: whoever gets that one gets this one by calling it.
    const returnedBy = parent.type === "arrow_function" ? parent : parent.type === "return_statement" ? enclosing(parent, JS_FUNCTIONS) : undefined;
    if (returnedBy) {
      if (!IN_PLACE_FUNCTIONS.has(returnedBy.type)) return undefined;
      node = returnedBy;
      continue;
    }
    // Called in place (`lazy((() => () => cp.exec)())`): the call's value is the function returned.
    if (parent.type === "call_expression" && parent.childForFieldName("function")?.id === node.id && node.type === "parenthesized_expression") {
      node = parent;
      continue;
    }
    if (!JS_HANDED_THROUGH.has(parent.type) && parent.type !== "parenthesized_expression") return undefined;
    node = parent;
  }
  return TOO_DEEP;
}

/** CallSites of the watched functions returned by functions written in place and handed to a call among `callees` (factories.ts returnsOfHanded). */
function returnedByHanded(callees: Captures["callees"], resolver: Resolver, bindings: Bindings, known: (name: string | undefined) => boolean, source: string): CallSite[] {
  const calleeHanded = (value: Node) => {
    const fn = enclosing(value, JS_FUNCTIONS);
    const call = fn && IN_PLACE_FUNCTIONS.has(fn.type) ? handedTo(fn) : undefined;
    return call === undefined || call === TOO_DEEP ? call : (call.childForFieldName(call.type === "new_expression" ? "constructor" : "function") ?? undefined);
  };
  // Not an array's iterations, whose callbacks' returns the model follows (`[cp].map((m) => m.exec)[0](c)`, reduce) or
  // are dropped or tested (`forEach`, `filter`…), nor stores it follows (`Object.defineProperty(o, "r", { get: () => cp.exec })`):
  // what they return is reported where called. (A promise's `then` hands the value to the next callback, not followed.)
  const accepts = (callee: Node) => !iteratesArray(callee) && !isAwait(callee, bindings) && !storeFollowed(callee, resolver, bindings, source);
  return returnsOfHanded(callees.map(([node]) => node), source, known, JS_FACTORIES, calleeHanded, accepts, (value) => resolver.returnedValue(value)).map(({ value, path, callee }) => {
    if (typeof callee === "string") return tooDeep(value, path, resolver, source);
    const normal = normalMembers(path);
    return { start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: normal, form: "call", passedTo: oneLine(callee.text), returned: true, ...codeOfCall(resolver.filter, resolver.constants, source, normal, "call", null, true) };
  });
}

/** Is `callee` the keyword `await` the grammar reads as a function (`await (f)(x)` parsed as a call of `await`)? */
const isAwait = (callee: Node, bindings: Bindings) => callee.type === "identifier" && callee.text === "await" && !bindings.mayResolve("await");

/** Is `callee` an array's iteration (`map`, `forEach`, `reduce`…), whose callback's return the model follows or drops? (A promise's `then` hands it on.) */
function iteratesArray(callee: Node): boolean {
  const method = callee.type === "member_expression" ? callee.childForFieldName("property")?.text : undefined;
  return method !== undefined && method !== "then" && method !== "catch" && (CALLBACK_METHODS.has(method) || REDUCERS.has(method));
}

/** A watched value nested past a bound of the scan: handed to code the scan does not read (fail closed). */
function tooDeep(value: Node, path: ModulePath, resolver: Resolver, source: string): CallSite {
  const normal = normalMembers(path);
  return { start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: normal, form: "call", passedTo: NESTED_TOO_DEEP, ...codeOfCall(resolver.filter, resolver.constants, source, normal, "call", null, true) };
}

/** Is `arg` thrown: the value of a `throw`, or in objects or arrays written as it? */
function thrown(arg: Node): boolean {
  let container = arg.parent;
  for (let level = 0; container && JS_HANDED_THROUGH.has(container.type) && level < MAX_HANDED_DEPTH; level++) container = container.parent;
  return container?.type === "throw_statement";
}

/** A watched value reported where it is written, as stored where the scan does not follow it (ModulePath.unfollowed says where); a module whole as any of its members. */
function reportedWhereStored(value: Node, path: ModulePath, note: string): CallSite {
  const normal = normalMembers(path);
  return { start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: { ...(normal.members.length === 0 ? extend(normal, ANY) : normal), unfollowed: note }, form: "call" };
}

/**
 * The function or class a call or `new` hands `arg` to: `arg` is an argument, or a value in objects or arrays written as
 * one, or spread into it, nested any depth (handedValues). Past MAX_HANDED_DEPTH containers (each step up a walk down
 * from the root) it is taken as handed to code the scan does not read (fail closed), as Python's (python.ts receiverOf).
 */
function calleeOfArgument(arg: Node): Node | null | undefined | typeof TOO_DEEP {
  let container = arg.parent;
  for (let level = 0; container && JS_HANDED_THROUGH.has(container.type); level++) {
    if (level === MAX_HANDED_DEPTH) return TOO_DEEP;
    container = container.parent;
  }
  // JSX: an attribute's value or a child is handed to the element's component (`<Tool run={…} />` is `jsx(Tool, { run })`).
  if (container?.type === "jsx_expression") {
    const owner = container.parent?.type === "jsx_attribute" ? container.parent.parent : container.parent?.type === "jsx_element" ? container.parent.childForFieldName("open_tag") ?? container.parent.namedChild(0) : container.parent;
    return owner?.type === "jsx_opening_element" || owner?.type === "jsx_self_closing_element" ? owner.childForFieldName("name") : undefined;
  }
  const call = container?.type === "arguments" ? container.parent : undefined;
  return call?.childForFieldName(call.type === "new_expression" ? "constructor" : "function");
}


/** The object whose every member a descriptors object describes (`Object.getOwnPropertyDescriptors(cp)`: cp), else undefined. */
function describedObject(descriptors: ModulePath | undefined): ModulePath | undefined {
  return descriptors?.properties && Object.hasOwn(descriptors.properties, EACH_DESCRIPTOR) ? descriptors.properties[EACH_DESCRIPTOR] : undefined;
}

/** `Object.defineProperty(o, "run", { value })`: the property `o.run` holds the value (Resolver.slotKey), reported where it is called. */
const DEFINE_PROPERTY = "Object.defineProperty";
const SET_PROTOTYPE = "Object.setPrototypeOf";
/** The calls setting an object's prototype, as written (`Reflect.setPrototypeOf` returns a boolean, not the object). */
const PROTOTYPE_SETTERS = [SET_PROTOTYPE, "Reflect.setPrototypeOf"];
/** `Object.defineProperties(o, descriptors)`: `o` gets the members the descriptors describe. */
const DEFINE_PROPERTIES = "Object.defineProperties";
/** Collections made from `[key, value]` pairs, which the analysis reads where they are made (`new Map(pairs)`, `Object.fromEntries(pairs)`). */
const PAIR_COLLECTIONS = new Set(["Map", "WeakMap"]);
const FROM_ENTRIES = "Object.fromEntries";
/** `Object.assign(module.exports, { run })`: the file exports what the objects hold (reported where an importer calls it). */
const ASSIGN = "Object.assign";
const EXPORTS_OBJECT = /^(?:module\.)?exports$/;

/**
 * Is the call of `fn` one whose object argument's values the analysis follows: a wrapper returning it (OBJECT_WRAPPERS:
 * `Object.freeze({ exec: cp.exec })` is the table), or a store withDerivedDefinitions reads (DEFINE_PROPERTY with a
 * string key, ASSIGN to the exports)?
 */
function storeFollowed(fn: Node, resolver: Resolver, bindings: Bindings, source: string): boolean {
  if (resolver.readsByName(fn, ...OBJECT_WRAPPERS)) return true;
  // `new Map([["run", cp.exec]])`, `Object.fromEntries([["run", cp.exec]])`: the pairs are read where the collection is (Resolver.collectionEntries, rebuilt).
  if (resolver.readsByName(fn, FROM_ENTRIES) || (fn.type === "identifier" && fn.parent?.type === "new_expression" && PAIR_COLLECTIONS.has(fn.text) && !bindings.declared(fn.text, fn))) return true;
  const args = namedChildrenOf(fn.parent);
  // On a parameter's object (`function install(o) { Object.defineProperty(o, "run", { value: cp.exec }) }`) the caller's object gets it: handed over.
  // On a prototype the scan does not follow (`Object.defineProperty(Object.prototype, "run", …)`, storedWhereUnfollowed) too.
  if (resolver.readsByName(fn, DEFINE_PROPERTY)) return args[1]?.type === "string" && !(args[0]?.type === "identifier" && parameterOwner(args[0]) !== undefined) && !(args[0] && unfollowedPrototype(args[0], source));
  // Into the global object or a module loaded by name (`Object.assign(globalThis, { run })`): reported where stored (storedWhereShared).
  if (args[0] && resolver.readsByName(fn, ...OBJECT_STORES) && sharedHolder(args[0], resolver, bindings, () => undefined)) return true;
  return resolver.readsByName(fn, ASSIGN) && EXPORTS_OBJECT.test(args[0]?.text.replace(/\s+/g, "") ?? "");
}

/** The property through which any value reaches its constructor, and a function's reaches Function (throughConstructor). */
export const CONSTRUCTOR = "constructor";
/** A call of a value's `constructor` (`(function () {}).constructor(`, `x["constructor"](`), read from a declared value's start. */
const CONSTRUCTOR_CALLED = /constructor['"`\])\s]*\(/;
/** How far into a declared value a call of a `constructor` is looked for: the callee of a function written in place, `Object.getPrototypeOf(…)`. */
const CONSTRUCTOR_CALLEE_CHARS = 120;
/** The Function constructor as the table names it. */
const FUNCTION_PATH: ModulePath = { module: GLOBAL, members: ["Function"] };
/** Functions and classes written in place: their `constructor` is Function (AsyncFunction, GeneratorFunction: each runs its last argument as a body). */
const FUNCTIONS_IN_PLACE = new Set(["function_expression", "function", "arrow_function", "generator_function", "class"]);
const PROTOTYPE_OF = /^(?:Object|Reflect)\s*\.\s*getPrototypeOf$/;
/** The reads PROTOTYPE_OF matches, by name (Resolver.readsByName), and the names they start with. */
const PROTOTYPE_READS = ["Object.getPrototypeOf", "Reflect.getPrototypeOf"];
const PROTOTYPE_READ_HEADS = new Set(["Object", "Reflect"]);

/**
 * The Function constructor reached through `constructor` (a sandbox escape: any value's constructor's constructor is
 * Function): `x.constructor.constructor(code)`, and the `constructor` of a function or class written in place
 * (`(async () => {}).constructor(code)`) or of `Object.getPrototypeOf(<one>)`. Not `obj.constructor(x)` in general:
 * `new this.constructor(opts)` makes an object of a class of the file's own.
 */
function throughConstructor(callee: Node, source: string, calleeEnd: number): ModulePath | undefined {
  // The text first, past closing parentheses (`new ((…).constructor)(…)`) and a quoted key's end (`["constructor"]`): reading a node's fields costs more.
  let end = calleeEnd;
  while (CLOSERS.has(source[end - 1]!)) end--;
  if (source.startsWith(CONSTRUCTOR, end - CONSTRUCTOR.length)) return functionConstructorAt(unwrap(callee));
  // `F.call(null, code)`, `F.apply(null, [code])`, `F.bind(null, code)` of the Function so reached: the code is among this call's arguments.
  const last = source[end - 1];
  const bound = (last === "l" || last === "y" || last === "d") && INVOKED_OR_BOUND.test(source.slice(Math.max(0, end - 6), end)) ? invokedThrough(callee, true) : undefined;
  return bound && source.slice(bound.startIndex, bound.endIndex).includes(CONSTRUCTOR) ? functionConstructorAt(unwrap(bound)) : undefined;
}
/** What may close a callee after `constructor`: parentheses, a quoted key's end, spaces. */
const CLOSERS = new Set([")", "]", "'", '"', "`", " ", "\t", "\n", "\r"]);
/** A callee's text ending as `.call`, `.apply` or `.bind` may. */
const INVOKED_OR_BOUND = /(?:call|apply|bind)$/;

/** throughConstructor's test of the node: also what a name bound to such a value holds (`const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor`). */
function functionConstructorAt(member: Node): ModulePath | undefined {
  if (!isConstructorRead(member)) return undefined;
  const object = unwrap(member.childForFieldName("object")!);
  if (isConstructorRead(object) || FUNCTIONS_IN_PLACE.has(object.type) || builtinFunction(object)) return FUNCTION_PATH;
  if (object.type !== "call_expression" || !PROTOTYPE_OF.test(object.childForFieldName("function")?.text ?? "")) return undefined;
  const [of] = namedChildrenOf(object);
  return of && FUNCTIONS_IN_PLACE.has(unwrap(of).type) ? FUNCTION_PATH : undefined;
}
/**
 * Built-in functions and constructors by their global names: each is a function, so its `constructor` is Function
 * (`Object.constructor(code)`, `Array["constructor"](code)`), as is `Function.prototype`'s (itself a function).
 */
export const BUILTIN_FUNCTIONS = ["Function", "Object", "Array", "String", "Number", "Boolean", "Symbol", "BigInt", "Promise", "Map", "Set", "WeakMap", "WeakSet", "WeakRef", "Date", "RegExp", "Error", "TypeError", "RangeError", "SyntaxError", "Proxy", "ArrayBuffer", "SharedArrayBuffer", "DataView", "Uint8Array", "Int32Array", "Float64Array", "Buffer", "URL", "parseInt", "parseFloat", "isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent", "escape", "unescape", "eval", "require", "setTimeout", "setInterval", "queueMicrotask", "structuredClone", "fetch", "atob", "btoa"];
const BUILTIN_FUNCTION_SET = new Set(BUILTIN_FUNCTIONS);
/** A built-in function by its global name, or `Function.prototype`, not declared by the file under that name. */
function builtinFunction(node: Node): boolean {
  const name = node.type === "identifier" ? node.text : node.type === "member_expression" && node.childForFieldName("property")?.text === "prototype" && node.childForFieldName("object")?.text === "Function" ? "Function" : undefined;
  if (name === undefined || !BUILTIN_FUNCTION_SET.has(name)) return false;
  const source = node.tree.rootNode.text;
  return !new RegExp(`(?:\\b(?:class|function\\s*\\*?|const|let|var|import)\\s+|[{,]\\s*)${name}(?![\\p{L}\\p{N}_$])`, "u").test(source);
}

/** `x.constructor`, `x["constructor"]`. */
function isConstructorRead(node: Node): boolean {
  const type = node.type;
  if (type === "member_expression") return node.childForFieldName("property")?.text === CONSTRUCTOR;
  const index = type === "subscript_expression" ? node.childForFieldName("index") : null;
  return index?.type === "string" && stringValue(index) === CONSTRUCTOR;
}

/** A file loading the inspector (`require("node:inspector")`, `import { Session } from "inspector/promises"`). */
const INSPECTOR_LOAD = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"`](?:node:)?inspector(?:\/promises)?['"`]/;
const INSPECTOR_POST: ModulePath = { module: "inspector", members: ["Session", RETURNED, "post"] };

/**
 * `session.post("Runtime.evaluate", { expression })` in a file that loads the inspector: the inspector session's
 * evaluator, whatever holds the session. The session is seldom a name the scan follows (`new (require("inspector").Session)()`,
 * a session handed to a function), and these method names are the inspector protocol's own. Asked only in such a file (callsOf tests INSPECTOR_LOAD once).
 */
function inspectorPost(callee: Node, constants: Constants, calleeEnd: number, source: string): ModulePath | undefined {
  if (!source.startsWith("post", calleeEnd - 4) || callee.type !== "member_expression" || callee.childForFieldName("property")?.text !== "post") return undefined;
  const [method] = namedChildrenOf(callee.parent!);
  const name = method && constants.stringOf(method);
  return name !== undefined && INSPECTOR_EVALUATES.has(name) ? INSPECTOR_POST : undefined;
}

/** A function written as an object's property (`{ m: function () {…} }`, `o.m = function () {…}`): a method, called on its object. */
function methodHeld(fn: Node): boolean {
  const holder = fn.parent;
  return holder?.type === "pair" || (assigns(holder) && holder!.childForFieldName("left")?.type === "member_expression");
}
/** What a body with directives belongs to (besides the program): a function, an arrow, a method (sloppyPlainFunctionAt). */
const BODY_OWNERS = new Set(["function_declaration", "function_expression", "function", "generator_function_declaration", "generator_function", "arrow_function", "method_definition"]);
/** Does a body (a function's, the program) open with a "use strict" directive among its directives? */
function strictDirective(body: Node): boolean {
  for (const statement of namedChildrenOf(body)) {
    const directive = statement.type === "expression_statement" ? statement.namedChild(0) : null;
    if (directive?.type !== "string") return false;
    if (stringValue(directive) === "use strict") return true;
  }
  return false;
}

/** The arguments after a callee: none, or one string literal without escapes or substitutions (`require("./x")`, `import('m')`). */
const LITERAL_ARGUMENTS = /\s*\(\s*(?:(["'`])([^"'`\\\n$]*)\1\s*)?\)/y;
/**
 * Are a call's arguments, read from the text after its callee (`end`), none or one literal naming no `data:` URL and
 * no native addon? Then whatever loads a module there reads the name (Resolver.unreadLoad is undefined), and the call
 * need not be asked of the tree.
 */
function namesLiterally(source: string, end: number): boolean {
  LITERAL_ARGUMENTS.lastIndex = end;
  const match = LITERAL_ARGUMENTS.exec(source);
  return match !== null && !DATA_URL.test(match[2] ?? "") && !namesNativeAddon(match[2] ?? "");
}

/** A file that may hold a `with` statement (sloppy scripts): its calls of names not bound here are read through the object first. */
const WITH_TEXT = /\bwith\s*\(/;
const WITH_TEXTS = new RegExp(WITH_TEXT.source, "g");

/**
 * The bodies of the file's `with` statements, found where its text writes `with (` (most such files have it in a string
 * or comment only): a call outside them is not looked up through an object, without walking up from each call (a
 * bundle's calls are deep: 0.3 s a scan of a 1.5 MB one).
 */
function withBodies(root: Node, source: string): Array<{ start: number; end: number }> {
  const bodies: Array<{ start: number; end: number }> = [];
  for (const match of source.matchAll(WITH_TEXTS)) {
    const keyword = root.descendantForIndex(match.index);
    const body = keyword?.type === "with" && keyword.parent?.type === "with_statement" ? keyword.parent.childForFieldName("body") : null;
    if (body) bodies.push({ start: body.startIndex, end: body.endIndex });
  }
  return bodies;
}

/**
 * `with (require("child_process")) exec(cmd)`: a name called in a `with` statement's body is the member of that
 * object when it has one, which the table says for a watched object (else the call matches nothing). The nearest
 * `with` whose object resolves counts: one of an object not followed here may lack the member.
 */
function withMember(callee: Node, resolver: Resolver, objects: Map<number, ModulePath | undefined>): ModulePath | undefined {
  const chain = simpleChain((invokedThrough(callee) ?? callee).text);
  if (!chain?.length) return undefined;
  for (let node = callee.parent; node; node = node.parent) {
    if (node.type !== "with_statement" || callee.startIndex < (node.childForFieldName("body")?.startIndex ?? Infinity)) continue;
    if (!objects.has(node.id)) {
      const object = node.childForFieldName("object");
      const inner = object && unwrap(object);
      objects.set(node.id, inner ? resolver.resolve(inner) : undefined);
    }
    const object = objects.get(node.id);
    if (object) return through(extend(object, ...chain), node.childForFieldName("object")!);
  }
  return undefined;
}


/** The element at `position` of an array literal, counting holes (`[, a]`); undefined past a spread or the end. */
function arrayElement(array: Node, position: number): Node | undefined {
  let at = 0;
  for (const child of array.children) {
    if (!child || isComment(child) || child.type === "[") continue;
    if (child.type === "spread_element") return undefined;
    if (child.type === ",") at++;
    else if (at === position) return child.type === "]" ? undefined : child;
  }
  return undefined;
}

const NEW_PREFIX = /new\s*\(\s*|new\s+/y;
/** The name a callee starts with at `offset`; for `new Shell().run`, the class's (the instance's slots are its); for `new (require("./a").K)().run`, `require`. */
function rootAt(text: string, offset: number): string | undefined {
  const head = identifierAt(text, offset);
  if (head !== "new") return head;
  NEW_PREFIX.lastIndex = offset;
  return NEW_PREFIX.test(text) ? identifierAt(text, NEW_PREFIX.lastIndex) : head;
}

/** The function `f` of a callee `f.call` or `f.apply` (`bound`: or `f.bind`), else undefined. */
function invokedThrough(callee: Node, bound = false): Node | undefined {
  if (callee.type !== "member_expression") return undefined;
  const property = callee.childForFieldName("property")?.text;
  return property === "call" || property === "apply" || (bound && property === "bind") ? (callee.childForFieldName("object") ?? undefined) : undefined;
}

/** `(cp.exec)(...)` and TypeScript's compiled `(0, child_process_1.exec)(...)`: the callee is the last expression inside. */
function unwrap(node: Node): Node {
  let n = node;
  for (;;) {
    const type = n.type;
    const inner = type === "parenthesized_expression" || type === "sequence_expression" ? namedChildrenOf(n) : [];
    if (type === "parenthesized_expression" && inner.length === 1) n = inner[0]!;
    else if (type === "sequence_expression" && inner.length > 0) n = inner.at(-1)!;
    else return n;
  }
}

/** The expression inside parentheses (`(eval)` is still the name `eval`; a sequence's value is no name: `(0, eval)` is an indirect eval). */
function unwrapParentheses(node: Node): Node {
  let n = node;
  while (n.type === "parenthesized_expression" && n.namedChildCount === 1) n = n.namedChild(0)!;
  return n;
}

/** The namespace interop helpers (`__importStar`, `tslib_1.__importStar`, Babel's `_interopRequireWildcard`): a project module wrapped in one is its namespace. */
const NAMESPACE_INTEROP = new RegExp(`^${NAMESPACE_HELPER_NAME}$`);
/**
 * The default interop helpers (`__importDefault`, `tslib_1.__importDefault`, Babel's `_interopRequireDefault`): a compiled
 * project module wrapped in one is its exports as they are (`shell_1.default.exec` of `exports.default = { exec }`).
 */
const DEFAULT_INTEROP_NAME = String.raw`(?:[\w$]+\s*\.\s*)?(?:__importDefault|_interopRequireDefault|_interop_require_default)`;
const DEFAULT_INTEROP = new RegExp(`^${DEFAULT_INTEROP_NAME}$`);
/**
 * Calls that hand back what they are given: `util.promisify(cp.exec)` (the promise-returning twin runs the
 * same command), `await (x)`, which tree-sitter-javascript reads as a call of a function named await, and the
 * module interop helpers compilers and bundlers emit, inline or imported (`__importDefault(require("http"))`,
 * `tslib_1.__importStar(…)` — TypeScript, `_interopRequireDefault(…)` — Babel, `_interopDefault(…)` — Rollup): the
 * module, its `.default` being the module too.
 */
const PASS_THROUGH = new RegExp(String.raw`^(?:(?:util\s*\.\s*)?promisify|await|_interopDefault|${NAMESPACE_HELPER_NAME}|${DEFAULT_INTEROP_NAME})$`);
/** The first names of PASS_THROUGH's callees a program calls in place (`promisify(cp.exec)(cmd)`), and `util.promisify`'s text. */
const PASS_THROUGH_HEADS = new Set(["promisify", "util"]);
const PROMISIFY_AT = /^(?:util\s*\.\s*)?promisify$/;
/** An interop helper's module is its first argument; esbuild's `__toESM(require("x"), 1)` adds a flag (Node's own module). */
const MAX_INTEROP_ARGUMENTS = 2;
/** A value that is a call of one of the interop helpers (`tslib_1.__importStar(`, `tslib_1.__importDefault(`), read from the text. */
const INTEROP_CALL = new RegExp(String.raw`^(?:${NAMESPACE_HELPER_NAME}|${DEFAULT_INTEROP_NAME})\s*\(`);
/** The targets a name's slots are exported through: `module.exports = api`, `exports.default = api`. */
const EXPORTS_TARGET = /^(?:module\.exports|(?:module\.)?exports\.default)$/;
/** The evaluators whose code runs in the global scope (specs.ts Evaluator.globalScope; Resolver.evaluatedValue), by target: `Function`, `eval`, `vm.runInThisContext`. */
const GLOBAL_SCOPE_EVALUATORS = new Set(Object.entries(EVALUATORS.javascript).flatMap(([target, evaluator]) => (evaluator.globalScope ? [target] : [])));
/** A path as EVALUATORS names its target: a global's name (`eval`), else the module's and members' (`vm.runInThisContext`). */
const targetOf = (path: ModulePath) => (path.module === GLOBAL ? path.members : [path.module, ...path.members]).join(".");
/** A value that may be a fallback or conditional: `opts.fetch ?? fetch`, `a || b`, `c ? a : b`, `ok && cp`. */
const JS_FALLBACK = /\?\?|\|\||\?|&&/;

export class Resolver {
  /** Literals nested past MAX_RESOLVE_DEPTH literals that a read reached, by start (literalEntries; reported in callsOf). */
  readonly deepLiterals = new Map<number, Node>();
  constructor(
    private readonly bindings: Bindings,
    readonly filter: ModuleFilter,
    private readonly project?: FileProject,
    /** The file's string constants (a re-analysis after an edit reuses the full analysis's). */
    readonly constants = new Constants(),
    private readonly deadline?: Deadline,
    /** Is the file strict code by its kind (KeptAnalysis.strictFile)? Else its syntax says (sloppyPlainFunctionAt). */
    private readonly strictFile = false,
    /** `Reflect`, `Object` and their members held by names (readerAliases). */
    private readonly readers: ReadonlyMap<string, string> = NO_READER_ALIASES,
  ) {}

  /**
   * What each call resolved to, by node and depth: a call's callee is asked whether it loads a module (loadPosition) and
   * what it returns (returned), each resolving it, so calls of calls (`cp()()…`, `((() => () => f)())()`; protobufjs's
   * bundles) cost 2^depth. Kept while one resolve from outside runs (`resolving`): the bindings do not change there.
   */
  private readonly calls = new Map<number, ModulePath | undefined>();
  /**
   * What each generator yields, by node id, kept as `calls` is: read once per resolve from outside, and undefined while
   * it is read (a generator delegating to itself, `yield* walk(child)`, or to another that delegates back: each `yield*`
   * would read all of them again, exponential).
   */
  private readonly yields = new Map<number, ModulePath | undefined>();
  private resolving = false;
  /** The file's top-level functions by name (a callback named, `[cp].map(pick)`), read when first asked. */
  private functions?: Map<string, Node>;

  /** The functions the program's top level names (topLevelFunctions), read once per analysis (`read`: already read). */
  topFunctions(program: Node, read?: Map<string, Node>): Map<string, Node> {
    return (this.functions ??= read ?? topLevelFunctions(program));
  }

  resolve(node: Node, text = node.text, depth = 0): ModulePath | undefined {
    const path = this.resolving ? this.resolveAt(node, text, depth) : this.session(() => this.resolveAt(node, text, depth));
    // A member of the file's slots read as one value (`make().run` of `function make() { return Runner }`): the slot.
    return path?.module === FILE_SLOTS ? this.bindings.slotRead(path) : path;
  }

  /** One resolve from outside: what it remembers (calls, yields) is kept until it ends. */
  private session<T>(read: () => T): T {
    this.deadline?.check();
    this.resolving = true;
    try {
      return read();
    } finally {
      this.resolving = false;
      this.calls.clear();
      this.yields.clear();
    }
  }

  private resolveAt(node: Node, text: string, depth: number): ModulePath | undefined {
    if (depth > MAX_RESOLVE_DEPTH) return undefined;
    // Every CommonJS module object's `require` loads by name, however the object is reached (`module.children[0]`,
    // `require.cache[k]`, `new Module(…)`, `module.constructor.prototype`), held or bound (`const r = module.require`).
    if (text.endsWith("require") && node.type === "member_expression" && node.childForFieldName("property")?.text === "require" && this.moduleObjectAt(node, depth)) return { module: GLOBAL, members: [...MADE_REQUIRE] };
    // `require.main` is the main module (`const m = require.main` … `m.require(…)`, `m.constructor`).
    if (text.endsWith("main") && node.type === "member_expression" && text.replace(/\s+/g, "") === "require.main" && !this.bindings.declared("require", node)) return { module: GLOBAL, members: [...MODULE_OBJECT] };
    // A CommonJS module object's class is the module builtin (`module.constructor`, `require.main.constructor`), and its
    // `_compile` compiles code as a module of its own (`module._compile(code, f)`), as `new Module(id)._compile` does.
    if ((text.endsWith(CONSTRUCTOR) || text.endsWith(COMPILE)) && node.type === "member_expression") {
      const property = node.childForFieldName("property")?.text;
      const object = node.childForFieldName("object");
      // Its prototype's too (`Object.getPrototypeOf(module).constructor`, `module.__proto__.constructor`).
      if (object && property === CONSTRUCTOR && (this.commonJsModule(object, depth) || this.commonJsModule(prototypeRead(object, this) ?? object, depth, true))) return { module: GLOBAL, members: [MODULE_BUILTIN] };
      if (object && property === COMPILE && (this.commonJsModule(object, depth) || this.commonJsModule(prototypeRead(object, this) ?? object, depth, true))) return { module: GLOBAL, members: [MODULE_BUILTIN, RETURNED, COMPILE] };
    }
    // `m.constructor.prototype._compile` of a module object `m`: read off its class (the module builtin).
    if (text.includes(CONSTRUCTOR) && node.type === "member_expression") {
      const reads: string[] = [];
      let inner: Node | null = node;
      while (inner?.type === "member_expression" && inner.childForFieldName("property")?.text !== CONSTRUCTOR) {
        reads.push(inner.childForFieldName("property")?.text ?? "");
        inner = inner.childForFieldName("object");
      }
      const object = inner !== node && inner?.type === "member_expression" ? inner.childForFieldName("object") : null;
      if (object && this.commonJsModule(object, depth)) return { module: GLOBAL, members: [MODULE_BUILTIN, ...reads.reverse()] };
    }
    if (text.endsWith(CONSTRUCTOR)) {
      const reached = functionConstructorAt(node);
      if (reached) return reached;
    }
    const chain = simpleChain(text);
    if (chain?.[0] === "super" && chain.length > 1) return this.superSlot(chain, node);
    // A literal of the file's top level read by its name as a whole (`const r = tools`, `[tools][0]`): the literal, its keys its own.
    // A class of the file (any name its slots are under) read alone: its slots as one value (`return Runner`, FILE_SLOTS).
    if (chain) return chainPath(this.bindings, chain, node) ?? (chain[0] === "this" && chain.length > 1 ? this.ownPrototype(chain, node) : chain.length === 1 ? (this.bindings.literal(chain[0]!, node) ?? this.bindings.slotsUnder(chain[0]!, node)) : undefined);
    switch (node.type) {
      case "member_expression": {
        const property = node.childForFieldName("property");
        // `require("./shell").exec`, `(await import("./shell")).exec`: the member the project file offers.
        const object = node.childForFieldName("object");
        // `(…).a.b.c`: the reads one after another off the innermost (a recursion per read, stopped at MAX_RESOLVE_DEPTH
        // reads, hid a value read more than 64 members deep: `({ a: { a: … cp.execSync } }).a.a…a(cmd)`).
        if (object?.type === "member_expression" && property) {
          const reads = [property.text];
          let inner = object;
          // A read of `constructor` is resolved where it stands (functionConstructorAt: `(() => {}).constructor`). The
          // properties, not each inner node's text (a copy of the whole chain before it: quadratic on a long chain).
          for (;;) {
            const next = inner.childForFieldName("object");
            const read = inner.childForFieldName("property")?.text;
            if (next?.type !== "member_expression" || read === undefined || read === CONSTRUCTOR) break;
            reads.push(read);
            inner = next;
          }
          const base = this.resolveAt(inner, inner.text, depth + 1);
          return base && extend(base, ...reads.reverse());
        }
        const loaded = object && property ? this.projectRequire(object) : undefined;
        if (loaded !== undefined) {
          const path = this.project!.lookup(loaded, property!.text);
          return path && through(normalMembers(path), object!);
        }
        const base = this.child(node, "object", depth);
        if (base) return property ? extend(base, property.text) : undefined;
        // `g().next().value`, `[cp.exec].values().next().value`: an iterator stepped by hand gives an element.
        const stepped = property?.text === "value" ? iteratorStepped(object) : undefined;
        if (stepped) return this.elementOf(stepped, false, depth + 1);
        // `new Shell().run`, `new a_1.K().run` of a namespace: the instance's slot (`Shell.prototype.run`, `a_1.K.prototype.run`).
        // `Object.getPrototypeOf(this).run`: the prototype's slot (`K.prototype.run`, slotKey).
        if ((object?.type !== "new_expression" && !(object?.type === "call_expression" && PROTOTYPE_READ_HEADS.has(identifierAt(object.text, 0) ?? ""))) || !property) return undefined;
        const key = this.slotKey(node);
        return key ? this.bindings.slotPath(key.split(".")) : object.type === "new_expression" ? this.requiredInstanceMember(object, property.text) : undefined;
      }
      case "subscript_expression": {
        const slot = this.slot(node);
        if (slot) return slot;
        const base = this.child(node, "object", depth);
        const index = node.childForFieldName("index");
        // A key not known here could be any member: what `*` covers (as Python's `getattr(m, name)`); of a literal a
        // name holds (heldLiteral), a fixed key (`l[1]` too) its value, any other the first.
        // The file's slots under a name read by a key (FILE_SLOTS): the slot it fixes, else as any name's (an element added at no key fixed here: below).
        if (base?.module === FILE_SLOTS) {
          const key = index ? this.propertyKey(index) : undefined;
          const slot = key !== undefined ? this.bindings.slotRead(extend(base, key)) : undefined;
          if (slot) return slot;
        } else if (base) return index ? extend(base, base.properties ? (this.propertyKey(index) ?? ANY_ENTRY) : (this.constants.stringOf(index) ?? ANY)) : undefined;
        const object = node.childForFieldName("object");
        // `[sp.exec][0]`: the element of an array written in place.
        if (object?.type === "array" && index) {
          const key = this.propertyKey(index);
          const element = key !== undefined && ARRAY_INDEX.test(key) ? arrayElement(object, Number(key)) : undefined;
          // `[[cp.exec]][0][0]`: a nested literal's own entries (heldLiteral).
          if (element) return element.type === "array" ? heldLiteral(literalEntries(element, this, this.bindings, depth + 1)) : this.resolve(element, element.text, depth + 1);
          // `[...m.values()][0]`: past a spread, an element of what is spread (the first that resolves; an element written after it is not guessed).
          return key !== undefined && ARRAY_INDEX.test(key) ? this.firstResolved(arrayElements(object).filter((e) => e !== HOLE && e?.type === "spread_element"), depth) : undefined;
        }
        // `TRANSPORTS[protocol]`, `list[0]`: a literal of watched values the name holds at the module's top.
        // `arr[0]` of `arr.push(cp)`: an element added at no index fixed here (ANY_ENTRY, withDerivedDefinitions).
        if (object?.type === "identifier") return index ? (this.bindings.picked(object.text, object, this.propertyKey(index)) ?? this.bindings.slotPath([object.text, ANY_ENTRY])) : undefined;
        return this.elementRead(node, depth);
      }
      case "call_expression": {
        const key = node.id * (MAX_RESOLVE_DEPTH + 2) + depth;
        if (this.calls.has(key)) return this.calls.get(key);
        const path = this.resolveCall(node, text, depth);
        this.calls.set(key, path);
        return path;
      }
      case "new_expression": {
        const constructor = node.childForFieldName("constructor");
        const made = constructor?.type === "identifier" && MADE_OF_ARGUMENT.has(constructor.text) && !this.bindings.declared(constructor.text, constructor) ? constructor.text : undefined;
        const [given] = made ? namedChildrenOf(node) : [];
        // `new Proxy(cp, handler)` forwards to `cp`.
        if (made === "Proxy") return given && this.resolve(given, given.text, depth + 1);
        // `new WeakRef(cp)`: its `deref()` gives `cp` back (a factory's call, Resolver.returned).
        if (made === "WeakRef") {
          const target = given && this.resolve(given, given.text, depth + 1);
          return target && { module: OBJECT, members: [], properties: { deref: { ...target, returns: (target.returns ?? 0) + 1 } } };
        }
        // `new Map(Object.entries(cp))`: each key's value is the member of its name (`m.get("exec")`, elementRead), a
        // key not fixed any member (ANY_ENTRY).
        const copied = made && given ? this.entriesOf(given) : undefined;
        return copied ? this.entriesObject(copied, node, true, depth) : made ? undefined : this.returned(constructor, depth, undefined, node);
      }
      // `opts.fetch ?? fetch`, `a || b`, `c ? a : b`: either side may be the value; `ok && cp`: the right (a watched value is truthy: on the left, never the value).
      case "binary_expression":
      case "ternary_expression": {
        const fields = node.type === "ternary_expression" ? ["consequence", "alternative"] : node.childForFieldName("operator")?.type === "&&" ? ["right"] : ["left", "right"];
        for (const field of fields) {
          const path = this.child(node, field, depth);
          if (path) return path;
        }
        return undefined;
      }
      // `({ ...cp }).exec`: a copy holds the members of what is spread into it (as `Object.assign({}, cp)`); the first that resolves.
      // Else the literal's own watched values (`({ a: [cp.exec] }).a[0]`, heldLiteral).
      case "object": {
        for (const child of node.namedChildren) {
          const spread = child?.type === "spread_element" ? child.namedChild(0) : null;
          const path = spread && this.resolve(spread, spread.text, depth + 1);
          if (path) return path;
        }
        return heldLiteral(literalEntries(node, this, this.bindings, depth + 1));
      }
      // `(0, make)`, TypeScript's compiled call of an imported function: the last expression's value.
      case "sequence_expression": {
        const last = namedChildrenOf(node).at(-1);
        return last ? this.resolve(last, last.text, depth + 1) : undefined;
      }
      case "await_expression":
      case "parenthesized_expression":
      case "non_null_expression":
      case "as_expression":
      case "satisfies_expression":
      // TypeScript's `execSync<string>` (an instantiation expression): the function, as TypeScript emits it.
      case "instantiation_expression":
      // TypeScript's `<any>window`: the expression follows its type.
      case "type_assertion": {
        const inner = node.type === "type_assertion" ? namedChildrenOf(node).at(-1) : namedChildrenOf(node)[0];
        // `await Promise.resolve(cp)`: the value the promise resolves to; `await new Promise((r) => r(cp))`: what its executor resolves it with.
        const executed = node.type === "await_expression" && inner?.type === "new_expression" ? this.executorValue(inner, depth) : undefined;
        if (executed) return executed;
        const promised = node.type === "await_expression" && inner?.type === "call_expression" && this.readsByName(inner.childForFieldName("function")!, PROMISE) ? namedChildrenOf(inner)[0] : inner;
        if (node.type !== "await_expression" || !promised) return promised ? this.resolve(promised, promised.text, depth + 1) : undefined;
        // `await p.then((m) => m)`, `await Promise.race([cp])` (or `any`): the value the promise settles with (elementOf).
        const settled = promised.type === "call_expression" ? promised.childForFieldName("function") : null;
        if (settled && ((settled.type === "member_expression" && settled.childForFieldName("property")?.text === "then") || this.readsByName(settled, ...SETTLING_FIRST))) {
          const value = this.elementOf(promised, false, depth + 1);
          if (value) return through(value, node);
        }
        // `await p` of a promise a name holds (PROMISED): at the module's top a container's, in a function its literal's.
        const held = promised.type === "identifier" ? this.bindings.picked(promised.text, promised, PROMISED) : undefined;
        if (held) return through(held, node);
        const value = this.resolve(promised, promised.text, depth + 1);
        return value?.properties && Object.hasOwn(value.properties, PROMISED) ? extend(value, PROMISED) : value;
      }
      // A function written in place that is a factory (factories.ts placedFunction): its value, flagged `returns`.
      case "arrow_function":
      case "function_expression":
      case "function":
      case "generator_function":
      case "method_definition":
        return this.bindings.returnedBy(node.startIndex);
      default:
        return undefined;
    }
  }

  /**
   * `this.run` in a method of `class K`, no `this.run` slot bound: the class's instances' slot `K.prototype.run` (an
   * instance method that is a factory, factories.ts). Asked only for a member some class's prototype holds.
   */
  /**
   * `super.run` in a method of `class B extends A`: A's slot — its static `A.run` in a static method, its instances'
   * `A.prototype.run` in any other (the base's own base reached as a subclass's is, Bindings.slotPath).
   */
  private superSlot(chain: readonly string[], node: Node): ModulePath | undefined {
    let method: Node | null = node.parent;
    while (method && method.type !== "method_definition" && method.type !== "class_body" && method.type !== "program") method = method.parent;
    const cls = method?.type === "method_definition" && method.parent?.type === "class_body" ? method.parent.parent : undefined;
    const heritage = cls && namedChildrenOf(cls).find((c) => c.type === "class_heritage");
    const base = heritage && /^\s*extends\s+([\p{L}_$][\p{L}\p{N}_$]*(?:\s*\.\s*[\p{L}_$][\p{L}\p{N}_$]*)*)\s*$/u.exec(heritage.text)?.[1]?.replace(/\s+/g, "");
    if (!base) return undefined;
    const isStatic = method!.children.some((c) => c?.type === "static");
    return this.bindings.slotPath([...base.split("."), ...(isStatic ? [] : ["prototype"]), ...chain.slice(1)]);
  }

  private ownPrototype(chain: readonly string[], node: Node): ModulePath | undefined {
    // `this.constructor.prototype.run`: the class's prototype read through the instance's constructor.
    const member = chain[1] === CONSTRUCTOR && chain[2] === "prototype" ? 3 : 1;
    if (!this.bindings.prototypeMembers.has(chain[member] ?? "")) return undefined;
    const owner = classNameAround(node);
    return owner ? this.bindings.slotPath([owner.text, "prototype", ...chain.slice(member)]) : undefined;
  }

  /** A function's returned value (factories.ts): an object or array literal of watched values is the literal's (heldLiteral), anything else what it resolves to. */
  returnedValue(node: Node): ModulePath | undefined {
    const value = unwrap(node);
    return value.type === "object" || value.type === "array" ? heldLiteral(literalEntries(value, this, this.bindings)) : this.resolve(node);
  }

  /** resolve's case of a call (memoized there): a slot read, a function returned in place, a module loaded, or what the callee returns. */
  private resolveCall(node: Node, text: string, depth: number, awaitedCallee?: Node): ModulePath | undefined {
    // `__privateGet(this, _fetch)`: the slot it reads.
    const key = this.slotKey(node, depth);
    if (key) return this.bindings.slotPath(key.split("."));
    const fn = awaitedCallee ?? node.childForFieldName("function");
    // `await (async () => cp)()`, which the grammar reads as a call of a function named await whose value is called: the
    // call of what is awaited, the value it settles with (as an `await` gives).
    const [awaited, ...more] = !awaitedCallee && fn?.type === "call_expression" && isAwait(fn.childForFieldName("function")!, this.bindings) ? namedChildrenOf(fn) : [];
    if (awaited && more.length === 0) {
      const value = this.resolveCall(node, text, depth, awaited);
      return value?.properties && Object.hasOwn(value.properties, PROMISED) ? extend(value, PROMISED) : value;
    }
    // `(() => cp)()`, and `x = function () { return cp }()` (a function expression needs no parentheses there).
    const returned = awaitedCallee || fn?.type === "parenthesized_expression" || fn?.type === "function_expression" ? returnedInPlace(fn!) : null;
    // `((m) => m.exec)(cp)`: its parameters given the arguments; `(() => () => cp.exec)()`: a function, a factory.
    if (returned) {
      const args = namedChildrenOf(node.childForFieldName("arguments"));
      let value = returned;
      let calls = 0;
      for (let inner = returnedInPlace(value); inner && calls < MAX_HANDED_DEPTH; inner = returnedInPlace(value), calls++) value = inner;
      const path = this.callbackReturn(value, parametersOf(unwrap(fn!)).map((parameter, i) => [parameter, args[i], true] as const), depth);
      return calls && path ? { ...path, returns: (path.returns ?? 0) + calls } : path;
    }
    // `Reflect.construct(Function, ["return this"])`: what the evaluator's call gives, its arguments the list's (evaluatedValue).
    const reflected = fn && (text.startsWith("Reflect") || this.heldReader(fn, identifierAt(text, 0)) !== undefined) && this.readsByName(fn, ...REFLECT_CALLS) ? this.reflectedValue(node, fn, depth) : undefined;
    return reflected ?? this.moduleOfCall(node, depth) ?? (ELEMENT_READ_CALL.test(text) ? this.elementRead(node, depth) : undefined) ?? this.returned(fn, depth, node);
  }

  /**
   * A global-scope evaluator called through Reflect (`reflect`, its callee `fn`) with a list written in place: what its
   * code gives; never a direct eval. Any other class `Reflect.construct` makes (`Reflect.construct(OpenAI, [])`): its
   * instance, as `new OpenAI()` is.
   */
  private reflectedValue(reflect: Node, fn: Node, depth: number): ModulePath | undefined {
    const [target] = namedChildrenOf(reflect);
    const list = reflectedList(reflect, fn.text);
    const evaluator = target && list?.type === "array" ? this.resolve(target, target.text, depth + 1) : undefined;
    if (evaluator && GLOBAL_SCOPE_EVALUATORS.has(targetOf(normalMembers(evaluator)))) return this.evaluatedValue(normalMembers(evaluator), fn, list!);
    return target && fn.text.endsWith("construct") ? this.returned(target, depth, undefined, reflect) : undefined;
  }

  /**
   * What a call or `new` of a client returns: followed, so its methods are calls on the client; a call of a factory (`call`)
   * is what it returns; an evaluator's call or `new` (`made`: the `new`) what its code gives (evaluatedValue).
   */
  private returned(fn: Node | null, depth: number, call?: Node, made?: Node): ModulePath | undefined {
    const base = fn ? this.resolve(fn, fn.text, depth + 1) : undefined;
    if (base?.returns) return call && called(base, call, (parameter) => this.passes(call, parameter));
    // `new (make())()` of a class of the file: its instance, whose members are its prototype's slots.
    if (base?.module === FILE_SLOTS) return made && base.members.length === 1 ? extend(base, PROTOTYPE) : undefined;
    const evaluated = base && (call ?? made) && GLOBAL_SCOPE_EVALUATORS.has(targetOf(normalMembers(base))) ? this.evaluatedValue(normalMembers(base), fn!, (call ?? made)!) : undefined;
    if (evaluated) return evaluated;
    return base && this.filter.returnsWatched(normalMembers(base)) ? extend(base, RETURNED) : undefined;
  }

  /**
   * Does `call` certainly pass a value other than `undefined` for a factory's returned parameter (its default is not
   * the value then)? Certain: a function, class, object, array or literal written there, `new`, or the name of the
   * file's own top-level function or of an ES import, not hidden there and never assigned. Anything else may be
   * `undefined` (`opts?.fetch`, a parameter), which gives the default.
   */
  private passes(call: Node, { position }: ReturnedParameter): boolean {
    const args = call.childForFieldName("arguments");
    const list = args?.type === "arguments" ? namedChildrenOf(args) : [];
    const arg = position === undefined ? undefined : list[position];
    if (!arg || list.slice(0, position! + 1).some((a) => a.type === "spread_element")) return false;
    if (CERTAIN_VALUES.has(arg.type)) return true;
    if (arg.type !== "identifier" || !this.bindings.fileScoped(arg.text, arg)) return false;
    const program = programOf(arg);
    const fn = this.topFunctions(program).get(arg.text);
    // An import's binding cannot be assigned.
    return fn ? staysFunction(program, arg.text, fn) : importsByName(program, arg.text);
  }

  /**
   * The value an evaluator's call gives when its constant code is only a name and members (`this`, `globalThis`,
   * `process.mainModule`): `Function(code)` a function returning it (its body run in the global scope, `this` the global
   * object when called plainly, a factory's value: `called`), `vm.runInThisContext(code)` and an indirect eval (`(0,
   * eval)(code)`, `e(code)` of `const e = eval`) its value in the global scope. A direct `eval(code)` (the callee the name
   * `eval` itself) reads the names where it is called, and its `this` is the caller's (a CommonJS module's exports): the
   * names only. Strict code, or any other, is not read here (its crossings are the evaluated code's, evaluators.ts).
   */
  private evaluatedValue(evaluator: ModulePath, fn: Node, call: Node): ModulePath | undefined {
    const body = evaluator.members[0] === "Function";
    const args = namedChildrenOf(call);
    const code = this.constants.stringOf(body ? args.at(-1) : args[0], 0, CODE);
    const chain = code === undefined ? undefined : nameChainOf(code, body);
    if (!chain) return undefined;
    const [root, ...members] = chain;
    const direct = evaluator.members[0] === "eval" && unwrapParentheses(fn).type === "identifier" && unwrapParentheses(fn).text === "eval";
    const global = root === "this" ? (!direct || this.sloppyPlainFunctionAt(call) ? { module: GLOBAL, members: [] } : undefined) : direct ? this.bindings.lookup(root!, call) : root === "require" ? undefined : globalPath(root!);
    if (!global) return undefined;
    const value = through(extend(global, ...members), call);
    return body ? { ...value, returns: 1 } : value;
  }


  /**
   * Is `node` in a plain function (`function f() {…}`, an arrow in one) of sloppy code? Called plainly, its `this` is the
   * global object (a method's is its object; at a CommonJS file's top, module.exports). Strict code: a file so by its
   * kind, a "use strict" directive of the file or an enclosing function, a class body, an ES module by its syntax.
   */
  private sloppyPlainFunctionAt(node: Node): boolean {
    if (this.strictFile) return false;
    let plain: boolean | undefined;
    for (let at = node.parent; at; at = at.parent) {
      const type = at.type;
      if (type === "class_body") return false;
      const owner = type === "statement_block" ? at.parent?.type : undefined;
      if (owner && BODY_OWNERS.has(owner) && strictDirective(at)) return false;
      if (plain === undefined && owner && BODY_OWNERS.has(owner) && owner !== "arrow_function") plain = owner !== "method_definition" && !methodHeld(at.parent!);
      if (type === "program") return plain === true && !strictDirective(at) && !namedChildrenOf(at).some((statement) => statement.type === "import_statement" || statement.type === "export_statement");
    }
    return plain === true;
  }

  /** A watched value stored in an attribute or container slot (`this.client`, `values["client"]`). */
  slot(node: Node): ModulePath | undefined {
    return slotValue(this.bindings, node, (n) => this.slotKey(n));
  }

  /** The slot key of the class a `new` makes (`Shell`, `a_1.K` of a namespace, parenthesized too), else undefined. */
  instanceOwner(made: Node, depth = 0): string | undefined {
    const constructor = made.childForFieldName("constructor");
    if (constructor?.type === "identifier") return constructor.text;
    // Of a name holding slots only (`a_1` of `require("./a")`, a namespace): `new events.EventEmitter()` makes no instance of the file's.
    const owner = constructor && unwrapParentheses(constructor);
    return owner?.type === "member_expression" && this.bindings.slotRoots.has(identifierAt(owner.text, 0) ?? "") ? this.slotKey(owner, depth + 1) : undefined;
  }

  /** `new (require("./a").K)().run`: the member the project file offers its class's instances (`K.prototype.run`). */
  private requiredInstanceMember(made: Node, member: string): ModulePath | undefined {
    const constructor = made.childForFieldName("constructor");
    const owner = constructor && unwrapParentheses(constructor);
    const object = owner?.type === "member_expression" ? owner.childForFieldName("object") : null;
    const loaded = object ? this.projectRequire(object) : undefined;
    const path = loaded !== undefined ? this.project!.lookup(loaded, `${owner!.childForFieldName("property")!.text}.prototype.${member}`) : undefined;
    return path && through(normalMembers(path), made);
  }

  /**
   * The slot key of the prototype of `of`: `this` in a class's method, its class's (`K.prototype`); a name, the name
   * (Bindings.slotPath reads an instance's members as its class's, an object's missing ones as its `__proto__`'s); `new K()`, `K.prototype`.
   */
  private prototypeKey(of: Node, depth: number): string | undefined {
    const value = unwrapParentheses(of);
    if (value.type === "this") {
      const owner = classNameAround(value);
      return owner ? `${owner.text}.prototype` : undefined;
    }
    return value.type === "identifier" || value.type === "new_expression" ? this.slotKey(value, depth + 1) : undefined;
  }

  /** `this.client` → "this.client", `values["client"]` → "values.client"; undefined for anything else. */
  slotKey(node: Node, depth = 0): string | undefined {
    if (depth > MAX_RESOLVE_DEPTH) return undefined;
    // Read once: each read of a node's type is a call into the parser's WebAssembly.
    const type = node.type;
    if (type === "identifier" || type === "this") return node.text;
    // `export default { exec }`: the default export's properties are slots `default.exec` (exported as such).
    if (type === "default") return "default";
    // TypeScript's `export = cp` is CommonJS's `module.exports = cp`.
    if (type === "=") return "module.exports";
    // `new Shell()`, `new a_1.K()`, `new (ns.K)()`: an instance, whose slots are the class's `this.x` (bindSlotAt).
    if (type === "new_expression") {
      const owner = this.instanceOwner(node, depth);
      return owner && `${owner}.prototype`;
    }
    const fn = type === "call_expression" ? node.childForFieldName("function")?.text : undefined;
    // `Object.getPrototypeOf(this)` in a class's method, `Object.getPrototypeOf(k)` of `const k = new K()`: the class's prototype (its slots `K.prototype.run`).
    if (fn !== undefined && PROTOTYPE_OF.test(fn) && this.readsByName(node.childForFieldName("function")!, ...PROTOTYPE_READS)) {
      const [of] = namedChildrenOf(node);
      return of && this.prototypeKey(of, depth);
    }
    // `__privateGet(this, _fetch)`, and a write helper's arguments (withDerivedDefinitions): the receiver's private
    // slot, keyed by the WeakMap's own name (`this.#_fetch`), the one name its writes and reads share.
    if (type === "arguments" || (fn !== undefined && PRIVATE_READ.test(fn))) {
      const args = namedChildrenOf(node);
      const map = args[1];
      // `Object.setPrototypeOf(o, cp)`'s arguments (withDerivedDefinitions): `o`'s prototype, as `o.__proto__ = cp` sets it.
      if (type === "arguments" && node.parent && this.readsByName(node.parent.childForFieldName("function")!, ...PROTOTYPE_SETTERS, ASSIGN, DEFINE_PROPERTIES)) {
        const owner = this.slotKey(args[0]!, depth + 1);
        return owner && `${owner}.__proto__`;
      }
      // `Object.defineProperty(o, "run", …)`'s arguments (withDerivedDefinitions): the property `o.run`.
      const property = type === "arguments" && map?.type === "string" ? this.constants.stringOf(map) : undefined;
      if (property !== undefined) {
        const owner = this.slotKey(args[0]!, depth + 1);
        return owner && /^[\w$]+$/.test(property) ? `${owner}.${property}` : undefined;
      }
      const receiver = map?.type === "identifier" ? args[0] : undefined;
      const base = receiver ? this.slotKey(receiver, depth + 1) : undefined;
      return base && `${base}.#${map!.text}`;
    }
    const object = node.childForFieldName("object");
    const base = object && (type === "member_expression" || type === "subscript_expression") ? this.slotKey(object, depth + 1) : undefined;
    if (!base) return undefined;
    // `this.#fetch`: a private name keeps its `#` (a subscript's `"#fetch"` is another, public, property).
    const key = type === "member_expression" ? node.childForFieldName("property")?.text : this.constants.stringOf(node.childForFieldName("index"));
    return key !== undefined && (type === "member_expression" ? /^#?[\w$]+$/ : /^[\w$]+$/).test(key) ? `${base}.${key}` : undefined;
  }


  /**
   * The key a property name or a subscript's index names, when the file fixes it: a name or string (`run`, `"http:"`),
   * a string constant (Constants), a number (`0`, `-1`, `0x1`: the property `String(n)` it is); undefined for anything else.
   */
  propertyKey(node: Node): string | undefined {
    switch (node.type) {
      case "property_identifier":
      case "shorthand_property_identifier":
        return node.text;
      case "computed_property_name": {
        const inner = node.namedChild(0);
        return inner ? this.propertyKey(inner) : undefined;
      }
      case "number":
      case "unary_expression": {
        const number = Number(node.text.replace(/[\s_]/g, ""));
        return Number.isNaN(number) ? undefined : String(number);
      }
      default:
        return this.constants.stringOf(node);
    }
  }

  private child(node: Node, field: string, depth: number): ModulePath | undefined {
    const child = node.childForFieldName(field);
    return child ? this.resolve(child, child.text, depth + 1) : undefined;
  }

  /** Does a specifier name a project file (relative, or a tsconfig alias no rule watches)? */
  private projectSpecifier(specifier: string, module: string): boolean {
    return specifier.startsWith(".") || (this.project !== undefined && !this.filter.relevant(module) && this.project.resolves(specifier));
  }

  /** The project specifier of `require("./shell")` (require not shadowed) or `import("./shell")`, awaited or not, else undefined. */
  projectRequire(node: Node): string | undefined {
    if (!this.project) return undefined;
    while (node.type === "await_expression" || node.type === "parenthesized_expression") {
      const inner = node.namedChild(0);
      if (!inner) return undefined;
      node = inner;
    }
    if (node.type !== "call_expression") return undefined;
    const fn = node.childForFieldName("function");
    // `tslib_1.__importStar(require("./shims"))`: the namespace interop of compiled TypeScript, Babel, SWC and esbuild.
    const args = namedChildrenOf(node);
    const wrapped = fn && (NAMESPACE_INTEROP.test(fn.text) || DEFAULT_INTEROP.test(fn.text)) ? args[0] : undefined;
    if (wrapped) return wrapped.type === "call_expression" && args.length <= MAX_INTEROP_ARGUMENTS ? this.projectRequire(wrapped) : undefined;
    const loads = fn?.type === "import" || (fn?.type === "identifier" && fn.text === "require" && !this.bindings.declared("require", fn));
    if (!loads || args.length !== 1) return undefined;
    const specifier = this.constants.stringOf(args[0]);
    return specifier !== undefined && this.projectSpecifier(specifier, normalModule(aliasedSpecifier(specifier, this.filter, this.project))) ? specifier : undefined;
  }

  /** What a project module offers (for a namespace or a destructuring of `require("./shell")`). */
  projectExports(specifier: string, loader?: Node): Record<string, ModulePath> {
    const exports = this.project?.exportsOf(specifier) ?? {};
    // `__importDefault(require("./shell"))`: only its `default` is certain (a module without `__esModule` is wrapped as `{ default }`).
    const fn = loader?.type === "call_expression" ? loader.childForFieldName("function") : null;
    return fn && DEFAULT_INTEROP.test(fn.text) ? Object.fromEntries(Object.entries(exports).filter(([name]) => name === DEFAULT || name.startsWith(`${DEFAULT}.`))) : exports;
  }

  /**
   * Which argument names the module when `fn` loads one by name, else undefined: `require` (not shadowed), a
   * `require` made by `createRequire` (`createRequire(url)(m)`, `const r = createRequire(url)` … `r(m)`, an ES
   * module's `const require = createRequire(import.meta.url)`), `import()`, `module.require`, the other LOADER_PATHS
   * (`process.getBuiltinModule`, `process.mainModule.require`, `require("module")._load`), and any of them invoked through
   * `.call(this, m)`; `listed`: the argument is an array holding the name (`require.apply(this, [m])`, `Reflect.apply(require, this, [m])`).
   */
  private loadArgument(fn: Node, depth: number): { at: number; listed: boolean } | undefined {
    const at = this.loadPosition(fn, depth);
    if (at !== undefined) return { at, listed: false };
    // A callee may be a whole function (`(function () { … }).call(this)`): its text is copied without spaces only when it ends as `.call`/`.apply` may.
    const text = fn.text;
    const invoked = INVOKED_END.test(text) && INVOKED.test(text.replace(/\s+/g, "")) ? invokedThrough(fn) : undefined;
    if (invoked && this.loadPosition(invoked, depth) === 0) return { at: 1, listed: text.endsWith("apply") };
    const applied = this.readsByName(fn, "Reflect.apply") ? namedChildrenOf(fn.parent)[0] : undefined;
    return applied && this.loadPosition(applied, depth) === 0 ? { at: 2, listed: true } : undefined;
  }

  private loadPosition(fn: Node, depth: number): number | undefined {
    const own = (name: string) => !this.bindings.declared(name, fn);
    const type = fn.type;
    if (type === "import") return 0;
    if (type === "identifier" && fn.text === "require" && own("require")) return 0;
    if (type === "member_expression") {
      // The property first (MODULE_OBJECT_LOADER's end in LOADER_MEMBERS too): a long callee's text is not copied for it.
      const raw = fn.text;
      if (!LOADER_MEMBERS.has(raw.slice(raw.lastIndexOf(".") + 1).replace(/\s+/g, ""))) return undefined;
      const text = raw.replace(/\s+/g, "");
      if (MODULE_OBJECT_LOADER.test(text) && own(text.slice(0, text.indexOf(".")))) return 0;
    }
    return LOADER_CALLEES.has(type) && loads(this.resolve(fn, fn.text, depth + 1)) ? 0 : undefined;
  }

  /**
   * Is `node` a CommonJS module object, by name: CommonJS's own `module`, `module.parent`, `module.children[i]`,
   * `require.main` (`module`/`require` not a parameter or local), or a name holding one (`const m = require.main`, `new
   * Module(id)`); `prototype`: also its prototype (`module.__proto__`, `Object.getPrototypeOf(module)`: prototypeRead).
   */
  private commonJsModule(node: Node, depth: number, prototype = false): boolean {
    const text = node.text.replace(/\s+/g, "");
    if (prototype && text.endsWith(".__proto__")) return this.commonJsModule(node.childForFieldName("object") ?? node, depth);
    const head = /^(module|require)\b/.exec(text)?.[1];
    if (head && COMMONJS_MODULE_OBJECT.test(text)) return !this.bindings.declared(head, node);
    if (node.type !== "identifier" || depth > MAX_RESOLVE_DEPTH) return false;
    const held = this.resolveAt(node, node.text, depth + 1);
    const members = held?.module === GLOBAL ? held.members.join(".") : "";
    return members === MODULE_OBJECT.join(".") || members === `${MODULE_BUILTIN}.${RETURNED}`;
  }

  /**
   * May the object whose `require` `member` reads be a CommonJS module object: reached from CommonJS's own `module` or
   * `require` (not a parameter or local of that name), from no name at all (`new (…)(…)`, a call's result), or from a
   * name holding the module builtin or an instance of it (`const m = new Module(…)`).
   */
  private moduleObjectAt(member: Node, depth: number): boolean {
    let root = member.childForFieldName("object");
    while (root && (root.type === "member_expression" || root.type === "subscript_expression")) root = root.childForFieldName("object");
    if (root?.type !== "identifier") return root !== null && root !== undefined && root.type !== "this";
    if (!this.bindings.declared(root.text, member)) return root.text === "module" || root.text === "require";
    const held = this.resolveAt(root, root.text, depth + 1);
    return held?.module === GLOBAL && held.members[0] === MODULE_BUILTIN;
  }

  /**
   * Which of the CommonJS loader's own tables `node` is, if one: its module wrapper (`Module.wrap`, `Module.wrapper`), its table of file kinds (`require.extensions`, the module
   * builtin's `_extensions`) or its module cache (`require.cache`, `_cache`), CommonJS's `require` not shadowed.
   */
  loaderState(node: Node): "extensions" | "cache" | "wrapper" | undefined {
    // The property read ends the text: asked first, the tree only then (most nodes asked are no such member).
    if (!LOADER_STATE_END.test(node.text) || node.type !== "member_expression") return undefined;
    const property = node.childForFieldName("property")?.text;
    const object = node.childForFieldName("object");
    if (!object) return undefined;
    // The module builtin's `wrap`/`wrapper`: the text each module's source is wrapped in before it is compiled.
    if (property === "wrap" || property === "wrapper") return globalKey(this.resolve(object, object.text)) === MODULE_BUILTIN ? "wrapper" : undefined;
    if ((property === "extensions" || property === "cache") && object.type === "identifier" && object.text === "require") return this.bindings.declared("require", node) ? undefined : property;
    if (property !== "_extensions" && property !== "_cache") return undefined;
    const key = globalKey(this.resolve(object, object.text));
    return key === MODULE_BUILTIN ? (property === "_extensions" ? "extensions" : "cache") : undefined;
  }

  /** Is `fn` the built-in `Object.x`/`Reflect.x` (one of `names`), not shadowed? */
  readsByName(fn: Node, ...names: string[]): boolean {
    // moduleOfCall asks this of one callee a dozen times in a row: its reads of the tree are kept for the next question.
    let read = this.lastReadByName;
    if (read?.fn !== fn) {
      const text = this.readers.size ? fn.text : undefined;
      const held = text !== undefined ? this.heldReader(fn, identifierAt(text, 0)) : undefined;
      this.lastReadByName = read = { fn, held, raw: held === undefined && fn.type === "member_expression" ? (text ?? fn.text) : undefined };
    }
    if (read.held !== undefined) return names.includes(read.held);
    const raw = read.raw;
    if (raw === undefined) return false;
    // The first name before the text without spaces (a long callee is not copied).
    const head = identifierAt(raw, 0);
    if (head === undefined || !names.some((name) => name.startsWith(head) && name[head.length] === ".")) return false;
    const text = raw.replace(/\s+/g, "");
    return names.includes(text) && !this.bindings.declared(text.split(".")[0]!, fn);
  }

  /** The callee readsByName read last: what it holds (heldReader), else its text when it is a member expression. */
  private lastReadByName?: { fn: Node; held: string | undefined; raw: string | undefined };

  /** Does the file hold `Reflect`, `Object` or a member of theirs by a name (readerAliases)? */
  get holdsReaders(): boolean {
    return this.readers.size > 0;
  }

  /** What a callee held by a name (readerAliases) reads, written out: `g` of `const g = Reflect.get`, `R.get` of `const R = Reflect`. */
  heldReader(fn: Node, head: string | undefined): string | undefined {
    // Both forms start with the name held (the tree is asked only then): `head` is the name at fn's start, undefined when none is.
    if (head === undefined || !this.readers.has(head)) return undefined;
    if (fn.type === "identifier") return this.readers.get(fn.text);
    const object = fn.type === "member_expression" ? fn.childForFieldName("object") : null;
    const held = object?.type === "identifier" ? this.readers.get(object.text) : undefined;
    const property = held !== undefined && !held.includes(".") ? fn.childForFieldName("property") : null;
    return property ? `${held}.${property.text}` : undefined;
  }

  /**
   * `m.set("run", v)`'s callee `m.set`: the entry's slot, `m.run` (read back by `m.get("run")`, elementRead); under a key
   * not fixed here (`w.set(o, v)`: a WeakMap's key is an object, never a constant), `m.[]` (ANY_ENTRY), which a `get` under any key may read.
   */
  mapEntrySlot(member: Node): string | undefined {
    const object = member.childForFieldName("object");
    const [keyNode] = namedChildrenOf(member.parent);
    const owner = object?.type === "identifier" ? object.text : undefined;
    // `arr.push(v)`'s callee (withDerivedDefinitions): an element at no index fixed here.
    const key = keyNode && member.childForFieldName("property")?.text === "set" ? this.constants.stringOf(keyNode) : undefined;
    return owner === undefined ? undefined : `${owner}.${key !== undefined && /^[\w$]+$/.test(key) ? key : ANY_ENTRY}`;
  }

  /**
   * What an element of a collection holds when it holds watched values (the first that resolves: any may be the one
   * read): an array written in place or held at the module's top (`[cp]`, `mods`: Bindings.picked), `Object.values(cp)`
   * (each a member, chosen at run time), a Set's elements and a Map's values made in place (`new Set([cp.exec])`),
   * what a promise resolves to (`Promise.resolve(cp)`), and what a filter or copy of one keeps (`.filter(…)`, `.slice()`).
   * `pairs`: the value of each `[key, value]` entry instead (`Object.entries(cp)`, a Map's iteration).
   */
  elementOf(collection: Node, pairs = false, depth = 0): ModulePath | undefined {
    if (depth > MAX_RESOLVE_DEPTH) return undefined;
    const node = unwrap(collection);
    const type = node.type;
    // `await Promise.all([…])`: the array the promise gives (a promise of a module is the module here, as `await import("m")` is).
    if (type === "await_expression") {
      const awaited = node.namedChild(0);
      return awaited ? this.elementOf(awaited, pairs, depth + 1) : undefined;
    }
    if (type === "array") return pairs ? this.pairsIn(node, depth)[0]?.[1] : this.firstResolved(arrayElements(node), depth);
    // A name's pairs (`for (const [k, f] of m)`): those of the Map it holds, the value of each entry. Its elements also what
    // `arr.push(v)`, `s.add(v)`, `m.set(k, v)` added (its slots, mapEntrySlot: any may be the one read; not as pairs,
    // which an array's elements are not).
    const held = type === "identifier" ? (this.bindings.picked(node.text, node, undefined) ?? this.heldEntry(node, undefined) ?? (pairs ? undefined : this.bindings.slotsOf([node.text])[0])) : undefined;
    if (held) return held;
    // `for (const m of module.children)`, `kids.forEach((m) => …)`: an element of a module object's children.
    if ((type === "identifier" || type === "member_expression") && !pairs) return moduleObjectElement(this.resolve(node, node.text, depth + 1));
    if (type === "new_expression") {
      const resolved = this.executorValue(node, depth);
      if (resolved) return resolved;
      const entries = this.collectionEntries(node, depth);
      return entries && (pairs === entries.pairs || !entries.pairs) ? entries.values[0]?.[1] : undefined;
    }
    if (type !== "call_expression") return undefined;
    const fn = node.childForFieldName("function");
    // Read once: a node's type is a call into the parser's WebAssembly.
    const fnType = fn?.type;
    // `vals(cp)` of `const vals = Object.values`: the reader it holds (readerAliases).
    const heldName = fn && this.readers.size ? this.heldReader(fn, identifierAt(fn.text, 0)) : undefined;
    // `g()` of a generator function of the file's top level (`function* g() { yield cp.exec }`): what it yields.
    if (fnType === "identifier" && !pairs && heldName === undefined) {
      const generator = this.bindings.fileScoped(fn!.text, fn!) ? this.topFunctions(fn!.tree.rootNode).get(fn!.text) : undefined;
      return generator && this.yielded(generator, depth);
    }
    // `[cp.exec][Symbol.iterator]()`: the receiver's own iterator, its elements (a Map's: its pairs).
    if (fnType === "subscript_expression" && fn!.childForFieldName("index")?.text.replace(/\s+/g, "") === ITERATOR) {
      const object = fn!.childForFieldName("object");
      return object ? this.elementOf(object, pairs, depth + 1) : undefined;
    }
    if (!fn || (fnType !== "member_expression" && heldName === undefined)) return undefined;
    const [first] = namedChildrenOf(node);
    // `Array.from(g())`, `Array.from(new Set([cp.exec]))`: the elements of what it is given; `Promise.all([import("m")])`: the values of the
    // promises it is given, and `Promise.race([cp])`, `Promise.any([cp])`: the one that settles first, any of them.
    // `Array.from([cp], (m) => m.exec)`: mapped, as `.map` maps.
    // `Promise.allSettled([cp])`: each result an object whose `value` is a value of the array.
    if (this.readsByName(fn, ALL_SETTLED)) {
      const value = first && !pairs ? this.elementOf(first, false, depth + 1) : undefined;
      return value && heldLiteral([["value", value]], node);
    }
    // `Array.of(cp)`: its arguments are its elements.
    if (this.readsByName(fn, "Array.of")) return pairs ? undefined : this.firstResolved(namedChildrenOf(node), depth);
    if (this.readsByName(fn, "Array.from", ...PROMISE_COMBINATORS)) {
      const mapper = namedChildrenOf(node)[1];
      return !first || pairs ? undefined : mapper && this.readsByName(fn, "Array.from") ? this.mapped(node, mapper, first, false, depth) : this.elementOf(first, false, depth + 1);
    }
    if (this.readsByName(fn, "Object.values", "Object.entries", "Promise.resolve")) {
      const method = heldName?.slice(heldName.indexOf(".") + 1) ?? fn.childForFieldName("property")!.text;
      if ((method === "entries") !== pairs) return undefined;
      // `Object.values({ a: cp })`: the literal's first watched value.
      const entry = method !== "resolve" && first?.type === "object" ? literalEntries(first, this, this.bindings)[0] : undefined;
      if (entry) return through(entry[1], node);
      const base = first && this.resolve(first, first.text, depth + 1);
      return base && through(method === "resolve" ? base : extend(base, ANY), node);
    }
    const object = fn.childForFieldName("object");
    const method = fn.childForFieldName("property")?.text ?? "";
    // `[cp].map((m) => m.exec)`: what the callback returns (its parameter an element of the receiver: thenParameter);
    // `[cp].flatMap((m) => [m.exec])`: an element of the array it returns, or what it returns.
    if ((method === "map" || method === "flatMap") && !pairs) return first && object ? this.mapped(node, first, object, method === "flatMap", depth) : undefined;
    // `p.then((m) => m.exec)`: a promise of what the callback returns, its parameter the value of `p` (of `import("m")`, an async
    // factory's call: the value it resolves to, Resolver.resolve).
    if (method === "then" && !pairs) return first && object ? this.mapped(node, first, object, false, depth, this.elementOf(object, false, depth + 1) === undefined) : undefined;
    // `[[cp.exec]].flat()`: an element of an array element, or an element that is no array.
    if (method === "flat" && object) {
      if (object.type === "array") return pairs ? undefined : this.firstResolved(arrayElements(object).flatMap((e) => (e !== HOLE && e?.type === "array" ? arrayElements(e) : [e])), depth);
      const element = this.elementOf(object, pairs, depth + 1);
      return element && arrayLiteral(element) ? extend(element, ANY_ENTRY) : element;
    }
    // `new Map(…).values()`, `m.values()` of a Map or Set held by a name: its values (a Map's `entries()`: its pairs).
    // An array's `values()` (`[cp.exec].values()`): its elements; its `entries()` (`[0, cp.exec]`, no Map's pairs): each element too.
    if (method === "values" || (method === "entries" && pairs)) return object ? this.elementOf(object, method === "entries" && object.type !== "array", depth + 1) : undefined;
    // `p.finally(…)`, `p.catch(…)`: a promise of the same value (when it settles).
    return object && (SUBSETS.has(method) || SAME_VALUE.has(method)) ? this.elementOf(object, pairs, depth + 1) : undefined;
  }

  /**
   * An element of `node`, a call mapping each element of `object` through `given` (`[cp].map((m) => m.exec)`, `Array.from([cp],
   * (m) => m.exec)`; `flat`: an element of an array it returns, `flatMap`'s): what the callback returns, its parameter an
   * element of `object` (`whole`: `object` itself, a promise's value read as `await` reads it).
   */
  private mapped(node: Node, given: Node, object: Node, flat: boolean, depth: number, whole = false): ModulePath | undefined {
    // `[cp].map(pick)`: the function of the top level named (not hidden by a local of the name).
    const callback = given.type === "identifier" ? (this.bindings.fileScoped(given.text, given) ? this.topFunctions(given.tree.rootNode).get(given.text) : undefined) : given;
    if (!callback) return undefined;
    const parameter = firstParameter(unwrap(callback));
    for (const returned of returnedBy(callback)) {
      const values = flat && returned.type === "array" ? arrayElements(returned) : [returned];
      for (const value of values) {
        const path = value && value !== HOLE && value.type !== "spread_element" ? this.callbackReturn(value, [[parameter, object, whole]], depth) : undefined;
        if (path) return through(path, node);
      }
    }
    // A body the returns above do not follow (`(m) => { let f; if (c) f = m.exec; return f }`, or read before its locals
    // are): its parameter, an element of the receiver, may reach what it returns — a module's element as any of its
    // members (fail closed, as for a key the file does not fix), another element as itself.
    const body = unwrap(callback).childForFieldName("body");
    if (body?.type !== "statement_block" || parameter?.type !== "identifier") return undefined;
    const text = body.text;
    const element = someIdentifierIn(text, 0, text.length, (name) => name === parameter.text) ? (whole ? this.resolve(object, object.text, depth + 1) : this.elementOf(object, false, depth + 1)) : undefined;
    return element && through(element.members.length === 0 && !element.properties ? extend(element, ANY) : element, node);
  }

  /**
   * `new Promise((resolve) => resolve(cp))`: what its executor hands its first parameter (the first that resolves), the
   * promise's value. Found by the name's text in the executor, each a call of it.
   */
  private executorValue(made: Node, depth: number): ModulePath | undefined {
    const constructor = made.childForFieldName("constructor");
    if (constructor?.text !== "Promise" || this.bindings.declared("Promise", made)) return undefined;
    const executor = namedChildrenOf(made.childForFieldName("arguments"))[0];
    const resolve = executor && (executor.type === "arrow_function" || executor.type === "function_expression") ? firstParameter(executor) : undefined;
    const body = executor?.childForFieldName("body");
    const path = resolve?.type === "identifier" && body ? this.calledWith(resolve.text, body, depth) : undefined;
    return path && through(path, made);
  }

  /** What the first call of `name` in `body` that resolves is given first (`r(cp)` of a promise's resolver), found by the name's text. */
  calledWith(name: string, body: Node, depth = 0): ModulePath | undefined {
    const text = body.text;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      if (/[\w$.]/.test(text[i - 1] ?? "") || !/^\s*\(/.test(text.slice(i + name.length, i + name.length + 40))) continue;
      const at = body.startIndex + i;
      const call = body.descendantForIndex(at, at + name.length)?.parent;
      const value = call?.type === "call_expression" && call.childForFieldName("function")?.startIndex === at ? namedChildrenOf(call.childForFieldName("arguments"))[0] : undefined;
      const path = value && this.resolve(value, value.text, depth + 1);
      if (path) return path;
    }
    return undefined;
  }

  /**
   * What a call of a generator function yields: the first `yield`ed value in its body that resolves (`yield* c`: an
   * element of `c`). A generator nested in it is read as its own (a `yield` there may be the one read).
   */
  yielded(generator: Node, depth = 0): ModulePath | undefined {
    if (generator.type !== "generator_function_declaration" && generator.type !== "generator_function") return undefined;
    if (!this.resolving) return this.session(() => this.yielded(generator, depth));
    if (this.yields.has(generator.id)) return this.yields.get(generator.id);
    this.yields.set(generator.id, undefined);
    for (const yielded of yieldsIn(generator)) {
      const value = yielded.namedChild(0);
      const delegated = yielded.child(1)?.type === "*";
      const path = !value ? undefined : delegated ? this.elementOf(value, false, depth + 1) : this.resolve(value, value.text, depth + 1);
      if (path) {
        const found = through(path, yielded);
        this.yields.set(generator.id, found);
        return found;
      }
    }
    return undefined;
  }

  /**
   * What a callback's returned `value` is, read before its parameters are bound (`const f = [cp].map(…)[0]` comes first):
   * a member of a parameter given an element of `collection` (`(m) => m.exec`), or of a value given (`[parameter, value]`
   * with `value` not a collection: reduce's initial value), else what `value` resolves to.
   */
  private callbackReturn(value: Node, given: ReadonlyArray<readonly [Node | null | undefined, Node | undefined, boolean?]>, depth: number): ModulePath | undefined {
    const chain = this.memberChain(value, depth);
    for (const [parameter, source, whole] of chain ? given : []) {
      if (!parameter || !source) continue;
      // `([, v]) => v` of an element that is a pair (`Object.entries(cp).map(…)`): the pair's value.
      const pair = parameter.type === "array_pattern" && !whole ? elementName(arrayElements(parameter)[1] ?? null) : undefined;
      // `({ exec }) => exec`: the member the pattern names.
      const key = parameter.type === "object_pattern" ? destructured(parameter, (computed) => this.propertyKey(computed), true).find(([, local]) => local.type !== "object_pattern" && local.text === chain![0]) : undefined;
      if (!key && (parameter.type !== "identifier" || chain![0] !== parameter.text) && (!pair || chain![0] !== pair.text)) continue;
      const held = whole ? this.resolve(source, source.text, depth + 1) : this.elementOf(source, pair !== undefined, depth + 1);
      return held && extend(held, ...(key ? [key[0] ?? ANY] : []), ...chain!.slice(1));
    }
    return this.resolve(value, value.text, depth + 1);
  }

  /**
   * The names a value reads from its first name (`m.exec`, `m["exec"]` with a key the file fixes, `(0, m.exec)`, `m.exec.bind(m)`,
   * `m?.exec`): `["m", "exec"]`; undefined for anything else.
   */
  private memberChain(value: Node, depth: number): string[] | undefined {
    if (depth > MAX_RESOLVE_DEPTH) return undefined;
    const node = unwrap(value);
    const type = node.type;
    if (type === "identifier") return [node.text];
    if (type === "non_null_expression" || type === "as_expression" || type === "satisfies_expression" || type === "instantiation_expression") {
      const inner = node.namedChild(0);
      return inner ? this.memberChain(inner, depth + 1) : undefined;
    }
    const fn = type === "call_expression" ? node.childForFieldName("function") : null;
    if (fn) return fn.type === "member_expression" && fn.childForFieldName("property")?.text === "bind" ? this.memberChain(fn.childForFieldName("object")!, depth + 1) : undefined;
    if (type !== "member_expression" && type !== "subscript_expression") return undefined;
    const object = node.childForFieldName("object");
    const key = type === "member_expression" ? node.childForFieldName("property")?.text : this.constants.stringOf(node.childForFieldName("index"));
    const base = object && key !== undefined ? this.memberChain(object, depth + 1) : undefined;
    return base && [...base, key!];
  }

  /** `[cp].reduce((a, m) => m.exec, init)` (or `reduceRight`): what the callback returns, its accumulator the initial value given (else an element), its second parameter an element. */
  private reduced(call: Node, collection: Node, depth: number): ModulePath | undefined {
    const [callback, initial] = namedChildrenOf(call);
    const returned = callback && returnedInPlace(callback);
    const fn = callback && unwrap(callback);
    if (!returned) return undefined;
    const [accumulator, element] = parametersOf(fn!);
    const path = this.callbackReturn(returned, [[element, collection], initial ? [accumulator, initial, true] : [accumulator, collection]], depth);
    return path && through(path, call);
  }

  /** What a literal or collection a name of a function holds (heldLiteral) gives under `key` (undefined: a key not fixed here, its first watched value); nothing for another name. */
  private heldEntry(name: Node, key: string | undefined): ModulePath | undefined {
    const held = this.bindings.lookup(name.text, name);
    const entry = held?.properties && Object.hasOwn(held.properties, ANY_ENTRY) ? entryUnder(held, key) : undefined;
    return entry?.module === NOTHING ? undefined : entry;
  }

  /** The first of `values` that resolves, reached through it (of a spread, `...m.values()`, its first element that does). */
  private firstResolved(values: ReadonlyArray<Node | null | typeof HOLE>, depth: number): ModulePath | undefined {
    for (const value of values) {
      if (!value || value === HOLE) continue;
      const spread = value.type === "spread_element" ? value.namedChild(0) : undefined;
      if (spread === null) continue;
      const path = spread ? this.elementOf(spread, false, depth + 1) : this.resolve(value, value.text, depth + 1);
      if (path) return through(path, value);
    }
    return undefined;
  }

  /**
   * The watched values a collection made in place holds, by key where a constant fixes it: a Map's or WeakMap's values
   * (`new Map([["run", cp.exec]])`, `pairs`), a Set's or WeakSet's elements (`new Set([cp.exec])`), and what
   * `Promise.resolve(cp)` or `new Promise((r) => r(cp))` resolves to. Undefined for anything else.
   */
  collectionEntries(made: Node, depth = 0): { values: Array<[string | undefined, ModulePath]>; pairs: boolean } | undefined {
    const type = made.type;
    const constructor = type === "new_expression" ? made.childForFieldName("constructor") : null;
    const kind = constructor?.type === "identifier" ? constructor.text : type === "call_expression" && this.readsByName(made.childForFieldName("function")!, "Promise.resolve") ? PROMISE : undefined;
    if (kind === undefined || !COLLECTIONS.has(kind) || (constructor && this.bindings.declared(kind, constructor))) return undefined;
    // `new Promise((r) => r(cp))`: what its executor resolves it with.
    if (kind === "Promise") {
      const path = this.executorValue(made, depth);
      return { values: path ? [[PROMISED, path]] : [], pairs: false };
    }
    const [given] = namedChildrenOf(made);
    if (kind === PROMISE) {
      const path = given && this.resolve(given, given.text, depth + 1);
      return { values: path ? [[PROMISED, through(path, given!)]] : [], pairs: false };
    }
    const pairs = kind === "Map" || kind === "WeakMap";
    const values = given?.type === "array" ? this.pairsIn(given, depth, pairs) : [];
    // A Set's elements stand at every position of its iteration (`const [m] = s`, `[...s][0]`).
    return { values: pairs ? values : values.map(([, value]) => [EVERY_INDEX, value]), pairs };
  }

  /** The watched values of an array written in place, each `[key, value]` pair's (by the key a constant fixes) or, not `pairs`, each element's. */
  private pairsIn(array: Node, depth: number, pairs = true): Array<[string | undefined, ModulePath]> {
    const values: Array<[string | undefined, ModulePath]> = [];
    for (const element of arrayElements(array)) {
      if (!element || element === HOLE) continue;
      const [key, value] = pairs ? (element.type === "array" ? [arrayElement(element, 0), arrayElement(element, 1)] : []) : [undefined, element];
      const path = value && value.type !== "spread_element" ? this.resolve(value, value.text, depth + 1) : undefined;
      if (path) values.push([key && this.constants.stringOf(key), through(path, value!)]);
    }
    return values;
  }

  /**
   * An element read of a collection (`Object.values(cp)[i]`, `.find(…)`, `.at(i)`), or the value half of an entry so read
   * (`Object.entries(cp).find(…)[1]`), or a Map's value (`new Map([["run", cp.exec]]).get("run")`, `m.get("run")` of a
   * Map held at the module's top, or set by `m.set("run", cp.exec)`).
   */
  private elementRead(node: Node, depth: number): ModulePath | undefined {
    if (node.type === "subscript_expression") {
      const object = node.childForFieldName("object");
      const index = node.childForFieldName("index");
      if (!object || !index) return undefined;
      const read = elementReadOf(object);
      if (read) return this.propertyKey(index) === "1" ? this.elementOf(read, true, depth + 1) : undefined;
      return object.type === "call_expression" ? this.elementOf(object, false, depth + 1) : undefined;
    }
    const read = elementReadOf(node);
    if (read) return this.elementOf(read, false, depth + 1);
    const fn = node.childForFieldName("function");
    const method = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text : undefined;
    if (method !== undefined && REDUCERS.has(method)) return this.reduced(node, fn!.childForFieldName("object")!, depth);
    const object = fn?.type === "member_expression" && fn.childForFieldName("property")?.text === "get" ? unwrap(fn.childForFieldName("object")!) : undefined;
    if (!object) return undefined;
    const [keyNode] = namedChildrenOf(node);
    const key = keyNode && this.constants.stringOf(keyNode);
    if (object.type === "identifier") return this.bindings.picked(object.text, object, key) ?? (key !== undefined ? this.bindings.slotPath([object.text, key]) : undefined) ?? this.heldEntry(object, key) ?? this.bindings.slotPath([object.text, ANY_ENTRY]);
    // `this.m.get("run")` of a collection held in a slot (declaration).
    const slot = object.type === "member_expression" && this.bindings.slotRoots.has(identifierAt(object.text, 0) ?? "") ? this.slotKey(object)?.split(".") : undefined;
    const inSlot = slot && ((key !== undefined ? this.bindings.slotPath([...slot, key]) : this.bindings.slotPath([...slot, EVERY_KEY])) ?? this.bindings.slotPath([...slot, ANY_ENTRY]));
    if (inSlot) return inSlot;
    const entries = object.type === "new_expression" ? this.collectionEntries(object, depth) : undefined;
    // `new Map(Object.entries(cp)).get("exec")`: of a module's entries, read as its member.
    const members = entries?.pairs && entries.values.length === 0 ? this.resolve(object, object.text, depth + 1) : undefined;
    if (members) return entryUnder(members, key);
    return entries?.pairs ? (key === undefined ? entries.values[0]?.[1] : entries.values.find(([k]) => k === key)?.[1]) : undefined;
  }

  /**
   * `Object.fromEntries(entries)`: a copy of a module's members (`Object.entries(cp)`, or some: `.filter(…)`, or each mapped
   * to itself, `.map(([k, v]) => [k, v])`, also in a Map, `new Map(Object.entries(cp))`), or an object of the pairs written
   * in place (`[["run", cp.exec]]`, `new Map([["run", cp.exec]])`), as the literal `{ run: cp.exec }` is.
   */
  private rebuilt(entries: Node | undefined, call: Node, depth: number): ModulePath | undefined {
    let given = entries && unwrap(entries);
    if (given?.type === "new_expression") {
      const made = this.collectionEntries(given, depth);
      if (!made?.pairs) return undefined;
      if (made.values.length > 0) return heldLiteral(made.values, call);
      given = namedChildrenOf(given)[0];
    }
    if (given?.type === "array") return heldLiteral(this.pairsIn(given, depth), call);
    const copied = this.entriesOf(given);
    return copied && this.entriesObject(copied, call, false, depth);
  }

  /**
   * The object of `Object.entries(object)`, or of some of its entries (`.filter(…)`, SUBSETS, or `.map(([k, v]) => [k, v])`);
   * `renamed`: some mapped to another key (`.map(([k, v]) => ["x" + k, v])`). Undefined for anything else.
   */
  private entriesOf(entries: Node | undefined): { object: Node; renamed: boolean } | undefined {
    let renamed = false;
    for (let node = entries && unwrap(entries), depth = 0; node?.type === "call_expression" && depth <= MAX_RESOLVE_DEPTH; depth++) {
      const fn = node.childForFieldName("function");
      if (!fn || fn.type !== "member_expression") return undefined;
      if (this.readsByName(fn, "Object.entries")) {
        const object = namedChildrenOf(node)[0];
        return object && { object, renamed };
      }
      const object = fn.childForFieldName("object");
      const method = fn.childForFieldName("property")?.text ?? "";
      const mapped = method === "map" ? entryMapped(namedChildrenOf(node)[0]) : undefined;
      if (mapped === "renamed") renamed = true;
      node = object && (SUBSETS.has(method) || mapped) ? unwrap(object) : undefined;
    }
    return undefined;
  }

  /**
   * What an object made of a module's entries (`copied`, entriesOf) holds: the module's members (`base`, a Map's under
   * `get`, PROTO), or, the keys renamed, any member under every key (EVERY_KEY: the key the file does not fix, as `cp[k]`;
   * a Map's: under no key fixed, ANY_ENTRY, which `get` reads, entryUnder — its own methods are no entries).
   */
  private entriesObject(copied: { object: Node; renamed: boolean }, site: Node, map: boolean, depth: number): ModulePath | undefined {
    const base = this.resolve(copied.object, copied.object.text, depth + 1);
    if (!base) return undefined;
    const any = extend(base, ANY);
    if (copied.renamed) return through({ module: OBJECT, members: [], properties: map ? { [ANY_ENTRY]: any } : { [EVERY_KEY]: any, [ANY_ENTRY]: any } }, site);
    return through(map ? { module: OBJECT, members: [], properties: { [PROTO]: base, [ANY_ENTRY]: any } } : base, site);
  }

  /**
   * The specifier a resolver's call is given (`import.meta.resolve("m")`, `require.resolve("m")`): what it hands back
   * loads that module (a file URL or path of the package, or the builtin's own name), so a loader given it loads `m`.
   */
  private resolvedSpecifier(node: Node): string | undefined {
    if (node.type !== "call_expression") return undefined;
    const fn = node.childForFieldName("function");
    const args = namedChildrenOf(node);
    return fn && args.length === 1 && this.readsByName(fn, ...SPECIFIER_RESOLVERS) ? this.constants.stringOf(args[0]) : undefined;
  }

  /** The member `m` of `f(object, "m")` (`Reflect.get`, `Object.getOwnPropertyDescriptor`): read by name, as `object["m"]` is (a module's by a name not read here: any member, `*`). */
  private memberNamedIn(call: Node, depth: number): ModulePath | undefined {
    const [object, key] = namedChildrenOf(call);
    const base = object && key && this.resolve(object, object.text, depth + 1);
    const member = base && this.constants.stringOf(key);
    return base && (member !== undefined ? extend(base, member) : base.properties ? undefined : extend(base, ANY));
  }

  /**
   * Why the call of `fn` (its `function`) loads code the scan cannot read, if it does: a module by a name the scan cannot
   * read (`require(n)`, `import(atob(…))`, `process.getBuiltinModule(x)`), code in a `data:` URL (UNREAD_LOAD), a native
   * addon (NATIVE_ADDON: `require("./build/Release/x.node")`). A name that starts as a path (`` `./plugins/${p}` ``,
   * `"./" + f`, `path.join(…)`, `__dirname`, `new URL(…)`) names a project file, which is judged on its own, and is not one.
   */
  unreadLoad(fn: Node): typeof UNREAD_LOAD | typeof NATIVE_ADDON | undefined {
    const load = this.loadArgument(unwrap(fn), 0);
    if (!load) return undefined;
    const given = namedChildrenOf(fn.parent)[load.at];
    if (!given || (load.listed && given.type !== "array")) return undefined;
    const name = load.listed ? namedChildrenOf(given)[0] : given;
    if (!name) return undefined;
    const specifier = this.constants.stringOf(name);
    // `import("data:text/javascript,…")`: the module is the code in the URL.
    if (DATA_URL.test(specifier ?? name.text)) return UNREAD_LOAD;
    // `import(import.meta.resolve("openai"))`, `require(require.resolve("child_process"))`: the package named (moduleOfCall).
    const resolved = specifier === undefined ? this.resolvedSpecifier(name) : undefined;
    if (resolved !== undefined && !DATA_URL.test(resolved) && !/^[./]/.test(resolved)) return namesNativeAddon(resolved) ? NATIVE_ADDON : undefined;
    if (specifier !== undefined) return namesNativeAddon(specifier) ? NATIVE_ADDON : undefined;
    // A literal written with escapes is read by scan/respelled-name.
    const literal = name.type === "string" || (name.type === "template_string" && !name.namedChildren.some((part) => part?.type === "template_substitution"));
    if (literal || !PATH_NAME.test(name.text)) return literal ? undefined : UNREAD_LOAD;
    // A path built at run time that ends as a native addon's (`` require(`./build/${mode}/x.node`) ``).
    return namesNativeAddon(name.text) ? NATIVE_ADDON : undefined;
  }

  /**
   * The project file a loader's call names by a path relative to this file's folder (`./assets/x.txt`): a literal given a
   * `require` (CommonJS's own, or one made by createRequire from a base the file fixes: `createRequire(import.meta.url)`,
   * `createRequire(path.join(__dirname, "sub/"))`, `createRequire(new URL("./sub/", import.meta.url))`, resolved from
   * that base's folder), or a path built from the file's place (`path.join(__dirname, "x.txt")`, `new URL("./x",
   * import.meta.url)`: javascript-loads.ts). UNFIXED_BASE when a relative literal is given a made `require` whose base the
   * file does not fix (`createRequire("/other/")`, `createRequire(process.cwd() + "/")`, a name made more than once).
   */
  loadedPath(fn: Node, folder: PathFolder): string | typeof UNFIXED_BASE | undefined {
    const load = this.loadArgument(unwrap(fn), 0);
    if (!load) return undefined;
    const given = namedChildrenOf(fn.parent)[load.at];
    const name = load.listed ? (given?.type === "array" ? namedChildrenOf(given)[0] : undefined) : given;
    if (!name) return undefined;
    const specifier = this.constants.stringOf(name);
    if (specifier === undefined) return folder.projectPath(name);
    if (!/^\.\.?\//.test(specifier)) return undefined;
    // Only a callee naming `createRequire` in its text or its one value may be a made `require` (most are `require` itself).
    const base = load.listed || load.at !== 0 ? undefined : this.madeRequireBase(fn, folder);
    if (base === undefined) return specifier;
    const from = base === null ? undefined : folder.requireBase(base);
    if (from === undefined) return UNFIXED_BASE;
    const joined = posix.join(from, specifier);
    return joined.startsWith("../") ? joined : `./${joined}`;
  }

  /**
   * When `fn` is a `require` made by createRequire: the argument it was made from (`createRequire(base)(m)`, `const r =
   * createRequire(base)` … `r(m)`, through names assigned once), or null where that is not found (a name assigned more
   * than once, a parameter); undefined for CommonJS's own `require` and the other loaders.
   */
  private madeRequireBase(fn: Node, folder: PathFolder): Node | null | undefined {
    let callee = unwrap(fn);
    for (let depth = 0; depth < MAX_RESOLVE_DEPTH; depth++) {
      if (callee.type === "call_expression") {
        const maker = callee.childForFieldName("function");
        const text = maker?.text.replace(/\s+/g, "") ?? "";
        const makes = maker && ((text.endsWith("createRequire") && CREATE_REQUIRE.test(text)) || (maker.type === "identifier" && globalKey(this.resolve(maker, maker.text)) === CREATE_REQUIRE_PATH));
        return makes ? (namedChildrenOf(callee)[0] ?? null) : undefined;
      }
      if (callee.type !== "identifier" || (callee.text === "require" && !this.bindings.declared("require", callee))) return undefined;
      const value = folder.heldValue(callee.text);
      if (!value) return globalKey(this.resolve(callee, callee.text)) === MADE_REQUIRE.join(".") ? null : undefined;
      callee = unwrap(value);
    }
    return null;
  }

  /** `require('m')` and `import('m')` with a literal specifier (require not shadowed); `promisify(f)` and `await (f)` are `f`. */
  moduleOfCall(node: Node, depth: number): ModulePath | undefined {
    const fn = node.childForFieldName("function");
    if (!fn) return undefined;
    // Read once: a node's type is a call into the parser's WebAssembly, its text a copy out of the source.
    const type = fn.type;
    const text = fn.text;
    // `fetch.bind(globalThis)` is fetch.
    if (type === "member_expression" && fn.childForFieldName("property")?.text === "bind") {
      const object = fn.childForFieldName("object");
      return object ? this.resolve(object, object.text, depth + 1) : undefined;
    }
    // `import("openai").catch(() => null)`, `.finally(…)`: a module loaded where it may be missing is the module when it loads.
    if (type === "member_expression" && SETTLED_AS_IS.has(fn.childForFieldName("property")?.text ?? "")) {
      const object = fn.childForFieldName("object");
      const path = object && this.resolve(object, object.text, depth + 1);
      return path && path.members.length === 0 && !path.returns && !path.properties ? through(path, node) : undefined;
    }
    // `Reflect.get(cp, "exec")`: a member read by name, as `cp["exec"]` is.
    if (this.readsByName(fn, "Reflect.get")) return this.memberNamedIn(node, depth);
    // `Object.getOwnPropertyDescriptor(cp, "exec")`: a descriptor whose `value` is the member (`d.value`, `const { value: run } = d`).
    if (this.readsByName(fn, ...DESCRIPTOR_READS)) {
      const member = this.memberNamedIn(node, depth);
      return member && { module: OBJECT, members: [], properties: { value: member } };
    }
    // `Object.getOwnPropertyDescriptors(cp)`: every member's descriptor at once (`ds.exec.value`: extend).
    if (this.readsByName(fn, "Object.getOwnPropertyDescriptors")) {
      const [object] = namedChildrenOf(node);
      const base = object && this.resolve(object, object.text, depth + 1);
      return base && through({ module: OBJECT, members: [], properties: { [EACH_DESCRIPTOR]: base } }, node);
    }
    if (this.readsByName(fn, FROM_ENTRIES)) return this.rebuilt(namedChildrenOf(node)[0], node, depth);
    // `Object.defineProperty({}, "r", { value: cp.exec }).r`: the object returned holds the described value under the key
    // (a key not fixed: ANY_ENTRY; a property defined on a named object is its slot, withDerivedDefinitions).
    if (this.readsByName(fn, DEFINE_PROPERTY)) {
      const [, key, descriptor] = namedChildrenOf(node);
      const value = descriptor?.type === "object" ? describedValue(descriptor) : null;
      const path = value && this.resolve(value, value.text, depth + 1);
      if (path) return through({ module: OBJECT, members: [], properties: { [(key && this.constants.stringOf(key)) ?? ANY_ENTRY]: path } }, node);
    }
    // `Object.freeze(cp)`: the object given; `Object.assign(target, …sources)`: any of them.
    // `Object.defineProperties({}, Object.getOwnPropertyDescriptors(cp))`, `Object.create(null, …)`: the object the descriptors describe.
    if (this.readsByName(fn, DEFINE_PROPERTIES, "Object.create")) {
      const descriptors = namedChildrenOf(node)[1];
      const described = descriptors && describedObject(this.resolve(descriptors, descriptors.text, depth + 1));
      if (described) return through(described, node);
    }
    // `Object.setPrototypeOf({}, cp)`: the object given, whose members are its own or its new prototype's.
    const wrapped = this.readsByName(fn, ...OBJECT_WRAPPERS) ? namedChildrenOf(node).slice(0, 1) : this.readsByName(fn, ASSIGN, SET_PROTOTYPE) ? namedChildrenOf(node) : [];
    for (const arg of wrapped) {
      const path = this.resolve(arg, arg.text, depth + 1);
      if (path) return path;
    }
    if (PASS_THROUGH.test(text)) {
      const args = namedChildrenOf(node);
      const only = args.length === 1 || (args.length <= MAX_INTEROP_ARGUMENTS && INTEROP_CALL.test(text + "(")) ? args[0] : undefined;
      return only ? this.resolve(only, only.text, depth + 1) : undefined;
    }
    if ((text.endsWith("createRequire") && CREATE_REQUIRE.test(text.replace(/\s+/g, ""))) || (type === "identifier" && globalKey(this.resolve(fn, text, depth + 1)) === CREATE_REQUIRE_PATH)) return { module: GLOBAL, members: [...MADE_REQUIRE] };
    // `(0, require)("m")`, `(require)("m")`: the loader inside.
    const load = this.loadArgument(unwrap(fn), depth);
    if (load === undefined) return undefined;
    const args = namedChildrenOf(node);
    const given = args.length === load.at + 1 ? args[load.at] : undefined;
    const listed = load.listed && given?.type === "array" ? namedChildrenOf(given) : undefined;
    const first = listed ? (listed.length === 1 ? listed[0] : undefined) : load.listed ? undefined : given;
    const written = first ? (this.constants.stringOf(first) ?? this.resolvedSpecifier(first)) : undefined;
    if (written === undefined) return undefined;
    const specifier = aliasedSpecifier(written, this.filter, this.project);
    const module = normalModule(specifier);
    // `require("module")`, `require("node:process")`: a builtin whose object holds loaders (its name is no project file's).
    const object = LOADER_MODULES.get(module);
    if (object) return object;
    // `require("./shell")`: what the project file exports as a whole (`module.exports = require("child_process")`).
    if (this.projectSpecifier(specifier, module)) {
      const path = this.project?.lookup(specifier, "default");
      return path && through(path, node);
    }
    if (!this.filter.relevant(module)) return undefined;
    // A specifier held in a constant is a step the reader cannot see at the call.
    // So is a `#` name's package (the package.json says which: a step a change to it reroutes, run.ts throughChanged).
    return through({ module, members: [] }, node, first!.type === "identifier" || specifier !== written);
  }
}

/**
 * A declaration as read from the source text, without the tree (most have nothing to do with watched
 * modules): a string constant, an object literal stored in a slot, or a value that may be a module (or a
 * name that may shadow one). `binds`: could it bind anything at all (a constant, a slot, a name)?
 */
export function readDeclaration(source: string, nameNode: Node, value: Node, known: (name: string | undefined) => boolean, bindings: Bindings) {
  // Read for every definition of a file: each node type or parent asked costs a call into the parser's WebAssembly, so
  // each is asked once, and only where the text has not already decided.
  const head = identifierAt(source, value.startIndex);
  const simpleName = identifierAt(source, nameNode.startIndex);
  const quote = source[value.startIndex];
  const constant = simpleName !== undefined && mayBeString(source, value) && !/^\s*[.[]/.test(source.slice(nameNode.startIndex + simpleName.length, nameNode.startIndex + simpleName.length + 8));
  const valueType = value.type;
  const functionValue = valueType === "arrow_function" || valueType === "function_expression";
  // `import("m").then(<callback>)` (withDerivedDefinitions): the callback's parameter is the module, however the callback is written.
  // `new Map(…)`, `new Set(…)`, `Promise.resolve(…)`: a collection (Resolver.collectionEntries).
  const collection = (head === "new" || head === "Promise") && privateHelperAt(COLLECTION_AT, source, value.startIndex);
  // A name's callbacks (`mods.forEach((m) => …)`) only when the name may hold a collection of watched values.
  const thenCallback = (functionValue || valueType === "function_declaration") && simpleName !== undefined && CALLBACK_METHODS.has(simpleName) && nameNode.parent?.type === "member_expression" && carrierMayResolve(identifierAt(source, nameNode.parent.startIndex), known);
  // `for (const f of Object.values(cp))` (withDerivedDefinitions): the name is an element of the collection.
  // (The text between the name and its value holds the `of`: the name's end is asked only then.)
  const loop = (value.startIndex <= nameNode.startIndex || source.slice(nameNode.startIndex, value.startIndex).includes("of")) && privateHelperAt(OF_AFTER, source, nameNode.endIndex);
  // The value's end, read once (a call into WASM) where the text asks for it.
  let end: number | undefined;
  const valueEnd = () => (end ??= value.endIndex);
  const mayBeModule =
    thenCallback ||
    // `p.make = () => cp`: a function written in place that is a factory (factories.ts placedFunction).
    (functionValue && bindings.returnedBy(value.startIndex) !== undefined) ||
    (loop && carrierMayResolve(head, known)) ||
    // `Object.getPrototypeOf(async function () {}).constructor`: Function (Resolver.resolve).
    source.startsWith(CONSTRUCTOR, valueEnd() - CONSTRUCTOR.length) ||
    // `(() => {}).constructor("return this")`: the function it makes (Resolver.evaluatedValue). Its callee's start only.
    (valueType === "call_expression" && CONSTRUCTOR_CALLED.test(source.slice(value.startIndex, Math.min(valueEnd(), value.startIndex + CONSTRUCTOR_CALLEE_CHARS)))) ||
    (head
      ? known(head) || head === "import" || (head === "function" && valueType === "call_expression") || head === "util" || head === "new" || head === "class" || head === "extends" || PASS_THROUGH.test(head) || INTEROP_CALL.test(source.slice(value.startIndex, value.startIndex + 80)) || MEMBER_CREATE_REQUIRE.test(source.slice(value.startIndex, value.startIndex + 80)) || ((head === "Object" || head === "Array") && privateHelperAt(OBJECT_READ_AT, source, value.startIndex)) || (head === "Promise" && collection) || mayFallBack(source, value.startIndex, valueEnd(), known, JS_FALLBACK)
      : quote === "(" || quote === "<" || (quote === "[" && valueType !== "array")
        ? parenthesizedMayBeModule(source, value, known)
        : quote === "{"
          ? valueType === "object"
            ? spreadsKnown(source, value, known)
            : parenthesizedMayBeModule(source, value, known)
          : // `!forced && globalThis.fetch || shim`, `"" || fetch`: a fallback whose first operand starts with no name.
            source.startsWith("async", value.startIndex) || mayFallBack(source, value.startIndex, valueEnd(), known, JS_FALLBACK));
  // `const api = { exec }` at the top of the module: its properties are slots `api.exec` too (the name may also shadow).
  // TypeScript's `{ exec } as const` and `{ exec } satisfies Tools` are the object.
  // `const list = [cp.exec]` at the top: a literal a subscript picks from (Bindings.container), as `const T = { web: http }` is.
  // `Object.freeze({ run: cp.exec })`: the literal frozen.
  const frozen = head === "Object" && valueType === "call_expression" && privateHelperAt(OBJECT_READ_AT, source, value.startIndex) ? frozenLiteral(value) : undefined;
  const literal = frozen ?? (loop || (quote !== "{" && quote !== "[") ? undefined : valueType === "object" || valueType === "array" ? value : valueType === "as_expression" || valueType === "satisfies_expression" ? literalIn(value) : undefined);
  const object = literal?.type === "object" ? literal : undefined;
  const nameType = literal !== undefined || valueType === "identifier" ? nameNode.type : undefined;
  // An object assigned to a target, not a plain name. `exports` itself is a slot's root only as Object.assign's target
  // (withDerivedDefinitions): `exports = {…}` rebinds a local.
  // `this.list = [cp.exec]`: an array in a slot is one too (its elements the slot's by index).
  const slotTarget = nameType === "member_expression" || nameType === "subscript_expression";
  const objectTarget = (object !== undefined && (slotTarget || nameType === "default" || (nameType === "identifier" && nameNode.parent?.type === "arguments"))) || (literal?.type === "array" && slotTarget);
  // The literal's text before the name's place (moduleLevel asks parents, each a walk down from the root).
  const watched = literal !== undefined && (objectTarget || nameType === "identifier") && watchedLiteral(source, literal, known);
  const held = watched && (objectTarget || moduleLevel(nameNode));
  const slots = held && (object !== undefined || objectTarget);
  const container = held && !objectTarget;
  // `function f() { const o = { run: cp.exec } … }`: a literal held by a name of a function is the name's value there (heldLiteral), not a slot of the file.
  const local = watched && !held;
  const mayBind = mayBeModule || (simpleName !== undefined && bindings.mayResolve(simpleName));
  // `export default api`, `module.exports = api`, `export = api`, `exports.default = api`: the export is `api`'s slots, wherever they are assigned.
  const exportsSlotsOf = valueType === "identifier" && (nameType === "default" || nameType === "=" || (/^(?:module|exports)\b/.test(source.slice(nameNode.startIndex, nameNode.startIndex + 7)) && EXPORTS_TARGET.test(nameNode.text.replace(/\s+/g, "")))) ? value.text : undefined;
  // A function value binds only the parameter of `import("m").then((m) => …)`; `const [run] = [cp.exec]` binds (or shadows) by position.
  const pattern = source[nameNode.startIndex] === "{" || source[nameNode.startIndex] === "[";
  const binds = constant || watched || exportsSlotsOf !== undefined || (!objectTarget && mayBind && (!functionValue || thenCallback)) || (valueType === "array" && (nameType ?? nameNode.type) === "array_pattern") || ((valueType === "object" || valueType === "array") && (nameType ?? nameNode.type) === "object_pattern") || (pattern && identifiersIn(nameNode.text).some((name) => bindings.mayResolve(name)));
  return { simpleName, valueType, constant, mayBeModule, literal, objectTarget, slots, container, local, exportsSlotsOf, mayBind, binds, loop, collection };
}

/** Could an object literal hold a module's members, spread into it (`{ ...cp }`, Resolver.resolve)? A `...` before a name that may resolve. */
function spreadsKnown(source: string, value: Node, known: (name: string | undefined) => boolean): boolean {
  // Searched within the literal's text (a search of the source would run on to the file's end at each literal).
  const text = source.slice(value.startIndex, value.endIndex);
  for (let at = text.indexOf("..."); at >= 0; at = text.indexOf("...", at + 3)) {
    let name = at + 3;
    while (/\s/.test(text[name] ?? "")) name++;
    if (known(identifierAt(text, name))) return true;
  }
  return false;
}

/** Text of a value starting with `(` read for names: `(0, cp.exec)`, `(await import("m"))`, `(opts.fetch ?? fetch)`; or with a literal read in place, `{ ...{ x: cp.exec } }.x`. */
const MAX_PARENTHESIZED_TEXT = 400;

/**
 * Could a value starting with `(` be a module or hold one? Only if a name in it may resolve, or it loads one
 * (`(0, cp.exec)`, `(await import("m")).x`, `(opts.fetch ?? fetch)`): `const total = (a + b)` cannot, so an edit of
 * it (an open `(` being typed) is re-analysed as a statement, not as a binding.
 */
function parenthesizedMayBeModule(source: string, value: Node, known: (name: string | undefined) => boolean): boolean {
  const text = source.slice(value.startIndex, Math.min(value.endIndex, value.startIndex + MAX_PARENTHESIZED_TEXT));
  return value.endIndex - value.startIndex > MAX_PARENTHESIZED_TEXT || identifiersIn(text).some((name) => known(name) || name === "import" || name === "require");
}

/**
 * `const x = <module path>`, `const { a, b: c } = require('m')`, a local that shadows a module name, and
 * the value-tracking bindings: `this.client = new OpenAI()` (a slot), a class field, `class W extends
 * OpenAI`, `import("m").then((m) => …)` (the parameter is the module), `const f = opts.fetch ?? fetch`.
 */
function declaration(nameNode: Node, value: Node, read: ReturnType<typeof readDeclaration>, resolver: Resolver, bindings: Bindings, imports: Analysis["imports"], known: (name: string | undefined) => boolean, declareLocals: (name: string) => void): void {
  const { simpleName, constant, mayBeModule, literal, objectTarget, slots, container, local, exportsSlotsOf, mayBind, valueType, loop } = read;
  // The declarator or assignment around the name: its parent, which tree-sitter finds by a walk down from the root (asked only where used).
  let parent: Node | undefined;
  const statement = () => (parent ??= nameNode.parent!);
  if (constant) resolver.constants.add(simpleName!, value);
  // `class Sub extends Tools {}`: Sub's statics and instances reach Tools's slots it does not define itself (Bindings.inherit).
  if (valueType === "class_heritage") inheritSlots(nameNode, value, resolver, bindings);
  const entries = slots || container ? literalEntries(literal!, resolver, bindings) : [];
  if (slots) objectSlots(nameNode, literal!, entries, resolver, bindings);
  if (container && entries.length > 0) {
    bindings.container(simpleName!, entries, statement());
    // A parameter or local of the name hides the literal (Bindings.picked), also in code read before it.
    declareLocals(simpleName!);
  }
  if (objectTarget) return;
  const heldValue = local ? heldLiteral(literalEntries(literal!, resolver, bindings), statement()) : undefined;
  if (heldValue) return bindHeld(nameNode, simpleName!, heldValue, statement(), bindings, declareLocals);
  // A pattern assigned to names declared before (`[f] = [cp.exec]`, `({ exec: f } = cp)`, `f ??= cp.exec`, a loop's
  // `for (f of [cp.exec])`) binds each where it is declared, as `f = cp.exec` does.
  const scopeFor = (name: string, path: ModulePath | undefined) => {
    if (!assigns(statement()) && !(loop && loopAssigns(statement()))) return bindings.scopeOf(nameNode);
    if (path) declareLocals(name);
    return bindings.declaringScope(name, nameNode.startIndex);
  };
  if (loop) return mayBind ? bindLoop(nameNode, value, resolver, bindings, scopeFor) : undefined;
  const nameType = nameNode.type;
  if (nameType === "array_pattern" && valueType === "array") return bindArrayPattern(nameNode, value, resolver, bindings, scopeFor);
  if ((nameType === "object_pattern" || nameType === "identifier") && read.collection && valueType === "call_expression" && resolver.readsByName(value.childForFieldName("function")!, WITH_RESOLVERS)) return bindResolvers(nameNode, statement(), resolver, bindings, declareLocals);
  // `const p = Promise.reject(cp)`: only its `catch` is given `cp` (thenParameter); no element, no awaited value.
  if (nameType === "identifier" && read.collection && valueType === "call_expression" && resolver.readsByName(value.childForFieldName("function")!, REJECTED)) {
    const [reason] = namedChildrenOf(value);
    const path = reason && resolver.resolve(reason);
    return path ? bindHeld(nameNode, simpleName!, { module: OBJECT, members: [], properties: { [REJECTION]: through(path, statement()) } }, statement(), bindings, declareLocals) : undefined;
  }
  // `const { run: f } = { run: cp.exec }`, `const { 0: f } = [cp.exec]`: each key's value in the literal; a key it does
  // not hold, of what is spread into it (`{ ...cp }`, Resolver.resolve).
  if (nameType === "object_pattern" && (valueType === "object" || valueType === "array")) {
    const entries = new Map(literalEntries(value, resolver, bindings));
    const spread = valueType === "object" && /\.\.\./.test(value.text) ? resolver.resolve(value) : undefined;
    return bindDestructured(nameNode, (key) => entries.get(key) ?? (spread && through(normalMembers(extend(spread, key)), value)), bindings, resolver, scopeFor, 0, undefined, () => spread ?? heldLiteral([...entries], value));
  }
  if (exportsSlotsOf !== undefined) bindings.aliasSlots(resolver.slotKey(nameNode)!, exportsSlotsOf, statement());
  // `const { fetch } = env` of a value not followed: each name is a local hiding the global or import of its name.
  if (!mayBind) return nameType === "object_pattern" || nameType === "array_pattern" ? hidePattern(nameNode, resolver, bindings, scopeFor) : undefined;
  if (valueType === "arrow_function" || valueType === "function_expression" || valueType === "function_declaration") {
    // `import("m").then((m) => m.exec())`: nameNode is the `then` (`[cp].forEach(go)`: the function `go` is the value).
    if (CALLBACK_METHODS.has(simpleName!) && statement().type === "member_expression") thenParameter(statement(), value, resolver, bindings);
    // `p.make = () => cp`: a factory written in place is the value (Bindings.returnedBy).
    if (valueType === "function_declaration" || bindings.returnedBy(value.startIndex) === undefined) return;
  }
  // `const m = new Map([["run", cp.exec]])`, `const s = new Set([cp.exec])`, `const p = Promise.resolve(cp)` at the top: a
  // container, as an array literal is (Bindings.picked: `m.get("run")`, `for (const f of s)`, `p.then((m) => …)`).
  const collection = read.collection && nameType === "identifier" ? resolver.collectionEntries(value)?.values : undefined;
  if (collection?.length && moduleLevel(nameNode)) {
    bindings.container(simpleName!, collection, statement());
    declareLocals(simpleName!);
    return;
  }
  // In a function, the collection is the name's value there, as a literal is (heldLiteral: `m.get(k)`, `for (const f of s)`, `p.then((m) => …)`).
  if (collection?.length) return bindHeld(nameNode, simpleName!, heldLiteral(collection, statement())!, statement(), bindings, declareLocals);
  // `this.m = new Map([["run", cp.exec]])`: a collection in a slot, each value its entry's slot (`this.m.run`, ANY_ENTRY
  // under a key not fixed here, as `m.set(k, v)` gives), and the first under EVERY_KEY: what a `get` of a key not fixed reads (elementRead).
  const slotCollection = read.collection && nameType === "member_expression" ? resolver.collectionEntries(value)?.values : undefined;
  const collectionSlot = slotCollection?.length ? resolver.slotKey(nameNode) : undefined;
  if (collectionSlot !== undefined) {
    for (const [key, held] of slotCollection!) bindSlotAt(bindings, `${collectionSlot}.${key !== undefined && /^[\w$]+$/.test(key) ? key : ANY_ENTRY}`, held, statement());
    bindSlotAt(bindings, `${collectionSlot}.${EVERY_KEY}`, slotCollection![0]![1], statement());
    return;
  }
  const expression = valueType === "class_heritage" ? heritageOf(value) : value;
  const resolved = mayBeModule && expression ? resolver.resolve(expression) : undefined;
  // A base class of the file is reached through the subclass's own slots (inheritSlots), which its own members hide: its slots as one value (FILE_SLOTS) would not.
  // Nor an instance of one (`const a = new A()`): its name's slots are the class's prototype's (aliasSlots below), read through `a.run`, `Object.getPrototypeOf(a)`.
  const path = (valueType === "class_heritage" || valueType === "new_expression") && resolved?.module === FILE_SLOTS ? undefined : resolved;
  // `const [m, s] = mods` of an array a name holds (a container at the module's top, Bindings.picked; a literal in a
  // function, heldLiteral; a module object's children): each name the element at its position.
  if (nameType === "array_pattern" && ((valueType === "identifier" && (path?.properties || bindings.held(value.text, value))) || moduleObjectElement(path))) {
    for (const [position, target] of arrayElements(nameNode).entries()) {
      if (target !== HOLE && target?.type === "rest_pattern") break;
      const held = path ? extend(path, String(position)) : bindings.picked(value.text, value, String(position));
      bindElement(target, held, statement(), resolver, bindings, scopeFor);
    }
    return;
  }
  // `const fs = [cp].map((m) => m.exec)`, `const vs = Object.values(cp)`, `const [run] = [cp].filter(Boolean)`: an array a
  // method returns holds its element (Resolver.elementOf, the first that resolves), as a literal held by the name does.
  // `const [, run] = Object.entries(cp).find(…)`: a pair an element read picks, its value at position 1 (as `….find(…)[1]` is).
  const pairRead = !path && mayBeModule && nameType === "array_pattern" && valueType === "call_expression" ? elementReadOf(value) : undefined;
  const pairValue = pairRead && resolver.elementOf(pairRead, true);
  if (pairValue) {
    const [key, held] = arrayElements(nameNode);
    bindElement(key ?? null, undefined, statement(), resolver, bindings, scopeFor);
    bindElement(held ?? null, pairValue, statement(), resolver, bindings, scopeFor);
    return;
  }
  // `const [cp] = await Promise.all([import("node:child_process")])`: what is awaited.
  const element = !path && mayBeModule && (valueType === "call_expression" || valueType === "await_expression") && (nameType === "identifier" || nameType === "array_pattern") ? resolver.elementOf(value) : undefined;
  if (element && nameType === "array_pattern") {
    for (const target of arrayElements(nameNode)) {
      if (target !== HOLE && target?.type === "rest_pattern") break;
      bindElement(target, element, statement(), resolver, bindings, scopeFor);
    }
    return;
  }
  // `const p = Promise.resolve(cp).then((m) => m)`: a promise of the value (what `await p` reads), not an array of it.
  const held = element && (valueType === "call_expression" && promiseChain(value) ? PROMISED : EVERY_INDEX);
  if (element && moduleLevel(nameNode)) {
    bindings.container(simpleName!, [[held!, element]], statement());
    declareLocals(simpleName!);
    return;
  }
  if (element) return bindHeld(nameNode, simpleName!, heldLiteral([[held!, element]], statement())!, statement(), bindings, declareLocals);
  if (path && path.members.length === 0 && path.module !== GLOBAL && (valueType === "call_expression" || valueType === "await_expression") && !factoryCall(value, resolver)) {
    imports.push({ start: value.startIndex, end: value.endIndex, module: path.module, star: false });
  }
  // `const sh = require("./shell")` when shell.js sets no module.exports: its exports as `sh.exec`; `const { exec: run } = require("./shell")`: each name.
  const fromProject = !path && expression ? resolver.projectRequire(expression) : undefined;
  const exported = fromProject !== undefined ? resolver.projectExports(fromProject, expression!) : undefined;
  if (exported && simpleName !== undefined && nameType === "identifier") {
    bindNamespace(bindings, simpleName, exported, statement());
    // `const WebSocket = require("./websocket")`: the project's module, a local hiding the global of its name.
    if (bindings.mayResolve(simpleName)) bindings.bind(bindings.scopeOf(nameNode), simpleName, undefined);
    return;
  }
  // `arguments`: those of a private-field write helper (withDerivedDefinitions).
  if (nameType === "member_expression" || nameType === "subscript_expression" || nameType === "property_identifier" || nameType === "private_property_identifier" || nameType === "arguments" || nameType === "=") {
    // `m.set("run", cp.exec)` (withDerivedDefinitions: the name is the callee): the entry `m.run`.
    const field = nameType === "property_identifier" || nameType === "private_property_identifier";
    const key = field ? fieldSlot(nameNode) : path && nameType === "member_expression" && statement().type === "call_expression" ? resolver.mapEntrySlot(nameNode) : resolver.slotKey(nameNode);
    // `this.options = new Options()`: the slot holds an instance, `this.options.run` is the class's `Options.prototype.run` (Bindings.slotPath).
    const owner = !path && key && valueType === "new_expression" ? resolver.instanceOwner(value) : undefined;
    if (owner !== undefined) bindings.instanceOf(key!, owner, statement());
    if (!path || !key) return;
    // `Object.defineProperties(o, descriptors)`'s arguments (withDerivedDefinitions): what they describe.
    const described = nameType === "arguments" && resolver.readsByName(nameNode.parent!.childForFieldName("function")!, DEFINE_PROPERTIES) ? describedObject(path) : path;
    if (!described) return;
    const held = through(normalMembers(described), statement());
    bindSlotAt(bindings, key, held, statement());
    // A static field is also what its class's instances reach through their constructor (`this.constructor.run`).
    if (field && !key.startsWith(THIS_SLOT)) bindSlotAt(bindings, `${THIS_SLOT}constructor.${nameNode.text}`, held, statement());
    return;
  }
  if (simpleName !== undefined) {
    // `const shell = new Shell()`: `shell.run` is the class's slot `Shell.prototype.run` (Bindings.slotPath); so is
    // `s.run` of `const s = this.shell` (a slot holding an instance) or of `const s = shell`.
    const owner = path ? undefined : valueType === "new_expression" ? resolver.instanceOwner(value) : valueType === "member_expression" || valueType === "identifier" ? bindings.instanceClass(valueType === "identifier" ? value.text : (resolver.slotKey(value) ?? "")) : undefined;
    if (owner !== undefined) bindings.instanceOf(simpleName, owner, statement());
    if (!path && !bindings.mayResolve(simpleName)) return;
    // A value that is more than the module itself (`const f = opts.fetch ?? fetch`, `const c = new OpenAI()`) is a step worth showing.
    const step = path && (valueType === "identifier" || valueType === "member_expression" || path.members.length === 0 ? path : through(path, statement()));
    // `transport = secure ? https : http` after `let transport;`: the value lands in the scope that declares the name.
    const assigned = assigns(statement());
    // A name given a watched value: a parameter or local of that name elsewhere hides it there (`function g(t, e) { var r = t[e]; }` beside
    // `var t = globalThis`), declared before the definitions after are read; and `t = https` after `let t;` lands in the declaring scope.
    if (path) declareLocals(simpleName);
    const scope = valueType === "class_heritage" ? bindings.scopeOf(nameNode, statement()) : assigned ? bindings.declaringScope(simpleName, nameNode.startIndex) : bindings.scopeOf(nameNode);
    bindings.bind(scope, simpleName, step && normalMembers(step));
    const namespace = path && namespaceExporting(statement());
    if (namespace) bindings.bindSlot(`${namespace}.${simpleName}`, through(normalMembers(path), statement()));
    return;
  }
  if (nameType !== "object_pattern") return;
  // `const { exec: run } = tools`, `const { run } = this`: what the object's slots hold (`tools.exec`, `this.run`).
  const slot = !path && !exported && expression ? resolver.slotKey(expression)?.split(".") : undefined;
  const slotted = slot !== undefined && bindings.slotRoots.has(slot[0]!);
  const member = (key: string): ModulePath | undefined => {
    // An object's own property (`const { exec: e } = tools` of a literal) is reached through this statement.
    if (path) return normalMembers(path.properties ? through(extend(path, key), statement()) : extend(path, key));
    const entry = exported && ownEntry(exported, key);
    const held = exported ? entry && normalMembers(entry) : slotted ? bindings.slotPath([...slot!, key]) : undefined;
    return held && through(held, statement());
  };
  if (!path && !exported && !slotted && !identifiersIn(nameNode.text).some((n) => bindings.mayResolve(n))) return;
  // `const { K } = require("./a")` of `exports.K = K`, a class whose instances' methods the file offers (`K.prototype.run`):
  // the name holds those members, as `import { K }` does (namespaceMembers), and is not bound as holding nothing.
  const asNamespace = exported && ((key: string | undefined, local: Node) => key !== undefined && (local.type === "identifier" || local.type === "shorthand_property_identifier_pattern") && !ownEntry(exported, key) && namespaceMembers(exported, key, local.text, bindings, statement()));
  // `const { options } = this` of `this.options = new Options()`: the name holds the instance (Bindings.instanceOf).
  const asInstance =
    slotted &&
    ((key: string | undefined, local: Node) => {
      const owner = key !== undefined && (local.type === "identifier" || local.type === "shorthand_property_identifier_pattern") ? bindings.instanceClass([...slot!, key].join(".")) : undefined;
      if (owner !== undefined) bindings.instanceOf(local.text, owner, statement());
      return owner !== undefined;
    });
  const whole = () => (path ? through(normalMembers(path), statement()) : exported ? through({ module: OBJECT, members: [], properties: exported }, statement()) : slotted ? bindings.slotPath(slot!) : undefined);
  bindDestructured(nameNode, member, bindings, resolver, scopeFor, 0, asNamespace || asInstance || undefined, whole);
}

/** A name of a function given a literal or collection of watched values (heldLiteral); `o = { … }` after `let o;` lands in the scope that declares the name, as any assignment's. */
function bindHeld(nameNode: Node, name: string, value: ModulePath, statement: Node, bindings: Bindings, declareLocals: (name: string) => void): void {
  const assigned = assigns(statement);
  if (assigned) declareLocals(name);
  bindings.bind(assigned ? bindings.declaringScope(name, nameNode.startIndex) : bindings.scopeOf(nameNode), name, value);
}

/** The plain name an array pattern's element binds (`run`, `run = x`), else undefined. */
function elementName(element: Node | null | typeof HOLE): Node | undefined {
  const local = element !== HOLE && element?.type === "assignment_pattern" ? element.childForFieldName("left") : element !== HOLE ? element : null;
  return local?.type === "identifier" ? local : undefined;
}

/**
 * An array pattern's element given `value`: a name (`run`, `run = x`) binds it; an object pattern (`[{ execSync }]`)
 * binds its names to the value's members, as `const { execSync } = value` does.
 */
function bindElement(target: Node | null | typeof HOLE, value: ModulePath | undefined, site: Node, resolver: Resolver, bindings: Bindings, scopeFor: (name: string, value: ModulePath | undefined) => number): void {
  const pattern = target !== HOLE && target?.type === "assignment_pattern" ? target.childForFieldName("left") : target !== HOLE ? target : null;
  if (pattern?.type === "object_pattern") {
    if (!value && !identifiersIn(pattern.text).some((name) => bindings.mayResolve(name))) return;
    const reached = value && through(normalMembers(value), site);
    return bindDestructured(pattern, (key) => reached && normalMembers(extend(reached, key)), bindings, resolver, scopeFor, 0, undefined, () => reached);
  }
  const local = elementName(target);
  const held = value?.module === NOTHING ? undefined : value;
  const reached = held ? through(normalMembers(held), site) : elementDefault(target, resolver);
  if (local && (reached || bindings.mayResolve(local.text))) bindings.bind(scopeFor(local.text, reached), local.text, reached);
}

/**
 * `const { promise, resolve } = Promise.withResolvers()`: `promise` a promise of what `resolve(…)` is called with in the
 * block declaring them (Resolver.calledWith), held as `Promise.resolve(…)`'s is (`promise.then((m) => …)`). Held whole
 * (`const wr = Promise.withResolvers()`): `wr.promise` that promise, of what `wr.resolve(…)` is called with (`await wr.promise`).
 */
function bindResolvers(pattern: Node, statement: Node, resolver: Resolver, bindings: Bindings, declareLocals: (name: string) => void): void {
  // A name each (`{ promise, resolve }`, `{ promise: p }`), no nested pattern.
  const locals = pattern.type === "identifier" ? undefined : new Map(destructured(pattern, (computed) => resolver.propertyKey(computed), true).flatMap(([key, local]) => (local.type === "identifier" || local.type === "shorthand_property_identifier_pattern" ? [[key, local]] : [])));
  const promise = locals ? locals.get("promise") : pattern;
  const resolve = locals ? locals.get("resolve")?.text : `${pattern.text}.resolve`;
  let block: Node | null = pattern;
  while (block && block.type !== "program" && block.type !== "statement_block") block = block.parent;
  const path = resolve && block ? resolver.calledWith(resolve, block) : undefined;
  if (!promise || !path) return;
  const promised = through(path, statement);
  if (!locals) return bindHeld(promise, promise.text, { module: OBJECT, members: [], properties: { promise: heldLiteral([[PROMISED, promised]], statement)! } }, statement, bindings, declareLocals);
  if (!moduleLevel(pattern)) return bindHeld(promise, promise.text, heldLiteral([[PROMISED, promised]], statement)!, statement, bindings, declareLocals);
  bindings.container(promise.text, [[PROMISED, promised]], statement);
  declareLocals(promise.text);
}

/** `[f, { exec }]` given what it destructures (a literal a name holds, heldLiteral; a module): each name the value at its position or key, MAX_RESOLVE_DEPTH patterns deep. */
function bindPattern(pattern: Node, value: ModulePath | undefined, site: Node, resolver: Resolver, bindings: Bindings, scopeFor: (name: string, value: ModulePath | undefined) => number, depth = 0): void {
  if (pattern.type !== "array_pattern" || depth > MAX_RESOLVE_DEPTH) return bindElement(pattern, value, site, resolver, bindings, scopeFor);
  for (const [position, target] of arrayElements(pattern).entries()) {
    if (target !== HOLE && target?.type === "rest_pattern") break;
    if (target && target !== HOLE) bindPattern(target, value && extend(value, String(position)), site, resolver, bindings, scopeFor, depth + 1);
  }
}

/** What an array pattern's element holds by its default where the array has no such element (`[run = cp.execSync]`), else undefined. */
const elementDefault = (element: Node | null | typeof HOLE, resolver: Resolver) => (element !== HOLE && element?.type === "assignment_pattern" ? defaultHeld(element.childForFieldName("right"), resolver) : undefined);

/**
 * A destructured name's default, resolved: what the name holds where the value lacks the key or element (`const { fetch:
 * f = globalThis.fetch } = opts`, openapi-fetch's `createClient`). A value the scan does not follow may lack it: fail closed.
 */
function defaultHeld(fallback: Node | null | undefined, resolver: Resolver): ModulePath | undefined {
  const path = fallback ? resolver.resolve(fallback) : undefined;
  return path && path.module !== NOTHING ? through(normalMembers(path), fallback!) : undefined;
}

/** `const [run, , other = x] = [cp.exec, y, z]`: each name is the element at its position (none after a spread). */
function bindArrayPattern(pattern: Node, array: Node, resolver: Resolver, bindings: Bindings, scopeFor: (name: string, value: ModulePath | undefined) => number): void {
  const values = arrayElements(array);
  const spread = values.findIndex((v) => v !== HOLE && v?.type === "spread_element");
  arrayElements(pattern).forEach((target, position) => {
    if (target !== HOLE && target?.type === "rest_pattern") return;
    // At or past a spread (`[run] = [...[cp.exec]]`), an element of what is spread in, else the one written there.
    const spreadIn = spread >= 0 && position >= spread ? (values[spread] as Node).namedChild(0) : undefined;
    const element = values[position];
    const path = (spreadIn ? resolver.elementOf(spreadIn) : undefined) ?? (element && element !== HOLE && element.type !== "spread_element" ? resolver.resolve(element) : undefined);
    bindElement(target, path, pattern.parent!, resolver, bindings, scopeFor);
  });
}

/** The names of a pattern given a value the scan does not follow that could resolve otherwise: locals, hiding what they name. */
function hidePattern(pattern: Node, resolver: Resolver, bindings: Bindings, scopeFor: (name: string, value: ModulePath | undefined) => number): void {
  if (!identifiersIn(pattern.text).some((name) => bindings.mayResolve(name))) return;
  if (pattern.type === "object_pattern") return bindDestructured(pattern, () => undefined, bindings, resolver, scopeFor);
  for (const element of arrayElements(pattern)) {
    const local = elementName(element);
    const held = local && elementDefault(element, resolver);
    if (local && (held || bindings.mayResolve(local.text))) bindings.bind(scopeFor(local.text, held), local.text, held);
  }
}

/** `for (const f of <collection>)`: an element (Resolver.elementOf); `for (const [k, f] of Object.entries(cp))`: `f` an entry's value; `for (const { f } of …)`: an element's member; `for (o.f of …)`: the slot `o.f`. `scopeFor`: where a name is bound (the loop's, or where a name the loop assigns is declared). */
function bindLoop(left: Node, collection: Node, resolver: Resolver, bindings: Bindings, scopeFor: (name: string, value: ModulePath | undefined) => number): void {
  // `for (o.run of [cp.execSync])`, `for (this.run of …)` in a method: the slot is given an element, as by `o.run = …`.
  if (left.type === "member_expression") {
    const path = resolver.elementOf(collection, false);
    const slot = path && resolver.slotKey(left);
    if (slot) bindSlotAt(bindings, slot, normalMembers(path!), left);
    return;
  }
  // `for (const { execSync } of [cp])`: each key of an element, as `const { execSync } = cp` binds it.
  if (left.type === "object_pattern") {
    const path = resolver.elementOf(collection, false);
    if (!path && !identifiersIn(left.text).some((n) => bindings.mayResolve(n))) return;
    return bindDestructured(left, (key) => path && normalMembers(extend(path, key)), bindings, resolver, scopeFor, 0, undefined, () => path && normalMembers(path));
  }
  // `for (const [m] of [[cp]])`, `for (const [k, f] of [["a", cp.exec]])`: an array pattern over an array literal's elements
  // (its first watched one, heldLiteral), each name by position.
  if (left.type === "array_pattern" && collection.type === "array") {
    const literal = heldLiteral(literalEntries(collection, resolver, bindings));
    return bindPattern(left, literal && extend(literal, ANY_ENTRY), left, resolver, bindings, scopeFor);
  }
  // `for (const [m] of arr)` of `const arr = [[cp]]`: likewise of an array of arrays a name holds (a Map's pairs are read below).
  const held = left.type === "array_pattern" && collection.type === "identifier" ? (bindings.literal(collection.text, collection) ?? bindings.lookup(collection.text, collection)) : undefined;
  const element = held?.properties ? extend(held, ANY_ENTRY) : undefined;
  if (element && arrayLiteral(element)) return bindPattern(left, element, left, resolver, bindings, scopeFor);
  const [key, value] = left.type === "array_pattern" ? [elementName(arrayElements(left)[0] ?? null), elementName(arrayElements(left)[1] ?? null)] : [undefined, left.type === "identifier" ? left : undefined];
  if (key && bindings.mayResolve(key.text)) bindings.bind(scopeFor(key.text, undefined), key.text, undefined);
  // `for (const [k, [f]] of Object.entries({ x: [cp.exec] }))`, `[k, { exec }]`: a pattern over each entry's value.
  const nested = left.type === "array_pattern" && !value ? arrayElements(left)[1] : undefined;
  if (nested && nested !== HOLE && (nested.type === "array_pattern" || nested.type === "object_pattern")) return bindPattern(nested, resolver.elementOf(collection, true), left, resolver, bindings, scopeFor);
  if (!value) return;
  const path = resolver.elementOf(collection, left.type === "array_pattern");
  if (path || bindings.mayResolve(value.text)) bindings.bind(scopeFor(value.text, path), value.text, path);
}

/** A loop (`for (f of c)`, `for await (f of c)`, `for (k in o)`) whose head declares nothing: it assigns names declared before. */
const loopAssigns = (statement: Node) => statement.type === "for_in_statement" && !statement.childForFieldName("kind");

/**
 * `{ exec, spawn: run, fork = other }` given what each key holds: the locals that hold a watched value, and those that
 * shadow one. A computed key the file does not fix (`{ [name]: run }`) is a member chosen at run time, as `cp[name]` is.
 */
function bindDestructured(pattern: Node, member: (key: string) => ModulePath | undefined, bindings: Bindings, resolver: Resolver, scopeFor: (name: string, value: ModulePath | undefined) => number = () => bindings.scopeOf(pattern), depth = 0, boundElsewhere?: (key: string | undefined, local: Node, fallback: Node | undefined) => boolean, whole?: () => ModulePath | undefined): void {
  // `const { spawn, ...rest } = cp`: the rest holds every member the pattern does not name, as the object does (`rest.execSync`).
  const rest = restName(pattern);
  if (rest) {
    const value = whole?.();
    if (value || bindings.mayResolve(rest.text)) bindings.bind(scopeFor(rest.text, value), rest.text, value);
  }
  for (const [key, local, fallback] of destructured(pattern, (computed) => resolver.propertyKey(computed), true)) {
    // A name bound as a namespace of members or an instance (`boundElsewhere`) is not bound again.
    if (boundElsewhere?.(key, local, fallback)) continue;
    const value = member(key ?? ANY) ?? defaultHeld(fallback, resolver);
    // `const { exec: { value: run } } = ds`: a pattern under a key binds the members of that member (one holding nothing
    // followed hides no name: a call of one is still read as the global or import it names, leaning to report; its
    // names' own defaults are still what they hold, `{ exec: { sync = cp.execSync } = {} }`).
    // `const { a: [run] } = o`: each name the element at its position.
    if (local.type === "array_pattern") {
      if (depth < MAX_RESOLVE_DEPTH) bindPattern(local, value, pattern, resolver, bindings, scopeFor, depth + 1);
      continue;
    }
    if (local.type === "object_pattern") {
      if (depth < MAX_RESOLVE_DEPTH && (value || local.text.includes("="))) bindDestructured(local, (inner) => value && extend(value, inner), bindings, resolver, scopeFor, depth + 1, value ? undefined : (_, inner, innerDefault) => inner.type !== "object_pattern" && !defaultHeld(innerDefault, resolver), () => value);
      continue;
    }
    if (value || bindings.mayResolve(local.text)) bindings.bind(scopeFor(local.text, value), local.text, value);
  }
}

/** The name an object pattern's rest element binds (`rest` of `{ a, ...rest }`), else undefined. */
function restName(pattern: Node): Node | undefined {
  const rest = pattern.namedChildren.find((child) => child?.type === "rest_pattern");
  const local = rest?.namedChild(0);
  return local?.type === "identifier" ? local : undefined;
}

/** A name a module exports or imports, as written: a name, or a string (`export { exec as "run" }`, `import { "run" as r }`). */
const moduleExportName = (node: Node | null | undefined) => (node ? (node.type === "string" ? stringValue(node) : node.text) : undefined);

/**
 * `export { exec } from "child_process"`, `export * as cp from "child_process"`, `export * from "child_process"` (the
 * table's members): names the file offers to its importers without binding them in its own scope. Re-exports of
 * project files are links (links.ts).
 */
function reexportStatement(node: Node, module: string, bindings: Bindings, filter: ModuleFilter, imports: Analysis["imports"]): void {
  if (!filter.relevant(module) || /^export\s+type\b/.test(node.text)) return;
  imports.push({ start: node.startIndex, end: node.endIndex, module, star: false });
  const offer = (name: string, members: string[]) => bindings.reexport(name, normalMembers(through({ module, members }, node, false)));
  const clause = node.namedChildren.find((c) => c?.type === "export_clause");
  const namespace = node.namedChildren.find((c) => c?.type === "namespace_export");
  if (clause) {
    for (const spec of clause.namedChildren) {
      if (!spec || spec.type !== "export_specifier" || /^type\s/.test(spec.text)) continue;
      const nameNode = spec.childForFieldName("name");
      const exported = moduleExportName(nameNode);
      const as = moduleExportName(spec.childForFieldName("alias") ?? nameNode);
      if (exported !== undefined && as !== undefined) offer(as, [exported]);
    }
  } else if (namespace) {
    const as = moduleExportName(namespace.namedChildren.find((c) => c?.type === "identifier" || c?.type === "string"));
    if (as !== undefined) offer(as, []);
  } else for (const member of filter.explicitMembers(module)) offer(member, [member]);
}

/** A local export clause renaming a name (`export { api as default }`, `export { exec as run }`), or a default export of a class or a name (`export default class K`, `export default api`), read from the text. */
const RENAMED_EXPORT = /\bexport\s*\{[^}]*\bas\b|\bexport\s+default\s+(?:class\s+)?[\p{L}_$]/u;

/**
 * `export { api as default }`, `export { exec as run }` (no `from`): the exported name offers what the local name
 * holds (a watched value, or its slots as `default.exec`); the file's other names are offered as they are named.
 */
function renamedExports(root: Node, source: string, bindings: Bindings, binders: number[]): void {
  if (!RENAMED_EXPORT.test(source)) return;
  for (const statement of root.namedChildren) {
    if (statement?.type !== "export_statement" || statement.childForFieldName("source") || /^export\s+type\b/.test(statement.text)) continue;
    // `export default class Options { … }`, `export default Options`: the class's slots are the default export's too
    // (`default.prototype.run`: `new Options().run()` of `import Options from "./options.js"`), as `export { Options as default }`'s are.
    const exportedDefault = /^export\s+default\b/.test(statement.text) ? (statement.childForFieldName("declaration") ?? statement.childForFieldName("value")) : null;
    const defaultName = exportedDefault?.type === "identifier" ? exportedDefault : exportedDefault?.type === "class_declaration" || exportedDefault?.type === "class" ? exportedDefault.childForFieldName("name") : null;
    if (defaultName) {
      binders.push(statement.startIndex);
      bindings.aliasSlots("default", defaultName.text, statement);
    }
    const clause = statement.namedChildren.find((c) => c?.type === "export_clause");
    for (const spec of clause?.namedChildren ?? []) {
      const local = spec?.type === "export_specifier" && !/^type\s/.test(spec.text) ? spec.childForFieldName("name") : null;
      const alias = spec?.childForFieldName("alias");
      const as = moduleExportName(alias);
      if (local?.type !== "identifier" || as === undefined || as === local.text) continue;
      binders.push(spec!.startIndex);
      const path = bindings.lookup(local.text, local);
      bindings.exportAs(as, path && normalMembers(through(path, statement)));
      bindings.aliasSlots(as, local.text, statement);
    }
  }
}

/** The slots of an instance: `this.run`. */
const THIS_SLOT = "this.";

/**
 * A class field's slot: `this.run`, `this.#run`, or `Shell.run` for a static field of a named class (how other code, and
 * other files, reach it): a declaration's name, a top-level class expression's holder (`const Shell = class { … }`,
 * classExpressionName), or the key of a top-level literal holding one (`const o = { Shell: class { … } }`: `o.Shell.run`).
 */
function fieldSlot(nameNode: Node): string {
  const field = nameNode.parent;
  const cls = field?.children.some((c) => c?.type === "static") ? field.parent?.parent : undefined;
  const owner = (cls?.type === "class" && cls.parent ? classHolder(cls.parent) : undefined) ?? cls?.childForFieldName("name")?.text;
  return owner ? `${owner}.${nameNode.text}` : `${THIS_SLOT}${nameNode.text}`;
}

/** The slot a class expression's `holder` (its parent) gives it: the top-level name holding it, or `o.K` of a literal's `K:` a top-level `o` holds. */
function classHolder(holder: Node): string | undefined {
  const key = holder.type === "pair" ? holder.childForFieldName("key") : null;
  const literal = key?.type === "property_identifier" ? holder.parent : null;
  const outer = literal?.type === "object" && literal.parent ? classExpressionName(literal.parent)?.text : undefined;
  return outer ? `${outer}.${key!.text}` : classExpressionName(holder)?.text;
}

/** Is `value` (or what it awaits) a call of a factory (a module it returns is no import)? */
function factoryCall(value: Node, resolver: Resolver): boolean {
  const call = value.type === "await_expression" ? value.namedChild(0) : value;
  const fn = call?.type === "call_expression" ? call.childForFieldName("function") : null;
  return fn ? resolver.resolve(fn)?.returns !== undefined : false;
}

const FUNCTIONS = new Set(["function_declaration", "generator_function_declaration", "function_expression", "generator_function", "arrow_function", "method_definition", "class_body"]);

/**
 * The name of the top-level function a returned value belongs to: `function f() { return … }`, `const f = () => …`,
 * `export const f = function () { … }`; undefined inside a method, a class or a nested function.
 */
function factoryName(value: Node, past?: { hit: boolean }): Node | undefined {
  const fn = enclosing(value, FUNCTIONS, past);
  if (!fn) return undefined;
  const atTop = (node: Node | null) => node?.type === "program" || (node?.type === "export_statement" && node.parent?.type === "program");
  if (fn.type === "function_declaration" || fn.type === "generator_function_declaration") return atTop(fn.parent) ? (fn.childForFieldName("name") ?? undefined) : undefined;
  if (fn.type !== "function_expression" && fn.type !== "arrow_function" && fn.type !== "generator_function") return undefined;
  const declarator = fn.parent;
  const name = declarator?.type === "variable_declarator" ? declarator.childForFieldName("name") : null;
  return name?.type === "identifier" && atTop(declarator!.parent?.parent ?? null) ? name : undefined;
}

/** Functions whose parameters a call's arguments fill in order (not a method: a decorator may stand in for it). */
const PLAIN_FUNCTIONS = new Set(["function_declaration", "function_expression", "function", "arrow_function"]);

/** `function make(f = fetch) { return f }`, `(f: F = fetch) => f`: the parameter with a default a returned name names (factories.ts returnedDefault). */
function returnedParameter(value: Node): { body: Node; holder: Node; parameter: ReturnedParameter } | undefined {
  if (value.type !== "identifier") return undefined;
  const fn = enclosing(value, FUNCTIONS);
  const body = fn && PLAIN_FUNCTIONS.has(fn.type) ? fn.childForFieldName("body") : null;
  const parameters = body ? namedChildrenOf(fn!.childForFieldName("parameters")) : [];
  const position = parameters.findIndex((p) => {
    const bound = parameterPattern(p);
    return bound?.type === "identifier" && bound.text === value.text;
  });
  const holder = parameters[position];
  // TypeScript's `this` parameter is no argument.
  const defaulted = holder && (holder.type === "assignment_pattern" || (holder.type === "required_parameter" && holder.childForFieldName("value")));
  return defaulted && !parameters.some((p) => p.childForFieldName("pattern")?.type === "this") ? { body: body!, holder, parameter: { position } } : undefined;
}

/** Where a name is only read (factories.ts FactoryLanguage.readIn). */
const JS_READ_IN: Readonly<Record<string, string>> = { call_expression: "function", new_expression: "constructor", arguments: "", member_expression: "object", subscript_expression: "object", return_statement: "", parenthesized_expression: "", binary_expression: "", unary_expression: "", ternary_expression: "", await_expression: "", spread_element: "", template_substitution: "", expression_statement: "", array: "", sequence_expression: "", variable_declarator: "value", assignment_expression: "right", pair: "value", arrow_function: "body" };

/**
 * `class B { static make() { return cp.exec } }` at the top level: the class's name and the method's slot, `B.make` (not a
 * getter's: getterReturns); of a class held by a static field of one (`class A { static B = class { static make() … } }`), `A.B.make`.
 */
function staticMethod(value: Node): { owner: Node; slot: string; returns: boolean; past?: boolean; walked?: boolean; instance?: boolean } | undefined {
  const near = enclosing(value, FUNCTIONS);
  const fn = near ?? methodPast(value, (top) => (top.type === "export_statement" ? top.childForFieldName("declaration") : top) ?? undefined, (member) => (member.type === "method_definition" ? member : undefined));
  if (fn?.type !== "method_definition" || fn.parent?.type !== "class_body" || isAccessor(fn)) return undefined;
  const name = fn.childForFieldName("name");
  // A private method (`#load() { return cp.exec }`, `K.#load()`, `this.#load()`) is a slot as a public one is (its name keeps its `#`).
  if (name?.type !== "property_identifier" && name?.type !== "private_property_identifier") return undefined;
  // `class K { run() { return cp.exec } }`: a top-level class's instance method is its instances' slot `K.prototype.run`
  // (`new K().run()`, `k.run()` of `const k = new K()`, `this.run()` in the class: Resolver.ownPrototype).
  if (!fn.children.some((c) => c?.type === "static")) {
    const owner = staticOwner(fn.parent.parent);
    return owner && name.text !== "constructor" ? { owner: owner.owner, slot: `${owner.slot}.prototype.${name.text}`, returns: true, walked: !near, instance: true } : undefined;
  }
  const owner = staticOwner(fn.parent.parent);
  return owner && { owner: owner.owner, slot: owner.past ? owner.slot : `${owner.slot}.${name.text}`, returns: true, past: owner.past, walked: !near };
}

/** Where a definition holds a function written in place: as an object literal's property, a method, a value assigned, an export's. */
const PLACED_IN = new Set(["pair", "object", "assignment_expression", "augmented_assignment_expression", "export_statement"]);

/**
 * The function written in place a returned value belongs to where a definition holds it (factories.ts placedFunction):
 * an object literal's property or method (`{ make: () => cp, make2() { … } }`) of a literal a name is declared or
 * assigned, or a default export; an assignment's value (`p.make = () => cp`, `exports.make = function () { … }`,
 * `module.exports = () => cp.exec`); a default export (`export default () => cp.exec`). The name: the property's or
 * the assigned member's, `default` for a default export.
 */
function placedFunction(value: Node): { fn: Node; name: string } | undefined {
  const fn = enclosing(value, FUNCTIONS);
  if (!fn || !IN_PLACE_FUNCTIONS.has(fn.type)) return undefined;
  const holder = fn.parent;
  if (!holder || !PLACED_IN.has(holder.type)) return undefined;
  if (holder.type === "export_statement") return holder.children.some((c) => c?.type === "default") ? { fn, name: "default" } : undefined;
  if (holder.type.endsWith("assignment_expression")) {
    if (!assigns(holder)) return undefined;
    const left = holder.childForFieldName("left");
    const property = left?.type === "member_expression" ? left.childForFieldName("property") : null;
    return holder.childForFieldName("right")?.id === fn.id && property?.type === "property_identifier" ? { fn, name: property.text } : undefined;
  }
  // A property (`make: () => cp`) or a method (`make2() { … }`, not a getter: literalEntries reads those) of an object literal.
  const key = holder.type === "pair" ? holder.childForFieldName("key") : fn.type === "method_definition" && !isAccessor(fn) ? fn.childForFieldName("name") : null;
  const literal = holder.type === "pair" ? holder.parent : holder;
  if (key?.type !== "property_identifier" || literal?.type !== "object" || (holder.type === "pair" && holder.childForFieldName("value")?.id !== fn.id)) return undefined;
  return definesLiteral(literal) ? { fn, name: key.text } : undefined;
}

/** Is an object literal the value a name is declared or assigned (`const o = {…}`, `module.exports = {…}`), or the default export? Not one handed to a call. */
function definesLiteral(literal: Node): boolean {
  const parent = literal.parent;
  if (parent?.type === "variable_declarator") return parent.childForFieldName("value")?.id === literal.id;
  if (assigns(parent)) return parent!.childForFieldName("right")?.id === literal.id;
  return parent?.type === "export_statement";
}

/**
 * A top-level class's name and slot (`A`), or a class held by its static field's (`A.B`, MAX_NESTED_CLASSES deep); past
 * them, the outermost two classes' slot, `past` (factories.ts outerSlot).
 */
function staticOwner(declaration: Node | null, depth = 0): { owner: Node; slot: string; past?: boolean } | undefined {
  if (declaration?.type === "class" && depth >= MAX_NESTED_CLASSES) {
    const outer = outerSlot(declaration, (top) => (top.type === "export_statement" ? top.childForFieldName("declaration") : top) ?? undefined, staticFieldName);
    return outer && { ...outer, past: true };
  }
  if (declaration?.type === "class_declaration") {
    const owner = declaration.childForFieldName("name");
    const top = declaration.parent?.type === "program" || (declaration.parent?.type === "export_statement" && declaration.parent.parent?.type === "program");
    return owner && top ? { owner, slot: owner.text } : undefined;
  }
  const field = declaration?.type === "class" ? declaration.parent : null;
  const held = field && depth === 0 ? classExpressionName(field) : undefined;
  if (held) return { owner: held, slot: held.text };
  const key = field ? staticFieldName(field) : undefined;
  const outer = key ? staticOwner(field!.parent?.parent ?? null, depth + 1) : undefined;
  return outer && { owner: outer.owner, slot: outer.past ? outer.slot : `${outer.slot}.${key!.text}`, past: outer.past };
}

/**
 * The name a top-level class expression is held by: `const K = class { … }`'s `K`; `exports.K = class { … }`'s (and
 * `module.exports.K`'s) `K`, the name importers reach it by (its slots `K.prototype.run`, offered as a class declaration's).
 */
function classExpressionName(holder: Node): Node | undefined {
  const statement = holder.parent;
  if (holder.type === "variable_declarator") {
    const name = holder.childForFieldName("name");
    const top = statement?.parent?.type === "program" || (statement?.parent?.type === "export_statement" && statement.parent.parent?.type === "program");
    return name?.type === "identifier" && top ? name : undefined;
  }
  if (!assigns(holder) || statement?.type !== "expression_statement" || statement.parent?.type !== "program") return undefined;
  const left = holder.childForFieldName("left");
  const property = left?.type === "member_expression" ? left.childForFieldName("property") : null;
  return property?.type === "property_identifier" && /^(?:module\.)?exports$/.test(left!.childForFieldName("object")!.text) ? property : undefined;
}

/** The name of the class whose body `node` is in: a declaration's, or a top-level class expression's (classExpressionName). */
function classNameAround(node: Node): Node | undefined {
  const cls = enclosing(node, CLASS_BODY)?.parent;
  if (!cls) return undefined;
  return cls.childForFieldName("name") ?? (cls.type === "class" && cls.parent ? classExpressionName(cls.parent) : undefined);
}

/** The name of a static field (`static B = …`), else undefined. */
function staticFieldName(field: Node): Node | undefined {
  if ((field.type !== "field_definition" && field.type !== "public_field_definition") || !field.children.some((c) => c?.type === "static")) return undefined;
  const key = field.childForFieldName("property") ?? field.childForFieldName("name");
  return key?.type === "property_identifier" ? key : undefined;
}

/** How factories.ts reads JavaScript: arrow bodies are returned values too. */
export const JS_FACTORIES: FactoryLanguage = { expressionBody: "=>", fallback: JS_FALLBACK, ownerName: factoryName, staticMethod, placedFunction, returnedParameter, readIn: JS_READ_IN, rebinds: /\beval\b|\bwith\s*\(/, functions: FUNCTIONS, inPlace: RETURNED_IN_PLACE, declaration: "function_declaration" };

/** `import { exec } from "./shell"`, `import sh from "./shell"`: the names hold what the project file exports under them. */
function projectImport(node: Node, specifier: string, bindings: Bindings, project: FileProject): void {
  const clause = node.namedChildren.find((c) => c?.type === "import_clause");
  if (!clause) return;
  const scope = bindings.scopeOf(node);
  const bind = (local: string, imported: string) => {
    const path = project.lookup(specifier, imported);
    if (path) bindings.bind(scope, local, through(normalMembers(path), node));
    // `export * as sh from "./shell"` in the imported file: `sh` holds the members it lists as `sh.exec`.
    else if (namespaceMembers(project.exportsOf(specifier), imported, local, bindings, node)) return;
    // `import { fetch } from "./gateway"` hides the global.
    else if (bindings.mayResolve(local)) bindings.bind(scope, local, undefined);
  };
  for (const part of clause.namedChildren) {
    if (part?.type === "identifier") bind(part.text, "default");
    else if (part?.type === "namespace_import") {
      const local = part.namedChildren.find((c) => c?.type === "identifier");
      if (local) bindNamespace(bindings, local.text, project.exportsOf(specifier), node);
    } else if (part?.type === "named_imports") {
      for (const spec of part.namedChildren) {
        if (!spec || spec.type !== "import_specifier") continue;
        const nameNode = spec.childForFieldName("name");
        const alias = spec.childForFieldName("alias") ?? nameNode;
        const imported = moduleExportName(nameNode);
        if (imported !== undefined && alias) bind(alias.text, imported);
      }
    }
  }
}

/** The object or array literal `Object.freeze`, `seal` or `preventExtensions` is given (`as const` too), else undefined. */
function frozenLiteral(call: Node): Node | undefined {
  const name = call.childForFieldName("function")?.text.replace(/\s+/g, "");
  const [only] = namedChildrenOf(call);
  if (name === undefined || !OBJECT_WRAPPERS.includes(name) || name === "Object.create") return undefined;
  return only?.type === "object" || only?.type === "array" ? only : only?.type === "as_expression" || only?.type === "satisfies_expression" ? literalIn(only) : undefined;
}

/** The object or array literal of `{ … } as const`, `[ … ] satisfies T`, else undefined. */
function literalIn(expression: Node): Node | undefined {
  const inner = expression.namedChild(0);
  return inner?.type === "object" || inner?.type === "array" ? inner : undefined;
}

/** Is a declared or assigned name one of the module's top scope (`const api = …`, `export const api = …`, `api = …` at the top)? */
export function moduleLevel(name: Node, parent = name.parent): boolean {
  const assigned = assigns(parent);
  const statement = parent?.type === "variable_declarator" || assigned ? parent!.parent : null;
  if (!statement) return false;
  if (assigned) return statement.type === "expression_statement" && statement.parent?.type === "program";
  const top = statement.parent?.type === "export_statement" ? statement.parent.parent : statement.parent;
  return top?.type === "program";
}

/** `module.exports = { exec: cp.exec, run }`, `this.clients = { openai: new OpenAI() }`, `const api = { exec }` at the top, `this.list = [cp.exec]`: each watched property or element is a slot (`module.exports.exec`, `this.clients.openai`, `api.exec`, `this.list.0`). */
function objectSlots(nameNode: Node, object: Node, entries: ReturnType<typeof literalEntries>, resolver: Resolver, bindings: Bindings): void {
  const key = resolver.slotKey(nameNode);
  if (!key) return;
  for (const [property, path] of entries) if (property !== undefined && /^[\w$]+$/.test(property)) bindSlotAt(bindings, `${key}.${property}`, path, object);
  // A slot's object itself (`this.tools`) as a name's literal is (heldLiteral): handed over whole (`run(this.tools)`), read by a key not fixed (`this.tools[k]`).
  const whole = key.includes(".") ? heldLiteral(entries, object) : undefined;
  if (whole) bindSlotAt(bindings, key, whole, object);
}

/**
 * The watched values of an object or array literal in source order, each reached through its property or element, by
 * the key a subscript names it with (`"http:"`, `run`, `[RUN]` of a constant, an array's index; undefined when unknown:
 * a computed property, an element after a spread).
 */
function literalEntries(literal: Node, resolver: Resolver, bindings: Bindings, depth = 0): Array<[string | undefined, ModulePath]> {
  const out: Array<[string | undefined, ModulePath]> = [];
  // `{ a: [cp.exec] }`, `[[cp.exec]]`: a literal nested in one holds its own entries, MAX_RESOLVE_DEPTH literals deep;
  // a deeper one is kept for callsOf to report its watched values where written (Resolver.deepLiterals).
  const valueOf = (value: Node) => {
    if (value.type !== "object" && value.type !== "array") return resolver.resolve(value, value.text, depth + 1);
    if (depth < MAX_RESOLVE_DEPTH) return heldLiteral(literalEntries(value, resolver, bindings, depth + 1));
    resolver.deepLiterals.set(value.startIndex, value);
    return undefined;
  };
  if (literal.type === "array") {
    let spread = false;
    arrayElements(literal).forEach((element, i) => {
      if (element === HOLE || !element) return;
      if (element.type === "spread_element") {
        spread = true;
        // `[...BASE, extra]`, `[log, ...[cp.exec]]`: what is spread in stands at positions the literal does not fix (any index may read it).
        const spreadIn = element.namedChild(0);
        const held = spreadIn && depth < MAX_RESOLVE_DEPTH ? resolver.elementOf(spreadIn, false, depth + 1) : undefined;
        if (held) out.push([EVERY_INDEX, through(normalMembers(held), element)]);
        return;
      }
      const path = valueOf(element);
      if (path) out.push([spread ? undefined : String(i), through(normalMembers(path), element)]);
    });
    return out;
  }
  for (const prop of literal.namedChildren) {
    // `{ ...{ x: cp.exec } }`, `{ ...tools }` of `const tools = { x: cp.exec }` (in a function, or at the top: Bindings.literal): the entries of the literal spread in.
    if (prop?.type === "spread_element") {
      const spread = prop.namedChild(0);
      const held = spread ? (valueOf(spread) ?? (spread.type === "identifier" ? bindings.literal(spread.text, spread) : undefined)) : undefined;
      if (held?.properties) out.push(...Object.entries(held.properties));
      continue;
    }
    const name = prop?.type === "pair" || prop?.type === "method_definition" ? prop.childForFieldName(prop.type === "pair" ? "key" : "name") : prop?.type === "shorthand_property_identifier" ? prop : null;
    if (!name) continue;
    // A getter's value: the first of its returns that resolves; another method's, the method (a factory written in place: Bindings.returnedBy).
    const values = prop?.type === "pair" ? [prop.childForFieldName("value")] : prop?.type === "method_definition" ? (isAccessor(prop) ? getterReturns(prop) : [prop]) : [prop];
    let path: ModulePath | undefined;
    for (const value of values) {
      // `{ K }`: the name's value, as `{ K: K }` reads it (a class of the file: its slots).
      path = value ? valueOf(value) : undefined;
      if (path) break;
    }
    if (path) out.push([resolver.propertyKey(name), through(normalMembers(path), prop!)]);
  }
  return out;
}

/** Is a method a getter or a setter? */
const isAccessor = (method: Node) => method.children.some((c) => c?.type === "get" || c?.type === "set");

/**
 * `get run() { return cp.exec }`: reading the property calls the getter, so the property holds what its `return`s give,
 * also under an `if` (any other method is the method itself: a factory written in place, Bindings.returnedBy).
 */
function getterReturns(method: Node): Node[] {
  return method.child(0)?.type === "get" || method.child(1)?.type === "get" ? returnsIn(method.childForFieldName("body")) : [];
}

/** Statements a function's own `return` may sit in (not a nested function's). */
const RETURN_HOLDERS = new Set(["statement_block", "if_statement", "else_clause", "try_statement", "catch_clause", "finally_clause", "switch_statement", "switch_body", "switch_case", "switch_default", "for_statement", "for_in_statement", "while_statement", "do_statement", "labeled_statement"]);
/**
 * The values a body's `return`s give, under `if`, `try`, loops… (`get run() { if (ok) return cp.exec; … }`), in source
 * order, every one (the first that resolves decides, as for a factory): each `return` is one getter's, so reading them
 * all is linear. Walked with a stack, not recursion: a hostile getter nests thousands of blocks.
 */
function returnsIn(body: Node | null): Node[] {
  const out: Node[] = [];
  const pending = namedChildrenOf(body).reverse();
  for (let statement = pending.pop(); statement; statement = pending.pop()) {
    if (statement.type === "return_statement") {
      const value = statement.namedChild(0);
      if (value) out.push(value);
    } else if (RETURN_HOLDERS.has(statement.type)) {
      const inner = namedChildrenOf(statement);
      for (let i = inner.length - 1; i >= 0; i--) pending.push(inner[i]!);
    }
  }
  return out;
}

/** `namespace N { export const run = … }`, `export import run = …` (TypeScript): the namespace whose member the declarator is, `N` (its parents asked only of a watched value's). */
function namespaceExporting(declarator: Node): string | undefined {
  // `export import exec = cp.execSync` has no declaration around it.
  const exported = declarator.type === "import_alias" ? declarator.parent : declarator.parent?.parent;
  let namespace = exported?.type === "export_statement" && exported.parent?.type === "statement_block" ? exported.parent.parent : null;
  const names: string[] = [];
  // `namespace N { export namespace M { export import X = cp } }`: the slot `N.M.X` (an exported namespace's own name is
  // its parent's member; `namespace A.B { … }` is named whole).
  for (let depth = 0; namespace && depth < MAX_RESOLVE_DEPTH; depth++) {
    const name = namespace.type === "internal_module" || namespace.type === "module" ? namespace.childForFieldName("name") : null;
    if (name?.type !== "identifier" && name?.type !== "nested_identifier") return undefined;
    names.unshift(name.text.replace(/\s+/g, ""));
    const statement = namespace.parent?.type === "expression_statement" ? namespace.parent : namespace;
    const outer = statement.parent;
    namespace = outer?.type === "export_statement" && outer.parent?.type === "statement_block" ? outer.parent.parent : null;
  }
  return names.length > 0 ? names.join(".") : undefined;
}

/**
 * Methods whose callback's first parameter is the value the receiver holds or carries: a promise's `then`, an array's
 * iterations (`forEach`, `map`…). Followed for `import("m").then`, and for a promise or array written in place (carrier).
 */
const CALLBACK_METHODS = new Set(["then", "catch", "forEach", "map", "flatMap", "filter", "find", "findLast", "some", "every"]);
/** Array methods whose callback's return is the accumulator the next call gets (Resolver.reduced). */
const REDUCERS = new Set(["reduce", "reduceRight"]);

/** A callee's text ending as one of CALLBACK_METHODS may (read before its node). */
const CALLBACK_END = /(?:then|catch|forEach|map|flatMap|filter|find|findLast|some|every)$/;
/**
 * A collection written in place whose elements a callback or loop may be handed (Resolver.elementOf): `[…]`, `Promise.resolve(…)`,
 * `Object.values(…)`, `new Set(…)`, a module object's children (MODULE_CHILDREN_AT); or a name (COLLECTION_DECLARED).
 */
const CARRIER_AT = /(?:\[|Promise\s*\.|Object\s*\.\s*(?:values|entries)\s*\(|new\s+(?:Set|Map|WeakSet|WeakMap|Promise)\s*\(|module\s*\.\s*children(?![\p{L}\p{N}_$]))/uy;
/** `module.children`: modules, each with its own `require` (relativesAsModuleObject), held by a name or looped over. */
const MODULE_CHILDREN_AT = /module\s*\.\s*children(?![\p{L}\p{N}_$])/uy;
/**
 * A name's or its call's `.then(` (`p.then(`, `mk().then(`): a promise whose value a callback is handed (thenParameter);
 * also of the function a name makes from a string literal (`new AF("return this")().then(`: an AsyncFunction's promise).
 */
const PROMISE_OF_NAME_AT = /(?:new\s+)?[\p{L}_$][\p{L}\p{N}_$]*\s*(?:\(\s*(?:"[^"\\\n]*"|'[^'\\\n]*')\s*\)\s*)?(?:\(\s*\)\s*)?\.\s*then\s*\(/uy;
/** A name's method (`mods.forEach`, `m.set`: a Map's entry written, Resolver.mapEntrySlot). */
/** The end of a callee adding its arguments to a collection's elements: `arr.push(`, `arr.unshift(`, a Set's `s.add(`. */
const ELEMENT_ADDED_END = /\.\s*(?:push|unshift|add)$/;
const NAME_MEMBER = /^[\p{L}_$][\p{L}\p{N}_$]*\s*\.\s*[\p{L}_$]+$/u;
/** The readers CARRIER_AT matches by their written names, held by a name (readerAliases). */
const HELD_CARRIERS = new Set(["Object.values", "Object.entries"]);
/** The first characters CARRIER_AT matches at. */
const IN_PLACE_START = new Set(["[", "P", "O", "n", "m"]);
/**
 * `function* g() { yield cp.exec }` at the file's top: `g` names a collection of what it yields (Resolver.yielded), so
 * its calls are read (`g().next().value(…)`, `[...g()][0](…)`, `for (const f of g())`). True when one was bound.
 */
function bindGenerators(root: Node, source: string, resolver: Resolver, bindings: Bindings, binders: number[]): boolean {
  if (!GENERATOR_AT.test(source)) return false;
  let bound = false;
  for (const [name, fn] of resolver.topFunctions(root)) {
    const path = resolver.yielded(fn);
    if (!path || bindings.boundIn(bindings.scopes.rootId, name)) continue;
    binders.push(fn.startIndex);
    bindings.container(name, [[EVERY_INDEX, path]], fn);
    bound = true;
  }
  return bound;
}
const GENERATOR_AT = /function\s*\*/;

/** A generator function's declaration, its name captured. */
const GENERATOR_NAME = /\bfunction\s*\*\s*([\p{L}_$][\p{L}\p{N}_$]*)/gu;
/** After a `for (const x` name: `of` (withDerivedDefinitions reads the loop as a definition). */
const OF_AFTER = /\s+of(?![\w$])/y;
/** A `for … of` loop declaring its names (`for (const f of c)`, `for await (let [k, v] of c)`, `for (const { f } of c)`) or assigning names declared before (`for (f of c)`). */
const FOR_OF = /\bfor\s*(?:await\s*)?\(\s*(?:(?:const|let|var)\s+)?(?:[^\s()[\]{},;=]+\s+|\[[^\]]{0,200}\]\s*|\{[^}]{0,200}\}\s*)of(?![\w$])\s*/g;
const FOR_OF_LONG_PATTERN = /\bfor\s*(?:await\s*)?\(\s*(?:(?:const|let|var)\s+)?(?:\[[^\]]{201}|\{[^}]{201}|\[[^\][]{0,200}\[|\{[^{}]{0,200}\{)/g;

/** Could a callback's receiver or a loop's collection starting with `head` hold watched values: a literal (no name), a collection built in place, or a known name? */
const carrierMayResolve = (head: string | undefined, known: (name: string | undefined) => boolean) => head === undefined || head === "Promise" || head === "Object" || head === "new" || head === "import" || known(head);
/** The collections Resolver.collectionEntries reads: their constructors, and `Promise.resolve`'s promise. */
const PROMISE = "Promise.resolve";
/** The promises of an array of promises or values (Resolver.elementOf: a value of any). */
const PROMISE_COMBINATORS = ["Promise.all", "Promise.race", "Promise.any"];
/** The combinators whose promise settles with one of the values given (an `await` of one is that value). */
const SETTLING_FIRST = ["Promise.race", "Promise.any"];
/** A promise of an array of results, each `{ status, value }` (Resolver.elementOf). */
const ALL_SETTLED = "Promise.allSettled";
/** A promise and the functions settling it (bindResolvers). */
const WITH_RESOLVERS = "Promise.withResolvers";
/** A rejected promise, whose `catch` callback is given the reason (thenParameter). */
const REJECTED = "Promise.reject";
const COLLECTIONS = new Set(["Map", "WeakMap", "Set", "WeakSet", "Promise", PROMISE]);
/** Built-in constructors whose object is read through the argument they are made of (Resolver.resolve). */
const MADE_OF_ARGUMENT = new Set(["Proxy", "WeakRef", "Map", "WeakMap"]);
/** The key of a collection's own iterator (`c[Symbol.iterator]()`, Resolver.elementOf). */
const ITERATOR = "Symbol.iterator";
/** Array methods returning some of the array's elements (Resolver.elementOf), and those returning one (elementReadOf). */
const SUBSETS = new Set(["filter", "slice", "reverse", "sort", "toReversed", "toSorted", "concat", "splice", "toSpliced", "with", "flat"]);
const ELEMENT_READS = new Set(["find", "findLast", "at", "pop", "shift"]);
/** A promise's methods giving a promise of its value (Resolver.elementOf). */
const SAME_VALUE = new Set(["finally", "catch"]);
/** A call's text holding an element read (ELEMENT_READS) or a Map's `get` (read from the text the call is resolved with: its callee's is a copy out of WASM). */
const ELEMENT_READ_CALL = /\.\s*(?:find|findLast|at|pop|shift|get|reduce|reduceRight)\s*(?:\?\.\s*)?\(/;

/**
 * A Map's or literal's (`held`, heldLiteral) entry under `key` (undefined: not fixed here, the first watched value); under
 * a key none of its entries was fixed under, any of them may be the one (`m.get("x")` of `new Map([[k, cp.exec]])`).
 */
function entryUnder(held: ModulePath, key: string | undefined): ModulePath {
  const entry = extend(held, key ?? ANY_ENTRY);
  return entry.module === NOTHING && key !== undefined && Object.keys(held.properties ?? {}).length === 1 ? extend(held, ANY_ENTRY) : entry;
}

/** Does a literal's value (heldLiteral) stand for an array: keyed by positions only (`[[cp.exec]]`'s element, not `{ run: cp.exec }`)? */
const arrayLiteral = (held: ModulePath) => held.properties !== undefined && Object.keys(held.properties).every((key) => key === ANY_ENTRY || key === EVERY_INDEX || ARRAY_INDEX.test(key));

/** Is `call` a promise's `then`, `catch` or `finally` (a promise of a value)? */
function promiseChain(call: Node): boolean {
  const fn = call.childForFieldName("function");
  const method = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text : undefined;
  return method === "then" || (method !== undefined && SAME_VALUE.has(method));
}

/** Is `node` the call of a function written in place (`(async () => cp.exec)()`, Resolver.resolveCall)? */
function calledInPlace(node: Node | null): boolean {
  const fn = node?.type === "call_expression" ? node.childForFieldName("function") : null;
  return fn?.type === "parenthesized_expression" && FUNCTIONS_IN_PLACE.has(unwrap(fn).type);
}

/** `c.next()`'s `c` of a `c.next().value` read (`value` its property): an iterator stepped by hand. */
function iteratorStepped(next: Node | null): Node | undefined {
  const fn = next?.type === "call_expression" && namedChildrenOf(next).length === 0 ? next.childForFieldName("function") : null;
  return fn?.type === "member_expression" && fn.childForFieldName("property")?.text === "next" ? (fn.childForFieldName("object") ?? undefined) : undefined;
}

/** The `yield` expressions of a generator's body, in order. */
const yieldsIn = (generator: Node): Node[] => keywordsIn(generator, "yield", "yield_expression");

/**
 * The nodes of `type` a function's body holds that start with `keyword` (`return`, `yield`), found from its text (each
 * a walk down from the body), in order; a function nested in it is read as its own (its `return` may be the one read).
 */
function keywordsIn(fn: Node, keyword: string, type: string): Node[] {
  // The program whole: every one in the file (yieldedWhereUnfollowed).
  const body = fn.type === "program" ? fn : fn.childForFieldName("body");
  if (!body) return [];
  const out: Node[] = [];
  const text = body.text;
  for (let i = text.indexOf(keyword); i >= 0; i = text.indexOf(keyword, i + keyword.length)) {
    const at = body.startIndex + i;
    const node = body.descendantForIndex(at, at + keyword.length);
    const held = node?.type === type ? node : node?.parent?.type === type ? node.parent : null;
    if (held && held.startIndex === at) out.push(held);
  }
  return out;
}

/**
 * What a callback returns (`(m) => m.exec`, `function (m) { return m.exec }`), or, its body more than a sole `return`,
 * each value a `return` in it gives (`(m) => { const f = m.exec; return f }`).
 */
function returnedBy(callback: Node): Node[] {
  const sole = returnedInPlace(callback);
  if (sole) return [sole];
  const fn = unwrap(callback);
  if (fn.childForFieldName("body")?.type !== "statement_block") return [];
  return keywordsIn(fn, "return", "return_statement").flatMap((statement) => {
    const value = statement.namedChildren.find((c) => c !== null && !isComment(c));
    return value ? [value] : [];
  });
}

/** The collection an element is read from: `c[i]` (not a name's: Bindings.picked reads those), `c.find(…)`, `c.at(i)`, `c.pop()`. */
function elementReadOf(node: Node): Node | undefined {
  if (node.type === "subscript_expression") {
    const object = node.childForFieldName("object");
    return object?.type === "call_expression" ? object : undefined;
  }
  const fn = node.type === "call_expression" ? node.childForFieldName("function") : null;
  return fn?.type === "member_expression" && ELEMENT_READS.has(fn.childForFieldName("property")?.text ?? "") ? (fn.childForFieldName("object") ?? undefined) : undefined;
}

/** A property descriptor's value (`{ value: cp.exec }`), or what its getter returns (`{ get: () => cp.exec }`, `{ get() { return cp.exec } }`). */
function describedValue(descriptor: Node): Node | null {
  for (const prop of descriptor.namedChildren) {
    const key = prop?.type === "pair" ? prop.childForFieldName("key")?.text : prop?.type === "method_definition" ? prop.childForFieldName("name")?.text : undefined;
    if (key === "value" && prop!.type === "pair") return prop!.childForFieldName("value");
    if (key !== "get") continue;
    if (prop!.type === "method_definition") return soleReturn(prop!.childForFieldName("body"));
    const getter = prop!.childForFieldName("value");
    return getter ? returnedInPlace(getter) : null;
  }
  return null;
}

/**
 * `([k, v]) => [k, v]`: a callback giving each entry back as it is ("itself": its array pattern's names the pair's
 * elements), or each value under another key (`([k, v]) => ["x" + k, v]`: "renamed"); undefined for anything else.
 */
function entryMapped(callback: Node | undefined): "itself" | "renamed" | undefined {
  const returned = callback && returnedInPlace(callback);
  const pattern = callback && firstParameter(unwrap(callback));
  const [key, value] = pattern?.type === "array_pattern" ? arrayElements(pattern).slice(0, 2).map((e) => elementName(e ?? null)) : [];
  const [first, second] = returned?.type === "array" ? [arrayElement(returned, 0), arrayElement(returned, 1)] : [];
  if (value === undefined || second?.type !== "identifier" || second.text !== value.text) return undefined;
  return key !== undefined && first?.type === "identifier" && first.text === key.text ? "itself" : "renamed";
}

/** The functions a program's top level names (`function go(m) { … }`, `const pick = (m) => …`; exported too), the first of each name. */
function topLevelFunctions(program: Node): Map<string, Node> {
  const functions = new Map<string, Node>();
  const add = (name: Node | null | undefined, fn: Node | null | undefined) => {
    if (name?.type === "identifier" && fn && !functions.has(name.text)) functions.set(name.text, fn);
  };
  for (const child of program.namedChildren) {
    const statement = child?.type === "export_statement" ? child.childForFieldName("declaration") : child;
    const type = statement?.type;
    if (type === "function_declaration" || type === "generator_function_declaration") add(statement!.childForFieldName("name"), statement);
    else if (type === "lexical_declaration" || type === "variable_declaration") {
      for (const declarator of statement!.namedChildren) {
        const value = declarator?.type === "variable_declarator" ? declarator.childForFieldName("value") : null;
        if (value?.type === "arrow_function" || value?.type === "function_expression" || value?.type === "generator_function") add(declarator!.childForFieldName("name"), value);
      }
    }
  }
  return functions;
}

/** Arguments that are never `undefined` (Resolver.passes). */
const CERTAIN_VALUES = new Set(["function_expression", "function", "arrow_function", "generator_function", "class", "object", "array", "string", "template_string", "number", "regex", "true", "false", "null", "new_expression"]);

/** Does a top-level ES import (`import { name }`, `import name from`, `import { x as name }`) bind `name`? */
function importsByName(program: Node, name: string): boolean {
  return program.namedChildren.some((statement) => {
    if (statement?.type !== "import_statement" || !statement.text.includes(name)) return false;
    const clause = statement.namedChildren.find((c) => c?.type === "import_clause");
    const named = (clause?.namedChildren ?? []).flatMap((c) => (c?.type === "named_imports" ? c.namedChildren.map((s) => s?.childForFieldName("alias") ?? s?.childForFieldName("name")) : c?.type === "identifier" ? [c] : []));
    return named.some((n) => n?.text === name);
  });
}

/**
 * Is a top-level function, found by topLevelFunctions, still that function wherever its name is read? A `const`'s is; a
 * declaration's unless the name is assigned, updated or destructured into anywhere (read from the text: any doubt is a yes).
 */
function staysFunction(program: Node, name: string, fn: Node): boolean {
  if (fn.parent?.type === "variable_declarator") return fn.parent.parent?.type === "lexical_declaration" && fn.parent.parent.child(0)?.type === "const";
  const source = program.text;
  if (new RegExp(`(?<![\\p{L}\\p{N}_$.])${namePattern(name)}\\s*=(?![=>])`, "u").test(source)) return false;
  for (const changed of [...updatedNames(source), ...patternAssignedNames(program, source)]) if (changed === name) return false;
  return true;
}

/** The program a node is in. */
function programOf(node: Node): Node {
  let top = node;
  while (top.parent) top = top.parent;
  return top;
}

/** A function's first parameter as written (`(m) => …`, `function ({ exec }) { … }`, TypeScript's `(m: T) => …`): a name or a pattern. */
function firstParameter(fn: Node): Node | null | undefined {
  const first = fn.childForFieldName("parameter") ?? fn.childForFieldName("parameters")?.namedChild(0);
  return first?.type === "required_parameter" ? first.childForFieldName("pattern") : first;
}

/** A function's parameters as written, in order (firstParameter's reading of each). */
function parametersOf(fn: Node): Array<Node | null | undefined> {
  const single = fn.childForFieldName("parameter");
  return single ? [single] : namedChildrenOf(fn.childForFieldName("parameters")).map((p) => (p.type === "required_parameter" ? p.childForFieldName("pattern") : p));
}

/** `(() => cp.exec)()`, `(function () { return cp })()`: a function written in place and called there is what it returns. */
function returnedInPlace(fn: Node): Node | null {
  const inPlace = unwrap(fn);
  if (inPlace.type !== "arrow_function" && inPlace.type !== "function_expression" && inPlace.type !== "function_declaration") return null;
  const body = inPlace.childForFieldName("body");
  return body?.type === "statement_block" ? soleReturn(body) : body;
}

/** The value a function body's one statement, a `return`, gives. */
function soleReturn(body: Node | null): Node | null {
  const statements = namedChildrenOf(body);
  return statements.length === 1 && statements[0]!.type === "return_statement" ? statements[0]!.namedChild(0) : null;
}

/** A getter's head up to its name (`get run`, `static get run`), its name captured. */
const GETTER = /\bget[ \t]+([\w$]+)(?=\s*\()/g;

/** Binds `local.member` for each `imported.member` a project module offers; false when it offers none. */
function namespaceMembers(exports: Record<string, ModulePath>, imported: string, local: string, bindings: Bindings, node: Node): boolean {
  const members = membersOf(exports, imported);
  // `export const TRANSPORTS = { web: http }` imported: a subscript of any other key picks from the members offered (Bindings.picked), the first being the literal's first.
  const entries = Object.entries(members).flatMap(([name, path]): Array<[string, ModulePath]> => (name.includes(".") ? [] : [[name, through(path, node)]]));
  bindings.container(local, entries);
  return bindNamespace(bindings, local, members, node);
}

/**
 * A class of the file extending another by a name or a member chain (`extends Tools`, `extends a.Tools`, either side of
 * `extends (cond ? Tools : Other)`): the slot keys of what it extends, and the members its body defines — fields,
 * methods, accessors, and `this.x` assigned in them (static ones in static methods and blocks) — which hide the base's.
 */
function inheritSlots(nameNode: Node, heritage: Node, resolver: Resolver, bindings: Bindings): void {
  const name = nameNode.text;
  if (bindings.extendsClass(name)) return;
  const bases: string[] = [];
  const add = (node: Node | null, depth: number) => {
    const base = node && unwrapParentheses(node);
    if (!base || depth > MAX_RESOLVE_DEPTH) return;
    if (base.type === "ternary_expression") {
      add(base.childForFieldName("consequence"), depth + 1);
      add(base.childForFieldName("alternative"), depth + 1);
      return;
    }
    const key = base.type === "identifier" || base.type === "member_expression" ? resolver.slotKey(base) : undefined;
    if (key !== undefined && key !== name && !key.startsWith("this.")) bases.push(key);
  };
  add(heritageOf(heritage), 0);
  const body = nameNode.parent?.childForFieldName("body");
  if (bases.length === 0 || !body) return;
  const own = new Set<string>();
  const ownStatic = new Set<string>();
  for (const member of body.namedChildren) {
    if (!member) continue;
    const isStatic = member.type === "class_static_block" || member.children.some((c) => c?.type === "static");
    const key = member.childForFieldName("name") ?? member.childForFieldName("property");
    if (key) (isStatic ? ownStatic : own).add(key.type === "string" ? (stringValue(key) ?? key.text) : key.text);
    for (const assigned of member.text.matchAll(THIS_MEMBER_ASSIGNED)) (isStatic ? ownStatic : own).add(assigned[1]!);
  }
  bindings.inherit(name, bases, own, ownStatic, heritage);
}
/** `this.x = …` (`??=`, `||=`, `&&=`), `for (this.x of …)`: a member the class's own code gives a value. */
const THIS_MEMBER_ASSIGNED = /\bthis\s*\.\s*([\p{L}_$][\p{L}\p{N}_$]*)\s*(?:(?:\?\?|\|\||&&)?=(?![=>])|of\b)/gu;

/** `extends X` (JavaScript: the expression itself; TypeScript: inside an extends_clause). */
function heritageOf(heritage: Node): Node | null {
  const first = heritage.namedChild(0);
  return first?.type === "extends_clause" ? first.childForFieldName("value") : first;
}

/**
 * Definitions written as calls, read from the callees (a query pattern for the first cost a third of the TypeScript
 * query's compilation, bench/RESULTS.md) and placed among the others in document order:
 * - `import("m").then((m) => …)`: each function passed to the `then`, named by the `then` (its parameter is the
 *   module, thenParameter);
 * - `Object.assign(module.exports, { exec })`, `Object.assign(exports, …)`: each object, named by the target (its
 *   properties are exported slots, objectSlots);
 * - `__privateSet(this, _fetch, v)` and the other private-field write helpers: the value, named by the call's
 *   arguments (the slot they name, Resolver.slotKey).
 * `readers`: the file's readers held by names (readerAliases), read once per analysis by the caller.
 */
export function withDerivedDefinitions(definitions: Captures["definitions"], callees: Captures["callees"], source: string, root: Node, readers: ReadonlyMap<string, string>, topFunctions = () => topLevelFunctions(programOf(root))): Captures["definitions"] {
  const derived: Captures["definitions"] = [];
  const add = (name: Node, value: Node) => derived.push([name, value]);
  // `get run() { return cp.exec }` in a class: the property `run` is what its `return`s give, as a field's value is
  // (an object literal's getters are read with its properties). Found from the text: a query pattern cost 3–5% of the scan.
  const text = source.slice(root.startIndex, root.endIndex);
  for (const getter of text.matchAll(GETTER)) {
    const name = root.descendantForIndex(root.startIndex + getter.index + getter[0].length - getter[1]!.length);
    const method = name?.type === "property_identifier" ? name.parent : null;
    if (method?.type === "method_definition" && method.parent?.type === "class_body") for (const value of getterReturns(method)) add(name!, value);
  }
  // Names defined as a collection (`const mods = [`, `m = new Map(`): only their loops, callbacks and `set`s are read (and those of one written in place).
  const collections = new Set<string>();
  for (const [name, value] of definitions) {
    const at = value.startIndex;
    const opens = source[at];
    if (opens === "[" || ((opens === "n" || opens === "P") && privateHelperAt(COLLECTION_AT, source, at)) || (opens === "m" && privateHelperAt(MODULE_CHILDREN_AT, source, at)) || (opens === "f" && value.type === "generator_function")) collections.add(identifierAt(source, name.startIndex) ?? "");
  }
  // `function* g() { yield cp.exec }`: its calls are collections (`for (const f of g())`: Resolver.yielded).
  for (const generator of text.matchAll(GENERATOR_NAME)) collections.add(generator[1]!);
  const named = (at: number) => collections.size > 0 && collections.has(identifierAt(source, at) ?? "");
  let functions: Map<string, Node> | undefined;
  // `vals(cp)` of `const vals = Object.values` (readerAliases) is the collection it is written as.
  const heldCarrier = (at: number) => readers.size > 0 && HELD_CARRIERS.has(readers.get(identifierAt(source, at) ?? "") ?? "");
  const inPlace = (at: number) => (IN_PLACE_START.has(source[at]!) && privateHelperAt(CARRIER_AT, source, at)) || heldCarrier(at);
  // `for (const f of Object.values(cp))`: the loop's names, given the collection (their elements: bindLoop).
  const loopAt = (index: number) => {
    const statement = root.descendantForIndex(root.startIndex + index)?.parent;
    const left = statement?.type === "for_in_statement" ? statement.childForFieldName("left") : null;
    const right = left && statement!.childForFieldName("right");
    if (right && (inPlace(right.startIndex) || named(right.startIndex))) add(left!, right);
  };
  for (const loop of text.matchAll(FOR_OF)) {
    const at = root.startIndex + loop.index + loop[0].length;
    if (inPlace(at) || named(at)) loopAt(loop.index);
  }
  // A pattern longer than FOR_OF reads, or nested (`[k, [f]]`): the tree finds the collection (padding must not hide `for (const [k, ⟨spaces⟩ f] of …)`).
  for (const loop of text.matchAll(FOR_OF_LONG_PATTERN)) loopAt(loop.index);
  for (const [callee, kind] of callees) {
    if (kind !== "call") continue;
    const start = callee.startIndex;
    // `__privateSet(this, _fetch, value)`: the value is written to the slot its arguments name (Resolver.slotKey).
    if (privateHelperAt(PRIVATE_WRITE_AT, source, start)) {
      const args = callee.parent!.childForFieldName("arguments");
      const value = namedChildrenOf(args)[2];
      if (value) add(args!, value);
      continue;
    }
    // `Promise.resolve(cp).then((m) => …)`, `[cp].forEach((m) => …)`, `mods.forEach((m) => …)`, `Object.values(cp).forEach((f) => …)`: each function passed, named by the method (its parameter is an element of the receiver, thenParameter).
    // The start's text first: a node's end is a call into WASM.
    // `mk().then((f) => …)`, `p.then((f) => …)`: a promise a name or its call may give (an async factory's value).
    // `(async () => cp.exec)().then((f) => …)`: a function called in place (resolved as its value, Resolver.resolveCall).
    // `p.then(f).then((m) => …)` of a collection `p`: a promise's chain, as of any name's promise.
    const carrying = inPlace(start) ? "in place" : named(start) && NAME_MEMBER.test(source.slice(start, callee.endIndex)) ? "named" : privateHelperAt(PROMISE_OF_NAME_AT, source, start) || (source[start] === "(" && source.startsWith("then", callee.endIndex - 4) && calledInPlace(callee.childForFieldName("object"))) ? "promise" : undefined;
    const end = carrying && callee.endIndex;
    if (end && CALLBACK_END.test(source.slice(Math.max(start, end - 8), end)) && callee.type === "member_expression") {
      const property = callee.childForFieldName("property");
      if (property && CALLBACK_METHODS.has(property.text)) {
        for (const argument of namedChildrenOf(callee.parent)) {
          const type = argument.type;
          // `[cp].forEach(go)`: a function of the top level named (its first parameter an element, as a callback written in place).
          const named = type === "identifier" ? (functions ??= topFunctions()).get(argument.text) : undefined;
          if (type === "arrow_function" || type === "function_expression" || named) add(property, named ?? argument);
        }
      }
      continue;
    }
    // `m.set("run", cp.exec)`: the value, named by the callee (the entry's slot, Resolver.mapEntrySlot).
    if (end && carrying === "named" && source.startsWith("set", end - 3)) {
      const args = namedChildrenOf(callee.parent);
      if (args.length === 2) add(callee, args[1]!);
      continue;
    }
    // `arr.push(cp)`, `arr.unshift(cp)`, `s.add(cp)`: each value an element of the collection (its slot `arr.[]`, ANY_ENTRY, which `arr[0]`, a loop, a spread and `arr.pop()` read).
    if (end && carrying === "named" && ELEMENT_ADDED_END.test(source.slice(Math.max(start, end - 8), end))) {
      for (const argument of namedChildrenOf(callee.parent)) if (argument.type !== "spread_element") add(callee, argument);
      continue;
    }
    // The text before the node's type (a call into WASM).
    if ((!source.startsWith("import", start) && !source.startsWith("Object", start) && !source.startsWith("Reflect", start)) || callee.type !== "member_expression") continue;
    if (source.startsWith("import", start)) {
      const property = callee.childForFieldName("property");
      if (property?.text !== "then" || callee.childForFieldName("object")?.childForFieldName("function")?.type !== "import") continue;
      for (const argument of namedChildrenOf(callee.parent)) if (argument.type === "arrow_function" || argument.type === "function_expression") add(property, argument);
    } else if (source.startsWith("Object", start) && source.slice(start, callee.endIndex).replace(/\s+/g, "") === DEFINE_PROPERTY) {
      // `Object.defineProperty(o, "run", { value: cp.exec })` (or `get: () => cp.exec`, `get() { return cp.exec }`): the property `o.run` holds it (Resolver.slotKey).
      const args = callee.parent!.childForFieldName("arguments");
      const descriptor = namedChildrenOf(args)[2];
      const value = descriptor?.type === "object" ? describedValue(descriptor) : null;
      if (value) add(args!, value);
    } else if (PROTOTYPE_SETTERS.includes(source.slice(start, callee.endIndex).replace(/\s+/g, ""))) {
      // `Object.setPrototypeOf(o, cp)`, `Reflect.setPrototypeOf(o, cp)`: `o`'s prototype slot holds the module (Resolver.slotKey; Bindings.slotPath reads through it).
      const args = callee.parent!.childForFieldName("arguments");
      const prototype = namedChildrenOf(args)[1];
      if (prototype) add(args!, prototype);
    } else if (source.startsWith("Object", start) && source.slice(start, callee.endIndex).replace(/\s+/g, "") === DEFINE_PROPERTIES) {
      // `Object.defineProperties(o, Object.getOwnPropertyDescriptors(cp))`: `o` gets cp's members, read as its prototype's
      // (Resolver.slotKey; the binding reads the described object, describedObject).
      const args = callee.parent!.childForFieldName("arguments");
      const descriptors = namedChildrenOf(args)[1];
      if (descriptors && descriptors.type !== "object") add(args!, descriptors);
    } else if (source.startsWith("Object", start) && source.slice(start, callee.endIndex).replace(/\s+/g, "") === ASSIGN) {
      const args = callee.parent!.childForFieldName("arguments");
      const [target, ...sources] = namedChildrenOf(args);
      const text = target && source.slice(target.startIndex, target.endIndex).replace(/\s+/g, "");
      // `Object.assign(module.exports, cp)`: the file exports the module whole, as `module.exports = cp` does.
      const exported = target !== undefined && EXPORTS_OBJECT.test(text!);
      // `Object.assign(t, cp)`: `t` gets the members of a source not written in place, read as its prototype's
      // (Resolver.slotKey: as `Object.setPrototypeOf(t, cp)`; a literal's own properties are read as its slots, what
      // is spread into it or into the call, `{ ...cp }`, `...[cp]`, as a source).
      for (const object of sources) {
        if (object.type === "object") {
          if (exported) add(target!, object);
          for (const spread of object.namedChildren) if (spread?.type === "spread_element" && spread.namedChild(0)) add(args!, spread.namedChild(0)!);
        } else if (object.type === "spread_element") {
          const spread = object.namedChild(0);
          for (const element of spread?.type === "array" ? namedChildrenOf(spread) : spread ? [spread] : []) if (element.type !== "spread_element") add(args!, element);
        } else if (exported) add(target!, object);
        else add(args!, object);
      }
    }
  }
  if (derived.length === 0) return definitions;
  // One merge (a bundle makes thousands of `__privateSet` calls: an insertion each was quadratic); each derived
  // definition goes before the first captured one that starts after it.
  derived.sort(([a], [b]) => a.startIndex - b.startIndex);
  const out: Captures["definitions"] = [];
  let next = 0;
  for (const definition of definitions) {
    while (next < derived.length && derived[next]![0].startIndex < definition[0].startIndex) out.push(derived[next++]!);
    out.push(definition);
  }
  return out.concat(derived.slice(next));
}

/** `import("m").then((m) => …)`: the callback's first parameter is the module (`({ exec, spawn: run }) => …`: its members). */
function thenParameter(member: Node, callback: Node, resolver: Resolver, bindings: Bindings): void {
  const object = member.childForFieldName("object");
  const param = firstParameter(callback);
  // A name's `.then` is its promise's value (`const p = mk(); p.then((f) => …)` of an async factory); another method's an element.
  const method = member.childForFieldName("property")?.text;
  const then = method === "then";
  // `Promise.reject(cp).catch((m) => …)`, `.then(null, (m) => …)`: the reason it was rejected with (another promise's `catch` is given an error).
  const rejected = object?.type === "call_expression" && (method === "catch" || then) && resolver.readsByName(object.childForFieldName("function")!, REJECTED);
  // Of a name holding one (`const p = Promise.reject(cp); p.catch(…)`): the reason it holds (REJECTION).
  const held = object?.type === "identifier" && (method === "catch" || then) ? resolver.resolve(object)?.properties : undefined;
  const heldReason = held && Object.hasOwn(held, REJECTION) ? held[REJECTION] : undefined;
  if (method === "catch" || ((rejected || heldReason) && namedChildrenOf(member.parent!.childForFieldName("arguments"))[1]?.id === callback.id)) {
    const reason = rejected ? namedChildrenOf(object)[0] : undefined;
    const path = heldReason ?? (reason && resolver.resolve(reason));
    if (path && param?.type === "identifier") bindings.bind(bindings.scopeOf(param), param.text, through(path, member.parent!));
    return;
  }
  // `Promise.reject(cp).then((m) => …)`: never called.
  if (rejected || heldReason) return;
  // `Promise.allSettled([cp]).then((rs) => rs[0].value…)`: an array of the results (Resolver.elementOf).
  if (param?.type === "identifier" && then && object?.type === "call_expression" && resolver.readsByName(object.childForFieldName("function")!, ALL_SETTLED)) {
    const result = resolver.elementOf(object);
    if (result) bindings.bind(bindings.scopeOf(param), param.text, heldLiteral([[EVERY_INDEX, result]], member.parent!));
    return;
  }
  // `Promise.all([cp]).then(([m]) => …)`: the array of the values, each name of the pattern any of them (Resolver.elementOf).
  if (param?.type === "array_pattern" && then && object?.type === "call_expression" && resolver.readsByName(object.childForFieldName("function")!, ...PROMISE_COMBINATORS, ALL_SETTLED)) {
    const value = resolver.elementOf(object);
    if (value) for (const name of arrayElements(param)) if (name !== HOLE && name?.type === "identifier") bindings.bind(bindings.scopeOf(name), name.text, through(value, member.parent!));
    return;
  }
  // `Object.entries(cp).forEach(([name, run]) => run(…))`: each element's pair, as a `for (const [k, f] of …)` loop binds it.
  if (param?.type === "array_pattern" && object) return bindLoop(param, object, resolver, bindings, () => bindings.scopeOf(param));
  // `new Map([["a", cp]]).forEach((m) => …)`: a Map's `forEach` is given each entry's value (its iteration, the pairs).
  const mapValue = method === "forEach" && object?.type === "new_expression" && resolver.collectionEntries(object)?.pairs ? resolver.elementOf(object, true) : undefined;
  const path = object && (mapValue ?? resolver.elementOf(object) ?? (object.type === "identifier" && !then ? undefined : resolver.resolve(object)));
  // `import("./shell").then((sh) => sh.exec())`: the parameter holds what the project file offers.
  const loaded = !path && object ? resolver.projectRequire(object) : undefined;
  if (!path && loaded === undefined) return;
  const call = member.parent!;
  if (param?.type === "object_pattern") {
    const exported = path ? undefined : resolver.projectExports(loaded!);
    bindDestructured(param, (key) => (path ? normalMembers(extend(through(path, call), key)) : exported![key] && through(normalMembers(exported![key]!), call)), bindings, resolver, undefined, 0, undefined, () => through(path ? normalMembers(path) : { module: OBJECT, members: [], properties: exported! }, call));
  }
  if (param?.type !== "identifier") return;
  if (path) bindings.bind(bindings.scopeOf(param), param.text, through(path, call));
  else bindNamespace(bindings, param.text, resolver.projectExports(loaded!), call);
}


function importStatement(node: Node, bindings: Bindings, filter: ModuleFilter, imports: Analysis["imports"], project?: FileProject): void {
  const text = node.text;
  if (/^import\s+type\b/.test(text)) return; // types only: erased at runtime
  const source = node.childForFieldName("source");
  let specifier = source ? stringValue(source) : undefined;
  let clause: Node | null | undefined;
  const requireClause = node.namedChildren.find((c) => c?.type === "import_require_clause");
  if (requireClause) {
    // TypeScript `import cp = require("child_process")`
    const str = requireClause.namedChildren.find((c) => c?.type === "string");
    specifier = str ? stringValue(str) : undefined;
    const written = specifier;
    if (specifier !== undefined) specifier = aliasedSpecifier(specifier, filter, project);
    const local = requireClause.namedChildren.find((c) => c?.type === "identifier");
    if (specifier === undefined || !local) return;
    const module = normalModule(specifier);
    // `import sh = require("./shell")`: as `const sh = require("./shell")` — module.exports when set, else the exports as `sh.exec`.
    if (project && (specifier.startsWith(".") || (!filter.relevant(module) && project.resolves(specifier)))) {
      const whole = project.lookup(specifier, "default");
      if (whole) bindings.bind(bindings.scopeOf(node), local.text, through(normalMembers(whole), node));
      else if (!bindNamespace(bindings, local.text, project.exportsOf(specifier), node) && bindings.mayResolve(local.text)) bindings.bind(bindings.scopeOf(node), local.text, undefined);
      return;
    }
    if (!filter.relevant(module)) {
      if (bindings.mayResolve(local.text)) bindings.bind(bindings.scopeOf(node), local.text, undefined);
      return;
    }
    imports.push({ start: node.startIndex, end: node.endIndex, module, star: false });
    bindings.bind(bindings.scopeOf(node), local.text, through({ module, members: [] }, node, specifier !== written));
    return;
  }
  if (specifier === undefined) return;
  // A `#` name read as its package is a step shown (`import { exec } from "#cp"`): the package.json decides it.
  const aliased = specifier !== (specifier = aliasedSpecifier(specifier, filter, project));
  if (node.type === "export_statement") return reexportStatement(node, normalModule(specifier), bindings, filter, imports);
  if (project && (specifier.startsWith(".") || (!filter.relevant(normalModule(specifier)) && project.resolves(specifier)))) return projectImport(node, specifier, bindings, project);
  const module = normalModule(specifier);
  const watched = filter.relevant(module);
  // `import Module from "node:module"`, `import { getBuiltinModule } from "process"`: the builtin's object, whose loaders are followed.
  const object = LOADER_MODULES.get(module);
  // An import from any other module binds no module path, but still hides a global it names (`import { fetch } from "./gateway"`).
  if (!watched && !object && !identifiersIn(text).some((name) => globalPath(name) !== undefined)) return;
  if (watched) imports.push({ start: node.startIndex, end: node.endIndex, module, star: false });
  clause = node.namedChildren.find((c) => c?.type === "import_clause");
  if (!clause) return;
  const scope = bindings.scopeOf(node);
  const bind = (local: string, path: ModulePath) => {
    if (watched) bindings.bind(scope, local, normalMembers(through(path, node, aliased)));
    else if (object) bindings.bind(scope, local, extend(object, ...normalMembers(path).members));
    else if (bindings.mayResolve(local)) bindings.bind(scope, local, undefined);
  };
  for (const part of clause.namedChildren) {
    if (!part) continue;
    if (part.type === "identifier") bind(part.text, { module, members: [] });
    else if (part.type === "namespace_import") {
      const local = part.namedChildren.find((c) => c?.type === "identifier");
      if (local) bind(local.text, { module, members: [] });
    } else if (part.type === "named_imports") {
      for (const spec of part.namedChildren) {
        if (!spec || spec.type !== "import_specifier" || /^type\s/.test(spec.text)) continue;
        const nameNode = spec.childForFieldName("name");
        const alias = spec.childForFieldName("alias") ?? nameNode;
        if (!nameNode || !alias) continue;
        const imported = moduleExportName(nameNode);
        if (imported === undefined) continue;
        bind(alias.text, { module, members: [imported] });
      }
    }
  }
}
