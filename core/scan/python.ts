import type { Language, Node, Tree } from "@vscode/tree-sitter-wasm";
import { type Analysis, type CallSite, type Captures, Deadline, ELEMENT, EVERY_CLASS, IMPORTING_FIELD, MAX_HANDED_DEPTH, NESTED_TOO_DEEP, type ModuleFilter, TOO_DEEP, UNREAD_LOAD, YIELDED, YIELDED_NOTE, collectCaptures, commentText, handsModule, moduleHandedNote, queryOf, storedInParameterNote, type UnpackStep } from "./analysis";
import { MAX_ALIAS_STEPS, PY_DYNAMIC, PY_DYNAMIC_NAMES, PY_INSPECTORS, importedCallee, isLibraryFunction } from "./library-functions";
import { ANY_ENTRY, ARRAY_INDEX, Bindings, Constants, EVERY_INDEX, EVERY_KEY, FILE_CLASS, type Fresh, MAX_HOPS, MAX_RESOLVE_DEPTH, type ModulePath, NOTHING, type ReturnedParameter, PROJECT_INSTANCE, PROTO, PROTOTYPE, called, calledThrough, chainPath, extend, heldLiteral, heldValues, identifierAt, identifiersIn, indexedElements, isComment, mayFallBack, namedChildrenOf, oneLine, simpleChain, slotValue, stringValue, through, watchedLiteral } from "./resolve";
import { codeOfCall, definedAnnotationsCode, namedArgument, subjectArgument } from "./evaluators";
import { looksUpNumericAddress, sendsToConnectedPeer } from "./lookups";
import { fetchesByArguments, fetchesNothing, turnsOnExternalEntities } from "./xml-fetches";
import { type FactoryLanguage, MAX_NESTED_CLASSES, type Mentioned, bindFactories, enclosing, methodPast, outerSlot, returnedValues, returnsOfHanded } from "./factories";
import { MAX_SAME_NAME, NO_PARAMETERS, type ParameterFacts, followParameters, mentions, rereadBoundLater } from "./parameters";
import { type FileProject, bindNamespace, membersOf } from "./project";
import { CONTAINER_OPENS, MAX_DECIDING_TEXT, parameterName, pythonParameters } from "./python-parameters";
import type { KeptAnalysis } from "./region";
import { ANY, GLOBAL, IMPORTING_FIELD_TYPES, RETURNED, evaluatorsOf } from "./specs";

/** One query finds everything the resolver needs (scopes, imports, definitions, calls); it runs inside WASM. */
export const PYTHON_QUERY = `
[(function_definition) (lambda) (list_comprehension) (set_comprehension) (dictionary_comprehension) (generator_expression)] @scope
(class_definition) @scope.class
(import_statement) @import
(import_from_statement) @import
(call function: [(identifier) (attribute) (parenthesized_expression) (call) (subscript)] @callee)
(argument_list [(identifier) (attribute) (subscript) (call function: [(attribute) (identifier)])] @arg)
(keyword_argument value: [(identifier) (attribute) (subscript) (call function: [(attribute) (identifier)])] @arg)
(pair value: [(identifier) (attribute) (subscript) (call function: (attribute))] @arg)
(list [(identifier) (attribute) (subscript) (call function: (attribute))] @arg)
(tuple [(identifier) (attribute) (subscript) (call function: (attribute))] @arg)
(set [(identifier) (attribute) (subscript) (call function: (attribute))] @arg)
(expression_list [(identifier) (attribute) (subscript) (call function: (attribute))] @arg)
(parenthesized_expression [(identifier) (attribute) (subscript) (call function: (attribute))] @arg)
(conditional_expression [(identifier) (attribute) (subscript) (call function: (attribute))] @arg)
(boolean_operator [(identifier) (attribute) (subscript) (call function: (attribute))] @arg)
(yield [(identifier) (attribute) (subscript) (call function: (attribute))] @arg)
(list_splat [(identifier) (attribute) (subscript) (call function: (attribute))] @arg)
(dictionary_splat [(identifier) (attribute) (subscript) (call function: (attribute))] @arg)
(assignment left: [(identifier) (attribute) (subscript)] @def.name right: (_) @def.value)
(named_expression name: (identifier) @def.name value: (_) @def.value)
(augmented_assignment left: [(identifier) (attribute)] @def.name operator: ["+=" "|="] right: (_) @def.value)
(with_item) @def.with
(class_definition name: (identifier) @def.name superclasses: (argument_list) @def.value)
(assignment left: [(pattern_list) (tuple_pattern) (list_pattern)] right: (_) @unpack)
(for_statement left: (_) @loop right: (_) @unpack)
(for_in_clause left: (_) @loop right: (_) @unpack)
(match_statement) @match
(decorated_definition definition: [(function_definition) (class_definition)]) @decorated
(decorated_definition (decorator [(identifier) (attribute)] @property (#match? @property "^(functools[.])?(cached_)?property$")) definition: (function_definition name: (identifier) @def.name body: (block (return_statement (_) @def.value))))
(parameters (identifier) @local)
(parameters (default_parameter name: (identifier) @local))
(parameters (typed_parameter (identifier) @local))
(parameters (typed_default_parameter name: (identifier) @local))
(parameters (list_splat_pattern (identifier) @local))
(parameters (dictionary_splat_pattern (identifier) @local))
(lambda_parameters (identifier) @local)
(lambda_parameters (default_parameter name: (identifier) @local))
(lambda_parameters (list_splat_pattern (identifier) @local))
(lambda_parameters (dictionary_splat_pattern (identifier) @local))
(function_definition name: (identifier) @outer)
(class_definition name: (identifier) @outer)
(pattern_list (identifier) @local)
(tuple_pattern (identifier) @local)
(for_statement left: (identifier) @local)
(for_in_clause left: (identifier) @local)
(as_pattern_target (identifier) @local)
(augmented_assignment left: (identifier) @local)
`;

/**
 * Names that reach a module or member by name at run time: `getattr(os, "system")`, `importlib.import_module("subprocess")`,
 * `builtins.__import__("os")`, `sys.modules["os"]`, `vars(os)["system"]`, `globals()["os"]`, `pkgutil.resolve_name("os.system")`,
 * `operator.attrgetter("system")(os)`, `operator.methodcaller("system", cmd)(os)`.
 */
export const DYNAMIC = PY_DYNAMIC_NAMES;
/**
 * `type(os).__getattribute__(os, "system")`, `types.ModuleType.__getattribute__(…)`: names that reach a member this way,
 * followed only in a file calling a `__getattribute__` (`type(x)` is common, and each name followed costs).
 */
const CLASS_OF = new Set(["type", "types"]);
/** An instance's class (`self.__class__`), and the dict of its attributes (`self.__dict__`). */
const CLASS_ATTRIBUTE = "__class__";
const DICT_ATTRIBUTE = "__dict__";
/**
 * A class's relatives, which hold its attributes or its bases' (`super().run`, `type(self).__base__.run`,
 * `K.__mro__[1].run`, `K.__bases__[0].run`): as a file's class attributes are its `cls.X` slots whichever class
 * assigned them, each is the class. `super` reads the bases' attributes, not the instance's (`super().run` of a
 * `self.run = …` raises), so it is the class too.
 */
