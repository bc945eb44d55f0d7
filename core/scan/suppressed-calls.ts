import { posix } from "node:path";
import type { Node } from "@vscode/tree-sitter-wasm";
import type { SuppressedCall } from "../kernel/findings";

/**
 * What a suppressed call reads, so that a pull request changing it is seen (gate/suppressed-call-changed): a reviewed
 * `subprocess.run(CMD, shell=True)  # flowgate: ignore-boundary` excuses the command it ran then, not the one a change
 * writes into `CMD` two lines above, into its next argument line, or into the `cfg.py` it imports `CMD` from.
 */

const CALLS = new Set(["call", "call_expression", "new_expression"]);

/** The 1-based line span of a node. */
const span = (node: Node) => ({ line: node.startPosition.row + 1, endLine: node.endPosition.row + 1 });

/** A string literal's contents (the quotes dropped), or undefined for anything else. */
function stringOf(node: Node | null | undefined): string | undefined {
  if (!node || node.type !== "string") return undefined;
  return node.text.replace(/^[a-zA-Z]*(['"`]{1,3})([\s\S]*)\1$/, "$2");
}

/** `require("x")` / `import("x")`: the module a call loads, or undefined. */
function loadedModule(node: Node): string | undefined {
  if (node.type !== "call_expression") return undefined;
  const callee = node.childForFieldName("function");
  if (!callee || !(callee.type === "import" || (callee.type === "identifier" && callee.text === "require"))) return undefined;
  return stringOf(node.childForFieldName("arguments")?.namedChild(0));
}

/** The names an expression reads (not a keyword argument's name, not an attribute's member), and the modules it loads. */
function reads(node: Node | null | undefined, names: Set<string>, modules: string[]): void {
  if (!node) return;
  if (node.type === "identifier") names.add(node.text);
  const loaded = loadedModule(node);
  if (loaded !== undefined) modules.push(loaded);
  const skip = node.type === "keyword_argument" ? node.childForFieldName("name") : node.type === "attribute" ? node.childForFieldName("attribute") : null;
  for (const child of node.namedChildren) if (child && child.id !== skip?.id) reads(child, names, modules);
}

/** The names a binding target binds (`a`, `a, b`, `{ a, b: c }`, `[a]`). */
function bound(node: Node | null | undefined, out: string[] = []): string[] {
  if (!node) return out;
  if (node.type === "identifier" || node.type === "shorthand_property_identifier_pattern") out.push(node.text);
  else if (node.type === "pair_pattern") bound(node.childForFieldName("value"), out);
  else if (!node.type.includes("attribute") && !node.type.includes("member") && !node.type.includes("subscript")) for (const child of node.namedChildren) bound(child, out);
  return out;
}

interface Binding {
  names: string[];
  line: number;
  endLine: number;
  /** The module the names come from (an import), else the value they are assigned (read in turn). */
  from?: string;
  value?: Node | null;
}

/** Every assignment and import in the file, with the names each binds. */
function bindings(root: Node): Binding[] {
  const out: Binding[] = [];
  const visit = (node: Node) => {
    const at = span(node);
    switch (node.type) {
      case "assignment":
      case "augmented_assignment":
      case "assignment_expression":
      case "augmented_assignment_expression":
        out.push({ names: bound(node.childForFieldName("left")), ...at, value: node.childForFieldName("right") });
        break;
      case "variable_declarator": {
        const value = node.childForFieldName("value");
        // `const { URL } = require("./cfg")`, `const cfg = require("./cfg").x`: an import.
        const modules: string[] = [];
        if (value) reads(value, new Set(), modules);
        out.push({ names: bound(node.childForFieldName("name")), ...at, ...(modules.length ? { from: modules[0] } : { value }) });
        break;
      }
      case "import_from_statement": {
        const from = node.childForFieldName("module_name")?.text;
        const names = node.childrenForFieldName("name").map((n) => (n?.type === "aliased_import" ? n.childForFieldName("alias")?.text : n?.text.split(".").pop()));
        if (from) out.push({ names: names.filter((n): n is string => !!n), ...at, from });
        break;
      }
      case "import_statement": {
        const source = stringOf(node.childForFieldName("source"));
        if (source !== undefined) {
          // JavaScript: `import cfg, { URL as u } from "./cfg"`, `import * as cfg from "./cfg"`.
          const clause = node.namedChildren.find((n) => n?.type === "import_clause");
          const names = clause ? bound(clause).concat(clause.descendantsOfType("identifier").map((n) => n!.text)) : [];
          out.push({ names: [...new Set(names)], ...at, from: source });
        } else {
          // Python: `import cfg`, `import a.b as c`: each binds its first name (or alias) to its module.
          for (const n of node.childrenForFieldName("name")) {
            if (!n) continue;
            const module = n.type === "aliased_import" ? n.childForFieldName("name")?.text : n.text;
            const name = n.type === "aliased_import" ? n.childForFieldName("alias")?.text : n.text.split(".")[0];
            if (module && name) out.push({ names: [name], ...at, from: module });
          }
        }
        break;
      }
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return out;
}

/**
 * The call a finding's callee (offsets `start`–`end`) is the callee of, with what its arguments read: the assignments
 * to those names in the file (and to the names those assignments read, in turn) and the modules they are imported from.
 * Undefined when the finding is no call's callee (an import, a reference).
 */
export function suppressedCall(root: Node, start: number, end: number): SuppressedCall | undefined {
  let node = root.descendantForIndex(start, end);
  const calleeHolds = (call: Node) => {
    const callee = call.childForFieldName("function") ?? call.childForFieldName("constructor");
    return !!callee && callee.startIndex <= start && end <= callee.endIndex;
  };
  while (node && !(CALLS.has(node.type) && calleeHolds(node))) node = node.parent;
  if (!node) return undefined;
  const names = new Set<string>();
  const modules: string[] = [];
  reads(node.childForFieldName("arguments"), names, modules);
  const assigned: SuppressedCall["assigned"] = [];
  const imports: SuppressedCall["imports"] = modules.map((from) => ({ name: "require", from, ...span(node!) }));
  if (names.size) {
    const all = bindings(root);
    const taken = new Set<Binding>();
    // Read to a fixed point: `CMD = BASE + " ."` reads BASE, whose assignment changes the call as much.
    for (let grew = true; grew; ) {
      grew = false;
      for (const b of all) {
        const name = !taken.has(b) && b.names.find((n) => names.has(n));
        if (!name) continue;
        taken.add(b);
        grew = true;
        if (b.from !== undefined) imports.push({ name, from: b.from, line: b.line, endLine: b.endLine });
        else {
          assigned.push({ name, line: b.line, endLine: b.endLine });
          reads(b.value, names, modules);
        }
      }
    }
  }
  return { ...span(node), assigned, imports };
}

const JS_EXTENSIONS = ["", ".js", ".cjs", ".mjs", ".ts", ".cts", ".mts", ".tsx", ".jsx", ".json", "/index.js", "/index.ts", "/index.mjs", "/index.cjs"];

/**
 * The project file among `files` a module specifier written in `importer` names, or undefined: a relative JavaScript
 * path with its extensions, a Python module (relative, or absolute: any file whose path ends as the module's does —
 * the folders Python searches are not known here, so the change's files are matched by their tail).
 */
export function moduleFileAmong(importer: string, spec: string, files: ReadonlySet<string>): string | undefined {
  const dir = posix.dirname(importer);
  if (!importer.endsWith(".py") && !importer.endsWith(".pyi")) {
    if (!spec.startsWith("./") && !spec.startsWith("../")) return undefined;
    const base = posix.normalize(posix.join(dir, spec));
    return JS_EXTENSIONS.map((ext) => base + ext).find((f) => files.has(f));
  }
  const dots = /^\.*/.exec(spec)![0].length;
  const path = spec.slice(dots).split(".").filter(Boolean).join("/");
  const candidates = path ? [`${path}.py`, `${path}/__init__.py`] : ["__init__.py"];
  if (dots) {
    const from = posix.normalize(posix.join(dir, ...Array<string>(dots - 1).fill("..")));
    return candidates.map((c) => posix.normalize(posix.join(from, c))).find((f) => files.has(f));
  }
  return [...files].find((f) => candidates.some((c) => f === c || f.endsWith(`/${c}`)));
}
