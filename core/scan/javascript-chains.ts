/**
 * JavaScript's chained assignment, `a = b = cp.execSync` (also in a declaration, `let a = b = v`): each name's value is
 * the last assignment's right side (what the expression evaluates to), found by walking down the assignments, once per
 * chain however long (a chain of thousands is one walk: every link ends where the chain does).
 */
import type { Node } from "@vscode/tree-sitter-wasm";
import type { Captures } from "./analysis";
import { identifierAt } from "./resolve";

/** After a value's first name (and its members or subscripts): `=` (or `??=`, `||=`, `&&=`), not `==`, `===` or `=>`, makes the value another assignment (the cheap test before the tree). */
const CHAINED = /(?:\s*\??\.\s*#?[\w$]+|\s*\[[^\]\n]{0,200}\])*\s*(?:\?\?|\|\||&&)?=(?![=>])/y;
/** A subscript longer than CHAINED reads: the tree decides (padding must not hide `a = o[⟨spaces⟩k] = cp.exec`). */
const LONG_SUBSCRIPT = /(?:\s*\??\.\s*#?[\w$]+|\s*\[[^\]\n]{0,200}\])*\s*\[[^\]\n]{201}/y;

/** The definitions with each chained value replaced by the chain's last value (the same list when none is chained). */
export function lastAssignedValues(definitions: Captures["definitions"], source: string): Captures["definitions"] {
  let out: Captures["definitions"] | undefined;
  let chain: { end: number; value: Node } | undefined;
  definitions.forEach(([name, value], i) => {
    const head = identifierAt(source, value.startIndex);
    if (head === undefined) return;
    CHAINED.lastIndex = LONG_SUBSCRIPT.lastIndex = value.startIndex + head.length;
    if (!CHAINED.test(source) && !(LONG_SUBSCRIPT.test(source) && assigns(value))) return;
    // An inner link of the chain walked last: its end is the chain's, its value the same.
    if (!chain || chain.end !== value.endIndex || chain.value.startIndex < value.startIndex) {
      let node = value;
      for (let right: Node | null; assigns(node) && (right = node.childForFieldName("right")); node = right);
      chain = { end: value.endIndex, value: node };
    }
    if (chain.value === value) return;
    out ??= [...definitions];
    out[i] = [name, chain.value];
  });
  return out ?? definitions;
}

/** The logical assignments: `a ??= v`, `a ||= v`, `a &&= v` may give `a` the value `v`, so they are read as `a = v` (a name keeps the first watched value it is given: Bindings.bind). */
const LOGICAL_ASSIGNMENT = new Set(["??=", "||=", "&&="]);

/** Does a node give its left side its right side's value: `a = v`, or a logical assignment (`a ??= v`)? Not `a += v`. */
export function assigns(node: Node | null | undefined): boolean {
  const type = node?.type;
  return type === "assignment_expression" || (type === "augmented_assignment_expression" && LOGICAL_ASSIGNMENT.has(node!.childForFieldName("operator")?.type ?? ""));
}
