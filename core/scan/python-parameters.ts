/**
 * Python's side of parameter binding (parameters.ts): `f(requests)` → `def f(session)`, `C(sock)` → its
 * `__init__`, `self.m(x)` / `cls.m(x)` → the method of the class around the call (or of a base class of the
 * file), `super().__init__(x)` → the base class's, positional and keyword arguments, defaults
 * (`def f(get=requests.get)`), and a dict literal given to a parameter, read by key (`go({"sh": subprocess.run})` → `opts["sh"]`).
 */
import type { Node } from "@vscode/tree-sitter-wasm";
import { enclosing } from "./factories";
import { MAX_SAME_NAME, type Occurrence, ParameterBinder, type ParameterFacts, type ParameterInput, bindable, functionCalledInPlace, callsSeeing, mayPass, objectValue, passedThrough, visibleDefinitions } from "./parameters";
import { type Fresh, type ModulePath, identifierAt, identifiersIn, indexedElements, isComment, stringValue, through } from "./resolve";

/**
 * How much of a value whose names decide whether it may resolve (class bases, a namespace copied, a container written in
 * place) is read: a longer one may (padding must not hide `(subprocess.run)`), and the resolver decides.
 */
export const MAX_DECIDING_TEXT = 1000;

/** `f(`, `self.m(`, `cls.m(`, `super().m(` at a callee's start: a call that may reach a function of the file. */
const PY_CALL = /(?:(?:self|cls)\s*\.\s*|(super)\s*\(\s*\)\s*\.\s*)?([\p{L}_][\p{L}\p{N}_]*)\s*\(/uy;
const OWNER = /(?:self|cls)\s*\./y;
/** The characters a container written in place (a dict, list, set, tuple) opens with: its elements decide what it holds. */
export const CONTAINER_OPENS = new Set(["(", "[", "{"]);
/** After a parameter's name: a default value follows (`get=requests.get`, `get: F = requests.get`). */
const PY_DEFAULT = /\s*(?::[^=,()\n]*)?=(?!=)\s*/y;
/** After an assignment target's first name: `.x` or `[k]` make it a slot, not a name. */
const SLOT_TARGET = /\s*[.[]/y;
const STATIC = /@staticmethod\b/;
/** Builtins calling a function they are given with each element of iterables: given first (`map(f, xs)`, `filter(f, xs)`), or as `key=` (`sorted(xs, key=f)`). */
const ELEMENT_CALLERS: ReadonlyMap<string, "first" | "key"> = new Map([["map", "first"], ["filter", "first"], ["sorted", "key"], ["min", "key"], ["max", "key"]]);
const CLASSES = new Set(["class_definition"]);
/** How many classes up a method or `__init__` is looked for among the file's base classes. */
const MAX_BASES = 4;

/** A function's parameters as calls reach them, by position and by keyword: read once per function (a file calling one function 10,000 times reads its list once). */
interface ParameterList {
  node: Node;
  byPosition: Array<[id: Node, param: Node]>;
  byName: Map<string, [id: Node, param: Node]>;
}

interface Passed {
  position?: number;
  keyword?: string;
  path: ModulePath;
}

/** One round per call of `round()` (the first also binds defaults), and what an edit must not touch (`facts`). */
export function pythonParameters({ source, bindings, captures, resolve, crosses, known, binders, inPlace: functionsInPlace }: ParameterInput): { round: (fresh?: Fresh) => boolean; facts: ParameterFacts } {
  const { callees, locals, definitions } = captures;
  const defs = new Map<string, Node[]>();
  for (const [node, outer] of locals) if (outer) defs.set(identifierAt(source, node.startIndex)!, [...(defs.get(identifierAt(source, node.startIndex)!) ?? []), node]);
  const occurrences = (): Occurrence[] => [
    ...definitions.flatMap(([nameNode]) => {
      const name = identifierAt(source, nameNode.startIndex);
      if (!name) return [];
      SLOT_TARGET.lastIndex = nameNode.startIndex + name.length;
      return SLOT_TARGET.test(source) ? [] : [{ name, at: nameNode.startIndex, scope: bindings.scopeOf(nameNode) }];
    }),
    ...locals.filter(([, outer]) => !outer).map(([node]) => ({ name: identifierAt(source, node.startIndex)!, at: node.startIndex, scope: bindings.scopeOf(node) })),
  ];
  const binder = new ParameterBinder(bindings, binders, occurrences);
  // `f(os)`, `f((os,))`, `f([os])`, `f({os})`: a name, or a container written in place (its elements, as a held one's).
  const mayResolve = (node: Node) => CONTAINER_OPENS.has(source[node.startIndex]!) || known(identifierAt(source, node.startIndex));
  const range = (node: Node) => ({ start: node.startIndex, end: node.endIndex });

  /** `def f(get=requests.get)`: the parameter holds the default unless a call passes something else (then it holds either). */
  const defaults = (): boolean => {
    let bound = false;
    for (const [node, outer] of locals) {
      if (outer || !knownDefault(source, node, known)) continue;
      const name = identifierAt(source, node.startIndex)!;
      const param = node.parent;
      const list = param?.parent;
      if ((param?.type !== "default_parameter" && param?.type !== "typed_default_parameter") || !list) continue;
      const value = param.childForFieldName("value");
      const path = value && resolve(value);
      if (path && crosses(path)) bound = binder.bind(node, name, [bindings.scopeOf(node)], range(list), through(path, param), param, true) || bound;
    }
    return bound;
  };

  let first = true;
  /** The calls by place (callsSeeing). */
  const ordered: { sorted?: Array<[Node, "call" | "new"]> } = {};
  const round = (fresh?: Fresh): boolean => {
    let bound = first && defaults();
    // After the first round only arguments naming what the last one bound (where the call can see it) can resolve differently.
    first = false;
    // Every argument is read before any parameter is bound: a round follows values exactly one call further, whatever the order of the file.
    const pending: Array<[fn: Node, skipFirst: boolean, passed: Passed[], call: Node]> = [];
    for (const [callee] of callsSeeing(callees, ordered, fresh)) {
      if (fresh && !fresh.covers(callee.startIndex)) continue;
      const knownHere = fresh ? (word: string | undefined) => word !== undefined && fresh.at(word, callee.startIndex) : known;
      const applied = elementCalls(callee, knownHere);
      if (applied.length) {
        pending.push(...applied);
        continue;
      }
      // `(lambda m: m.system(c))(os)`: a lambda written where it is called is that call's target.
      const inPlace = functionCalledInPlace(callee, functionsInPlace);
      const match = inPlace ? undefined : passingCall(source, callee, knownHere, (name) => defs.has(name));
      if (!match && !inPlace) continue;
      const call = callee.parent;
      if (call?.type !== "call") continue;
      if (inPlace && !mayPass(source, call.childForFieldName("arguments")?.startIndex ?? call.endIndex, knownHere)) continue;
      const passed = passedArguments(call, mayResolve, (node) => {
        const path = resolve(node);
        return bindable(path, crosses) ? path : undefined;
      });
      if (passed.length === 0) continue;
      if (inPlace) {
        pending.push([inPlace, false, passed, call]);
        continue;
      }
      const { sup, name } = match!;
      binder.reached.add(name);
      OWNER.lastIndex = callee.startIndex;
      const targets = sup || OWNER.test(source) ? methodTargets(call, name, sup) : functionTargets(call, name);
      for (const [fn, skipFirst] of targets) pending.push([fn, skipFirst, passed, call]);
    }
    for (const [fn, skipFirst, passed, call] of pending) bound = bindParameters(fn, skipFirst, passed, call) || bound;
    return bound;
  };

  /**
   * `map(f, [os])`, `filter(lambda m: …, mods)`, `sorted(mods, key=f)`, `max(a, b, key=f)`: a builtin (ELEMENT_CALLERS)
   * calling a function of the file, or a lambda written there, with each element of its iterables: the function's
   * parameters are given an element (of `map`'s k-th iterable, the k-th), the first reaching a crossing.
   */
  const elementCalls = (callee: Node, knownHere: (name: string | undefined) => boolean): Array<[fn: Node, skipFirst: boolean, passed: Passed[], call: Node]> => {
    const name = callee.type === "identifier" ? callee.text : "";
    const takes = ELEMENT_CALLERS.get(name);
    const call = callee.parent;
    const list = call?.childForFieldName("arguments");
    if (!takes || call?.type !== "call" || list?.type !== "argument_list" || bindings.declared(name, callee) || !mayPass(source, list.startIndex, knownHere)) return [];
    const args = list.namedChildren.filter((arg): arg is Node => arg !== null && !isComment(arg));
    const positional = args.filter((arg) => arg.type !== "keyword_argument");
    if (positional.some((arg) => arg.type === "list_splat" || arg.type === "dictionary_splat")) return [];
    const callback = takes === "first" ? positional[0] : args.find((arg) => arg.childForFieldName("name")?.text === "key")?.childForFieldName("value");
    const targets: Array<[Node, boolean]> = callback?.type === "lambda" ? [[callback, false]] : callback?.type === "identifier" && defs.has(callback.text) ? functionTargets(call, callback.text) : [];
    if (targets.length === 0) return [];
    const element = (paths: ModulePath[]) => paths.find(crosses) ?? paths[0];
    const elementsOf = (iterable: Node) => [...(indexedElements(resolve(iterable))?.values() ?? [])];
    // `max(a, b, key=f)`: the arguments are the elements.
    const given = takes === "first" ? positional.slice(1).map((iterable) => element(elementsOf(iterable))) : [element(positional.length === 1 ? elementsOf(positional[0]!) : positional.flatMap((arg) => resolve(arg) ?? []))];
    const passed = given.flatMap((path, position): Passed[] => (bindable(path, crosses) ? [{ position, path }] : []));
    return passed.length ? targets.map(([fn, skipFirst]) => [fn, skipFirst, passed, call]) : [];
  };

  /** Each name's definitions by scope (visibleDefinitions). */
  const visible = new Map<string, Map<number, Node[]>>();
  /** A plain name: the file's `def` of that name (or a class: its `__init__`) in a scope around the call. */
  const functionTargets = (call: Node, name: string): Array<[Node, boolean]> => {
    const out: Array<[Node, boolean]> = [];
    for (const nameNode of visibleDefinitions(bindings, visible, name, defs.get(name), (n) => bindings.scopeOf(n, n.parent!), call.startIndex)) {
      const def = nameNode.parent!;
      if (def.type === "function_definition") out.push([def, false]);
      else if (def.type === "class_definition") {
        const init = methodIn(def, "__init__", false);
        if (init) out.push(init);
      }
    }
    return out;
  };

  /** `self.m(…)`, `cls.m(…)`: the method of the class around the call, else of its bases in the file; `super().m(…)`: of the bases. */
  const methodTargets = (call: Node, name: string, sup: boolean): Array<[Node, boolean]> => {
    // Past factories.ts MAX_WALK levels, the top-level class holding the call (fail closed: a call nested deeper still has its class).
    const cls = enclosing(call, CLASSES, { hit: false });
    const found = cls && methodIn(cls, name, sup);
    return found ? [found] : [];
  };

  /** The method `name` of a class of the file (skipping the class itself for `super()`), looked up its bases of the file. */
  /** A class's methods by name, each with whether it has a `self`/`cls` to skip (a @staticmethod has not); read once per class. */
  const methodsOf = new Map<number, Map<string, [Node, boolean]>>();
  const methods = (cls: Node) => {
    let byName = methodsOf.get(cls.id);
    if (byName) return byName;
    methodsOf.set(cls.id, (byName = new Map()));
    for (const child of cls.childForFieldName("body")?.namedChildren ?? []) {
      const fn = child?.type === "decorated_definition" ? child.childForFieldName("definition") : child;
      const fnName = fn?.type === "function_definition" ? fn.childForFieldName("name")?.text : undefined;
      if (fnName !== undefined && !byName.has(fnName)) byName.set(fnName, [fn!, !STATIC.test(source.slice(child!.startIndex, fn!.startIndex))]);
    }
    return byName;
  };
  const methodIn = (cls: Node, name: string, skipSelf: boolean, depth = 0): [Node, boolean] | undefined => {
    if (depth > MAX_BASES) return undefined;
    const own = skipSelf ? undefined : methods(cls).get(name);
    if (own) return own;
    for (const base of cls.childForFieldName("superclasses")?.namedChildren ?? []) {
      // `class UDPSocket(_TrioSocketMixin[IPSockAddrType], …)`: the generic's name.
      const baseName = base?.type === "identifier" ? base.text : base?.type === "subscript" ? base.childForFieldName("value")?.text : undefined;
      for (const nameNode of ((baseName && defs.get(baseName)) || []).slice(0, MAX_SAME_NAME)) {
        const found = nameNode.parent?.type === "class_definition" ? methodIn(nameNode.parent, name, false, depth + 1) : undefined;
        if (found) return found;
      }
    }
    return undefined;
  };

  /** A function's parameters (positions after `self`/`cls` when `skipFirst`, none after `*`/`*args`), read once per function. */
  const parameterLists = new Map<string, ParameterList | undefined>();
  const parameterList = (fn: Node, skipFirst: boolean): ParameterList | undefined => {
    const key = `${fn.id}:${skipFirst}`;
    if (parameterLists.has(key)) return parameterLists.get(key);
    const list = fn.childForFieldName("parameters");
    const out: ParameterList | undefined = list ? { node: list, byPosition: [], byName: new Map() } : undefined;
    parameterLists.set(key, out);
    if (!list || !out) return undefined;
    let position = skipFirst ? -1 : 0;
    let positional = true;
    for (const param of list.namedChildren) {
      if (!param || isComment(param) || param.type === "positional_separator" || param.type === "dictionary_splat_pattern") continue;
      if (param.type === "keyword_separator" || param.type === "list_splat_pattern") {
        positional = false;
        continue;
      }
      const ident = parameterName(param);
      const index = positional ? position++ : undefined;
      if (ident?.type !== "identifier") continue;
      if (index !== undefined && index >= 0) out.byPosition[index] = [ident, param];
      out.byName.set(ident.text, [ident, param]);
    }
    return out;
  };

  const bindParameters = (fn: Node, skipFirst: boolean, passed: Passed[], call: Node): boolean => {
    const list = parameterList(fn, skipFirst);
    if (!list) return false;
    let bound = false;
    for (const arg of passed) {
      const target = arg.keyword !== undefined ? list.byName.get(arg.keyword) : arg.position !== undefined ? list.byPosition[arg.position] : undefined;
      if (!target) continue;
      const [ident, param] = target;
      bound = binder.bind(ident, ident.text, [bindings.scopeOf(ident)], range(list.node), passedThrough(arg.path, call, param), call) || bound;
    }
    return bound;
  };

  return { round, facts: { functions: new Set(defs.keys()), reached: binder.reached } };
}

/** The arguments of a call that resolve to watched values, by position (until a `*args`) or keyword. */
function passedArguments(call: Node, mayResolve: (node: Node) => boolean, resolve: (node: Node) => ModulePath | undefined): Passed[] {
  const list = call.childForFieldName("arguments");
  if (list?.type !== "argument_list") return [];
  const out: Passed[] = [];
  let position: number | undefined = 0;
  for (const arg of list.namedChildren) {
    if (!arg || isComment(arg)) continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat") {
      position = undefined;
      continue;
    }
    const keyword = arg.type === "keyword_argument" ? arg.childForFieldName("name")?.text : undefined;
    const value = arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg;
    const at = keyword === undefined && position !== undefined ? position++ : undefined;
    const path = value?.type === "dictionary" ? dictValue(value, mayResolve, resolve) : value && mayResolve(value) ? resolve(value) : undefined;
    if (path && (keyword !== undefined || at !== undefined)) out.push({ position: at, keyword, path });
  }
  return out;
}

/** A dict literal's entries under string keys whose values resolve, as one value (objectValue); undefined when none does. */
function dictValue(dict: Node, mayResolve: (node: Node) => boolean, resolve: (node: Node) => ModulePath | undefined): ModulePath | undefined {
  const entries = new Map<string, [ModulePath, Node]>();
  for (const pair of dict.namedChildren) {
    const key = pair?.type === "pair" ? pair.childForFieldName("key") : null;
    const value = pair?.childForFieldName("value");
    // A key written as a plain string (`"sh"`, not an f-string's `{x}`).
    const name = key?.type === "string" && !key.namedChildren.some((part) => part?.type === "interpolation") ? stringValue(key) : undefined;
    const path = name !== undefined && value && mayResolve(value) ? resolve(value) : undefined;
    if (path && !entries.has(name!)) entries.set(name!, [path, pair!]);
  }
  return entries.size ? objectValue(entries) : undefined;
}

/** A call of a plain name, `self.m`, `cls.m` or `super().m` (of a function `defined`) whose arguments may name a watched value (read from the text). */
export function passingCall(source: string, callee: Node, known: (name: string | undefined) => boolean, defined: (name: string) => boolean = () => true): { sup: boolean; name: string } | undefined {
  PY_CALL.lastIndex = callee.startIndex;
  const match = PY_CALL.exec(source);
  // The name test first: reading the arguments' text costs more.
  if (!match || !defined(match[2]!) || !mayPass(source, PY_CALL.lastIndex - 1, known)) return undefined;
  return { sup: match[1] !== undefined, name: match[2]! };
}

/** Is this parameter given a default that starts with a name that may resolve (`get=requests.get`)? */
export function knownDefault(source: string, node: Node, known: (name: string | undefined) => boolean): boolean {
  PY_DEFAULT.lastIndex = node.startIndex + identifierAt(source, node.startIndex)!.length;
  if (!PY_DEFAULT.test(source)) return false;
  if (known(identifierAt(source, PY_DEFAULT.lastIndex))) return true;
  // `run=(lambda f=os.system: f)()`: parenthesized, the names in it decide.
  const value = source[PY_DEFAULT.lastIndex] === "(" ? node.parent?.childForFieldName("value") : undefined;
  return value !== undefined && value !== null && value.endIndex - value.startIndex <= MAX_DECIDING_TEXT && identifiersIn(value.text).some(known);
}

/** The name a parameter binds (`f`, `f: F`, `f=x`, `f: F = x`), else null (a splat's, a separator). */
export function parameterName(param: Node): Node | null {
  return param.type === "identifier" ? param : param.type === "typed_parameter" ? param.namedChild(0) : param.childForFieldName("name");
}
