/**
 * Code handed to the language's evaluator as a string (specs.ts EVALUATORS: `exec`, `eval`, `new Function`,
 * `vm.runInThisContext`, a string timer): the texts the scan reads as code of the same language, each crossing in
 * them reported at the call (Scanner), or why the code cannot be read (scan/dynamic-code).
 */
import type { Node } from "@vscode/tree-sitter-wasm";
import type { DocExamples, EvaluatedCode, ModuleFilter } from "./analysis";
import { CODE, Constants, type ModulePath, namedChildrenOf, simpleChain, stringValue, namePattern } from "./resolve";
import { cellProgram, magicUse } from "./notebook";
import type { Evaluator } from "./specs";

/** Code in code in code…: how many levels are scanned; a deeper evaluator is reported as code the scan cannot read. */
export const MAX_CODE_DEPTH = 2;


/** Python's `exec` and `eval` (builtins), which run their code in the caller's module globals unless given others. */
const CALLER_NAMESPACE = /^(?:(?:builtins|__builtins__)\.)?(?:exec|eval)$/;
/** A second argument that is still the caller's namespace (`exec(code, globals())`). */
const CALLER_GLOBALS = new Set(["globals()", "locals()", "vars()"]);
/** At most this many characters of the caller's statements are given to the code. */
const MAX_CALLER_TEXT = 16_384;

/**
 * Is `call` Python's `exec` or `eval`, whose code binds names in (or returns a value to) a namespace its caller reads, or
 * another evaluator given globals (`cProfile.runctx(cmd, globals(), {})`, `timeit.timeit(s, globals={"o": os})`) or running
 * in `__main__`'s (`cProfile.run(cmd)`)? The argument giving the namespace, null where none is given (the caller's).
 */
function callerNamespace(call: Node, evaluator: Evaluator): { namespace: Node | null; exec?: boolean } | undefined {
  const fn = call.childForFieldName("function");
  const args = namedChildrenOf(call.childForFieldName("arguments"));
  if ((evaluator.reads === "program" || evaluator.reads === "expression") && fn !== null && CALLER_NAMESPACE.test(fn.text.replace(/\s+/g, ""))) return { namespace: args[1] ?? null, exec: true };
  const given = evaluator.namespace;
  if (!given) return undefined;
  const keyword = given.keyword === undefined ? undefined : args.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === given.keyword);
  const positional = args.findIndex((arg) => arg.type === "keyword_argument");
  const at = given.position !== undefined && given.position < (positional < 0 ? args.length : positional) ? args[given.position] : undefined;
  const namespace = keyword?.childForFieldName("value") ?? at ?? null;
  // `None` given is the default: `__main__`'s, or the evaluator's own.
  const none = namespace?.type === "none";
  return (namespace && !none) || given.main ? { namespace: none ? null : namespace } : undefined;
}

/**
 * The names a Python `exec`/`eval` of the module's globals gives its code, as lines before it (EvaluatedCode.offset
 * characters): the module's import statements (also under a top-level `try`/`if`), its assignments of a name or member
 * chain to a name the code mentions (`run = os.system`), and the entries of a dict written as the globals (`exec(code,
 * {"o": os})`, read as `o = os`). `import os` then `exec("os.system(c)")` is the file's `os.system`. Code given another
 * namespace (a name, `{}`) sees only that dict's names; undefined when nothing is given.
 */
function callerNames(call: Node, texts: readonly string[], namespace: Node | null): string | undefined {
  const entries = namespace?.type === "dictionary" ? namespace : undefined;
  if (namespace && !entries && (namespace.type === "keyword_argument" || !CALLER_GLOBALS.has(namespace.text.replace(/\s+/g, "")))) return undefined;
  const code = texts.join("\n");
  const lines: string[] = [];
  // Given a dict, the code sees its entries only: an import is given for the names the entries' values read (`{"o": os}`).
  const values = entries ? namedChildrenOf(entries).map((pair) => pair.childForFieldName("value")?.text ?? "").join("\n") : undefined;
  const needed = (node: Node) => values === undefined || importedNames(node).some((name) => namedIn(name, values));
  const statement = (node: Node) => {
    if ((node.type === "import_statement" || node.type === "import_from_statement") && !node.text.includes("#") && needed(node)) lines.push(node.text.replace(/\s+/g, " "));
    if (values !== undefined) return;
    const assigned = node.type === "expression_statement" && node.namedChildCount === 1 ? node.namedChild(0) : null;
    const left = assigned?.type === "assignment" ? assigned.childForFieldName("left") : null;
    const right = assigned?.childForFieldName("right");
    if (left?.type === "identifier" && right && simpleChain(right.text) && namedIn(left.text, code)) lines.push(`${left.text} = ${right.text.replace(/\s+/g, "")}`);
  };
  for (const node of namedChildrenOf(rootOf(call))) {
    statement(node);
    if (node.type === "try_statement" || node.type === "if_statement") for (const block of namedChildrenOf(node)) for (const inner of namedChildrenOf(block.type === "block" ? block : block.childForFieldName("body") ?? block)) statement(inner);
  }
  for (const pair of entries ? namedChildrenOf(entries) : []) {
    const key = pair.type === "pair" ? pair.childForFieldName("key") : null;
    const value = pair.childForFieldName("value");
    const name = key ? stringValue(key) : undefined;
    if (name && /^[A-Za-z_]\w*$/.test(name) && value && simpleChain(value.text)) lines.push(`${name} = ${value.text.replace(/\s+/g, "")}`);
  }
  const given = lines.join("\n");
  return lines.length && given.length <= MAX_CALLER_TEXT ? `${given}\n` : undefined;
}