const SUPER = "super";
const BASE_ATTRIBUTE = "__base__";
const BASE_SEQUENCES = new Set(["__mro__", "__bases__"]);
const UNBOUND_READ_TEXT = /\.\s*__getattribute__\s*\(/;
/** The file's own module (`sys.modules[__name__]`): its members are the file's global names. */
const OWN_MODULE = "<own module>";
/** The attribute holding what a bound built-in function or method is bound to (`os.system.__self__` is the module). */
const SELF = "__self__";
/** The attribute holding a module's namespace dict (`os.__dict__`; `vars(os)` returns it). */
const NAMESPACE = "__dict__";
/** The built-ins returning a scope's names as a dict: `globals()["os"]` is the name `os`. */
const SCOPE_DICTS = new Set(["globals", "locals", "vars"]);
/** The names IMPORTERS end with, in a callee's text that reaches one otherwise (Resolver.importerReached). */
const IMPORTER_WORD = /\b(?:__import__|import_module|resolve_name)\b/;
/** The functions that import a module named by a string; the `__import__` ones return its top package. */
const IMPORTERS = new Set(["importlib.import_module", "import_module", "__import__", "importlib.__import__", "builtins.__import__", "__builtins__.__import__"]);
/** A module name written relative to the package: a string or f-string starting with `.` (Resolver.unreadLoad). */
const RELATIVE_NAME = /^[rRuUfF]{0,2}['"]\./;
/**
 * `importlib.util.find_spec("subprocess")`: the module's spec (the path `subprocess.__spec__`, which `module_from_spec`
 * and the spec's `loader.load_module()` make the module); of a name not read here, UNREAD_SPEC.
 */
const SPEC_FINDERS = new Set(["importlib.util.find_spec", "util.find_spec", "find_spec"]);
const SPEC_LOADERS = new Set(["importlib.util.module_from_spec", "util.module_from_spec", "module_from_spec"]);
const SPEC = "__spec__";
/**
 * Finders of a spec in the folders or archive they are given, any file there (`PathFinder.find_spec(name, [folder])`,
 * `zipimporter(path).find_spec(name)`): the spec of a module the scan cannot read (UNREAD_SPEC). PathFinder given no
 * folders searches sys.path, as find_spec does.
 */
const PATH_FINDER = "importlib.machinery.PathFinder.find_spec";
const PATH_FINDER_MAKERS = new Set(["importlib.machinery.PathFinder", "zipimport.zipimporter"]);
const FINDER_MODULE = /^(?:importlib|zipimport)\b/;
const PATH_SPEC_FINDERS = new Set([...PATH_FINDER_MAKERS].map((maker) => `${maker}.${RETURNED}.find_spec`));
/** The spec of a module named at run time: loading it (module_from_spec, `.loader.exec_module`, `.loader.load_module`) runs code the scan cannot read. */
const UNREAD_SPEC = "<unread spec>";
/** A spec's loader running its module: `spec.loader.exec_module(m)` (its `load_module()`: LOAD_MODULE). */
const SPEC_RUN = /\.\s*loader\s*\.\s*exec_module$/;
/**
 * Any loader's `load_module(fullname)` (FrozenImporter's, a `sys.meta_path` finder's spec's loader, `pkgutil.get_loader`'s):
 * the module it names is loaded and returned, whoever the loader is. Given no name, the loader's own module (a spec's:
 * `find_spec("os").loader.load_module()`).
 */
const LOAD_MODULE = /\.load_module$/;
const OWN_LOAD_MODULE = /^(?:self|cls)\.load_module$/;
const CLASS_DEFINITION = new Set(["class_definition"]);
const DEF_LOAD_MODULE = /^[ \t]*(?:async[ \t]+)?def[ \t]+load_module\b/m;

/**
 * Is the callee `fn` (written `name`) a loader's `load_module` (LOAD_MODULE)? Not `self.load_module(…)` in a class defining
 * its own (modulefinder's ModuleFinder reads bytecode): the file's method, judged where written.
 */
function loadsModule(fn: Node, name: string): boolean {
  if (!LOAD_MODULE.test(name)) return false;
  if (!OWN_LOAD_MODULE.test(name)) return true;
  const body = enclosing(fn, CLASS_DEFINITION)?.childForFieldName("body");
  return !body || !DEF_LOAD_MODULE.test(body.text);
}
const LOADED_NAME = [{ keyword: "fullname", position: 0 }, { keyword: "name", position: 0 }] as const;
/** `pkgutil.get_loader("subprocess")`, `importlib.find_loader(…)` (3.11): the loader of the module named, its spec's (specFound). */
const LOADER_FINDERS = new Set(["pkgutil.get_loader", "pkgutil.find_loader", "importlib.find_loader"]);
/** The functions that import a module and read members of it, named by one string (`"os.system"`, `"os:system"`). */
const NAME_RESOLVERS = new Set(["pkgutil.resolve_name", "resolve_name"]);
/** The callees that may be a name resolver (specs.ts Evaluator `name`), by the name written last: only these are resolved to learn so. */
/** A package's vendored copy of another (`pip._vendor.requests`): the copied module's name. */
const VENDORED = /\._vendor\.(.+)$/;
/** What an entry point's text holds around the object's name: its own name before `=`, its extras after (`"run = os:system [x]"`). */
const ENTRY_POINT_DECORATION = /^[^=]*=|\[[^\]]*\]|\s+/g;
const NAME_RESOLVER_CALL = /(?:locate|resolve|load|import_item|import_string|import_from_string|safeimport|_gcd_import|load_module)$/;
/** `operator.methodcaller("system", cmd)`: a function calling that method of what it is given (the callee's text tested first). */
const METHOD_CALLERS = new Set(["operator.methodcaller", "methodcaller"]);
/** The bare names of the loaders above (`find_spec`, `import_module`…) and `methodcaller`: a function or class of the file by that name is its own (Resolver.builtIn). */
const LOADER_NAMES = new Set([...SPEC_FINDERS, ...SPEC_LOADERS, ...IMPORTERS, ...NAME_RESOLVERS, ...METHOD_CALLERS].filter((name) => !name.includes(".")));
/** Dynamic access reading an attribute or namespace of what it is given (`getattr(f, "__name__")`, `vars(m)`), not calling it. */
const ATTRIBUTE_READERS = /(?:^|\.)(?:getattr|attrgetter|vars|__getattribute__|__dict__)$/;
/** `operator.attrgetter("system")`: a function reading that member (dotted: members of members) of what it is given. */
const ATTRIBUTE_GETTERS = new Set(["operator.attrgetter", "attrgetter"]);
const METHOD_CALLER_AT = /^(?:operator\s*\.\s*)?methodcaller\s*\(/;
/**
 * What `operator.methodcaller("run", cmd)` returns, held by a name, a slot or a class attribute (`runner = …` …
 * `runner(subprocess)`): its member is the method it calls (ANY when not constant). Applied, it is that method of its
 * argument (callsOf); it is nothing a rule watches itself.
 */
const METHOD_CALLER = "<method caller>";
/**
 * What `operator.attrgetter("system")` returns held by a name (`get = …` … `get(os)`): its one member is the dotted name
 * it reads of what it is given (ANY when not constant), kept whole (`path.os.system` is no `os.system`); it is nothing a
 * rule watches itself.
 */
const ATTRIBUTE_GETTER = "<attribute getter>";
/** A member of `self` or `cls` the file's slots lack, in a file with a class built on a watched library class: its class's base's (Resolver.libraryBaseMember). */
const LIBRARY_BASE_MEMBER: ModulePath = { module: "<a library base's member>", members: [] };
/** `sys.modules[k]` of a key the scan cannot read (`os.environ["M"]`, a parameter): a loaded module, which may be any (a call through it is scan/dynamic-code). */
const UNREAD_MODULE = "<module read by an unread key>";
/** Attributes naming a loaded module: the one an object was defined in (`__module__`), a module's own (`__name__`). */
const MODULE_NAMING = new Set(["__module__", "__name__"]);
/**
 * Calls copying a module's namespace dict (`vars(os)`, `os.__dict__`, or its `.items()`): `dict(…)`, `copy.copy(…)`,
 * `types.MappingProxyType(…)`, `collections.ChainMap(…)` return a mapping of the same entries, `types.SimpleNamespace(**…)`
 * an object with them as members (true: the copy is a mapping). The callee's text tested first.
 */
const NAMESPACE_COPIERS = new Map([["dict", true], ["copy.copy", true], ["types.MappingProxyType", true], ["collections.ChainMap", true], ["types.SimpleNamespace", false], ["SimpleNamespace", false]]);
const NAMESPACE_COPY_AT = /(?:dict(?:\s*\.\s*(?:get|__getitem__|pop|setdefault))?|copy\s*\.\s*copy|types\s*\.\s*MappingProxyType|collections\s*\.\s*ChainMap|(?:types\s*\.\s*)?SimpleNamespace)\s*\(/y;
/** Does a namespace copy's call (NAMESPACE_COPY_AT) start at `at`, however much white space is before its `(`? */
const namespaceCopyAt = (source: string, at: number) => {
  NAMESPACE_COPY_AT.lastIndex = at;
  return NAMESPACE_COPY_AT.test(source);
};
/** How a carrier gives the elements of what it reads (CARRIERS). */
type Carrying = "paired" | "zipped" | "any" | "kept" | "flattened";
/**
 * Builtins that give back the values of the iterables they are given, calling none of them (Resolver.carried): each
 * element at its index (`list`, `tuple`, `iter`), at any index (an order the scan does not keep: `sorted`, `reversed`,
 * `set`, `frozenset`, what `filter` keeps), as the second of a pair (`enumerate`) or of a tuple of each iterable's (`zip`).
 */
const CARRIERS: ReadonlyMap<string, Carrying> = new Map([["enumerate", "paired"], ["zip", "zipped"], ["sorted", "any"], ["reversed", "any"], ["iter", "kept"], ["list", "kept"], ["tuple", "kept"], ["set", "any"], ["frozenset", "any"], ["filter", "any"]]);
/** itertools' and collections' functions carrying values on as CARRIERS do, by written name (`chain`'s iterables one after another, at any index). */
const LIBRARY_CARRIERS: ReadonlyMap<string, Carrying> = new Map([["itertools.chain", "any"], ["itertools.chain.from_iterable", "flattened"], ["itertools.islice", "any"], ["itertools.cycle", "any"], ["itertools.takewhile", "any"], ["itertools.dropwhile", "any"], ["itertools.filterfalse", "any"], ["itertools.zip_longest", "zipped"], ["collections.deque", "kept"]]);
const LIBRARY_CARRIER_NAMES: ReadonlySet<string> = new Set(LIBRARY_CARRIERS.keys());
/** Carriers given a function first that they call with each element and keep the element by its answer (`filter(None, xs)`: its truth). */
const PREDICATED = new Set(["filter", "itertools.takewhile", "itertools.dropwhile", "itertools.filterfalse"]);
const CARRIER_AT = new RegExp(`(?:${[...CARRIERS.keys()].join("|")}|next|min|max|(?:typing\\s*\\.\\s*)?cast|itertools(?:\\s*\\.\\s*\\w+)+|collections\\s*\\.\\s*deque)\\s*\\(`, "y");
/** Does a CARRIERS, `next` or `typing.cast` call start at `at` (its arguments' names decide whether it may resolve, as a namespace copy's do)? */
const carrierAt = (source: string, at: number) => {
  CARRIER_AT.lastIndex = at;
  return CARRIER_AT.test(source);
};
/** inspect's readers of an object's attributes: one by name, as getattr (`inspect.getattr_static(os, "system")`), or all of them as (name, value) pairs. */
const NAMESPACE_READERS = { getattr: new Set(["inspect.getattr_static"]), members: new Set(["inspect.getmembers", "inspect.getmembers_static"]) };
/** A mapping's methods reading an entry by key: of a module's namespace, the member (`vars(os).get("system")`, `getattr(vars(os), "get")("system")`). */
const ENTRY_READERS = new Set(["get", "__getitem__", "pop", "setdefault"]);
/** Functions reading a mapping's entry given the mapping and the key (`operator.getitem(m, k)`, dict's methods unbound: `dict.get(m, k)`). */
const UNBOUND_ENTRY_READERS = new Set(["operator.getitem", "dict.get", "dict.__getitem__", "dict.pop", "dict.setdefault"]);
/** A dict's methods returning the entry a key names (`{"r": subprocess.run}.pop("r")`, a sequence's `tools.__getitem__(0)`): read as a subscript is (Resolver.dictEntry). */
const DICT_READERS = new Set(["get", "pop", "setdefault", "__getitem__"]);

/**
 * Imports → bindings (only of watched modules), then local re-binding and shadowing, then calls. `state`
 * is what a re-analysis after an edit may reuse, with the file's string constants; none for a file with dynamic
 * imports (what they load may change with an edit anywhere) or one read through the project's symbol table.
 */
export function analyzePython(tree: Tree, source: string, language: Language, filter: ModuleFilter, withComments: boolean, timeLimitMs: number, project?: FileProject): Analysis & { state?: KeptAnalysis } {
  const deadline = new Deadline(timeLimitMs);
  const { scopes, comments, imports: importNodes, callees, definitions: captured, locals, args } = collectCaptures(queryOf(language, PYTHON_QUERY, withComments), tree.rootNode, timeLimitMs);
  const bindings = new Bindings(scopes, builtinPath, (node) => enclosing(node, DEFERRED) !== undefined);
  const imports: Analysis["imports"] = [];
  const binders = importNodes.map((node) => node.startIndex);
  const unwatched: UnwatchedImport[] | undefined = filter.readsModuleAttribute?.(source) ? [] : undefined;
  bindings.landing = outerDeclarations(tree.rootNode, bindings, source, locals, captured, importNodes);
  for (const node of importNodes) {
    importStatement(node, bindings, filter, imports, unwatched, project);
    hideImportedEvaluators(node, bindings, source);
  }
  for (const node of importNodes) classBodyImport(node, bindings, source);
  // After the watched imports: one of a name a watched import binds too (`try: import cPickle as pickle` … `except: import
  // pickle`), or named as a watched module (`from compat import importlib`), may be that module, and is left to it.
  const unwatchedNames = new Map<string, string>();
  for (const [scope, local, imported, site, name] of unwatched ?? []) {
    if (bindings.names.has(local) && !unwatchedNames.has(local)) continue;
    // A vendored copy of a watched module is that module (`from pip._vendor import requests`, `… import urllib3 as u3`).
    const copied = VENDORED.exec(imported)?.[1];
    const module = copied && filter.relevant(copied.split(".")[0]!) ? copied : imported;
    const path = name && module !== copied ? importedPath(imported.slice(0, -name.length - 1), name, site, filter) : pathOf(module, site);
    // A name of a watched module bound by another's import is left to it, unless the import's name is that module's (`from shutil import os`).
    const same = path.members.length === 1 && path.members[0]!.replace(/^_+/, "") === local;
    if ((filter.relevant(local) && module !== copied && !same) || (unwatchedNames.has(local) && unwatchedNames.get(local) !== module)) continue;
    bindings.bind(scope, local, path);
    unwatchedNames.set(local, module);
  }
  const dynamic = DYNAMIC_TEXT.test(source);
  const constants = new Constants();
  const stateOf = (calls: CallSite[], passed: CallSite[], parameters: ParameterFacts = NO_PARAMETERS): KeptAnalysis | undefined => (dynamic ? undefined : { bindings, binders, calls, passed, imports, comments: comments.map(commentText), withComments, parameters, constants });
  // `sys.modules["os"]` needs no watched import in the file (the state is kept).
  if (bindings.names.size === 0 && bindings.slotRoots.size === 0 && !dynamic && !LOADED_MODULE_TEXT.test(source) && !EVALUATOR_TEXT.test(source) && !source.includes(SUBCLASSES) && !GLOBALS_READ.test(source)) return { calls: [], imports, comments, exports: {}, state: stateOf([], []) };
  const importers = dynamic ? importerAliases(source) : NO_IMPORTERS;
  const definitions = innerFirst(captured);
  // Before any name is read: a name bound otherwise anywhere is no constant (Constants.poison).
  for (const [node] of locals) constants.poison(identifierAt(source, node.startIndex)!);
  for (const [nameNode, value, steps] of definitions) {
    const nameType = nameNode.type;
    if (nameType === "identifier") {
      if (steps || !stringConstant(source, value)) constants.poison(nameNode.text);
    } else if (nameType === "pattern_list" || nameType === "tuple_pattern" || nameType === "list_pattern") for (const name of identifiersIn(nameNode.text)) constants.poison(name);
  }
  const resolver = new Resolver(bindings, filter, source, constants, importers, deadline, unwatchedNames, project);
  let classNames: Set<string> | undefined;
  /** The names of the file's module-level classes (asked only of an attribute given a watched value). */
  const fileClasses = () => (classNames ??= new Set(locals.filter(([node, outer]) => outer && node.parent!.type === "class_definition" && bindings.scopeOf(node, node.parent!) === bindings.scopes.rootId).map(([node]) => identifierAt(source, node.startIndex)!)));
  const knownHere = knownIn(bindings, source);
  const known = importers.size ? (name: string | undefined) => knownHere(name) || importers.has(name!) : knownHere;
  /** `fresh`: only names bound since (the others were shadowed already). */
  const shadowLocals = (fresh?: Fresh) => {
    for (const [node, outer] of locals) {
      const name = identifierAt(source, node.startIndex)!;
      if (!shadows(bindings, name) || (fresh && !fresh.named(name))) continue;
      // A def/class name belongs to the scope around the definition, not to the definition itself.
      const definition = outer ? node.parent! : undefined;
      const scope = definition ? bindings.scopeOf(node, definition) : bindings.scopeOf(node);
      // A module-level `for sys in …` may stand before or after the code using the module's `sys`: only a function's own hides it.
      // (A module-level `def exec(…)` hides the builtin for the whole file, as a module-level `def find_spec(…)` hides importlib's.)
      if (scope === bindings.scopes.rootId && !bindings.names.has(name) && !BUILTIN_EVALUATORS.has(name) && !(definition && LOADER_NAMES.has(name))) continue;
      binders.push(node.startIndex);
      // A module's or class's `for exec in ():` may leave the builtin.
      const from = BUILTIN_EVALUATORS.has(name) && !bindings.names.has(name) ? hidesBuiltinFrom(node, source) : 0;
      if (from !== undefined) bindings.bind(scope, name, undefined, undefined, from || undefined);
      // `def run(cmd):` after `from subprocess import *` (a class with bases is decided with them, below).
      if (definition) bindings.shadowStar(scope, name, () => (!definition.childForFieldName("superclasses") && unconditional(definition) ? definition.endIndex : undefined));
    }
  };
  // Parameters and locals before re-bindings (`def f(sp): run = sp.run` is not subprocess), and again
  // after, for the names the re-bindings added (`run = sp.run` at the top, `def g(run)` below).
  shadowLocals();
  /** `mentioned`: the test of which definitions to read again, when not `fresh`'s (factories.ts has a cheaper one). */
  // Each value's end, read from the tree once for all the re-reads.
  const valueEnds: number[] = [];
  const bindDefinitions = (fresh?: Fresh, mentioned?: Mentioned) => {
    for (const [i, [nameNode, value, steps]] of definitions.entries()) {
      // A decorator stands before the name it binds: the definition is read from the first of them.
      const target = Math.min(nameNode.startIndex, value.startIndex);
      if (fresh || mentioned) {
        const end = (valueEnds[i] ??= value.endIndex);
        if (mentioned ? !mentioned(target, value.startIndex, end) : !mentions(source, target, value.startIndex, end, fresh!)) continue;
      }
      const { name, simple, classBases, decorator, mayResolve, container, assigned } = readDefinition(source, nameNode, value, known, steps);
      // Constants feed dynamic access (`name = "subprocess"` … `import_module(name)`) and keys (`RUNNERS[KIND]`).
      if (simple && !steps && stringConstant(source, value)) constants.add(name, value);
      const replacing = simple && replaces(bindings, name);
      if (!replacing && !mayResolve) continue;
      // A loop's or unpacking's target given no watched value (`for name in os.listdir(p)`, in a comprehension too) binds
      // nothing: it is no binder, so an edit around it stays the region's (region.ts), not the whole file's.
      const unpacked = steps ? resolver.assigned(assigned, steps) : undefined;
      if (steps && !unpacked && !replacing) continue;
      binders.push(nameNode.startIndex);
      // Parents, each a walk down from the root: asked only where used.
      let read: ReturnType<typeof statementOf> | undefined;
      const statement = () => (read ??= statementOf(nameNode, value)).statement;
      const site = () => (read ??= statementOf(nameNode, value)).site;
      // `d = {"run": subprocess.run}` in the module's scope (a function's `d` is its own), `self.tools = [subprocess.run]`: a slot per watched entry.
      // `tools += [os.system]` joins the list's elements after the ones it holds: at an index not known here, unless the
      // name's literal and joins before it in the module's statements fix it (joinedOffset: `l = [os.popen]; l += [os.system]`, `l[1]`).
      const joined = container && isJoined(source, nameNode);
      const offset = joined && bindings.scopeOf(nameNode) === bindings.scopes.rootId ? joinedOffset(source, nameNode, definitions) : undefined;
      const entries = container ? resolver.containerEntries(assigned).map(([key, path, pair]): ContainerEntries[number] => [joined && !pair ? (offset !== undefined && ARRAY_INDEX.test(key!) ? String(Number(key) + offset) : EVERY_INDEX) : key, path, pair]) : undefined;
      if (entries) {
        const topName = simple && bindings.scopeOf(nameNode) === bindings.scopes.rootId;
        const key = simple ? (topName ? name : undefined) : resolver.slotKey(nameNode);
        if (key) resolver.containerSlots(key, entries, site(), topName);
      }
      // A name or slot holding the literal has it as its value too, in a function as in the module (`o = {"run": …}` … `o["run"]`, `run(o)`, `run(self.tools)`).
      const path = classBases ? resolver.firstBase(value) : ((entries ? heldContainer(entries) : undefined) ?? (steps ? unpacked : resolver.assigned(assigned, steps)));
      if (simple) {
        const walrus = !classBases && !decorator && isWalrus(source, nameNode);
        const scope = classBases || decorator ? bindings.scopeOf(nameNode, statement()) : walrus ? walrusScope(nameNode, bindings) : bindings.scopeOf(nameNode);
        // `if False: exec = print` may leave the builtin (a watched value is bound however it comes). A walrus's local
        // out of its comprehension hides nothing there (the outer name may keep its watched value).
        const from = path || !BUILTIN_EVALUATORS.has(name) ? 0 : hidesBuiltinFrom(nameNode, source);
        if (from !== undefined && (path || !walrus || scope === bindings.scopeOf(nameNode))) bindings.bind(scope, name, path && through(path, site()), undefined, from || undefined);
        // `run = other` (or `class Popen(Base)`) after `from subprocess import *`, its value no watched one (a loop's is one of several).
        if (!path) bindings.shadowStar(scope, name, () => (unconditional(statement()) && statement().type !== "for_statement" ? statement().endIndex : undefined));
        // `t = TOOLS` of another file's container (`from tools import TOOLS`), in the module's scope: `t` holds its entries too.
        const offered = !path && !steps && scope === bindings.scopes.rootId && (assigned.type === "identifier" || assigned.type === "attribute") ? resolver.offeredEntry(assigned) : undefined;
        if (offered) bindings.bindSlot(`${name}.${ANY_ENTRY}`, through(offered, site()));
        // A class attribute (`ConnectionCls = HTTPConnection` in a class body) is what its methods reach as `self.X` and `cls.X`.
        // A property's value (`@property def run(self): return os.system`) is its instances' only.
        const owner = path && !classBases && !(read ??= statementOf(nameNode, value)).chained ? statement().parent?.parent?.parent : undefined;
        if (owner?.type === "class_definition") bindClassAttribute(bindings, owner, name, through(path!, site()), statement().type === "function_definition");
        // `class Client(requests.Session)` … `self.get(url)`: a member the file's slots lack is the library base's (Resolver.libraryBaseMember).
        if (classBases && path && !path.properties && !path.returns && path.module !== FILE_CLASS && path.module !== PROJECT_INSTANCE) for (const root of ["self", "cls"]) bindings.bindSlot(`${root}.${PROTO}`, LIBRARY_BASE_MEMBER);
      } else if (path) {
        const key = resolver.slotKey(nameNode);
        if (key) bindings.bindSlot(key, through(path, site()));
        // `TOOLS["sh"] = os.system` … `TOOLS[name](…)`, `TOOLS.values()`: a key read at run time may be this one, the first so stored
        // that reaches a crossing (not `OPTS["stdout"] = subprocess.PIPE` before it)
        // (as for a literal's, containerSlots; Resolver.anyEntry reads it for a container of the module's scope only).
        const stored = key && nameNode.type === "subscript" ? resolver.slotKey(nameNode.childForFieldName("value")!) : undefined;
        if (stored && resolver.filter.reachesCrossing(path) && !bindings.slotPath([...stored.split("."), ANY_ENTRY])) bindings.bindSlot(`${stored}.${ANY_ENTRY}`, through(path, site()));
        // `REG[cls.__name__] = os.system` (in `__init_subclass__`, a function, the module): stored under a key the file does
        // not fix, so every key of the container may read it (EVERY_KEY), and a key read at run time its first such value.
        // `fs[:] = [os.system]`, `fs[i:j] = …`: a slice assigned holds the elements of what it is given (the first watched one).
        const container = key ? undefined : resolver.computedEntryOwner(nameNode);
        const entry = nameNode.childForFieldName("subscript")?.type === "slice" ? (path.properties ? extend(path, ANY_ENTRY) : undefined) : path;
        if (container && entry && entry.module !== NOTHING) for (const slot of [EVERY_KEY, ANY_ENTRY]) bindings.bindSlot(`${container}.${slot}`, through(entry, site()));
        // `A.run = os.system` of a class of the file is a class attribute, as one set in its body is.
        const attribute = nameNode.type === "attribute" ? classAttribute(nameNode, fileClasses(), bindings) : undefined;
        if (attribute) {
          for (const owner of ["self", "cls"]) bindings.bindSlot(`${owner}.${attribute}`, through(path, site()));
          offerMember(bindings, nameNode.childForFieldName("object")!.text, attribute, through(path, site()), true);
        }
      }
    }
  };
  const firstPass = bindings.startFresh();
  bindDefinitions();
  // Values passed to the file's own functions, a fixed number of calls deep (parameters.ts).
  const parameters = pythonParameters({ source, bindings, captures: { callees, locals, definitions }, resolve: (node) => resolver.resolve(node), crosses: (path) => path.module === FILE_CLASS || path.module === PROJECT_INSTANCE || filter.reachesCrossing(path), known, binders, inPlace: LAMBDA });
  const rebind = (fresh: Fresh, mentioned?: Mentioned) => {
    shadowLocals(fresh);
    bindDefinitions(fresh, mentioned);
    shadowLocals(fresh);
  };
  rereadBoundLater(source, bindings, firstPass, definitions, rebind);
  followParameters(bindings, parameters.round, (fresh) => rebind(fresh));
  // Top-level functions returning a watched value (factories.ts): their calls are that value.
  const unfollowedMethods = bindFactories({ source, root: tree.rootNode, bindings, known, resolve: (node) => resolver.returnedValue(node), binders, rebind }, PY_FACTORIES);
  shadowLocals();
  // The file's classes, once its `self.X`/`cls.X` slots are known: `Runner().run`, `r = Runner()` … `r.run` reach them.
  if (instanceSlots(bindings)) {
    const fresh = bindings.startFresh();
    for (const [node, outer] of locals) {
      const definition = outer ? node.parent! : undefined;
      if (definition?.type !== "class_definition") continue;
      binders.push(node.startIndex);
      bindings.bind(bindings.scopeOf(node, definition), identifierAt(source, node.startIndex)!, through({ module: FILE_CLASS, members: [] }, { startIndex: definition.startIndex, endIndex: node.endIndex }));
    }
    rebind(fresh);
    // A class or an instance handed to a function of the file (`use(K())`, `obj = K(); use(obj)`): its parameter reaches the slots too.
    followParameters(bindings, parameters.round, (next) => rebind(next), fresh);
    // A function returning a class of the file or an instance of one (`def make(): return Runner` … `make()().run(cmd)`),
    // or a member reached through one (`return Runner.run`): a factory, known only now that its classes are bound.
    const reported = new Set(unfollowedMethods.map(({ value }) => value.startIndex));
    for (const method of bindFactories({ source, root: tree.rootNode, bindings, known, resolve: (node) => resolver.returnedValue(node), binders, rebind }, PY_FACTORIES)) if (!reported.has(method.value.startIndex)) unfollowedMethods.push(method);
  }
  const { calls, passed: handed } = callsOf(callees, args, resolver, known, source);
  const passed = [...handed, ...definedAnnotations(locals, resolver, source), ...storedOutside(definitions, resolver, known, source, importNodes), ...storedByName(definitions, callees, resolver, known, source), ...storedInModuleTable(callees, resolver, source, importNodes), ...enumMemberValues(definitions, resolver, known, source), ...specialNameValues(definitions, importNodes, resolver, known, source), ...implicitMethodReturns(source, tree.rootNode, known, resolver), ...unfollowedMethods.map(({ value, path, method }) => methodReturn(value, path, method, resolver, source))].sort((a, b) => a.start - b.start);
  return { calls: [...calls, ...passed], imports, comments, exports: bindings.exported(), state: stateOf(calls, passed, parameters.facts) };
}

/** `global run`, `nonlocal run` at a statement's start (the cheap test before the tree is walked for them). */
export const OUTER_DECLARATION_TEXT = /(?:^|[;:])[ \t]*(?:global|nonlocal)[ \t]+[\p{L}_]/mu;

/**
 * `def setup(): global run; run = os.system`, `nonlocal run` in a nested function: the function's bindings of the name
 * are the module's (or the enclosing function's), where the first watched value wins as for any binding (Bindings.landing):
 * after `setup()` the module's `run` may be either value. A `nonlocal` name is the nearest enclosing function's that binds
 * it (its parameters, assignments, imports, definitions), else the nearest's. Undefined for a file with neither statement.
 */
function outerDeclarations(root: Node, bindings: Bindings, source: string, locals: Captures["locals"], definitions: Captures["definitions"], importNodes: readonly Node[]): Bindings["landing"] {
  if (!OUTER_DECLARATION_TEXT.test(source)) return undefined;
  const declared = new Map<string, { global: boolean; at: number }>();
  for (const statement of root.descendantsOfType(["global_statement", "nonlocal_statement"])) {
    if (!statement) continue;
    const scope = bindings.scopeOf(statement);
    if (scope === bindings.scopes.rootId) continue;
    for (const name of namedChildrenOf(statement)) if (name.type === "identifier") declared.set(`${scope}\0${name.text}`, { global: statement.type === "global_statement", at: statement.startIndex });
  }
  if (declared.size === 0) return undefined;
  // The scopes binding each name a `nonlocal` names, asked once.
  let own: Set<string> | undefined;
  const binds = (scope: number, name: string) => {
    if (!own) {
      const names = new Set([...declared].filter(([, { global }]) => !global).map(([key]) => key.slice(key.indexOf("\0") + 1)));
      own = new Set();
      for (const [node, outer] of locals) {
        const local = identifierAt(source, node.startIndex)!;
        if (names.has(local)) own.add(`${outer ? bindings.scopeOf(node, node.parent!) : bindings.scopeOf(node)}\0${local}`);
      }
      for (const [nameNode] of definitions) if (nameNode.type === "identifier" && names.has(nameNode.text)) own.add(`${bindings.scopeOf(nameNode)}\0${nameNode.text}`);
      for (const node of importNodes) for (const local of importedModules([node]).keys()) if (names.has(local)) own.add(`${bindings.scopeOf(node)}\0${local}`);
    }
    return own.has(`${scope}\0${name}`);
  };
  const landed = new Map<string, number>();
  const land = (scope: number, name: string, depth: number): number | undefined => {
    const key = `${scope}\0${name}`;
    const declaration = declared.get(key);
    if (!declaration) return undefined;
    if (declaration.global) return bindings.scopes.rootId;
    let target = landed.get(key);
    if (target !== undefined) return target;
    const enclosing = [...bindings.scopes.chain(declaration.at)].slice(1, -1);
    const binding = enclosing.find((outer) => declared.has(`${outer}\0${name}`) || binds(outer, name)) ?? enclosing[0];
    target = binding === undefined ? scope : depth < MAX_RESOLVE_DEPTH ? (land(binding, name, depth + 1) ?? binding) : binding;
    landed.set(key, target);
    return target;
  };
  return (scope, name) => land(scope, name, 0);
}

/** After a name, `+=` or `|=` (white space aside): the name's container is joined another's entries (`tools += [os.system]`). */
const JOINED = /\s*[+|]=/y;
const isJoined = (source: string, name: Node) => {
  JOINED.lastIndex = name.endIndex;
  return JOINED.test(source);
};

/**
 * `l = [os.popen]` … `l += [os.system]` in the module's statements: how many elements `l` holds before the join, when the
 * text fixes it — the name assigned a list or tuple literal (no `*rest`), then joined only literals, each a statement of
 * the module itself (not under an `if`, loop or `try`), and between them named only to read an element (`l[0](…)`, not
 * `l.append(…)`, `f(l)`, `l[1:] = …`). Undefined otherwise (the join's elements are then at any index: EVERY_INDEX).
 */
function joinedOffset(source: string, join: Node, definitions: Captures["definitions"]): number | undefined {
  const moduleStatement = (name: Node) => {
    const statement = name.parent?.parent;
    return statement?.type === "expression_statement" && statement.parent?.type === "module" ? statement : undefined;
  };
  let end = moduleStatement(join)?.startIndex;
  if (end === undefined) return undefined;
  const earlier = definitions.filter(([name]) => name.type === "identifier" && name.text === join.text && name.startIndex < join.startIndex).sort(([a], [b]) => b.startIndex - a.startIndex);
  let offset = 0;
  for (const [name, value, steps] of earlier) {
    const statement = moduleStatement(name);
    if (steps || !statement || !onlyElementsRead(source.slice(statement.endIndex, end), name.text)) return undefined;
    if (value.type !== "list" && value.type !== "tuple") return undefined;
    const elements = namedChildrenOf(value).filter((element) => element.type !== "comment");
    if (elements.some(spreads)) return undefined;
    offset += elements.length;
    if (!isJoined(source, name)) return offset;
    end = statement.startIndex;
  }
  return undefined;
}

/** Is `name`, in `text`, only read by an element (`l[0]`, `l[0] = …`: no slice), never called on, handed over or rebound otherwise? */
function onlyElementsRead(text: string, name: string): boolean {
  if (!/^\w+$/.test(name)) return false;
  const element = /\s*\[[^\]:[]*\]/y;
  for (const match of text.matchAll(new RegExp(`(?<![\\w.])${name}\\b`, "g"))) {
    element.lastIndex = match.index + name.length;
    if (!element.test(text)) return false;
  }
  return true;
}

/** After a name, `:=` (white space aside): the name is a walrus's (`(run := os.system)`). */
const WALRUS = /\s*:=/y;
const isWalrus = (source: string, name: Node) => {
  WALRUS.lastIndex = name.endIndex;
  return WALRUS.test(source);
};

/**
 * The scope a walrus binds in (PEP 572): the function's, lambda's or class's whose body it is in, past any comprehension
 * (`[run := os.system for _ in [0]]` binds the module's `run`); in a default value, an annotation or a class's bases, the
 * scope around the definition (`def f(x=(run := os.system))`).
 */
function walrusScope(name: Node, bindings: Bindings): number {
  let child = name;
  for (let node = name.parent; node; child = node, node = node.parent) {
    if ((node.type === "function_definition" || node.type === "lambda" || node.type === "class_definition") && node.childForFieldName("body")?.id === child.id) return bindings.scopes.scopeAt(node.startIndex);
  }
  return bindings.scopes.rootId;
}

/**
 * `class Tools: import os`, `class Shell: from subprocess import getoutput`: an import in a class body binds a class
 * attribute, what `Tools.os`, `self.getoutput`, `type(self).getoutput` and another file's `Backend.sp` read.
 */
function classBodyImport(node: Node, bindings: Bindings, source: string): void {
  // A statement at a line's start is the module's, unless the line before ends with a backslash (`class K: \` joins it to the class's line).
  if (node.startPosition.column === 0 && !/\\\r?\n$/.test(source.slice(Math.max(0, node.startIndex - 3), node.startIndex))) return;
  // The class whose body holds it, under an `if` or `try` there too (a function's import is its own).
  let owner = node.parent;
  for (let level = 0; owner && level < MAX_RESOLVE_DEPTH && owner.type !== "class_definition"; level++) owner = DEFERRED.has(owner.type) || owner.type === "module" ? null : owner.parent;
  if (owner?.type !== "class_definition") return;
  const scope = bindings.scopeOf(node);
  for (const local of importedModules([node]).keys()) {
    if (!bindings.boundIn(scope, local)) continue;
    const path = bindings.lookup(local, node);
    if (path) bindClassAttribute(bindings, owner, local, path, false);
  }
}

/**
 * A class attribute (`ConnectionCls = HTTPConnection` in a class body, an import there) is what its methods reach as
 * `self.X` and `cls.X`, and a module-level class's offers other files; a property's value (`instanceOnly`) is its instances' only.
 */
function bindClassAttribute(bindings: Bindings, owner: Node, name: string, path: ModulePath, instanceOnly: boolean): void {
  for (const root of instanceOnly ? ["self"] : ["self", "cls"]) bindings.bindSlot(`${root}.${name}`, path);
  const offered = unconditional(owner) ? owner.childForFieldName("name")?.text : undefined;
  if (offered) offerMember(bindings, offered, name, path, instanceOnly);
}

/**
 * Definitions in the order they are read: by where their values end, so a definition inside another's value comes first
 * (`f = [x for x in [os.system]][0]` reads the comprehension's `x`, defined after `f` is captured); statements one after
 * another keep their order, as do a chain's links (`x = y = v`, which end together).
 */
function innerFirst(definitions: Captures["definitions"]): Captures["definitions"] {
  const ends = definitions.map(([, value], i) => [value.endIndex, i] as const);
  return ends.sort(([a, i], [b, j]) => a - b || i - j).map(([, i]) => definitions[i]!);
}

/** What a finding of a value a special method returns (its name), or of one stored in the builtins, says (ModulePath.unfollowed). */
const hookNote = (method: string) =>
  method === "__getattr__" || method === "__getattribute__"
    ? `It is returned by an attribute hook (\`${method}\`), so any attribute read of its object or module may be it`
    : `It is returned by the special method \`${method}\`, which Python calls itself (a subscript, \`with\`, a loop, an operator, a descriptor's read…), so that use of its object may be it`;
const BUILTINS_NOTE = "It is stored in the builtins, where any module (another file's too) reads it by a bare name";

/**
 * Special methods whose value Python throws away or checks for a type no function has (`__init__`, `__setitem__`,
 * `__str__`, `__len__`…): a watched function returned by one goes nowhere.
 */
const RESULT_UNUSED = ["init", "del", "set", "delete", "setitem", "delitem", "setattr", "delattr", "init_subclass", "set_name", "exit", "aexit", "str", "repr", "len", "length_hint", "bool", "hash", "format", "bytes", "index", "int", "float", "complex", "contains", "instancecheck", "subclasscheck", "sizeof", "fspath"];

/**
 * `def __getitem__(`, `def __getattr__(`, `def __enter__(`…: a special method (a module's PEP 562 hooks too) that Python
 * calls itself, whose value the code using its object gets; the name captured.
 */
export const IMPLICIT_METHOD_TEXT = new RegExp(`\\bdef[ \\t]+(__(?!(?:${RESULT_UNUSED.join("|")})__)[a-z_]+?__)[ \\t]*\\(`);
const IMPLICIT_METHODS = new RegExp(IMPLICIT_METHOD_TEXT.source, "g");
/** Is `name` a special method whose value the code using its object gets (IMPLICIT_METHOD_TEXT)? */
export const isImplicitMethod = (name: string) => IMPLICIT_METHOD_TEXT.test(`def ${name}(`);

/**
 * `def __getattr__(self, name): return getattr(os, name)` (a module's too: `mod.system(…)` after `import mod`),
 * `def __getitem__(self, k): return os.system`, a descriptor's `__get__`, a context manager's `__enter__`: what uses the
 * object (an attribute read, `R()["x"]`, `with C() as run`) may be the value returned, which nothing at the use shows.
 * Reported where it is returned, a module as any of its members. (An edit inside such a method, or defining one, is
 * analysed whole: python-edit.ts.)
 */
function implicitMethodReturns(source: string, root: Node, known: (name: string | undefined) => boolean, resolver: Resolver): CallSite[] {
  const out: CallSite[] = [];
  for (const hook of source.matchAll(IMPLICIT_METHODS)) {
    const fn = root.namedDescendantForIndex(hook.index, hook.index + 3);
    if (fn?.type !== "function_definition") continue;
    const note = hookNote(hook[1]!);
    for (const value of returnedValues(source, root, known, PY_FACTORIES, fn.startIndex, fn.endIndex)) {
      // A function nested in the hook returns to its own caller.
      if (enclosing(value, DEFERRED)?.id !== fn.id) continue;
      const path = resolver.returnedValue(value);
      if (!path || path.returns) continue;
      for (const held of path.properties ? heldValues(path) : [path]) out.push({ start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: { ...(held.members.length === 0 ? extend(held, ANY) : held), unfollowed: note }, form: "call" });
    }
  }
  return out;
}

/**
 * `builtins.zz = os.system`, `__builtins__["zz"] = …`, `vars(builtins)["zz"] = …`: a watched value stored in the builtins
 * is the bare name `zz` in every module (another file's too), which no import shows; stored in an object a function's
 * caller hands it (`def install(o): o.run = os.system`), it is that caller's, in this file or another; stored in an
 * imported module's attribute (`json.dumps = os.system`) or in `sys.modules`, every importer's. Reported where
 * it is stored, a module as any of its members. (A region with such an assignment is analysed whole: readDefinition's mayResolve.)
 */
function storedOutside(definitions: Captures["definitions"], resolver: Resolver, known: (name: string | undefined) => boolean, source: string, importNodes: readonly Node[]): CallSite[] {
  const out: CallSite[] = [];
  let modules: Map<string, string> | undefined;
  for (const [nameNode, value, steps] of definitions) {
    // `HOOKS += [os.system]`, `TOOLS |= {…}` of `from registry import HOOKS`: the list or dict is extended in place (the
    // operator after the name read first: a node's parent is a walk down from the root).
    const nameType = nameNode.type;
    const extended = (nameType === "attribute" || augmentedAfter(source, nameNode.startIndex)) && nameNode.parent?.type === "augmented_assignment" && nameNode.parent.childForFieldName("left")?.id === nameNode.id;
    if (nameType !== "attribute" && nameType !== "subscript" && !extended) continue;
    // The value first: a function's parameters are read (a walk up the tree) only for a value that may be watched.
    const { mayResolve, assigned } = readDefinition(source, nameNode, value, known, steps);
    if (!mayResolve) continue;
    const holder = nameType === "identifier" ? nameNode : nameNode.childForFieldName(nameType === "attribute" ? "object" : "value");
    const owner = nameType === "identifier" ? undefined : parameterOwner(holder);
    const first = identifierAt(source, nameNode.startIndex);
    // `json.dumps = …`, `sys.modules["x"] = …`: a name an import binds (any module, watched or not).
    const imported = first !== undefined && (modules ??= importedModules(importNodes)).has(first) ? modules.get(first)! : undefined;
    if (!owner && imported === undefined && !known(first)) continue;
    // `registry.TOOLS += […]` of `import registry`: the container the module holds.
    const container = imported !== undefined && nameType === "attribute" ? `${imported}${nameNode.text.replace(/\s+/g, "").slice(first!.length)}` : imported;
    const note = owner ? storedInParameterNote(oneLine(nameNode.text), holder!.text, owner) : extended ? (container?.includes(".") && !CAP_WORDS.test(container.slice(container.lastIndexOf(".") + 1)) ? extendedHolderNote(oneLine(nameNode.text), container) : undefined) : isBuiltins(resolver, holder) ? BUILTINS_NOTE : imported !== undefined ? importedHolderNote(nameNode, holder, imported, modules!) : undefined;
    if (!note) continue;
    const path = resolver.assigned(assigned, steps);
    if (!path || path.returns) continue;
    // A container stored there (`HOOKS[:] = [os.system]`, `HOOKS += [os.system]`): each watched value it holds.
    const stored = path.properties ? heldValues(path).filter((held) => held.members.length > 0 && resolver.filter.reachesCrossing(held)) : [path];
    for (const held of stored) out.push(storedSite(assigned, through(held, nameNode.parent ?? nameNode), note));
  }
  return out;
}

/** Does an augmented assignment's operator follow the name at `at` (`x += …`, `x |= …`; past spaces and a backslash's line joins)? */
function augmentedAfter(source: string, at: number): boolean {
  const name = identifierAt(source, at);
  if (name === undefined) return true;
  AUGMENTED_OPERATOR.lastIndex = at + name.length;
  return AUGMENTED_OPERATOR.test(source);
}
const AUGMENTED_OPERATOR = /(?:[ \t\f]|\\\r?\n|\\\r)*(?:\*\*|\/\/|<<|>>|[-+*/%&|^@])=/y;

/**
 * `globals()[name] = getattr(os, name)` (`vars()`, `locals()`), `setattr(m, name, getattr(os, name))`: a watched value
 * stored in the module's names, or in an object, under a name a string gives (the module's bare names, another file's
 * `from m import …`, an attribute read may find it), reported where stored. Copying constants by their names (`for n in
 * ["getcwd", "sep"]:`) stores nothing watched (Resolver.loopNames); `setattr` under a constant name is a value passed to it (callsOf).
 */
function storedByName(definitions: Captures["definitions"], callees: ReadonlyArray<readonly [Node, unknown]>, resolver: Resolver, known: (name: string | undefined) => boolean, source: string): CallSite[] {
  const out: CallSite[] = [];
  const stored = (value: Node, target: Node, site: Node, path: ModulePath | undefined) => {
    if (path && !path.returns && !path.properties && resolver.filter.reachesCrossing(path)) out.push(storedSite(value, through(path, site), storedByNameNote(oneLine(target.text))));
  };
  for (const [nameNode, value, steps] of definitions) {
    // A subscript's `[` stands between the target's start and its value's: the tree is asked only then.
    if (value.startIndex > nameNode.startIndex && !source.slice(nameNode.startIndex, value.startIndex).includes("[")) continue;
    const table = nameNode.type === "subscript" ? nameNode.childForFieldName("value") : null;
    const fn = table?.type === "call" ? table.childForFieldName("function") : null;
    if (!fn || !resolver.scopeDict(fn) || namedChildrenOf(table!.childForFieldName("arguments")).length > 0) continue;
    const { mayResolve, assigned } = readDefinition(source, nameNode, value, known, steps);
    if (mayResolve) stored(assigned, nameNode, nameNode.parent ?? nameNode, resolver.assigned(assigned, steps));
  }
  // `setattr(…)` calls (each callee's text is a copy out of the source: asked in a file naming setattr only).
  if (source.includes("setattr")) for (const [fn] of callees) {
    if (identifierAt(source, fn.startIndex) !== "setattr" || fn.text !== "setattr" || resolver.declared("setattr", fn)) continue;
    const call = fn.parent;
    const args = namedChildrenOf(call?.childForFieldName("arguments") ?? null);
    const value = args[2];
    if (!call || args.length !== 3 || !value || value.type === "keyword_argument" || resolver.constants.stringOf(args[1]) !== undefined) continue;
    if (known(identifierAt(source, value.startIndex)) || mayFallBack(source, value.startIndex, value.endIndex, known, PY_FALLBACK)) stored(value, call, call, resolver.resolve(value));
  }
  return out;
}

const storedByNameNote = (written: string) => `It is stored under a name a string gives (\`${written}\`), where the module's bare names, another file's import of it or an attribute read may find it`;

/** A class's bases naming an Enum (`enum.Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`…): the members' values are read by `.value`. */
const ENUM_BASES = /(?:Enum|Flag)\s*[,)]/;
const ENUM_NOTE = "It is an Enum member's value, which `.value` of the member (`Tool.SHELL.value`, `Tool[\"SHELL\"].value`, a loop over the class) reads";

/**
 * `class Tool(enum.Enum): SHELL = (os.system,)`: Enum turns each class-level value into a member, its value reached by
 * `Tool.SHELL.value` (or by name, or a loop over the class), which the scan does not follow: each watched value written in
 * a member's value is reported there (a module as any of its members).
 */
function enumMemberValues(definitions: Captures["definitions"], resolver: Resolver, known: (name: string | undefined) => boolean, source: string): CallSite[] {
  if (!/(?:Enum|Flag)\b/.test(source)) return [];
  const out: CallSite[] = [];
  for (const [nameNode, value, steps] of definitions) {
    if (nameNode.type !== "identifier" || steps) continue;
    const statement = nameNode.parent?.type === "assignment" ? nameNode.parent.parent : undefined;
    const cls = statement?.type === "expression_statement" && statement.parent?.type === "block" ? statement.parent.parent : undefined;
    if (cls?.type !== "class_definition" || !ENUM_BASES.test(cls.childForFieldName("superclasses")?.text ?? "")) continue;
    if (!readDefinition(source, nameNode, value, known).mayResolve) continue;
    // The value's outermost names and attribute chains, not a call's callee (its result is the value).
    const written = value.type === "identifier" || value.type === "attribute" ? [value] : value.descendantsOfType(["identifier", "attribute"]).filter((n): n is Node => !!n && n.parent?.type !== "attribute" && !(n.parent?.type === "call" && n.parent.childForFieldName("function")?.id === n.id) && !(n.parent?.type === "keyword_argument" && n.parent.childForFieldName("name")?.id === n.id));
    for (const node of written) {
      if (!known(identifierAt(source, node.startIndex))) continue;
      const path = resolver.resolve(node);
      if (!path || path.returns || path.properties) continue;
      out.push(storedSite(node, through(path, statement!), ENUM_NOTE));
    }
  }
  return out;
}

/** A special method's name (`__missing__`, `__class_getitem__`): a value stored under one is called by Python itself. */
const SPECIAL_NAME = /^__[A-Za-z0-9_]+__$/;
const specialNameNote = (name: string) => `It is stored under \`${name}\`, a special name Python calls itself (a subscript, \`format\`, \`isinstance\`, a subclass's keywords…), with arguments the use chooses`;

/**
 * `class T(dict): __missing__ = os.system` (then `T()["cmd"]`), `__class_getitem__ = os.system` (`T["cmd"]`),
 * `__init_subclass__` (`class J(T, command="cmd")`), `__format__`, a metaclass's `__instancecheck__`, a module's
 * `__getattr__`, `T.__missing__ = os.system`: Python calls what a special name holds itself, with no call written, a
 * built-in function given the use's arguments (not bound to the object). Each watched value written as the value of a
 * class's or module's special name, or of an attribute so named, is reported there (a module as any of its members).
 */
function specialNameValues(definitions: Captures["definitions"], importNodes: readonly Node[], resolver: Resolver, known: (name: string | undefined) => boolean, source: string): CallSite[] {
  if (!/\b__[A-Za-z0-9_]+__\b/.test(source)) return [];
  const out: CallSite[] = [];
  for (const [nameNode, value, steps] of definitions) {
    // The text first: a special name's `__` stands between the target's start and its value's (the tree is asked only then).
    if (value.startIndex > nameNode.startIndex && !source.slice(nameNode.startIndex, value.startIndex).includes("__")) continue;
    const nameType = nameNode.type;
    const name = nameType === "identifier" ? nameNode.text : nameType === "attribute" ? nameNode.childForFieldName("attribute")?.text : undefined;
    if (!name || !SPECIAL_NAME.test(name)) continue;
    // A bare name: bound in a class body or the module (a function's local names nothing Python calls), however bound:
    // an assignment, unpacking, a loop, a walrus, a `match` capture, a decorated `def`.
    if (nameType === "identifier" && !CLASS_OR_MODULE.has(scopeNodeOf(nameNode)?.type ?? "")) continue;
    // `__missing__ = lambda self, k: os.system`: Python calls the function there, and the use gets what it returns.
    if (value.type === "lambda" && !steps) {
      const body = isImplicitMethod(name) ? value.childForFieldName("body") : null;
      const returned = body && known(identifierAt(source, body.startIndex)) ? resolver.resolve(body) : undefined;
      if (returned && !returned.returns && !returned.properties && resolver.filter.reachesCrossing(returned)) out.push(storedSite(value, through(returned, nameNode.parent ?? nameNode), specialNameNote(name)));
      continue;
    }
    const { mayResolve, assigned, classBases } = readDefinition(source, nameNode, value, known, steps);
    if (!mayResolve || classBases) continue;
    const path = resolver.assigned(assigned, steps);
    if (!path || path.returns || path.properties || !resolver.filter.reachesCrossing(path)) continue;
    out.push(storedSite(assigned, through(path, nameNode.parent ?? nameNode), specialNameNote(name)));
  }
  // `class K: from os import system as __call__`: an import binds the name too.
  for (const node of importNodes) {
    const owner = scopeNodeOf(node);
    if (!CLASS_OR_MODULE.has(owner?.type ?? "")) continue;
    for (const alias of node.descendantsOfType("aliased_import")) {
      const bound = alias?.childForFieldName("alias");
      if (!bound || !SPECIAL_NAME.test(bound.text)) continue;
      // A class body's import is the class's attribute (`K.__call__`).
      const path = resolver.resolve(bound, owner!.type === "class_definition" ? `${owner!.childForFieldName("name")?.text}.${bound.text}` : bound.text);
      // A member imported is the path's module itself (`os.system`), not a module read as any member.
      if (path && !path.returns && !path.properties && resolver.filter.reachesCrossing(path)) out.push({ ...storedSite(alias!, path, specialNameNote(bound.text)), path: { ...path, unfollowed: specialNameNote(bound.text) } });
    }
  }
  return out;
}

const CLASS_OR_MODULE = new Set(["class_definition", "module"]);
const CLASS_DEFINITIONS = new Set(["class_definition"]);
/** Does a class's body define `name`: a method (decorated too), a nested class, an assignment of the name? */
function definesMember(cls: Node, name: string): boolean {
  return namedChildrenOf(cls.childForFieldName("body") ?? cls).some((child) => {
    const definition = child.type === "decorated_definition" ? child.childForFieldName("definition") : child;
    if (definition?.type === "function_definition" || definition?.type === "class_definition") return definition.childForFieldName("name")?.text === name;
    const assignment = child.type === "expression_statement" ? child.namedChild(0) : null;
    return assignment?.type === "assignment" && assignment.childForFieldName("left")?.text === name;
  });
}

/** The scope `name` binds in: a `def`'s or `class`'s own name in the one around it. */
function scopeNodeOf(name: Node): Node | null {
  let node = name.type === "identifier" ? name.parent : name;
  if ((node?.type === "function_definition" || node?.type === "class_definition") && node.childForFieldName("name")?.id === name.id) node = node.parent;
  while (node && !SCOPE_NODES.has(node.type)) node = node.parent;
  return node;
}

/** Each name an import binds (in any scope), with the dotted module or member it is (`import a.b` binds `a`; `from m import x as y`, `y` as `m.x`). */
function importedModules(importNodes: readonly Node[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const node of importNodes) {
    const from = node.childForFieldName("module_name");
    const module = from?.text.replace(/\s+/g, "");
    for (const child of node.namedChildren) {
      if (!child || (from && child.id === from.id) || (child.type !== "dotted_name" && child.type !== "aliased_import")) continue;
      const name = (child.type === "aliased_import" ? child.childForFieldName("name") : child)?.text.replace(/\s+/g, "");
      const alias = child.type === "aliased_import" ? child.childForFieldName("alias")?.text : undefined;
      if (!name) continue;
      const dotted = module ? `${module}.${name}` : alias ? name : name.split(".")[0]!;
      out.set(alias ?? (module ? name : name.split(".")[0]!), dotted);
    }
  }
  return out;
}

/** The table of loaded modules, what `import x` reads first. */
const MODULE_TABLE = "sys.modules";
/** Is `holder` (a node's text, spaces dropped) `sys.modules`, through the names the file's imports bind? */
const isModuleTable = (holder: string, modules: ReadonlyMap<string, string>) => {
  const dot = holder.lastIndexOf(".");
  return dot < 0 ? modules.get(holder) === MODULE_TABLE : holder.slice(dot + 1) === "modules" && modules.get(holder.slice(0, dot)) === "sys";
};

/**
 * The note of a watched value stored in an imported module (`json.dumps = os.system`: every module importing json reads it,
 * another file's too), in the table of loaded modules (`sys.modules["textfmt"] = os`: any `import textfmt` gets it), or in
 * a container an imported name holds (`TOOLS["sh"] = os.system` of `from registry import TOOLS`: the registry's code reads it).
 */
function importedHolderNote(target: Node, holder: Node | null, imported: string, modules: ReadonlyMap<string, string>): string | undefined {
  const written = oneLine(target.text);
  if (target.type === "subscript") {
    if (!holder) return undefined;
    if (isModuleTable(holder.text.replace(/\s+/g, ""), modules)) return moduleTableNote(written);
    // `TOOLS["sh"] = …` of `from registry import TOOLS`, `registry.tools["sh"] = …`: a container another module holds, whose code reads it
    // (not a class, by its CapWords name: `OrderedDict["k"] = …` stores nothing).
    if (CAP_WORDS.test(holder.text)) return undefined;
    const held = `${imported}${holder.text.replace(/\s+/g, "").slice(identifierAt(holder.text, 0)?.length ?? 0)}`;
    return `It is stored in \`${written}\`, an entry of \`${held}\`, a container the module ${imported.split(".")[0]} holds, which every module importing it reads (another file's too)`;
  }
  return `It is stored in \`${written}\`, an attribute of the module ${imported.split(".")[0]}, which every module importing it reads (another file's too)`;
}
const extendedHolderNote = (name: string, imported: string) => `It is added to \`${name}\`, a container the module ${imported.slice(0, imported.lastIndexOf("."))} holds${name === imported ? "" : ` (\`${imported}\`)`}, which every module importing it reads (another file's too)`;
/** A class's name as Python code writes it (`OrderedDict`, `Tools`; not a constant's, `TOOLS`). */
const CAP_WORDS = /^[A-Z][A-Z0-9_]*[a-z]\w*$/;
const moduleTableNote = (written: string) => `It is stored in \`${written}\`, the table of loaded modules, where an \`import\` of that name (another file's too) finds it`;

/** `sys.modules.update({"textfmt": os})`, `sys.modules.update(textfmt=os)`, `sys.modules.setdefault("textfmt", os)`: each watched value stored in the table of loaded modules, reported where stored. */
function storedInModuleTable(callees: Captures["callees"], resolver: Resolver, source: string, importNodes: readonly Node[]): CallSite[] {
  if (!/\bmodules\s*\.\s*(?:update|setdefault|__setitem__)\b/.test(source)) return [];
  const modules = importedModules(importNodes);
  const out: CallSite[] = [];
  for (const [callee] of callees) {
    if (callee.type !== "attribute" || !/^(?:update|setdefault|__setitem__)$/.test(callee.childForFieldName("attribute")?.text ?? "")) continue;
    const table = callee.childForFieldName("object");
    if (!table || !isModuleTable(table.text.replace(/\s+/g, ""), modules)) continue;
    const values: Node[] = [];
    for (const arg of callee.parent?.childForFieldName("arguments")?.namedChildren ?? []) {
      if (!arg) continue;
      if (arg.type === "keyword_argument") values.push(arg.childForFieldName("value")!);
      else if (arg.type === "dictionary") {
        for (const pair of arg.namedChildren) if (pair?.type === "pair") values.push(pair.childForFieldName("value")!);
      } else values.push(arg);
    }
    for (const value of values) {
      const path = value ? resolver.resolve(value) : undefined;
      if (!path || path.returns || path.properties) continue;
      out.push(storedSite(value, through(path, callee.parent!), moduleTableNote(oneLine(callee.parent!.text))));
    }
  }
  return out;
}

/**
 * `def install(o): o.run = os.system`, `d["run"] = …`: the function whose parameter `holder` is (its name), the object
 * its caller hands it; not a method's `self` or `cls` (its instance's slots are followed: FILE_CLASS), nor `*args`/`**kwargs`.
 */
function parameterOwner(holder: Node | null | undefined): string | undefined {
  if (holder?.type !== "identifier") return undefined;
  // The closest function with a parameter of that name: a function nested in `install` sees `install`'s `o`.
  for (let fn = enclosing(holder, DEFERRED); fn; fn = enclosing(fn, DEFERRED)) {
    const parameters = fn.childForFieldName("parameters")?.namedChildren ?? [];
    const index = parameters.findIndex((p) => (p?.type === "identifier" ? p : p?.type === "default_parameter" || p?.type === "typed_default_parameter" ? p.childForFieldName("name") : p?.type === "typed_parameter" ? p.namedChild(0) : undefined)?.text === holder.text);
    if (index < 0) continue;
    const decorated = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
    const method = (decorated ?? fn).parent?.type === "block" && (decorated ?? fn).parent?.parent?.type === "class_definition";
    if (method && index === 0 && !decorated?.namedChildren.some((d) => d?.type === "decorator" && /^@\s*staticmethod\b/.test(d.text))) return undefined;
    return fn.type === "lambda" ? "lambda" : (fn.childForFieldName("name")?.text ?? "");
  }
  return undefined;
}

/** Is `holder` the builtins module or its namespace (`builtins`, `__builtins__`, `vars(builtins)`, `builtins.__dict__`)? */
function isBuiltins(resolver: Resolver, holder: Node | null | undefined): boolean {
  const target = holder ? resolver.resolve(holder) : undefined;
  return target?.module === "builtins" && !target.returns && !target.properties && (target.members.length === 0 || (target.members.length === 1 && target.members[0] === NAMESPACE));
}

/** A watched value stored where the scan does not follow its reads (`note` says where), reported at `value` (a module as any of its members). */
const storedSite = (value: Node, path: ModulePath, note: string): CallSite => ({ start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: { ...(path.members.length === 0 ? extend(path, ANY) : path), unfollowed: note }, form: "call" });

/** Does a local of this name hide something (a watched name, a container read by computed keys, `getattr`/`sys`/`vars`/`reduce`… of dynamic access: `def f(sys):`, or a builtin carrying values on: `def f(enumerate):`)? */
export const shadows = (bindings: Bindings, name: string) => replaces(bindings, name) || DYNAMIC.has(name) || REDUCERS.has(name) || CARRIERS.has(name);

/** Does a definition of this name replace something where it lands: a watched name, or a container read by computed keys (`def f(): RUNNERS = load()`)? */
export const replaces = (bindings: Bindings, name: string) => bindings.names.has(name) || bindings.slotPath([name, ANY_ENTRY]) !== undefined || BUILTIN_EVALUATORS.has(name);

/**
 * Definitions a library evaluates the string annotations of as they are made (specs.ts Evaluator.defines): a class built
 * on a model (`class M(BaseModel)`, `@pydantic.dataclasses.dataclass`), a FastAPI endpoint (`@app.get("/")`); judged at
 * the base or decorator.
 */
function definedAnnotations(locals: Captures["locals"], resolver: Resolver, source: string): CallSite[] {
  const sites: CallSite[] = [];
  for (const [node, outer] of locals) {
    const definition = outer ? node.parent : undefined;
    if (definition?.type !== "class_definition" && definition?.type !== "function_definition") continue;
    const decorators = definition.parent?.type === "decorated_definition" ? namedChildrenOf(definition.parent).filter((d) => d.type === "decorator").map((d) => d.namedChild(0)) : [];
    // A decorator called (`@app.get("/")`) is judged at the whole call: its callee is a call site of its own.
    const candidates: Array<[Node | null | undefined, "base" | "decorator", Node | null | undefined]> = [
      ...namedChildrenOf(definition.childForFieldName("superclasses")).map((base): [Node, "base", Node] => [base, "base", base]),
      ...decorators.map((d): [Node | null | undefined, "decorator", Node | null | undefined] => [d?.type === "call" ? d.childForFieldName("function") : d, "decorator", d]),
    ];
    for (const [at, kind, site] of candidates) {
      if (!at || !site || (at.type !== "identifier" && at.type !== "attribute")) continue;
      const path = resolver.resolve(at);
      if (!path || resolver.filter.evaluator(path, "call")?.defines !== kind) continue;
      const code = definedAnnotationsCode(definition, resolver.constants, source);
      if (code) sites.push({ start: site.startIndex, end: site.endIndex, callee: oneLine(at.text), path, form: "call", code });
      sites.push(...importingFields(definition, resolver));
      break;
    }
  }
  return sites;
}

/**
 * The annotations of a model's fields (a class's own annotated assignments; a decorated function's parameters) naming a
 * pydantic type that imports what the data names (IMPORTING_FIELD_TYPES: `handler: ImportString`, `ImportString[Callable]`,
 * `Annotated[Callable, ImportString]`, `pydantic.ImportString`, v1's `PyObject`): each reported where written (IMPORTING_FIELD).
 */
function importingFields(definition: Node, resolver: Resolver): CallSite[] {
  const annotations: Node[] = [];
  if (definition.type === "class_definition") {
    for (const statement of namedChildrenOf(definition.childForFieldName("body"))) {
      const assignment = statement.type === "expression_statement" ? statement.namedChild(0) : null;
      const type = assignment?.type === "assignment" ? assignment.childForFieldName("type") : null;
      if (type) annotations.push(type);
    }
  } else {
    for (const parameter of namedChildrenOf(definition.childForFieldName("parameters"))) {
      const type = parameter.type === "typed_parameter" || parameter.type === "typed_default_parameter" ? parameter.childForFieldName("type") : null;
      if (type) annotations.push(type);
    }
  }
  const sites: CallSite[] = [];
  for (const annotation of annotations) {
    const names: Node[] = [];
    const visit = (node: Node, depth: number) => {
      if (node.type === "identifier" || node.type === "attribute") return void names.push(node);
      if (depth < MAX_RESOLVE_DEPTH) for (const child of namedChildrenOf(node)) visit(child, depth + 1);
    };
    visit(annotation, 0);
    for (const name of names) {
      const path = resolver.resolve(name);
      if (!path || path.returns || path.properties || !IMPORTING_FIELD_TYPES.has([path.module, ...path.members].join("."))) continue;
      sites.push({ start: annotation.startIndex, end: annotation.endIndex, callee: oneLine(annotation.text), path, form: "call", unread: IMPORTING_FIELD });
      break;
    }
  }
  return sites;
}

/** The builtins that run code from a string (`exec`, `eval`, `compile`: specs.ts EVALUATORS), bare names unless the file binds them. */
const BUILTIN_EVALUATORS = new Set(evaluatorsOf("python", "builtins"));
/** `__builtins__`: the builtins module where a program runs, its dict in a module it imports. */
const BUILTINS_NAME = "__builtins__";
/** A bare evaluator, and `__builtins__` (the builtins module, or its dict: `__builtins__.exec`). */
/** The builtins module itself (`__builtins__`, `import builtins`), read by key where code holds its dict in its place. */
const isBuiltinsModule = (path: ModulePath) => path.module === "builtins" && path.members.length === 0 && !path.returns && !path.properties;
const builtinPath = (name: string): ModulePath | undefined => (BUILTIN_EVALUATORS.has(name) ? { module: "builtins", members: [name] } : name === BUILTINS_NAME ? { module: "builtins", members: [] } : undefined);
/** The cheap test for a bare builtin evaluator in a file with no watched import. */
const EVALUATOR_TEXT = new RegExp(`(?<![\\w.])(?:${[...BUILTIN_EVALUATORS].join("|")}|__builtins__)\\b`);

/** The scopes where a binding makes a name local, a read before it failing (comprehensions too). */
const LOCAL_SCOPES = new Set(["function_definition", "lambda", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);
/** The scopes a Python name binds in: those, a class and the module. */
const SCOPE_NODES = new Set([...LOCAL_SCOPES, "class_definition", "module"]);
/** What stands between a binding's name and a module's or class's statement list in a binding that surely happens (`exec = run`, `def exec`, `import x as exec`). */
const SURE_BINDING_PARTS = new Set(["pattern_list", "tuple_pattern", "list_pattern", "assignment", "expression_statement", "function_definition", "class_definition", "decorated_definition", "aliased_import", "dotted_name", "import_statement", "import_from_statement"]);
/**
 * `del exec`, `global exec`, `globals()["exec"] = …`, `vars()`, `delattr`/`setattr` of a module, `__dict__` on a line naming a
 * builtin evaluator: the file may remove or rebind the name where no statement shows it, so no binding of it hides the builtin.
 */
export const UNSETTLED_EVALUATOR_TEXT = new RegExp(`(?:\\b(?:del|global)\\b|\\b(?:globals|vars|delattr|setattr)\\s*\\(|__dict__)[^\\n]*\\b(?:${[...BUILTIN_EVALUATORS].join("|")})\\b`);

let lastUnsettled: [source: string, unsettled: boolean] | undefined;
/** UNSETTLED_EVALUATOR_TEXT's answer for a file, read once per file. */
const unsettled = (source: string) => (lastUnsettled?.[0] === source ? lastUnsettled[1] : (lastUnsettled = [source, UNSETTLED_EVALUATOR_TEXT.test(source)])[1]);

/**
 * From where a binding of a builtin evaluator's name (`name`, the node naming it) hides the builtin: in a function (or
 * comprehension) everywhere, as a read before it raises; at a module's or class's level, where a name is looked up when read
 * (its globals, then the builtins), only after an unconditional statement binding it (not in an `if`, loop, `try`, `with`,
 * `match`, nor a walrus); undefined where it may not (`if False: exec = print`, `for exec in ():`, `del exec`: test/scan/python-forms).
 */
function hidesBuiltinFrom(name: Node, source: string): number | undefined {
  if (unsettled(source)) return undefined;
  let sure = true;
  let statement: Node = name;
  for (let n: Node | null = name; n?.parent; n = n.parent) {
    const parent: Node = n.parent;
    // A def's or class's own name is bound where the definition stands.
    const own = (parent.type === "function_definition" || parent.type === "class_definition") && parent.childForFieldName("name")?.id === n.id;
    if (LOCAL_SCOPES.has(parent.type) && !own) return 0;
    if (parent.type === "module" || (parent.type === "block" && parent.parent?.type === "class_definition")) return sure ? statement.endIndex : undefined;
    if (!SURE_BINDING_PARTS.has(parent.type)) sure = false;
    statement = parent;
  }
  return undefined;
}


/** Does the file have slots an instance of its classes reaches (`self.run = …`, a class attribute)? Then its classes are bound (FILE_CLASS). */
export const instanceSlots = (bindings: Bindings) => bindings.slotRoots.has("self") || bindings.slotRoots.has("cls");

/** Could a chain starting with this name resolve (a binding, a slot, or a dynamic access)? */
export const knownIn = (bindings: Bindings, source: string) => {
  const unboundReads = UNBOUND_READ_TEXT.test(source);
  // `mods = sys.modules` at the module's top: `mods["os"]` may read a loaded module (Resolver.holdsLoadedModules).
  const aliases = writtenAliases(source);
  const held = source.includes("modules") ? [...source.matchAll(LOADED_MODULES_HELD)] : [];
  const tables = held.length ? moduleTableTexts(aliases) : undefined;
  const namedByText = new Set(held.filter((m) => tables!.has(`${m[2]}.modules`)).map((m) => m[1]!));
  // `import pkgutil as pk`: `pk.resolve_name(…)` is read as `pkgutil.resolve_name(…)` (Resolver.writtenName).
  for (const alias of aliases.keys()) namedByText.add(alias);
  // `s.loader.load_module("os")` of any object: a loader by a name (LOAD_MODULE), whatever the chain starts at.
  if (source.includes("load_module")) for (const loader of source.matchAll(LOADER_CHAINS)) namedByText.add(loader[1]!);
  // `f.__globals__["os"]`, `sys._getframe().f_globals["os"]`: a module's globals read through any object.
  if (GLOBALS_READ.test(source)) for (const chain of source.matchAll(GLOBALS_CHAINS)) namedByText.add(chain[1]!);
  // `print.__self__`: a builtin function's is the builtins module (Resolver.resolve).
  if (source.includes(SELF)) for (const [, name] of source.matchAll(BUILTIN_SELF)) if (PY_BUILTIN_FUNCTIONS.has(name!)) namedByText.add(name!);
  // `r(getattr, …)` of `from functools import reduce as r`, `reduce(ga, …)` of `ga = getattr`: a reduce of getattr.
  const reduced = REDUCED_TEXT.test(source) || [...aliases.values()].some((name) => REDUCERS.has(name) || name === "builtins.getattr" || name === "getattr");
  // A file with class attributes reaches them through `type(self).X` too (its slots are bound after this is made).
  return (name: string | undefined) => name !== undefined && (bindings.known(name) || DYNAMIC.has(name) || ((unboundReads || bindings.slotRoots.has("cls")) && CLASS_OF.has(name)) || (bindings.slotRoots.has("cls") && name === SUPER && !bindings.names.has(SUPER)) || (reduced && REDUCERS.has(name)) || namedByText.has(name));
};
/** A name's `__self__` (`print.__self__`), the name captured. */
const BUILTIN_SELF = /(?<![\w.])([a-z_]\w*)[ \t]*\.[ \t]*__self__\b/g;
/** A chain calling `load_module` (calls and subscripts on the way, not nested), its root captured. */
const LOADER_CHAINS = /\b([A-Za-z_]\w*)(?:\([^()]*\)|\[[^[\]]*\]|\s*\.\s*\w+)*?\s*\.\s*load_module\b/g;
/** A chain reading a module's globals through an object (globalsAttribute), its root captured: the root is known wherever the file reads one. */
/** Text reading a module's globals through an object (GLOBALS_CHAINS): a watched module's name there is that module, with no import binding it. */
export const GLOBALS_READ = /\.\s*(?:__globals__|f_globals)\b/;
const GLOBALS_CHAINS = /\b([A-Za-z_]\w*)(?:\([^()]*\)|\[[^[\]]*\]|\s*\.\s*\w+)*?\s*\.\s*(?:__globals__|f_globals)\b/g;
/** A name assigned `sys.modules` (or a copy of it; `sys` by another name too: moduleTableTexts) at the module's top, read from the text. */
const LOADED_MODULES_HELD = /^([A-Za-z_]\w*)[ \t]*=[ \t]*(?:(?:dict|copy[ \t]*\.[ \t]*copy)[ \t]*\([ \t]*)?([A-Za-z_]\w*)[ \t]*\.[ \t]*modules\b/gm;

/**
 * `functools.reduce(getattr, ["system"], os)`, `reduce(getattr, [os, "system"])`: getattr applied along the names; and
 * `functools.partial(getattr, os)`. Their names are followed only in a file that hands `getattr` to a `reduce` or a
 * `partial` (functools' other functions are common, and each
 * name followed costs; `functools` in PY_DYNAMIC_NAMES would hide what `functools.partial` is handed).
 */
const REDUCERS = new Set(["functools", "reduce", "partial"]);
const REDUCED_TEXT = /\b(?:reduce|partial)\s*\(\s*(?:(?:builtins|__builtins__)\s*\.\s*)?getattr\b/;
/** `functools.partial(getattr, os)`: getattr with its object given (Resolver.ofCall). */
const PARTIALS = new Set(["functools.partial", "partial"]);
/** `typing.cast(T, x)`, which returns x (bare: `from typing import cast`). */
const CASTS = new Set(["typing.cast"]);

/**
 * An assignment or class statement as the resolver reads it: is the target a plain name, and could the value resolve?
 * `steps`: the target is unpacked from the value (analysis.ts unpacked).
 */
export function readDefinition(source: string, nameNode: Node, value: Node, known: (name: string | undefined) => boolean, steps?: UnpackStep[]) {
  // A target that does not start with a name (`(a).b = …`, `[x][0] = …`) is a slot, or nothing the resolver follows.
  const name = identifierAt(source, nameNode.startIndex) ?? "";
  SLOT_TARGET.lastIndex = nameNode.startIndex + name.length;
  // `f()[k] = …`, `f().x = …` store into what a call gives: no name either.
  const nameType = name !== "" ? nameNode.type : undefined;
  const simple = name !== "" && nameType !== "subscript" && nameType !== "attribute" && !SLOT_TARGET.test(source);
  // `x = y = subprocess.run`: the value is the last assignment's, whatever `y` held before (`assigned`, what is resolved).
  CHAINED.lastIndex = LONG_SUBSCRIPT.lastIndex = value.startIndex + (identifierAt(source, value.startIndex)?.length ?? 0);
  const assigned = CHAINED.test(source) || (LONG_SUBSCRIPT.test(source) && value.type === "assignment") ? lastAssigned(value) : value;
  // Read once: a node's type is a call into the parser's WebAssembly.
  const assignedType = assigned.type;
  // `@deco def run`: the decorator's expression (`@` and any space before it are no name).
  const decorator = assignedType === "decorator";
  // The name is bound in the scope around its definition (not the definition's own), as a class's by its bases.
  const classBases = assignedType === "argument_list";
  // A literal dict, list or tuple naming a name that may resolve (Resolver.containerSlots), short enough to be code, not data.
  const container = !steps && CONTAINER_OPENS.has(source[assigned.startIndex]!) && CONTAINERS.has(assignedType) && watchedLiteral(source, assigned, known);
  // A name a `match` pattern captures: its subject decides.
  const subjects = MATCH_CAPTURES.has(assignedType) ? (matchedAt(assigned)?.subjects ?? []) : undefined;
  const mayResolve = container || (subjects ? subjects.some((subject) => mayResolveValue(source, subject, known)) : mayResolveValue(source, decorator ? (namedChildrenOf(assigned)[0] ?? assigned) : assigned, known, classBases || assignedType === "expression_list"));
  return { name, simple, classBases, decorator, mayResolve, container, assigned };
}

/** Could a value resolve (readDefinition): does it start with a name that may, or do the names in it decide (`namesDecide`) and one may? */
function mayResolveValue(source: string, value: Node, known: (name: string | undefined) => boolean, namesDecide = false): boolean {
  if (CONTAINER_OPENS.has(source[value.startIndex]!) && CONTAINERS.has(value.type) && watchedLiteral(source, value, known)) return true;
  // Class bases may be listed one a line (`class APIClient(\n    requests.Session,`): their names, not the first line, decide,
  // as they do of a tuple written without parentheses (`a, *rest = 1, os.system`). A namespace copied (`dict(vars(subprocess))`)
  // or an entry of a container written in place (`{"r": subprocess.run}["r"]`) is decided by the names in it too.
  if (namesDecide || CONTAINER_OPENS.has(source[value.startIndex]!) || namespaceCopyAt(source, value.startIndex) || carrierAt(source, value.startIndex)) return value.endIndex - value.startIndex > MAX_DECIDING_TEXT || identifiersIn(source.slice(value.startIndex, value.endIndex)).some(known);
  return known(identifierAt(source, value.startIndex)) || mayFallBack(source, value.startIndex, value.endIndex, known, PY_FALLBACK);
}

/** The pattern nodes a `match` captures a name with (analysis.ts captured): a capture, a star, an `as` pattern. */
const MATCH_CAPTURES = new Set(["dotted_name", "splat_pattern", "as_pattern"]);
/** Classes whose class pattern's positional pattern captures the subject itself (`case str(s):`), as Python defines them. */
const SELF_MATCHING = new Set(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]);

/**
 * What a `match` pattern captures (`capture`, MATCH_CAPTURES): the subjects (several: `match a, b:`, a tuple of them),
 * and the keys read from the subject down to the capture, outermost first — a mapping pattern's key (`{"r": f}`), a
 * sequence pattern's index (`[_, f]`), a class pattern's keyword (`object(system=f)`); undefined where a key is not
 * fixed (after a star, a key not a literal, a positional pattern of a class not SELF_MATCHING): the first watched
 * value (of a module: any member). A star captures the rest (a list or dict of the same values): no key.
 */
function matchedAt(capture: Node): { subjects: Node[]; keys: Array<string | undefined> } | undefined {
  const keys: Array<string | undefined> = [];
  let node = capture;
  // Past MAX_RESOLVE_DEPTH levels the keys are not read: the capture is any value of the subject (fail closed).
  for (let level = 0; ; level++) {
    const parent = node.parent;
    if (!parent) return undefined;
    if (level > MAX_RESOLVE_DEPTH && parent.type !== "case_clause") {
      node = parent;
      continue;
    }
    switch (parent.type) {
      case "case_clause": {
        const match = parent.parent?.parent;
        return match?.type === "match_statement" ? { subjects: match.childrenForFieldName("subject").filter((subject): subject is Node => subject !== null && !isComment(subject)), keys: level > MAX_RESOLVE_DEPTH ? [undefined] : keys.reverse() } : undefined;
      }
      case "keyword_pattern":
        if (node.type !== "splat_pattern") keys.push(namedChildrenOf(parent)[0]?.text);
        break;
      case "class_pattern": {
        const parts = namedChildrenOf(parent);
        // A keyword's pattern pushed its key; a positional one reads the subject or an attribute __match_args__ names.
        if (node.type === "case_pattern" && node.namedChild(0)?.type !== "keyword_pattern" && !SELF_MATCHING.has(parts[0]?.text ?? "")) keys.push(undefined);
        break;
      }
      case "dict_pattern":
        if (node.type !== "splat_pattern") keys.push(patternKey(node.previousNamedSibling));
        break;
      case "list_pattern":
      case "tuple_pattern": {
        const parts = namedChildrenOf(parent);
        // `(f)` groups; `(f,)` is a sequence.
        if (parent.type === "tuple_pattern" && parts.length === 1 && !/,\s*\)$/.test(parent.text)) break;
        if (node.type === "splat_pattern" || node.namedChild(0)?.type === "splat_pattern") break;
        const index = parts.findIndex((part) => part.id === node.id);
        keys.push(parts.slice(0, index).some((part) => part.namedChild(0)?.type === "splat_pattern" || part.type === "splat_pattern") ? undefined : String(index));
        break;
      }
      // case_pattern, as_pattern, union_pattern: the same value.
    }
    node = parent;
  }
}

/**
 * A number, `True` or `False` written as a key, as the key it is: an int's value in any spelling (`0x1`, `0b1`, `1_0`),
 * a bool the int it equals (`l[True]` is `l[1]`, `{1: f}[True]` is `f`), a float holding an int that int (`{1: f}[1.0]`).
 */
function numberKey(key: Node | null | undefined): string | undefined {
  if (key?.type === "true" || key?.type === "false") return key.type === "true" ? "1" : "0";
  if (key?.type !== "integer" && key?.type !== "float") return undefined;
  const value = Number(key.text.replace(/_/g, ""));
  return Number.isSafeInteger(value) ? String(value) : undefined;
}

/** A mapping pattern's key as the dict's key: a string or a number written out, else undefined (not fixed). */
function patternKey(key: Node | null): string | undefined {
  const number = numberKey(key);
  if (number !== undefined) return number;
  return key?.type === "string" && !key.namedChildren.some((part) => part?.type === "interpolation") ? stringValue(key) : undefined;
}

/**
 * What `x = y = v` gives `x`: `v`, found by walking down the assignments (never through their text, which each link of a
 * chain of thousands would copy). Every link of a chain ends where it does: the last chain walked is kept (lastChain),
 * its answer and its links' statements (statementOf: each asked of the tree would walk down from the root), so a chain
 * of thousands costs one walk.
 */
function lastAssigned(value: Node): Node {
  if (lastChain?.tree === value.tree && lastChain.end === value.endIndex && lastChain.value.startIndex >= value.startIndex) return lastChain.value;
  const links = new Map<number, Node>();
  let node = value;
  for (let right: Node | null; node.type === "assignment" && (right = node.childForFieldName("right")); node = right) links.set(node.startIndex, node);
  lastChain = { tree: value.tree, end: value.endIndex, value: node, links };
  return node;
}
let lastChain: { tree: object; end: number; value: Node; links: Map<number, Node> } | undefined;

/** After a value's first name: `=` (not `==`), also after `.b` or `[k]` (`self.r = self.q = …`), makes the value another assignment. */
const CHAINED = /(?:[ \t]*\.[ \t]*\w+|\[[^\]\n]{0,200}\])*[ \t]*=(?!=)/y;
/** A subscript longer than CHAINED reads: the tree decides (padding must not hide `a = o[⟨spaces⟩k] = subprocess.run`). */
const LONG_SUBSCRIPT = /(?:[ \t]*\.[ \t]*\w+|\[[^\]\n]{0,200}\])*\[[^\]\n]{201}/y;

/** Keys written as literals (under a unary `-` too): constants, which name their slot or nothing (Resolver.anyEntry). */
const LITERAL_KEYS = new Set(["integer", "float", "true", "false", "none"]);

/** Containers written as literals (python-parameters.ts CONTAINER_OPENS: the characters they open with, the cheap test before the node's type). */
const CONTAINERS = new Set(["dictionary", "list", "tuple"]);

/** Pattern nodes an unpacked target stands in (analysis.ts `unpacked`), at any depth: its statement is the first node above them. */
const PATTERNS = new Set(["pattern_list", "tuple_pattern", "list_pattern", "list_splat_pattern"]);

/**
 * The statement a definition's target belongs to (the assignment, also of `x, y = …`; the class; the loop of `for fn in
 * (…)`), and the range a resolution step shows: the statement, or a loop's `for fn in (…)` without its body.
 */
function statementOf(target: Node, value: Node): { statement: Node; site: { startIndex: number; endIndex: number }; chained?: true } {
  // An inner link of a chain (`y` of `x = y = v`): its assignment, kept by lastAssigned.
  const link = lastChain?.tree === target.tree && lastChain.end === value.endIndex ? lastChain.links.get(target.startIndex) : undefined;
  if (link) return { statement: link, site: link, chained: true };
  let statement = target.parent!;
  while (PATTERNS.has(statement.type)) statement = statement.parent!;
  return { statement, site: statement.type === "for_statement" ? { startIndex: statement.startIndex, endIndex: statement.childForFieldName("right")!.endIndex } : statement };
}

/** The watched calls among captured callees, and the watched functions passed as arguments, once the bindings are final. */
export function callsOf(callees: Captures["callees"], args: Captures["args"], resolver: Resolver, known: (name: string | undefined) => boolean, source: string): { calls: CallSite[]; passed: CallSite[] } {
  const calls: CallSite[] = [];
  for (const [captured] of callees) {
    // `object.__subclasses__()`, `().__class__.__base__.__subclasses__()`: every class loaded, reached by name.
    if (source.startsWith(SUBCLASSES, captured.endIndex - SUBCLASSES.length) && listsEveryClass(captured, resolver)) {
      calls.push({ start: captured.startIndex, end: captured.endIndex, callee: oneLine(captured.text), path: { module: GLOBAL, members: [] }, form: "call", unread: EVERY_CLASS });
      continue;
    }
    // `(a or b)(…)`, `[subprocess.run][0](…)`, `{"r": subprocess.run}["r"](…)`, and a namespace copied
    // (`dict(vars(subprocess))["run"](…)`): any name inside may be the one called.
    const written = CONTAINER_OPENS.has(source[captured.startIndex]!) || namespaceCopyAt(source, captured.startIndex) || carrierAt(source, captured.startIndex);
    const first = written ? undefined : identifierAt(source, captured.startIndex);
    if (!written && !known(first)) continue;
    const unwrapped = written ? unwrap(captured) : captured;
    // `(await make())(…)`: what is awaited is the callee (as in JavaScript).
    const callee = unwrapped.type === "await" ? (unwrapped.namedChild(0) ?? unwrapped) : unwrapped;
    const text = callee.text;
    if (written && !identifiersIn(text).some(known)) continue;
    // `__import__(name)`, `import_module(b64decode(…))`: a module named at run time may be any.
    if (resolver.unreadLoad(captured)) {
      calls.push({ start: callee.startIndex, end: callee.endIndex, callee: oneLine(text), path: { module: GLOBAL, members: [] }, form: "call", unread: UNREAD_LOAD });
      continue;
    }
    // `os.system.__call__(cmd)`: the object whose `__call__` is called is the one called.
    const invoked = callee.type === "attribute" && callee.childForFieldName("attribute")?.text === "__call__" ? callee.childForFieldName("object") : null;
    const resolved = invoked ? resolver.resolve(invoked, invoked.text) : ((METHOD_CALLER_AT.test(text) ? resolver.methodCalled(callee) : undefined) ?? resolver.resolve(callee, text));
    // `runner(subprocess)` of `runner = operator.methodcaller("run", cmd)`: the call it makes is `subprocess.run(cmd)`.
    const path = resolved?.module === METHOD_CALLER ? resolver.methodApplied(resolved, captured.parent!) : resolved;
    // `sys.modules[os.environ["M"]].system(c)`: a member of a module the scan cannot name, as `import_module(name)` loads.
    if (path?.module === UNREAD_MODULE && !path.returns) {
      calls.push({ start: callee.startIndex, end: callee.endIndex, callee: oneLine(text), path: { module: GLOBAL, members: [] }, form: "call", unread: UNREAD_LOAD });
      continue;
    }
    // Calling a factory of the project is not itself a crossing: what it returns is used later.
    if (path && !path.returns && !looksUpNumericAddress(path, captured.parent, resolver.constants) && !sendsToConnectedPeer(path, captured.parent) && !fetchesNothing(path, captured.parent, resolver.constants, (node) => resolver.resolve(node))) calls.push({ start: callee.startIndex, end: callee.endIndex, callee: oneLine(text), path, form: "call", ...codeOfCall(resolver.filter, resolver.constants, source, path, "call", captured.parent) });
  }
  // A watched function handed to another function (`executor.submit(subprocess.run, cmd)`, `map(requests.get, urls)`), also
  // in a dict, list or tuple written as the argument (`setup({"run": subprocess.run})`): the callee will call it.
  const passed: CallSite[] = [];
  for (const arg of args) {
    if (!known(identifierAt(source, arg.startIndex))) continue;
    // An element of a container read as it is handed over (`submit(TOOLS["sh"], c)`, `Agent(tools=list(TOOLS.values()))`,
    // `register(*HOOKS)`): a subscript, or a method reading a dict's entries of a name that holds watched values.
    const reads = arg.type === "call" ? readsEntries(arg, resolver) : undefined;
    if (reads === false) {
      // `lib.run(__import__("os"), c)`, `lib.run(importlib.import_module("subprocess"), c)`: a call loading a watched module, handed to another file's function.
      const fn = argumentListOf(arg)?.parent?.childForFieldName("function");
      const loaded = fn && handedToImported(arg, fn, source, resolver.filter) ? resolver.resolve(arg) : undefined;
      if (loaded && handsModule(loaded, resolver.filter)) passed.push(handedModule(arg, loaded, fn!));
      continue;
    }
    // The value first: the call around it is parents up (each a walk down from the root).
    const path = (reads === OFFERED ? undefined : resolver.resolve(arg)) ?? (reads !== undefined || arg.type !== "subscript" ? resolver.offeredEntry(arg) : undefined);
    // `run(cfg)` of `cfg = {"post": requests.post}`: a container held by a name and handed over whole hands over each watched value it holds.
    // A factory of the file handed over (`lazy(make)` of `def make(): return os.system`): whoever calls it gets what it returns.
    // A factory of factories (`lazy(h)` of `h = () => () => cp.exec`): whoever calls what it returns, as many calls deep, gets it (as `lazy(() => () => cp.exec)`).
    const handed = calledThrough(path, arg) ?? path;
    const factory = handed !== path;
    const values = handed ? (handed.properties ? heldValues(handed) : [handed]) : undefined;
    if (!values?.length) continue;
    const call = receiverOf(arg, (carrier, argument) => resolver.carries(carrier, argument));
    if (call === YIELDED || call === TOO_DEEP) {
      const passedTo = call === YIELDED ? YIELDED : NESTED_TOO_DEEP;
      for (const value of values) {
        // A module yielded (`yield os` … `next(g()).system(…)`): any of its members, as one stored in the builtins.
        if (call === YIELDED && value.members.length === 0 && !value.properties) passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: { ...extend(value, ANY), unfollowed: YIELDED_NOTE }, form: "call" });
        else passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: value, form: "call", passedTo, ...codeOfCall(resolver.filter, resolver.constants, source, value, "call", null, true) });
      }
      continue;
    }
    // `class Shell(Tool, runner=os.system)`: Python hands the class statement's keywords to the base's `__init_subclass__` and the metaclass.
    if (call?.type === "class_definition") {
      const passedTo = classStatementName(call);
      for (const value of values) passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: value, form: "call", passedTo, classKeyword: true, ...(factory ? { returned: true as const } : {}), ...codeOfCall(resolver.filter, resolver.constants, source, value, "call", null, true) });
      continue;
    }
    const fn = call?.childForFieldName("function");
    if (!fn) continue;
    // `dataclasses.field(default_factory=requests.Session)`: the field's maker calls it for each instance, a class too (made, not passed around).
    if (madeByField(fn, arg)) {
      for (const value of values) passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: value, form: "call", ...codeOfCall(resolver.filter, resolver.constants, source, value, "call", null, true) });
      continue;
    }
    // `map(getattr, [os], ["system"])`, `itertools.starmap(getattr, [(os, "system")])`, `map(operator.attrgetter("system"), [os])`:
    // getattr applied by a function the scan does not follow (partial's and reduce's are: the call resolves) reads any member.
    if (values.some((value) => handsModule(value, resolver.filter)) && readerHandedBeside(call!, resolver) && !resolver.resolve(call!)) {
      for (const value of values) if (handsModule(value, resolver.filter)) passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: { ...extend(value, ANY), unfollowed: readerHandedNote(oneLine(fn.text)) }, form: "call" });
      continue;
    }
    // `setattr(builtins, "zz", os)`: stored in the builtins, as `builtins.zz = os` is (storedOutside).
    if (storedAttribute(fn, arg) && isBuiltins(resolver, namedChildrenOf(arg.parent)[0])) {
      for (const value of values) passed.push(storedSite(arg, value, BUILTINS_NOTE));
      continue;
    }
    if (isLibraryFunction(source, fn.text, PY_INSPECTORS) && !storedAttribute(fn, arg)) continue;
    // Dynamic access reads a module it is given (`getattr(os, "system")`, resolved where it is called), and an attribute
    // of anything; a function handed to its other functions is called (`builtins.map(os.system, cs)`, `operator.call(os.system, c)`).
    const dynamic = isLibraryFunction(source, fn.text, PY_DYNAMIC);
    const readsAttribute = dynamic && ATTRIBUTE_READERS.test(fn.text.replace(/\s+/g, ""));
    // `subprocess.Popen.__new__(subprocess.Popen)`, `object.__new__(cls)`, `super().__new__(cls)`: a watched class's,
    // the builtin's or the base's `__new__` allocates (a class of the project's own may do anything).
    const allocated = fn.type === "attribute" && fn.childForFieldName("attribute")?.text === "__new__" ? fn.childForFieldName("object") : null;
    if (allocated && (allocated.text === "super()" || (allocated.text === "object" && isLibraryFunction(source, "object", PY_INSPECTORS)) || resolver.resolve(allocated))) continue;
    // The dynamic reader itself called (`getattr(os, "environb", None)`, `vars(os)`), not a function reached through one.
    // A reader's name a project star import binds to another file's function (starBoundBuiltins) is that function.
    const readerCalled = dynamic && /^[\w.\s]+$/.test(fn.text) && !resolver.declared(identifierAt(source, fn.startIndex) ?? "", fn);
    for (const value of values) {
      // A watched module handed to an imported function (`lib.run(os, c)` of another file's `def run(m, c): m.system(c)`): any of its members.
      // Before the dynamic readers' test, which reads the callee's text: `importlib.import_module("lib").run(os, c)` is lib's.
      // (A builtin reader is not another file's function because the file star-imports one: posixpath's `getattr(os, …)`.)
      if (!readerCalled && value === path && handsModule(value, resolver.filter) && handedToImported(arg, fn, source, resolver.filter)) {
        passed.push(handedModule(arg, value, fn));
        continue;
      }
      // A SAX parse handed over: its arguments, not seen here, decide whether it fetches (xml-fetches.ts).
      if (readsAttribute || (dynamic && value.members.length === 0) || fetchesByArguments(value)) continue;
      passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: value, form: "call", passedTo: oneLine(fn.text), ...(factory ? { returned: true as const } : {}), ...codeOfCall(resolver.filter, resolver.constants, source, value, "call", null, true) });
    }
  }
  passed.push(...returnedByHanded(callees, resolver, known, source), ...configuredCallables(callees, resolver, source), ...externalEntities(callees, resolver, source));
  return { calls, passed };
}

