/**
 * Factories, shared by the languages: a function of a file's top level whose `return` (or arrow body) resolves to
 * a watched value — `def get_client(): return httpx.Client()`, `export function getFetch() { return globalThis.fetch }`.
 * Its name is bound in the file scope to that value flagged `returns` (resolve.ts), so a call of it is the value
 * (`get_client().get(u)`, `this.fetch = getFetch()` … `this.fetch(u)`), here and, through the project's symbol
 * table (project.ts), in every file that imports it. Bounded: MAX_FACTORY_DEPTH passes over the file's returns
 * (a factory returning another factory's call of the same file); across files a factory returning an imported
 * factory's call is seen by its importers in the next round of the cross-file pass (run.ts, MAX_ROUNDS).
 */
import type { Node } from "@vscode/tree-sitter-wasm";
import { type Bindings, type Fresh, type ModulePath, NOTHING, identifiersIn, through } from "./resolve";

/** Passes over a file's returns: 2 = a factory may return the call of another factory of the same file. */
export const MAX_FACTORY_DEPTH = 2;

/** How much of a returned value's text is read for a name that may resolve (the cheap test before the tree). */
const VALUE_WINDOW = 400;

/** Levels walked up from a returned value to its function (a hostile file nests thousands of blocks). */
const MAX_WALK = 64;

export interface FactoryInput {
  source: string;
  bindings: Bindings;
  /** The returned values (`return <value>`, an arrow's expression body). */
  returns: readonly Node[];
  known(name: string | undefined): boolean;
  resolve(node: Node): ModulePath | undefined;
  /** The name node of the top-level function a returned value belongs to, else undefined. */
  ownerName(value: Node): Node | undefined;
  binders: number[];
  /** Re-read what mentions the names just bound (shadowing locals, assignments). */
  rebind(fresh: Fresh): void;
}

/** Could a returned value resolve at all (a name in its first VALUE_WINDOW characters that may)? Read without the tree. */
export function mayReturnWatched(source: string, value: Node, known: (name: string | undefined) => boolean): boolean {
  return identifiersIn(source.slice(value.startIndex, Math.min(value.endIndex, value.startIndex + VALUE_WINDOW))).some(known);
}

export function bindFactories({ source, bindings, returns, known, resolve, ownerName, binders, rebind }: FactoryInput): void {
  const root = bindings.scopes.rootId;
  // The owner of each returned value, asked of the tree once, and only for a value that may resolve.
  const owners = new Map<Node, Node | null>();
  let pending = returns;
  for (let depth = 0; depth < MAX_FACTORY_DEPTH && pending.length > 0; depth++) {
    const fresh = bindings.startFresh();
    const left: Node[] = [];
    for (const value of pending) {
      // A name bound by an earlier pass (a factory of the file) may make a value resolve in the next.
      if (!mayReturnWatched(source, value, known)) {
        left.push(value);
        continue;
      }
      let owner = owners.get(value);
      if (owner === undefined) owners.set(value, (owner = ownerName(value) ?? null));
      // The first return that resolves decides (as the first watched value of a name does).
      if (!owner || bindings.boundIn(root, owner.text)) continue;
      const path = resolve(value);
      // A factory returning a factory (or a member of one) is not followed.
      if (!path || path.returns || path.module === NOTHING) {
        left.push(value);
        continue;
      }
      // An edit of the value or the name unmakes the factory: the editor analyzes the whole file then (region.ts).
      binders.push(owner.startIndex, value.startIndex);
      bindings.bind(root, owner.text, { ...through(path, value.parent ?? value), returns: true });
    }
    if (left.length === pending.length) return;
    rebind(fresh);
    pending = left;
  }
}

/** Does a returned value make a factory (a top-level function's, resolving to a watched value)? The editor's test for new text. */
export function makesFactory(value: Node, source: string, known: (name: string | undefined) => boolean, ownerName: (value: Node) => Node | undefined, resolve: (node: Node) => ModulePath | undefined): boolean {
  if (!mayReturnWatched(source, value, known) || !ownerName(value)) return false;
  const path = resolve(value);
  return path !== undefined && !path.returns && path.module !== NOTHING;
}

/** The nearest ancestor of `node` whose type is in `stops` (a function or a class), walking at most MAX_WALK levels. */
export function enclosing(node: Node, stops: ReadonlySet<string>): Node | undefined {
  let n = node.parent;
  for (let i = 0; n && i < MAX_WALK; i++, n = n.parent) if (stops.has(n.type)) return n;
  return undefined;
}
