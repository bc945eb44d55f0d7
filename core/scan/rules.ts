import type { Finding, Severity } from "../kernel/findings";
import { defineRule } from "../kernel/rule";
import { MAX_CODE_DEPTH } from "./evaluators";
import { MAX_CODE_CHARS } from "./resolve";

// Digits grouped by hand: `toLocaleString` would load ICU's number formatting as the bundle loads (~20 ms of every start).
const MAX_CODE_CHARS_WRITTEN = String(MAX_CODE_CHARS).replace(/\B(?=(?:\d{3})+$)/g, ",");

/** What every boundary finding says it skips: the gateway's guarantees. */
export const BYPASSED = "the tool gateway's policy, approvals, budgets, idempotency ledger and audit";

const ROUTE = "Route it through the tool gateway as a registered tool so policy, approvals, budgets, idempotency and audit apply. If this file IS the gateway's own implementation, list it under `scan.allow` in .flowgate.yml; for a one-off, add `# flowgate: ignore-boundary -- <reason>` (Python) or `// flowgate: ignore-boundary -- <reason>` (JS/TS) at the end of the line.";

/** `callee` is the source text of the callee, `target` the resolved module member it reaches. */
type BoundaryArgs = [callee: string, target: string];

const describe = (callee: string, target: string) => (callee === target || callee === `new ${target}` ? `\`${callee}\`` : `\`${callee}\` (${target})`);

export const shellCommand = defineRule<BoundaryArgs>({
  id: "scan/shell-command",
  severity: "error",
  category: "shell",
  summary: "Agent code starts a process or shell command directly instead of through the tool gateway.",
  help: `Starting processes (os.system, subprocess, pty, pexpect, asyncio/anyio/trio subprocesses (an event loop however got), webbrowser, pipes, distutils' spawn and a compiler's, the standard library's helpers (uuid's command output, multiprocessing's spawnv_passfds, test.support's script_helper), invoke, sh, Ansible Runner, Twisted's processes, child_process, cluster workers, cross-spawn, execa, shelljs, zx, node-pty, open, an MCP client's stdio transport (it starts the server's command), the coding agents' SDKs that start their CLI (Claude Agent SDK, Codex SDK), Bun.spawn, Bun's shell, Deno.Command; the boundary table below lists every member; in a Jupyter notebook, IPython's shell escapes \`!cmd\`, \`x = !cmd\` and its shell magics \`%%bash\`, \`%pip\`, \`%sx\`, \`%ls\` …, also \`pip install x\` alone in a cell) from agent code bypasses ${BYPASSED}. ${ROUTE}`,
  message: (callee, target) => `${describe(callee, target)} starts a process directly, bypassing ${BYPASSED}.`,
});

export const networkCall = defineRule<BoundaryArgs>({
  id: "scan/network-call",
  severity: "error",
  category: "network",
  summary: "Agent code opens an HTTP or socket connection directly instead of through the tool gateway.",
  help: `Direct network calls (requests, httpx, urllib, http.client, aiohttp, socket connections and name lookups, ssl, fabric, websockets, websocket-client, Twisted's reactor, endpoints and web client, the Kubernetes client, google-auth's authorized clients, gRPC channels, an MCP client's HTTP, SSE and WebSocket transports, boto3 clients and AWS SDK v3 service clients, the service SDKs agent tools are built on (Google's API clients, Slack, Discord, Twilio, tweepy, Notion, Stripe, duck-duck-scrape), logging's network handlers, fetch, WebSocket, XMLHttpRequest, ws, http/https, axios, got, node-fetch, undici, superagent, needle, ky, simple-get, cross-fetch, openapi-fetch, Connect's RPC transports, E2B's sandboxes, ssh2, node-ssh, Bun's and Deno's sockets, name lookups and clients; the boundary table below lists every member) from agent code bypass ${BYPASSED}. ${ROUTE}`,
  message: (callee, target) => `${describe(callee, target)} makes a network call directly, bypassing ${BYPASSED}.`,
});

export const modelSdk = defineRule<BoundaryArgs>({
  id: "scan/model-sdk",
  severity: "error",
  category: "model",
  summary: "Agent code calls a model provider's SDK directly instead of through the tool gateway.",
  help: `Calling model SDKs (OpenAI, Anthropic, Google, Cohere, Mistral, LiteLLM, the Vercel AI SDK, Ollama, Groq, Together, Replicate, Hugging Face Inference, Amazon Bedrock, Vertex AI, LangChain's model classes, agent SDKs that run a model: OpenAI's Agents SDK, the Claude Agent SDK, Pydantic AI, DSPy; the boundary table below lists every member) directly from agent code bypasses ${BYPASSED}, including model budgets. ${ROUTE}`,
  message: (callee, target) => `${describe(callee, target)} calls a model provider directly, bypassing ${BYPASSED}.`,
});