/**
 * Is `arg` written as an argument of a function bound by an import (`runner.run(os, c)`, `from lib import run`): another
 * file's, whose parameters this file's analysis does not follow? Not a library's the scan reads or trusts (getattr's,
 * functools', mock's), nor a watched module's own.
 */
function handedToImported(arg: Node, fn: Node, source: string, filter: ModuleFilter): boolean {
  if (argumentListOf(arg)?.type !== "argument_list" || !CALLEE_CHAINS.has(fn.type)) return false;
  const module = calleeModule(fn, source);
  return module !== undefined && !filter.relevant(module.split(".")[0]!) && !PY_DYNAMIC.modules.has(module) && !PY_INSPECTORS.modules.has(module);
}

/** A watched module handed to another file's function: any of its members, reported where handed over. */
const handedModule = (arg: Node, module: ModulePath, fn: Node): CallSite => ({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: { ...extend(module, ANY), unfollowed: moduleHandedNote(oneLine(fn.text)) }, form: "call" });

/** Callees whose first name is the callee's root: a name, a member, an element, a call's result (`lib.make()(os, c)`), a walrus or parentheses around one. */
const CALLEE_CHAINS = new Set(["identifier", "attribute", "subscript", "call", "parenthesized_expression"]);

/**
 * The module a callee's chain starts at, when an import binds it (importedCallee): its root read from the tree
 * (chainRoot), so also `getattr(lib, "run")` and `getattr(lib, name)` (any of lib's members: fail closed, as
 * `getattr(os, name)` is), `importlib.import_module("lib").run`, `sys.modules["lib"].run`, `(K := lib.Runner).run`; and a root name the file binds
 * otherwise to such a chain (`f = getattr(lib, "run")`, `K: type = lib.Runner`, `a = 1; K = lib.Runner` on one line, a
 * tuple or a loop's target, a parameter's default, a class's base), MAX_ALIAS_STEPS bindings back, any scope's (fail closed).
 */
