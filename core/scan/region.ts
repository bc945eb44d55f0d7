/**
 * Re-analysis of an edited document from its previous analysis, shared by the languages (python-edit.ts,
 * javascript-edit.ts): the query runs only over the statements the edit and the re-parse changed (of the
 * innermost block holding them), and the previous calls outside them are kept, moved by the edit's length.
 * Each language says when the edit may change what a name resolves to anywhere else (then the caller
 * analyzes the whole file) and how the region's calls resolve.
 */
import type { Edit, Node, Range, Tree } from "@vscode/tree-sitter-wasm";
import { type Analysis, type CallSite, type Captures, type CommentText, type ImportSite, type Queries, collectCaptures, commentText } from "./analysis";
import type { ParameterFacts } from "./parameters";
import { type Bindings, type Constants, type ScopeIndex, identifiersIn, shiftPath, stepAcross } from "./resolve";

/** The edit that turned the previous text into this one, and where the re-parse changed the tree's structure. */
export interface DocumentChange {
  before: string;
  edit: Edit;
  changed: readonly Range[];
}

/** What a full analysis leaves for the next edit of the same document. */
export interface KeptAnalysis {
  bindings: Bindings;
  /** Offsets of every node that binds or shadows a watched name or slot: an edit there changes what names resolve to. */
  binders: number[];
  /** Callee calls and passed values, each in document order (a full analysis lists the callees first). */
  calls: CallSite[];
  passed: CallSite[];
  imports: ImportSite[];
  comments: CommentText[];
  withComments: boolean;
  /** What parameter binding depends on (parameters.ts). */
  parameters: ParameterFacts;
  /** The file's string constants: whether a name is one depends on every binding of it in the file (Constants.poison). */
  constants: Constants;
  /** With the project's table: what it offered the file (ProjectSymbols.offersTo); a re-analysis needs the same. */
  offers?: string;
  /** JavaScript: the file is strict code by its kind, TypeScript or an ES module by its name (Resolver.strictFile). */
  strictFile?: boolean;
}

/** The region's captures, all statements together (scopes stay one index per statement). */
export type RegionCaptures = Omit<Captures, "scopes"> & { scopes: ScopeIndex[] };

export interface RegionLanguage {
  /** The node type of a statement list inside a body (Python `block`, JavaScript `statement_block`). */
  block: string;
  /** Text that may bind names (`import`, `require`): in the old or the new region, the whole file is analyzed. */
  bindingText: RegExp;
  /** Could the region's new captures bind or shadow a watched name, slot or constant (`holder`: the node whose statements they are)? */
  binds(region: RegionCaptures, holder: Node): boolean;
  /** Names of the functions and classes a text may define (whose parameters a call elsewhere may bind); an over-approximation. */
  definedNames(text: string): string[];
  /** Is one of `names` called in this text with arguments that may hold a watched value (parameters.ts calledWithValue)? */
  calledWithValue(text: string, names: ReadonlySet<string>): boolean;
  /** A call that may pass a watched value to a function of the file (`method`: of a class, by `self`/`this`/`super`). */
  passingCall(callee: Node): { name: string; method: boolean } | undefined;
  /** Does a value returned in [start, end) of the new text make its function a factory (factories.ts)? Asked once the scopes are the new text's. */
  makesFactory(start: number, end: number): boolean;
  /** The watched calls and passed values among the region's captures, the bindings being final. */
  callsOf(region: RegionCaptures): { calls: CallSite[]; passed: CallSite[] };
}