/** Does `text` name the Python identifier `name` (not as an attribute, not inside a longer name)? */
function namedIn(name: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}_.])${name}(?![\\p{L}\\p{N}_])`, "u").test(text);
}

/** The names a Python import statement binds (`os` of `import os.path`, `sp` of `import subprocess as sp`, `run` of `from os import system as run`). */
function importedNames(node: Node): string[] {
  const from = node.childForFieldName("module_name");
  return namedChildrenOf(node).flatMap((child) => {
    if (from && child.startIndex === from.startIndex) return [];
    if (child.type === "aliased_import") return [child.childForFieldName("alias")?.text ?? ""];
    return child.type === "dotted_name" ? [from ? child.text.split(".").pop()!.trim() : child.text.split(".")[0]!.trim()] : [];
  });
}

/** The name a Python evaluator's value is held by when its caller keeps it (`m = eval("…")`): scan.ts reports what it holds. */
export const EVALUATED_VALUE = "__evaluated__";

/** The name the scan gives a `new Function`'s body, so what the function returns is a factory's value (factories.ts). */
const BODY_FUNCTION = "evaluated";

/** A function's own code object (`types.FunctionType(f.__code__, g)` copies a function the scan reads where it is defined). */
const OWN_CODE = /\.\s*__code__$/;

/** Nodes that use the value before them in place: `eval("…").system`, `new Function("…")(require)`. */
const USES = new Set(["attribute", "member_expression", "call", "call_expression", "subscript", "subscript_expression"]);

/**
 * What the evaluator called at `call` runs. undefined: nothing to judge (no argument; a timer given a function).
 * Python's `exec` of a `compile(…)` is judged at both: the compile may be a function of the file's own.
 */
export function evaluatedCode(call: Node, evaluator: Evaluator, constants: Constants, source: string): EvaluatedCode | undefined {
  const code = codeOf(call, evaluator, constants, source);
  if (!code || !("texts" in code) || code.examples) return code;
  if (rootOf(call).type === "module") {
    const caller = callerNamespace(call, evaluator);
    if (!caller) return code;
    const given = callerNames(call, code.texts, caller.namespace);
    // What the code binds lands where its caller reads it: `exec`'s namespace, or the module's globals another evaluator is given.
    const binds = caller.exec || caller.namespace === null || CALLER_GLOBALS.has(caller.namespace.text.replace(/\s+/g, ""));
    return given ? { texts: code.texts.map((text) => given + text), offset: given.length + (code.offset ?? 0), ...(binds ? { binds } : {}) } : binds ? { ...code, binds } : code;
  }
  if (rootOf(call).type !== "program") return code;
  const given = givenNames(call, evaluator, constants, source, code.texts);
  return given ? { texts: code.texts.map((text) => given + text) } : code;
}

function codeOf(call: Node, evaluator: Evaluator, constants: Constants, source: string): EvaluatedCode | undefined {
  // A model class's base or a decorator evaluates annotations where the definition is made (definedAnnotationsCode), not called.
  if (evaluator.reads === "annotations" && evaluator.defines) return undefined;
  if (evaluator.reads === "annotations") return !evaluator.unsafeWith || loadsUnsafely(namedChildrenOf(call), evaluator.unsafeWith) ? annotationsCode(call, constants, source) : undefined;
  if (evaluator.reads === "chosen") return { unread: evaluator.unread! };
  if (evaluator.reads === "stream") return { unread: evaluator.unread ?? "it runs what it reads from a stream: a terminal or a socket" };
  if (evaluator.reads === "main") return { unread: "it runs, as the main module, whatever file `process.argv[1]` names, which the program may set" };
  const args = namedChildrenOf(call);
  if (evaluator.reads === "docstrings") return docstringsCode(call, args, evaluator.subject!, constants, source);
  // A file's loader made with no arguments is a subclass's, which reads its module itself (`class L(SourceLoader)`, `L()`).
  if (evaluator.reads === "file") return { unread: evaluator.unread ?? (args.length ? "it runs a file, module or native library it is given by name" : "it runs as a module what its methods read") };
  if (args.length === 0) return undefined;
  if (args.some((arg) => arg.type === "spread_element" || arg.type === "list_splat" || arg.type === "dictionary_splat")) return { unread: "its arguments are spread" };
  if (evaluator.reads === "configuration") return args[0]?.type === "dictionary" ? undefined : { unread: "it imports and calls whatever its configuration's `\"()\"` and `\"class\"` entries name, and its configuration is not written here" };
  if (evaluator.reads === "name") {
    // An object made to be loaded later (`EntryPoint(…).load()`) is judged where loaded in place; made alone (to check a
    // name, or kept as metadata) it imports nothing.
    if (evaluator.loadedBy && !loadedInPlace(call, evaluator.loadedBy)) return undefined;
    return namedArgument(args, evaluator.subject!, constants) === undefined ? { unread: "it imports whatever module and member a name it is given names" } : undefined;
  }
  if (evaluator.reads === "bytecode") return OWN_CODE.test(args[0]!.text) ? undefined : { unread: "it runs a compiled code object or its bytes, which the scan does not read" };
  if (evaluator.reads === "data") return !evaluator.unsafeWith || loadsUnsafely(args, evaluator.unsafeWith) ? { unread: evaluator.unread ?? "loading its data calls whatever function the data names" } : undefined;
  if (evaluator.reads === "worker" && !evalOption(args[1])) return WORKER_SCRIPT.test(args[0]!.text) ? undefined : { unread: "it runs a file the scan may not read as JavaScript" };
  if (evaluator.reads === "inspector") return inspectorCode(args, constants);
  if (evaluator.parameters) return parametersCode(args, evaluator.parameters, constants);
  if (evaluator.reads === "tcl") return tclCode(args, constants);
  if (evaluator.reads === "magic") {
    const cell = magicCell(args, evaluator.magic!, constants);
    return cell === undefined ? magicByName(args, evaluator.magic!, constants) : ipythonCode(cell);
  }
  const codeArg = evaluator.reads === "body" ? args[args.length - 1]! : args[0]!;
  if (codeArg.type === "keyword_argument") return { unread: "its code is given by keyword" };
  // A number is no code (`sympify(1)`).
  if (NUMBERS.has(codeArg.type)) return undefined;
  const code = constants.stringOf(codeArg, 0, CODE);
  if (code === undefined) {
    if (evaluator.strings && !STRINGS.has(codeArg.type)) return undefined;
    return { unread: "its code is not a constant string" };
  }
  if (evaluator.reads === "template") return evaluator.blocks === "python" ? pythonTemplateCode(code) : evaluator.blocks === "mako" ? makoTemplateCode(code) : templateCode(call, args, code);
  if (evaluator.reads === "cell") return ipythonCode(code);
  if (evaluator.reads === "program" || evaluator.reads === "worker") return { texts: [code] };
  if (evaluator.reads === "examples") {
    const found = { code: [] as string[], lines: [] as { at: number; exact: boolean }[] };
    examplesIn(code, undefined, codeArg.startIndex, found);
    return found.code.length ? { texts: [found.code.join("\n")] } : undefined;
  }
  if (evaluator.reads === "expression") {
    // A name's value used in place (`(0, eval)("globalThis").fetch(u)`) is the analysis's to follow (Resolver.evaluatedValue).
    const use = evaluator.globalScope && nameChainOf(code, false) ? "" : useAfter(call, source);
    // Python's value used otherwise (`m = eval("__import__('os')")`, handed on) is held, as the code's name EVALUATED_VALUE (scan.ts boundNames).
    const held = !use && call.type === "call" && call.parent?.type !== "expression_statement" ? [`${EVALUATED_VALUE} = (${code}\n)`] : [];
    return { texts: use ? [code, `(${code})${use}`] : [code, ...held] };
  }
  const params: string[] = [];
  for (const param of args.slice(0, -1)) {
    const text = constants.stringOf(param, 0, CODE);
    if (text === undefined) return { unread: "its parameters are not constant strings" };
    params.push(text);
  }
  // The parameters are read as code (a default value runs), not bound: `new Function("require", "return require(…)")`
  // is called with Node's `require`, which a parameter of that name would hide from the scan.
  // A body only returning a name's value (`return globalThis`) called in place is the analysis's to follow, as an expression's
  // is; not `return require` (Resolver.evaluatedValue leaves it: no global of Node's), read here as the body's own call.
  const returned = evaluator.globalScope && !params.length ? nameChainOf(code, true) : undefined;
  const invoked = call.parent?.type === "call_expression" && sameNode(call.parent.childForFieldName("function"), call) && !(returned && returned[0] !== "require") ? call.parent : undefined;
  // The body starts on the first line, so its lines are the code's.
  const text = [`function ${BODY_FUNCTION}() {${code}\n}`, params.length ? `void [${params.join(",")}];` : "", invoked ? `${BODY_FUNCTION}()${useAfter(invoked, source)}` : ""].join("\n");
  return { texts: [text] };
}