function calleeModule(fn: Node, source: string): string | undefined {
  const root = chainRoot(fn);
  if (typeof root === "string" || !root) return root;
  if (boundModules.source !== source) {
    boundModules.source = source;
    boundModules.modules.clear();
  }
  const name = root.text;
  if (!boundModules.modules.has(name)) boundModules.modules.set(name, moduleBound(root, source));
  return boundModules.modules.get(name);
}

/** The modules the last source's root names are bound to (a file handing `os` to `print` 5,000 times asks 5,000 times). */
const boundModules = { source: "", modules: new Map<string, string | undefined>() };

/** calleeModule of a root name: its import, else the chains the file binds it to, breadth first. */
function moduleBound(name: Node, source: string): string | undefined {
  const seen = new Set<string>();
  let frontier: Node[] = [name];
  for (let step = 0; frontier.length > 0 && step <= MAX_ALIAS_STEPS; step++) {
    const next: Node[] = [];
    for (const node of frontier) {
      const root = chainRoot(node);
      if (typeof root === "string") return root;
      if (!root || seen.has(root.text)) continue;
      seen.add(root.text);
      const module = importedCallee(source, root.text, true);
      if (module !== undefined) return module;
      next.push(...boundValues(root, source));
    }
    frontier = next.slice(0, MAX_SAME_NAME);
  }
  return undefined;
}

