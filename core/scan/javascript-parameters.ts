/**
 * JavaScript/TypeScript's side of parameter binding (parameters.ts): `f(cp)` → `function f(shell)` or
 * `const f = (shell) => …`, `new C(fetch)` → its `constructor` (or its base's in the file), `this.m(x)` → the
 * method of the class around the call, `super(x)` / `super.m(x)` → the base class's; an object literal
 * argument reaches a destructured parameter (`f({ fetch: impl })` → `function f({ fetch })`) and a plain one, read by its
 * properties (`new A({ fetch })` → `constructor(options)` … `options.fetch`), a class expression held by a name is constructed
 * as a class declaration is (`var A = class { constructor(t) … }`, rolldown's output), TypeScript
 * parameter properties (`constructor(private client)`) are the slot `this.client`, and defaults
 * (`function f(fetchImpl = fetch)`, `({ fetch = globalThis.fetch }) => …`, `fetch = getFetch()` once factories are bound) count.
 */
import type { Node } from "@vscode/tree-sitter-wasm";
import { type Mentioned, enclosing } from "./factories";
import { assigns } from "./javascript-chains";
import { MAX_SAME_NAME, type Occurrence, ParameterBinder, type ParameterFacts, type ParameterInput, bindable, functionCalledInPlace, callsSeeing, encloses, mayPass, objectValue, passedThrough, visibleDefinitions } from "./parameters";
import { type Bindings, COMMENT_TYPES, HOLE, arrayElements, type Fresh, type ModulePath, NOTHING, extend, heldLiteral, identifierAt, identifierText, isComment, namedChildrenOf, stringValue, through, watchedLiteral } from "./resolve";

/**
 * The private-field helpers compilers emit for `this.#x` when the target has none (esbuild: `__privateAdd(this, _x, v)`,
 * `__privateSet(this, _x, v)`, `__privateGet(this, _x)`; TypeScript, inline or from tslib: `__classPrivateFieldSet(this,
 * _C_x, v, "f")`, `__classPrivateFieldGet(this, _C_x, "f")`): a write or read of the slot keyed by the WeakMap's name
 * (Resolver.slotKey); a value handed to one is stored, not called, and its parameters are not followed.
 */
const PRIVATE_WRITE_NAME = String.raw`(?:[\w$]+\s*\.\s*)?(?:__privateAdd|__privateSet|__classPrivateFieldSet)`;
const PRIVATE_READ_NAME = String.raw`(?:[\w$]+\s*\.\s*)?(?:__privateGet|__classPrivateFieldGet)`;
/** A call of a write or read helper at `lastIndex` of the source (sticky). */
export const PRIVATE_WRITE_AT = new RegExp(`${PRIVATE_WRITE_NAME}\\s*\\(`, "y");
export const PRIVATE_READ_AT = new RegExp(`${PRIVATE_READ_NAME}\\s*\\(`, "y");
/** A callee's text that is a read helper, or any of them. */
export const PRIVATE_READ = new RegExp(`^${PRIVATE_READ_NAME}$`);
export const PRIVATE_HELPER = new RegExp(`^(?:${PRIVATE_WRITE_NAME}|${PRIVATE_READ_NAME})$`);
/** Does a private-field helper's call start at `offset`? */
export function privateHelperAt(pattern: RegExp, source: string, offset: number): boolean {
  pattern.lastIndex = offset;
  return pattern.test(source);
}

