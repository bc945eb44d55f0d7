/**
 * Re-analysis of an edited Python document from the previous analysis (python.ts's PythonState): the
 * query runs only over the statements the edit and the re-parse changed (of the innermost block holding
 * them), and the previous calls outside them are kept, moved by the edit's length. It answers only when the edit provably
 * cannot change what a name resolves to anywhere else; otherwise undefined, and the caller analyzes the
 * whole file. test/scan/python-edit.test.ts checks it against full analyses of random edits.
 */
import type { Edit, Language, Node, Range, Tree } from "@vscode/tree-sitter-wasm";
import { type Analysis, type CallSite, type Captures, type ModuleFilter, collectCaptures, commentText, queryOf } from "./analysis";
import { DYNAMIC_TEXT, PYTHON_QUERY, type PythonState, Resolver, callsOf, knownIn, readDefinition } from "./python";
import { identifierAt, shiftPath } from "./resolve";

/** The edit that turned the previous text into this one, and where the re-parse changed the tree's structure. */
export interface DocumentChange {
  before: string;
  edit: Edit;
  changed: readonly Range[];
}

/** Any import statement binds names (of watched modules, or of the project's). */
const IMPORT_WORD = /\bimport\b/;

export function reanalyzePython(state: PythonState, change: DocumentChange, tree: Tree, source: string, language: Language, filter: ModuleFilter, withComments: boolean, timeLimitMs: number): (Analysis & { state: PythonState }) | undefined {
  if (withComments !== state.withComments || DYNAMIC_TEXT.test(source)) return undefined;
  const { edit, before } = change;
  const delta = edit.newEndIndex - edit.oldEndIndex;
  const { start, end, statements } = touchedStatements(tree.rootNode, change);
  const oldEnd = end - delta;
  const { bindings } = state;
  // The old text there bound nothing, and neither does the new one.
  if (state.binders.some((at) => at >= start && at < oldEnd) || IMPORT_WORD.test(before.slice(start, oldEnd)) || IMPORT_WORD.test(source.slice(start, end))) return undefined;
  const query = queryOf(language, PYTHON_QUERY, withComments);
  const captured = statements.map((node) => collectCaptures(query, node, timeLimitMs));
  const all = <K extends "callees" | "args" | "definitions" | "locals" | "imports" | "comments">(key: K) => captured.flatMap((c) => c[key] as Captures[K][number][]) as Captures[K];
  const known = knownIn(bindings);
  if (all("imports").length > 0) return undefined;
  if (all("locals").some(([node]) => bindings.names.has(identifierAt(source, node.startIndex)!))) return undefined;
  if (
    all("definitions").some(([nameNode, value]) => {
      const { name, simple, mayResolve } = readDefinition(source, nameNode, value, known);
      return (simple && bindings.names.has(name)) || mayResolve;
    })
  ) return undefined;
  if (!bindings.scopes.replace(start, oldEnd, delta, captured.map((c) => c.scopes))) return undefined;
  bindings.shift(oldEnd, delta);
  const inRegion = callsOf(all("callees"), all("args"), new Resolver(bindings, filter, source), known, source);
  const splice = <T extends { start: number }>(previous: readonly T[], region: readonly T[], move: (item: T, after: boolean) => T) => [...previous.filter((item) => item.start < start).map((item) => move(item, false)), ...region, ...previous.filter((item) => item.start >= oldEnd).map((item) => move(item, true))];
  // A call before the edit may resolve through a binding after it (a function body above the import).
  const moveCall = (call: CallSite, after: boolean): CallSite => {
    const path = shiftPath(call.path, oldEnd, delta);
    return after ? { ...call, start: call.start + delta, end: call.end + delta, path } : path === call.path ? call : { ...call, path };
  };
  const next: PythonState = {
    bindings,
    binders: state.binders.map((at) => (at >= oldEnd ? at + delta : at)),
    calls: splice(state.calls, inRegion.calls, moveCall),
    passed: splice(state.passed, inRegion.passed, moveCall),
    imports: state.imports.map((site) => (site.start >= oldEnd ? { ...site, start: site.start + delta, end: site.end + delta } : site)),
    comments: [
      ...state.comments.filter((c) => c.startIndex < start),
      ...all("comments").map(commentText),
      ...state.comments.filter((c) => c.startIndex >= oldEnd).map((c) => ({ ...c, startIndex: c.startIndex + delta, endIndex: c.endIndex + delta })),
    ],
    withComments,
  };
  return { calls: [...next.calls, ...next.passed], imports: next.imports, comments: next.comments, exports: bindings.exported(), state: next };
}

/**
 * The statements (and comments) the edit or the re-parse touched: children of the innermost block (or
 * the module) that holds all of it with room to spare, and the span [start, end) of the new text they
 * cover (with the edit itself when it lies between statements). Touching counts: an identifier typed at
 * a statement's edge joins it. Every node around them is a compound statement or a block, whose own
 * captures (a def's parameters, a for's target) lie before the block and are kept.
 */
function touchedStatements(root: Node, { edit, changed }: DocumentChange): { start: number; end: number; statements: Node[] } {
  let lo = edit.startIndex;
  let hi = edit.newEndIndex;
  for (const range of changed) {
    lo = Math.min(lo, range.startIndex);
    hi = Math.max(hi, range.endIndex);
  }
  let holder: Node | null = root.descendantForIndex(Math.max(0, lo - 1), hi + 1);
  while (holder && holder.parent && !(holder.type === "block" && holder.startIndex < lo - 1 && holder.endIndex > hi + 1)) holder = holder.parent;
  holder ??= root;
  const statements: Node[] = [];
  for (let node = holder.firstChildForIndex(Math.max(0, lo - 1)); node && node.startIndex <= hi; node = node.nextSibling) statements.push(node);
  const first = statements[0];
  const last = statements[statements.length - 1];
  return { start: Math.min(lo, first?.startIndex ?? lo), end: Math.max(hi, last?.endIndex ?? hi), statements };
}
