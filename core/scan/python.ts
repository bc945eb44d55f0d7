import type { Language, Node, Tree } from "@vscode/tree-sitter-wasm";
import { type Analysis, type ModuleFilter, collectCaptures, queryOf } from "./analysis";
import { Bindings, MAX_RESOLVE_DEPTH, type ModulePath, chainPath, extend, identifierAt, rootName, simpleChain } from "./resolve";

/** One query finds everything the resolver needs (scopes, imports, definitions, calls); it runs inside WASM. */
const QUERY = `
[(function_definition) (lambda) (list_comprehension) (set_comprehension) (dictionary_comprehension) (generator_expression)] @scope
(class_definition) @scope.class
(import_statement) @import
(import_from_statement) @import
(call function: [(identifier) (attribute) (parenthesized_expression)] @callee)
(assignment left: (identifier) @def.name right: (_) @def.value)
(parameters (identifier) @local)
(parameters (default_parameter name: (identifier) @local))
(parameters (typed_parameter (identifier) @local))
(parameters (typed_default_parameter name: (identifier) @local))
(parameters (list_splat_pattern (identifier) @local))
(parameters (dictionary_splat_pattern (identifier) @local))
(lambda_parameters (identifier) @local)
(function_definition name: (identifier) @outer)
(class_definition name: (identifier) @outer)
(pattern_list (identifier) @local)
(tuple_pattern (identifier) @local)
(for_statement left: (identifier) @local)
(for_in_clause left: (identifier) @local)
(as_pattern_target (identifier) @local)
(named_expression name: (identifier) @local)
(augmented_assignment left: (identifier) @local)
`;

/** Imports → bindings (only of watched modules), then local re-binding and shadowing, then calls. */
export function analyzePython(tree: Tree, source: string, language: Language, filter: ModuleFilter, withComments: boolean, timeLimitMs: number): Analysis {
  const { scopes, comments, imports: importNodes, callees, definitions, locals } = collectCaptures(queryOf(language, QUERY, withComments), tree.rootNode, timeLimitMs);
  const bindings = new Bindings(scopes);
  const imports: Analysis["imports"] = [];
  for (const node of importNodes) importStatement(node, bindings, filter, imports);
  if (bindings.names.size === 0) return { calls: [], imports, comments };
  const shadowLocals = () => {
    for (const [node, outer] of locals) {
      const name = identifierAt(source, node.startIndex)!;
      if (!bindings.names.has(name)) continue;
      // A def/class name belongs to the scope around the definition, not to the definition itself.
      bindings.bind(outer ? bindings.scopeOf(node, node.parent!) : bindings.scopeOf(node), name, undefined);
    }
  };
  // Parameters and locals before re-bindings (`def f(sp): run = sp.run` is not subprocess), and again
  // after, for the names the re-bindings added (`run = sp.run` at the top, `def g(run)` below).
  shadowLocals();
  for (const [nameNode, value] of definitions) {
    const name = identifierAt(source, nameNode.startIndex)!;
    const valueRoot = identifierAt(source, value.startIndex);
    if (!bindings.names.has(name) && !(valueRoot && bindings.names.has(valueRoot))) continue;
    bindings.bind(bindings.scopeOf(nameNode), name, resolve(value, bindings));
  }
  shadowLocals();
  const calls: Analysis["calls"] = [];
  for (const [captured] of callees) {
    const parenthesized = source[captured.startIndex] === "(";
    const first = parenthesized ? undefined : identifierAt(source, captured.startIndex);
    if (!parenthesized && !(first && bindings.names.has(first))) continue;
    const callee = parenthesized ? unwrap(captured) : captured;
    const text = callee.text;
    if (parenthesized && !bindings.names.has(rootName(text) ?? "")) continue;
    const path = resolve(callee, bindings, text);
    if (path) calls.push({ start: callee.startIndex, end: callee.endIndex, callee: text.replace(/\s+/g, ""), path, kind: "call" });
  }
  return { calls, imports, comments };
}

/** `(a.b)(...)`: the callee is what the parentheses hold. */
function unwrap(node: Node): Node {
  let n = node;
  while (n.type === "parenthesized_expression" && n.namedChildCount === 1) n = n.namedChild(0)!;
  return n;
}

function resolve(node: Node, bindings: Bindings, text = node.text, depth = 0): ModulePath | undefined {
  if (depth > MAX_RESOLVE_DEPTH) return undefined;
  const chain = simpleChain(text);
  if (chain) return chainPath(bindings, chain, node);
  if (node.type === "attribute") {
    const object = node.childForFieldName("object");
    const attribute = node.childForFieldName("attribute");
    const base = object && resolve(object, bindings, object.text, depth + 1);
    return base && attribute ? extend(base, attribute.text) : undefined;
  }
  return undefined;
}

/** A dotted module path as a ModulePath (Python matches on the flattened dotted name). */
const pathOf = (dotted: string): ModulePath => ({ module: dotted, members: [] });

function importStatement(node: Node, bindings: Bindings, filter: ModuleFilter, imports: Analysis["imports"]): void {
  let scope: number | undefined;
  const scopeOf = () => (scope ??= bindings.scopeOf(node));
  if (node.type === "import_statement") {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === "dotted_name") {
        const dotted = child.text.replace(/\s+/g, "");
        if (!filter.relevant(dotted)) continue;
        // `import a.b.c` binds `a`.
        const top = dotted.split(".")[0]!;
        bindings.bind(scopeOf(), top, pathOf(top));
        imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
      } else if (child.type === "aliased_import") {
        const nameNode = child.childForFieldName("name");
        const alias = child.childForFieldName("alias");
        const dotted = nameNode?.text.replace(/\s+/g, "");
        if (!dotted || !alias || !filter.relevant(dotted)) continue;
        bindings.bind(scopeOf(), alias.text, pathOf(dotted));
        imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
      }
    }
    return;
  }
  const moduleNode = node.childForFieldName("module_name");
  if (!moduleNode || moduleNode.type !== "dotted_name") return; // relative imports are the project's own code
  const module = moduleNode.text.replace(/\s+/g, "");
  for (const child of node.namedChildren) {
    if (!child || child.id === moduleNode.id) continue;
    if (child.type === "wildcard_import") {
      if (!filter.relevant(module)) continue;
      imports.push({ start: node.startIndex, end: node.endIndex, module, star: true });
      // Names the rules list explicitly are still recognisable after a star import.
      for (const member of filter.explicitMembers(module)) bindings.bind(scopeOf(), member, pathOf(`${module}.${member}`));
    } else if (child.type === "dotted_name" || child.type === "aliased_import") {
      const nameNode = child.type === "aliased_import" ? child.childForFieldName("name") : child;
      const local = child.type === "aliased_import" ? child.childForFieldName("alias") : child;
      if (!nameNode || !local) continue;
      const dotted = `${module}.${nameNode.text.replace(/\s+/g, "")}`;
      if (!filter.relevant(dotted)) continue;
      bindings.bind(scopeOf(), local.text, pathOf(dotted));
      imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
    }
  }
}