/** `o.m(` (`o` a name, else the `new K(…)` a callee starts with) at a callee's start: a method of an object (methodCall). */
const JS_METHOD_CALL = /(?:([\p{L}_$][\p{L}\p{N}_$]*)\s*\.\s*[\p{L}_$][\p{L}\p{N}_$]*\s*\(|new\s)/uy;
/** `f(`, `this.m(`, `this.#m(`, `super(`, `super.m(` at a callee's start (for `new C(`, at the constructor's). */
const JS_CALL = /(?:(this|super)\s*\.\s*)?(#?[\p{L}_$][\p{L}\p{N}_$]*)\s*\(/uy;
/** After a parameter's name: a default value follows (`fetchImpl = fetch`, `fetchImpl: F = fetch`). */
const JS_DEFAULT = /\s*(?:\?\s*)?(?::[^=,()]*)?=(?![=>])\s*/y;
/** A pattern's end (TypeScript: typed by a name, `{ run }: Opts =`) given a default object that is not empty (`{ run } = { run: cp.exec }`; `= {}` is the common one). */
/** `] = [` of an array pattern's default (`function f([run] = [cp.execSync])`), its TypeScript type between. */
const ARRAY_PATTERN_DEFAULT = /\](?:\s*:\s*[\w$.]+(?:\[\])?)?\s*=\s*\[(?!\s*\])/g;
const PATTERN_DEFAULT = /\}(?:\s*:\s*[\w$.]+)?\s*=\s*\{(?!\s*\})/g;
/** How many classes up a method or constructor is looked for among the file's base classes. */
const MAX_BASES = 4;
/** The start of a value that may be a function or a class: `function`, `async`, `(…) =>`, `x =>`, `class`. */
const FUNCTION_START = /(?:async\b|function\b|class\b|\(|[$\p{L}_][$\p{L}\p{N}_]*\s*=>)/uy;
const FUNCTION_VALUES = new Set(["arrow_function", "function_expression", "function", "generator_function"]);
/** A value a name holds that a call or `new` reaches: a function's, or a class expression's (`var A = class { … }`). */
const CALLABLE_VALUES = new Set([...FUNCTION_VALUES, "class"]);

/** A watched value at an argument position, or an object literal's watched properties there. */
interface Passed {
  position: number;
  path?: ModulePath;
  properties?: Map<string, [ModulePath, Node]>;
}

/**
 * One round per call of `round()` (the first also binds defaults), `defaults()` to read again the defaults that
 * mention the factories just bound (`fetch = getFetch()`), and what an edit must not touch (`facts`).
 */
export function javaScriptParameters({ source, bindings, captures, resolve, crosses, known, binders, inPlace: functionsInPlace }: ParameterInput): { round: (fresh?: Fresh) => boolean; defaults: (mentioned: Mentioned) => boolean; facts: ParameterFacts } {
  const { callees, locals, definitions } = captures;
  /** Function and class declarations by name (name node), and `const f = (…) => …` (the function value). */
  const defs = new Map<string, Node[]>();
  const add = (name: string, node: Node) => defs.set(name, [...(defs.get(name) ?? []), node]);
  for (const [node, outer] of locals) if (outer) add(identifierAt(source, node.startIndex)!, node);
  for (const [nameNode, value] of definitions) {
    // Read from the text first (a node's type is a call into WASM): a value that may be a function, a target that is a plain name.
    FUNCTION_START.lastIndex = value.startIndex;
    if (FUNCTION_START.test(source) && nameNode.type === "identifier" && CALLABLE_VALUES.has(value.type)) add(nameNode.text, nameNode);
  }
  const occurrences = (): Occurrence[] => [
    ...definitions.filter(([nameNode]) => nameNode.type === "identifier").map(([nameNode]) => ({ name: identifierText(source, nameNode), at: nameNode.startIndex, scope: bindings.scopeOf(nameNode) })),
    ...locals.filter(([, outer]) => !outer).map(([node]) => ({ name: identifierAt(source, node.startIndex)!, at: node.startIndex, scope: bindings.scopeOf(node) })),
  ];
  const binder = new ParameterBinder(bindings, binders, occurrences);
  const mayResolve = (node: Node) => source[node.startIndex] === "(" || source[node.startIndex] === "[" || known(identifierAt(source, node.startIndex)) || source.startsWith("new", node.startIndex) || source.startsWith("await", node.startIndex);
  const resolved = (node: Node | null | undefined) => {
    const path = node && mayResolve(node) ? resolve(node) : undefined;
    return bindable(path, crosses) ? path : undefined;
  };

  /** The scopes a parameter's uses are in: the function's, and its body block's. */
  const scopesOf = (param: Node, fn: Node): number[] => {
    const body = fn.childForFieldName("body");
    return [bindings.scopeOf(param), ...(body?.type === "statement_block" ? [body.id] : [])];
  };
  const range = (node: Node) => ({ start: node.startIndex, end: node.endIndex });

  /**
   * `function f(fetchImpl = fetch)`, `({ fetch = globalThis.fetch }) => …`: the parameter holds the default unless a call
   * passes something else (then it holds either). `mentioned`: only the defaults that mention a name just bound (a factory's).
   */
  const defaults = (mentioned?: Mentioned): boolean => {
    let bound = false;
    for (const [node, outer] of locals) {
      const at = outer ? undefined : knownDefaultAt(source, node, known);
      if (at === undefined || (mentioned && !mentioned(node.startIndex, at, at + identifierAt(source, at)!.length))) continue;
      const found = defaultOf(node);
      const path = found && resolved(found.value);
      if (!path) continue;
      const name = identifierAt(source, node.startIndex)!;
      const value = through(path, found.holder);
      if (!binder.bind(node, name, scopesOf(node, found.list.parent!), range(found.list), value, found.holder, true)) continue;
      bound = true;
      // `constructor(public run = cp.exec)`: a parameter property's default is the slot's value too.
      if (parameterProperty(found.holder)) bindSlotAt(bindings, `this.${name}`, value, found.holder);
    }
    return (!mentioned && patternDefaults()) || bound;
  };

  /**
   * `function f({ run } = { run: cp.exec })`, `({ x: sh } = { x: cp.execSync }) => …`: a destructured parameter's default
   * object gives each name its key's value (unless a call passes something else). Found from the text (`} = {` not
   * closed at once), then the tree.
   */
  const patternDefaults = (): boolean => {
    let bound = false;
    const root = (locals[0]?.[0] ?? callees[0]?.[0])?.tree.rootNode;
    for (const { index } of root ? source.matchAll(PATTERN_DEFAULT) : []) {
      // The `}` closes the pattern, or in TypeScript its type (`{ run }: { run: F } = { … }`).
      const closed = root!.descendantForIndex(index)?.parent;
      const typed = closed?.type === "object_type" && closed.parent?.type === "type_annotation" ? closed.parent.parent : null;
      const pattern = typed ? typed.childForFieldName("pattern") : closed;
      const holder = pattern?.type === "object_pattern" ? pattern.parent : null;
      const literal = holder?.type === "assignment_pattern" ? holder.childForFieldName("right") : holder?.type === "required_parameter" ? holder.childForFieldName("value") : null;
      const list = holder?.parent;
      if (literal?.type !== "object" || list?.type !== "formal_parameters" || !list.parent || !watchedLiteral(source, literal, known)) continue;
      const object = resolve(literal);
      for (const [key, local] of object ? destructured(pattern!) : []) {
        const value = key === undefined ? undefined : extend(object!, key);
        if (value?.module === NOTHING || !bindable(value, crosses)) continue;
        bound = binder.bind(local, local.text, scopesOf(local, list.parent), range(list), through(value, holder!), holder!, true) || bound;
      }
    }
    // `function f([run] = [cp.execSync])`: an array pattern's default gives each name the element at its place (none after a spread).
    for (const { index } of root ? source.matchAll(ARRAY_PATTERN_DEFAULT) : []) {
      const closed = root!.descendantForIndex(index)?.parent;
      const typed = closed?.parent?.type === "type_annotation" ? closed.parent.parent : null;
      const pattern = typed ? typed.childForFieldName("pattern") : closed;
      const holder = pattern?.type === "array_pattern" ? pattern.parent : null;
      const literal = holder?.type === "assignment_pattern" ? holder.childForFieldName("right") : holder?.type === "required_parameter" ? holder.childForFieldName("value") : null;
      const list = holder?.parent;
      if (literal?.type !== "array" || list?.type !== "formal_parameters" || !list.parent || !watchedLiteral(source, literal, known)) continue;
      const elements = arrayElements(literal);
      const spread = elements.findIndex((element) => element !== HOLE && element?.type === "spread_element");
      arrayElements(pattern!).forEach((target, position) => {
        const local = target !== HOLE && target?.type === "assignment_pattern" ? target.childForFieldName("left") : target !== HOLE ? target : null;
        const element = spread >= 0 && position >= spread ? undefined : elements[position];
        const value = local?.type === "identifier" && element && element !== HOLE ? resolved(element) : undefined;
        if (value) bound = binder.bind(local!, local!.text, scopesOf(local!, list.parent!), range(list), through(value, holder!), holder!, true) || bound;
      });
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
    const pending: Array<[fn: Node, passed: Passed[], call: Node]> = [];
    for (const [callee, kind] of callsSeeing(callees, ordered, fresh)) {
      if (fresh && !fresh.covers(callee.startIndex)) continue;
      const knownHere = fresh ? (word: string | undefined) => word !== undefined && fresh.at(word, callee.startIndex) : known;
      const call = callee.parent;
      // `f.call(t, cp)`, `setTimeout(f, 0, cp)`: a function of the file another call hands arguments to (its own are not read).
      const forward = kind === "call" ? forwarding(source, callee) : undefined;
      const forwardedIn = forward && functionCalledInPlace(forward.target, functionsInPlace);
      const forwardedName = forward?.target.type === "identifier" && defs.has(forward.target.text) ? forward.target.text : undefined;
      if (forwardedIn || forwardedName !== undefined) {
        if (!mayPass(source, call!.childForFieldName("arguments")?.startIndex ?? call!.endIndex, knownHere)) continue;
        const passed = passedValues(forward!.given, resolved);
        if (passed.length === 0) continue;
        if (forwardedName !== undefined) binder.reached.add(forwardedName);
        for (const fn of forwardedIn ? [forwardedIn] : targetsOf(call!, "call", undefined, forwardedName!)) pending.push([fn, passed, call!]);
        continue;
      }
      // `(function (m) { … })(cp)`, `((m) => …)(cp)`: a function written where it is called is that call's target.
      const inPlace = kind === "call" ? functionCalledInPlace(callee, functionsInPlace) : undefined;
      const match = inPlace ? undefined : passingCall(source, callee, knownHere, (name) => defs.has(name));
      // `K.run(cp)`, `k.run(cp)` of `const k = new K()`, `new K().run(cp)`, `o.run(cp)` of `const o = { run(m) { … } }`.
      const onObject = !match && !inPlace && kind === "call" ? methodCall(source, callee, knownHere) : undefined;
      if (onObject) {
        const passed = passedArguments(call!, resolved);
        const targets = passed.length > 0 ? methodsCalled(callee, onObject) : [];
        if (targets.length > 0) binder.reached.add(onObject.method);
        for (const fn of targets) pending.push([fn, passed, call!]);
        continue;
      }
      if (!match && !inPlace) continue;
      if (call?.type !== "call_expression" && call?.type !== "new_expression") continue;
      if (inPlace && !mayPass(source, call.childForFieldName("arguments")?.startIndex ?? call.endIndex, knownHere)) continue;
      const passed = passedArguments(call, resolved);
      if (passed.length === 0) continue;
      if (match) binder.reached.add(match.name);
      for (const fn of inPlace ? [inPlace] : targetsOf(call, kind, match!.owner, match!.name)) pending.push([fn, passed, call]);
    }
    for (const [fn, passed, call] of pending) bound = bindParameters(fn, passed, call) || bound;
    return bound;
  };

  /** A declaration (function, class) holding the name, else undefined (`const f = …`, `f = …`). */
  const declarationOf = (nameNode: Node) => (nameNode.parent!.type === "variable_declarator" || assigns(nameNode.parent) ? undefined : nameNode.parent!);
  /** The scope a definition binds its name in. */
  const definitionScope = (nameNode: Node) => {
    const declaration = declarationOf(nameNode);
    return declaration ? bindings.scopeOf(nameNode, declaration) : bindings.scopeOf(nameNode);
  };
  /** Each name's definitions by scope (visibleDefinitions). */
  const visible = new Map<string, Map<number, Node[]>>();
  const targetsOf = (call: Node, kind: "call" | "new", owner: string | undefined, name: string): Node[] => {
    if (owner || name === "super") {
      const cls = enclosingClass(call);
      const found = cls && methodIn(cls, name === "super" ? "constructor" : name, owner === "super" || name === "super");
      return found ? [found] : [];
    }
    const out: Node[] = [];
    for (const nameNode of visibleDefinitions(bindings, visible, name, defs.get(name), definitionScope, call.startIndex)) {
      const parent = nameNode.parent!;
      const declaration = declarationOf(nameNode);
      const cls = classOf(nameNode);
      if (cls) {
        const constructor = kind === "new" ? methodIn(cls, "constructor", false) : undefined;
        if (constructor) out.push(constructor);
      } else if (!declaration) {
        const value = parent.childForFieldName(parent.type === "variable_declarator" ? "value" : "right");
        if (value && FUNCTION_VALUES.has(value.type)) out.push(value);
      } else if (declaration.type === "function_declaration" && kind === "call") out.push(declaration);
    }
    return out;
  };

  /** Object literals held by a name (`const o = { run(m) { … } }`), by name. */
  const objects = new Map<string, Node[]>();
  for (const [nameNode, value] of definitions) if (source[value.startIndex] === "{" && nameNode.type === "identifier" && value.type === "object") objects.set(nameNode.text, [...(objects.get(nameNode.text) ?? []), nameNode]);
  const visibleObjects = new Map<string, Map<number, Node[]>>();
  /**
   * The functions `object.method(…)` may call: a static or instance method of a class of the file named by the object (or
   * made by `new` there, or held by a name `new` gave its instance), or a method or function-valued property of an
   * object literal the object's name holds where the call sees it.
   */
  const methodsCalled = (callee: Node, { object, method }: { object: string; method: string }): Node[] => {
    const receiver = callee.childForFieldName("object");
    const made = receiver?.type === "new_expression" ? receiver.childForFieldName("constructor") : null;
    const className = made ? (made.type === "identifier" || made.type === "type_identifier" ? made.text : undefined) : defs.has(object) ? object : bindings.instanceClass(object);
    const out: Node[] = [];
    for (const nameNode of className !== undefined ? visibleDefinitions(bindings, visible, className, defs.get(className), definitionScope, callee.startIndex) : []) {
      const cls = classOf(nameNode);
      const found = cls && methodIn(cls, method, false);
      if (found) out.push(found);
    }
    if (made) return out;
    for (const nameNode of visibleDefinitions(bindings, visibleObjects, object, objects.get(object), (node) => bindings.scopeOf(node), callee.startIndex)) {
      const literal = nameNode.parent?.childForFieldName(nameNode.parent.type === "variable_declarator" ? "value" : "right");
      for (const member of literal?.namedChildren ?? []) {
        const key = member?.type === "method_definition" ? member.childForFieldName("name") : member?.type === "pair" ? member.childForFieldName("key") : null;
        const value = member?.type === "pair" ? member.childForFieldName("value") : member;
        if (key && (key.type === "property_identifier" ? key.text : key.type === "string" ? stringValue(key) : undefined) === method && value && (value.type === "method_definition" || FUNCTION_VALUES.has(value.type))) out.push(value);
      }
    }
    return out;
  };

  /** The method `name` of a class of the file (its `constructor` for `new` and `super(…)`), looked up its bases of the file. */
  const methodsOf = new Map<number, Map<string, Node>>();
  /** A class's methods by name, read once per class. */
  const methods = (cls: Node) => {
    let byName = methodsOf.get(cls.id);
    if (byName) return byName;
    methodsOf.set(cls.id, (byName = new Map()));
    for (const member of cls.childForFieldName("body")?.namedChildren ?? []) {
      const memberName = member?.type === "method_definition" ? member.childForFieldName("name")?.text : undefined;
      if (memberName !== undefined && !byName.has(memberName)) byName.set(memberName, member!);
    }
    return byName;
  };
  const methodIn = (cls: Node, name: string, skipSelf: boolean, depth = 0): Node | undefined => {
    if (depth > MAX_BASES) return undefined;
    const own = skipSelf ? undefined : methods(cls).get(name);
    if (own) return own;
    const base = baseName(cls);
    for (const nameNode of ((base && defs.get(base)) || []).slice(0, MAX_SAME_NAME)) {
      const baseClass = classOf(nameNode);
      const found = baseClass ? methodIn(baseClass, name, false, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  };

  /**
   * A function's parameters by position, [the parameter, its pattern], up to a rest parameter, and the rest parameter's
   * pattern (`...args`, `...[m]`) with its position; read once per function.
   */
  const parameterLists = new Map<number, { around: Node; byPosition: Array<[Node, Node]>; rest?: [Node, number] }>();
  const parameterList = (fn: Node) => {
    const cached = parameterLists.get(fn.id);
    if (cached) return cached;
    const single = fn.childForFieldName("parameter");
    const list = fn.childForFieldName("parameters");
    const out: { around: Node; byPosition: Array<[Node, Node]>; rest?: [Node, number] } = { around: list ?? single ?? fn, byPosition: [] };
    parameterLists.set(fn.id, out);
    for (const param of single ? [single] : (list?.namedChildren ?? [])) {
      if (!param || isComment(param)) continue;
      const pattern = parameterPattern(param);
      const rest = pattern?.type === "rest_pattern" ? pattern.namedChildren.find((c) => c !== null && !isComment(c)) : undefined;
      if (rest) out.rest = [rest, out.byPosition.length];
      if (!pattern || pattern.type === "rest_pattern") break;
      out.byPosition.push([param, pattern]);
    }
    return out;
  };

  const bindParameters = (fn: Node, passed: Passed[], call: Node): boolean => {
    const { around, byPosition, rest } = parameterList(fn);
    let bound = false;
    // `function run(...args)`, `(...[m]) => …`: the arguments from the rest parameter's on, an array of them.
    const gathered = rest && heldLiteral(passed.flatMap((arg) => (arg.position >= rest[1] && arg.path ? [[String(arg.position - rest[1]), arg.path] as const] : [])));
    const given: Array<[Passed, Node, Node]> = [];
    for (const arg of passed) if (byPosition[arg.position]) given.push([arg, ...byPosition[arg.position]!]);
    if (gathered) given.push([{ position: rest![1], path: gathered }, rest![0], rest![0]]);
    for (const [arg, param, pattern] of given) {
      const whole = arg.path ?? (arg.properties && objectValue(arg.properties));
      if (pattern.type === "array_pattern" && whole?.properties) {
        // `function run([m])` … `run([cp])`: each name the element at its place (none past a rest element).
        for (const [index, local] of arrayElements(pattern).entries()) {
          if (local === HOLE || !local) continue;
          if (local.type === "rest_pattern") break;
          const element = local.type === "identifier" ? extend(whole, String(index)) : undefined;
          if (element && element.module !== NOTHING && bindable(element, crosses)) bound = binder.bind(local, local.text, scopesOf(local, fn), range(around), passedThrough(element, call, local), call) || bound;
        }
      } else if (pattern.type === "identifier" && whole) {
        const value = passedThrough(whole, call, param);
        if (binder.bind(pattern, pattern.text, scopesOf(pattern, fn), range(around), value, call)) {
          bound = true;
          if (parameterProperty(param)) bindSlotAt(bindings, `this.${pattern.text}`, value, param);
        }
      } else if (pattern.type === "object_pattern" && arg.properties) {
        for (const [key, local] of destructured(pattern)) {
          const property = key === undefined ? undefined : arg.properties.get(key);
          if (property) bound = binder.bind(local, local.text, scopesOf(local, fn), range(around), passedThrough(through(property[0], property[1]), call, local), call) || bound;
        }
      } else if (pattern.type === "object_pattern" && arg.path) {
        // `function run({ execSync }) { … }` … `run(cp)`: each name the member of its key.
        for (const [key, local] of destructured(pattern)) {
          const member = key === undefined ? undefined : extend(arg.path, key);
          if (member?.module !== NOTHING && bindable(member, crosses)) bound = binder.bind(local, local.text, scopesOf(local, fn), range(around), passedThrough(member, call, local), call) || bound;
        }
      }
    }
    return bound;
  };

  return { round, defaults, facts: { functions: new Set(defs.keys()), reached: binder.reached } };
}

/** `constructor(private client: Client)`: a TypeScript parameter property is also the slot `this.client`. */
function parameterProperty(param: Node): boolean {
  return (param.type === "required_parameter" || param.type === "optional_parameter") && (param.namedChildren.some((c) => c?.type === "accessibility_modifier" || c?.type === "override_modifier") || /^\s*readonly\b/.test(param.text));
}

export const CLASS_BODY = new Set(["class_body"]);

/**
 * Binds a slot; a `this.x` slot written in a named class (a field, `this.x = …` in a method, a parameter property)
 * is also `C.prototype.x`, what an instance of the class reaches (`new C().x`, `const c = new C(); c.x`).
 */
export function bindSlotAt(bindings: Bindings, key: string, path: ModulePath, at: Node): void {
  bindings.bindSlot(key, path);
  if (!key.startsWith("this.")) return;
  const owner = enclosing(at, CLASS_BODY)?.parent?.childForFieldName("name");
  if (owner) bindings.bindSlot(`${owner.text}${staticThis(at) ? "" : ".prototype"}${key.slice(4)}`, path);
}

/** The bodies that give `this` its value (an arrow's is its surrounding one's). */
const THIS_OWNERS = new Set(["class_static_block", "method_definition", "function_declaration", "function_expression", "function", "generator_function_declaration", "generator_function", "class_body", "program"]);
/** Is `this` at `at` the class itself: in a class's `static { … }` block or a static method (`K.init()`'s `this` is `K`)? */
function staticThis(at: Node): boolean {
  const owner = enclosing(at, THIS_OWNERS);
  return owner?.type === "class_static_block" || (owner?.type === "method_definition" && owner.parent?.type === "class_body" && owner.children.some((c) => c?.type === "static"));
}

/**
 * `{ fetch, run: exec, client = other, spawn: sp = null }`: each property's key, the local it binds and the default it is
 * written with (which the local holds where the property is missing); `nested`: also the object or array pattern under a key (`{ exec: { value: run } }`, `{ a: [run] }`).
 */
export function destructured(pattern: Node, computedKey?: (key: Node) => string | undefined, nested = false): Array<[string | undefined, Node, Node | undefined]> {
  const out: Array<[string | undefined, Node, Node | undefined]> = [];
  for (const prop of pattern.namedChildren) {
    if (prop?.type === "shorthand_property_identifier_pattern") out.push([prop.text, prop, undefined]);
    else if (prop?.type === "object_assignment_pattern") {
      const left = prop.childForFieldName("left");
      if (left?.type === "shorthand_property_identifier_pattern") out.push([left.text, left, prop.childForFieldName("right") ?? undefined]);
    } else if (prop?.type === "pair_pattern") {
      const key = prop.childForFieldName("key");
      const value = prop.childForFieldName("value");
      const defaulted = value?.type === "assignment_pattern";
      const local = defaulted ? value.childForFieldName("left") : value;
      // `{ ["exec"]: run }`, `{ [k]: run }`: the key a constant fixes; any other computed key is undefined (javascript.ts bindDestructured reads it as a member chosen at run time).
      const computed = key?.type === "computed_property_name";
      const name = computed ? computedKey?.(key) : key?.type === "string" ? stringValue(key) : key?.text;
      if ((name !== undefined || computed) && (local?.type === "identifier" || (nested && (local?.type === "object_pattern" || local?.type === "array_pattern")))) out.push([name, local, (defaulted && value.childForFieldName("right")) || undefined]);
    }
  }
  return out;
}

/** The arguments of a call that resolve to watched values (or object literals holding some), by position until a spread. */
function passedArguments(call: Node, resolved: (node: Node | null | undefined) => ModulePath | undefined): Passed[] {
  const list = call.childForFieldName("arguments");
  return list?.type === "arguments" ? passedValues(list.namedChildren, resolved) : [];
}

/** The watched values of arguments as a function is given them, by position (up to a spread of anything but an array written out, `f(...[cp])`). */
function passedValues(written: ReadonlyArray<Node | null | typeof HOLE>, resolved: (node: Node | null | undefined) => ModulePath | undefined): Passed[] {
  const out: Passed[] = [];
  let position = 0;
  const spread = (arg: Node | null | typeof HOLE) => (arg !== HOLE && arg?.type === "spread_element" && arg.namedChild(0)?.type === "array" ? arrayElements(arg.namedChild(0)!) : [arg]);
  for (const arg of written.flatMap(spread)) {
    // `f(...[, cp])`: a hole is an argument (undefined).
    if (arg === HOLE) {
      position++;
      continue;
    }
    // Read once: each read of a node's type is a call into the parser's WebAssembly.
    const type = arg?.type;
    if (!arg || COMMENT_TYPES.has(type!)) continue;
    if (type === "spread_element") break;
    const at = position++;
    if (type === "object") {
      const properties = new Map<string, [ModulePath, Node]>();
      for (const prop of arg.namedChildren) {
        const key = prop?.type === "pair" ? prop.childForFieldName("key") : prop?.type === "shorthand_property_identifier" ? prop : null;
        const name = key?.type === "string" ? stringValue(key) : key?.text;
        const value = prop?.type === "pair" ? prop.childForFieldName("value") : prop;
        // A shorthand `{ fetch }` is the name `fetch`.
        const path = value && name !== undefined ? resolved(value) : undefined;
        if (path) properties.set(name!, [path, prop!]);
      }
      if (properties.size) out.push({ position: at, properties });
      continue;
    }
    const path = resolved(arg);
    if (path) out.push({ position: at, path });
  }
  return out;
}

/**
 * A function's methods handing it the arguments after their first (`f.call(t, a)`; `f.apply(t, [a])`: written as an array
 * literal; `f.bind(t, a)`: what the bound function gets first, whenever it is called).
 */
const FORWARDING_METHODS: Record<string, { array?: true }> = { call: {}, bind: {}, apply: { array: true } };
/** Functions handing the function given first the arguments after `before` of theirs (`setTimeout(f, ms, a)`; `Reflect.apply(f, t, [a])`: an array literal). */
const FORWARDING_FUNCTIONS: Record<string, { before: number; array?: true }> = {
  "Reflect.apply": { before: 2, array: true },
  setTimeout: { before: 2 },
  setInterval: { before: 2 },
  setImmediate: { before: 1 },
  "process.nextTick": { before: 1 },
};
/** A callee that may forward arguments, at its start: `name.call(`, `(function … }).apply(`, `setTimeout(` (the tree decides). */
const FORWARDING_AT = /(?:\(|[\p{L}_$][\p{L}\p{N}_$]*\s*\.\s*(?:call|apply|bind)\s*\(|Reflect\s*\.\s*apply\s*\(|set(?:Timeout|Interval|Immediate)\s*\(|process\s*\.\s*nextTick\s*\()/uy;

/** The function a call of FORWARDING_METHODS or FORWARDING_FUNCTIONS hands arguments to (`target`), and the arguments it gets. */
function forwarding(source: string, callee: Node): { target: Node; given: ReadonlyArray<Node | null | typeof HOLE> } | undefined {
  FORWARDING_AT.lastIndex = callee.startIndex;
  if (!FORWARDING_AT.test(source)) return undefined;
  const type = callee.type;
  const written = type === "identifier" || type === "member_expression" ? source.slice(callee.startIndex, callee.endIndex).replace(/\s+/g, "") : undefined;
  const byFunction = written !== undefined && Object.hasOwn(FORWARDING_FUNCTIONS, written) ? FORWARDING_FUNCTIONS[written] : undefined;
  const method = !byFunction && type === "member_expression" ? callee.childForFieldName("property")?.text : undefined;
  const byMethod = method !== undefined && Object.hasOwn(FORWARDING_METHODS, method) ? FORWARDING_METHODS[method] : undefined;
  if (!byFunction && !byMethod) return undefined;
  const args = namedChildrenOf(callee.parent?.childForFieldName("arguments"));
  const target = byFunction ? args[0] : callee.childForFieldName("object");
  const before = byFunction?.before ?? 1;
  if (!target || args.slice(0, before).some((arg) => arg.type === "spread_element")) return undefined;
  const given = args.slice(before);
  if (!(byFunction ?? byMethod)!.array) return { target, given };
  return given.length === 1 && given[0]!.type === "array" ? { target, given: arrayElements(given[0]!) } : undefined;
}

/** The class a name of `defs` names: its declaration's, or a class expression it holds (`var A = class { … }`). */
function classOf(nameNode: Node): Node | undefined {
  const parent = nameNode.parent;
  if (parent?.type === "class_declaration") return parent;
  const value = parent?.type === "variable_declarator" ? parent.childForFieldName("value") : assigns(parent) ? parent!.childForFieldName("right") : null;
  return value?.type === "class" ? value : undefined;
}

/** The class (declaration or expression) around a node. */
function enclosingClass(node: Node): Node | null {
  // Past factories.ts MAX_WALK levels, the top-level class holding the call (fail closed: a call nested deeper still has its class).
  return enclosing(node, CLASSES, { hit: false }) ?? null;
}
const CLASSES = new Set(["class_declaration", "class", "abstract_class_declaration"]);

/** The name of the class a class extends, when it is a plain name (`class A extends B`). */
function baseName(cls: Node): string | undefined {
  const heritage = cls.namedChildren.find((c) => c?.type === "class_heritage");
  const first = heritage?.namedChild(0);
  const value = first?.type === "extends_clause" ? first.childForFieldName("value") : first;
  return value?.type === "identifier" ? value.text : undefined;
}

/** A call of a plain name (of a function `defined`), `this.m`, `super(…)` or `super.m` whose arguments may name a watched value (read from the text). */
export function passingCall(source: string, callee: Node, known: (name: string | undefined) => boolean, defined: (name: string) => boolean = () => true): { owner?: string; name: string } | undefined {
  JS_CALL.lastIndex = callee.startIndex;
  const match = JS_CALL.exec(source);
  // The name test first (a method of `this`/`super` is not among the file's names): reading the arguments' text costs more.
  if (!match || !(match[1] || match[2] === "super" || defined(match[2]!)) || PRIVATE_HELPER.test(match[2]!) || !mayPass(source, JS_CALL.lastIndex - 1, known)) return undefined;
  return { owner: match[1], name: match[2]! };
}

/**
 * A call of a method of a name's object or of one made in place (`o.run(cp)`, `new K().run(cp)`: `object` the name, or
 * the class's) whose arguments may name a watched value; not of `this`/`super` (passingCall's).
 */
export function methodCall(source: string, callee: Node, known: (name: string | undefined) => boolean): { object: string; method: string } | undefined {
  JS_METHOD_CALL.lastIndex = callee.startIndex;
  const head = JS_METHOD_CALL.exec(source);
  // The arguments' text first (the name's form ends at its `(`), then the tree.
  if (!head || head[1] === "this" || head[1] === "super" || (head[1] !== undefined && !mayPass(source, JS_METHOD_CALL.lastIndex - 1, known)) || callee.type !== "member_expression") return undefined;
  const receiver = callee.childForFieldName("object");
  const made = receiver?.type === "new_expression" ? receiver.childForFieldName("constructor") : null;
  const object = receiver?.type === "identifier" ? receiver.text : made?.type === "identifier" ? made.text : undefined;
  const method = callee.childForFieldName("property");
  const open = made ? callee.parent?.childForFieldName("arguments")?.startIndex : undefined;
  return object !== undefined && method?.type === "property_identifier" && (!made || (open !== undefined && mayPass(source, open, known))) ? { object, method: method.text } : undefined;
}

/** Where the default of the parameter (or destructured local) at `node` starts, when it starts with a name that may resolve (`fetchImpl = fetch`). */
export function knownDefaultAt(source: string, node: Node, known: (name: string | undefined) => boolean): number | undefined {
  JS_DEFAULT.lastIndex = node.startIndex + identifierAt(source, node.startIndex)!.length;
  return JS_DEFAULT.test(source) && known(identifierAt(source, JS_DEFAULT.lastIndex)) ? JS_DEFAULT.lastIndex : undefined;
}

/**
 * A parameter local's default: the node holding it, its value, and the function's parameter list. `node` is what the
 * query captures: the name of `fetchImpl = fetch` (TypeScript: `fetchImpl: F = fetch`), or the whole `fetch = f` of a
 * destructured `{ fetch = f }` and `{ fetch: impl = f }` (JavaScript's object pattern, TypeScript's inside a parameter).
 */
/** What a parameter binds: its name or pattern, without its default or TypeScript's type (`f = fetch`, `f?: F`, `{ run }: O`). */
export function parameterPattern(param: Node): Node | null {
  return param.type === "assignment_pattern" ? param.childForFieldName("left") : param.type === "required_parameter" || param.type === "optional_parameter" ? param.childForFieldName("pattern") : param;
}

function defaultOf(node: Node): { holder: Node; value: Node; list: Node } | undefined {
  const destructured = node.type === "object_assignment_pattern" || node.type === "assignment_pattern";
  const holder = destructured ? node : node.parent;
  const value = holder?.type === "assignment_pattern" || holder?.type === "object_assignment_pattern" ? holder.childForFieldName("right") : holder?.childForFieldName("value");
  // `{ fetch: impl = f }`: the pair, then its object pattern; the parameter holds the pattern in TypeScript, and with a default (`{ … } = {}`).
  const pattern = !destructured ? undefined : node.type === "assignment_pattern" ? node.parent?.parent : node.parent;
  const param = pattern?.parent?.type === "required_parameter" || pattern?.parent?.type === "assignment_pattern" ? pattern.parent : (pattern ?? holder);
  const list = param?.parent;
  return holder && value && list?.type === "formal_parameters" && list.parent ? { holder, value, list } : undefined;
}