/** Custom rules from .flowgate.yml share this id; their own id, category and message travel in the finding. */
export const customBoundary = defineRule<[message: string]>({
  id: "scan/custom",
  severity: "error",
  category: "custom",
  summary: "A boundary declared in .flowgate.yml (scan.custom) is crossed directly.",
  help: `A project-declared boundary (scan.custom in .flowgate.yml) is called directly, bypassing ${BYPASSED}. ${ROUTE}`,
  message: (message) => message,
});

export const boundaryImport = defineRule<[module: string]>({
  id: "scan/boundary-import",
  severity: "warning",
  category: "custom",
  summary: "A module a boundary rule watches is imported; no call through it was found, but the rule asks to report the import.",
  help: `The module is imported by agent code. Even without a visible call it can be reached indirectly (passed around, called through reflection), bypassing ${BYPASSED}. ${ROUTE}`,
  message: (module) => `\`${module}\` is imported by agent code; the boundary rule for it reports the import itself.`,
});

export const starImport = defineRule<[module: string]>({
  id: "scan/star-import",
  severity: "note",
  category: "scan",
  summary: "`from <watched module> import *` hides which names reach the outside world.",
  help: "A star import of a module the boundary scan watches makes every name ambiguous: only the members the rules list by name (os.system, pty.spawn, ...) are still recognised. Import the names explicitly so calls can be checked.",
  message: (module) => `\`from ${module} import *\`: only names the boundary rules list explicitly are recognised after a star import; import names explicitly.`,
});

