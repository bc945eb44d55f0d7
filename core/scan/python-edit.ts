/**
 * Re-analysis of an edited Python document from the previous analysis (region.ts's KeptAnalysis, as analyzePython left it), through
 * region.ts: it answers only when the edit provably cannot change what a name resolves to anywhere else;
 * otherwise undefined, and the caller analyzes the whole file. test/scan/python-edit.test.ts checks it
 * against full analyses of random edits.
 */
import type { Language, Node, Tree } from "@vscode/tree-sitter-wasm";
import { type Analysis, Deadline, type ModuleFilter, queryOf } from "./analysis";
import { MAX_WALK, makesFactory } from "./factories";
import { DYNAMIC_TEXT, IMPLICIT_METHOD_TEXT, isImplicitMethod, PYTHON_QUERY, PY_FACTORIES, Resolver, UNSETTLED_EVALUATOR_TEXT, callsOf, instanceSlots, knownIn, readDefinition, replaces, shadows, stringConstant } from "./python";
import { calledWithValue } from "./parameters";
import { knownDefault, passingCall } from "./python-parameters";
import { type DocumentChange, type KeptAnalysis, reanalyzeRegion } from "./region";
import { identifierAt, namedChildrenOf } from "./resolve";

/**
 * Any import statement binds names (of watched modules, or of the project's); `global`/`nonlocal` send a function's
 * bindings to an outer scope (python.ts outerDeclarations); `del exec`, `globals()["exec"]`… unsettle
 * every binding of a builtin evaluator (python.ts hidesBuiltinFrom); an Enum's members and `sys.modules.update(…)` are
 * read over the whole file (python.ts enumMemberValues, storedInModuleTable).
 */
