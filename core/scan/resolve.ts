import type { Node } from "@vscode/tree-sitter-wasm";
import type { PlacedHop } from "./placed";
import { namesRecord } from "../data";

/** Where an expression leads: a module (or GLOBAL) and the member chain reached from it. */
export interface ModulePath {
  module: string;
  members: string[];
  /** How it got there, newest first: the assignments, slots, dynamic imports and the import it went through. */
  via?: readonly Hop[];
  /**
   * The value is a function of the project (a factory, core/scan/factories.ts) that returns the watched value
   * `module`/`members`, this many calls away (1: `make()` is the value; 2: a factory of factories, `make()()`): each call
   * peels one (`called`), anything else reached from it is nothing.
   */
  returns?: number;
  /**
   * The value is an object literal passed to a parameter (`new A({ fetch })` → `constructor(options)`): its members are
   * these watched properties (`options.fetch`), each with its own steps; any other member is nothing (module OBJECT).
   */
  properties?: Readonly<Record<string, ModulePath>>;
  /**
   * The factory (`returns` 1) returns one of its parameters, given this value by its default (`function make(f = fetch)
   * { return f }`): a call that passes that argument gets what it passed, not this (`called`).
   */
  unlessPassed?: ReturnedParameter;
  /**
   * Where the scan stopped following the value past one of its bounds, said in the finding (factories.ts WALK_NOTE):
   * what it reached there may be the value, so it is reported (a gate fails closed).
   */
  unfollowed?: string;
}

/** The module of what a factory's members lead to (`getClient.x`): nothing a rule watches. */
export const NOTHING = "<nothing>";

/** The module of an object literal's value (ModulePath.properties): nothing a rule watches itself. */
export const OBJECT = "<object>";

/**
 * The module of a class of a Python file (python.ts): its members are the file's `cls.X` slots, its instances' (`()`)
 * the `self.X` slots. Never offered to other files (their slots are not these).
 */
export const FILE_CLASS = "<class>";

/**
 * An instance of a class another project file offers (Python's `K()` of `from a import K`, `a.K()` of `import a`): its
 * members are the slots the file offers, members `[...class, "prototype"]` (`K.prototype.run`). Its file's alone, as FILE_CLASS's.
 */
export const PROJECT_INSTANCE = "<project instance>";

/**
 * JavaScript: an object of the file whose members are its slots, by the name holding them (`members[0]`, then the members
 * read): a class of the file held by another name or returned by a factory (`function make() { return Runner }` …
 * `make().run(c)` is the slot `Runner.run`; `new (make())().meth` is `Runner.prototype.meth`). Its file's alone, as FILE_CLASS's.
 */
export const FILE_SLOTS = "<slots>";

/** The step between a class and its instances' members in a slot's key (`K.prototype.run`, JavaScript's and Python's). */
export const PROTOTYPE = "prototype";
/** How many classes up a chain of `extends` a member is looked for (`class C extends B`, `class B extends A`, …; a cycle stops there too). */
export const MAX_BASE_CLASSES = 8;

/**
 * The last key of a Python module-scope container's slot holding its first watched value, what a key no constant
 * spells reads (`RUNNERS[kind]`, python.ts): no literal key is this. Offered to importers with the container's other slots.
 */
export const ANY_ENTRY = "[]";

/** A factory's parameter (ModulePath.unlessPassed): its place among a call's arguments, and the keyword a call may name it by (Python's). */
export interface ReturnedParameter {
  /** Absent for a keyword-only parameter. */
  position?: number;
  keyword?: string;
}

/**
 * What calling a factory gives (its value, or the factory one call nearer it; the call being its newest step), else
 * undefined. `passes`: does the call pass a returned parameter (ModulePath.unlessPassed)? Not known, its default is taken (a gate fails closed).
 */
export function called(path: ModulePath | undefined, call: { startIndex: number; endIndex: number }, passes?: (parameter: ReturnedParameter) => boolean): ModulePath | undefined {
  if (!path?.returns) return undefined;
  const { returns, unlessPassed, ...value } = path;
  if (returns > 1) return through({ ...value, returns: returns - 1, ...(unlessPassed ? { unlessPassed } : {}) }, call);
  return unlessPassed && passes?.(unlessPassed) ? undefined : through(value, call);
}

/** What a factory handed over at `arg` gives whoever calls it (with whatever arguments: a returned default is taken), and what it returns, as many times as it is deep (`lazy(h)` of `h = () => () => cp.exec`), else undefined. */
export function calledThrough(path: ModulePath | undefined, arg: { startIndex: number; endIndex: number }): ModulePath | undefined {
  if (!path?.returns) return undefined;
  const { returns: _, unlessPassed: __, ...value } = path;
  return through(value, arg);
}

/** Does a bound factory value give way when another of its returns resolves (a returned default: rebound)? */
export const yieldsToAnother = (bound: ModulePath): boolean => bound.unlessPassed !== undefined;

/**
 * A factory's value bound again (another of its returns resolves: bind, bindSlot, bindReturning keep the first value
 * otherwise): a returned default (unlessPassed) yields to a value returned whatever a call passes; of two returned
 * defaults the first is kept, taken whatever a call passes. Undefined: the bound value stays.
 */
function rebound(bound: ModulePath, path: ModulePath): ModulePath | undefined {
  if (!yieldsToAnother(bound)) return undefined;
  if (!path.unlessPassed) return path;
  const { unlessPassed: _, ...value } = bound;
  return value;
}

/** One step of a resolution: a source range of the same file (an import, an assignment, a class statement...). */
export interface Hop {
  start: number;
  end: number;
  /** Is this step more than the plain import (value tracking, a slot, a dynamic access, another file)? */
  tracked: boolean;
  /** A step in another project file, placed there (start/end are then meaningless here). */
  placed?: PlacedHop;
}

/** `path` reached through one more step. */
export function through(path: ModulePath, node: { startIndex: number; endIndex: number }, tracked = true): ModulePath {
  return { ...path, via: [{ start: node.startIndex, end: node.endIndex, tracked }, ...(path.via ?? [])].slice(0, MAX_HOPS) };
}

/** `path` with its steps (and its properties' steps) at or after `from` moved by `delta` (steps in other files stay). */
export function shiftPath(path: ModulePath, from: number, delta: number): ModulePath {
  const properties = path.properties && Object.fromEntries(Object.entries(path.properties).map(([key, value]) => [key, shiftPath(value, from, delta)]));
  const moved = properties ? { ...path, properties } : path;
  if (!path.via?.some((hop) => !hop.placed && hop.start >= from)) return moved;
  return { ...moved, via: path.via.map((hop) => (!hop.placed && hop.start >= from ? { ...hop, start: hop.start + delta, end: hop.end + delta } : hop)) };
}

/** Does a step of `path` (or of one of its properties) in this file begin before `offset` and end after it (an edit there would leave its range stale)? */
export function stepAcross(path: ModulePath, offset: number): boolean {
  if (path.via?.some((hop) => !hop.placed && hop.start < offset && hop.end > offset)) return true;
  return path.properties !== undefined && Object.values(path.properties).some((value) => stepAcross(value, offset));
}

/** Steps kept per path (the message shows them; a long chain of re-assignments keeps its newest). */
export const MAX_HOPS = 8;

/** A binding of a name in a scope: to a module path, or (path undefined) a local that shadows modules. */
interface Binding {
  path?: ModulePath;
  /** Bound by a star import (`from subprocess import *`) at this offset, not by naming it. */
  star?: number;
  /** A plain definition of the name after the star import (shadowStar) holds it from this offset on. */
  shadowedFrom?: number;
  /**
   * Of a name hiding a global (a Python builtin evaluator) where names are read at run time (a module's or class's
   * statements): it hides it from this offset on; before, the name is the file scope's, else the global.
   */
  from?: number;
}

/**
 * The scopes of a file (functions, blocks, comprehensions...) as nested offset ranges, collected by the
 * same query that finds calls: "which scope is this offset in" is a binary search, not a walk up the
 * tree through the WASM boundary.
 */
export class ScopeIndex {
  private nodes: Array<{ start: number; end: number; id: number; classBody: boolean }> = [];
  private parents: number[] = [];
  /** Each scope's place in `nodes`, by id (seal). */
  private places = new Map<number, number>();

  constructor(readonly rootId: number) {}

  /** `classBody`: a Python class, whose names are seen by code directly in its body but not by its methods. */
  add(node: Node, classBody = false): void {
    this.nodes.push({ start: node.startIndex, end: node.endIndex, id: node.id, classBody });
  }