export const dynamicCode = defineRule<[evaluator: string, reason: string]>({
  id: "scan/dynamic-code",
  // An error, so the gate fails closed: code handed to the evaluator as a value (`exec(base64.b64decode(…))`, `eval(atob(…))`) can reach anything unseen.
  severity: "error",
  category: "scan",
  summary: "Agent code runs code the scan cannot read: exec, eval, compile, new Function, vm or a string timer given a value that is not a constant string; a module loaded by a name computed at run time; a file run by its path (runpy, a source loader, a notebook's %run); a pickle or other data naming functions loaded; an IPython magic the scan does not know.",
  help: `Code handed to the language's evaluator as a string — Python's \`exec\`, \`eval\`, \`compile\`, the \`code\` module's \`runsource\`/\`runcode\`/\`push\`/\`compile_command\` and \`codeop\`'s compilers, string annotations evaluated (\`typing.get_type_hints\`, \`inspect.signature(f, eval_str=True)\`: each string annotation of the file scanned, its crossings reported where it stands), the debuggers', profilers' and timers' (\`pdb.run\`/\`runeval\`/\`runctx\`, \`profile\` and \`cProfile\`'s \`run\`/\`runctx\`, \`trace.Trace().run\`, \`timeit.timeit\`/\`repeat\`/\`Timer\`: statement and setup); JavaScript's \`eval\`, \`Function\`/\`new Function\` (also called through Reflect, \`Reflect.construct(Function, [code])\`, or reached through \`constructor\`: \`x.constructor.constructor(code)\`, \`(async () => {}).constructor(code)\`), \`vm.runInThisContext\`/\`runInNewContext\`/\`runInContext\`/\`compileFunction\`, \`new vm.Script\`, \`new vm.SourceTextModule\`, \`new Worker(code, { eval: true })\`, \`setTimeout\`/\`setInterval\` given a string, a CommonJS module compiled from a string (\`new Module(id)._compile(code, file)\`, \`Module.prototype._compile.call(m, code, file)\`, \`module._compile(code, file)\`), an inspector session's \`post("Runtime.evaluate", { expression })\` — runs with the agent's rights (a worker given a script not named as a JavaScript source, \`new Worker("./payload.txt")\`, is this error too), as does a file run or loaded by its path or name (\`runpy.run_path\`/\`run_module\`, \`SourceFileLoader\`, \`SourcelessFileLoader\`, \`ExtensionFileLoader\`, \`FileFinder\`, \`spec_from_file_location\`, a zip archive's \`zipimporter(…).load_module\`, \`imp.load_source\`/\`load_compiled\`/\`load_dynamic\`/\`load_module\`, \`logging.config.fileConfig\` (it evaluates each handler's \`args\`), \`SOURCE_SUFFIXES.append(…)\`: any file, whatever its name, even a constant path naming a project file (the finding shows the reviewer what runs; suppress it with a reason); a web worker's \`importScripts(url)\`, Node's module loader hooks \`register(specifier)\`, which run the module named and see every module loaded after it, Node's CommonJS loader driven by hand: its table of file kinds changed or called (\`require.extensions[".txt"] = require.extensions[".js"]\`, \`Module._extensions\`), its module wrapper replaced (\`Module.wrap = …\`, \`Module.wrapper[0] = …\`), \`new Module(id).load(f)\`, \`Module.runMain()\`, the test runner's \`run({ files })\`), an interactive interpreter reading a stream (\`require("repl").start()\`, Python's \`code.interact()\`, \`logging.config.listen()\`, which takes configurations from a socket, a debugger's prompt: \`breakpoint()\`, \`pdb.set_trace()\`), CPython's C API through \`ctypes.pythonapi\` (\`PyRun_SimpleString\`, \`PyImport_ImportModule\`), a native library loaded (\`ctypes.CDLL\`, \`cdll.LoadLibrary\`, \`cffi.FFI().dlopen\`, \`process.dlopen\`, \`Deno.dlopen\`, \`bun:ffi\`'s \`dlopen\`, a native addon required by its path: \`require("./build/Release/x.node")\`) and a pickle or other data that names functions loaded (\`pickle.loads\`/\`load\`/\`Unpickler\`, \`dill\`, \`joblib.load\`, \`cloudpickle\`, \`numpy.load(f, allow_pickle=True)\`, \`torch.load\` unless \`weights_only=True\`, \`shelve.open\`, \`jsonpickle.decode\`, \`pandas.read_pickle\`, PyYAML's \`unsafe_load\` and its full loaders handed over, \`yaml.load(s, Loader=yaml.Loader)\`, pickle's private and C loaders, \`ForkingPickler.loads\`: loading calls whatever function its data names), a code object read from bytes or made into a function (\`marshal.loads\`, \`types.CodeType\`, \`types.FunctionType\`), a loader class built on \`importlib.abc.SourceLoader\` made, a name resolved to a module's member that the scan cannot read (\`pydoc.locate(name)\`, logging's configurators' \`resolve\`, \`EntryPoint(n, name, g).load()\`; a constant name is that member), a builtin or global picked by a name read at run time (\`getattr(builtins, name)\`, \`globalThis[name]\`, \`Reflect.get(window, name)\`: \`eval\` and \`fetch\` among them), which are always this error; so is a module loaded by a name the scan cannot read (\`require(n)\`, \`import(atob(…))\`, \`process.getBuiltinModule(x)\`, \`__import__(b64decode(…))\`, \`importlib.import_module(name)\`: any module, a shell or network one included), and Python's \`object.__subclasses__()\` (also \`().__class__.__base__.__subclasses__()\`: every class loaded, \`subprocess.Popen\` among them, picked by a name built at run time) — a name written as a path (\`require("./plugins/" + p)\`, \`path.join(__dirname, f)\`) or relative to a Python package (\`import_module(f".{name}", __package__)\`) names a project file, judged on its own, and is not (one the scan folds to a project path, \`require(path.join(__dirname, "x.txt"))\`, is judged as JavaScript whatever its name). In a Jupyter notebook, \`%run\` (a file), \`%load\`, \`%store -r\` (pickles read back) and any magic the scan does not know (an extension's \`%%sql\`, \`%ai\`: what it runs is not read) are this error too; so is IPython's shell running a magic by a name it is not given as a constant (\`get_ipython().run_line_magic(name, …)\`). Where the code is a constant the scan can read (a literal, literals joined, a string constant of the file; at most ${MAX_CODE_CHARS_WRITTEN} characters), it is scanned as code of the same language, ${MAX_CODE_DEPTH} levels deep at most, and each crossing in it is reported at the call ("It runs in the code passed to \`exec\`"). Where it is not (\`exec(base64.b64decode(…))\`, \`eval(atob(…))\`, code built at run time, read from a file or a model's reply), the scan cannot say what it reaches, so it reports this error, as Bandit (B102, B307) and ESLint (no-eval, no-new-func, no-implied-eval) do. The builtins only: a function of the file named \`exec\` or \`eval\`, a parameter, local or import of that name, or a method (\`re.compile\`, \`cursor.exec(…)\`, \`regex.exec(s)\`) is not one. Run generated code through the tool gateway (a sandboxed code-execution tool) instead; for a one-off, add \`# flowgate: ignore-boundary -- <reason>\` (Python) or \`// flowgate: ignore-boundary -- <reason>\` (JS/TS) at the end of the line.`,
  message: (evaluator, reason) => `\`${evaluator}\` runs code the scan cannot read (${reason}); what it runs could bypass ${BYPASSED}.`,
});

