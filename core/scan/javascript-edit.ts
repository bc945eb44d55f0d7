/**
 * Re-analysis of an edited JavaScript/TypeScript/TSX document from the previous analysis
 * (region.ts's KeptAnalysis, as analyzeJavaScript left it), through region.ts: it answers only when the edit provably cannot
 * change what a name resolves to anywhere else — no import, `require` or `import()` in the old or new
 * region, no declaration there that could bind a watched name, slot or string constant, no parameter or
 * local (`var`, function and class names included) of a name that may resolve, no scope straddling the
 * region's edge; otherwise undefined, and the caller analyzes the whole file.
 * test/scan/javascript-edit.test.ts checks it against full analyses of random edits.
 */
import type { Language, Node, Tree } from "@vscode/tree-sitter-wasm";
import { type Analysis, Deadline, type ModuleFilter } from "./analysis";
import { makesFactory } from "./factories";
import { Resolver, JS_FACTORIES, classNamesOf, readerAliases, callsOf, javaScriptQuery, knownTo, moduleLevel, readDeclaration, shadows, withDerivedDefinitions } from "./javascript";
import { assigns } from "./javascript-chains";
import { knownDefaultAt, methodCall, passingCall } from "./javascript-parameters";
import { calledWithValue } from "./parameters";
import { type DocumentChange, type KeptAnalysis, reanalyzeRegion } from "./region";
import { identifierAt, identifiersIn } from "./resolve";

/** Text that binds module names: import statements, `import()`, `require(…)` (a word test: comments and strings count too). */
const MODULE_WORD = /\b(?:import|require)\b/;
/** `function name`, `name = function`, `name = (…) =>`, `name: async x =>`: the names of functions a text defines. */
const DEFINED = /\bfunction\s*\*?\s*([$\p{L}_][$\p{L}\p{N}_]*)|([$\p{L}_][$\p{L}\p{N}_]*)\s*[=:]\s*(?:async\s*)?(?:function\b|\([^()]*\)\s*(?::[^=]*)?=>|[$\p{L}_][$\p{L}\p{N}_]*\s*=>)/gu;

export function reanalyzeJavaScript(state: KeptAnalysis, change: DocumentChange, tree: Tree, source: string, language: Language, typescript: boolean, filter: ModuleFilter, withComments: boolean, timeLimitMs: number): (Analysis & { state: KeptAnalysis }) | undefined {
  if (withComments !== state.withComments) return undefined;
  // The names the file makes readers of (readerAliases: `var __defProp = Object.defineProperty` in every esbuild bundle) are
  // the whole file's: an edit that changes them is analysed whole.
  const readers = readerAliases(source);
  if (!sameEntries(readers, readerAliases(change.before))) return undefined;
  // So are the names it declares classes under (Bindings.classNames).
  const classes = classNamesOf(source);
  const before = classNamesOf(change.before);
  if (classes.size !== before.size || [...classes].some((name) => !before.has(name))) return undefined;
  const { bindings } = state;
  const known = knownTo(bindings, readers);
  const deadline = new Deadline(timeLimitMs);
  return reanalyzeRegion(state, change, tree, source, javaScriptQuery(language, typescript, withComments), timeLimitMs, {
    block: "statement_block",
    bindingText: MODULE_WORD,
    binds: ({ locals, definitions, callees }, holder) =>
      insideQuoted(holder) ||
      insideSubclass(holder, bindings) ||
      locals.some(([node, outer]) => shadows(bindings, identifierAt(source, node.startIndex)!) || (!outer && knownDefaultAt(source, node, known) !== undefined)) ||
      withDerivedDefinitions(definitions, callees, source, holder, readers).some(([nameNode, value]) => readDeclaration(source, nameNode, value, known, bindings).binds),
    // A class's methods have too many forms to read from text: any name of a class's text.
    definedNames: (text) => (/\bclass\b/.test(text) ? identifiersIn(text) : Array.from(text.matchAll(DEFINED), (m) => m[1] ?? m[2]!)),
    calledWithValue: (text, names) => calledWithValue(text, names, known),
    passingCall: (callee) => {
      const call = passingCall(source, callee, known);
      // `o.run(cp)`: a method of an object (methodCall), as `this.run(cp)` is.
      return call ? { name: call.name, method: call.owner !== undefined || call.name === "super" } : methodCall(source, callee, known) && { name: "", method: true };
    },
    makesFactory: (start, end) => {
      const resolver = new Resolver(bindings, filter, undefined, state.constants, deadline, state.strictFile, readers);
      return makesFactory(source, tree.rootNode, known, (node) => resolver.returnedValue(node), JS_FACTORIES, start, end);
    },
    callsOf: ({ callees, args }) => callsOf(callees, args, new Resolver(bindings, filter, undefined, state.constants, deadline, state.strictFile, readers), bindings, known, source),
  });
}

/** Is the region inside a class extending one whose slots hold watched values (`class Sub extends Tools`): what it defines itself hides the base's members (Bindings.inherit). */
function insideSubclass(holder: Node, bindings: KeptAnalysis["bindings"]): boolean {
  for (let node: Node | null = holder; node; node = node.parent) {
    const name = node.type === "class_body" ? node.parent?.childForFieldName("name") : undefined;
    if (name && bindings.extendsClass(name.text)) return bindings.inheritsSlots(name.text);
  }
  return false;
}

/**
 * Is the region inside text a kept finding quotes or a kept binding was decided on: a callee or constructor
 * (`(function () { … })(fetch)` names it as what `fetch` is passed to), or an object literal stored in a slot
 * (`module.exports = { … }`, `const api = { … }`, `const list = [ … ]` at the top: whether its watched members bind depends on the literal's length).
 */
function insideQuoted(holder: Node): boolean {
  for (let node: Node | null = holder; node?.parent; node = node.parent) {
    const parent = node.parent;
    if (parent.type === "call_expression" && parent.childForFieldName("function")?.id === node.id) return true;
    if (parent.type === "new_expression" && parent.childForFieldName("constructor")?.id === node.id) return true;
    // `{ … } as const` is the object too.
    const holder = parent.type === "as_expression" || parent.type === "satisfies_expression" ? parent.parent : parent;
    if ((node.type === "object" || node.type === "array") && (assigns(holder) || (holder?.type === "variable_declarator" && moduleLevel(holder.childForFieldName("name") ?? node)))) return true;
  }
  return false;
}

const sameEntries = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