/** `EntryPoint(n, v, g).load()`: is the object `call` makes (the call, or its argument list) loaded by one of its methods `methods` there? */
function loadedInPlace(call: Node, methods: readonly string[]): boolean {
  const member = (call.type === "call" ? call : call.parent)?.parent;
  return member?.type === "attribute" && methods.includes(member.childForFieldName("attribute")?.text ?? "") && member.parent?.type === "call";
}

/** Literal numbers (Python's and JavaScript's): an evaluator given one runs no code. */
const NUMBERS = new Set(["integer", "float", "number"]);

/**
 * An IPython cell's code as the scan reads it: its shell escapes and shell magics are IPython's shell's `system` call
 * (the table's); a magic running a file, code or what the table does not know leaves it unread.
 */
function ipythonCode(cell: string): EvaluatedCode {
  const program = cellProgram(cell);
  const unread = program.magics.find((m) => m.kind !== "shell");
  if (unread) return { unread: `its cell runs \`${unread.written}\` (${unread.what}): what that runs is not read` };
  let text = program.text;
  for (const magic of [...program.magics].reverse()) text = `${text.slice(0, magic.start)}get_ipython().system()${text.slice(magic.end)}`;
  // The shell's import comes first, on a line of its own: not the cell's.
  return { texts: [text], offset: program.text.indexOf("\n") + 1 };
}

/**
 * A magic run by a constant name with arguments that are not constant (`run_line_magic("history", f"-f {path}")`): what
 * the magic does whatever its arguments (magicUse's most), a shell magic read as the shell's call, one that runs code or
 * Python it is given not read.
 */
function magicByName(args: Node[], form: NonNullable<Evaluator["magic"]>, constants: Constants): EvaluatedCode | undefined {
  const name = form === "text" || !args[0] || args[0].type === "keyword_argument" ? undefined : constants.stringOf(args[0], 0, CODE);
  if (name === undefined) return { unread: "it runs an IPython magic whose name is not a constant string" };
  const use = magicUse(name, form === "cell");
  if (use === "inert" || use === "file") return undefined;
  if (use === "shell") return ipythonCode(`${form === "cell" ? "%%" : "%"}${name}`);
  return { unread: `it runs IPython's ${form === "cell" ? "%%" : "%"}${name} magic given what the scan cannot read` };
}

/** The cell an IPython magic run by its name writes (`run_line_magic("pip", "install x")`: `%pip install x`); undefined when an argument is not a constant. */
function magicCell(args: Node[], form: NonNullable<Evaluator["magic"]>, constants: Constants): string | undefined {
  const count = form === "cell" ? 3 : form === "line" ? 2 : 1;
  const texts = args.slice(0, count).map((arg) => (arg.type === "keyword_argument" ? undefined : constants.stringOf(arg, 0, CODE)));
  if (texts.length < count || texts.some((t) => t === undefined)) return undefined;
  const [name, line, body] = texts as string[];
  return form === "text" ? `%${name}` : form === "line" ? `%${name} ${line}` : `%%${name} ${line}\n${body}`;
}