export const unusedSuppression = defineRule<[marker: string]>({
  id: "scan/unused-suppression",
  severity: "note",
  category: "scan",
  summary: "A boundary suppression comment suppresses nothing.",
  help: "The `ignore-boundary` / `ignore-next-line` comment is not on (or just before) a line with a boundary finding. Remove it so it cannot hide a future call by accident.",
  message: (marker) => `\`${marker}\` suppresses nothing; remove it.`,
});

export const suppressionWithoutReason = defineRule<[marker: string]>({
  id: "scan/suppression-without-reason",
  severity: "warning",
  category: "scan",
  summary: "A boundary suppression gives no reason while scan.require-reason is on.",
  help: "With `scan.require-reason: true` every suppression must say why after `--`, e.g. `# flowgate: ignore-boundary -- the gateway's own HTTP client`.",
  message: (marker) => `\`${marker}\` gives no reason; add \`-- <why this call may bypass the gateway>\`.`,
});

export const parseError = defineRule<[language: string]>({
  id: "scan/parse-error",
  // An error: the parser reads past a syntax error by guessing, and a guess can misread a name anywhere in the file
  // (an import's, a class field's), so a change could hide a call behind syntax the grammar lacks. Only files the scan
  // parses are judged: those that mention something watched or import a project file offering it.
  severity: "error",
  category: "scan",
  summary: "A source file that mentions a watched module or name does not parse, so the boundary scan cannot vouch for it.",
  help: "The file has a syntax error where marked. The parser reads past it by guessing, which can misread names anywhere in the file, so a call could pass unseen. Fix the syntax. If Node or tsc accept the file as written, it uses a construct the grammar does not read yet (known ones are read: `export type *`, variance annotations, `static accessor`, import `assert`, reserved words as imported or exported names): write it another way, such as a `;` where Node inserts one, or `{ \"in\" as schema }` for a reserved word used as a name.",
  message: (language) => `This ${language} file does not parse here; the scan cannot vouch for the calls around the error.`,
});

export const respelledName = defineRule<[written: string, reads: string]>({
  id: "scan/respelled-name",
  // An error: the spelling is how a change would hide a call from a scan that matches names as written.
  severity: "error",
  category: "scan",
  summary: "A name or string spells plain letters otherwise (escapes, compatibility characters), which the language reads as a plain name the scan cannot follow.",
  help: "Python reads identifiers in NFKC form (`ｏｓ.ｓｙｓｔｅｍ` is `os.system`), JavaScript decodes `\\u` escapes in identifiers (`\\u0066etch` is `fetch`), and both decode escapes in strings (`require(\"child\\u005fprocess\")`). The boundary scan matches names as they are written, so a call spelled that way would pass unseen; it is reported instead. Write the name plainly. Escapes of other characters (control characters, quotes, non-ASCII text, `<\\u002Fscript>`) are not reported.",
  message: (written, reads) => `\`${written}\` is read as \`${reads}\`: the scan matches names as written and cannot follow this spelling; write it plainly.`,
});

export const skippedFile = defineRule<[reason: string]>({
  id: "scan/skipped-file",
  // An error, so the gate fails closed: a change could otherwise hide a call by padding its file past the size
  // limit, adding a NUL byte, or nesting code until parsing or the tree search runs out of time.
  severity: "error",
  category: "scan",
  summary: "A source file in the scan's scope could not be checked (unreadable, binary, over the size limit, a Git LFS pointer, too costly to parse or search, or a notebook whose JSON or kernel language cannot be read).",
  help: "The boundary scan could not check this file, so it cannot say the file calls nothing directly; the gate fails closed. If the file is generated or vendored, exclude it under `scan.exclude` (on a pull request the base commit's configuration applies); raise `limits.max-file-bytes` for large sources; fix deeply nested or broken code; check sources stored in Git LFS out with their content (`actions/checkout` with `lfs: true`) so the scan reads what runs.",
  message: (reason) => `Not scanned: ${reason}.`,
});