  /** Call once after every add(): orders the ranges and links each to its enclosing range. */
  seal(): void {
    this.nodes.sort((a, b) => a.start - b.start || b.end - a.end);
    const stack: number[] = [];
    this.parents = this.nodes.map((n, i) => {
      while (stack.length && this.nodes[stack[stack.length - 1]!]!.end <= n.start) stack.pop();
      const parent = stack.length ? stack[stack.length - 1]! : -1;
      stack.push(i);
      return parent;
    });
    this.places = new Map(this.nodes.map((n, i) => [n.id, i]));
  }

  /** Scope ids enclosing `offset`, innermost first, ending with the file; `skip` leaves out one scope (a definition's own). */
  *chain(offset: number, skip?: number): Generator<number> {
    let lo = 0;
    let hi = this.nodes.length - 1;
    let i = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.nodes[mid]!.start <= offset) (i = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    let innermost = true;
    for (; i >= 0; i = this.parents[i]!) {
      const n = this.nodes[i]!;
      if (n.end <= offset || n.id === skip || (n.classBody && !innermost)) continue;
      innermost = false;
      yield n.id;
    }
    yield this.rootId;
  }

  /**
   * After an edit of whole statements: the scopes of the old text [start, oldEnd) give way to `region`'s
   * (the statements' own scope indexes, under fresh ids no node of any tree has), those after move by
   * `delta`, those around stretch. False when a scope straddles an edge (then nothing changed).
   */
  replace(start: number, oldEnd: number, delta: number, region: readonly ScopeIndex[]): boolean {
    if (this.nodes.some((n) => (n.start < start && n.end > start && n.end < oldEnd) || (n.start >= start && n.start < oldEnd && n.end > oldEnd))) return false;
    const fresh = region.flatMap((r) => r.nodes.map((n) => ({ ...n, id: --ScopeIndex.regionIds })));
    const kept = this.nodes.filter((n) => n.start < start || n.start >= oldEnd);
    for (const n of kept) {
      if (n.start >= oldEnd) n.start += delta;
      if (n.end > start) n.end += delta;
    }
    this.nodes = [...kept, ...fresh];
    this.seal();
    return true;
  }

  /** Ids of scopes made by replace(): negative, so never a node's. */
  private static regionIds = 0;

  scopeAt(offset: number, skip?: number): number {
    return this.chain(offset, skip).next().value!;
  }

  /** The text a scope spans, [start, end), else undefined (the file's, or one replace() dropped). */
  span(id: number): [number, number] | undefined {
    const n = this.nodes[this.places.get(id) ?? -1];
    return n ? [n.start, n.end] : undefined;
  }
}

/** A slot offered to importers by its key: `name.member`, `Class.prototype.member`, `NAME.[]` (ANY_ENTRY). */
const OFFERED_SLOT = new RegExp(String.raw`^[\w$]+\.(?:prototype\.)?(?:[\w$]+|${ANY_ENTRY.replace(/[[\]]/g, "\\$&")})$`);