/**
 * A template's source (Evaluator `template`): JavaScript's (lodash, underscore) is read from its `<% %>`, `<%= %>`, `<%- %>`
 * and `${ }` blocks, joined in order (a loop's opening and closing blocks make one statement); given options, its
 * delimiters may be others (`interpolate: /{{(.+?)}}/g`), unread. jinja2's runs no Python the scan could read: its
 * expressions reach Python's internals only through dunder attributes (`cycler.__init__.__globals__`), so one without is safe.
 */
function templateCode(call: Node, args: Node[], code: string): EvaluatedCode | undefined {
  if (rootOf(call).type === "module") return code.includes("__") ? { unread: "its template reads dunder attributes, through which a template reaches Python's internals (`cycler.__init__.__globals__.os`)" } : undefined;
  if (args.length > 1 && /\b(?:interpolate|evaluate|escape)\b/.test(args[1]!.text)) return { unread: "its template's delimiters are set by its options" };
  const blocks = [...code.matchAll(/<%[=-]?([\s\S]*?)%>|\$\{([^}]*)\}/g)].map((m) => m[1] ?? m[2]!);
  return blocks.length ? { texts: [blocks.join("\n")] } : undefined;
}

/** tornado's block tags and how each reads as Python: its expression (`apply f`), a statement's head (`for x in xs`), an import. */
const TORNADO_EXPRESSION_TAGS = /^(?:apply|autoescape|module|raw)\s+([\s\S]+)$/;
const TORNADO_STATEMENT_TAGS = /^(?:for|if|elif|while)\s+[\s\S]+$/;
const TORNADO_PLAIN_TAGS = /^(?:end|else|try|finally|break|continue|whitespace\s+\w+|except(?:\s[\s\S]*)?|(?:extends|include|block)\s[\s\S]*)$/;

/**
 * A tornado template's source (Evaluator `template`, blocks `python`): its `{{ expr }}` and `{% tag … %}` are Python run
 * when it is rendered, builtins and imports included (`{{ __import__('os').system(c) }}`), read here as one program; a tag
 * the scan does not know is unread. `{# #}` comments and `{{!`/`{%!` escapes are text.
 */
function pythonTemplateCode(code: string): EvaluatedCode | undefined {
  const lines: string[] = [];
  for (const [, kind, body] of code.matchAll(/\{([{%])(?!!)([\s\S]*?)[}%]\}/g)) {
    const text = body!.trim();
    if (kind === "{") lines.push(`(${text})`);
    else if (/^(?:import|from)\s/.test(text)) lines.push(text);
    else if (text.startsWith("set ")) lines.push(text.slice(4));
    else if (TORNADO_EXPRESSION_TAGS.test(text)) lines.push(`(${TORNADO_EXPRESSION_TAGS.exec(text)![1]})`);
    else if (TORNADO_STATEMENT_TAGS.test(text)) lines.push(`${text.replace(/^elif/, "if")}:\n    pass`);
    else if (!TORNADO_PLAIN_TAGS.test(text) && text !== "") return { unread: "its template holds a tag the scan does not read, whose Python runs when rendered" };
  }
  return lines.length ? { texts: [lines.join("\n")] } : undefined;
}

/** Mako's control lines (`% for x in xs:`, `% endfor`, `%% ` a literal `%`), each at a line's start. */
const MAKO_CONTROL = /^[ \t]*%(?!%)[ \t]*(.*)$/gm;
const MAKO_CONTROL_ENDS = /^end(?:for|if|while|try|with)$|^(?:else|try|finally|except\b.*)[:]?$/;

/**
 * A Mako template's source (Evaluator `template`, blocks `mako`): its `${expr}` substitutions, `<% %>` and `<%! %>` blocks
 * and `% for …:` control lines are Python run when it is rendered, read here as one program; its other tags (`<%namespace
 * module="os" import="system"/>`, `<%include>`, `<%def>` …) are unread; `<%text>` and `##` comments are text.
 */
function makoTemplateCode(template: string): EvaluatedCode | undefined {
  // `<%text>` holds text only; `##` starts a comment line.
  const code = template.replace(/<%text>[\s\S]*?<\/%text>/g, "").replace(/^[ \t]*##.*$/gm, "");
  const lines: string[] = [];
  for (const [, block] of code.matchAll(/<%!?(?![\w/])([\s\S]*?)%>/g)) lines.push(dedent(block!));
  for (const [, expression] of code.matchAll(/\$\{([\s\S]*?)\}/g)) lines.push(`(${expression!.trim()})`);
  for (const [, control] of code.matchAll(MAKO_CONTROL)) {
    const text = control!.trim();
    if (text && !MAKO_CONTROL_ENDS.test(text)) lines.push(`${text.replace(/:$/, "").replace(/^elif\b/, "if")}:\n    pass`);
  }
  if (/<%[\w/]/.test(code.replace(/<\/%\w+>/g, ""))) return { unread: "its template holds a Mako tag (`<%namespace>`, `<%include>`, `<%def>` …) the scan does not read, whose Python runs when rendered" };
  return lines.length ? { texts: [lines.join("\n")] } : undefined;
}

/** A block's lines with the indentation they share removed (Mako's `<% %>` are indented as the template is). */
function dedent(block: string): string {
  const lines = block.split("\n").filter((line) => line.trim());
  const indent = Math.min(...lines.map((line) => /^[ \t]*/.exec(line)![0].length));
  return lines.map((line) => line.slice(indent)).join("\n");
}

/** Tcl commands that leave the process: run a program, open a pipe or socket, load a library, source a file, or another interpreter. */
const TCL_CROSSING = /(?:^|[\s;\[{])(?:exec|open|socket|load|source|interp|package|http::\w+)(?=[\s;\]}]|$)/;

/** Tcl given to tkinter (`eval(script)`, `call(cmd, *args)`): every argument constant and no crossing command in them, else unread. */
function tclCode(args: Node[], constants: Constants): EvaluatedCode | undefined {
  const texts = args.map((arg) => (arg.type === "keyword_argument" ? undefined : NUMBERS.has(arg.type) ? arg.text : constants.stringOf(arg)));
  if (texts.some((text) => text === undefined)) return { unread: "it runs Tcl the scan cannot read, whose `exec` starts programs" };
  return TCL_CROSSING.test(texts.join(" ")) ? { unread: "it runs Tcl whose `exec`, `open`, `socket` or `load` leave the process" } : undefined;
}

/** The constant string a name resolver is given (Evaluator `name`), by keyword or position; undefined when it is no constant. */
export function namedArgument(args: Node[], subject: NonNullable<Evaluator["subject"]>, constants: Constants): string | undefined {
  const given = subjectArgument(args, subject);
  return given ? constants.stringOf(given) : undefined;
}

/** The argument an Evaluator's `subject` names, given by keyword or at its position; undefined when not given. */
export function subjectArgument(args: Node[], subject: NonNullable<Evaluator["subject"]>): Node | undefined {
  const keyword = args.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === subject.keyword);
  const given = keyword ? keyword.childForFieldName("value") : args[subject.position];
  return given && given.type !== "keyword_argument" ? given : undefined;
}