const BINDING_TEXT = new RegExp(`\\bimport\\b|(?:Enum|Flag)\\b|\\bmodules\\s*\\.\\s*(?:update|setdefault|__setitem__)\\b|\\b(?:global|nonlocal)\\b|${UNSETTLED_EVALUATOR_TEXT.source}`);
/** `globals()[k] = …` (`vars()`, `locals()`), `setattr(…)`: python.ts storedByName. */
const STORED_BY_NAME_TEXT = /\b(?:globals|vars|locals)\s*\(\s*\)\s*\[|\bsetattr\s*\(/g;
/** `for n in ["a", …]`, `for n in (A, …)`: a loop over a literal list or tuple, whose variable getattr may read (Resolver.loopNames). */
const LOOP_OVER_LITERAL = /\bfor\s+[\p{L}_][\p{L}\p{N}_]*\s+in\s*[[(]/gu;
/** `getattr(x, n)`, `type(x).__getattribute__(x, n)`: what they read by name (Resolver.member). */
const READS_BY_NAME = /\b(?:getattr|__getattribute__)$/;
/** Where a match of the texts above is no code. */
const TEXT_NODES = new Set(["comment", "string_content", "string_start", "string_end", "escape_sequence"]);
/** `def name`, `class name`. */
const DEFINED = /\b(?:def|class)\s+([\p{L}_][\p{L}\p{N}_]*)/gu;

export function reanalyzePython(state: KeptAnalysis, change: DocumentChange, tree: Tree, source: string, language: Language, filter: ModuleFilter, withComments: boolean, timeLimitMs: number): (Analysis & { state: KeptAnalysis }) | undefined {
  // A file reading an attribute named as a watched module binds the other modules it imports (python.ts bindModule): read whole.
  if (withComments !== state.withComments || DYNAMIC_TEXT.test(source) || filter.readsModuleAttribute?.(source)) return undefined;
  const hooks = IMPLICIT_METHOD_TEXT.test(source);
  const { bindings } = state;
  const known = knownIn(bindings, source);
  if (byNameMayBeWatched(source, tree, known)) return undefined;
  const deadline = new Deadline(timeLimitMs);
  let resolver: Resolver | undefined;
  return reanalyzeRegion(state, change, tree, source, queryOf(language, PYTHON_QUERY, withComments), timeLimitMs, {
    block: "block",
    bindingText: BINDING_TEXT,
    binds: ({ locals, definitions }, holder) =>
      // A special method's returns are found over the whole file (python.ts implicitMethodReturns): an edit inside one, or defining one, is read whole.
      (hooks && (inImplicitMethod(holder) || locals.some(([node, outer]) => outer && isImplicitMethod(identifierAt(source, node.startIndex)!)))) ||
      locals.some(([node, outer]) => shadows(bindings, identifierAt(source, node.startIndex)!) || (!outer && knownDefault(source, node, known)) || (outer && instanceSlots(bindings) && node.parent?.type === "class_definition")) ||
      definitions.some(([nameNode, value, steps]) => {
        const { name, simple, mayResolve, assigned } = readDefinition(source, nameNode, value, known, steps);
        if (simple && (replaces(bindings, name) || stringConstant(source, value))) return true;
        // A loop's or unpacking's target binds only a watched value it is given (python.ts bindDefinitions): `for name in
        // os.listdir(p)` in a comprehension binds nothing.
        return mayResolve && (!steps || (resolver ??= new Resolver(bindings, filter, source, state.constants, undefined, deadline)).assigned(assigned, steps) !== undefined);
      }),
    definedNames: (text) => Array.from(text.matchAll(DEFINED), (m) => m[1]!),
    calledWithValue: (text, names) => calledWithValue(text, names, known),
    passingCall: (callee) => {
      const call = passingCall(source, callee, known);
      return call && { name: call.name, method: call.sup };
    },
    makesFactory: (start, end) => {
      const resolver = new Resolver(bindings, filter, source, state.constants, undefined, deadline);
      return makesFactory(source, tree.rootNode, known, (node) => resolver.returnedValue(node), PY_FACTORIES, start, end);
    },
    callsOf: ({ callees, args }) => callsOf(callees, args, new Resolver(bindings, filter, source, state.constants, undefined, deadline), known, source),
  });
}

/**
 * Could the file store a watched value under a name a string gives (python.ts storedByName, found over the whole file),
 * or read a watched value by a loop's names (Resolver.loopNames, read by what the whole loop body and file do)? Then an
 * edit anywhere may change them: read whole. Asked of the new text only: a kept site outside the edited statements
 * depending on them is unchanged text, found here again; a loop whose header was edited is in the region whole.
 * Watched as the resolver reads it: a name the file binds to a watched value, or a dynamic one (`sys`, `globals`…);
 * `getattr` itself gives a watched value only from what it is handed, which is checked. Unexpected shapes count as watched.
 */
function byNameMayBeWatched(source: string, tree: Tree, known: (name: string | undefined) => boolean): boolean {
  const watched = (node: Node | null | undefined) => !node || node.descendantsOfType("identifier").some((id) => !id || (id.text !== "getattr" && known(id.text)));
  for (const match of source.matchAll(STORED_BY_NAME_TEXT)) {
    const name = tree.rootNode.descendantForIndex(match.index);
    if (!name) return true;
    if (TEXT_NODES.has(name.type)) continue;
    const call = name.parent;
    if (name.type !== "identifier" || call?.type !== "call" || call.childForFieldName("function")?.id !== name.id) return true;
    if (name.text === "setattr") {
      const args = namedChildrenOf(call.childForFieldName("arguments"));
      if (watched(args.length === 3 ? args[2] : call.childForFieldName("arguments"))) return true;
      continue;
    }
    // `globals()[k] = v`: its value; a read (`globals()[n]`) is resolved where it is, as any other.
    const subscript = call.parent;
    if (subscript?.type !== "subscript" || subscript.childForFieldName("value")?.id !== call.id) return true;
    const assignment = subscript.parent;
    if ((assignment?.type === "assignment" || assignment?.type === "augmented_assignment") && assignment.childForFieldName("left")?.id === subscript.id && watched(assignment.childForFieldName("right"))) return true;
    if (assignment?.type === "pattern_list" || assignment?.type === "tuple_pattern" || assignment?.type === "list_pattern") return true;
  }
  for (const match of source.matchAll(LOOP_OVER_LITERAL)) {
    const keyword = tree.rootNode.descendantForIndex(match.index);
    if (!keyword) return true;
    if (TEXT_NODES.has(keyword.type)) continue;
    const loop = keyword.parent;
    // A comprehension's loop gives getattr no loop names (Resolver.loopNames reads `for` statements).
    if (keyword.type === "for" && loop?.type === "for_in_clause") continue;
    // A loop the parse could not read (in an ERROR) gives none either; what its text holds is checked as a body all the same.
    const body = loop?.type === "for_statement" ? loop.childForFieldName("body") : loop;
    if (!body || body.descendantsOfType("call").some((call) => !call || (READS_BY_NAME.test(call.childForFieldName("function")?.text ?? "") && watched(call)))) return true;
  }
  return false;
}

/** Is `node` inside a special method Python calls itself (walked up at most MAX_WALK levels; deeper counts as inside)? */
function inImplicitMethod(node: Node): boolean {
  let n: Node | null = node;
  for (let level = 0; n; level++, n = n.parent) {
    if (level >= MAX_WALK) return true;
    if (n.type === "function_definition" && isImplicitMethod(n.childForFieldName("name")?.text ?? "")) return true;
  }
  return false;
}