export function reanalyzeRegion<S extends KeptAnalysis>(state: S, change: DocumentChange, tree: Tree, source: string, queries: Queries, timeLimitMs: number, language: RegionLanguage): (Analysis & { state: S }) | undefined {
  const { edit, before } = change;
  const delta = edit.newEndIndex - edit.oldEndIndex;
  const { start, end, statements, holder } = touchedStatements(tree.rootNode, change, language.block);
  const oldEnd = end - delta;
  const { bindings } = state;
  // The old text there bound nothing, and neither does the new one.
  if (state.binders.some((at) => at >= start && at < oldEnd) || language.bindingText.test(before.slice(start, oldEnd)) || language.bindingText.test(source.slice(start, end))) return undefined;
  // Parameter binding reaches across the file: a region naming a function some call passes a watched value to, or
  // defining a function of a name called with arguments that may hold one, or making such a call to the file's functions.
  const { parameters } = state;
  const texts = [before.slice(start, oldEnd), source.slice(start, end)];
  const defined = new Set(texts.flatMap((text) => language.definedNames(text)));
  if (texts.some((text) => namesAny(text, parameters.reached)) || (defined.size > 0 && language.calledWithValue(before, defined))) return undefined;
  // A binding of a constant's name added or removed anywhere makes it no constant, or one again (`n = x` far from `require(n)`).
  if (texts.some((text) => namesAny(text, state.constants.names))) return undefined;
  // A kept step or callee whose text holds the region (`class W extends OpenAI { … }`, `(cp.exec || function () { … })(x)`) would keep its old range and text.
  if ([...state.calls, ...state.passed].some((call) => (call.start < start && call.end > start) || stepAcross(call.path, start)) || [...bindings.paths()].some((path) => stepAcross(path, start))) return undefined;
  const captured = statements.map((node) => collectCaptures(queries, node, timeLimitMs));
  const all = <K extends Exclude<keyof Captures, "scopes">>(key: K) => captured.flatMap((c) => c[key] as Captures[K][number][]) as Captures[K];
  const region: RegionCaptures = { scopes: captured.map((c) => c.scopes), comments: all("comments"), imports: all("imports"), callees: all("callees"), definitions: all("definitions"), locals: all("locals"), args: all("args") };
  if (region.imports.length > 0 || language.binds(region, holder)) return undefined;
  if (region.callees.some(([callee]) => {
    const call = language.passingCall(callee);
    return call !== undefined && (call.method || parameters.functions.has(call.name) || defined.has(call.name));
  })) return undefined;
  if (!bindings.scopes.replace(start, oldEnd, delta, region.scopes)) return undefined;
  bindings.shift(oldEnd, delta);
  // A factory made in the region changes its callers anywhere (the state is dropped with the full analysis).
  if (language.makesFactory(start, end)) return undefined;
  const found = language.callsOf(region);
  const splice = <T extends { start: number }>(previous: readonly T[], inRegion: readonly T[], move: (item: T, after: boolean) => T) => [...previous.filter((item) => item.start < start).map((item) => move(item, false)), ...inRegion, ...previous.filter((item) => item.start >= oldEnd).map((item) => move(item, true))];
  // A call before the edit may resolve through a binding after it (a function body above the import).
  const moveCall = (call: CallSite, after: boolean): CallSite => {
    const path = shiftPath(call.path, oldEnd, delta);
    return after ? { ...call, start: call.start + delta, end: call.end + delta, path } : path === call.path ? call : { ...call, path };
  };
  const next: S = {
    ...state,
    binders: state.binders.map((at) => (at >= oldEnd ? at + delta : at)),
    calls: splice(state.calls, found.calls, moveCall),
    passed: splice(state.passed, found.passed, moveCall),
    imports: state.imports.map((site) => (site.start >= oldEnd ? { ...site, start: site.start + delta, end: site.end + delta } : site)),
    comments: [
      ...state.comments.filter((c) => c.startIndex < start),
      ...region.comments.map(commentText),
      ...state.comments.filter((c) => c.startIndex >= oldEnd).map((c) => ({ ...c, startIndex: c.startIndex + delta, endIndex: c.endIndex + delta })),
    ],
  };
  return { calls: [...next.calls, ...next.passed], imports: next.imports, comments: next.comments, exports: bindings.exported(), state: next };
}

/**
 * The statements (and comments) the edit or the re-parse touched: children of the innermost block (or
 * the root) that holds all of it with room to spare, and the span [start, end) of the new text they
 * cover (with the edit itself when it lies between statements). Touching counts: an identifier typed at
 * a statement's edge joins it. Every node around them is a compound statement or a block, whose own
 * captures (a function's parameters, a for's target) lie before the block and are kept.
 */
function touchedStatements(root: Node, { edit, changed }: DocumentChange, block: string): { start: number; end: number; statements: Node[]; holder: Node } {
  let lo = edit.startIndex;
  let hi = edit.newEndIndex;
  for (const range of changed) {
    lo = Math.min(lo, range.startIndex);
    hi = Math.max(hi, range.endIndex);
  }
  let holder: Node | null = root.descendantForIndex(Math.max(0, lo - 1), hi + 1);
  while (holder && holder.parent && !(holder.type === block && holder.startIndex < lo - 1 && holder.endIndex > hi + 1)) holder = holder.parent;
  holder ??= root;
  const statements: Node[] = [];
  for (let node = holder.firstChildForIndex(Math.max(0, lo - 1)); node && node.startIndex <= hi; node = node.nextSibling) statements.push(node);
  const first = statements[0];
  const last = statements[statements.length - 1];
  return { start: Math.min(lo, first?.startIndex ?? lo), end: Math.max(hi, last?.endIndex ?? hi), statements, holder };
}

const namesAny = (text: string, names: ReadonlySet<string>): boolean => identifiersIn(text).some((word) => names.has(word));