/** The root of the tree `node` is in (the file's module). */
function rootOf(node: Node): Node {
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

/** Code read after the file's own code (doctest's examples, evaluated annotations: their globals are the module's), each line placed in the file. */
function afterFile(source: string, what: DocExamples["what"], code: string[], lines: DocExamples["lines"]): EvaluatedCode {
  let fromLine = 2;
  for (const _ of source.matchAll(/\r\n|\r|\n/g)) fromLine++;
  return { texts: [`${source}\n${code.join("\n")}`], examples: { what, fromLine, lines } };
}

/**
 * What doctest runs: the `>>> ` examples of this file's docstrings and `__test__` strings, after the file's own code
 * (their globals are the module's). Given another module or object than one of this file's, they cannot be read here.
 */
function docstringsCode(call: Node, args: Node[], subject: NonNullable<Evaluator["subject"]>, constants: Constants, source: string): EvaluatedCode | undefined {
  if (args.some((arg) => arg.type === "list_splat" || arg.type === "dictionary_splat")) return { unread: "its arguments are spread" };
  const given = subjectArgument(args, subject);
  const root = rootOf(call);
  if (given && !OWN_MODULE.test(given.text.replace(/\s+/g, "")) && !(given.type === "identifier" && definedAtTop(root, given.text))) {
    return { unread: "it runs the examples in the docstrings of a module or object it is given, which the scan does not read" };
  }
  const examples = docExamples(root, constants);
  return examples.code.length ? afterFile(source, "a docstring example", examples.code, examples.lines) : undefined;
}

/**
 * What evaluating annotations runs: each string written in an annotation of this file (`def f(x: "expr")`, `List["T"]`,
 * `y: "T" = 1`), as an expression after the file's own code (their globals are the module's), judged where it stands.
 */
function annotationsCode(call: Node, constants: Constants, source: string): EvaluatedCode | undefined {
  return stringAnnotations([[rootOf(call), false]], constants, source, false);
}

/**
 * What a library evaluates as a definition is made (specs.ts Evaluator.defines): a class's fields' string annotations
 * (its body's annotated assignments, nested: `list["T"]`; not its methods'), a function's parameters' and return's;
 * each an expression after the file's own code.
 */
export function definedAnnotationsCode(definition: Node, constants: Constants, source: string): EvaluatedCode | undefined {
  if (definition.type === "class_definition") return stringAnnotations([[definition.childForFieldName("body"), false]], constants, source, true);
  return stringAnnotations([[definition.childForFieldName("parameters"), false], [definition.childForFieldName("return_type"), true]], constants, source, true);
}

/** The string annotations under `top` as code after the file's (`fields`: only its own statements' annotated assignments). */
function stringAnnotations(tops: readonly [node: Node | null, annotation: boolean][], constants: Constants, source: string, fields: boolean): EvaluatedCode | undefined {
  const code: string[] = [];
  const lines: { at: number; exact: boolean }[] = [];
  const visit = (node: Node, annotation: boolean) => {
    if (fields && !annotation && (node.type === "function_definition" || node.type === "class_definition" || node.type === "decorated_definition")) return;
    if (annotation && node.type === "string") {
      const text = constants.stringOf(node, 0, CODE);
      if (text !== undefined) {
        code.push(`(${text.replace(/\r\n|\r|\n/g, " ")})`);
        lines.push({ at: node.startIndex, exact: false });
      }
      return;
    }
    for (const child of node.namedChildren) {
      if (!child) continue;
      const field = ANNOTATION_FIELDS.get(node.type);
      visit(child, annotation || (field !== undefined && sameNode(node.childForFieldName(field), child)));
    }
  };
  for (const [top, annotation] of tops) if (top) visit(top, annotation);
  return code.length ? afterFile(source, "a string annotation", code, lines) : undefined;
}

/** The nodes holding an annotation, and its field: a parameter's type, a function's return type, an annotated assignment's type. */
const ANNOTATION_FIELDS: ReadonlyMap<string, string> = new Map([
  ["typed_parameter", "type"],
  ["typed_default_parameter", "type"],
  ["function_definition", "return_type"],
  ["assignment", "type"],
]);

/** This module, as doctest's callers name it (`None`, `sys.modules[__name__]`). */
const OWN_MODULE = /^(?:None|sys\.modules\[__name__\])$/;

/** Is `name` a function or class the file defines at its top level (`run_docstring_examples(f, globals())`)? */
function definedAtTop(root: Node, name: string): boolean {
  return root.namedChildren.some((node) => {
    const definition = node?.type === "decorated_definition" ? node.childForFieldName("definition") : node;
    return (definition?.type === "function_definition" || definition?.type === "class_definition") && definition.childForFieldName("name")?.text === name;
  });
}

/** A doctest example's first line (`>>> ` or a bare `>>>`) and a following line of it (`... `), the indentation captured (doctest's _EXAMPLE_RE). */
const PS1 = /^([ \t]*)>>>(?: |$)/;
const PS2 = /^[ \t]*\.\.\.(?: |$)/;

/** Docstrings (the first statement of the module, a class or a function, at any depth: a superset of what doctest's finder reads) and `__test__`'s strings. */
function docStrings(root: Node): Node[] {
  const found: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "module" || node.type === "block") {
      const first = node.namedChildren.find((child) => child?.type !== "comment");
      const value = first?.type === "expression_statement" && first.namedChildCount === 1 ? first.namedChild(0) : undefined;
      if (value?.type === "string" || value?.type === "concatenated_string") found.push(value);
    }
    // `__test__ = {"name": ">>> …"}`: testmod runs each string value as a docstring.
    if (node.type === "assignment" && node.childForFieldName("left")?.text === "__test__" && node.childForFieldName("right")?.type === "dictionary") {
      for (const pair of node.childForFieldName("right")!.namedChildren) {
        const value = pair?.type === "pair" ? pair.childForFieldName("value") : undefined;
        if (value?.type === "string" || value?.type === "concatenated_string") found.push(value);
      }
    }
    for (const child of node.namedChildren) if (child && child.type !== "string" && child.type !== "comment") stack.push(child);
  }
  return found;
}

