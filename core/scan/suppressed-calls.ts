import { importsAsPython } from "./parser";
import { posix } from "node:path";
import type { Node } from "@vscode/tree-sitter-wasm";
import type { SuppressedCall } from "../kernel/findings";

/**
 * What a suppressed call reads, so that a pull request changing it is seen (gate/suppressed-call-changed): a reviewed
 * `subprocess.run(CMD, shell=True)  # flowgate: ignore-boundary` excuses the command it ran then, not the one a change
 * writes into `CMD` two lines above, into its next argument line, or into the `cfg.py` it imports `CMD` from.
 */

/** How many assignments and imports one suppressed call's arguments are followed to. */
const MAX_READS = 64;

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
function reads(top: Node | null | undefined, names: Set<string>, modules: string[]): void {
  // A stack, not recursion: an argument nested thousands deep must not overflow the scan's.
  const stack = top ? [top] : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "identifier") names.add(node.text);
    const loaded = loadedModule(node);
    if (loaded !== undefined) modules.push(loaded);
    const skip = node.type === "keyword_argument" ? node.childForFieldName("name") : node.type === "attribute" ? node.childForFieldName("attribute") : null;
    for (const child of node.namedChildren) if (child && child.id !== skip?.id) stack.push(child);
  }
}

/** The names a binding target binds (`a`, `a, b`, `{ a, b: c }`, `[a]`). */
function bound(node: Node | null | undefined, out: string[] = []): string[] {
  if (!node) return out;
  if (node.type === "identifier" || node.type === "shorthand_property_identifier_pattern") out.push(node.text);
  else if (node.type === "pair_pattern") bound(node.childForFieldName("value"), out);
  else if (!node.type.includes("attribute") && !node.type.includes("member") && !node.type.includes("subscript")) for (const child of node.namedChildren) bound(child, out);
  return out;
}

export interface Binding {
  names: string[];
  line: number;
  endLine: number;
  /** The module the names come from (an import), else the value they are assigned (read in turn). */
  from?: string;
  value?: Node | null;
}

/** Every assignment and import in the file, by the names each binds: read once per file, whatever number of calls it suppresses. */
export type Bindings = ReadonlyMap<string, readonly Binding[]>;

export function bindingsOf(root: Node): Bindings {
  const out: Binding[] = [];
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
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
        for (const n of from ? node.childrenForFieldName("name") : []) {
          const original = n?.type === "aliased_import" ? n.childForFieldName("name")?.text : n?.text;
          const name = n?.type === "aliased_import" ? n.childForFieldName("alias")?.text : original;
          if (!original || !name) continue;
          // `from . import cfg`, `from pkg import cfg`: the name may be the module `cfg` itself, or a value of the package.
          out.push({ names: [name], ...at, from: from! }, { names: [name], ...at, from: `${from}${from!.endsWith(".") ? "" : "."}${original}` });
        }
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
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  const byName = new Map<string, Binding[]>();
  for (const b of out) {
    for (const name of new Set(b.names)) {
      const list = byName.get(name);
      if (list) list.push(b);
      else byName.set(name, [b]);
    }
  }
  return byName;
}

/**
 * The call a finding's callee (offsets `start`–`end`) is the callee of, with what its arguments read: the assignments
 * to those names in the file (and to the names those assignments read, in turn) and the modules they are imported from.
 * Undefined when the finding is no call's callee (an import, a reference).
 */
export function suppressedCall(root: Node, start: number, end: number, bindings: () => Bindings): SuppressedCall | undefined {
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
  // Each name once, its assignments read in turn: `CMD = BASE + " ."` reads BASE, whose assignment changes the call as much.
  const taken = new Set<Binding>();
  const pending = [...names];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    for (const b of bindings().get(name) ?? []) {
      if (taken.has(b)) continue;
      // Past MAX_READS the call is taken to read its whole file (fail closed), and no file of suppressed calls grows quadratic.
      if (taken.size >= MAX_READS) return { ...span(node), assigned: [], imports, wholeFile: true };
      taken.add(b);
      if (b.from !== undefined) imports.push({ name, from: b.from, line: b.line, endLine: b.endLine });
      else {
        assigned.push({ name, line: b.line, endLine: b.endLine });
        const more = new Set<string>();
        reads(b.value, more, []);
        for (const n of more) {
          if (names.has(n)) continue;
          names.add(n);
          pending.push(n);
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
  if (!importsAsPython(importer) && !importer.endsWith(".pyi")) {
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
