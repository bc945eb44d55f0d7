/**
 * Re-analysis of an edited Python document from the previous analysis (region.ts's KeptAnalysis, as analyzePython left it), through
 * region.ts: it answers only when the edit provably cannot change what a name resolves to anywhere else;
 * otherwise undefined, and the caller analyzes the whole file. test/scan/python-edit.test.ts checks it
 * against full analyses of random edits.
 */
import type { Language, Tree } from "@vscode/tree-sitter-wasm";
import { type Analysis, Deadline, type ModuleFilter, queryOf } from "./analysis";
import { makesFactory } from "./factories";
import { ATTRIBUTE_HOOK_TEXT, DYNAMIC_TEXT, PYTHON_QUERY, PY_FACTORIES, Resolver, callsOf, instanceSlots, knownIn, readDefinition, replaces, shadows, stringConstant } from "./python";
import { calledWithValue } from "./parameters";
import { knownDefault, passingCall } from "./python-parameters";
import { type DocumentChange, type KeptAnalysis, reanalyzeRegion } from "./region";
import { identifierAt } from "./resolve";

/** Any import statement binds names (of watched modules, or of the project's). */
const IMPORT_WORD = /\bimport\b/;
/** `def name`, `class name`. */
const DEFINED = /\b(?:def|class)\s+([\p{L}_][\p{L}\p{N}_]*)/gu;

export function reanalyzePython(state: KeptAnalysis, change: DocumentChange, tree: Tree, source: string, language: Language, filter: ModuleFilter, withComments: boolean, timeLimitMs: number): (Analysis & { state: KeptAnalysis }) | undefined {
  // An attribute hook's returns are read by text over the whole file (python.ts attributeHooks).
  if (withComments !== state.withComments || DYNAMIC_TEXT.test(source) || ATTRIBUTE_HOOK_TEXT.test(source)) return undefined;
  const { bindings } = state;
  const known = knownIn(bindings, source);
  const deadline = new Deadline(timeLimitMs);
  return reanalyzeRegion(state, change, tree, source, queryOf(language, PYTHON_QUERY, withComments), timeLimitMs, {
    block: "block",
    bindingText: IMPORT_WORD,
    binds: ({ locals, definitions }) =>
      locals.some(([node, outer]) => shadows(bindings, identifierAt(source, node.startIndex)!) || (!outer && knownDefault(source, node, known)) || (outer && instanceSlots(bindings) && node.parent?.type === "class_definition")) ||
      definitions.some(([nameNode, value]) => {
        const { name, simple, mayResolve } = readDefinition(source, nameNode, value, known);
        return (simple && (replaces(bindings, name) || stringConstant(source, value))) || mayResolve;
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