/**
 * The examples of the file's docstrings, dedented, each line with the file offset of its text. A docstring without
 * escapes is read where it stands; one with escapes (`\x3e\x3e\x3e os.system(…)` is a prompt too) as Python reads it, its
 * lines placed at its start.
 */
function docExamples(root: Node, constants: Constants): { code: string[]; lines: { at: number; exact: boolean }[] } {
  const found = { code: [] as string[], lines: [] as { at: number; exact: boolean }[] };
  for (const node of docStrings(root)) {
    const verbatim = node.type === "string" ? stringValue(node) : undefined;
    const text = verbatim ?? constants.stringOf(node, 0, CODE);
    if (text === undefined || !text.includes(">>>")) continue;
    const start = verbatim !== undefined && node.child(0)?.type === "string_start" ? node.child(0)!.endIndex : node.startIndex;
    examplesIn(text, verbatim !== undefined ? start : undefined, node.startIndex, found);
  }
  return found;
}

/**
 * The examples of a docstring or a text file (doctest's parser), dedented, added to `found`: each line at the offset of
 * its text (`start`: where `text` begins), or at `otherwise` when the text was read through escapes (not exact).
 */
function examplesIn(text: string, start: number | undefined, otherwise: number, found: { code: string[]; lines: { at: number; exact: boolean }[] }): void {
  let indent: string | undefined;
  let at = 0;
  for (const line of text.split(/(?<=\r\n|\r(?!\n)|\n)/)) {
    const content = line.replace(/\r?\n$|\r$/, "");
    const prompt = PS1.exec(content);
    const continued = indent !== undefined && PS2.test(content) && content.startsWith(indent);
    if (prompt || continued) {
      const skip = (prompt ? prompt[1]!.length : indent!.length) + 4;
      if (prompt) indent = prompt[1]!;
      found.code.push(content.slice(skip));
      found.lines.push({ at: start !== undefined ? start + at + Math.min(skip, content.length) : otherwise, exact: start !== undefined });
    } else indent = undefined;
    at += line.length;
  }
}

/** What doctest runs of a module the configuration has it run (pytest's `--doctest-modules`): its docstrings' examples, after its code. */
export function moduleExamples(root: Node, source: string): EvaluatedCode | undefined {
  const examples = docExamples(root, new Constants());
  return examples.code.length ? afterFile(source, "a docstring example", examples.code, examples.lines) : undefined;
}

/** What doctest runs of a text file (`--doctest-glob`, `python -m doctest notes.txt`): its examples, in globals of their own. */
export function textExamples(text: string): EvaluatedCode | undefined {
  if (!text.includes(">>>")) return undefined;
  const found = { code: [] as string[], lines: [] as { at: number; exact: boolean }[] };
  examplesIn(text, 0, 0, found);
  return found.code.length ? afterFile("", "an example of a doctest text file", found.code, found.lines) : undefined;
}

/** A function body that only returns a name and its members (`return this`, `return globalThis.process;`), the expression captured. */
const RETURNED_NAME = /^\s*return\s+([^;]*?)\s*;?\s*$/;
/** Code that is only an expression (`this`, `globalThis;`), captured. */
const EVALUATED_NAME = /^\s*([^;]*?)\s*;?\s*$/;

/** JavaScript code that is only a name and its members (`this`, `process.mainModule;`; a `body`: `return this`): the names, else undefined. */
export function nameChainOf(code: string, body: boolean): string[] | undefined {
  const expression = (body ? RETURNED_NAME : EVALUATED_NAME).exec(code)?.[1];
  const chain = expression === undefined ? undefined : simpleChain(expression);
  return chain?.length ? chain : undefined;
}

/** Do the arguments make a data loader run what its data names (Evaluator.unsafeWith)? A value that is no literal may. */
function loadsUnsafely(args: Node[], unsafe: NonNullable<Evaluator["unsafeWith"]>): boolean {
  const keyword = args.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === unsafe.keyword);
  const positional = unsafe.position !== undefined && args[unsafe.position]?.type !== "keyword_argument" ? args[unsafe.position] : undefined;
  const value = keyword ? keyword.childForFieldName("value") : positional;
  if (!value) return unsafe.absent === "unsafe";
  return value.type === "true" || value.type === "false" ? value.text === unsafe.value : true;
}

/**
 * Each parameter holding code, by position or keyword (`timeit.timeit("f()", setup=s)`): the constant ones' texts, or why
 * one cannot be read. A lambda is a callable, run as it is; any other value may be a string made at run time.
 */