/** The callee's root name, or the module an importer given a constant name loads (`importlib.import_module("lib")`, `sys.modules["lib"]`); CHAIN_STEPS steps down at most. */
function chainRoot(start: Node): Node | string | undefined {
  let node: Node | null = start;
  for (let step = 0; node && step < CHAIN_STEPS; step++) {
    switch (node.type) {
      case "identifier":
        return node;
      case "attribute":
        node = node.childForFieldName("object");
        break;
      case "subscript": {
        // `sys.modules["lib"]`: the module loaded under that name.
        const table = node.childForFieldName("value");
        const key = table && table.endIndex - table.startIndex <= SHORT_CALLEE && table.text.replace(/\s+/g, "") === "sys.modules" ? node.childForFieldName("subscript") : null;
        if (key) return stringValue(key) ?? undefined;
        node = table;
        break;
      }
      case "named_expression":
        node = node.childForFieldName("value");
        break;
      case "parenthesized_expression":
      case "await":
        node = namedChildrenOf(node).find((child) => !isComment(child)) ?? null;
        break;
      case "call": {
        const callee = node.childForFieldName("function");
        const first: Node | undefined = namedChildrenOf(node.childForFieldName("arguments")).find((child) => !isComment(child));
        const name = callee && callee.endIndex - callee.startIndex <= SHORT_CALLEE ? callee.text.replace(/\s+/g, "") : "";
        if (first && first.type !== "keyword_argument" && GETATTR.has(name)) node = first;
        else if (first && IMPORTERS.has(name)) return stringValue(first) ?? undefined;
        else node = callee;
        break;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

/** How many steps down a callee chain chainRoot reads (`a.b().c[0]()…`). */
const CHAIN_STEPS = 64;
/** The longest callee text chainRoot reads for a name (`__builtins__.getattr`, `importlib.import_module` with blanks). */
const SHORT_CALLEE = 64;
/** The builtins reading an attribute of their first argument: a chain through one starts at that argument. */
const GETATTR = new Set(["getattr", "builtins.getattr", "__builtins__.getattr"]);

/**
 * The values the file binds `name`'s name to, anywhere (a name is written before `=`, `:`, `:=`, `,`, `)` or `in`, or
 * after `class`/`as`; the tree is asked only there): an assignment's, a walrus's, a tuple's or a loop's whole value, a
 * parameter's default, a class's bases, a `with` item's value; a list, tuple or either branch written so, each item.
 */
function boundValues(name: Node, source: string): Node[] {
  const word = name.text;
  const root = name.tree.rootNode;
  const out: Node[] = [];
  for (let at = source.indexOf(word); at >= 0 && out.length < MAX_SAME_NAME; at = source.indexOf(word, at + word.length)) {
    if (identifierAt(source, at) !== word || (at > 0 && /[\w.]/.test(source[at - 1]!))) continue;
    BINDING_AFTER.lastIndex = at + word.length;
    if (!BINDING_AFTER.test(source) && !bindingBefore(source, at)) continue;
    const node = root.descendantForIndex(at, at + word.length);
    const value = node?.type === "identifier" ? bindingValue(node) : undefined;
    if (value) out.push(...itemsOf(value));
  }
  return out;
}

/** After a name: what may make it a binding's target (`K =`, `K: T =`, `K :=`, `K, J =`, `K)` of a parameter list, `for K in`). */
const BINDING_AFTER = /[ \t]*(?:=(?!=)|:|,|\)|in\b)/y;
const BINDING_BEFORE = /\b(?:class|as)[ \t]+$/;
const BINDING_BEFORE_SPAN = 16;
const bindingBefore = (source: string, at: number) => BINDING_BEFORE.test(source.slice(Math.max(0, at - BINDING_BEFORE_SPAN), at));

/** The value a name written as a binding's target is bound to, or undefined when it is no target. */
function bindingValue(name: Node): Node | undefined {
  let target = name;
  // `K, J = …`, `for K, V in …`: the whole value (any item may be the one).
  for (let up = 0; up < 4 && target.parent && UNPACKED.has(target.parent.type); up++) target = target.parent;
  const parent = target.parent;
  if (!parent) return undefined;
  const is = (field: string) => parent.childForFieldName(field)?.id === target.id;
  switch (parent.type) {
    case "assignment":
      return is("left") ? (parent.childForFieldName("right") ?? undefined) : undefined;
    case "named_expression":
      return is("name") ? (parent.childForFieldName("value") ?? undefined) : undefined;
    case "for_statement":
    case "for_in_clause":
      return is("left") ? (parent.childForFieldName("right") ?? undefined) : undefined;
    case "default_parameter":
    case "typed_default_parameter":
      return is("name") ? (parent.childForFieldName("value") ?? undefined) : undefined;
    case "class_definition":
      return is("name") ? (parent.childForFieldName("superclasses") ?? undefined) : undefined;
    case "as_pattern_target":
      return parent.parent?.type === "as_pattern" ? (parent.parent.namedChild(0) ?? undefined) : undefined;
    default:
      return undefined;
  }
}

const UNPACKED = new Set(["pattern_list", "tuple_pattern", "list_pattern"]);
/** Values written as several, each of which may be the one bound: their items (MAX_SAME_NAME at most). */
const SEVERAL = new Set(["expression_list", "tuple", "list", "set", "argument_list", "conditional_expression", "boolean_operator", "parenthesized_expression"]);
function itemsOf(value: Node): Node[] {
  return SEVERAL.has(value.type) ? namedChildrenOf(value).filter((child) => !isComment(child) && child.type !== "keyword_argument").slice(0, MAX_SAME_NAME) : [value];
}

/** The argument list `arg` is given in: by position, keyword or unpacked (`f(*[os])`, `f(**{"m": os})`). */
function argumentListOf(arg: Node): Node | null {
  let at = arg.parent?.type === "keyword_argument" || arg.parent?.type === "pair" ? arg.parent.parent : arg.parent;
  if (at?.type === "list" || at?.type === "tuple" || at?.type === "dictionary") at = at.parent?.type === "list_splat" || at.parent?.type === "dictionary_splat" ? at.parent.parent : null;
  return at ?? null;
}

/** How a class statement is named as what values are handed to (its keyword arguments): `class Shell`. */
const classStatementName = (node: Node) => `class ${node.childForFieldName("name")?.text ?? ""}`;

/** The methods of a dict or list handing out what it holds (`d.get(k)`, `d.values()`, `d.items()`, `l.pop()`, `d.copy()`). */
const HANDING_READERS = new Set(["get", "values", "items", "pop", "setdefault", "copy"]);

/** HANDING_READERS that hand out every value, whatever the container is. */
const WHOLE_READERS = new Set(["values", "items", "copy"]);
/** readsEntries of a container another project file offers (Resolver.offeredEntry). */
const OFFERED = "offered";

/**
 * Is `call` a HANDING_READERS method of a container holding watched values (not `requests.get(u)`, a module's function)?
 * OFFERED: a WHOLE_READERS method of a container another project file offers, read as its first watched value.
 */
function readsEntries(call: Node, resolver: Resolver): boolean | typeof OFFERED {
  const fn = call.childForFieldName("function");
  const method = fn?.type === "attribute" ? (fn.childForFieldName("attribute")?.text ?? "") : "";
  const owner = HANDING_READERS.has(method) ? fn!.childForFieldName("object") : null;
  if (!owner) return false;
  const held = resolver.resolve(owner);
  if (held) return held.properties !== undefined;
  return WHOLE_READERS.has(method) && resolver.offeredEntry(call) ? OFFERED : false;
}

/** The text a SAX parser's `setFeature` callee ends with (a cheap test before its arguments are read). */
const SET_FEATURE = "setFeature";
/** What a parser turning external entities on is reported as: SAX's parser's `setFeature` (the table's). */
const SAX_SET_FEATURE: ModulePath = { module: "xml.sax", members: ["make_parser", RETURNED, SET_FEATURE] };

/**
 * `parser.setFeature(feature_external_ges, True)` of a parser the scan does not follow (`self._parser`, one handed in):
 * the feature is SAX's alone, so any receiver is a SAX parser, which then fetches what the document's entities name.
 */
function externalEntities(callees: Captures["callees"], resolver: Resolver, source: string): CallSite[] {
  const out: CallSite[] = [];
  if (!source.includes(SET_FEATURE)) return out;
  for (const [callee] of callees) {
    if (callee.type !== "attribute" || !source.startsWith(SET_FEATURE, callee.endIndex - SET_FEATURE.length) || callee.childForFieldName("attribute")?.text !== SET_FEATURE) continue;
    if (turnsOnExternalEntities(callee.parent!, resolver.constants, (node) => resolver.resolve(node))) out.push({ start: callee.startIndex, end: callee.endIndex, callee: oneLine(callee.text), path: SAX_SET_FEATURE, form: "call" });
  }
  return out;
}

/** The text a `dictConfig` callee ends with (a cheap test before the callee is resolved). */
const DICT_CONFIG = "dictConfig";
/** What `logging.config.dictConfig` imports and calls by its dotted name: a factory (`"()"`) or a handler's, formatter's or filter's class. */
const CONFIGURED_CALLABLE_KEYS = new Set(["()", "class"]);
/** What a finding of a callable a logging configuration names says (ModulePath.unfollowed). */
const CONFIGURED_NOTE = "It is named in a logging configuration (`logging.config.dictConfig`), which imports it and calls it with the entry's other keys";

/**
 * `logging.config.dictConfig({"handlers": {"h": {"()": "os.system", "command": cmd}}})`, `{"class":
 * "logging.handlers.HTTPHandler", "host": …}`: a dict written in place whose `"()"` and `"class"` entries name what the
 * configuration imports and calls; each such name of the table is reported at its string (a configuration read from a
 * file is not: it is data). Walked MAX_HANDED_DEPTH dicts deep.
 */
function configuredCallables(callees: Captures["callees"], resolver: Resolver, source: string): CallSite[] {
  const out: CallSite[] = [];
  if (!source.includes(DICT_CONFIG)) return out;
  for (const [callee] of callees) {
    if (!source.startsWith(DICT_CONFIG, callee.endIndex - DICT_CONFIG.length)) continue;
    const path = resolver.resolve(callee);
    if (!path || [path.module, ...path.members].join(".") !== `logging.config.${DICT_CONFIG}`) continue;
    const config = namedChildrenOf(callee.parent?.childForFieldName("arguments"))[0];
    const walk = (dict: Node, depth: number) => {
      if (depth === MAX_HANDED_DEPTH) return;
      for (const pair of namedChildrenOf(dict)) {
        if (pair.type !== "pair") continue;
        const value = pair.childForFieldName("value");
        if (value?.type === "dictionary") walk(value, depth + 1);
        const key = resolver.constants.stringOf(pair.childForFieldName("key"));
        const named = key !== undefined && CONFIGURED_CALLABLE_KEYS.has(key) ? resolver.constants.stringOf(value) : undefined;
        if (!named || !value) continue;
        // `"os.system"`: each split of the dotted name into a module and its members (the table decides which is one).
        const parts = named.split(".");
        for (let cut = 1; cut < parts.length; cut++) {
          out.push({ start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: { module: parts.slice(0, cut).join("."), members: parts.slice(cut), unfollowed: CONFIGURED_NOTE }, form: "call" });
        }
      }
    };
    if (config?.type === "dictionary") walk(config, 0);
  }
  return out;
}

/** CallSites of the watched functions returned by lambdas handed to a call among `callees` (factories.ts returnsOfHanded). */
function returnedByHanded(callees: Captures["callees"], resolver: Resolver, known: (name: string | undefined) => boolean, source: string): CallSite[] {
  const calleeHanded = (value: Node) => {
    let fn = enclosing(value, DEFERRED);
    if (fn?.type !== "lambda") return undefined;
    // A lambda returned by a lambda (`lazy(lambda: lambda: os.system)`): whoever gets the outer one gets it by calling it.
    for (let depth = 0; fn.parent?.type === "lambda"; depth++) {
      if (depth === MAX_HANDED_DEPTH) return TOO_DEEP;
      fn = fn.parent;
    }
    const call = receiverOf(fn);
    // A class statement's keyword (`class Shell(Tool, runner=lambda: os.system)`): named as the statement, not a callee of the file.
    if (call !== YIELDED && call !== TOO_DEEP && call?.type === "class_definition") return classStatementName(call);
    return call === YIELDED || call === undefined ? undefined : call === TOO_DEEP ? call : (call.childForFieldName("function") ?? undefined);
  };
  return returnsOfHanded(callees.map(([node]) => node), source, known, PY_FACTORIES, calleeHanded, () => true, (value) => resolver.returnedValue(value)).map(({ value, path, callee }) => {
    const passedTo = callee === TOO_DEEP ? NESTED_TOO_DEEP : typeof callee === "string" ? callee : oneLine(callee.text);
    return { start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path, form: "call", passedTo, ...(callee === TOO_DEEP ? {} : { returned: true as const }), ...codeOfCall(resolver.filter, resolver.constants, source, path, "call", null, true) };
  });
}

/** A watched function a method returns whose calls are not followed (factories.ts UnfollowedMethod): reported where returned. */
function methodReturn(value: Node, path: ModulePath, method: string, resolver: Resolver, source: string): CallSite {
  return { start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path, form: "call", passedTo: method, returned: true, method: true, ...codeOfCall(resolver.filter, resolver.constants, source, path, "call", null, true) };
}

/** The method listing a class's subclasses (of `object`: every class loaded). A file naming it is parsed (ruleset.ts prefilter). */
export const SUBCLASSES = "__subclasses__";
/** A class object's base, or a class of its method resolution order: `object` for a class of the builtins (`().__class__.__base__`). */
const BASE_CLASS = /(?:\.__base__|\.__bases__\[[^\]]*\]|\.__mro__\[[^\]]*\])$/;

/**
 * Is `callee` (ending in `.__subclasses__`) that of `object` (the builtin, not a name of the file), or of a class's
 * base or a class of its method resolution order (`().__class__.__base__`, `"".__class__.__mro__[-1]`): every class
 * the process loaded, `subprocess.Popen` among them, picked by a name the scan cannot follow (a sandbox escape)?
 */
function listsEveryClass(callee: Node, resolver: Resolver): boolean {
  const owner = callee.type === "attribute" ? callee.childForFieldName("object") : null;
  if (!owner) return false;
  const text = owner.text.replace(/\s+/g, "");
  return (text === "object" && !resolver.declared("object", owner)) || BASE_CLASS.test(text);
}

/**
 * Where a value written in a call's arguments goes: the call, whatever the value is written in there — a dict, list,
 * tuple or set (at any depth), a comprehension or generator over one (`dict([p for p in [("r", subprocess.run)]])`),
 * a subscript or slice of one (`dict([("r", subprocess.run)][:])`), parentheses, a conditional or `or`, a keyword
 * argument, unpacked (`dict(*[[("r", subprocess.run)]])`, `dict(**{"r": subprocess.run})`): any of them may be what the
 * callee gets; past a builtin that only carries it on (`carries`: `f(enumerate([os.system]))` hands it to `f`). Or a
 * generator's `yield` (YIELDED): whatever consumes the generator gets it. Or a class statement, for its keyword arguments
 * (`class Shell(Tool, runner=os.system)`). Else undefined (an assignment, a loop: slots
 * and names follow it). Past MAX_HANDED_DEPTH levels (a chain of thousands of `or`s) the value is
 * taken as handed to code the scan does not read (fail closed).
 */
function receiverOf(arg: Node, carries?: (call: Node, arg: Node) => boolean): Node | typeof YIELDED | typeof TOO_DEEP | undefined {
  let node = arg;
  let carrier: Node | undefined;
  for (let level = 0; level < MAX_HANDED_DEPTH; level++) {
    const parent = node.parent;
    if (!parent) return carrier;
    // `enumerate([os.system])`, `list(f for f in fs)`: a builtin that only carries the value on (CARRIERS) hands it to what gets its result.
    const call = parent.type === "argument_list" ? (parent.parent?.type === "call" ? parent.parent : undefined) : parent.type === "call" && node.type === "generator_expression" ? parent : undefined;
    if (call && carries?.(call, node)) {
      node = carrier = call;
      continue;
    }
    // A class statement's keyword argument (`class Shell(Tool, runner=os.system)`, `metaclass=…`): handed to the class's making.
    if (!call && parent.type === "argument_list" && parent.parent?.type === "class_definition" && node.type === "keyword_argument") return parent.parent;
    if (call || parent.type === "argument_list") return call;
    if (parent.type === "yield") return YIELDED;
    // Past a carrier, only where its result is followed (carriedInto); elsewhere the carrier is taken as its receiver (fail closed).
    if (!HANDED_THROUGH.has(parent.type)) return carrier && !carriedInto(parent, node) ? carrier : undefined;
    node = parent;
  }
  return TOO_DEEP;
}

/** Is the result of a carrier call `node` followed where `parent` puts it: a loop's iterable, an assignment's value, a returned value, a callee? */
function carriedInto(parent: Node, node: Node): boolean {
  if (parent.type === "return_statement") return true;
  const field = parent.type === "for_statement" || parent.type === "assignment" ? "right" : parent.type === "call" ? "function" : undefined;
  return field !== undefined && parent.childForFieldName(field)?.id === node.id;
}

/** The nodes a value handed over may be written in (receiverOf). */
const HANDED_THROUGH = new Set(["dictionary", "list", "tuple", "set", "pair", "expression_list", "keyword_argument", "list_splat", "dictionary_splat", "parenthesized_expression", "conditional_expression", "boolean_operator", "subscript", "slice", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression", "for_in_clause"]);

/** `setattr(o, "r", os.system)`: the value stored is handed over, `o.r(…)` calls it (the object and name are not). */
function storedAttribute(fn: Node, arg: Node): boolean {
  return fn.text === "setattr" && arg.parent?.type === "argument_list" && namedChildrenOf(arg.parent)[2]?.id === arg.id;
}

/** After an assignment target's first name: `.x` or `[k]` make it a slot, not a name. */
const SLOT_TARGET = /\s*[.[]/y;


/** A value that may be a fallback or conditional: `(session or requests)`, `a or b`, `flag and requests.get`, `x if c else requests`, class bases. */
const PY_FALLBACK = /^\(|\b(?:or|and|if)\b/;

/** Could a definition's value be a string constant (Constants.stringOf)? */
export const stringConstant = (source: string, value: Node) => {
  const type = value.type;
  return STRING_VALUE.has(type) || (type === "call" && JOINED_LITERAL.test(source.slice(value.startIndex, value.startIndex + 80)));
};

/** Values that may be a string constant: a literal, adjacent literals, literals joined by `+` (Constants.stringOf). */
const STRING_VALUE = new Set(["string", "concatenated_string", "binary_operator", "parenthesized_expression"]);
/** A call that may be a constant joined (`"_".join(["sub", "process"])`, Constants.stringOf): a short literal's `.join(`. */
const JOINED_LITERAL = /^[rRuU]?(?:'[^'\n]{0,16}'|"[^"\n]{0,16}")\s*\.\s*join\s*\(/;
/**
 * The cheap test for dynamic imports anywhere in a file: an importer called, or held by another name (importerAliases), or a module spec loaded, or any loader's `.load_module(…)` called (not `find_spec` or `def load_module` alone, which import hooks define).
 * Each match starts at a word of DYNAMIC_WORDS (the prefilter tries it there only), so what must stand before the word is
 * a lookbehind — behind a lookahead for the word: tried at every character, a lookbehind reading back through a long run
 * of spaces (a block of comment lines, blanked) made a 400 KB file take minutes.
 */
export const DYNAMIC_TEXT = /\b(?:import_module|__import__|resolve_name|module_from_spec|exec_module|loader\s*\.\s*load_module)\b|(?=load_module\s*\()(?<=\.\s*)load_module/;
/**
 * Names a file gives an importer (`from importlib import import_module as im`, `load = importlib.import_module`,
 * `imp = __import__`) or a name resolver (`from pkgutil import resolve_name as rn`), read from its text: each is a loader wherever the file calls it (a later rebinding is not
 * followed; the name stays a loader).
 */
const IMPORTER_ALIAS = /^[ \t]*(?:from[ \t]+(?:importlib|builtins|pkgutil)[ \t]+import[ \t]+[^\n#]*?\b(import_module|__import__|resolve_name)[ \t]+as[ \t]+([A-Za-z_]\w*)|([A-Za-z_]\w*)[ \t]*=[ \t]*(?:(?:importlib|builtins|__builtins__|pkgutil)[ \t]*\.[ \t]*)?(import_module|__import__|resolve_name)[ \t]*(?:#.*)?$)/gm;
const NO_IMPORTERS: ReadonlyMap<string, string> = new Map();
/** Each alias → the importer or name resolver it holds (`import_module`, `__import__`, `resolve_name`). */
function importerAliases(source: string): ReadonlyMap<string, string> {
  return new Map([...source.matchAll(IMPORTER_ALIAS)].map((m) => [(m[2] ?? m[3])!, (m[1] ?? m[4])!]));
}
/**
 * The other names a file gives the modules and functions the scan reads by their written names, each with the name it
 * stands for, read from the text as IMPORTER_ALIAS is (Resolver.writtenName): a module read by written name (DYNAMIC:
 * `sys.modules`, `pkgutil.resolve_name`, `operator.attrgetter` …, and functools, inspect) imported under another name
 * (`import sys as s`: `s.modules["os"]` is `sys.modules["os"]`); a reader function imported from its module under
 * another name (`from operator import attrgetter as ag`, `from functools import reduce as r`) or from builtins at all
 * (`from builtins import getattr`: the built-in, though the import binds the name); and one held by a plain assignment
 * (`ga = getattr`, `g = builtins.getattr`, `r = functools.reduce`) — read wherever the name is written, as the
 * function (a name so assigned somewhere and given other values elsewhere is read as it too: the scan leans to reporting).
 */
const MODULE_IMPORT = /^[ \t]*import[ \t]+([^\n#;]+)/gm;
const FROM_IMPORT = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/gm;
/** Modules whose reader functions are aliased (READER_FUNCTIONS), and those read by written name beside DYNAMIC's. */
const READER_MODULES = new Set(["builtins", "__builtins__", "functools", "operator", "inspect"]);
/** The functions the resolver reads by their written names that read a member or entry by name, or apply a reader. */
const READER_FUNCTIONS = new Set(["getattr", "vars", "globals", "locals", "reduce", "attrgetter", "itemgetter", "methodcaller", "getitem", "getattr_static", "getmembers"]);
const READER_ASSIGNED = new RegExp(String.raw`^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*(?:(${[...READER_MODULES].join("|")})[ \t]*\.[ \t]*)?(${[...READER_FUNCTIONS].join("|")})[ \t]*(?:#.*)?$`, "gm");
/** The cheap tests before writtenAliases' searches: an `import … as`, an import from a reader module, a reader assigned. */
const IMPORT_AS_TEXT = /\bimport\b[^\n#;]*\bas\b/;
const READER_IMPORT_TEXT = new RegExp(String.raw`\bfrom[ \t]+(?:${[...READER_MODULES].join("|")})[ \t]+import\b`);
const READER_ASSIGNED_TEXT = new RegExp(String.raw`=[ \t]*(?:\w+[ \t]*\.[ \t]*)?(?:${[...READER_FUNCTIONS].join("|")})[ \t]*(?:#|$)`, "m");
const BUILTINS_MODULES = new Set(["builtins", "__builtins__"]);
/** A reader function as the resolver reads its written name: with its module (`builtins.getattr`, `operator.attrgetter`), or bare as written. */
const readerName = (module: string | undefined, name: string) => (module === undefined ? name : `${BUILTINS_MODULES.has(module) ? "builtins" : module}.${name}`);
function writtenAliases(source: string): ReadonlyMap<string, string> {
  // Asked by the call filter (knownIn) and by each resolver of an analysis (a re-analysis makes several): read once per text.
  if (lastAliases?.source !== source) lastAliases = { source, aliases: readWrittenAliases(source) };
  return lastAliases.aliases;
}
let lastAliases: { source: string; aliases: ReadonlyMap<string, string> } | undefined;
function readWrittenAliases(source: string): Map<string, string> {
  const out = new Map<string, string>();
  // Each search only in a text its own cheap test passes (a file with `import numpy as np` has rarely a reader assigned).
  if (IMPORT_AS_TEXT.test(source))
    for (const line of source.matchAll(MODULE_IMPORT))
      for (const part of line[1]!.replace(/[()\\]/g, "").split(",")) {
        const named = /^\s*([\w.]+)\s+as\s+(\w+)\s*$/.exec(part);
        if (named && (DYNAMIC.has(named[1]!) || READER_MODULES.has(named[1]!))) out.set(named[2]!, named[1]!);
      }
  if (READER_IMPORT_TEXT.test(source)) for (const line of source.matchAll(FROM_IMPORT)) {
    const module = line[1]!;
    if (!READER_MODULES.has(module)) continue;
    for (const part of line[2]!.replace(/[()\\]/g, "").split(",")) {
      const named = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
      if (!named || !READER_FUNCTIONS.has(named[1]!)) continue;
      const alias = named[2] ?? named[1]!;
      // `from functools import reduce` needs no alias: its bare name is read as the function already.
      if (alias !== named[1] || BUILTINS_MODULES.has(module)) out.set(alias, readerName(module, named[1]!));
    }
  }
  if (READER_ASSIGNED_TEXT.test(source)) for (const m of source.matchAll(READER_ASSIGNED)) if (m[1] !== m[3]) out.set(m[1]!, readerName(m[2], m[3]!));
  return out;
}
/** The texts naming the table of loaded modules: `sys.modules`, and `s.modules` after `import sys as s`. */
function moduleTableTexts(aliases: ReadonlyMap<string, string>): Set<string> {
  return new Set(["sys.modules", ...[...aliases].filter(([, module]) => module === "sys").map(([alias]) => `${alias}.modules`)]);
}
/** `sys.modules["os"]`, `sys.modules.get("os")`, `.setdefault("os", …)`: the cheap test for a loaded module read by name, which needs no watched import in the file. */
export const LOADED_MODULE_TEXT = /\bmodules\s*(?:\[|\)|\.\s*(?:get|setdefault|copy|items)\s*\()|(?=modules[ \t]*(?:\r?\n|;|#|$))(?<=\bsys\s*\.\s*)modules/;
/** The words every match of DYNAMIC_TEXT and of LOADED_MODULE_TEXT starts with, and the loader finders (ruleset.ts PY_COMPUTED_NAME). */
export const DYNAMIC_WORDS = ["import_module", "__import__", "resolve_name", "module_from_spec", "exec_module", "loader", "load_module", "modules", "get_loader", "find_loader"];

/**
 * The iterables a CARRIERS builtin reads, each given by position: `zip`'s all (its `strict=` aside), `enumerate`'s and
 * `sorted`'s first (`start=`, `key=` aside: `sorted`'s key is called), the others' only one (`iter(f, end)` calls `f`).
 * Undefined when an argument is unpacked (`zip(*xs)`) or the call is written otherwise.
 */
function carriedArguments(name: string, call: Node, builtin: (callback: Node) => boolean): Node[] | undefined {
  const list = call.childForFieldName("arguments");
  // `list(f for f in fs)`: a generator that is the only argument has no argument list around it.
  const args = list?.type === "argument_list" ? namedChildrenOf(list) : list ? [list] : [];
  const positional = args.filter((arg) => arg.type !== "keyword_argument" && arg.type !== "comment");
  if (positional.length === 0 || positional.some((arg) => arg.type === "list_splat" || arg.type === "dictionary_splat")) return undefined;
  if (name === "zip" || name === "itertools.zip_longest" || name === "itertools.chain") return positional;
  // `filter(None, xs)`, `filter(callable, xs)`: a predicate that is no function of the project's (one is handed each element).
  if (PREDICATED.has(name)) return positional.length === 2 && args.length === 2 && (positional[0]!.type === "none" || builtin(positional[0]!)) ? [positional[1]!] : undefined;
  // `islice(xs, stop)`, `islice(xs, start, stop, step)`.
  if (name === "itertools.islice") return positional.length <= 4 && args.length === positional.length ? [positional[0]!] : undefined;
  const keywords = args.length - positional.length > 0;
  const read = name === "enumerate" ? positional.length <= 2 : positional.length === 1 && (!keywords || name === "sorted");
  return read ? [positional[0]!] : undefined;
}

/** A call's arguments; a list or tuple written in place and unpacked as the only one gives its elements (`getattr(*[os, "system"])`). */
function writtenArguments(call: Node): Node[] {
  const args = namedChildrenOf(call);
  const spread = args.length === 1 && args[0]!.type === "list_splat" ? namedChildrenOf(args[0]!)[0] : undefined;
  return spread?.type === "list" || spread?.type === "tuple" ? namedChildrenOf(spread) : args;
}

/** The builtin functions, by name (CPython 3.11's `builtins`): a name the scan may read as one where nothing binds it. */
const PY_BUILTIN_FUNCTIONS = new Set(["__import__", "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip"]);

/** A `def` at a line's start naming a builtin function (the cheap test before a file is parsed for starBoundBuiltins). */
const BUILTIN_DEFINITION = new RegExp(String.raw`^(?:async[ \t]+)?def[ \t]+(?:${[...PY_BUILTIN_FUNCTIONS].join("|")})\b`, "m");

/** Could the file define a builtin function's name at its top level (BUILTIN_DEFINITION)? */
export const mayDefineBuiltins = (source: string): boolean => BUILTIN_DEFINITION.test(source);

/**
 * The builtin functions' names a star import of this module surely binds to the module's own functions (`from lib
 * import *` of lib's `def getattr(o, n): …`): in the importer the name is that function, no longer the builtin. A
 * plain `def` of the module's statements (not decorated: a decorator may give back the builtin), public (or listed in
 * the module's one literal `__all__`), whose name the text writes nowhere else (no `getattr = builtins.getattr`, `del`,
 * `globals()["getattr"]` that may rebind it): where that is not sure the builtin's reading stays. Reading the module's
 * function loses no crossing: its body is judged in its own file (`return builtins.eval(s)` is scan/dynamic-code
 * there), what it returns is followed, and a module handed to it is reported where handed (the function may call any
 * of its members).
 */
export function starBoundBuiltins(root: Node, source: string): string[] {
  const statements = namedChildrenOf(root);
  const listing = statements.filter((statement) => statement.type === "expression_statement" && /^__all__\s*=/.test(statement.text));
  const all = listing.length === 1 && (source.match(/\b__all__\b/g) ?? []).length === 1 ? listing[0]! : undefined;
  const listed = all && /^__all__\s*=\s*[[(]\s*(?:(["'])\w+\1\s*,\s*)*(?:(["'])\w+\2\s*,?\s*)?[\])]$/.test(all.text) ? new Set(all.text.match(/\w+(?=["'])/g)) : undefined;
  // A star import of another module may rebind the name after the `def` (`from os import *` binds `open`).
  if ((source.includes("__all__") && !listed) || /\bimport\s*\*/.test(source)) return [];
  const out: string[] = [];
  for (const statement of statements) {
    const name = statement.type === "function_definition" ? statement.childForFieldName("name")?.text : undefined;
    if (!name || !PY_BUILTIN_FUNCTIONS.has(name) || (listed ? !listed.has(name) : name.startsWith("_"))) continue;
    const written = [...source.matchAll(new RegExp(String.raw`\b${name}\b`, "g"))].every(({ index }) => (index >= statement.startIndex && index < statement.endIndex) || (all !== undefined && index >= all.startIndex && index < all.endIndex));
    if (written) out.push(name);
  }
  return out;
}

/**
 * A module's globals read through an object (`f.__globals__`, `(lambda: 0).__globals__` of a function; `sys._getframe().f_globals`,
 * `inspect.currentframe().f_globals` of a frame): a dict of a module's names, as `globals()` is.
 */
const globalsAttribute = (table: Node): boolean => table.type === "attribute" && GLOBALS_ATTRIBUTES.has(table.childForFieldName("attribute")?.text ?? "");
const GLOBALS_ATTRIBUTES = new Set(["__globals__", "f_globals"]);

/** Does an `__import__` call give a fromlist (`fromlist=`, or its fourth argument) that is not empty? It then returns the module named, not its top package. */
function givesFromlist(args: readonly Node[]): boolean {
  const keyword = args.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === "fromlist");
  const given = keyword ? keyword.childForFieldName("value") : args[3]?.type === "keyword_argument" ? undefined : args[3];
  return given !== undefined && given !== null && !/^(?:\[\s*\]|\(\s*\)|None)$/.test(given.text);
}

/** `(a.b)(...)`: the callee is what the parentheses hold. */
function unwrap(node: Node): Node {
  let n = node;
  for (let inner = namedChildrenOf(n); n.type === "parenthesized_expression" && inner.length === 1; inner = namedChildrenOf(n)) n = inner[0]!;
  return n;
}

export class Resolver {
  constructor(
    private readonly bindings: Bindings,
    readonly filter: ModuleFilter,
    private readonly source: string,
    /** The file's string constants (a re-analysis after an edit reuses the full analysis's). */
    readonly constants: Constants,
    /** Names the file gives an importer (importerAliases; a file with any is analysed whole after each edit). */
    private readonly importers: ReadonlyMap<string, string> = NO_IMPORTERS,
    private readonly deadline?: Deadline,
    /** The names imports of modules not watched bind, each with its module (UnwatchedImport). */
    private readonly unwatched: ReadonlyMap<string, string> = NO_IMPORTERS,
    /** The project's table: a project module an importer loads by name offers its watched names (`import_module("helpers").run`). */
    private readonly project?: FileProject,
  ) {}

  /** A callee's text as the scan matches it (spaces dropped), another name of a module or reader read as it (`s.modules` is `sys.modules`, `ga(…)` is `getattr(…)`: writtenAliases). */
  private writtenName(node: Node): string {
    const text = node.text.replace(/\s+/g, "");
    const dot = text.indexOf(".");
    const named = writtenAliases(this.source).get(dot < 0 ? text : text.slice(0, dot));
    return named === undefined ? text : dot < 0 ? named : named + text.slice(dot);
  }

  resolve(node: Node, text = node.text, depth = 0): ModulePath | undefined {
    if (depth === 0) this.deadline?.check();
    if (depth > MAX_RESOLVE_DEPTH) return undefined;
    // Read once: a node's type is a call into the parser's WebAssembly.
    const type = node.type;
    if (MATCH_CAPTURES.has(type)) return this.matched(node, depth);
    const chain = simpleChain(text);
    // A chain through `__self__` is read step by step (the attribute case); `self.__class__.X` is the class's `cls.X`.
    if (chain && !chain.includes(SELF)) {
      const path = chainPath(this.bindings, chain[0] === "self" && chain[1] === CLASS_ATTRIBUTE ? ["cls", ...chain.slice(2)] : chain, node);
      // A static or class method is its class's slot by name (`K.make`), not one of the `cls.X` slots.
      const member = this.classMember(path) ?? (path?.module === FILE_CLASS && chain.length > 1 ? this.bindings.slotPath(chain) : undefined);
      return member?.module === LIBRARY_BASE_MEMBER.module ? this.libraryBaseMember(chain[0] === "cls", member.members, node) : member;
    }
    switch (type) {
      case "attribute": {
        const slot = this.slot(node) ?? this.classSlot(node);
        if (slot) return this.classMember(slot);
        const object = node.childForFieldName("object");
        const attribute = node.childForFieldName("attribute");
        const base = object && this.resolve(object, object.text, depth + 1);
        if (base?.module === OWN_MODULE && attribute) return this.ownGlobal(base, attribute.text, node);
        // `os.system.__self__`: what a built-in function or method is bound to, the module (or object) it is a member of;
        // a builtin function's (`print.__self__`) is the builtins module.
        if (attribute?.text === SELF && base && !base.properties && !base.returns && base.members.length > 0) return through({ ...base, members: base.members.slice(0, -1) }, node);
        if (attribute?.text === SELF && !base && object?.type === "identifier" && PY_BUILTIN_FUNCTIONS.has(object.text) && !this.declared(object.text, object)) return { module: "builtins", members: [] };
        return base && attribute ? this.classMember(extend(base, attribute.text)) : undefined;
      }
      case "subscript":
        return this.slot(node) ?? this.baseClass(node, depth) ?? this.loadedModule(node) ?? this.namespaceEntry(node, depth) ?? this.writtenEntry(node, depth) ?? this.fromEnd(node, depth) ?? this.anyEntry(node.childForFieldName("value"), node.childForFieldName("subscript")) ?? this.dictEntry(node.childForFieldName("value"), node.childForFieldName("subscript"), depth) ?? this.itemMember(node, depth);
      case "parenthesized_expression": {
        const inner = namedChildrenOf(node);
        return inner.length === 1 ? this.resolve(inner[0]!, inner[0]!.text, depth + 1) : undefined;
      }
      // `(session or requests).get(u)`, `a if c else b`: either side may be the one called. `a and b` is `b` when `a` is
      // truthy, and `a` only when falsy, which no watched value is (a module, a function, a class, a client).
      case "boolean_operator":
      case "conditional_expression": {
        const and = node.type === "boolean_operator" && node.childForFieldName("operator")?.type === "and";
        for (const side of and ? [node.childForFieldName("right")] : node.namedChildren) {
          const path = side && this.resolve(side, side.text, depth + 1);
          if (path) return path;
        }
        return undefined;
      }
      // `{"r": subprocess.run}["r"]`: a dict (list, tuple, set; `a, b` unparenthesized) written in place is read as a name holding it is (heldContainer).
      case "dictionary":
      case "list":
      case "tuple":
      case "set":
      case "expression_list":
        return heldContainer(this.containerEntries(node, depth));
      // `[x for x in [os.system]]`: what its element gives, at every index (its loop's names are bound as a loop's: analysis.ts unpacked).
      case "list_comprehension":
      case "set_comprehension":
      case "generator_expression": {
        const element = node.childForFieldName("body");
        const path = element ? this.resolve(element, element.text, depth + 1) : undefined;
        return path && heldLiteral([[EVERY_INDEX, path]]);
      }
      // `@deco def run(): …`: what the decorator returns given the function (a factory's value: `def deco(fn): return os.system`).
      case "decorator": {
        const expression = namedChildrenOf(node)[0];
        return called(expression && this.resolve(expression, expression.text, depth + 1), node, (parameter) => passesParameter(node, parameter));
      }
      // `await make()` of an `async def make(): return os.system`: the value the coroutine returns.
      case "await": {
        const awaited = node.namedChild(0);
        return awaited ? this.resolve(awaited, awaited.text, depth + 1) : undefined;
      }
      // `{"sh": os.system} | {}`, `[print] + [os.system]`: the two containers' entries joined (the right one's
      // elements at indices not known here); a dict's key written twice is its first watched value (fail closed).
      // `[os.system] * 2`, `2 * tools`: the sequence's elements repeated, each at any index.
      case "binary_operator": {
        const operator = node.childForFieldName("operator")?.type;
        if (operator !== "+" && operator !== "|" && operator !== "*") return undefined;
        const [left, right] = [node.childForFieldName("left"), node.childForFieldName("right")].map((side) => (side ? this.resolve(side, side.text, depth + 1) : undefined));
        const entries = (side: ModulePath | undefined, shifted: boolean): Array<[string, ModulePath]> => (side?.properties ? Object.keys(side.properties).filter((key) => key !== ANY_ENTRY).map((key) => [shifted && ARRAY_INDEX.test(key) ? EVERY_INDEX : key, extend(side, key)]) : []);
        const joined = heldLiteral([...entries(left, operator === "*"), ...entries(right, operator !== "|")]);
        return joined && through(joined, node);
      }
      // `(f := os.system)(…)`: the value assigned.
      case "named_expression": {
        const value = node.childForFieldName("value");
        return value ? this.resolve(value, value.text, depth + 1) : undefined;
      }
      // `{k: v for k, v in {"r": os.system}.items()}`: what its value gives, under every key.
      case "dictionary_comprehension": {
        const copied = this.namespaceCopied(node, depth);
        if (copied) return copied;
        const value = node.childForFieldName("body")?.childForFieldName("value");
        const path = value ? this.resolve(value, value.text, depth + 1) : undefined;
        return path && heldLiteral([[EVERY_KEY, path]]);
      }
      case "call":
        return this.ofCall(node, depth);
      // A lambda that is a factory (factories.ts placedFunction: `{"make": lambda: os}`): its value, flagged `returns`;
      // written anywhere else (`[lambda f: os.system]`, `@(lambda f: os.system)`), its body's value, returned by a call.
      case "lambda": {
        const placed = this.bindings.returnedBy(node.startIndex);
        if (placed) return placed;
        const body = node.childForFieldName("body");
        const value = body ? this.resolve(body, body.text, depth + 1) : undefined;
        return value && through({ ...value, returns: (value.returns ?? 0) + 1 }, node);
      }
      default:
        return undefined;
    }
  }

  /** What a definition's target gets: its value, or with `steps` what it is unpacked to from it (analysis.ts unpacked). */
  assigned(value: Node, steps: readonly UnpackStep[] | undefined): ModulePath | undefined {
    const path = this.resolve(value);
    return steps ? path && this.unpacked(path, steps, 0) : path;
  }

  /**
   * A held sequence's value unpacked along `steps` from `at`: an index its element; ELEMENT each element in turn (the
   * first that gives a value on, as a loop's variable is each); a star's range the list of those elements, indexed from
   * 0. A sequence's elements are its indices: a dict's keys are no values (a loop over a dict gets its keys).
   */
  private unpacked(path: ModulePath, steps: readonly UnpackStep[], at: number): ModulePath | undefined {
    if (at === steps.length) return path.module === NOTHING ? undefined : path;
    if (!path.properties) return undefined;
    const step = steps[at]!;
    if (typeof step === "number") return this.unpacked(extend(path, String(step)), steps, at + 1);
    const indices = Object.keys(path.properties).filter((key) => key === EVERY_INDEX || ARRAY_INDEX.test(key));
    if (step === ELEMENT) {
      for (const index of indices) {
        this.deadline?.check();
        const value = this.unpacked(extend(path, index), steps, at + 1);
        if (value) return value;
      }
      return undefined;
    }
    const taken = indices.filter((index) => index === EVERY_INDEX || (Number(index) >= step.from && (step.to === undefined || Number(index) < step.to)));
    const list = heldLiteral(taken.map((index) => [index === EVERY_INDEX ? index : String(Number(index) - step.from), extend(path, index)]));
    return list && this.unpacked(list, steps, at + 1);
  }

  /**
   * `match {"r": os.system}:` … `case {"r": f}:`, `match [os.system]: case [f]:`, `match os: case object(system=f):`: what
   * the pattern captures of the subject (matchedAt), a literal written there read as a name holding it is.
   */
  private matched(capture: Node, depth: number): ModulePath | undefined {
    const found = matchedAt(capture);
    if (!found || found.subjects.length === 0) return undefined;
    const keys = [...found.keys];
    // `match a, b:` is the tuple of them: the first key picks one (not fixed: the first that resolves).
    const chosen = found.subjects.length === 1 ? found.subjects : keys.length === 0 ? [] : ((key) => (key === undefined ? found.subjects : found.subjects.slice(Number(key), Number(key) + 1)))(keys.shift());
    for (const subject of chosen) {
      let path = this.resolve(subject, subject.text, depth + 1);
      for (const key of keys) path = path && extend(path, key ?? (path.properties ? ANY_ENTRY : ANY));
      // `case [_, *fs]:` captures the rest as a list, whose indices the pattern does not fix against the subject's: each the first watched value.
      if (path?.properties && capture.type === "splat_pattern" && capture.parent?.type !== "dict_pattern") path = heldLiteral([[EVERY_INDEX, extend(path, ANY_ENTRY)]]);
      if (path) return path;
    }
    return undefined;
  }

  /**
   * The first base class that resolves to one reaching a crossing (`class Wrapper(openai.DefaultHttpxClient)`): a class made
   * from another (`class Tool(typing.NamedTuple)`) is the file's own, its attributes its slots.
   */
  firstBase(bases: Node): ModulePath | undefined {
    for (const base of bases.namedChildren) {
      if (!base || (base.type !== "identifier" && base.type !== "attribute")) continue;
      const path = this.resolve(base);
      if (path && (path.module === FILE_CLASS || path.module === PROJECT_INSTANCE || path.properties || path.returns || this.filter.reachesCrossing(path))) return path;
    }
    return undefined;
  }

  /**
   * Is the call of `fn` (its `function`) an importer (or a name resolver) given a name the scan cannot read (`__import__(name)`,
   * `import_module(b64decode(…))`)? A relative name (a string or f-string starting with `.`) names a module of the
   * package, which is judged on its own, and is not one.
   */
  unreadLoad(fn: Node): boolean {
    const name = this.writtenName(fn);
    // `loader.load_module(name)` of any loader: a module named at run time; given no name, a spec's loader's of one (UNREAD_SPEC).
    if (loadsModule(fn, name)) {
      const given = LOADED_NAME.map((subject) => subjectArgument(writtenArguments(fn.parent!), subject)).find(Boolean);
      if (given && this.constants.stringOf(given) === undefined && !RELATIVE_NAME.test(given.text) && !this.unwatchedLoopName(given)) return true;
      const loader = fn.childForFieldName("object");
      return loader ? this.resolve(loader)?.module === UNREAD_SPEC : false;
    }
    if (SPEC_RUN.test(name) || (SPEC_LOADERS.has(name) && this.builtIn(name, fn))) return this.loadsUnreadSpec(fn, name);
    const loads = this.importers.get(name) !== undefined || ((IMPORTERS.has(name) || NAME_RESOLVERS.has(name)) && this.builtIn(name, fn)) || this.importerReached(fn, 0) !== undefined;
    if (!loads) return false;
    // The call is the callee's parent (a walk down from the root): asked only of a loader.
    const first = namedChildrenOf(fn.parent)[0];
    if (!first || first.type === "keyword_argument") return false;
    // A literal written with escapes is read by scan/respelled-name.
    const literal = first.type === "string" && !first.namedChildren.some((part) => part?.type === "interpolation");
    return !literal && this.constants.stringOf(first) === undefined && !RELATIVE_NAME.test(first.text) && !this.unwatchedLoopName(first);
  }

  /**
   * An importer reached other than by its name (`builtins.__dict__["__import__"]`, `getattr(builtins, "__import__")`,
   * `vars(importlib)["import_module"]`, a member of a module held by another name, `import builtins as b` … `b.__import__`,
   * `globals()["__builtins__"].__import__`, a name holding one of these): the importer it is, as IMPORTERS names it, when the
   * callee resolves to one.
   */
  private importerReached(fn: Node, depth: number): string | undefined {
    // A name holding one (`f = getattr(builtins, "__import__")`), or a read of one naming it.
    const held = fn.type === "identifier" && this.bindings.names.has(fn.text);
    if (!held && ((fn.type !== "subscript" && fn.type !== "call" && fn.type !== "attribute") || !IMPORTER_WORD.test(fn.text))) return undefined;
    const path = this.resolve(fn, fn.text, depth + 1);
    const name = path && !path.properties ? [path.module, ...path.members].join(".") : undefined;
    return name === undefined ? undefined : IMPORTERS.has(name) ? name : NAME_RESOLVERS.has(name) ? "resolve_name" : undefined;
  }

  /** `module_from_spec(spec)`, `spec.loader.exec_module(m)`: is the spec one of a module named at run time (UNREAD_SPEC)? */
  private loadsUnreadSpec(fn: Node, name: string): boolean {
    const spec = SPEC_RUN.test(name) ? fn.childForFieldName("object")?.childForFieldName("object") : namedChildrenOf(fn.parent)[0];
    return spec ? this.resolve(spec)?.module === UNREAD_SPEC : false;
  }

  /**
   * `for package in ("urllib3", "idna"): __import__(package)`: a loop variable over a tuple or list of string constants
   * the scan reads, none of them a module it watches.
   */
  private unwatchedLoopName(name: Node): boolean {
    if (name.type !== "identifier") return false;
    for (let node = name.parent; node; node = node.parent) {
      if (node.type !== "for_statement" || node.childForFieldName("left")?.text !== name.text) continue;
      const values = node.childForFieldName("right");
      if (values?.type !== "tuple" && values?.type !== "list") return false;
      const names = namedChildrenOf(values).map((value) => this.constants.stringOf(value));
      return names.every((module) => module !== undefined && !this.filter.relevant(module.split(".")[0]!));
    }
    return false;
  }

  /**
   * May a function or lambda of the file write the module's name `name` by a string (`globals()[k] = …`,
   * `setattr(sys.modules[__name__], k, …)`; a `setattr(self, "_unbound", …)` under another constant name may not)?
   */
  private functionsWriteNames(from: Node, name: string): boolean {
    const kept = this.namesWritten.get(name);
    if (kept !== undefined) return kept;
    const functions = (this.functionTexts ??= from.tree.rootNode.descendantsOfType(["function_definition", "lambda"]).filter((f): f is Node => f !== null));
    const writes = functions.some((f) => {
      if (NAME_WRITES.test(f.text)) return true;
      if (!/\b(?:set|del)attr\s*\(/.test(f.text)) return false;
      return f.descendantsOfType("call").some((call) => {
        const fn = call?.childForFieldName("function")?.text;
        if (fn !== "setattr" && fn !== "delattr") return false;
        const key = this.constants.stringOf(namedChildrenOf(call!.childForFieldName("arguments"))[1]);
        return key === undefined || key === name;
      });
    });
    this.namesWritten.set(name, writes);
    return writes;
  }

  private functionTexts: Node[] | undefined;
  /** functionsWriteNames's answers by name, and whether the file declares a name `global`/`nonlocal` (loopNames). */
  private readonly namesWritten = new Map<string, boolean>();
  private readonly declaredOuter = new Map<string, boolean>();
  private outerDeclared(name: string): boolean {
    let kept = this.declaredOuter.get(name);
    if (kept === undefined) this.declaredOuter.set(name, (kept = new RegExp(`\\b(?:global|nonlocal)\\b[^\\n]*\\b${name}\\b`).test(this.source)));
    return kept;
  }

  /**
   * `for name in ["G_MAXINT8"]: new_name = name.split("_", 1)[-1]` … `getattr(GLib, new_name)`: a local the loop's body
   * assigns once, in a statement of its own before the read, from string operations on the loop variable only (each
   * evaluated: DerivedString), read nowhere else as anything but a value: the strings it takes, one per loop name.
   */
  private derivedLoopNames(loop: Node, variable: string, name: Node): string[] | undefined {
    const body = loop.childForFieldName("body");
    if (!body || name.startIndex < body.startIndex || name.endIndex > body.endIndex) return undefined;
    let value: Node | undefined;
    for (const statement of namedChildrenOf(body)) {
      const assignment = statement.type === "expression_statement" ? namedChildrenOf(statement)[0] : undefined;
      if (assignment?.type !== "assignment" || assignment.childForFieldName("left")?.text !== name.text || assignment.childForFieldName("type")) continue;
      if (value || assignment.endIndex > name.startIndex) return undefined;
      value = assignment.childForFieldName("right") ?? undefined;
    }
    if (!value) return undefined;
    for (const use of body.descendantsOfType("identifier")) {
      if (use?.text !== name.text) continue;
      const assigned = use.parent?.type === "assignment" && use.parent.childForFieldName("left")?.id === use.id && use.parent.childForFieldName("right")?.id === value.id;
      if (!assigned && !readOnly(use)) return undefined;
    }
    if (this.outerDeclared(name.text)) return undefined;
    const read = value.descendantsOfType("identifier").find((n) => n?.text === variable);
    const strings = read ? this.loopNames(read) : undefined;
    // A store under the loop's names (`globals()[n] = …`) must not rebind the local either.
    if (!strings || strings.includes(name.text)) return undefined;
    const out = strings.map((s) => derivedString(value!, variable, s, this.constants));
    return out.every((s): s is string => typeof s === "string") ? out : undefined;
  }

  /**
   * Is the dotted `name` called at `fn` the standard one, its first name not bound here to something else? `import
   * importlib` binds the module itself (watched for its loaders), which does not hide it; `from importlib.util import
   * find_spec` binds the standard one.
   */
  private builtIn(name: string, fn: Node): boolean {
    const root = name.split(".")[0]!;
    if (!this.declared(root, fn)) return true;
    const bound = this.bindings.lookup(root, fn);
    return bound?.module === root || (bound !== undefined && [bound.module, ...bound.members].join(".") === `importlib.util.${name}`);
  }

  /**
   * `operator.methodcaller("system", cmd)(os)`: the call made by the function `callee` returns is `os.system(cmd)`, the
   * method of the outer call's argument (a name not known here could be any member, as for getattr).
   */
  methodCalled(callee: Node): ModulePath | undefined {
    const maker = callee.type === "call" ? callee.childForFieldName("function") : null;
    const makerName = maker?.text.replace(/\s+/g, "");
    const object = callee.parent?.type === "call" ? namedChildrenOf(callee.parent)[0] : undefined;
    if (!maker || !makerName || !object || !METHOD_CALLERS.has(makerName) || this.declared(makerName.split(".")[0]!, maker)) return undefined;
    const base = this.resolve(object, object.text);
    return base && through(extend(base, this.constants.stringOf(namedChildrenOf(callee)[0]) ?? ANY), callee);
  }

  /**
   * `runner(subprocess)` of a method caller held (METHOD_CALLER: `runner = operator.methodcaller("run", cmd)`): the method
   * of the call's first argument, reached through the caller's steps; undefined when the argument resolves to nothing watched.
   */
  methodApplied(caller: ModulePath, call: Node): ModulePath | undefined {
    const object = namedChildrenOf(call)[0];
    if (!object || object.type === "keyword_argument" || object.type === "list_splat" || object.type === "dictionary_splat") return undefined;
    const base = this.resolve(object, object.text);
    if (!base || base.module === METHOD_CALLER) return undefined;
    const applied = extend(base, ...caller.members);
    return { ...applied, via: [{ start: call.startIndex, end: call.endIndex, tracked: true }, ...(caller.via ?? []), ...(applied.via ?? [])].slice(0, MAX_HOPS) };
  }

  /**
   * `pydoc.locate("os.system")`, `BaseConfigurator({}).resolve("os.system")`, `EntryPoint(n, "os:system", g).load()`: the
   * member a name resolver's constant name names (specs.ts Evaluator `name`; a name not constant is scan/dynamic-code there).
   */
  private nameResolved(fn: Node, args: Node[], depth: number): ModulePath | undefined {
    if (!NAME_RESOLVER_CALL.test(fn.text)) return undefined;
    // An entry point's `load()` is a method of the object made with the name: the construction is the resolver's call.
    const made = fn.type === "attribute" ? fn.childForFieldName("object") : null;
    const maker = made?.type === "call" ? made.childForFieldName("function") : null;
    for (const [callee, given, loaded] of [[fn, args, undefined], [maker, made ? writtenArguments(made) : [], fn.childForFieldName("attribute")?.text]] as const) {
      const path = callee && this.resolve(callee, callee.text, depth + 1);
      const evaluator = path && !path.properties ? this.filter.evaluator(path, "call") : undefined;
      if (evaluator?.reads !== "name" || (loaded === undefined ? evaluator.loadedBy !== undefined : !evaluator.loadedBy?.includes(loaded))) continue;
      // An entry point's text names it before the object (`"run = os:system [extra]"`).
      const [top, ...members] = namedArgument(given, evaluator.subject!, this.constants)?.replace(ENTRY_POINT_DECORATION, "").split(/[.:]/) ?? [];
      return top && this.filter.relevant(top) ? { module: top, members } : undefined;
    }
    return undefined;
  }

  /**
   * A project module loaded as `dotted` on the way to `module` (`__import__("pkg.tools")` is `pkg`): its watched names,
   * read as members, and each submodule loaded below it a member holding its own (`pkg.tools.run` as `m.tools.run`).
   */
  private projectModule(dotted: string, module: string): ModulePath | undefined {
    if (!this.project) return undefined;
    const parts = module.split(".");
    let held: ModulePath | undefined;
    for (let depth = parts.length; depth >= dotted.split(".").length; depth--) {
      const entries: Array<[string, ModulePath]> = Object.entries(this.project.exportsOf(parts.slice(0, depth).join(".")));
      if (held) entries.push([parts[depth]!, held]);
      held = heldLiteral(entries);
    }
    return held;
  }

  /** `getattr(m, "x")`, `importlib.import_module("m")`, `__import__("m")`, or what a client constructor returns. */
  private ofCall(node: Node, depth: number): ModulePath | undefined {
    const fn = node.childForFieldName("function");
    const args = writtenArguments(node);
    if (!fn) return undefined;
    const name = this.writtenName(fn);
    const carrier = this.carrier(name, fn);
    if (carrier) return this.carried(carrier, node, depth);
    if (this.builtinFunction(name, fn, "getattr") || this.libraryFunction(name, fn, NAMESPACE_READERS.getattr)) return this.memberOrDefault(args, node, depth);
    // `inspect.getmembers(os)`: the module's (name, member) pairs, as `vars(os).items()` gives them (dictEntries).
    if ((args.length === 1 || args.length === 2) && this.libraryFunction(name, fn, NAMESPACE_READERS.members)) {
      const base = this.resolve(args[0]!, args[0]!.text, depth + 1);
      return base && !base.properties ? through(heldLiteral([[EVERY_INDEX, heldLiteral([["1", extend(base, ANY)]])!]])!, node) : undefined;
    }
    if (SPEC_FINDERS.has(name) && this.builtIn(name, fn)) return this.specFound(args, node);
    if (LOADER_FINDERS.has(name) && this.builtIn(name, fn)) {
      const spec = this.specFound(args, node);
      return spec && spec.module !== UNREAD_SPEC ? extend(spec, "loader") : spec;
    }
    if (SPEC_LOADERS.has(name) && this.builtIn(name, fn)) {
      const spec = args[0] ? this.resolve(args[0], args[0].text, depth + 1) : undefined;
      return spec?.members.at(-1) === SPEC ? through({ ...spec, members: spec.members.slice(0, -1) }, node) : undefined;
    }
    // `vars(os)` is the module's namespace dict, as `os.__dict__` is (namespaceMember).
    if (args.length === 1 && this.builtinFunction(name, fn, "vars")) {
      const base = this.resolve(args[0]!, args[0]!.text, depth + 1);
      return base && through(extend(base, NAMESPACE), node);
    }
    const keepsDict = NAMESPACE_COPIERS.get(name);
    if (keepsDict !== undefined && args.length === 1 && this.builtIn(name, fn)) {
      const copied = args[0]!.type === "dictionary_splat" ? namedChildrenOf(args[0]!)[0] : args[0];
      const namespace = this.namespaceItems(copied, depth) ?? (copied && this.resolve(copied, copied.text, depth + 1));
      if (namespace?.members.at(-1) === NAMESPACE) return through(keepsDict ? namespace : { ...namespace, members: namespace.members.slice(0, -1) }, node);
    }
    const held = this.importers.get(name) ?? this.importerReached(fn, depth);
    if ((IMPORTERS.has(name) && this.builtIn(name, fn)) || (held !== undefined && held !== "resolve_name")) {
      const module = this.constants.stringOf(args[0]);
      if (module === undefined || module.startsWith(".")) return undefined;
      // `__import__("os.path")` returns the top package; given a fromlist (`fromlist=["x"]`), the module named.
      const dotted = (held ?? name).endsWith("__import__") && !givesFromlist(args) ? module.split(".")[0]! : module;
      if (this.filter.relevant(dotted)) return through({ module: dotted, members: [] }, node);
      // A project module (`importlib.import_module("json")` beside a project json.py): its watched names, read as members.
      const offered = this.projectModule(dotted, module);
      return offered && through(offered, node);
    }
    if ((NAME_RESOLVERS.has(name) && this.builtIn(name, fn)) || held === "resolve_name") {
      // The module is the top package here, its submodules members: `import urllib` then `urllib.request.urlopen` reads so.
      const [top, ...members] = this.constants.stringOf(args[0])?.split(/[.:]/) ?? [];
      return top && this.filter.relevant(top) ? through({ module: top, members }, node) : undefined;
    }
    const named = this.nameResolved(fn, args, depth);
    if (named) return through(named, node);
    const loaded = loadsModule(fn, name) ? this.loadedName(args) : undefined;
    if (loaded !== undefined) {
      const [top, ...members] = loaded.split(".");
      return top && this.filter.relevant(top) ? through({ module: top, members }, node) : undefined;
    }
    if ((name === "functools.reduce" || name === "reduce") && !this.declared(name.split(".")[0]!, fn) && args[0] && this.builtinFunction(this.writtenName(args[0]), args[0], "getattr")) return this.reducedMember(args, node, depth);
    // `functools.partial(getattr, os)`: a function giving back the member of os it is asked for (any: named where it is
    // called, as getattr's name not read here), `partial(getattr, os, "system")` that one.
    if (PARTIALS.has(name) && !this.declared(name.split(".")[0]!, fn) && args[0] && args[1] && this.builtinFunction(this.writtenName(args[0]), args[0], "getattr")) {
      const object = args[1].type === "keyword_argument" ? undefined : this.resolve(args[1], args[1].text, depth + 1);
      return object && !object.properties && !object.returns ? through({ ...extend(object, (args[2] && this.constants.stringOf(args[2])) ?? ANY), returns: 1 }, node) : undefined;
    }
    // `next(v for v in [os.system])` (the generator is the call's argument list), `next(iter(tools))`, `(f for f in
    // [os.system]).__next__()`: the first element.
    const nextOf = fn.type === "attribute" && fn.childForFieldName("attribute")?.text === "__next__" && args.length === 0 ? fn.childForFieldName("object") : null;
    if (nextOf || (args.length >= 1 && this.builtinFunction(name, fn, "next"))) {
      const list = node.childForFieldName("arguments");
      const iterator = nextOf ?? (list?.type === "generator_expression" ? list : args[0]!);
      const first = iterator.type === "keyword_argument" ? undefined : indexedElements(this.resolve(iterator, iterator.text, depth + 1))?.values().next().value;
      return first && through(first, node);
    }
    // `max([os])`, `min(xs, key=id)`: an element of the one iterable; `max(a, b)`: one of the arguments. Any may be the
    // one chosen: the first reaching a crossing.
    if ((name === "min" || name === "max") && !this.declared(name, fn)) {
      const positional = args.filter((arg) => arg.type !== "keyword_argument");
      if (positional.length === 0 || positional.some((arg) => arg.type === "list_splat" || arg.type === "dictionary_splat")) return undefined;
      const chosen = positional.length === 1 ? [...(indexedElements(this.resolve(positional[0]!, positional[0]!.text, depth + 1))?.values() ?? [])] : positional.flatMap((arg) => this.resolve(arg, arg.text, depth + 1) ?? []);
      const element = chosen.find((path) => this.filter.reachesCrossing(path)) ?? chosen[0];
      return element && through(element, node);
    }
    // `typing.cast(T, x)` returns x.
    if (args.length === 2 && name.endsWith("cast") && args[1]!.type !== "keyword_argument" && (this.libraryFunction(name, fn, CASTS) || (name === "cast" && !this.declared(name, fn)))) {
      const value = this.resolve(args[1]!, args[1]!.text, depth + 1);
      return value && through(value, node);
    }
    // `operator.methodcaller("run", cmd)` not applied in place: a value calling that method of what it is given (METHOD_CALLER).
    if (METHOD_CALLERS.has(name) && !this.declared(name.split(".")[0]!, fn)) return through({ module: METHOD_CALLER, members: [this.constants.stringOf(args[0]) ?? ANY] }, node);
    // `operator.attrgetter("system")` not applied in place: a value reading that member of what it is given (ATTRIBUTE_GETTER).
    if (ATTRIBUTE_GETTERS.has(name) && args.length === 1 && !this.declared(name.split(".")[0]!, fn)) return through({ module: ATTRIBUTE_GETTER, members: [this.constants.stringOf(args[0]) ?? ANY] }, node);
    // `operator.attrgetter("system")(os)`: the member read from the argument.
    if (fn.type === "call") {
      const getter = fn.childForFieldName("function");
      const getterName = getter && this.writtenName(getter);
      if (getter && getterName && ATTRIBUTE_GETTERS.has(getterName) && !this.declared(getterName.split(".")[0]!, getter)) {
        const base = args[0] ? this.resolve(args[0], args[0].text, depth + 1) : undefined;
        // A name not known here could be any member, as for getattr.
        return base && through(extend(base, ...(this.constants.stringOf(namedChildrenOf(fn)[0]) ?? ANY).split(".")), node);
      }
      // `operator.itemgetter("system")(vars(os))`: the entry read from the argument, as a subscript reads it.
      if (getterName === "operator.itemgetter" && args[0] && !this.declared("operator", getter!)) {
        const key = namedChildrenOf(fn)[0];
        const entry = this.namespaceMember(args[0], key, node, depth) ?? this.dictEntry(args[0], key, depth);
        return entry && through(entry, node);
      }
    }
    // `(lambda: subprocess.run)()`: a lambda called where it is written gives its body's value; `(lambda m: m.system)(os)`
    // its body read with the parameters given the arguments; `(lambda: lambda: os.system)()` a lambda, a factory.
    const inPlace = unwrap(fn);
    if (inPlace.type === "lambda") {
      let body = inPlace.childForFieldName("body");
      let calls = 0;
      for (; body?.type === "lambda" && calls < MAX_HANDED_DEPTH; calls++) body = body.childForFieldName("body");
      const value = body ? (this.givenValue(inPlace, args, body, depth) ?? this.resolve(body, body.text, depth + 1)) : undefined;
      return value && through(calls ? { ...value, returns: (value.returns ?? 0) + calls } : value, node);
    }
    // getattr by other names: `os.__getattribute__("system")`, `object.__getattribute__(os, "system")`, the namespace's
    // `os.__dict__.get("system")`; and `importlib.reload(os)`, which returns the module.
    const method = fn.type === "attribute" ? fn.childForFieldName("attribute")?.text : undefined;
    // A spread's receiver (`[*TOOLS.values()]` is read as `(*TOOLS).values()`: spreads) is the name spread.
    const object = fn.type === "attribute" ? fn.childForFieldName("object") : null;
    const owner = object?.type === "list_splat" ? (namedChildrenOf(object)[0] ?? null) : object;
    // Given two arguments it is a class's, unbound (`object.`, `type(os).`, `types.ModuleType.__getattribute__(os, "system")`).
    if (method === "__getattribute__" && owner) return args.length === 2 ? this.member(args[0], args[1], node, depth) : this.member(owner, args[0], node, depth);
    // `vars(os).copy()` is the namespace again, `tools.copy()` of a list or dict literal the literal.
    if (method === "copy" && owner && args.length === 0) {
      const copied = this.resolve(owner, owner.text, depth + 1);
      if (copied?.members.at(-1) === NAMESPACE || copied?.properties) return through(copied, node);
    }
    if (name === "importlib.reload" && this.builtIn(name, fn)) return args[0] ? this.resolve(args[0], args[0].text, depth + 1) : undefined;
    if (method === "get" && owner) {
      const named = owner.type === "call" || globalsAttribute(owner) ? this.scopeEntry(owner, args[0], node) : this.loadedModule(node, owner, args[0]);
      if (named) return named;
    }
    // `sys.modules.setdefault("os", None)` returns the loaded module.
    if (method === "setdefault" && owner) {
      const loaded = this.loadedModule(node, owner, args[0]);
      if (loaded) return loaded;
    }
    // `[os.system].pop()`: a list's last element (of a list held by a name, or past a `*rest`, not fixed: the first watched one).
    if (method === "pop" && owner && args.length === 0) {
      const held = this.resolve(owner, owner.text, depth + 1);
      const elements = owner.type === "list" ? namedChildrenOf(owner) : undefined;
      if (held?.properties) return through(extend(held, elements && !elements.some(spreads) ? String(elements.length - 1) : ANY_ENTRY), node);
    }
    // `TOOLS.popitem()`: a (key, value) pair of the dict, which one not fixed here.
    if (method === "popitem" && owner && args.length === 0) {
      const pairs = this.dictEntries(owner, true, depth);
      const first = indexedElements(pairs)?.values().next().value;
      if (first) return through(first, node);
    }
    if ((method === "items" || method === "values") && owner && args.length === 0) {
      const entries = this.dictEntries(owner, method === "items", depth);
      if (entries) return through(entries, node);
    }
    const entry = method !== undefined && DICT_READERS.has(method) ? this.dictEntry(owner, args[0], depth) : undefined;
    if (entry) return through(entry, node);
    // `operator.getitem(vars(os), "system")`, `dict.get(vars(os), "system")`, `operator.getitem(d, "r")`: the entry, as a subscript reads it.
    if (UNBOUND_ENTRY_READERS.has(name) && args.length >= 2 && !this.declared(name.split(".")[0]!, fn)) {
      const entry = this.namespaceMember(args[0], args[1], node, depth) ?? this.dictEntry(args[0]!, args[1], depth);
      return entry && through(entry, node);
    }
    const base = this.resolve(fn, fn.text, depth + 1);
    if (!base) return this.offeredInstance(fn, node) ?? this.containerGet(fn, args, node);
    // `get(os)` of `get = operator.attrgetter("system")`: the member read from the argument.
    if (base.module === ATTRIBUTE_GETTER) {
      const object = args[0] && args[0].type !== "keyword_argument" ? this.resolve(args[0], args[0].text, depth + 1) : undefined;
      return object && object.module !== ATTRIBUTE_GETTER && object.module !== METHOD_CALLER ? through(extend(object, ...base.members[0]!.split(".")), node) : undefined;
    }
    // `vars(os).get("system")`, `getattr(vars(os), "get")("system")`, `os.__dict__.__getitem__("system")`: the namespace's member;
    // `__builtins__.get(name)` in an imported module, whose `__builtins__` is the builtins' dict (the module has no `get`).
    const owned = base.members.slice(0, -1);
    if (ENTRY_READERS.has(base.members.at(-1)!) && (owned.at(-1) === NAMESPACE || isBuiltinsModule({ ...base, members: owned }))) return through(extend({ ...base, members: owned.at(-1) === NAMESPACE ? owned.slice(0, -1) : owned }, this.constants.stringOf(args[0]) ?? ANY), node);
    // A finder's module only: every other call's path is not spelled out.
    const dotted = !base.returns && FINDER_MODULE.test(base.module) ? [base.module, ...base.members].join(".") : undefined;
    // `f = importlib.util.find_spec` … `f(name)`.
    if (dotted === "importlib.util.find_spec") return this.specFound(args, node);
    // A spec found in folders or an archive named at the call (PATH_SPEC_FINDERS).
    if (dotted !== undefined && (PATH_SPEC_FINDERS.has(dotted) || (dotted === PATH_FINDER && args.length > 1))) return through({ module: UNREAD_SPEC, members: [] }, node);
    if (dotted !== undefined && PATH_FINDER_MAKERS.has(dotted)) return extend(base, RETURNED);
    // `spec.loader.load_module()` returns the spec's module.
    if (base.members.length >= 3 && base.members.at(-3) === SPEC && base.members.at(-2) === "loader" && base.members.at(-1) === "load_module") return through({ ...base, members: base.members.slice(0, -3) }, node);
    if (base.returns) return called(base, node, (parameter) => passesParameter(node, parameter));
    // An instance of a class of the file (classMember).
    if (base.module === FILE_CLASS) return base.members.length === 0 ? extend(base, RETURNED) : undefined;
    return this.filter.returnsWatched(base) ? extend(base, RETURNED) : undefined;
  }

  /**
   * A lambda's `body` read as a member of a parameter given an argument (`(lambda m: m.system)(os)`: `os.system`), else
   * undefined: a parameter given by position, before any `*` or keyword argument.
   */
  private givenValue(lambda: Node, args: readonly Node[], body: Node, depth: number): ModulePath | undefined {
    const members: string[] = [];
    let root = body;
    while (root.type === "attribute") {
      const object = root.childForFieldName("object");
      if (!object) return undefined;
      members.unshift(root.childForFieldName("attribute")?.text ?? "");
      root = object;
    }
    if (root.type !== "identifier") return undefined;
    const parameters = namedChildrenOf(lambda.childForFieldName("parameters"));
    const position = parameters.findIndex((parameter) => (parameter.type === "default_parameter" ? parameter.childForFieldName("name") : parameter)?.type === "identifier" && (parameter.type === "default_parameter" ? parameter.childForFieldName("name")!.text : parameter.text) === root.text);
    const positioned = position >= 0 && args.slice(0, position + 1).every((arg) => !UNPOSITIONED.has(arg.type));
    // `(lambda f=os.system: f)()`: a parameter no argument is given holds its default (given by position or none at all).
    const given = positioned ? (args[position] ?? (args.length <= position && args.every((arg) => !UNPOSITIONED.has(arg.type)) ? (parameters[position]!.childForFieldName("value") ?? undefined) : undefined)) : undefined;
    const path = given && this.resolve(given, given.text, depth + 1);
    return path && extend(path, ...members);
  }

  /**
   * `{"r": os.system}.items()`, `.values()`, of a dict held or written in place: its (key, value) pairs, or its values, as
   * a sequence a loop reads (a key is no value). Of a module's namespace (`vars(os).items()`), any member of the module.
   */
  private dictEntries(dict: Node, pairs: boolean, depth: number): ModulePath | undefined {
    const held = this.resolve(dict, dict.text, depth + 1);
    const entry = (value: ModulePath): ModulePath => (pairs ? heldLiteral([["1", value]])! : value);
    if (held?.members.at(-1) === NAMESPACE && !held.properties) return heldLiteral([[EVERY_INDEX, entry(extend({ ...held, members: held.members.slice(0, -1) }, ANY))]]);
    // A container whose slots are bound, not its name (filled by `TOOLS["sh"] = …`, imported from another file): its first watched value.
    const offered = held ? undefined : this.offeredEntry(dict);
    if (offered) return heldLiteral([[EVERY_INDEX, entry(offered)]]);
    if (!held?.properties) return undefined;
    const keys = Object.keys(held.properties).filter((key) => key !== ANY_ENTRY);
    return heldLiteral(keys.map((key, i) => [String(i), entry(key === NAMESPACE_ENTRY || key.startsWith(EARLIER_NAMESPACE) ? extend(held.properties![key]!, ANY) : extend(held, key))]));
  }

  /**
   * `functools.reduce(getattr, ["system"], os)`, `reduce(getattr, [os, "system"])`: the member the names read from the
   * module, one after another; names not written out as constants could be any member (as for getattr).
   */
  private reducedMember(args: readonly Node[], site: Node, depth: number): ModulePath | undefined {
    const sequence = args[1];
    const written = sequence?.type === "list" || sequence?.type === "tuple" ? namedChildrenOf(sequence) : undefined;
    const start = args.length >= 3 ? args[2] : written?.[0];
    const base = start ? this.resolve(start, start.text, depth + 1) : undefined;
    if (!base) return undefined;
    const names = written?.slice(args.length >= 3 ? 0 : 1).map((name) => this.constants.stringOf(name));
    return through(extend(base, ...(names && !names.includes(undefined) ? (names as string[]) : [ANY])), site);
  }

  /**
   * Is `name` declared (a module name, a parameter or local) where `node` is? Not by an import of a module not watched
   * (UnwatchedImport): `import sys`, `from functools import reduce` bind the standard ones the name is read as undeclared.
   */
  declared(name: string, node: Node): boolean {
    if (!this.bindings.declared(name, node)) return false;
    if (!this.unwatched.has(name)) return true;
    const path = this.bindings.lookup(name, node);
    // `from compat import importlib` binds `compat.importlib` (importedPath): the import itself, the name read as the standard one.
    return !(path && [path.module, ...path.members].join(".") === this.unwatched.get(name));
  }

  /** Is `name` called at `fn` one of a library's functions `dotted` lists (`inspect.getattr_static`), by that name or imported (`from inspect import getattr_static as ga`)? */
  private libraryFunction(name: string, fn: Node, dotted: ReadonlySet<string>): boolean {
    if (dotted.has(name)) return this.builtIn(name, fn);
    if (!/^[\w]+$/.test(name) || !this.declared(name, fn)) return false;
    const bound = this.bindings.lookup(name, fn);
    return bound !== undefined && !bound.returns && dotted.has([bound.module, ...bound.members].join("."));
  }

  /** Is `name` called at `fn` the built-in function `bare`, bare (not bound here) or as `builtins.getattr`, `__builtins__.getattr`? */
  private builtinFunction(name: string, fn: Node, bare: string): boolean {
    if (name === bare) return !this.declared(bare, fn);
    return (name === `builtins.${bare}` || name === `__builtins__.${bare}`) && this.builtIn(name, fn);
  }

  /** The constant name a `load_module` call is given, by position or keyword (LOADED_NAME). */
  private loadedName(args: Node[]): string | undefined {
    for (const subject of LOADED_NAME) {
      const name = namedArgument(args, subject, this.constants);
      if (name !== undefined) return name;
    }
    return undefined;
  }

  /** What `find_spec(…)` given `args` returns: the spec of the watched module it names, or of a module named at run time (UNREAD_SPEC). */
  private specFound(args: readonly Node[], node: Node): ModulePath | undefined {
    const module = args[0] && args[0].type !== "keyword_argument" ? this.constants.stringOf(args[0]) : undefined;
    if (module === undefined) return args[0] && !RELATIVE_NAME.test(args[0].text) ? through({ module: UNREAD_SPEC, members: [] }, node) : undefined;
    return this.filter.relevant(module) ? through({ module, members: [SPEC] }, node) : undefined;
  }

  /** `d.get("run")` of a container slot (`d = {"run": subprocess.run}`): the slot `d.run` (asked when `d.get` itself is nothing). */
  private containerGet(fn: Node, args: readonly Node[], node: Node): ModulePath | undefined {
    if (fn.type !== "attribute" || fn.childForFieldName("attribute")?.text !== "get") return undefined;
    const object = fn.childForFieldName("object");
    const container = object ? this.slotKey(object) : undefined;
    const key = container !== undefined ? this.literalKey(args[0] ?? null) : undefined;
    const slot = key !== undefined ? this.bindings.slotPath([...container!.split("."), key]) : this.anyEntry(object, args[0]);
    return slot && through(slot, node);
  }

  /**
   * `RUNNERS[kind]`, `RUNNERS.get(kind)`: a container literal held by a name of the module's scope, read by a key no
   * constant of the file spells, is its first watched value (as `a or b` is); a constant key names its slot or nothing.
   * A parameter or local of the name hides it.
   */
  private anyEntry(container: Node | null | undefined, key: Node | null | undefined): ModulePath | undefined {
    if ((container?.type !== "identifier" && container?.type !== "attribute") || !key || this.constantKey(key)) return undefined;
    // `tools.TOOLS[name]` after `import tools`: the container imported with the module (its slots are `tools.TOOLS.…`).
    const chain = this.slotKey(container)?.split(".");
    // Only the container's own slot: a shorter one (`tools.TOOLS` holding a module) is no container of the file's.
    const entry = chain && !this.bindings.slotPath(chain) ? this.bindings.slotPath([...chain, ANY_ENTRY]) : undefined;
    return entry && this.bindings.fileScoped(chain![0]!, container!) ? entry : undefined;
  }

  /**
   * `use(TOOLS)`, `use(TOOLS.values())` of a container another project file offers (`from tools import TOOLS`, `tools.TOOLS`):
   * its slots are bound, not its name, so handed over whole it is read as its first watched value (anyEntry's).
   */
  offeredEntry(node: Node): ModulePath | undefined {
    const container = node.type === "call" ? node.childForFieldName("function")?.childForFieldName("object") : node;
    if (container?.type !== "identifier" && container?.type !== "attribute") return undefined;
    const chain = this.slotKey(container)?.split(".");
    const entry = chain && !this.bindings.slotPath(chain) ? this.bindings.slotPath([...chain, ANY_ENTRY]) : undefined;
    return entry && this.bindings.fileScoped(chain![0]!, container) ? through(entry, node) : undefined;
  }

  /**
   * `local["ls"]` (plumbum): an object of a library that gives its members by key too, read as the member a constant key
   * names, where the table lists members under it (`local.*`); such a member given its arguments by key (`local["ls"]["-l"]`,
   * any key) is still that member. What other subscripts of a library's object give is not followed.
   */
  private itemMember(node: Node, depth: number): ModulePath | undefined {
    const value = node.childForFieldName("value");
    const base = value ? this.resolve(value, value.text, depth + 1) : undefined;
    // A module too: `from plumbum import local` binds what may be a submodule's name.
    if (!base || base.properties || base.returns) return undefined;
    const key = this.constants.stringOf(node.childForFieldName("subscript"));
    const listedUnder = (path: ModulePath) => this.filter.reachesCrossing(path) && this.filter.reachesCrossing(extend(path, ANY));
    if (key !== undefined && /^[A-Za-z_][\w.-]*$/.test(key)) {
      const member = extend(base, key);
      if (listedUnder(base) && this.filter.reachesCrossing(member)) return through(member, node);
    }
    const owner = base.members.length > 0 ? { ...base, members: base.members.slice(0, -1) } : undefined;
    return owner && listedUnder(owner) && this.filter.reachesCrossing(base) ? through(base, node) : undefined;
  }

  /**
   * `opts["sh"]`, `opts.get("sh")` of a parameter given a dict literal (`go({"sh": subprocess.run})`), or of a name holding
   * one (heldLiteral: also `l[0]`): the entry a constant key names, else nothing; a key no constant spells reads a held
   * literal's first watched value (ANY_ENTRY), as anyEntry does a module-level one's.
   */
  private dictEntry(dict: Node | null, key: Node | null | undefined, depth: number): ModulePath | undefined {
    const base = dict && key ? this.resolve(dict, dict.text, depth + 1) : undefined;
    if (!base?.properties) return undefined;
    const name = numberKey(key) ?? this.constants.stringOf(key) ?? (this.constantKey(key!) ? undefined : ANY_ENTRY);
    return name !== undefined ? (this.spreadMember(base, name) ?? extend(base, name)) : undefined;
  }

  /**
   * `{**vars(os), **vars(socket)}["system"]`: a key no entry of the dict holds is a member of the last namespace spread
   * in it that has one. Which has it is not known here, only which members the rules watch: the last whose member may
   * cross (fail closed), else the last (extend reads it).
   */
  private spreadMember(dict: ModulePath, name: string): ModulePath | undefined {
    const properties = dict.properties!;
    if (name === ANY_ENTRY || Object.hasOwn(properties, name) || !Object.hasOwn(properties, NAMESPACE_ENTRY)) return undefined;
    const spread = [NAMESPACE_ENTRY, ...Object.keys(properties).filter((key) => key.startsWith(EARLIER_NAMESPACE)).reverse()];
    if (spread.length === 1) return undefined;
    for (const key of spread) {
      const namespace = properties[key]!;
      const member = extend({ ...namespace, via: [...(dict.via ?? []), ...(namespace.via ?? [])].slice(0, MAX_HOPS) }, name);
      if (this.filter.reachesCrossing(member)) return member;
    }
    return undefined;
  }

  /** A key written as a literal (a string without `{…}`, a number, `-1`, `True`, `None`) or a string constant of the file. */
  private constantKey(key: Node): boolean {
    const literal = key.type === "unary_operator" ? key.namedChild(0) : key;
    if (literal && LITERAL_KEYS.has(literal.type)) return true;
    return key.type === "string" ? !key.namedChildren.some((part) => part?.type === "interpolation") : this.constants.stringOf(key) !== undefined;
  }

  /**
   * A member of a class of the file is its `cls.X` slot, a member of an instance of one (`Runner().run`, `r.run` after
   * `r = Runner()`) its `self.X` slot: per file, as the slots are, whichever class of the file assigned them.
   */
  private classMember(path: ModulePath | undefined): ModulePath | undefined {
    if (path?.module === PROJECT_INSTANCE) return path.members.at(-1) === PROTOTYPE ? path : this.heldBy(path, this.bindings.slotPath(path.members));
    if (path?.module !== FILE_CLASS || path.members.length === 0) return path;
    // `K.__base__.run`: a class of the file (SUPER).
    if (path.members[0] !== RETURNED && path.members.includes(BASE_ATTRIBUTE)) return this.classMember({ ...path, members: path.members.filter((m) => m !== BASE_ATTRIBUTE) });
    const instance = path.members[0] === RETURNED;
    if (instance && path.members.length === 1) return path;
    return this.heldBy(path, this.bindings.slotPath(instance ? ["self", ...path.members.slice(1)] : ["cls", ...path.members]));
  }

  /**
   * `K.__mro__[1]`, `K.__bases__[0]` of a class of the file: a class of the file (SUPER); of a watched library class
   * (`http.client.HTTPSConnection.__bases__[0]`), read as that class: the scan does not know the library's bases, which
   * may be as watched (HTTPConnection).
   */
  private baseClass(node: Node, depth: number): ModulePath | undefined {
    const value = node.childForFieldName("value");
    const object = value?.type === "attribute" && BASE_SEQUENCES.has(value.childForFieldName("attribute")?.text ?? "") ? value.childForFieldName("object") : null;
    const cls = object ? this.resolve(object, object.text, depth + 1) : undefined;
    if (cls?.module === FILE_CLASS) return cls.members.length === 0 ? through(cls, node) : undefined;
    return cls && cls.members.length > 0 && !cls.properties && !cls.returns && this.filter.reachesCrossing(cls) ? through(cls, node) : undefined;
  }

  /**
   * `self.runsource(src)` in a class of the file built on `code.InteractiveInterpreter` (`cls.X` in one on a class): the
   * member of its watched library base's instance (of the base), which the class inherits; none in a class built on none.
   */
  private libraryBaseMember(ofClass: boolean, members: string[], node: Node): ModulePath | undefined {
    const cls = enclosing(node, CLASS_DEFINITIONS, { hit: false });
    // The class's own member (`def connect(self)` of `class SSHSocket(socket.socket)`) is no base's.
    if (!cls || members.length === 0 || definesMember(cls, members[0]!)) return undefined;
    const bases = cls.childForFieldName("superclasses");
    const base = bases ? this.firstBase(bases) : undefined;
    if (!base || base.properties || base.returns || base.module === FILE_CLASS || base.module === PROJECT_INSTANCE) return undefined;
    return through(extend(ofClass ? base : extend(base, RETURNED), ...members), node);
  }

  /** A member's slot reached through the class or instance `path` is (its steps first). */
  private heldBy(path: ModulePath, slot: ModulePath | undefined): ModulePath | undefined {
    return slot && { ...slot, via: [...(path.via ?? []), ...(slot.via ?? [])].slice(0, MAX_HOPS) };
  }

  /**
   * What a builtin that carries the values of iterables on (CARRIERS) gives: `list(xs)`, `tuple(xs)`, `iter(xs)` each
   * element at its index; `sorted(xs)`, `reversed(xs)` each at any index; `enumerate(xs)` each as the second of a pair
   * at its index; `zip(xs, ys)` a tuple at each index of each iterable's element there.
   */
  private carried(name: string, call: Node, depth: number): ModulePath | undefined {
    const iterables = carriedArguments(name, call, this.builtinCallback)?.map((arg) => indexedElements(this.resolve(arg, arg.text, depth + 1)));
    if (!iterables?.some((elements) => elements)) return undefined;
    const carrying: Carrying = CARRIERS.get(name) ?? LIBRARY_CARRIERS.get(name)!;
    const [first] = iterables;
    // `chain(xs, ys)`: each iterable's elements, one after another.
    if (name === "itertools.chain") return heldLiteral(iterables.flatMap((elements) => [...(elements?.values() ?? [])].map((element): [string, ModulePath] => [EVERY_INDEX, element])));
    // `chain.from_iterable([xs, ys])`: the elements of each element.
    if (carrying === "flattened") return first && heldLiteral([...first.values()].flatMap((inner) => [...(indexedElements(inner)?.values() ?? [])].map((element): [string, ModulePath] => [EVERY_INDEX, element])));
    if (carrying === "zipped") {
      const indices = new Set(iterables.flatMap((elements) => (elements ? [...elements.keys()] : [])));
      return heldLiteral([...indices].flatMap((index): Array<[string, ModulePath]> => {
        const tuple = heldLiteral(iterables.flatMap((elements, k): Array<[string, ModulePath]> => {
          const element = elements && (elements.get(index) ?? elements.get(EVERY_INDEX));
          return element ? [[String(k), element]] : [];
        }));
        return tuple ? [[index, tuple]] : [];
      }));
    }
    if (!first) return undefined;
    if (carrying === "paired") return heldLiteral([...first].map(([index, element]) => [index, heldLiteral([["1", element]])!]));
    return heldLiteral([...first].map(([index, element]) => [carrying === "any" ? EVERY_INDEX : index, element]));
  }

  /** The carrier (CARRIERS, LIBRARY_CARRIERS) a call's function `fn`, written `name`, is, by the name its table keys it. */
  private carrier(name: string, fn: Node): string | undefined {
    if (CARRIERS.has(name)) return this.bindings.declared(name, fn) ? undefined : name;
    if (!this.libraryFunction(name, fn, LIBRARY_CARRIER_NAMES)) return undefined;
    if (LIBRARY_CARRIER_NAMES.has(name)) return name;
    // `from itertools import chain`: the name is bound to the function.
    const bound = this.bindings.lookup(name, fn)!;
    return [bound.module, ...bound.members].join(".");
  }

  /** A callback that is a builtin function, not bound here (`filter(callable, xs)`): it calls no element it is given. */
  private readonly builtinCallback = (callback: Node): boolean => callback.type === "identifier" && PY_BUILTIN_FUNCTIONS.has(callback.text) && !this.bindings.declared(callback.text, callback);

  /**
   * Does the builtin `call` only carry `arg` (an argument it is written with) on to what gets its result (CARRIERS, `next`)? Asked
   * once the bindings are final (callsOf), so each call's answer is kept: a literal of thousands of values is read once.
   */
  carries(call: Node, arg: Node): boolean {
    let carried = this.carriedBy.get(call.id);
    if (carried === undefined) {
      const fn = call.childForFieldName("function");
      const name = fn?.text.replace(/\s+/g, "");
      const carrier = name === undefined ? undefined : name === "next" ? (this.bindings.declared(name, fn!) ? undefined : name) : this.carrier(name, fn!);
      const args = carrier !== undefined ? carriedArguments(carrier, call, this.builtinCallback) : undefined;
      carried = new Set(args && this.resolve(call) !== undefined ? args.map((node) => node.id) : []);
      this.carriedBy.set(call.id, carried);
    }
    return carried.has(arg.id);
  }
  private readonly carriedBy = new Map<number, ReadonlySet<number>>();

  /** `K()` of `from a import K`, `a.K()` of `import a`: an instance of a class whose instances' members another project file offers (`K.prototype.run`). */
  private offeredInstance(fn: Node, node: Node): ModulePath | undefined {
    if (this.bindings.instanceOwners.size === 0) return undefined;
    const chain = simpleChain(fn.text);
    return chain && this.bindings.instanceOwners.has(chain.join(".")) && !this.bindings.declared(chain[0]!, fn) ? through({ module: PROJECT_INSTANCE, members: [...chain, PROTOTYPE] }, node) : undefined;
  }

  /** `getattr(os, "system")`, `vars(os)["system"]`: the member of `object` named by `name`, reached through `site`. */
  private member(object: Node | null | undefined, name: Node | null | undefined, site: Node, depth: number): ModulePath | undefined {
    const member = this.constants.stringOf(name);
    // `getattr(self, "run")`, `getattr(super(), "run")`, `getattr(cls, "run")`: the slot, as `self.run` reads it.
    const key = object && member !== undefined && /^\w+$/.test(member) ? this.slotKey(object) : undefined;
    const slot = key && this.bindings.slotRoots.has(key.split(".")[0]!) ? this.bindings.slotPath([...key.split("."), member!]) : undefined;
    if (slot) return through(this.classMember(slot) ?? slot, site);
    const base = object ? this.resolve(object, object.text, depth + 1) : undefined;
    // `for n in ["getcwd", "sep"]: getattr(os, n)`: each name the loop gives, the first reaching a crossing (else the first).
    const looped = member === undefined && base ? this.loopNames(name) : undefined;
    if (looped) {
      const paths = looped.map((m) => (base!.module === OWN_MODULE ? this.ownGlobal(base!, m, site) : through(extend(base!, m), site)));
      return paths.find((p) => p && this.filter.reachesCrossing(p)) ?? paths[0];
    }
    if (base?.module === OWN_MODULE) return member !== undefined ? this.ownGlobal(base, member, site) : undefined;
    // A name not known here could be any member: what `*` covers.
    return base && through(extend(base, member ?? ANY), site);
  }

  /**
   * The strings a loop variable read in its loop's body takes (`for n in ("getcwd", "sep"):`, a tuple or list of string
   * constants), undefined when it may hold another: it is only read in the body (no assignment, walrus, nested loop,
   * parameter, `del` of it there: deny by default), no `global`/`nonlocal` of the file names it, and the body writes no
   * scope dict or attribute by name except under the loop variable itself (`globals()[n] = …`, `setattr(m, n, …)`),
   * no listed string being the variable's own name (a store under it would rebind it).
   */
  loopNames(name: Node | null | undefined): string[] | undefined {
    if (name?.type !== "identifier") return undefined;
    for (let node = name.parent; node; node = node.parent) {
      if (node.type !== "for_statement") continue;
      const left = node.childForFieldName("left");
      if (left?.type === "identifier" && left.text !== name.text) {
        const derived = this.derivedLoopNames(node, left.text, name);
        if (derived) return derived;
      }
      if (left?.text !== name.text) continue;
      const body = node.childForFieldName("body");
      const values = node.childForFieldName("right");
      if (!body || name.startIndex < body.startIndex || name.endIndex > body.endIndex) return undefined;
      if (values?.type !== "tuple" && values?.type !== "list") return undefined;
      const strings = namedChildrenOf(values).map((value) => this.constants.stringOf(value));
      if (strings.length === 0 || strings.some((v) => v === undefined || v === name.text)) return undefined;
      if (this.outerDeclared(name.text)) return undefined;
      // A function the body calls may rebind it: a module's name by name, a local through its frame.
      if (FRAME_WRITES.test(this.source) || (bindsNoLocals(node) && this.functionsWriteNames(node, name.text))) return undefined;
      for (const use of body.descendantsOfType("identifier")) if (use?.text === name.text && !readOnly(use)) return undefined;
      for (const use of body.descendantsOfType("identifier")) if (use && NAME_WRITERS.has(use.text) && !writesUnder(use, name.text)) return undefined;
      if (/__dict__|\b(?:exec|eval)\b/.test(body.text)) return undefined;
      return strings as string[];
    }
    return undefined;
  }

  /**
   * `getattr(x, "nope", os.system)`: the member, or the default when the member is missing, so a watched default is a
   * watched value of the call (the member first when it reaches a crossing itself).
   */
  private memberOrDefault(args: Node[], site: Node, depth: number): ModulePath | undefined {
    const member = this.member(args[0], args[1], site, depth);
    const fallback = args[2];
    if (!fallback || fallback.type === "keyword_argument" || (member && this.filter.reachesCrossing(member))) return member;
    const value = this.resolve(fallback, fallback.text, depth + 1);
    return value ? through(value, site) : member;
  }

  /** `sys.modules[__name__].os`, `getattr(sys.modules[__name__], "os")`: the file's global name, reached through `site`. */
  private ownGlobal(module: ModulePath, name: string, site: Node): ModulePath | undefined {
    if (module.members.length > 0) return undefined;
    const path = this.bindings.lookup(name, site);
    return path && through({ ...path, via: [...(module.via ?? []), ...(path.via ?? [])].slice(0, MAX_HOPS) }, site);
  }

  /**
   * `vars(os)["system"]`, `os.__dict__["system"]`, `v["system"]` after `v = vars(os)`: a module's namespace read by key
   * (namespaceMember); `globals()["os"]`, `locals()["os"]`, `vars()["os"]`: the name itself.
   */
  private namespaceEntry(node: Node, depth: number): ModulePath | undefined {
    const table = node.childForFieldName("value");
    const scoped = table && ((table.type === "call" && namedChildrenOf(table).length === 0) || globalsAttribute(table)) ? this.scopeEntry(table, node.childForFieldName("subscript"), node) : undefined;
    return scoped ?? this.namespaceMember(table, node.childForFieldName("subscript"), node, depth);
  }

  /**
   * A member of a module's namespace dict (`vars(os)`, `os.__dict__`, or a name holding one: the path's last member is
   * `__dict__`), read by `key` as getattr reads it: a key not known here could be any member.
   */
  private namespaceMember(table: Node | null | undefined, key: Node | null | undefined, site: Node, depth: number): ModulePath | undefined {
    const resolved = table ? this.resolve(table, table.text, depth + 1) : undefined;
    // In a module imported (not run as the program), `__builtins__` is the builtins' dict itself: `__builtins__["__import__"]`,
    // `globals()["__builtins__"][name]` (a module read by key can only be that dict).
    const namespace = resolved && isBuiltinsModule(resolved) ? { ...resolved, members: [NAMESPACE] } : resolved;
    if (namespace?.members.at(-1) !== NAMESPACE) return undefined;
    return through(extend({ ...namespace, members: namespace.members.slice(0, -1) }, this.constants.stringOf(key) ?? ANY), site);
  }

  /** `[subprocess.run][0]`, `(subprocess.run,)[0]`: the element of a list or tuple written in place, by its index. */
  private writtenEntry(node: Node, depth: number): ModulePath | undefined {
    const container = node.childForFieldName("value");
    const index = node.childForFieldName("subscript");
    // `[subprocess.run][-1]`: counted from the end.
    const fromEnd = index?.type === "unary_operator" && index.text.startsWith("-") ? index.namedChild(0) : null;
    const written = fromEnd ?? index;
    if ((container?.type !== "list" && container?.type !== "tuple") || written?.type !== "integer") return undefined;
    const entries = spreadElements(container);
    const count = Number(written.text.replace(/_/g, ""));
    const position = fromEnd ? entries.length - count : count;
    // Past a `*rest` the positions are unknown: from the start those after it, from the end those before it.
    const unknown = (fromEnd ? entries.slice(position) : entries.slice(0, position + 1)).some(spreads);
    const entry = unknown || position < 0 ? undefined : entries[position];
    return entry ? this.resolve(entry, entry.text, depth + 1) : undefined;
  }

  /**
   * `tools[-1]`, `tools[~0]` of a sequence a name, slot or entry holds: the element an index counted from the end reads
   * depends on the sequence's length, which a held literal does not keep (one written in place is counted:
   * writtenEntry), so it reads as a key not fixed does, the first watched element. A dict's `-1` is a key of its own.
   */
  private fromEnd(node: Node, depth: number): ModulePath | undefined {
    const index = node.childForFieldName("subscript");
    const container = node.childForFieldName("value");
    if (index?.type !== "unary_operator" || !/^[-~]/.test(index.text) || index.namedChild(0)?.type !== "integer" || !container || container.type === "list" || container.type === "tuple") return undefined;
    const held = this.resolve(container, container.text, depth + 1);
    const sequence = held?.properties && Object.keys(held.properties).some((key) => key === EVERY_INDEX || ARRAY_INDEX.test(key));
    return held && sequence ? through(extend(held, ANY_ENTRY), node) : undefined;
  }

  /** Is `fn` the built-in `globals`, `locals` or `vars` (as written, or held by another name: writtenAliases), not rebound here? */
  scopeDict(fn: Node): boolean {
    const name = this.writtenName(fn).replace(/^builtins\./, "");
    return SCOPE_DICTS.has(name) && !this.declared(name, fn);
  }

  /** `globals()["os"]`, `globals().get("os")`, `f.__globals__["os"]`: the name the key spells, where `site` is (the built-in not rebound here). */
  private scopeEntry(table: Node, key: Node | null | undefined, site: Node): ModulePath | undefined {
    const globalsOf = globalsAttribute(table);
    if (!globalsOf) {
      const fn = table.type === "call" ? table.childForFieldName("function") : null;
      if (!fn || !this.scopeDict(fn) || namedChildrenOf(table).length > 0) return undefined;
    }
    const name = this.constants.stringOf(key);
    // `globals()["__builtins__"]`: the builtins (module or dict) where the file binds no such name. A function's or a
    // frame's globals may be another module's (`shutil.which.__globals__["os"]`, a caller's frame): a watched module's
    // name there is that module, as `shutil.os` is.
    const path = name !== undefined ? (this.bindings.lookup(name, site) ?? (name === BUILTINS_NAME ? builtinPath(name) : globalsOf && this.filter.relevant(name) ? { module: name, members: [] } : undefined)) : undefined;
    return path && through(path, site);
  }

  /** `sys.modules["os"]`, `sys.modules.get("os")`: a loaded module looked up by its literal name (sys not rebound here). */
  private loadedModule(node: Node, table = node.childForFieldName("value"), key = node.childForFieldName("subscript")): ModulePath | undefined {
    if (!this.loadedModules(table)) return undefined;
    // `sys.modules[__name__]`: the file's own module, whose members are its global names (ownGlobal).
    if (key?.text === "__name__" && !this.declared("__name__", key)) return through({ module: OWN_MODULE, members: [] }, node);
    const keys = this.moduleKeys(key);
    const module = keys.find((name) => this.filter.relevant(name));
    if (module !== undefined) return through({ module, members: [] }, node);
    // `sys.modules[cls.__module__]`, `sys.modules[m.__name__]`: the module an object was defined in or is, not a name read at run time.
    const named = key?.type === "attribute" && MODULE_NAMING.has(key.childForFieldName("attribute")?.text ?? "");
    return keys.length === 0 && key && !named && !this.constantKey(key) ? through({ module: UNREAD_MODULE, members: [] }, node) : undefined;
  }

  /**
   * The module names a key of `sys.modules` may be: a constant; each constant `a and "posix" or "nt"` or `"posix" if c
   * else "nt"` may give (a falsy `a` is no module's name); `os.getcwd.__module__`, the module a member was read from.
   */
  private moduleKeys(key: Node | null | undefined, depth = 0): string[] {
    const constant = this.constants.stringOf(key);
    if (constant !== undefined || !key || depth > MAX_RESOLVE_DEPTH) return constant === undefined ? [] : [constant];
    if (key.type === "parenthesized_expression") return this.moduleKeys(namedChildrenOf(key)[0], depth + 1);
    if (key.type === "boolean_operator") return [key.childForFieldName("operator")?.type === "or" ? key.childForFieldName("left") : null, key.childForFieldName("right")].flatMap((side) => this.moduleKeys(side, depth + 1));
    if (key.type === "conditional_expression") return namedChildrenOf(key).filter((_, i) => i !== 1).flatMap((side) => this.moduleKeys(side, depth + 1));
    const read = key.type === "attribute" && key.childForFieldName("attribute")?.text === "__module__" ? key.childForFieldName("object") : null;
    const member = read ? this.resolve(read, read.text, depth + 1) : undefined;
    return member && member.members.length > 0 && !member.properties && !member.returns ? [member.module] : [];
  }

  /**
   * `sys.modules`, or a copy of it (`sys.modules.copy()`, `dict(sys.modules)`, `dict(sys.modules.items())`, `copy.copy(sys.modules)`,
   * NAMESPACE_COPIERS keeping a dict): its keys still name the loaded modules.
   */
  private loadedModules(table: Node | null | undefined, depth = 0): boolean {
    if (!table || depth > MAX_HANDED_DEPTH) return false;
    if (table.type === "parenthesized_expression") return this.loadedModules(namedChildrenOf(table)[0], depth + 1);
    if (this.writtenName(table) === "sys.modules") return !this.declared("sys", table);
    if (table.type === "identifier") return depth === 0 && this.holdsLoadedModules(table);
    // `os.sys.modules`: the sys module another module imported is its attribute (as `shutil.os` is os).
    const owner = table.type === "attribute" && table.childForFieldName("attribute")?.text === "modules" ? table.childForFieldName("object") : null;
    const module = owner?.type === "attribute" && owner.childForFieldName("attribute")?.text === "sys" ? owner.childForFieldName("object") : null;
    if (module) {
      const base = this.resolve(module, module.text, depth + 1);
      return base !== undefined && !base.properties && !base.returns;
    }
    const fn = table.type === "call" ? table.childForFieldName("function") : null;
    if (!fn) return false;
    const args = writtenArguments(table);
    const method = fn.type === "attribute" ? fn.childForFieldName("attribute")?.text : undefined;
    if ((method === "copy" || method === "items") && args.length === 0) return this.loadedModules(fn.childForFieldName("object"), depth + 1);
    const name = this.writtenName(fn);
    return NAMESPACE_COPIERS.get(name) === true && args.length === 1 && this.builtIn(name, fn) && this.loadedModules(args[0], depth + 1);
  }

  /**
   * `mods = sys.modules` (or a copy) at the module's top, the only assignment to the name in the file: `mods["os"]`
   * reads the loaded module as `sys.modules["os"]` does.
   */
  private holdsLoadedModules(name: Node): boolean {
    const assigned = [...this.source.matchAll(new RegExp(`(?<![\\w.])${name.text}\\s*(?:=(?!=)|:=|[-+*/|&^%@]=)`, "g"))];
    if (assigned.length !== 1) return false;
    let root = name;
    while (root.parent) root = root.parent;
    return namedChildrenOf(root).some((statement) => {
      const assignment = statement.type === "expression_statement" && statement.namedChildCount === 1 ? statement.namedChild(0) : null;
      const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
      return left?.type === "identifier" && left.text === name.text && this.loadedModules(assignment!.childForFieldName("right"), 1);
    });
  }

  /** A watched value stored in an attribute or container slot (`self.client`, `values["client"]`). */
  private slot(node: Node): ModulePath | undefined {
    const own = slotValue(this.bindings, node, (n) => this.slotKey(n));
    if (own || node.type !== "subscript") return own;
    // `REG["Shell"]` of a container that holds a watched value under a key the file does not fix (computedEntryOwner).
    const value = node.childForFieldName("value");
    const owner = value && this.bindings.slotRoots.has(value.text.split(".")[0]!.trim()) ? this.slotKey(value) : undefined;
    return owner ? this.bindings.slotAt(`${owner}.${EVERY_KEY}`) : undefined;
  }

  /**
   * `REG[name] = …`, `self.tools[k] = …`: the container (a name, or an attribute of `self`/`cls`) given an entry under a key
   * no constant of the file spells; undefined for anything else (a constant key is its own slot: slotKey).
   */
  computedEntryOwner(target: Node): string | undefined {
    const value = target.type === "subscript" ? target.childForFieldName("value") : null;
    const chain = value ? simpleChain(value.text) : undefined;
    if (!value || !chain || !(chain.length === 1 || (chain.length === 2 && (chain[0] === "self" || chain[0] === "cls")))) return undefined;
    return this.literalKey(target.childForFieldName("subscript")) === undefined ? chain.join(".") : undefined;
  }

  /** `type(self).X`: the slot `cls.X` of the instance's class (slotKey), in a file whose classes have attributes. */
  private classSlot(node: Node): ModulePath | undefined {
    if (!this.bindings.slotRoots.has("cls") || !(node.text.startsWith("type") || node.text.startsWith(SUPER))) return undefined;
    const key = this.slotKey(node);
    return key?.startsWith("cls.") ? this.bindings.slotPath(key.split(".")) : undefined;
  }

  /** `self.client` → "self.client", `values["client"]` → "values.client"; undefined for anything else. */
  slotKey(node: Node, depth = 0): string | undefined {
    if (depth > MAX_RESOLVE_DEPTH) return undefined;
    if (node.type === "identifier") return node.text;
    if (node.type === "attribute") {
      const object = node.childForFieldName("object");
      const base = object && this.slotKey(object, depth + 1);
      const attribute = node.childForFieldName("attribute");
      // `self.__class__`: the instance's class, whose attributes are the `cls.X` slots.
      if (base === "self" && attribute?.text === CLASS_ATTRIBUTE) return "cls";
      // `type(self).__base__`: a class of the file, whose attributes are the same slots (SUPER).
      if (base === "cls" && attribute?.text === BASE_ATTRIBUTE) return "cls";
      // `self.__dict__["run"]`: an object's dict holds its attributes, `self.run`.
      if (base && attribute?.text === DICT_ATTRIBUTE) return base;
      return base && attribute ? `${base}.${attribute.text}` : undefined;
    }
    // `type(self)`, as `self.__class__`.
    if (node.type === "call" && node.childForFieldName("function")?.text === "type" && !this.bindings.names.has("type")) {
      const args = namedChildrenOf(node.childForFieldName("arguments"));
      if (args.length === 1 && args[0]!.type === "identifier" && args[0]!.text === "self") return "cls";
    }
    // `super()`, `super(K, self)`: the bases' attributes, the `cls.X` slots (SUPER).
    if (node.type === "call" && node.childForFieldName("function")?.text === SUPER && !this.bindings.names.has(SUPER)) return "cls";
    if (node.type === "subscript") {
      const value = node.childForFieldName("value");
      // `type(self).__mro__[1]`, `self.__class__.__bases__[0]`: a class of the file (SUPER).
      const sequence = value?.type === "attribute" ? value.childForFieldName("attribute")?.text : undefined;
      if (sequence && BASE_SEQUENCES.has(sequence) && this.slotKey(value!.childForFieldName("object")!, depth + 1) === "cls") return "cls";
      const base = value && this.slotKey(value, depth + 1);
      const key = base && this.literalKey(node.childForFieldName("subscript"));
      return key !== undefined ? `${base}.${key}` : undefined;
    }
    return undefined;
  }

  /** A container's key written as a literal: a string (or a string constant) that could be a name, or a number (a list's index: numberKey). */
  private literalKey(node: Node | null): string | undefined {
    const key = numberKey(node) ?? this.constants.stringOf(node);
    return key !== undefined && /^[\w$]+$/.test(key) ? key : undefined;
  }

  /**
   * `{"run": subprocess.run}` held in `key`: the slot `key.run`, reached through its entry; `[subprocess.run]`,
   * `(subprocess.run,)`: the slot `key.0`, reached through the statement (`site`). Held by a name of the module's
   * scope (`anyKey`), its first watched value is also what a computed key reads (anyEntry), reached through the statement.
   */
  containerSlots(key: string, entries: ContainerEntries, site: { startIndex: number; endIndex: number }, anyKey: boolean): void {
    for (const [entryKey, path, pair] of entries) if (entryKey !== undefined) this.bindings.bindSlot(`${key}.${entryKey}`, through(path, pair ?? site));
    if (anyKey && entries.length > 0) this.bindings.bindSlot(`${key}.${ANY_ENTRY}`, through(firstEntry(entries), site));
  }

  /** A function's returned value (factories.ts): a dict, list or tuple literal of watched values is the literal's (heldContainer), anything else what it resolves to. */
  returnedValue(node: Node): ModulePath | undefined {
    return CONTAINERS.has(node.type) ? heldContainer(this.containerEntries(node)) : this.resolve(node);
  }

  /**
   * A dict, list or tuple literal's watched values in order, by key: a dict's literal key (with its entry; the last
   * written under a key is its value, as Python reads it), a list's or tuple's index (after `*rest`, whose values are
   * not read, any index: EVERY_INDEX, `a, b = *x, os.system`). A dict's `**other` adds the entries of a literal it holds
   * (`{**{"r": subprocess.run}}`) or a module's namespace (`{**vars(os)}`: under NAMESPACE_ENTRY, the module, whose
   * members are the dict's other keys).
   */
  containerEntries(container: Node, depth = 0): ContainerEntries {
    const dictionary = container.type === "dictionary";
    // A dict's entries by key: a later one replaces (or, not watched, removes) an earlier one.
    const out: Array<ContainerEntries[number] | undefined> = [];
    const at = new Map<string, number>();
    const put = (entry: ContainerEntries[number] | undefined, key: string | undefined) => {
      if (dictionary && key !== undefined) {
        const earlier = at.get(key);
        if (earlier !== undefined) out[earlier] = undefined;
        if (entry) at.set(key, out.length);
      }
      if (entry) out.push(entry);
    };
    let index: number | undefined = 0;
    for (const entry of dictionary ? namedChildrenOf(container) : spreadElements(container)) {
      if (spreads(entry)) {
        // `[*tools]` of a name holding a literal: its watched values, at indices not fixed here (nor those after them);
        // `[*TOOLS.values()]` of a dict's view: its elements.
        const spread = entry.type === "list_splat" ? namedChildrenOf(entry)[0] : entry;
        const held = spread && this.resolve(spread, spread.text, depth + 1);
        const values = held?.properties && Object.hasOwn(held.properties, ANY_ENTRY) ? heldValues(held) : [...(indexedElements(held)?.values() ?? [])];
        for (const value of values) put([EVERY_INDEX, through(value, entry), undefined], undefined);
        index = undefined;
        continue;
      }
      if (dictionary && entry.type === "dictionary_splat") {
        const spread = namedChildrenOf(entry)[0];
        const value = spread && this.resolve(spread, spread.text, depth + 1);
        // A dict written there writes over each of its keys, watched or not (`{"r": subprocess.run, **{"r": print}}`).
        if (spread?.type === "dictionary") for (const pair of namedChildrenOf(spread)) if (pair.type === "pair") put(undefined, this.literalKey(pair.childForFieldName("key")));
        if (value?.members.at(-1) === NAMESPACE) {
          // `{**vars(os), **vars(socket)}`: an earlier namespace is kept under a key of its own (Resolver.spreadMember).
          const earlier = at.get(NAMESPACE_ENTRY);
          if (earlier !== undefined && out[earlier]) {
            out[earlier] = [`${EARLIER_NAMESPACE}${earlier}>`, out[earlier]![1], undefined];
            at.delete(NAMESPACE_ENTRY);
          }
          put([NAMESPACE_ENTRY, through({ ...value, members: value.members.slice(0, -1) }, entry), undefined], NAMESPACE_ENTRY);
        }
        else if (value?.properties) for (const key of Object.keys(value.properties)) if (key !== ANY_ENTRY) put([key, extend(value, key), undefined], key);
        continue;
      }
      if (dictionary && entry.type !== "pair") continue;
      const entryKey = dictionary ? this.literalKey(entry.childForFieldName("key")) : index === undefined ? EVERY_INDEX : String(index++);
      const value = dictionary ? entry.childForFieldName("value") : entry;
      const path = value ? this.resolve(value, value.text, depth + 1) : undefined;
      put(path && [entryKey, path, dictionary ? entry : undefined], entryKey);
    }
    return out.filter((entry) => entry !== undefined);
  }

  /** `{k: v for k, v in vars(os).items()}`: a module's namespace copied by a comprehension is the namespace. */
  private namespaceCopied(node: Node, depth: number): ModulePath | undefined {
    const body = node.childForFieldName("body");
    const clauses = namedChildrenOf(node).filter((child) => child.type === "for_in_clause");
    const loop = clauses.length === 1 ? clauses[0]! : undefined;
    const targets = loop?.childForFieldName("left");
    const names = targets?.type === "pattern_list" || targets?.type === "tuple_pattern" ? namedChildrenOf(targets).map((name) => name.text) : [];
    if (!body || !loop || names.length !== 2 || body.childForFieldName("key")?.text !== names[0] || body.childForFieldName("value")?.text !== names[1]) return undefined;
    const namespace = this.namespaceItems(loop.childForFieldName("right"), depth);
    return namespace && through(namespace, node);
  }

  /** `vars(os).items()`, `os.__dict__.items()`: a module's namespace read as its items (the namespace path, else undefined). */
  private namespaceItems(node: Node | null | undefined, depth: number): ModulePath | undefined {
    // `dict(inspect.getmembers(os))`: the namespace, as `dict(vars(os).items())`.
    const reader = node?.type === "call" ? node.childForFieldName("function") : null;
    const read = reader ? writtenArguments(node!) : [];
    if (reader && (read.length === 1 || read.length === 2) && this.libraryFunction(reader.text.replace(/\s+/g, ""), reader, NAMESPACE_READERS.members)) {
      const base = this.resolve(read[0]!, read[0]!.text, depth + 1);
      return base && !base.properties ? extend(base, NAMESPACE) : undefined;
    }
    const fn = node?.type === "call" && namedChildrenOf(node).length === 0 ? node.childForFieldName("function") : null;
    const owner = fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "items" ? fn.childForFieldName("object") : null;
    const namespace = owner ? this.resolve(owner, owner.text, depth + 1) : undefined;
    return namespace?.members.at(-1) === NAMESPACE ? namespace : undefined;
  }
}

/**
 * The elements of a list, tuple or set written out, each `*` of a list or tuple written in place replaced by its own
 * (`[*[os.system], *(a, b)]` is `[os.system, a, b]`, as Python builds it); any other `*x` stays (its count not known here).
 */
function spreadElements(container: Node, depth = 0): Node[] {
  const out: Node[] = [];
  for (const element of namedChildrenOf(container)) {
    const inner = element.type === "list_splat" ? namedChildrenOf(element)[0] : undefined;
    if ((inner?.type === "list" || inner?.type === "tuple") && depth < MAX_RESOLVE_DEPTH) out.push(...spreadElements(inner, depth + 1));
    else out.push(element);
  }
  return out;
}

/**
 * Is a list's or tuple's `element` spread (`*tools`)? tree-sitter-python reads `[*TOOLS.values()]` as `(*TOOLS).values()`,
 * the `*` at the chain's root: the whole element is spread. CHAIN_STEPS steps down at most.
 */
function spreads(element: Node): boolean {
  let node: Node | null = element;
  for (let step = 0; node && step < CHAIN_STEPS; step++) {
    if (node.type === "list_splat") return true;
    node = node.type === "call" ? node.childForFieldName("function") : node.type === "attribute" ? node.childForFieldName("object") : node.type === "subscript" ? node.childForFieldName("value") : null;
  }
  return false;
}

/** What a finding of a module handed beside getattr says (readerHandedBeside). */
const readerHandedNote = (callee: string) => `It is a module handed to \`${callee}\` with getattr, which may read any of its members`;
/**
 * Is getattr among the arguments of `call`: the builtin (`map(getattr, …)`), `operator.attrgetter(…)`, or a lambda calling
 * the builtin (`functools.reduce(lambda m, n: getattr(m, n), …)`)?
 */
function readerHandedBeside(call: Node, resolver: Resolver): boolean {
  const getattr = (node: Node | null | undefined) => !!node && GETATTR.has(node.text.replace(/\s+/g, "")) && !resolver.declared(identifierAt(node.text, 0) ?? "", node);
  return namedChildrenOf(call.childForFieldName("arguments")).some((arg) => {
    if (arg.type === "lambda") return arg.childForFieldName("body")?.type === "call" && getattr(arg.childForFieldName("body")!.childForFieldName("function"));
    if (arg.type === "call") return ATTRIBUTE_GETTERS.has(arg.childForFieldName("function")?.text.replace(/\s+/g, "") ?? "");
    return getattr(arg);
  });
}

/** Field makers calling the factory given by keyword for each instance: dataclasses' and pydantic's `default_factory`, attrs' `factory`. */
const FIELD_MAKERS = new Set(["field", "ib", "attrib", "Field"]);
const FIELD_FACTORY_KEYWORDS = new Set(["default_factory", "factory"]);
/**
 * Is `arg` a factory a field maker `fn` calls (`dataclasses.field(default_factory=f)`, `attr.ib(factory=f)`,
 * `pydantic.Field(default_factory=f)`, `attr.Factory(f)`)? Read by the names as written (a project's own `field` too:
 * the scan leans to reporting).
 */
function madeByField(fn: Node, arg: Node): boolean {
  const name = fn.type === "attribute" ? fn.childForFieldName("attribute")?.text : fn.type === "identifier" ? fn.text : undefined;
  if (name === undefined) return false;
  const keyword = arg.parent?.type === "keyword_argument" && arg.parent.childForFieldName("value")?.id === arg.id ? arg.parent.childForFieldName("name")?.text : undefined;
  if (keyword !== undefined) return FIELD_MAKERS.has(name) && FIELD_FACTORY_KEYWORDS.has(keyword);
  return name === "Factory" && arg.parent?.type === "argument_list" && namedChildrenOf(arg.parent)[0]?.id === arg.id;
}

/** A container literal's watched values (Resolver.containerEntries): a dict's with the pair holding each. */
type ContainerEntries = Array<[key: string | undefined, value: ModulePath, pair: Node | undefined]>;

/**
 * The key a dict's `**namespace` is held under (containerEntries): extend reads a key the dict does not own from it,
 * as a member of the module.
 */
const NAMESPACE_ENTRY = PROTO;

/** What a key the file does not fix reads from a container's entries: the first watched value (of a namespace, any member of the module). */
function firstEntry(entries: ContainerEntries | HeldEntries): ModulePath {
  const [key, path] = entries[0]!;
  return key === NAMESPACE_ENTRY || key?.startsWith(EARLIER_NAMESPACE) ? extend(path, ANY) : path;
}

/** The key of a namespace spread into a dict before another (`<namespace 0>`): no literal key is one (literalKey reads words only). */
const EARLIER_NAMESPACE = "<namespace ";

type HeldEntries = Array<[key: string | undefined, value: ModulePath]>;

/** A dict, list or tuple literal as the value of a name holding it (heldLiteral), each dict entry reached through its pair. */
function heldContainer(entries: ContainerEntries): ModulePath | undefined {
  if (entries.length === 0) return undefined;
  const held: HeldEntries = entries.map(([key, path, pair]) => [key, pair ? through(path, pair) : path]);
  return heldLiteral([[ANY_ENTRY, firstEntry(held)], ...held]);
}

/** Where a name is only read: the parent's field holding it is no binding target (loopNames). */
const READ_PARENTS = new Set(["argument_list", "attribute", "subscript", "binary_operator", "comparison_operator", "boolean_operator", "not_operator", "unary_operator", "interpolation", "list", "set", "conditional_expression", "return_statement", "pair", "call", "expression_statement", "concatenated_string", "format_expression"]);
/** Is this identifier only read (not the object of a bound attribute target, not assigned, not a parameter)? */
function readOnly(use: Node): boolean {
  const parent = use.parent;
  if (!parent) return false;
  if (parent.type === "assignment" || parent.type === "augmented_assignment") return parent.childForFieldName("right")?.id === use.id;
  if (parent.type === "keyword_argument") return parent.childForFieldName("value")?.id === use.id;
  return READ_PARENTS.has(parent.type);
}
/** String methods taking no argument that DerivedString evaluates. */
const STRING_CASES: Record<string, (s: string) => string> = { upper: (s) => s.toUpperCase(), lower: (s) => s.toLowerCase(), strip: (s) => s.trim(), lstrip: (s) => s.trimStart(), rstrip: (s) => s.trimEnd() };

/** Python's `s.split(sep, maxsplit)` (a separator given, not empty), or `rsplit`. */
function pySplit(s: string, sep: string, max: number, fromEnd: boolean): string[] {
  const parts = s.split(sep);
  if (max < 0 || parts.length <= max + 1) return parts;
  return fromEnd ? [parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)] : [...parts.slice(0, max), parts.slice(max).join(sep)];
}

/**
 * The string `value` gives with the loop variable `variable` = `given` (Resolver.derivedLoopNames): the variable, string
 * constants, `+`, `.upper()`/`.lower()`/`.strip()`, `.replace(a, b)`, and an element of `.split(sep[, n])`/`.rsplit(…)` by
 * a constant index; undefined for anything else (then any member is read, as before).
 */
function derivedString(value: Node, variable: string, given: string, constants: Constants): string | string[] | undefined {
  const of = (n: Node | null | undefined) => (n ? derivedString(n, variable, given, constants) : undefined);
  switch (value.type) {
    case "identifier":
      return value.text === variable ? given : constants.stringOf(value);
    case "string":
    case "concatenated_string":
      return constants.stringOf(value);
    case "parenthesized_expression":
      return namedChildrenOf(value).length === 1 ? of(namedChildrenOf(value)[0]) : undefined;
    case "binary_operator": {
      const [a, b] = [of(value.childForFieldName("left")), of(value.childForFieldName("right"))];
      return value.childForFieldName("operator")?.text === "+" && typeof a === "string" && typeof b === "string" ? a + b : undefined;
    }
    case "subscript": {
      const list = of(value.childForFieldName("value"));
      const index = value.childForFieldName("subscript");
      const i = index && /^-?\s*\d+$/.test(index.text) ? Number(index.text.replace(/\s+/g, "")) : undefined;
      if (!Array.isArray(list) || i === undefined) return undefined;
      return list[i < 0 ? list.length + i : i];
    }
    case "call": {
      const fn = value.childForFieldName("function");
      const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : undefined;
      const object = fn?.type === "attribute" ? of(fn.childForFieldName("object")) : undefined;
      const args = namedChildrenOf(value.childForFieldName("arguments"));
      if (typeof object !== "string" || method === undefined || args.some((a) => a.type === "keyword_argument" || a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
      if (STRING_CASES[method] && args.length === 0) return STRING_CASES[method](object);
      const strings = args.map((a) => of(a));
      if (method === "replace" && args.length === 2 && strings.every((a) => typeof a === "string")) return object.split(strings[0] as string).join(strings[1] as string);
      if ((method === "split" || method === "rsplit") && args.length >= 1 && args.length <= 2 && typeof strings[0] === "string" && strings[0] !== "") {
        const max = args.length === 2 ? (/^-?\d+$/.test(args[1]!.text) ? Number(args[1]!.text) : undefined) : -1;
        return max === undefined ? undefined : pySplit(object, strings[0], max, method === "rsplit");
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Code writing a module's names by name, in a function a loop's body may call (Resolver.loopNames). */
const NAME_WRITES = /\b(?:globals|vars|locals|exec|eval)\s*\(|__dict__|\bsys\s*\.\s*modules\b/;
/** A frame's locals written (PEP 667 makes `f_locals` write through): any loop variable may change. */
const FRAME_WRITES = /\bf_locals\b|\b_getframe\b|\bcurrentframe\b/;
/** Is a loop at a module's level (its variable a module name), not in a function? */
function bindsNoLocals(loop: Node): boolean {
  for (let n = loop.parent; n; n = n.parent) if (n.type === "function_definition" || n.type === "lambda") return false;
  return true;
}

/** The built-ins that write a name or attribute chosen by a string (loopNames). */
const NAME_WRITERS = new Set(["globals", "locals", "vars", "setattr", "delattr"]);
/** `globals()[n] = …`, `setattr(m, n, …)`: does this use of a name writer write under the name `key` only (a read of it, `globals()[n]`, too)? */
function writesUnder(use: Node, key: string): boolean {
  const call = use.parent?.type === "call" && use.parent.childForFieldName("function")?.id === use.id ? use.parent : undefined;
  if (!call) return false;
  const args = namedChildrenOf(call.childForFieldName("arguments"));
  if (use.text === "setattr" || use.text === "delattr") return args[1]?.type === "identifier" && args[1].text === key;
  const subscript = call.parent?.type === "subscript" && call.parent.childForFieldName("value")?.id === call.id ? call.parent : undefined;
  return args.length === 0 && subscript?.childForFieldName("subscript")?.text === key;
}

const FUNCTIONS = new Set(["function_definition", "lambda", "class_definition"]);
/** Code that runs when called, not where it is written. */
const DEFERRED = new Set(["function_definition", "lambda"]);

/** Is a definition or assignment a statement of the module itself (not under an `if`, `try`, loop or function)? */
function unconditional(definition: Node): boolean {
  const statement = definition.parent?.type === "decorated_definition" || definition.parent?.type === "expression_statement" ? definition.parent : definition;
  return statement.parent?.type === "module";
}

/** The name of the module-level function (decorated or not) a returned value belongs to; undefined in a method or a nested function. */
function factoryName(value: Node, past?: { hit: boolean }): Node | undefined {
  const fn = enclosing(value, FUNCTIONS, past);
  // `make = lambda: subprocess.run` at the module's top: `make` is the factory, as a `def` would be.
  if (fn?.type === "lambda") {
    const assignment = fn.parent;
    const name = assignment?.type === "assignment" && assignment.childForFieldName("right")?.id === fn.id ? assignment.childForFieldName("left") : null;
    return name?.type === "identifier" && assignment!.parent?.type === "expression_statement" && assignment!.parent.parent?.type === "module" ? name : undefined;
  }
  if (fn?.type !== "function_definition") return undefined;
  const holder = fn.parent?.type === "decorated_definition" ? fn.parent.parent : fn.parent;
  return holder?.type === "module" ? (fn.childForFieldName("name") ?? undefined) : undefined;
}

/**
 * `def make(f=os.system): return f`, `make = lambda f=os.system: f` (a function of the module or nested in one, not a
 * method: its calls pass one more; not decorated: the decorator's function is what is called): the parameter with a
 * default a returned name names (factories.ts returnedDefault), by its place (none past `*`) and its keyword (none before `/`).
 */
function returnedParameter(value: Node): { body: Node; holder: Node; parameter: ReturnedParameter } | undefined {
  if (value.type !== "identifier") return undefined;
  const fn = enclosing(value, FUNCTIONS);
  if ((fn?.type !== "function_definition" && fn?.type !== "lambda") || fn.parent?.type === "decorated_definition" || fn.parent?.parent?.type === "class_definition") return undefined;
  const body = fn.childForFieldName("body");
  const parameters = namedChildrenOf(fn.childForFieldName("parameters"));
  const positionalOnly = parameters.findIndex((p) => p.type === "positional_separator");
  let position = 0;
  let keywordOnly = false;
  for (const [index, p] of parameters.entries()) {
    if (p.type === "list_splat_pattern" || p.type === "keyword_separator") keywordOnly = true;
    const name = parameterName(p);
    if (name?.text === value.text) {
      if (!body || (p.type !== "default_parameter" && p.type !== "typed_default_parameter")) return undefined;
      return { body, holder: p, parameter: { ...(keywordOnly ? {} : { position }), ...(index < positionalOnly ? {} : { keyword: value.text }) } };
    }
    if (name && !keywordOnly) position++;
  }
  return undefined;
}

/** Where a name is only read (factories.ts FactoryLanguage.readIn). */
const PY_READ_IN: Readonly<Record<string, string>> = { call: "function", argument_list: "", attribute: "object", subscript: "value", return_statement: "", parenthesized_expression: "", binary_operator: "", boolean_operator: "", not_operator: "", comparison_operator: "", conditional_expression: "", await: "", expression_statement: "", list: "", set: "", keyword_argument: "value", assignment: "right", pair: "value", lambda: "body", if_statement: "condition" };

/**
 * Does a call (or a decorator, given the function) pass a factory's returned parameter, by its place or its keyword?
 * A splat before its place may or may not (`*args`, `**kw`): the default is kept. In Python a value passed is the
 * parameter's, `None` too.
 */
function passesParameter(call: Node, { position, keyword }: ReturnedParameter): boolean {
  if (call.type === "decorator") return position === 0;
  const args = call.childForFieldName("arguments");
  if (args?.type === "generator_expression") return position === 0;
  let index = 0;
  let unknown = false;
  for (const arg of namedChildrenOf(args)) {
    if (arg.type === "keyword_argument") {
      if (keyword !== undefined && arg.childForFieldName("name")?.text === keyword) return true;
    } else if (arg.type === "list_splat" || arg.type === "dictionary_splat") unknown = true;
    else if (!unknown && index++ === position) return true;
  }
  return false;
}

const CLASS_METHOD = /^@\s*(?:staticmethod|classmethod)\s*$/;
const PROPERTY = /^@\s*(?:functools\s*\.\s*)?(?:cached_)?property\s*$/;

/**
 * A returned value of a method of a module-level class, or of a class nested in one: a static or class method's is
 * its class's factory (`Outer.Inner.make()`); a property's is its instances' `self.X` slot, whatever the statement the
 * `return` stands in (an `if`, a `try`: PYTHON_QUERY reads a property's straight `return` only).
 */
function classMethod(value: Node): { owner: Node; slot: string; returns: boolean; past?: boolean; walked?: boolean; instance?: boolean; offered?: string } | undefined {
  const near = enclosing(value, FUNCTIONS);
  const fn = near ?? methodPast(value, classStatement, (member) => (member.type === "decorated_definition" ? (member.childForFieldName("definition") ?? undefined) : member.type === "function_definition" ? member : undefined));
  const name = fn?.type === "function_definition" ? fn.childForFieldName("name") : undefined;
  if (!name) return undefined;
  const decorated = fn!.parent?.type === "decorated_definition" ? fn!.parent : undefined;
  const decorators = decorated ? decorated.namedChildren.filter((c) => c?.type === "decorator").map((c) => c!.text) : [];
  const returns = decorators.some((d) => CLASS_METHOD.test(d));
  const property = !returns && decorators.some((d) => PROPERTY.test(d));
  // `def run(self): return os.system`: an instance method is its instances' `self.run`, called (a factory). Not a
  // special method (`__getattr__`, `__call__`…: implicitMethodReturns), which Python calls itself.
  const instance = !returns && !property;
  if (instance && (decorators.length > 0 || DUNDER.test(name.text))) return undefined;
  const classes: string[] = [];
  let owner: Node | undefined;
  let body = (decorated ?? fn!).parent;
  for (; classes.length < MAX_NESTED_CLASSES && body?.type === "block" && body.parent?.type === "class_definition"; ) {
    const definition = body.parent;
    owner = definition.childForFieldName("name") ?? undefined;
    if (!owner) return undefined;
    classes.unshift(owner.text);
    const holder = definition.parent?.type === "decorated_definition" ? definition.parent.parent : definition.parent;
    // A module-level class's instances' member is offered to other files as `K.prototype.run` (Resolver.offeredInstance).
    if (holder?.type === "module") return { owner, slot: returns ? `${classes.join(".")}.${name.text}` : `self.${name.text}`, returns: returns || instance, walked: !near, instance, ...(!returns && classes.length === 1 ? { offered: `${owner.text}.${PROTOTYPE}.${name.text}` } : {}) };
    body = holder;
  }
  // Nested deeper: the outermost two classes' slot (factories.ts outerSlot), or a property's or an instance method's `self.X`.
  if (body?.type !== "block" || body.parent?.type !== "class_definition") return undefined;
  const outer = outerSlot(value, (top) => classStatement(top), (member) => classStatement(member)?.childForFieldName("name") ?? undefined);
  return outer && { owner: outer.owner, slot: returns ? outer.slot : `self.${name.text}`, returns: returns || instance, past: !instance, instance };
}

/** A special method's name (`__init__`, `__call__`, `__getattr__`). */
const DUNDER = /^__\w+__$/;

/** The names the file defines more than one function of (`def run(` twice): instances' members are the file's `self.X` (classMember). One pass over the text. */
function sharedMethodNames(source: string): (name: string) => boolean {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const [, name] of source.matchAll(FUNCTION_NAMES)) (seen.has(name!) ? shared : seen).add(name!);
  return (name) => shared.has(name);
}
const FUNCTION_NAMES = /\bdef[ \t]+(\w+)[ \t]*\(/g;

/**
 * A lambda a definition holds (factories.ts placedFunction): a dict's value (`{"make": lambda: os}`) assigned to a name
 * or a slot, or the value assigned to an attribute (`o.make = lambda: os`); the key's or the attribute's name.
 */
function placedFunction(value: Node): { fn: Node; name: string } | undefined {
  // A lambda's body is the value itself (no walk up: each step costs a walk down from the root).
  const fn = value.parent;
  const holder = fn?.type === "lambda" ? fn.parent : undefined;
  if (holder?.type === "assignment") {
    const left = holder.childForFieldName("left");
    const attribute = left?.type === "attribute" ? left.childForFieldName("attribute") : null;
    return attribute && holder.childForFieldName("right")?.id === fn!.id ? { fn: fn!, name: attribute.text } : undefined;
  }
  if (holder?.type !== "pair" || holder.childForFieldName("value")?.id !== fn!.id || holder.parent?.type !== "dictionary" || holder.parent.parent?.type !== "assignment") return undefined;
  const key = holder.childForFieldName("key");
  const name = key?.type === "string" ? stringValue(key) : undefined;
  return name !== undefined && /^\w+$/.test(name) ? { fn: fn!, name } : undefined;
}

/**
 * A member of a module-level class `owner`, offered to other files (Resolver.offeredInstance): its instances' (`K.prototype.run`),
 * and unless `instanceOnly` (a property's, or one whose class slot `K.run` is bound already) its class's (`K.run`).
 */
function offerMember(bindings: Bindings, owner: string, name: string, path: ModulePath, instanceOnly: boolean): void {
  bindings.offer(`${owner}.${PROTOTYPE}.${name}`, path);
  if (!instanceOnly) bindings.offer(`${owner}.${name}`, path);
}

/** `A.run` (the target of `A.run = …`) of a class of the file, set in the module's scope (a function's `A` may be its own): the attribute's name. */
function classAttribute(target: Node, classes: ReadonlySet<string>, bindings: Bindings): string | undefined {
  const object = target.childForFieldName("object");
  return object?.type === "identifier" && classes.has(object.text) && bindings.scopeOf(target) === bindings.scopes.rootId ? target.childForFieldName("attribute")?.text : undefined;
}

/** The class a statement defines (decorated or not), else undefined. */
function classStatement(statement: Node): Node | undefined {
  const definition = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
  return definition?.type === "class_definition" ? definition : undefined;
}

/** Arguments whose position the call does not fix (`*xs`, `**kw`, `k=v`): a lambda's parameters after one are not read. */
const UNPOSITIONED = new Set(["list_splat", "dictionary_splat", "keyword_argument"]);

/** Python's function written in place (a factory may return it; `(lambda m: …)(os)` calls it where written). */
const LAMBDA = new Set(["lambda"]);

/** How factories.ts reads Python. */
export const PY_FACTORIES: FactoryLanguage = { expressionBody: "lambda", fallback: PY_FALLBACK, ownerName: factoryName, staticMethod: classMethod, sharedMethodNames, placedFunction, returnedParameter, readIn: PY_READ_IN, rebinds: /\b(?:exec|eval|locals|vars|f_locals|_getframe|currentframe)\b/, functions: FUNCTIONS, inPlace: LAMBDA, declaration: "function_definition" };

/** `from ._compat import httpx`: the local name holds what `httpx` holds in ._compat (followed through re-exports). */
function projectImport(node: Node, moduleNode: Node, module: string, bindings: Bindings, project: FileProject, scopeOf: () => number, unwatched: UnwatchedImport[] | undefined): void {
  for (const child of node.namedChildren) {
    if (child?.type === "wildcard_import") {
      // `from helpers import *`: every public name the module offers (a name with a leading underscore is not brought), a container's slots (`TOOLS.shell`) as slots.
      for (const [name, path] of Object.entries(project.exportsOf(module))) {
        if (name.startsWith("_")) continue;
        if (name.includes(".")) bindings.bindSlot(name, through(path, node));
        else bindings.bind(scopeOf(), name, through(path, node), node.startIndex);
      }
      // A builtin's name the module defines a function under (`def getattr`) is that function here, holding no watched value;
      // only where the star import surely runs (not under an `if` or `try`).
      if (node.parent?.type === "module") for (const name of project.starBuiltins(module)) if (!bindings.boundIn(scopeOf(), name)) bindings.bind(scopeOf(), name, undefined);
      continue;
    }
    if (!child || child.id === moduleNode.id || (child.type !== "dotted_name" && child.type !== "aliased_import")) continue;
    const nameNode = child.type === "aliased_import" ? child.childForFieldName("name") : child;
    const local = child.type === "aliased_import" ? child.childForFieldName("alias") : child;
    if (!nameNode || !local) continue;
    const path = project.lookup(module, nameNode.text);
    if (path) bindings.bind(scopeOf(), local.text, through(path, node));
    // `from tools import TOOLS` of a container: its slots (`TOOLS.shell`, and what a computed key reads, `TOOLS[name]`).
    else if (bindNamespace(bindings, local.text, membersOf(project.exportsOf(module), nameNode.text), node)) continue;
    // `from . import _compat`: a submodule, whose watched names are reached as `_compat.httpx`.
    else if (bindNamespace(bindings, local.text, project.exportsOf(module.endsWith(".") ? module + nameNode.text : `${module}.${nameNode.text}`), node)) continue;
    // `from os import path` of a module from outside the project.
    else if (moduleNode.type === "dotted_name") {
      const name = nameNode.text.replace(/\s+/g, "");
      unwatched?.push([scopeOf(), local.text, `${module}.${name}`, node, name]);
    }
  }
}

/** A dotted module path as a ModulePath (Python matches on the flattened dotted name), reached through its import. */
const pathOf = (dotted: string, site: Node): ModulePath => through({ module: dotted, members: [] }, site, false);

/**
 * What `from module import name` binds: the module's attribute, so one named as a watched module is (`from shutil import
 * os`, `from tempfile import _os`) is read as that module, as `shutil.os` is (ruleset.ts reimported reads members only).
 */
const importedPath = (module: string, name: string, site: Node, filter: ModuleFilter): ModulePath =>
  namesWatchedModule(name, filter) ? through({ module, members: [name] }, site, false) : pathOf(`${module}.${name}`, site);

/** Is a from-import's name, its leading underscores aside, a watched module's (`os`, `_os`, `subprocess`)? */
function namesWatchedModule(name: string, filter: ModuleFilter): boolean {
  const bare = name.replace(/^_+/, "");
  return bare !== "" && !bare.includes(".") && filter.relevant(bare);
}

/** An import binding a builtin evaluator's name (`from py_compile import compile`) hides the builtin in its scope. */
function hideImportedEvaluators(node: Node, bindings: Bindings, source: string): void {
  const from = node.childForFieldName("module_name");
  for (const child of node.namedChildren) {
    if (!child || (from && child.startIndex === from.startIndex)) continue;
    const local = child.type === "aliased_import" ? child.childForFieldName("alias")?.text : child.type === "dotted_name" ? child.text.split(".").pop()!.trim() : undefined;
    if (local && BUILTIN_EVALUATORS.has(local)) {
      const scope = bindings.scopeOf(node);
      const from = hidesBuiltinFrom(child, source);
      if (!bindings.boundIn(scope, local) && from !== undefined) bindings.bind(scope, local, undefined, undefined, from || undefined);
    }
  }
}

/**
 * An import of a module neither watched nor the project's, bound as that module when the file reads an attribute named as
 * a watched module is (`shutil.os`: the modules it imports are its attributes; ruleset.ts reimported): scope, local name,
 * module (`from a import b` may bind one), site.
 */
type UnwatchedImport = [scope: number, local: string, module: string, site: Node, name?: string];

/** A `from` import's names, each with the local name it binds (`b` and `c` of `from a import b, x as c`). */
function importedNames(node: Node, moduleNode: Node): Array<[name: string, local: string]> {
  const out: Array<[string, string]> = [];
  for (const child of node.namedChildren) {
    if (!child || child.id === moduleNode.id || (child.type !== "dotted_name" && child.type !== "aliased_import")) continue;
    const nameNode = child.type === "aliased_import" ? child.childForFieldName("name") : child;
    const local = child.type === "aliased_import" ? child.childForFieldName("alias") : child;
    if (nameNode && local) out.push([nameNode.text.replace(/\s+/g, ""), local.text]);
  }
  return out;
}

function importStatement(node: Node, bindings: Bindings, filter: ModuleFilter, imports: Analysis["imports"], unwatched: UnwatchedImport[] | undefined, project?: FileProject): void {
  let scope: number | undefined;
  const scopeOf = () => (scope ??= bindings.scopeOf(node));
  if (node.type === "import_statement") {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === "dotted_name") {
        const dotted = child.text.replace(/\s+/g, "");
        // `import pkg.tools` of the project's own module: its watched names are reached as `pkg.tools.run`.
        if (!filter.relevant(dotted)) {
          if (!(project && bindNamespace(bindings, dotted, project.exportsOf(dotted), node)) ) unwatched?.push([scopeOf(), dotted.split(".")[0]!, dotted.split(".")[0]!, node]);
          continue;
        }
        // `import a.b.c` binds `a`.
        const top = dotted.split(".")[0]!;
        bindings.bind(scopeOf(), top, pathOf(top, node));
        imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
      } else if (child.type === "aliased_import") {
        const nameNode = child.childForFieldName("name");
        const alias = child.childForFieldName("alias");
        const dotted = nameNode?.text.replace(/\s+/g, "");
        if (!dotted || !alias) continue;
        if (!filter.relevant(dotted)) {
          if (!(project && bindNamespace(bindings, alias.text, project.exportsOf(dotted), node)) ) unwatched?.push([scopeOf(), alias.text, dotted, node]);
          continue;
        }
        bindings.bind(scopeOf(), alias.text, pathOf(dotted, node));
        imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
      }
    }
    return;
  }
  const moduleNode = node.childForFieldName("module_name");
  if (!moduleNode) return;
  const module = moduleNode.text.replace(/\s+/g, "");
  // The project's own modules (relative, or absolute but not watched): what their names hold, from the project's table.
  if (moduleNode.type !== "dotted_name" || !filter.relevant(module)) {
    if (project) projectImport(node, moduleNode, module, bindings, project, scopeOf, unwatched);
    else if (unwatched && moduleNode.type === "dotted_name") for (const [name, local] of importedNames(node, moduleNode)) unwatched.push([scopeOf(), local, `${module}.${name}`, node, name]);
    return;
  }
  for (const child of node.namedChildren) {
    if (!child || child.id === moduleNode.id) continue;
    if (child.type === "wildcard_import") {
      if (!filter.relevant(module)) continue;
      imports.push({ start: node.startIndex, end: node.endIndex, module, star: true });
      // Names the rules list explicitly are still recognisable after a star import.
      for (const member of filter.explicitMembers(module)) bindings.bind(scopeOf(), member, pathOf(`${module}.${member}`, node), node.startIndex);
    } else if (child.type === "dotted_name" || child.type === "aliased_import") {
      const nameNode = child.type === "aliased_import" ? child.childForFieldName("name") : child;
      const local = child.type === "aliased_import" ? child.childForFieldName("alias") : child;
      if (!nameNode || !local) continue;
      const name = nameNode.text.replace(/\s+/g, "");
      const dotted = `${module}.${name}`;
      // `from logging import os`: logging.handlers is watched, logging's `os` is os.
      if (!filter.relevant(dotted) && !namesWatchedModule(name, filter)) continue;
      bindings.bind(scopeOf(), local.text, importedPath(module, name, node, filter));
      imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
    }
  }
}