export const compiledModule = defineRule<[what: string]>({
  id: "scan/compiled-module",
  // An error, so the gate fails closed: a change could otherwise commit its call compiled, beside a clean source.
  severity: "error",
  category: "scan",
  summary: "A compiled module the scan cannot read is in its scope: a native Python extension, Python bytecode, a hash-based bytecode cache, a zip archive of Python modules or a Node addon, which an import loads as it loads a source.",
  help: `An import loads compiled code as it loads source, and the scan cannot read what compiled code calls, so it cannot say the module calls nothing around ${BYPASSED}. Python finds an extension module (\`x.cpython-311-x86_64-linux-gnu.so\`, \`x.abi3.so\`, \`x.so\`, \`x.pyd\`) before an \`x.py\` in the same folder, loads bytecode (\`x.pyc\`) where no \`x.py\` is, and runs a hash-based cache (\`__pycache__/x.cpython-311.pyc\` written with an unchecked or checked hash, PEP 552) in place of \`x.py\`: an unchecked one without comparing it with the source, a checked one comparing only the source's hash written in it, not the code it holds. Node's \`require("./x")\` loads \`x.node\` where no \`x.js\` or \`x.json\` is. Python imports modules from a zip archive put on its path (\`sys.path.insert(0, "tools.whl")\`): a \`.zip\`, \`.whl\`, \`.egg\` or \`.pyz\` listing Python modules is reported (judged as an \`x.py\` beside it would be; on a pull request the trust model knows an archive by its zip directory, whatever its name). A module is judged where its source would be scanned (\`scan.include\`, \`scan.exclude\`), in a \`__pycache__\` folder too, and with \`--changed-files\` (pre-commit) wherever the change adds it (\`node_modules\`, \`vendor\`). A run against a base (\`flowgate check --base\`, the Action on a pull request) reports the compiled modules the change adds or edits as \`gate/compiled-code-added\` instead, which another writer's approving review clears. Caches stamped with their source's modification time, which Python writes as it runs, are not reported: Python loads one only while that time matches the source's, and a checkout writes each source with its own time. Build compiled modules in CI from reviewed source rather than committing them; a compiled module that is reviewed and meant to be there (a vendored wheel's) is left out with \`scan.exclude\` (on a pull request the base commit's configuration applies).`,
  message: (what) => `Code the scan cannot read, ${what}; what it runs could bypass ${BYPASSED}.`,
});

export const analysisPending = defineRule<[]>({
  id: "scan/analysis-pending",
  severity: "note",
  category: "scan",
  summary: "Editors only: the file is being re-analysed after an edit whose broken syntax makes parsing slow; its findings are replaced when that finishes.",
  help: "Shown by the language server, never by `flowgate check`: an edit left syntax (an unclosed `(` near the top of a large Python file) that tree-sitter's error recovery parses slowly. The parse goes on between keystrokes; until it finishes, the file's other findings are those from before the edit, moved with it. The finished analysis replaces all of them, and equals what `flowgate check` reports for the text.",
  message: () => "Re-analysing this file: parsing it after this edit takes long (broken syntax). Until it finishes, the file's other findings are those from before the edit, moved with it.",
});

export const excludedSources = defineRule<[count: number, folders: string]>({
  id: "scan/excluded-sources",
  severity: "note",
  category: "scan",
  summary: "Source files in default-excluded folders (dist, build, vendor, vendored, third_party) were not scanned.",
  help: "Folders named dist, build, vendor, vendored or third_party are left out of every check by default, so code there is not scanned. If they hold your own code, set `scan.default-excludes: false` in .flowgate.yml to scan them (node_modules, .git, virtualenvs, site-packages and __pycache__ stay excluded), or scan one with `flowgate scan vendor`.",
  message: (count, folders) => `${count} source file${count === 1 ? " was" : "s were"} not scanned in default-excluded folders (${folders}); set \`scan.default-excludes: false\` to scan them.`,
});

/** Boundary rules by category, for the default table. */
export const RULE_OF_CATEGORY = { shell: shellCommand, network: networkCall, model: modelSdk } as const;
export const BOUNDARY_RULES = [shellCommand, networkCall, modelSdk, customBoundary, boundaryImport];
export const SCAN_RULES = [...BOUNDARY_RULES, dynamicCode, starImport, unusedSuppression, suppressionWithoutReason, parseError, respelledName, skippedFile, compiledModule, excludedSources];

/** Findings under `scan.rules`: a rule (or custom rule) set `off` dropped, one given a severity re-graded. */
export function withRuleSettings(findings: Finding[], settings: Readonly<Record<string, Severity | "off">>): Finding[] {
  if (Object.keys(settings).length === 0) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const customId = f.properties?.customRule as string | undefined;
    const setting = (customId && settings[customId]) || settings[f.rule];
    if (setting === "off") continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}