function parametersCode(args: Node[], parameters: readonly string[], constants: Constants): EvaluatedCode | undefined {
  const positional = args.findIndex((arg) => arg.type === "keyword_argument");
  const texts: string[] = [];
  for (const [i, name] of parameters.entries()) {
    const keyword = args.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === name);
    const arg = keyword ? keyword.childForFieldName("value") : i < (positional < 0 ? args.length : positional) ? args[i] : undefined;
    if (!arg) continue;
    const code = constants.stringOf(arg, 0, CODE);
    if (code !== undefined) texts.push(code);
    else if (arg.type !== "lambda") return { unread: "its code is not a constant string" };
  }
  // The setup runs before the statement, in its namespace (`timeit("os.system(c)", setup="import os")`): one program.
  return texts.length ? { texts: [texts.reverse().join("\n")] } : undefined;
}

/** The inspector protocol's methods that evaluate code, and the parameter holding it. */
export const INSPECTOR_EVALUATES: ReadonlyMap<string, string> = new Map([
  ["Runtime.evaluate", "expression"],
  ["Runtime.compileScript", "expression"],
  ["Debugger.evaluateOnCallFrame", "expression"],
  ["Runtime.callFunctionOn", "functionDeclaration"],
]);

/** `session.post("Runtime.evaluate", { expression })`: the expression (a function declaration read as an expression); any other method runs no code. */
function inspectorCode(args: Node[], constants: Constants): EvaluatedCode | undefined {
  const method = constants.stringOf(args[0]);
  if (method === undefined) return { unread: "its method is not a constant string" };
  const parameter = INSPECTOR_EVALUATES.get(method);
  if (!parameter) return undefined;
  const params = args[1];
  const property = params?.type === "object" ? namedChildrenOf(params).find((p) => (p.type === "pair" ? p.childForFieldName("key")?.text.replace(/['"]/g, "") : p.type === "shorthand_property_identifier" ? p.text : undefined) === parameter) : undefined;
  const code = constants.stringOf(property?.type === "pair" ? property.childForFieldName("value") : property, 0, CODE);
  return code === undefined ? { unread: "its code is not a constant string" } : { texts: [`(${code})`] };
}

/** A worker's options holding `eval: true`: its first argument is code. */
function evalOption(options: Node | undefined): boolean {
  return options?.type === "object" && namedChildrenOf(options).some((pair) => pair.type === "pair" && pair.childForFieldName("key")?.text.replace(/['"]/g, "") === "eval" && pair.childForFieldName("value")?.text === "true");
}

/**
 * A worker script the scan reads as the file it is: a JavaScript source named by a literal path or URL (`"./w.js"`,
 * `new URL("./w.mjs", import.meta.url)`, `path.join(__dirname, "w.js")`), or this file (`__filename`, `import.meta.url`).
 */
const WORKER_SCRIPT = /\.[cm]?[jt]sx?['"`]\s*(?:,\s*import\s*\.\s*meta\s*\.\s*url\s*)?\)?$|^__filename$|^import\s*\.\s*meta\s*\.\s*url$/;

/** What may be a string built at run time: a timer given one runs it as code. */
const STRINGS = new Set(["string", "template_string", "binary_expression", "concatenated_string"]);

/** The text using a call's value in place: `.system("true")` of `eval("…").system("true")`. */
function useAfter(call: Node, source: string): string {
  let top = call;
  for (let parent = top.parent; parent && USES.has(parent.type); parent = top.parent) {
    const held = parent.childForFieldName("object") ?? parent.childForFieldName("function") ?? parent.childForFieldName("value");
    if (!sameNode(held, top)) break;
    top = parent;
  }
  return source.slice(call.endIndex, top.endIndex);
}

const sameNode = (a: Node | null | undefined, b: Node) => a?.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;

/**
 * The `code` of a call site whose path is an evaluator (`call`: the call or `new`, or the array of arguments Reflect calls it with); `passed`: the evaluator handed on
 * as a value (`map(eval, xs)`), which runs code the scan cannot see when it is one that `passed` says does.
 */
export function codeOfCall(filter: ModuleFilter, constants: Constants, source: string, path: ModulePath, form: "call" | "new", call: Node | null, passed = false): { code?: EvaluatedCode } {
  const evaluator = filter.evaluator(path, form);
  if (!evaluator) return {};
  const code = passed ? (evaluator.passed ? { unread: "it is passed as a value, to run what it is given" } : undefined) : call && evaluatedCode(call, evaluator, constants, source);
  return code ? { code } : {};
}

/**
 * JavaScript code's names that the call gives it under other names than the globals the scan knows, as declarations put
 * before the code on its first line (its lines stay the code's): a context object's keys (`vm.runInNewContext(code, { r:
 * require })`, `vm.createContext({ load: require })` held by a name, `new vm.Script(code).runInNewContext({ m: module })`,
 * `vm.compileFunction`'s `contextExtensions`), the parameters a function made from the code is called with in place
 * (`new Function("r", code)(require)`, `vm.compileFunction(code, ["r"])(require)`), and what the file stores on the global
 * object (`globalThis.m = module`, which code run in the main context reads by its bare name). Each is the value's own
 * text (`var r = require;`, `var cp = require("child_process");`), read where the code mentions the name. "" when none.
 */
function givenNames(call: Node, evaluator: Evaluator, constants: Constants, source: string, texts: string[]): string {
  const given = new Map<string, Node>();
  const give = (name: string | undefined, written: Node | null | undefined) => {
    let value = written;
    while (value && TYPE_WRAPPERS.has(value.type)) value = value.namedChild(0);
    if (name !== undefined && value && !given.has(name) && NAME.test(name) && !KNOWN_GLOBALS.has(name)) given.set(name, value);
  };
  const root = rootOf(call);
  const fn = call.type === "call_expression" ? call.childForFieldName("function") : call.type === "new_expression" ? call.childForFieldName("constructor") : null;
  const method = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text : fn?.text;
  const args = namedChildrenOf(call.type === "call_expression" || call.type === "new_expression" ? call : null);
  if (method === "runInNewContext" || method === "runInContext") contextKeys(args[1], root, source, give);
  // `new vm.Script(code).runInNewContext(ctx)`: the context is the method's.
  const member = call.parent?.type === "member_expression" && sameNode(call.parent.childForFieldName("object"), call) ? call.parent : call.parent?.type === "parenthesized_expression" && call.parent.parent?.type === "member_expression" ? call.parent.parent : null;
  const run = member?.childForFieldName("property")?.text;
  if ((run === "runInNewContext" || run === "runInContext") && member!.parent?.type === "call_expression") contextKeys(namedChildrenOf(member!.parent)[0], root, source, give);
  // A function made from the code, called in place: its parameters are the call's arguments.
  let params: Array<string | undefined> = [];
  if (method === "compileFunction") {
    params = args[1]?.type === "array" ? namedChildrenOf(args[1]).map((param) => constants.stringOf(param)) : [];
    const options = args[2]?.type === "object" ? namedChildrenOf(args[2]).find((pair) => pair.type === "pair" && keyOf(pair.childForFieldName("key")) === "contextExtensions") : undefined;
    for (const extension of namedChildrenOf(options?.childForFieldName("value") ?? null)) contextKeys(extension, root, source, give);
  } else if (evaluator.reads === "body") params = args.slice(0, -1).flatMap((param) => (constants.stringOf(param) ?? "?").split(",").map((name) => name.trim()));
  const invoked = call.parent?.type === "call_expression" && sameNode(call.parent.childForFieldName("function"), call) ? namedChildrenOf(call.parent.childForFieldName("arguments") ?? null) : [];
  params.forEach((name, i) => give(name, invoked[i]?.type === "spread_element" ? undefined : invoked[i]));
  // `globalThis.m = module`: the global object's properties, read by bare names in the code.
  for (const { index } of source.matchAll(GLOBAL_STORE)) {
    const target = root.descendantForIndex(index)?.parent;
    const assignment = target?.type === "member_expression" && target.parent?.type === "assignment_expression" && sameNode(target.parent.childForFieldName("left"), target) ? target.parent : undefined;
    give(target?.childForFieldName("property")?.text, assignment?.childForFieldName("right"));
  }
  const code = texts.join("\n");
  let out = "";
  for (const [name, value] of given) {
    const text = value.text.replace(/\s+/g, " ");
    if (!VALUE_TYPES.has(value.type) || text.length > MAX_GIVEN_TEXT || text === name || !new RegExp(`(?<![\\p{L}\\p{N}_$.])${namePattern(name)}(?![\\p{L}\\p{N}_$])`, "u").test(code)) continue;
    out += `var ${name} = ${text}; `;
  }
  return out;
}

/** A plain name (a context's key, a parameter): one the code can read bare. */
const NAME = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
/** Names the code's scan knows itself (a declaration of one would hide it from that scan), and the global objects. */
const KNOWN_GLOBALS = new Set(["require", "module", "process", "exports", "globalThis", "global", "window", "self", "eval", "Function", "fetch", "import"]);
/** Values given as their own text: a name, a member, a call (`require("child_process")`), a subscript. */
const VALUE_TYPES = new Set(["identifier", "member_expression", "call_expression", "subscript_expression"]);
/** Longer values are not copied (what they are is still judged where the file writes them). */
const MAX_GIVEN_TEXT = 300;
/** `globalThis.x =` (not `==`): a store on the global object. */
const GLOBAL_STORE = /(?<![\p{L}\p{N}_$.])(?:globalThis|global|window|self)\s*\.\s*[\p{L}_$][\p{L}\p{N}_$]*\s*=(?![=>])/gu;
/** TypeScript's casts around a context or a value (`{ r: require } as any`, `require as never`), read as what they hold. */
const TYPE_WRAPPERS = new Set(["as_expression", "satisfies_expression", "non_null_expression", "type_assertion"]);
/** How many names (or `createContext(…)` calls) a context is followed through to its object. */
const MAX_CONTEXT_STEPS = 4;

/** A key written in an object literal: a name or a string. */
function keyOf(key: Node | null | undefined): string | undefined {
  if (!key) return undefined;
  if (key.type === "property_identifier" || key.type === "identifier") return key.text;
  return key.type === "string" ? stringValue(key) : undefined;
}

/** The keys of a context object (an object literal, `vm.createContext(obj)`, a name declared as either), each with its value. */
function contextKeys(context: Node | undefined, root: Node, source: string, give: (name: string | undefined, value: Node | null | undefined) => void): void {
  let node: Node | null | undefined = context;
  for (let step = 0; node && step < MAX_CONTEXT_STEPS && node.type !== "object"; step++) {
    if (node.type === "parenthesized_expression" || TYPE_WRAPPERS.has(node.type)) node = node.namedChild(0);
    else if (node.type === "call_expression" && /createContext$/.test(node.childForFieldName("function")?.text ?? "")) node = namedChildrenOf(node)[0];
    else if (node.type === "identifier") node = declaredValue(node.text, root, source);
    else return;
  }
  if (node?.type !== "object") return;
  for (const entry of namedChildrenOf(node)) {
    if (entry.type === "shorthand_property_identifier") give(entry.text, entry);
    else if (entry.type === "pair") give(keyOf(entry.childForFieldName("key")), entry.childForFieldName("value"));
  }
}

/** The value of the first `const|let|var name = …` of the file. */
function declaredValue(name: string, root: Node, source: string): Node | null | undefined {
  const at = new RegExp(`\\b(?:const|let|var)\\s+${namePattern(name)}\\s*=`, "u").exec(source);
  if (!at) return undefined;
  const declared = root.descendantForIndex(at.index + at[0].indexOf(name, 3))?.parent;
  return declared?.type === "variable_declarator" ? declared.childForFieldName("value") : undefined;
}