// A private member keeps its `#` (`K.prototype.#load`).
const PROTOTYPE_MEMBER = /^[\w$]+\.prototype\.(#?[\w$]+)/;

/** Modules of values read through the file's own slots: never offered to another file (its slots are not these). */
const FILE_OWN = new Set([FILE_CLASS, PROJECT_INSTANCE, FILE_SLOTS]);

/** Slot roots that name an instance or the module object, never something another file imports by name. */
const INSTANCE_ROOTS = new Set(["this", "self", "cls", "module", "exports"]);

/**
 * Names bound in a file, by scope. A name is looked up from the innermost scope outwards, so a
 * parameter or local of the same name hides an import from an outer scope. Within one scope a module
 * binding wins over a plain assignment (`try: import requests / except: requests = None` is the module).
 */
export class Bindings {
  private readonly table = new Map<string, Binding>();
  /** Names that have a binding anywhere: the cheap first test for every call. */
  readonly names = new Set<string>();
  /** Names bound somewhere other than the file scope, or shadowed somewhere: these need the scope walk. */
  private readonly scoped = new Set<string>();

  constructor(
    readonly scopes: ScopeIndex,
    /** Names that resolve without a binding (JavaScript globals), unless shadowed. */
    private readonly globals: (name: string) => ModulePath | undefined = () => undefined,
    /** Does code at a node run only when called, after the module's statements (a Python function body)? */
    private readonly deferred: (node: Node) => boolean = () => false,
  ) {}

  /** The scope a node belongs to; for a definition's name pass the definition, whose own scope is skipped. */
  scopeOf(node: Node, definition?: Node): number {
    return definition ? this.scopes.scopeAt(definition.startIndex, definition.id) : this.scopes.scopeAt(node.startIndex);
  }

  /**
   * Where a binding in a scope lands when the scope declares the name an outer scope's (Python's `global run`, `nonlocal
   * run`), else undefined: set by the language (python.ts outerDeclarations).
   */
  landing: ((scope: number, name: string) => number | undefined) | undefined;

  /** `star`: the offset of the star import that binds the name (shadowStar); `from`: where a binding hiding a global starts to (Binding.from). */
  bind(scope: number, name: string, path: ModulePath | undefined, star?: number, from?: number): void {
    const outer = this.landing?.(scope, name);
    if (outer !== undefined) {
      // A local that hides nothing there: the outer name may still hold its watched value (`global run; run = print`).
      if (!path) return;
      scope = outer;
    }
    const key = `${scope}\0${name}`;
    const existing = this.table.get(key);
    if (existing?.path) {
      const replaced = path && rebound(existing.path, path);
      if (replaced) {
        existing.path = replaced;
        this.fresh?.add(name, scope);
      }
      return;
    }
    // Hidden from the earliest of the bindings that hide it; one hiding it everywhere wins.
    const hidden = path || from === undefined || (existing && existing.from === undefined) ? undefined : Math.min(from, existing?.from ?? from);
    this.table.set(key, star === undefined ? (hidden === undefined ? { path } : { path, from: hidden }) : { path, star });
    if (path) this.fresh?.add(name, scope);
    this.nearestOf.delete(name);
    if (scope !== this.scopes.rootId || !path) this.scoped.add(name);
    if (path) this.names.add(name);
  }

  /**
   * `from subprocess import *` … `def run(cmd): …`: a plain definition of the name, unconditional and after the star
   * import, ending at `from`, holds it from there on, and in code run later (a function body) wherever written. A
   * name the file imports by name keeps its module (`try: import x` / `except ImportError: x = None` is `x`).
   * `end`: where the definition ends, undefined when it is not unconditional; asked only of a name a star import binds
   * (it asks the tree for parents).
   */
  shadowStar(scope: number, name: string, end: () => number | undefined): void {
    const binding = this.table.get(`${scope}\0${name}`);
    if (binding?.star === undefined) return;
    const from = end();
    if (from === undefined || from < binding.star) return;
    binding.shadowedFrom = Math.min(binding.shadowedFrom ?? from, from);
  }

  /** The watched value `name` is bound to in this very scope (a parameter already given one), else undefined. */
  boundIn(scope: number, name: string): ModulePath | undefined {
    return this.table.get(`${scope}\0${name}`)?.path;
  }

  /** Could `name` resolve to anything at all? (No scope walk.) */
  mayResolve(name: string): boolean {
    return this.names.has(name) || this.containers.has(name) || this.globals(name) !== undefined;
  }

  /**
   * Attribute and container slots holding a watched value (`self.client = anthropic.Anthropic()`,
   * `values["client"] = openai.ChatCompletion`, `this.client = new OpenAI()`), keyed by their dotted
   * path (`self.client`, `values.client`). Per file, not per object: any `self.client` in the file is
   * the slot (one level of attribute, no aliasing of the object).
   */
  private readonly slots = new Map<string, ModulePath>();
  private readonly reexports = new Map<string, ModulePath>();
  /** First names of slot keys: the cheap test before a slot lookup. */
  readonly slotRoots = new Set<string>();

  /** Members of classes' prototypes holding a watched value (`K.prototype.run`): the cheap test before `this.run` is read as its class's (javascript.ts). */
  readonly prototypeMembers = new Set<string>();

  /** What slots of instances are under (`K`, `a.K` of `K.prototype.run`, `a.K.prototype.run`): the classes whose instances have members. */
  readonly instanceOwners = new Set<string>();

  /** Bind a slot to a watched value (the first watched value wins, as for names). */
  bindSlot(key: string, path: ModulePath): void {
    const bound = this.slots.get(key);
    if (bound) {
      const replaced = rebound(bound, path);
      if (replaced) {
        this.slots.set(key, replaced);
        this.owned = undefined;
        this.fresh?.add(key.slice(key.lastIndexOf(".") + 1), this.scopes.rootId);
      }
      return;
    }
    this.slots.set(key, path);
    this.owned = undefined;
    const root = key.split(".")[0]!;
    this.slotRoots.add(root);
    if (this.extendedBy.size) this.reach(root);
    const prototype = PROTOTYPE_MEMBER.exec(key);
    if (prototype) this.prototypeMembers.add(prototype[1]!);
    const owner = key.indexOf(`.${PROTOTYPE}.`);
    if (owner > 0) this.instanceOwners.add(key.slice(0, owner));
    // A slot is mentioned by its last name (`this.t` … `x = this.t`): more telling than its root (`this`).
    this.fresh?.add(key.slice(key.lastIndexOf(".") + 1), this.scopes.rootId);
  }

  /**
   * Functions written in place that are factories (factories.ts placedFunction: `{ make: () => cp }`), by where they
   * start: each resolves to its value flagged `returns`, wherever a definition puts it (a slot, an export).
   */
  private readonly returning = new Map<number, ModulePath>();

  /** `name`: the word naming the function where its definition holds it, which a re-read looks for (Fresh). */
  bindReturning(start: number, path: ModulePath, name: string): void {
    const bound = this.returning.get(start);
    if (bound) {
      const replaced = rebound(bound, path);
      if (replaced) {
        this.returning.set(start, replaced);
        this.fresh?.add(name, this.scopes.rootId);
      }
      return;
    }
    this.returning.set(start, path);
    this.fresh?.add(name, this.scopes.rootId);
  }

  /** The value of the factory written in place that starts at `start` (flagged `returns`), else undefined. */
  returnedBy(start: number): ModulePath | undefined {
    return this.returning.size ? this.returning.get(start) : undefined;
  }

  /** Names (and slots' last names) given a watched value since the last call, collected from now on (parameters.ts: what a next round must look at). */
  private fresh: Fresh | undefined;
  startFresh(): Fresh {
    this.fresh = new Fresh(this.scopes);
    return this.fresh;
  }

  /** The value of the longest slot a chain starts with (`self.client.messages.create` → `self.client`'s value + messages.create); for an instance, its class's (instanceOf); of a subclass, its base class's (inherit). */
  slotPath(chain: readonly string[]): ModulePath | undefined {
    if (!this.slotRoots.has(chain[0]!)) return undefined;
    const own = this.longestSlot(chain) ?? this.inherited(chain, 0);
    const [instance, names] = own || chain.length < 2 ? [] : this.instanceIn(chain);
    const owned = instance && [instance.owner, "prototype", ...chain.slice(names)];
    const held = owned && (this.longestSlot(owned) ?? this.inherited(owned, 0));
    if (own) return own;
    if (held) return through(held, instance!.site);
    // `const o = { __proto__: cp }`, `o.__proto__ = cp`: a member the object lacks is its prototype's; an instance's
    // is its class prototype's prototype's (`Object.assign(K.prototype, cp)`, `Object.setPrototypeOf(K.prototype, cp)`).
    if (chain.length < 2) return undefined;
    const inheritedByInstance = owned && this.throughPrototype(owned);
    return this.throughPrototype(chain) ?? (inheritedByInstance && through(inheritedByInstance, instance!.site));
  }

  /** `o.a.run` of an `o.a` whose prototype slot (`o.a.__proto__`) holds a value: that value's `run` (the longest such owner). */
  private throughPrototype(chain: readonly string[]): ModulePath | undefined {
    for (let n = chain.length - 1; n >= 1; n--) {
      const prototype = this.slots.get(`${chain.slice(0, n).join(".")}.${PROTO}`);
      if (prototype) return extend(prototype, ...chain.slice(n));
    }
    return undefined;
  }

  /**
   * JavaScript: the file's slots under a class's `name` read as one value where it is read alone (FILE_SLOTS: `return Runner`,
   * `const K = Runner`), none where a parameter or local hides the name, nor for an instance's or the module's own (`this`).
   */
  slotsUnder(name: string, node: Node): ModulePath | undefined {
    return this.slotRoots.has(name) && this.classNames.has(name) && !INSTANCE_ROOTS.has(name) && !this.declared(name, node) ? { module: FILE_SLOTS, members: [name] } : undefined;
  }

  /** JavaScript: the names the file declares a class under (`class K`, `K = class`), read from its text (slotsUnder's: any other name read alone is no class). */
  readonly classNames = new Set<string>();

  /** A FILE_SLOTS value's member (`[name, ...members]`) as the slot it reads, reached through the value's steps; the object or an instance of it (`[name, "prototype"]`) itself; else undefined. */
  slotRead(path: ModulePath): ModulePath | undefined {
    if (path.members.length === 1 || (path.members.length === 2 && path.members[1] === PROTOTYPE)) return path;
    const slot = this.slotPath(path.members);
    return slot && { ...slot, via: [...(path.via ?? []), ...(slot.via ?? [])].slice(0, MAX_HOPS) };
  }

  /** The slot bound under exactly this key (no shorter key's value extended: slotPath's). */
  slotAt(key: string): ModulePath | undefined {
    return this.slots.get(key);
  }

  /**
   * Classes of the file that extend another (`class Sub extends Tools {}`), by name: the slot keys of what they extend
   * (`Tools`, `a.Tools` of a namespace, each side of `cond ? Tools : Other`) and the members they define themselves,
   * their instances' and static ones, which hide the base class's (the nearest definition wins, as in JavaScript).
   * Per file, as slots are.
   */
  private readonly subclasses = new Map<string, { bases: readonly string[]; own: ReadonlySet<string>; ownStatic: ReadonlySet<string>; site: { startIndex: number; endIndex: number } }>();
  /** `site`: the `extends` clause, through which the subclass reaches its base's members. */
  inherit(name: string, bases: readonly string[], own: ReadonlySet<string>, ownStatic: ReadonlySet<string>, site: { startIndex: number; endIndex: number }): void {
    if (this.subclasses.has(name) || bases.length === 0) return;
    this.subclasses.set(name, { bases, own, ownStatic, site: { startIndex: site.startIndex, endIndex: site.endIndex } });
    for (const base of bases) {
      const root = base.split(".")[0]!;
      const subs = this.extendedBy.get(root);
      if (subs) subs.push(name);
      else this.extendedBy.set(root, [name]);
      if (this.slotRoots.has(root)) this.reach(name);
    }
  }
  /** The subclasses of the file by the first name of what they extend (`Tools`, `a` of `a.Tools`). */
  private readonly extendedBy = new Map<string, string[]>();
  /** The names whose subclasses were made slot roots (reach). */
  private readonly reached = new Set<string>();
  /** A slot's first name holds a value now: it and the classes extending it (and theirs) may reach it (slotRoots, the cheap test). */
  private reach(name: string): void {
    for (const stack = [name]; stack.length > 0; ) {
      const next = stack.pop()!;
      if (this.reached.has(next)) continue;
      this.reached.add(next);
      this.slotRoots.add(next);
      stack.push(...(this.extendedBy.get(next) ?? []));
    }
  }
  /** Is `name` a class of the file that extends another (inherit)? */
  extendsClass(name: string): boolean {
    return this.subclasses.size > 0 && this.subclasses.has(name);
  }
  /** Does `name` extend a class whose slots hold watched values (what its own members may hide)? */
  inheritsSlots(name: string): boolean {
    const sub = this.subclasses.size > 0 ? this.subclasses.get(name) : undefined;
    return sub !== undefined && this.inheritedKeys(sub.bases, 0).size > 0;
  }

  /** `Sub.run`, `Sub.prototype.run` of a subclass not defining `run`: its base class's (the first base that holds it), MAX_BASE_CLASSES up. */
  private inherited(chain: readonly string[], depth: number): ModulePath | undefined {
    const sub = this.subclasses.size && depth < MAX_BASE_CLASSES ? this.subclasses.get(chain[0]!) : undefined;
    if (!sub) return undefined;
    const instance = chain[1] === PROTOTYPE;
    const member = chain[instance ? 2 : 1];
    if (member === undefined || (instance ? sub.own : sub.ownStatic).has(member)) return undefined;
    for (const base of sub.bases) {
      const rebased = [...base.split("."), ...chain.slice(1)];
      const path = this.longestSlot(rebased) ?? this.inherited(rebased, depth + 1);
      if (path) return through(path, sub.site);
    }
    return undefined;
  }

  private longestSlot(chain: readonly string[]): ModulePath | undefined {
    for (let n = chain.length; n >= 2; n--) {
      const path = this.slots.get(chain.slice(0, n).join("."));
      if (path) return extend(path, ...chain.slice(n));
    }
    return undefined;
  }

  /**
   * Literals of watched values a name holds at the module's top (`const T = { "http:": http }`, `const list = [cp.exec]`):
   * what a subscript of the name picks where no slot answers (picked). Per file, as slots are: a later assignment or
   * mutation of the name changes nothing; the first literal wins.
   */
  private readonly containers = new Map<string, { keyed: Map<string, ModulePath>; values: ModulePath[] }>();

  /**
   * `entries`: the literal's watched values in source order, by key where it is known; `site`: the statement holding it,
   * through which the name reaches each (the first is what any other key picks).
   */
  container(name: string, entries: ReadonlyArray<readonly [string | undefined, ModulePath]>, site?: { startIndex: number; endIndex: number }): void {
    if (this.containers.has(name) || entries.length === 0) return;
    const keyed = new Map<string, ModulePath>();
    for (const [key, path] of entries) if (key !== undefined && !keyed.has(key)) keyed.set(key, path);
    this.containers.set(name, { keyed, values: entries.map(([, path]) => (site ? through(path, site) : path)) });
    this.fresh?.add(name, this.scopes.rootId);
  }

  /** Every watched value the literal `name` holds at `node` (a container handed over whole: `setup(opts)`), none where a parameter or local hides it. */
  held(name: string, node: Node): readonly ModulePath[] | undefined {
    const container = this.containers.get(name);
    return container && this.fileScoped(name, node) ? container.values : undefined;
  }

  /** The literal `name` holds at `node` as one value (heldLiteral: `{ ...tools }` of `const tools = { x: cp.exec }`), none where a parameter or local hides it. */
  literal(name: string, node: Node): ModulePath | undefined {
    const container = this.containers.get(name);
    return container && this.fileScoped(name, node) ? heldLiteral([[undefined, container.values[0]!], ...container.keyed]) : undefined;
  }

  /**
   * What `name[key]` at `node` holds: under a constant key (`T["https:"]`, `list[1]`) that key's value, none when it
   * names no watched value (no guess); under any other key (`T[protocol]`, `list[i]`) the first watched value (the
   * first watched value wins, as for names), reached through the literal's statement. Nothing where a parameter or
   * local of the name hides the module's.
   */
  picked(name: string, node: Node, key: string | undefined): ModulePath | undefined {
    const container = this.containers.get(name);
    if (!container || !this.fileScoped(name, node)) return undefined;
    return key === undefined ? container.values[0] : (container.keyed.get(key) ?? (ARRAY_INDEX.test(key) ? container.keyed.get(EVERY_INDEX) : undefined));
  }

  /**
   * Names holding an instance of a class (`const shell = new Shell()`), by class name: `shell.run` is the slot
   * `Shell.prototype.run` (a `this.run` slot of the class). Per file, as slots are; the first class wins.
   */
  private readonly instances = new Map<string, { owner: string; site: { startIndex: number; endIndex: number } }>();
  /** The class a name holds an instance of (instanceOf), else undefined. */
  instanceClass(name: string): string | undefined {
    return this.instances.size ? this.instances.get(name)?.owner : undefined;
  }
  /** The values of a class's instances' own members (`K.prototype.run`), what an instance of it holds. */
  prototypeValues(owner: string): readonly ModulePath[] {
    return this.prototypeMembers.size === 0 ? [] : this.slotsOf([owner, PROTOTYPE]);
  }
  /**
   * The values of the slots one member under a FILE_SLOTS value's members: a class's statics (`K.run`, `["K"]`), an
   * instance's own members (`["K", "prototype"]`): what a function given the class or the instance can reach.
   */
  slotsOf(members: readonly string[]): readonly ModulePath[] {
    if (!this.slotRoots.has(members[0]!.split(".")[0]!)) return [];
    if (!this.owned) {
      this.owned = new Map();
      for (const [key, path] of this.slots) {
        const owner = key.slice(0, key.lastIndexOf("."));
        const values = this.owned.get(owner);
        if (values) values.push(path);
        else this.owned.set(owner, [path]);
      }
    }
    return this.owned.get(members.join(".")) ?? [];
  }
  /** The slots by the key they are one member under (slotsOf), read when first asked after a slot changed: a file handing its classes 10,000 times reads its slots once. */
  private owned?: Map<string, ModulePath[]>;
  /** `name`: a name (`shell`), or a slot's key (`this.shell`, `app.shell`). */
  instanceOf(name: string, owner: string, site: { startIndex: number; endIndex: number }): void {
    if (this.instances.has(name) || name === owner) return;
    this.instances.set(name, { owner, site: { startIndex: site.startIndex, endIndex: site.endIndex } });
    this.slotRoots.add(name.split(".")[0]!);
  }

  /** The instance the longest of a chain's leading names holds (`this.shell.run` → `this.shell`'s), and how many names that is. */
  private instanceIn(chain: readonly string[]): [{ owner: string; site: { startIndex: number; endIndex: number } }, number] | [] {
    if (this.instances.size === 0) return [];
    for (let n = chain.length - 1; n >= 1; n--) {
      const instance = this.instances.get(n === 1 ? chain[0]! : chain.slice(0, n).join("."));
      if (instance) return [instance, n];
    }
    return [];
  }

  /**
   * `export default api`, `module.exports = api` (`key` "default", "module.exports"): each slot of `api` (`api.exec`)
   * is also the export's (`default.exec`, `module.exports.exec`), whenever in the file it is assigned (exported()).
   */
  private readonly slotAliases: Array<{ key: string; root: string; site: { startIndex: number; endIndex: number } }> = [];
  aliasSlots(key: string, root: string, site: { startIndex: number; endIndex: number }): void {
    this.slotAliases.push({ key, root, site: { startIndex: site.startIndex, endIndex: site.endIndex } });
  }

  /**
   * A Python class's member offered to other files only (`K.prototype.run`, `K.run`): the file itself reaches it through
   * its class (FILE_CLASS), so it is no slot here (the first watched value wins).
   */
  private readonly offers = new Map<string, ModulePath>();
  offer(key: string, path: ModulePath): void {
    if (!this.offers.has(key)) this.offers.set(key, path);
  }

  /** `export { exec } from "child_process"`: a name the file offers without binding it in its own scope. */
  reexport(name: string, path: ModulePath): void {
    this.reexports.set(name, path);
  }

  /** `export { exec as run }`, `export { quiet as exec }`: the name a local export clause gives another local's value (undefined: nothing watched), whatever a local of that name holds. */
  private readonly renamed = new Map<string, ModulePath | undefined>();
  exportAs(name: string, path: ModulePath | undefined): void {
    this.renamed.set(name, path);
  }

  /** Names bound to watched values in the file scope, module.exports slots and re-exports: what the file offers the project. */
  exported(): Record<string, ModulePath> {
    const out = namesRecord<ModulePath>();
    for (const [name, path] of this.reexports) out[name] = path;
    const prefix = `${this.scopes.rootId}\0`;
    // An object held by a name (an object literal's value: its properties' steps are this file's) is followed within its file only.
    for (const [key, binding] of this.table) if (binding.path && !binding.path.properties && binding.shadowedFrom === undefined && key.startsWith(prefix)) out[key.slice(prefix.length)] = binding.path;
    for (const [name, path] of this.renamed) {
      if (path) out[name] = path;
      else delete out[name];
    }
    const commonJs: Array<[string, ModulePath]> = [];
    for (const [slot, path] of this.slotsWithAliases()) {
      // An object literal passed to a parameter (`this.options = options`) is followed within its file only (its properties' steps are this file's).
      if (path.properties) continue;
      // `exports.default = { exec }`, `exports.default = api` (TypeScript's CommonJS default export): `default.exec`.
      const key = slot.replace(/^(?:module\.)?exports\.default\./, "default.");
      if (key === "module.exports") out.default = path;
      else if (/^(?:module\.)?exports\.[\w$]+$/.test(key)) commonJs.push([key.split(".").pop()!, path]);
      // `export default { exec }` (`default.exec`), a static field (`Shell.run`), an instance's (`Shell.prototype.run`),
      // a module-level object's slot (`tools.run`, `TOOLS.[]` of a computed key): importers reach them as members of what they import (`sh.exec` of `import sh from`).
      else if (OFFERED_SLOT.test(key) && !INSTANCE_ROOTS.has(key.slice(0, key.indexOf(".")))) out[key] = path;
    }
    // An ES module's default import of a CommonJS file is its module.exports (`import sh from "./helper.cjs"; sh.run()`, `ns.default.run`
    // of `import * as ns`): each name assigned to it is also `default.name`, unless the file exports a default of its own.
    const ownDefault = Object.keys(out).some((name) => name === "default" || name.startsWith("default."));
    for (const [name, path] of commonJs) {
      out[name] = path;
      if (!ownDefault) out[`default.${name}`] = path;
    }
    for (const [key, path] of this.offers) out[key] ??= path;
    // A subclass offers what it inherits (`Sub.run`, `Sub.prototype.run` of `class Sub extends Tools {}`), as its own slots.
    for (const [name, { bases }] of this.slots.size ? this.subclasses : []) {
      for (const key of this.inheritedKeys(bases, 0)) {
        const offered = `${name}.${key}`;
        const path = OFFERED_SLOT.test(offered) && !(offered in out) ? this.slotPath(offered.split(".")) : undefined;
        if (path && !path.properties) out[offered] = path;
      }
    }
    // A value read through this file's own slots (a class of the file, an instance of one) is not another file's to read.
    for (const [name, path] of Object.entries(out)) if (FILE_OWN.has(path.module)) delete out[name];
    return out;
  }

  /** The members slots of these classes hold, and those of the classes they extend (`run`, `prototype.run`). */
  private inheritedKeys(bases: readonly string[], depth: number): Set<string> {
    const out = new Set<string>();
    if (depth >= MAX_BASE_CLASSES) return out;
    for (const base of bases) {
      for (const key of this.slots.keys()) if (key.startsWith(`${base}.`)) out.add(key.slice(base.length + 1));
      const outer = this.subclasses.get(base);
      if (outer) for (const key of this.inheritedKeys(outer.bases, depth + 1)) out.add(key);
    }
    return out;
  }

  /** The slots, and those they are under another name (aliasSlots), each reached through the aliasing statement. */
  private slotsWithAliases(): Array<[string, ModulePath]> {
    const out = [...this.slots];
    for (const { key, root, site } of this.slotAliases) {
      for (const [slot, path] of this.slots) if (slot.startsWith(`${root}.`)) out.push([key + slot.slice(root.length), through(path, site)]);
    }
    return out;
  }

  /** Could a chain starting with `name` resolve (a binding, a global or a slot)? */
  known(name: string): boolean {
    return this.mayResolve(name) || this.slotRoots.has(name);
  }

  /** What `name`, referenced at `node`, is bound to. */
  lookup(name: string, node: Node): ModulePath | undefined {
    const b = this.scoped.has(name) ? this.nearest(name, node.startIndex) : this.table.get(`${this.scopes.rootId}\0${name}`);
    if (b?.shadowedFrom !== undefined && (node.startIndex >= b.shadowedFrom || this.deferred(node))) return undefined;
    if (b?.from !== undefined && node.startIndex < b.from) {
      // Read before the binding: a class body's falls to the file scope's.
      const top = this.table.get(`${this.scopes.rootId}\0${name}`);
      return top && top !== b && (top.from === undefined || node.startIndex >= top.from) ? top.path : this.globals(name);
    }
    return b ? b.path : this.globals(name);
  }

  /** Is `name` bound below the file scope or shadowed somewhere (so looking it up needs the scopes)? */
  isScoped(name: string): boolean {
    return this.scoped.has(name);
  }

  /**
   * Move every step recorded at or after `from` by `delta` (text was inserted or removed before it), for a
   * re-analysis after an edit that touched no binding (the scopes move with ScopeIndex.replace).
   */
  shift(from: number, delta: number): void {
    this.nearestOf.clear();
    if (delta === 0) return;
    for (const binding of this.table.values()) {
      if (binding.path) binding.path = shiftPath(binding.path, from, delta);
      if (binding.star !== undefined && binding.star >= from) binding.star += delta;
      if (binding.shadowedFrom !== undefined && binding.shadowedFrom >= from) binding.shadowedFrom += delta;
      if (binding.from !== undefined && binding.from >= from) binding.from += delta;
    }
    for (const [key, path] of this.slots) this.slots.set(key, shiftPath(path, from, delta));
    this.owned = undefined;
    if (this.returning.size) {
      const moved = [...this.returning].map(([start, path]) => [start >= from ? start + delta : start, shiftPath(path, from, delta)] as const);
      this.returning.clear();
      for (const [start, path] of moved) this.returning.set(start, path);
    }
    for (const container of this.containers.values()) {
      container.values = container.values.map((path) => shiftPath(path, from, delta));
      for (const [key, path] of container.keyed) container.keyed.set(key, shiftPath(path, from, delta));
    }
    for (const [name, path] of this.reexports) this.reexports.set(name, shiftPath(path, from, delta));
    for (const [name, path] of this.renamed) if (path) this.renamed.set(name, shiftPath(path, from, delta));
    for (const alias of this.slotAliases) if (alias.site.startIndex >= from) alias.site = { startIndex: alias.site.startIndex + delta, endIndex: alias.site.endIndex + delta };
    for (const instance of this.instances.values()) if (instance.site.startIndex >= from) instance.site = { startIndex: instance.site.startIndex + delta, endIndex: instance.site.endIndex + delta };
    for (const sub of this.subclasses.values()) if (sub.site.startIndex >= from) sub.site = { startIndex: sub.site.startIndex + delta, endIndex: sub.site.endIndex + delta };
  }

  /** Every path bound to a name or slot. */
  *paths(): Generator<ModulePath> {
    for (const binding of this.table.values()) if (binding.path) yield binding.path;
    yield* this.slots.values();
    yield* this.returning.values();
    for (const container of this.containers.values()) {
      yield* container.values;
      yield* container.keyed.values();
    }
    yield* this.reexports.values();
    for (const path of this.renamed.values()) if (path) yield path;
  }

  /** Is `name` declared (module or local) in a scope enclosing `node`? (`require` shadowed by a parameter.) */
  declared(name: string, node: Node): boolean {
    return this.nearest(name, node.startIndex) !== null;
  }

  /** Is `name`, referenced at `node`, the file scope's (no parameter or local of a scope around `node` hides it)? */
  fileScoped(name: string, node: Node): boolean {
    return !this.scoped.has(name) || this.nearest(name, node.startIndex) === (this.table.get(`${this.scopes.rootId}\0${name}`) ?? null);
  }

  /** The innermost scope around `offset` that declares `name` (where an assignment `name = …` lands), else the file's. */
  declaringScope(name: string, offset: number): number {
    for (const scope of this.scopes.chain(offset)) if (this.table.has(`${scope}\0${name}`)) return scope;
    return this.scopes.rootId;
  }

  /** Per name: the binding seen from each scope already walked (null = none); dropped when the name is bound again. */
  private readonly nearestOf = new Map<string, Map<number, Binding | null>>();

  /**
   * The binding of `name` in the innermost scope around `offset` that has one. Every scope walked
   * remembers the answer, so the references of deeply nested code do not each walk the same chain
   * (20,000 nested functions calling `fetch`, with a parameter `fetch` somewhere, took 70 s).
   */
  private nearest(name: string, offset: number): Binding | null {
    let known = this.nearestOf.get(name);
    if (!known) this.nearestOf.set(name, (known = new Map()));
    const walked: number[] = [];
    let found: Binding | null = null;
    for (const scope of this.scopes.chain(offset)) {
      const answer = known.get(scope);
      if (answer !== undefined) {
        found = answer;
        break;
      }
      walked.push(scope);
      const b = this.table.get(`${scope}\0${name}`);
      if (b) {
        found = b;
        break;
      }
    }
    for (const scope of walked) known.set(scope, found);
    return found;
  }
}

/** Names given a watched value since a point (Bindings.startFresh), each with the scopes it was bound in (the file's: everywhere). */
export class Fresh {
  private readonly byName = new Map<string, number[]>();

  constructor(private readonly scopes: ScopeIndex) {}

  /** Every scope something was bound in: the cheap test before reading a text for names. */
  private readonly all = new Set<number>();

  add(name: string, scope: number): void {
    this.all.add(scope);
    const list = this.byName.get(name);
    if (list) list.push(scope);
    else this.byName.set(name, [scope]);
  }

  named(name: string): boolean {
    return this.byName.has(name);
  }

  /** The names bound since the point. */
  names(): IterableIterator<string> {
    return this.byName.keys();
  }

  /** Was nothing bound? */
  get empty(): boolean {
    return this.byName.size === 0;
  }


  /**
   * The text that can see any of these bindings (a superset of covers()'s offsets: the scopes' spans, merged), else
   * undefined when a binding is the file's (everywhere).
   */
  spans(): Array<[number, number]> | undefined {
    if (this.all.has(this.scopes.rootId)) return undefined;
    const spans = [...this.all].map((id) => this.scopes.span(id)).filter((span) => span !== undefined).sort((a, b) => a[0] - b[0]);
    const out: Array<[number, number]> = [];
    for (const [start, end] of spans) {
      const last = out[out.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else out.push([start, end]);
    }
    return out;
  }

  /** Can code at `offset` see any of these bindings? */
  covers(offset: number): boolean {
    if (this.all.size === 0) return false;
    // The file's scope is around every offset (the walk would end there): factories and slots are bound in it.
    if (this.all.has(this.scopes.rootId)) return true;
    for (const scope of this.scopes.chain(offset)) if (this.all.has(scope)) return true;
    return false;
  }

  /** Can `name` used at `offset` see one of these bindings (a scope around it)? */
  at(name: string, offset: number): boolean {
    return this.atOffset(offset)(name);
  }

  /** at() for the names used at one offset: the scopes around it are listed once, on the first name bound here. */
  atOffset(offset: number): (name: string) => boolean {
    let around: number[] | undefined;
    return (name) => {
      const list = this.byName.get(name);
      if (!list) return false;
      if (list.includes(this.scopes.rootId)) return true;
      around ??= [...this.scopes.chain(offset)];
      return list.some((scope) => around!.includes(scope));
    };
  }
}

/** How deep the tree-walking resolver follows nested expressions (a hostile file can nest thousands). */
export const MAX_RESOLVE_DEPTH = 64;

/** An object literal's `__proto__:` key, which sets its prototype. */
export const PROTO = "__proto__";

/**
 * The key under which `Object.getOwnPropertyDescriptors(cp)` holds `cp` (ModulePath.properties; no literal key is this):
 * each member of it is the descriptor of `cp`'s member, whose `value` is that member (`ds.execSync.value`).
 */
export const EACH_DESCRIPTOR = "<descriptors>";
/**
 * The key under which an array whose positions the file does not fix holds its element (an array a method returns,
 * `[cp].map(…)`, `Object.values(cp)`; no literal key is this): every index (`fs[0]`, `fs[1]`) reads it, no other key does.
 */
export const EVERY_INDEX = "<every index>";
/**
 * The key under which an object whose keys the file does not fix holds its value (a module's entries rebuilt under
 * other keys, `Object.fromEntries(Object.entries(cp).map(([k, v]) => ["x" + k, v]))`; no literal key is this): every
 * key reads it.
 */
export const EVERY_KEY = "<every key>";
/**
 * The key under which a promise a name holds holds the value it resolves to (`const p = new Promise((r) => r(cp))`, a
 * `Promise.withResolvers()`'s `promise`; no literal key is this): what `await p` reads; its callbacks read it as any entry.
 */
export const PROMISED = "<promised>";
/** The key under which a rejected promise a name holds holds its reason (`const p = Promise.reject(cp)`): what its `catch` is given, nothing else reads it. */
export const REJECTION = "<rejection>";
/** A key that is an array index (`"0"`, not `""` or `"00"`). */
export const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;


export function extend(path: ModulePath, ...members: string[]): ModulePath {
  // A member of a factory is the function's own property, not a member of what it returns; of one bound past a bound
  // of the scan (a class nested too deep, factories.ts CLASS_NOTE), it may be the factory itself.
  if (path.returns) return members.length && !path.unfollowed ? { module: NOTHING, members: [] } : path;
  if (path.properties) {
    if (!members.length) return path;
    // An object literal's property: its own value, reached through the steps that brought the object here (the newer
    // ones); else a descriptor of the member (EACH_DESCRIPTOR); else its prototype's (`{ __proto__: cp }.execSync`).
    const own = Object.hasOwn(path.properties, members[0]!) ? path.properties[members[0]!] : undefined;
    const described: ModulePath | undefined = Object.hasOwn(path.properties, EACH_DESCRIPTOR) ? { module: OBJECT, members: [], properties: { value: extend(path.properties[EACH_DESCRIPTOR]!, members[0]!) } } : undefined;
    const indexed = own ? undefined : Object.hasOwn(path.properties, EVERY_INDEX) && ARRAY_INDEX.test(members[0]!) ? path.properties[EVERY_INDEX] : Object.hasOwn(path.properties, EVERY_KEY) ? path.properties[EVERY_KEY] : undefined;
    const value = own ?? indexed ?? described ?? (Object.hasOwn(path.properties, PROTO) ? extend(path.properties[PROTO]!, members[0]!) : undefined);
    return value ? extend({ ...value, via: [...(path.via ?? []), ...(value.via ?? [])].slice(0, MAX_HOPS) }, ...members.slice(1)) : { module: NOTHING, members: [] };
  }
  return { module: path.module, members: [...path.members, ...members], via: path.via, ...(path.unfollowed ? { unfollowed: path.unfollowed } : {}) };
}

/**
 * A container literal's watched values, in source order by the key a subscript names each with (undefined: a key not
 * fixed), as the value of the name holding it (`const o = { run: cp.exec }`, `tools = [subprocess.run]` in a function,
 * a factory's `return { … }`), reached through `site` when given: each fixed key's own value (ModulePath.properties), and
 * under ANY_ENTRY the first, what a key not fixed picks (as a module-level literal's does). Undefined when it holds none.
 */
export function heldLiteral(entries: ReadonlyArray<readonly [string | undefined, ModulePath]>, site?: { startIndex: number; endIndex: number }): ModulePath | undefined {
  if (entries.length === 0) return undefined;
  const keyed = new Map<string, ModulePath>();
  for (const [key, path] of entries) if (key !== undefined && key !== ANY_ENTRY && !keyed.has(key)) keyed.set(key, path);
  const value: ModulePath = { module: OBJECT, members: [], properties: Object.fromEntries([...keyed, [ANY_ENTRY, entries[0]![1]]]) };
  return site ? through(value, site) : value;
}

/** A held sequence's elements by index (EVERY_INDEX: at any), each reached through the sequence's steps; else undefined. */
export function indexedElements(sequence: ModulePath | undefined): Map<string, ModulePath> | undefined {
  if (!sequence?.properties) return undefined;
  const elements = new Map<string, ModulePath>();
  for (const key of Object.keys(sequence.properties)) if (key === EVERY_INDEX || ARRAY_INDEX.test(key)) elements.set(key, extend(sequence, key));
  return elements.size ? elements : undefined;
}

/** The watched values of a literal a name holds (heldLiteral), each reached through the name's steps; none for an object a parameter was given (parameters.ts objectValue: reported where it was written). */
export function heldValues(object: ModulePath): ModulePath[] {
  const properties = object.properties;
  if (!properties || !Object.hasOwn(properties, ANY_ENTRY)) return [];
  const keyed = Object.keys(properties).filter((key) => key !== ANY_ENTRY);
  return (keyed.length ? keyed : [ANY_ENTRY]).map((key) => extend(object, key));
}

const IDENT = String.raw`[$\p{L}_][$\p{L}\p{N}_]*`;
/** `a.b.c`, `a?.b`, `a!.b` with any whitespace: a callee the fast path can split without the tree. */
// Written so no two quantifiers compete for the same characters (linear on hostile whitespace).
// `this.#fetch`: a JavaScript private name after a dot (in Python, `#` starts a comment, which no chain ends in).
const SIMPLE_CHAIN = new RegExp(String.raw`^${IDENT}(?:\s*(?:[!?]\s*)?\.\s*#?${IDENT})*$`, "u");
const ROOT = new RegExp(`^${IDENT}`, "u");

/**
 * The chain of names of a simple member expression, or undefined when it is anything else. A chain
 * longer than MAX_RESOLVE_DEPTH comes back empty and resolves to nothing: spread into extend(), a
 * hostile `os.a.a.a…` of 200,000 names overflowed the stack and ended the whole scan.
 */
export function simpleChain(text: string): string[] | undefined {
  if (!SIMPLE_CHAIN.test(text)) return undefined;
  const chain = text.split(".");
  return chain.length > MAX_RESOLVE_DEPTH ? [] : chain.map((s) => s.replace(/[\s!?]/g, ""));
}

/** Where a chain from simpleChain leads, looked up from `node`. */
export function chainPath(bindings: Bindings, chain: readonly string[], node: Node): ModulePath | undefined {
  if (chain.length === 0) return undefined;
  const base = bindings.lookup(chain[0]!, node);
  return base ? extend(base, ...chain.slice(1)) : chain.length > 1 ? bindings.slotPath(chain) : undefined;
}

export function rootName(text: string): string | undefined {
  return ROOT.exec(text)?.[0];
}

const IDENT_ALL = new RegExp(IDENT, "gu");
/** Every identifier-looking word of a text (a cheap over-approximation of the names a pattern binds). */
export function identifiersIn(text: string): string[] {
  return text.match(IDENT_ALL) ?? [];
}

/** Does a name in source[from, to) pass `test`? Read by a loop, stopping at the first (no regular expression, no array: asked at each `return {` of a bundle). */
export function someIdentifierIn(source: string, from: number, to: number, test: (name: string) => boolean): boolean {
  for (let i = from; i < to; ) {
    const c = source.charCodeAt(i);
    if (asciiIdentifierPart(c, true) || c >= 0x80) {
      const name = identifierAt(source, i);
      if (name !== undefined) {
        if (test(name)) return true;
        i += name.length;
        continue;
      }
    } else if (c >= 48 && c <= 57) {
      // A number's letters (`0x1f`, `1e3`) are no name.
      while (i < to && asciiIdentifierPart(source.charCodeAt(i), false)) i++;
      continue;
    }
    i++;
  }
  return false;
}

/**
 * Could a container literal (JavaScript or Python) hold a watched value: does it name a name that may resolve? However
 * long: a size past which a literal counted as data would let whitespace or filler entries hide `{ r: cp.exec }`.
 */
export function watchedLiteral(source: string, literal: Node, known: (name: string | undefined) => boolean): boolean {
  return someIdentifierIn(source, literal.startIndex, literal.endIndex, known);
}

const IDENT_AT = new RegExp(IDENT, "uy");
/** `$`, `_`, an ASCII letter, or (not first) an ASCII digit: IDENT's ASCII characters. */
const asciiIdentifierPart = (c: number, first: boolean) => c === 36 || c === 95 || ((c | 32) >= 97 && (c | 32) <= 122) || (!first && c >= 48 && c <= 57);

/**
 * The text of an identifier node, read from the source where it is plain ASCII (its end is a call into WASM): a name
 * followed by a character no identifier holds (anything ASCII but `\\`, which may start an escape), else the node's text.
 */
export function identifierText(source: string, node: Node): string {
  const offset = node.startIndex;
  let end = offset;
  while (end < source.length && asciiIdentifierPart(source.charCodeAt(end), end === offset)) end++;
  const next = end < source.length ? source.charCodeAt(end) : 0;
  return end > offset && next < 0x80 && next !== 92 ? source.slice(offset, end) : node.text;
}

/**
 * The identifier starting at an offset of the source, read without asking the tree (no WASM call). Names are
 * nearly always ASCII, read by a loop; a name with any other character goes to IDENT's Unicode expression (the
 * analysis asks this for most nodes it visits, and the expression was a tenth of a large file's analysis).
 */
export function identifierAt(source: string, offset: number): string | undefined {
  let end = offset;
  while (end < source.length && asciiIdentifierPart(source.charCodeAt(end), end === offset)) end++;
  if (end >= source.length || source.charCodeAt(end) < 0x80) return end > offset ? source.slice(offset, end) : undefined;
  IDENT_AT.lastIndex = offset;
  return IDENT_AT.exec(source)?.[0];
}

/**
 * The node types of comments in every grammar: `//`, `/* *\/` and `#` (comment), and the HTML-like `<!--` and a line's
 * leading `-->` that a JavaScript script reads as `//` (html_comment, in the JavaScript, TypeScript and TSX grammars).
 */
export const COMMENT_TYPES: ReadonlySet<string> = new Set(["comment", "html_comment"]);
export const isComment = (node: Node) => COMMENT_TYPES.has(node.type);

/** A JavaScript or Python name as it stands in a regular expression (only `$` of a name's characters is special there). */
export const namePattern = (name: string) => name.replace(/\$/g, "\\$");

/**
 * A node's named children without the comments between them: tree-sitter gives a comment as a named child of what
 * holds it, so `require(/* c *\/ "child_process")` or `__import__(  # c` would otherwise read a comment as the
 * first argument. `node`: a call (its arguments are listed) or the list itself.
 */
export function namedChildrenOf(node: Node | null | undefined): Node[] {
  const type = node?.type;
  const list = type === "call_expression" || type === "call" || type === "new_expression" ? node!.childForFieldName("arguments") : node;
  const out: Node[] = [];
  for (const child of list?.namedChildren ?? []) if (child && !isComment(child)) out.push(child);
  return out;
}

/** Text of a string literal node without quotes; undefined for template literals with substitutions. */
export function stringValue(node: Node, text = node.text): string | undefined {
  const type = node.type;
  if (type !== "string" && type !== "template_string") return undefined;
  if (type === "template_string" && text.includes("${")) return undefined;
  // Offsets, not copies (a bundle's string constants run to hundreds of kilobytes): the opening prefix and quote, then
  // the closing quote of what follows it, a triple one first.
  const from = OPENING_QUOTE.exec(text)?.[0].length ?? 0;
  const rest = text.length - from;
  const to = rest >= 3 && (text.endsWith('"""') || text.endsWith("'''")) ? text.length - 3 : rest >= 1 && QUOTES.has(text[text.length - 1]!) ? text.length - 1 : text.length;
  const escape = text.indexOf("\\", from);
  return escape >= 0 && escape < to ? undefined : text.slice(from, to);
}
const OPENING_QUOTE = /^[rRbBuUfF]*(?:"""|'''|"|'|`)/;
const QUOTES = new Set(['"', "'", "`"]);

/** Source text as one line: `axios\n  .get` is `axios.get`, `await import("m")`, `a ?? b` and `a or b` keep one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, (space, at: number) => (/[.?!]/.test(text[at + space.length] ?? "") && text[at + space.length + 1] !== "?" && /[\w$)\]]/.test(text[at - 1] ?? "") && !/\?\?/.test(text.slice(at + space.length, at + space.length + 2)) ? "" : text[at - 1] === "." || text[at - 1] === "(" || text[at + space.length] === ")" ? "" : " "));
}

/** A Python f-string's prefix (`f"`, `rf'`, `Fr"`): only such a string has fields, whose nodes are asked for then. */
const F_STRING = /^(?:[fF][rR]?|[rR][fF])['"]/;

/** Longest string folded from parts (`"child_" + "process"`): anything longer is data, not a module or member name. */
const MAX_FOLDED_STRING = 256;

/** How Constants.stringOf reads a literal, and the longest string it folds. */
interface StringReading {
  max: number;
  /** `text`: the node's, when the caller has it. */
  literal: (node: Node, text?: string) => string | undefined;
}

/** Module and member names: escapes are not read (a name spelled with them is scan/respelled-name's). */
const NAMES: StringReading = { max: MAX_FOLDED_STRING, literal: stringValue };

/** Longest code read from a constant handed to an evaluator: longer is reported as code the scan cannot read. */
export const MAX_CODE_CHARS = 65_536;

/** Code handed to an evaluator (evaluators.ts): escapes read as the language reads them, longer strings. */
export const CODE: StringReading = { max: MAX_CODE_CHARS, literal: (node, text) => codeLiteral(node, text) };

/**
 * String constants assigned to simple names of a file (`MOD = "subprocess"`); a name assigned two different strings,
 * or bound otherwise anywhere in the file (`poison`: a parameter, a loop variable, `n = f()`), is no constant: which
 * value a use sees is not known here, and `n = "json"` … `def f(n): import_module(n)` must not read as `json`.
 */
export class Constants {
  private readonly values = new Map<string, string | undefined>();
  /** The one value each name is assigned (undefined: more than one, or poisoned), for code read through a name (CODE). */
  private readonly held = new Map<string, Node | undefined>();
  /** Names assigned a string somewhere (constants, and names poisoned too): each is a constant or not by every binding of it in the file. */
  readonly names = new Set<string>();

  /** `name` is bound to something other than a string constant somewhere in the file. */
  poison(name: string): void {
    this.values.set(name, undefined);
    this.held.set(name, undefined);
  }

  add(name: string, value: Node): void {
    this.names.add(name);
    const text = this.stringOf(value);
    this.values.set(name, this.values.has(name) && this.values.get(name) !== text ? undefined : text);
    const held = this.held.get(name);
    this.held.set(name, this.held.has(name) && held?.startIndex !== value.startIndex ? undefined : value);
  }

  /**
   * A string literal, a name holding one, or literals and such names joined by `+` (and Python's adjacent literals,
   * `"sub" "process"`): the spellings that hide a module's name from a reader but not from the program. Code (CODE)
   * read through a name is its one value read as code (a worker's source held in a `const`, escapes and all).
   */
  stringOf(node: Node | null | undefined, depth = 0, reading = NAMES): string | undefined {
    if (!node || depth > MAX_RESOLVE_DEPTH) return undefined;
    switch (node.type) {
      // `{ expression }`: the property's value is the name's.
      case "shorthand_property_identifier":
      case "identifier": {
        if (reading !== CODE) return this.values.get(node.text);
        const held = this.held.get(node.text);
        return held ? this.stringOf(held, depth + 1, reading) : undefined;
      }
      case "parenthesized_expression":
        return node.namedChildCount === 1 ? this.stringOf(node.namedChild(0), depth + 1, reading) : undefined;
      // TypeScript's `"exec" as const`, `"exec" satisfies string`: the string.
      case "as_expression":
      case "satisfies_expression":
        return this.stringOf(node.namedChild(0), depth + 1, reading);
      case "binary_expression":
      case "binary_operator":
        if (node.childForFieldName("operator")?.type !== "+") return undefined;
        return this.joined([node.childForFieldName("left"), node.childForFieldName("right")], depth, reading);
      case "concatenated_string":
        return this.joined(node.namedChildren, depth, reading);
      case "template_string":
        return node.namedChildren.some((part) => part?.type === "template_substitution") ? this.joined(node.namedChildren, depth, reading) : reading.literal(node);
      case "string": {
        // A Python f-string with fields (`f"{x}s"`) is its parts joined, as a template literal is; never its text.
        const text = node.text;
        return F_STRING.test(text) && node.namedChildren.some((part) => part?.type === "interpolation") ? this.joined(node.namedChildren.filter((part) => part?.type !== "string_start" && part?.type !== "string_end"), depth, reading) : reading.literal(node, text);
      }
      case "string_content": {
        // An f-string's text between fields: `{{` is `{`; escapes are read only as code, and not in a raw one (`rf"…"`).
        const text = node.text.replaceAll("{{", "{").replaceAll("}}", "}");
        if (!text.includes("\\")) return text;
        return reading !== CODE ? undefined : /[rR]/.test(node.parent?.child(0)?.text ?? "") ? text : decodedEscapes(text, true);
      }
      case "interpolation":
        // `{x}` only: a conversion, a format or `=` (`{x!r}`, `{x:>4}`, `{x=}`) changes the text.
        return node.childCount === 3 ? this.stringOf(node.namedChild(0), depth + 1, reading) : undefined;
      case "string_fragment":
        return node.text;
      case "escape_sequence":
        // In a template joined from parts: read only as code.
        return reading === CODE ? decodedEscapes(node.text, false) : undefined;
      case "template_substitution":
        return node.namedChildCount === 1 ? this.stringOf(node.namedChild(0), depth + 1, reading) : undefined;
      case "call_expression":
      case "call":
        return this.builtByMethod(node, depth, reading);
      default:
        return reading.literal(node);
    }
  }

  /**
   * `["child", "process"].join("_")` (JavaScript; the separator is "," when none is given), Python's
   * `"_".join(["sub", "process"])` (a list or tuple), and JavaScript's `"child".concat("_", "process")`: strings
   * joined by a string, or one string continued by others, bounded as `+` is. The method may be named by a
   * subscript (`["child", "process"]["join"]("_")`).
   */
  private builtByMethod(node: Node, depth: number, reading: StringReading): string | undefined {
    const fn = node.childForFieldName("function");
    const args = node.childForFieldName("arguments");
    const python = fn?.type === "attribute";
    if (!fn || !args || (!python && fn.type !== "member_expression" && fn.type !== "subscript_expression")) return undefined;
    const method = python ? fn.childForFieldName("attribute")?.text : fn.type === "member_expression" ? fn.childForFieldName("property")?.text : this.stringOf(fn.childForFieldName("index"), depth + 1);
    const object = fn.childForFieldName("object");
    if (method === "concat" && !python) return args.childCount > 2 * MAX_FOLDED_STRING + 2 ? undefined : this.joined([object, ...namedChildrenOf(args)], depth, reading);
    if (method !== "join") return undefined;
    const given = namedChildrenOf(args);
    const list = python ? given[0] : object;
    if (given.length > 1 || (python && given.length === 0) || !list || list.childCount > 2 * MAX_FOLDED_STRING + 2) return undefined;
    if (python ? list.type !== "list" && list.type !== "tuple" : list.type !== "array") return undefined;
    const separator = python ? this.stringOf(object, depth + 1, reading) : given.length === 0 ? "," : this.stringOf(given[0], depth + 1, reading);
    if (separator === undefined) return undefined;
    let out: string | undefined;
    for (const element of python ? namedChildrenOf(list) : arrayElements(list)) {
      // An empty slot of an array (`["child_", , "process"]`) joins as "".
      const text = element === HOLE ? "" : this.stringOf(element, depth + 1, reading);
      if (text === undefined) return undefined;
      out = out === undefined ? text : out + separator + text;
      if (out.length > reading.max) return undefined;
    }
    return out ?? "";
  }

  private joined(parts: readonly (Node | null)[], depth: number, reading: StringReading): string | undefined {
    let out = "";
    for (const part of parts) {
      const text = this.stringOf(part, depth + 1, reading);
      if (text === undefined || out.length + text.length > reading.max) return undefined;
      out += text;
    }
    return out;
  }
}

/**
 * A string literal's text as the program holds it, escapes read (`"import os\nos.system(…)"`); undefined for an
 * f-string or template with fields, or an escape the scan does not read (Python's `\N{…}`). Python bytes read as text.
 */
function codeLiteral(node: Node, text = node.text): string | undefined {
  if (node.type !== "string" && node.type !== "template_string") return undefined;
  if (node.namedChildren.some((part) => part?.type === "interpolation" || part?.type === "template_substitution")) return undefined;
  const literal = /^([A-Za-z]*)("""|'''|"|'|`)([\s\S]*)\2$/.exec(text);
  if (!literal) return undefined;
  const prefix = literal[1]!.toLowerCase();
  // Python's string nodes hold string_content, JavaScript's string_fragment.
  const python = node.namedChildren.some((part) => part?.type === "string_start");
  const inner = python && prefix.includes("f") ? literal[3]!.replaceAll("{{", "{").replaceAll("}}", "}") : literal[3]!;
  return python && prefix.includes("r") ? inner : decodedEscapes(inner, python);
}

const ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{1,3})|(N\{)|(\r\n|[\n\r\u2028\u2029])|([\s\S]))/g;
const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", "\\": "\\", "'": "'", '"': '"', "`": "`" };

/** Escapes read as Python (unknown ones keep their backslash, `\a` is the bell) or JavaScript (unknown ones are the character) reads them; undefined for `\N{…}`. */
function decodedEscapes(text: string, python: boolean): string | undefined {
  let unread = false;
  const out = text.replace(ESCAPE, (escape: string, x?: string, braced?: string, u4?: string, u8?: string, octal?: string, named?: string, newline?: string, other?: string) => {
    const hex = x ?? (python ? (u4 ?? u8) : (braced ?? u4));
    if (hex !== undefined) {
      const code = parseInt(hex, 16);
      if (code <= 0x10ffff) return String.fromCodePoint(code);
      unread = true;
      return "";
    }
    if (octal !== undefined) return String.fromCodePoint(parseInt(octal, 8));
    if (newline !== undefined) return "";
    if (named !== undefined && python) {
      unread = true;
      return "";
    }
    const char = other ?? escape.slice(1);
    if (char in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[char]!;
    if (python) return char === "a" ? "\x07" : escape;
    return char;
  });
  return unread ? undefined : out;
}

export const HOLE = "hole";
/**
 * A JavaScript array's elements, its empty slots (`[, "a"]`, `["a", , "b"]`, which named children do not show) as
 * HOLE: each comma ends one element, a trailing comma none.
 */
export function arrayElements(array: Node): Array<Node | null | typeof HOLE> {
  const out: Array<Node | null | typeof HOLE> = [];
  let pending: Node | null | undefined;
  for (const child of array.children) {
    if (!child || child.type === "[" || isComment(child)) continue;
    if (child.type === "," || child.type === "]") {
      if (child.type === "," || pending !== undefined) out.push(pending ?? HOLE);
      pending = undefined;
    } else pending = child;
  }
  return out;
}

/** Could a value starting with `[` be an array joined (`["child", "process"].join("_")`, `[…]["join"]("_")`, Constants.stringOf)? Read from its end, without the tree. */
export function mayJoinArray(source: string, start: number, end: number): boolean {
  return source[start] === "[" && /\]\s*(?:\.\s*join|\[\s*(['"`])join\1\s*\])\s*\([^()]*\)$/.test(source.slice(Math.max(start, end - 64), end));
}

/** The watched value an attribute or container slot holds (`self.client`, `values["client"]`), keyed by the language's `keyOf`. */
export function slotValue(bindings: Bindings, node: Node, keyOf: (node: Node) => string | undefined): ModulePath | undefined {
  const root = rootName(node.text);
  if (!root || !bindings.slotRoots.has(root)) return undefined;
  const key = keyOf(node);
  return key ? bindings.slotPath(key.split(".")) : undefined;
}

/**
 * Could a value not starting with a known name still be one (`opts.fetch ?? fetch`, `session or requests`)?
 * Read from the value's own text on its first line (at most 400 characters), without the tree: it must show
 * one of the language's fallback operators and a name that can resolve. Bounded by the value's end: on a line
 * of minified code the text after the value is other statements.
 */
export function mayFallBack(source: string, start: number, end: number, known: (name: string) => boolean, operators: RegExp): boolean {
  // The window first: searching a minified file's one long line for its end, once per value, was quadratic.
  const window = source.slice(start, Math.min(end, start + 400));
  const lineEnd = window.indexOf("\n");
  const line = lineEnd < 0 ? window : window.slice(0, lineEnd);
  if (!operators.test(line)) return false;
  for (const [name] of line.matchAll(IDENT_ALL)) if (known(name)) return true;
  return false;
}
