/**
 * Paths a JavaScript file builds to what it loads (`path.join(__dirname, "assets", "x.txt")`, `__dirname + "/x"`,
 * `new URL("./x", import.meta.url)`), folded to a project path relative to the file's folder, so the file loaded is
 * judged as the JavaScript Node runs it as whatever its name says (run.ts requiredAsCode).
 */
import { posix } from "node:path";
import type { Node } from "@vscode/tree-sitter-wasm";
import { type Constants, MAX_RESOLVE_DEPTH, namedChildrenOf } from "./resolve";

/**
 * The scanned file's folder as a folded path: a made-up absolute path deep enough that `..` steps out of it stay
 * readable (`path.join(__dirname, "..", "x")` is `../x`); no real path starts with a NUL.
 */
const ROOT = "/\0";
const HERE = `${ROOT}/1/2/3/4/5/6/7/8`;
/** The scanned file itself (`__filename`, `import.meta.url`): a path through it names the file, no other. */
const THIS_FILE = `${HERE}/\0file`;
/** `path.join`, `path.resolve`, `path.dirname`, by the member or the name destructured (`const { join } = require("path")`). */
const PATH_OPERATIONS = new Set(["join", "resolve", "dirname"]);
/** `url.fileURLToPath(u)`, `u.toString()`: the path a URL names is read as the URL. */
const SAME_PATH = new Set(["fileURLToPath", "toString"]);

export class PathFolder {
  constructor(
    private readonly constants: Constants,
    /** The one value a name is assigned, where the file assigns it once (`const __dirname = dirname(fileURLToPath(import.meta.url))`). */
    private readonly held: ReadonlyMap<string, Node>,
    /** Is a name bound in the scope of a node (a parameter or local named `__dirname` is not CommonJS's)? */
    private readonly declared: (name: string, at: Node) => boolean,
  ) {}

  /** The one value the file assigns a name, if it assigns it once. */
  heldValue(name: string): Node | undefined {
    return this.held.get(name);
  }

  /**
   * The folder a `require` made by `createRequire(node)` resolves relative paths from, relative to the file's folder
   * ("." for its own: `import.meta.url`, `__filename`; `sub` for `path.join(__dirname, "sub/")`), as Node reads the
   * base: a path ending in `/` is the folder, any other names a file in its folder. Undefined when the file does not
   * fix it (an absolute path, the working directory, a value from input).
   */
  requireBase(node: Node): string | undefined {
    const folded = this.pathOf(node, 0);
    if (folded === undefined || !folded.startsWith(`${ROOT}/`)) return undefined;
    const normal = posix.normalize(folded);
    const folder = folded.endsWith("/") ? normal.replace(/\/$/, "") : posix.dirname(normal);
    if (!folder.startsWith(`${ROOT}/`) || folder.includes("\0file")) return undefined;
    const relative = posix.relative(HERE, folder);
    return relative.includes("\0") ? undefined : relative || ".";
  }

  /** The project path (`./assets/x.txt`, `../x`) a loader's argument names relative to the file's folder, else undefined. */
  projectPath(node: Node): string | undefined {
    const folded = this.pathOf(node, 0);
    if (folded === undefined || !folded.startsWith(`${ROOT}/`)) return undefined;
    const normal = posix.normalize(folded);
    if (normal.includes("\0file") || !normal.startsWith(`${ROOT}/`)) return undefined;
    const relative = posix.relative(HERE, normal);
    if (relative === "" || relative.includes("\0")) return undefined;
    return relative.startsWith("../") ? relative : `./${relative}`;
  }

  private pathOf(node: Node | null | undefined, depth: number): string | undefined {
    if (!node || depth > MAX_RESOLVE_DEPTH) return undefined;
    const next = depth + 1;
    switch (node.type) {
      case "identifier": {
        const name = node.text;
        const held = this.held.get(name);
        if (held) return this.pathOf(held, next);
        if ((name === "__dirname" || name === "__filename") && !this.declared(name, node)) return name === "__dirname" ? HERE : THIS_FILE;
        return this.constants.stringOf(node);
      }
      case "parenthesized_expression":
        return node.namedChildCount === 1 ? this.pathOf(node.namedChild(0), next) : undefined;
      case "member_expression": {
        const text = node.text.replace(/\s+/g, "");
        if (text === "import.meta.url" || text === "import.meta.filename") return THIS_FILE;
        if (text === "import.meta.dirname") return HERE;
        const property = node.childForFieldName("property")?.text;
        return property === "href" || property === "pathname" ? this.pathOf(node.childForFieldName("object"), next) : undefined;
      }
      case "binary_expression": {
        if (node.childForFieldName("operator")?.type !== "+") return undefined;
        const left = this.pathOf(node.childForFieldName("left"), next);
        const right = left === undefined ? undefined : this.pathOf(node.childForFieldName("right"), next);
        return right === undefined ? undefined : left! + right;
      }
      case "template_string": {
        let out = "";
        for (const part of node.namedChildren) {
          const piece = part?.type === "string_fragment" ? part.text : part?.type === "template_substitution" ? this.pathOf(part.namedChild(0), next) : undefined;
          if (piece === undefined) return undefined;
          out += piece;
        }
        return out;
      }
      case "call_expression": {
        const fn = node.childForFieldName("function");
        const name = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text : fn?.type === "identifier" ? fn.text : undefined;
        const args = namedChildrenOf(node);
        if (name === "toString" && fn?.type === "member_expression" && args.length === 0) return this.pathOf(fn.childForFieldName("object"), next);
        if (name !== undefined && SAME_PATH.has(name) && args.length === 1) return this.pathOf(args[0], next);
        if (name === undefined || !PATH_OPERATIONS.has(name) || args.length === 0) return undefined;
        const parts: string[] = [];
        for (const arg of args) {
          const part = this.pathOf(arg, next);
          if (part === undefined) return undefined;
          parts.push(part);
        }
        // Only a path built from the file's place is one (`[a, b].join("/")` is not: its object is no path operation's).
        if (!parts[0]!.startsWith(`${ROOT}/`)) return undefined;
        if (name === "dirname") return parts.length === 1 ? posix.dirname(parts[0]!) : undefined;
        // `path.resolve` starts again at an absolute segment: a path out of the project.
        if (name === "resolve" && parts.slice(1).some((p) => p.startsWith("/"))) return undefined;
        return posix.join(...parts);
      }
      case "new_expression": {
        if (node.childForFieldName("constructor")?.text !== "URL") return undefined;
        const [relative, base] = namedChildrenOf(node);
        const name = relative && this.constants.stringOf(relative);
        const from = base && this.pathOf(base, next);
        if (name === undefined || from === undefined || name.startsWith("/") || /^[a-z][\w+.-]*:/i.test(name)) return undefined;
        return posix.join(from.endsWith("/") ? from : posix.dirname(from), name);
      }
      default:
        return this.constants.stringOf(node);
    }
  }
}
