import type { Node } from "@vscode/tree-sitter-wasm";

/** Where an expression leads: a module (or GLOBAL) and the member chain reached from it. */
export interface ModulePath {
  module: string;
  members: string[];
}

/** A binding of a name in a scope: to a module path, or (path undefined) a local that shadows modules. */
interface Binding {
  path?: ModulePath;
}

/**
 * Names bound in a file, by scope. Scopes are syntax nodes (functions, blocks, the file itself);
 * a name is looked up from the innermost scope outwards, so a parameter or local of the same name
 * hides an import from an outer scope. Within one scope a module binding wins over a plain
 * assignment (`try: import requests / except: requests = None` still means the module).
 */
export class Bindings {
  private readonly table = new Map<string, Binding>();
  /** Names that have a binding anywhere: the cheap first test for every call. */
  readonly names = new Set<string>();
  /** Names bound somewhere other than the file scope, or shadowed somewhere: these need the scope walk. */
  private readonly scoped = new Set<string>();

  constructor(
    private readonly rootId: number,
    private readonly scopeTypes: ReadonlySet<string>,
    /** Names that resolve without a binding (JavaScript globals), unless shadowed. */
    private readonly globals: (name: string) => ModulePath | undefined = () => undefined,
  ) {}

  /** The scope a node belongs to: its innermost enclosing scope node (or the file). */
  scopeOf(node: Node): number {
    for (let n = node.parent; n; n = n.parent) if (this.scopeTypes.has(n.type)) return n.id;
    return this.rootId;
  }

  bind(scope: number, name: string, path: ModulePath | undefined): void {
    const key = `${scope}\0${name}`;
    const existing = this.table.get(key);
    if (existing?.path) return;
    this.table.set(key, { path });
    if (scope !== this.rootId || !path) this.scoped.add(name);
    if (path) this.names.add(name);
  }

  /** Could `name` resolve to anything at all? (No scope walk.) */
  mayResolve(name: string): boolean {
    return this.names.has(name) || this.globals(name) !== undefined;
  }

  /** What `name`, referenced at `node`, is bound to. */
  lookup(name: string, node: Node): ModulePath | undefined {
    if (!this.scoped.has(name)) return this.atRoot(name);
    for (let n: Node | null = node; n; n = n.parent) {
      if (n.id !== this.rootId && !this.scopeTypes.has(n.type)) continue;
      const b = this.table.get(`${n.id}\0${name}`);
      if (b) return b.path;
    }
    return this.atRoot(name);
  }

  /** Is `name` declared (module or local) in a scope enclosing `node`? (`require` shadowed by a parameter.) */
  declared(name: string, node: Node): boolean {
    if (!this.scoped.has(name)) return this.table.has(`${this.rootId}\0${name}`);
    for (let n: Node | null = node; n; n = n.parent) if ((n.id === this.rootId || this.scopeTypes.has(n.type)) && this.table.has(`${n.id}\0${name}`)) return true;
    return this.table.has(`${this.rootId}\0${name}`);
  }

  private atRoot(name: string): ModulePath | undefined {
    const b = this.table.get(`${this.rootId}\0${name}`);
    return b ? b.path : this.globals(name);
  }
}

export function extend(path: ModulePath, ...members: string[]): ModulePath {
  return { module: path.module, members: [...path.members, ...members] };
}

const IDENT = String.raw`[$\p{L}_][$\p{L}\p{N}_]*`;
/** `a.b.c`, `a?.b`, `a!.b` with any whitespace: a callee the fast path can split without the tree. */
const SIMPLE_CHAIN = new RegExp(String.raw`^${IDENT}(?:\s*[!?]?\s*\.\s*${IDENT})*$`, "u");
const ROOT = new RegExp(`^${IDENT}`, "u");

/** The chain of names of a simple member expression, or undefined when it is anything else. */
export function simpleChain(text: string): string[] | undefined {
  if (!SIMPLE_CHAIN.test(text)) return undefined;
  return text.split(".").map((s) => s.replace(/[\s!?]/g, ""));
}

export function rootName(text: string): string | undefined {
  return ROOT.exec(text)?.[0];
}

/** Text of a string literal node without quotes; undefined for template literals with substitutions. */
export function stringValue(node: Node): string | undefined {
  if (node.type !== "string" && node.type !== "template_string") return undefined;
  const text = node.text;
  if (node.type === "template_string" && text.includes("${")) return undefined;
  const inner = text.replace(/^[rRbBuUfF]*("""|'''|"|'|`)/, "").replace(/("""|'''|"|'|`)$/, "");
  return inner.includes("\\") ? undefined : inner;
}
