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
import { identifierAt } from "./resolve";

/**
 * Any import statement binds names (of watched modules, or of the project's); `global`/`nonlocal` send a function's
 * bindings to an outer scope (python.ts outerDeclarations); `del exec`, `globals()["exec"]`… unsettle
 * every binding of a builtin evaluator (python.ts hidesBuiltinFrom); an Enum's members and `sys.modules.update(…)` are
 * read over the whole file (python.ts enumMemberValues, storedInModuleTable).
 */
const BINDING_TEXT = new RegExp(`\\bimport\\b|(?:Enum|Flag)\\b|\\bmodules\\s*\\.\\s*(?:update|setdefault|__setitem__)\\b|\\b(?:global|nonlocal)\\b|${UNSETTLED_EVALUATOR_TEXT.source}`);
/** `globals()[k] = …` (`vars()`, `locals()`), `setattr(…)`: python.ts storedByName. */
const STORED_BY_NAME_TEXT = /\b(?:globals|vars|locals)\s*\(\s*\)\s*\[|\bsetattr\s*\(/;
/** `for n in ["a", …]`, `for n in ("a", …)`: a loop over strings, whose variable getattr may read (Resolver.loopNames). */
const LOOP_OVER_STRINGS = /\bfor\s+\w+\s+in\s*[[(]\s*[rRuUbB]?['"]/;
/** `def name`, `class name`. */
const DEFINED = /\b(?:def|class)\s+([\p{L}_][\p{L}\p{N}_]*)/gu;

export function reanalyzePython(state: KeptAnalysis, change: DocumentChange, tree: Tree, source: string, language: Language, filter: ModuleFilter, withComments: boolean, timeLimitMs: number): (Analysis & { state: KeptAnalysis }) | undefined {
  // A file reading an attribute named as a watched module binds the other modules it imports (python.ts bindModule): read whole.
  if (withComments !== state.withComments || DYNAMIC_TEXT.test(source) || filter.readsModuleAttribute?.(source)) return undefined;
  // Stores by name are found over the whole file (python.ts storedByName), and a loop's names are read by what the whole file does (Resolver.loopNames).
  if (STORED_BY_NAME_TEXT.test(source) || (LOOP_OVER_STRINGS.test(source) && source.includes("getattr"))) return undefined;
  const hooks = IMPLICIT_METHOD_TEXT.test(source);
  const { bindings } = state;
  const known = knownIn(bindings, source);
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

/** Is `node` inside a special method Python calls itself (walked up at most MAX_WALK levels; deeper counts as inside)? */
function inImplicitMethod(node: Node): boolean {
  let n: Node | null = node;
  for (let level = 0; n; level++, n = n.parent) {
    if (level >= MAX_WALK) return true;
    if (n.type === "function_definition" && isImplicitMethod(n.childForFieldName("name")?.text ?? "")) return true;
  }
  return false;
}
