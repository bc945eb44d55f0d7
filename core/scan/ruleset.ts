import type { ModuleFilter } from "./analysis";
import type { CustomRule, ScanConfig } from "./config";
import { codeAt, someInCode } from "./javascript-comments";
import { BUILTIN_FUNCTIONS, CONSTRUCTOR, NATIVE_ADDON_NAME } from "./javascript";
import { Literal } from "./literal";
import { DYNAMIC_TEXT, DYNAMIC_WORDS, GLOBALS_READ, LOADED_MODULE_TEXT, SUBCLASSES } from "./python";
import type { ModulePath } from "./resolve";
import { RULE_OF_CATEGORY, customBoundary } from "./rules";
import { ANY, type BoundarySpec, CHOSEN_EVALUATOR, DEFAULT, DEFAULT_SPECS, EVALUATORS, type Evaluator, GLOBAL, MODEL_MODULES, type MemberKind, RETURNED, type ScanLanguage, evaluatorsOf } from "./specs";

/** Exception classes are raised, not called out to: under `*` they are inert. */
const EXCEPTION_NAME = /(Error|Exception|Warning)$/;

const LEADING_UNDERSCORES = /^_+/;
/** A class's name as PEP 8 writes it (`Protocol`, `HTTPConnection`). */
const CLASS_NAME = /^_*[A-Z]/;

export interface SpecMatch {
  spec: BoundarySpec;
  /** The resolved target as a reader would write it: `subprocess.run`, `child_process.exec`, `fetch`. */
  target: string;
  member: string;
}

/**
 * Python modules watched for a few members rarely used (a code object made into a function, annotations evaluated)
 * that most files import for others (every typed file imports `typing`): their import makes a file worth parsing only
 * where one of those members is named too. So are the model libraries evaluating annotations (specs.ts MODEL_MODULES):
 * a file importing pydantic for its validators, not naming a model base, makes no model.
 */
const MEMBER_GATED: readonly (readonly string[])[] = [["typing", "typing_extensions", "inspect", "types", "annotationlib"], ...[...new Set(MODEL_MODULES.map((m) => m.split(".")[0]!))].map((top) => [top])];
/** The modules of MEMBER_GATED's groups: each group's import counts only with its own members named (`typing` and a `.get(…)` is no FastAPI route). */
const GATED_TOPS: ReadonlySet<string> = new Set(MEMBER_GATED.flat());

/** The boundary table of one language, compiled for fast prefiltering, binding and matching. */
export class LanguageRules {
  readonly filter: ModuleFilter;
  /** Cheap test: a file that fails it cannot contain a match (every match needs this text), so it is not parsed. */
  readonly prefilter: (text: string) => boolean;
  private readonly byModule = new Map<string, BoundarySpec[]>();
  /** Each module's place in byModule: the order specsOf yields them in. */
  private readonly moduleOrder = new Map<string, number>();
  /** Python: the top-level names of the watched modules, which another module's attribute may be (reimported). */
  private readonly tops = new Set<string>();

  constructor(
    readonly language: ScanLanguage,
    readonly specs: readonly BoundarySpec[],
  ) {
    for (const spec of specs) {
      const list = this.byModule.get(spec.module) ?? [];
      list.push(spec);
      this.byModule.set(spec.module, list);
    }
    const modules = [...this.byModule.keys()];
    modules.forEach((module, i) => this.moduleOrder.set(module, i));
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    if (language === "python") {
      for (const module of modules) this.tops.add(module.split(".")[0]!);
      const tops = [...this.tops];
      // Every binding of a watched module comes from an import statement naming it (`import a, os`, `try: import os`,
      // `from os.path import x`, `import sys, \\` continued, `x = 1; import os`).
      // Tried where its `from` or `import` is written (PY_STATEMENT_WORDS), looking back for the line's start, `;` or `:`.
      const importOf = (modules: readonly string[]) => {
        const names = `(?:${modules.map(escape).join("|")})`;
        return new RegExp(`(?<=(?:^|[;:])[ \\t]*)(?:from[ \\t]+${names}\\b|import[ \\t](?:[^\\n#\\\\;]|\\\\[\\s\\S])*?\\b${names}\\b)`, "my");
      };
      const names = `(?:${tops.map(escape).join("|")})`;
      const ungated = tops.filter((top) => !GATED_TOPS.has(top));
      const importAt = importOf(ungated);
      // A module of MEMBER_GATED counts where one of its group's watched members is named too.
      const gates = MEMBER_GATED.map((group) => tops.filter((top) => group.includes(top)))
        .filter((group) => group.length > 0)
        .map((group) => ({ at: importOf(group), members: new RegExp(`\\b(?:${[...new Set(specs.filter((s) => group.includes(s.module.split(".")[0]!)).flatMap((s) => Object.keys(s.members).map((m) => m.split(".").pop()!.replace(/\(\)$/, ""))))].map(escape).join("|")})\\b`) }));
      // Or a dynamic import, with the module's name somewhere in a string (`importlib.import_module(MOD)`, `sys.modules["os"]`,
      // pkgutil's `resolve_name("os:system")`).
      const quoted = new RegExp(`['"]${names}[.:'"]`);
      const dynamicAt = atOnePlace([DYNAMIC_TEXT, LOADED_MODULE_TEXT]);
      // A module named at run time (`__import__(name)`, `import_module(b64decode(…))`) is itself a finding (scan/dynamic-code).
      const computedNameAt = atOnePlace([PY_COMPUTED_NAME]);
      const evaluators = evaluatorTest(language, specs);
      // `shutil.os`, `tempfile._os`, `path.os`: a watched module reached as the attribute of a module not watched (reimported),
      // its import not named; not of `self` or `cls`, nor of a watched module (bound by its own import).
      // (Not a MEMBER_GATED module's: `openai.types`, `x.inspect` are everywhere.)
      const attribute = new RegExp(`\\.[ \\t]*_*(?:${ungated.map(escape).join("|")})\\b`, "g");
      // Only where the chain starts at a name the file imports (`shutil.os`, `http.client.socket`, `be.subprocess`): an
      // object's attribute (`transport.socket`, `self._conn.socket`) binds nothing, and the editor keeps its fast path there.
      // A vendored copy imported (`from pip._vendor import requests`, `import pip._vendor.urllib3`: reimported reads it as the
      // module), or a module's attribute named by a dotted attrgetter (`operator.attrgetter("os.system")(shutil)`).
      const vendored = new RegExp(`\\b_vendor[ \\t]*(?:\\.[ \\t]*|[ \\t]+import[ \\t(]+(?:[^\\n#;]*?[ \\t,(])?)(?:${ungated.map(escape).join("|")})\\b`);
      const dottedGetter = new RegExp(`\\battrgetter[ \\t]*\\([ \\t]*[rRuU]?['"][\\w.]*?\\b_*(?:${ungated.map(escape).join("|")})\\.`);
      // `from shutil import os as o`, `from http.client import (socket,)`: the name a from-import binds may be such a module
      // (an absolute import's only: `from . import http` is a project file's, as python.ts reads it).
      const fromImported = new RegExp(`(?:^|[;:])[ \\t]*from[ \\t]+\\w[\\w.]*[ \\t]+import(?:[ \\t]*\\([^)]*?|[ \\t]+[^\\n#;]*?)(?<=[\\s,(])_*(?:${ungated.map(escape).join("|")})\\b`, "m");
      // A module's namespace dict read by such a module's name (`posixpath.__dict__["os"]`, `vars(shutil)["os"]`), as `posixpath.os` is.
      const namespaceKey = new RegExp(`(?:__dict__|\\bvars[ \\t]*\\([^()\\n]*\\))[ \\t]*\\[[ \\t]*[rRuU]?['"]_*(?:${ungated.map(escape).join("|")})['"]`);
      const readsModuleAttribute = (text: string) => {
        if (vendored.test(text) || dottedGetter.test(text) || fromImported.test(text) || namespaceKey.test(text)) return true;
        let imported: Set<string> | undefined;
        for (const match of text.matchAll(attribute)) {
          let end = match.index;
          while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
          const last = text[end - 1];
          if (last === ")" || last === "]") return true;
          let start = end;
          while (start > 0 && /[\w.]/.test(text[start - 1]!)) start--;
          const root = text.slice(start, end).split(".")[0]!;
          if (!root || root === "self" || root === "cls" || this.tops.has(root)) continue;
          imported ??= importedNames(text);
          if (imported.has(root)) return true;
        }
        return false;
      };
      this.prefilter = (text) => {
        if (atWords(text, PY_STATEMENT_WORDS, (at) => matchesAt(importAt, text, at) || gates.some((gate) => matchesAt(gate.at, text, at) && gate.members.test(text)))) return true;
        // One pass over the dynamic words for both tests.
        let dynamicLoad = false;
        const computedLoad = atWords(text, PY_DYNAMIC_WORDS, (at) => {
          if (matchesAt(computedNameAt, text, at)) return true;
          dynamicLoad ||= matchesAt(dynamicAt, text, at);
          return false;
        });
        // `object.__subclasses__()` reaches every class loaded without an import (python.ts listsEveryClass); a module's
        // globals read through a function or frame (`shutil.which.__globals__["os"]`) hold the modules it imported.
        return computedLoad || (dynamicLoad && (quoted.test(text) || PY_JOINED_STRING.test(text))) || evaluators(text, () => true) || text.includes(SUBCLASSES) || GLOBALS_READ.test(text) || readsModuleAttribute(text);
      };
      this.filter = {
        relevant: (dotted) => modules.some((m) => m === dotted || m.startsWith(`${dotted}.`) || dotted.startsWith(`${m}.`)),
        readsModuleAttribute,
        explicitMembers: (module) => this.explicitMembers(module),
        returnsWatched: (path) => this.returnsWatched(path),
        reachesCrossing: (path) => this.reachesCrossing(path),
        evaluator: (path, form) => this.evaluator(path, form),
      };
    } else {
      const specifierNames = modules.filter((m) => m !== GLOBAL);
      // Evaluator globals (`eval`, `setTimeout`) have a test of their own: a timer counts only given a string.
      const globalSpecs = (this.byModule.get(GLOBAL) ?? []).filter((s) => s.category !== "code");
      const evaluators = evaluatorTest(language, specs);
      // `process` is in nearly every file: its watched members (`process.execve`) are found by their own names, in code.
      const rootsOf = (specs: readonly BoundarySpec[]) => new Set(specs.flatMap((s) => Object.keys(s.members).map((m) => m.split(".")[0]!)).filter((root) => root !== PROCESS));
      const processMembers = [...new Set(globalSpecs.flatMap((s) => Object.keys(s.members)).filter((m) => m.startsWith(`${PROCESS}.`)).map((m) => m.split(".")[1]!))];
      const processMemberLiterals = processMembers.map((m) => new Literal(m));
      const processMemberWord = processMembers.length ? new RegExp(`(?<![\\w$])(?:${processMembers.map(escape).join("|")})(?![\\w$])`, "g") : undefined;
      const globals = [...rootsOf(globalSpecs)];
      // Globals only ever constructed (WebSocket, EventSource) count bare only after `new`: as types they are everywhere.
      const called = rootsOf(globalSpecs.filter((s) => s.form !== "new"));
      const constructedOnly = globals.filter((g) => !called.has(g));
      // Every import/require/import() of a watched module spells it as a string literal after the keyword (with only white
      // space between, or a comment: `computed` below).
      // A native addon loaded by its path (`require("./build/Release/x.node")`) is a finding of its own (scan/dynamic-code).
      const specifiers = new RegExp(`(?:\\bfrom|\\bimport|\\brequire)\\s*\\(?\\s*['"\`](?:(?:node:)?(?:${[...specifierNames.map(escape), NATIVE_ADDON_NAME.source].join("|")}))['"\`]`);
      const globalUse = globals.length ? globalOccurrences(globals.map(escape), constructedOnly.map(escape)) : undefined;
      // `const g = globalThis; g.fetch(u)`, `const { fetch: f } = globalThis`: a global object held whole, and a global's name, each in code (JSDoc prose says "window" and "global object").
      const globalWord = globals.length ? new RegExp(`(?<![\\w$])(?:${globals.map(escape).join("|")})(?![\\w$])`, "g") : undefined;
      // Or a require()/import() of a computed name, Node's other loaders called or held (`createRequire`, `import { createRequire as cr }`,
      // `process.getBuiltinModule`, the module builtin's `_load`, `process.binding`), or comments between the keyword and the specifier's quote
      // (`from /* c */ "child_process"`, which the test above does not read past; comments too long or too many to read here
      // pass too), with a watched module's name somewhere in a string.
      const computed = new RegExp(
        [
          String.raw`\b(?:require|import)\s*\(\s*[^\s'"\`)]|\b(?:createRequire|getBuiltinModule|_load)\b|(?<=\bprocess\s*\.\s*)(?:binding|_linkedBinding)\b`,
          String.raw`\b(?:from|import|require)\s*(?:\(\s*)?(?:(?:${JS_COMMENT}\s*){1,16}['"\`]|(?:${JS_COMMENT}\s*){0,15}(?:\/\*(?:[^*]|\*(?!\/)){4000}|\/\/[^\n]{4000})|(?:${JS_COMMENT}\s*){17})`,
        ].join("|"),
      );
      const quoted = specifierNames.length ? new RegExp(`['"\`](?:node:)?(?:${specifierNames.map(escape).join("|")})['"\`]`) : undefined;
      // A regular expression tries every position of a file; indexOf skips through it many times faster. So the tests
      // that start at a word are tried only where one of LOADER_WORDS stands, and the others only in a file holding
      // a literal every match of theirs contains: each file gets the verdict the tests tried everywhere give.
      const loaderAt = atOnePlace([specifiers, JS_JOINED_SPECIFIER, ESCAPED_SPECIFIER]);
      const computedAt = atOnePlace([computed]);
      // A load of a name computed at run time (`require(n)`, `import(atob(…))`) is itself a finding (scan/dynamic-code) when the name cannot be read.
      const computedNameAt = atOnePlace([COMPUTED_NAME]);
      // Each alternative of globalUse and globalWord names a global; each name contains one of these.
      const globalLiterals = coveringLiterals(globals);
      this.prefilter = (text) => {
        let computedLoad = false;
        // A module named in a comment loads nothing (JSDoc examples: `import { ChatOpenAI } from "@langchain/openai"`).
        const isCode = codeAt(text);
        const loads = atWords(text, LOADER_WORDS, (at) => {
          if ((matchesAt(loaderAt, text, at) || matchesAt(computedNameAt, text, at)) && isCode(at)) return true;
          computedLoad ||= matchesAt(computedAt, text, at);
          return false;
        });
        if (loads || evaluators(text, isCode)) return true;
        // The CommonJS loader's table of file kinds changed or called (javascript.ts storedWhereShared).
        if (EXTENSIONS.in(text) && someInCode(text, LOADER_TABLE_TEXT)) return true;
        // The loader's module wrapper replaced or edited (`Module.wrap = …`, `Module.wrapper[0] = …`: storedWhereShared).
        if (WRAP.in(text) && someInCode(text, LOADER_WRAPPER_TEXT)) return true;
        if (processMemberWord && processMemberLiterals.some((literal) => literal.in(text)) && someInCode(text, processMemberWord)) return true;
        if (computedLoad && (Boolean(quoted?.test(text)) || JS_JOINED_STRING.test(text))) return true;
        const named = globalLiterals.some((literal) => literal.in(text));
        // A global named in a string is no use of it (`"fetch failed"`); read by a computed name, the clauses below see it.
        if (named && someInCode(text, globalUse!, "literals")) return true;
        if (!GLOBAL_OBJECT_LITERALS.some((literal) => literal.in(text))) return false;
        // `globalThis[k]`, `const g = globalThis` … `Reflect.get(g, k)`: the name may be a string constant, written whole
        // (`const k = "fetch"`) or in pieces, or one the scan cannot read, which may name any global, `eval` and `fetch`
        // among them (CHOSEN_EVALUATOR).
        if (atWords(text, GLOBAL_OBJECT_LITERALS, (at) => matchesAt(JS_COMPUTED_GLOBAL, text, at)) || someInCode(text, JS_HANDED_GLOBAL_OBJECT)) return true;
        return named && someInCode(text, JS_WHOLE_GLOBAL_OBJECT) && someInCode(text, globalWord!);
      };
      this.filter = { relevant: (module) => module !== GLOBAL && this.byModule.has(module), explicitMembers: (module) => this.explicitMembers(module), returnsWatched: (path) => this.returnsWatched(path), reachesCrossing: (path) => this.reachesCrossing(path), evaluator: (path, form) => this.evaluator(path, form) };
    }
  }

  /** The members the table names of a module (what `from os import *` or `export * from "child_process"` brings). */
  private explicitMembers(module: string): string[] {
    return [...new Set((this.byModule.get(module) ?? []).flatMap((s) => Object.entries(s.members).filter(([m, kind]) => kind !== "inert" && m !== DEFAULT && /^[\w$]+$/.test(m)).map(([m]) => m)))];
  }

  /**
   * Every spec a resolved call matches. A `passed` value (handed to another function) matches only a
   * member function of kind call: a module or a class passed around is not called by the receiver.
   */
  match(path: ModulePath, form: "call" | "new", passed = false): SpecMatch[] {
    const out: SpecMatch[] = [];
    for (const { spec, members } of this.specsOf(path)) {
      if (spec.form !== "any" && spec.form !== form) continue;
      const kind = kindOf(spec, members) ?? (passed ? undefined : chosenAtRunTime(spec, members));
      if (passed ? kind !== "call" || members.length === 0 || members.includes(ANY) : kind !== "call" && kind !== "client") continue;
      const member = memberKey(members);
      out.push({ spec, target: spec.module === GLOBAL ? member : member ? `${spec.module}${member.startsWith(RETURNED) ? "" : "."}${member}` : spec.module, member });
    }
    return out;
  }

  /** The evaluator a call reaches (specs.ts EVALUATORS), when the table watches it. */
  evaluator(path: ModulePath, form: "call" | "new"): Evaluator | undefined {
    const found = this.match(path, form).find((m) => m.spec.category === "code");
    if (!found) return undefined;
    const listed = EVALUATORS[this.language];
    if (listed[found.target]) return listed[found.target];
    // A member of an object whose every member the table lists (`ctypes.cdll.*`), however deep: `cdll["libc.so.6"].system(…)`.
    const steps = found.member.split(".");
    for (let n = steps.length - 1; n > 0; n--) {
      const under = listed[`${found.spec.module}.${steps.slice(0, n).join(".")}.${ANY}`];
      if (under) return under;
    }
    return found.member.endsWith(ANY) ? CHOSEN_EVALUATOR[this.language] : undefined;
  }

  /** Is what a call of `path` returns worth following: an object the table lists members of (`socket.socket()` → `.connect`), or calls? */
  returnsWatched(path: ModulePath): boolean {
    for (const { spec, members } of this.specsOf(path)) {
      // Its members, or it called itself (`codeop.Compile()(source, …)`).
      const made = `${memberKey(members)}${RETURNED}`;
      // A default export made (`new FormData()` → `().submit`) only for a method the table lists of what it makes.
      if (Object.keys(spec.members).some((m) => m.startsWith(`${made}.`) || (members.length > 0 && m === made))) return true;
    }
    return false;
  }

  /** See ModuleFilter.reachesCrossing: the path's own kind is call or client, or the table lists such a member below it (`*` included). */
  reachesCrossing(path: ModulePath): boolean {
    const below = (spec: BoundarySpec, key: string) => Object.entries(spec.members).some(([m, kind]) => kind !== "inert" && (key === "" || m === ANY || m.startsWith(`${key}.`) || m.startsWith(`${key}${RETURNED}`)));
    for (const { spec, members } of this.specsOf(path)) {
      const kind = kindOf(spec, members) ?? chosenAtRunTime(spec, members);
      if (kind === "call" || kind === "client" || below(spec, memberKey(members))) return true;
    }
    // Python: `import urllib` reaches urllib.request's members.
    const dotted = `${this.reimported(path)}.`;
    if (this.language === "python") for (const [module, specs] of this.byModule) if (module.startsWith(dotted) && specs.some((spec) => below(spec, ""))) return true;
    return false;
  }

  /** The specs whose module a path lies under, each with the member path below that module. */
  private *specsOf(path: ModulePath): Generator<{ spec: BoundarySpec; members: string[] }> {
    if (this.language === "javascript") {
      for (const spec of this.byModule.get(path.module) ?? []) yield { spec, members: path.members };
      return;
    }
    // Python matches on the flattened dotted name: `import urllib` + `urllib.request.urlopen` is urllib.request's.
    // The modules it lies under are its prefixes ending before a dot, looked up (not the whole table searched per
    // call), in the table's order.
    yield* this.specsUnder(this.reimported(path));
  }

  /**
   * Python: a module's imports are its attributes (`shutil.os` is os, `tempfile._os` too: the standard library imports
   * privately), so a path is read from its last member named as a watched module is, with leading underscores or not:
   * `http.client.socket.create_connection` is `socket.create_connection`. Only members read past what an import names
   * (`pip._internal.utils.subprocess` is a package's own module), not a member the table lists under the name before
   * it (`asyncio.subprocess`, `trio.socket.socket`, `socket.socket`), nor past a class (named in CapWords, as PEP 8 names
   * them) or a call's value: an object's attribute is no import.
   */
  private reimported(path: ModulePath): string {
    const dotted = [path.module, ...path.members].join(".");
    if (this.language !== "python" || path.members.length === 0) return dotted;
    const names = [path.module, ...path.members];
    let from = 0;
    for (let i = 1; i < names.length && !CLASS_NAME.test(names[i - 1]!.slice(names[i - 1]!.lastIndexOf(".") + 1)); i++) {
      const name = names[i]!;
      if (name.endsWith(RETURNED)) break;
      const module = name.replace(LEADING_UNDERSCORES, "");
      if (!this.tops.has(module) || this.listsUnder(names.slice(from, i).join("."), name)) continue;
      names[i] = module;
      from = i;
    }
    return from === 0 ? dotted : names.slice(from).join(".");
  }

  /** Does the table list `name` under the dotted name (a watched module's member or submodule)? */
  private listsUnder(dotted: string, name: string): boolean {
    const below = `${dotted}.${name}`;
    for (const module of this.byModule.keys()) if (module === below || module.startsWith(`${below}.`)) return true;
    for (const { spec, members } of this.specsUnder(dotted)) {
      const key = [...members, name].join(".");
      if (Object.keys(spec.members).some((m) => m === key || m.startsWith(`${key}.`) || m.startsWith(`${key}${RETURNED}`))) return true;
    }
    return false;
  }

  /** The specs whose module a dotted name lies under (Python), each with the member path below that module. */
  private *specsUnder(dotted: string): Generator<{ spec: BoundarySpec; members: string[] }> {
    const under: string[] = [];
    for (let dot = dotted.indexOf("."); dot >= 0; dot = dotted.indexOf(".", dot + 1)) if (this.byModule.has(dotted.slice(0, dot))) under.push(dotted.slice(0, dot));
    if (this.byModule.has(dotted)) under.push(dotted);
    if (under.length > 1) under.sort((a, b) => this.moduleOrder.get(a)! - this.moduleOrder.get(b)!);
    for (const module of under) {
      const members = dotted === module ? [] : dotted.slice(module.length + 1).split(".");
      for (const spec of this.byModule.get(module)!) yield { spec, members };
    }
  }
}

/**
 * Where a global (fetch, Bun, Deno) can be reached from: bare (not after a dot, not a property key
 * `fetch:` or an assignment target), through a global object (`globalThis.fetch`), or by a string
 * subscript (`globalThis["fetch"]`). `this.fetch(...)` and `client.fetch(...)` cannot be the global.
 */
/*
 * A module or global named by pieces (`"sub" + "process"`, Python's `"sub" "process"`, `` `child_${x}` ``, a joined array) appears in
 * no text as a whole: Constants.stringOf folds the pieces, and these let such files through to the parser.
 */
/** Python: a literal joined by `+` or written next to another, a literal's `.join(` (`"_".join(["sub", "process"])`), or an f-string with a field (`f"{x}s"`). */
const PY_JOINED_STRING = /['"][ \t]*\+|\+[ \t]*[rRbBuU]?['"]|['"][ \t]+[rRbBuU]?['"]|['"]\s*\.\s*join\s*\(|(?<![\w$])(?:[fF][rR]?|[rR][fF])(?:'[^'\n]*|"[^"\n]*)\{/;
/** JavaScript: a literal joined by `+` or continued by `.concat(`, a template with a substitution, or an array joined (`["child", "process"].join("_")`, `[…]["join"]("_")`). */
const JS_JOINED_STRING = /['"`]\s*\+|\+\s*['"`]|`[^`]*\$\{|\]\s*(?:\.\s*join|\[\s*['"`]join['"`]\s*\])\s*\(|['"`]\s*\.\s*concat\s*\(/;
/** `require("child_" + "process")`, `require("child".concat("_process"))`, ``import(`child_${x}`)``: a specifier built in place. */
const JS_JOINED_SPECIFIER = /\b(?:require|import)\s*\(\s*(?:['"][^'"\n]*['"]\s*(?:\+|\.\s*concat\s*\()|`[^`]*\$\{)/;
/** A module specifier holding an escape (`require("chil\\d_process")`: JavaScript reads `\\d` as `d`): parsed, its spelling reported (spelling.ts). */
const ESCAPED_SPECIFIER = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*(['"`])(?:(?!\1)[^\\\n]){0,256}\\/;
/** The objects the globals are members of. */
const GLOBAL_OBJECTS = ["globalThis", "window", "self", "global"];
/** Node's `process`, whose watched members the table lists under GLOBAL (`process.execve`). */
const PROCESS = "process";
const GLOBAL_OBJECT = `(?:${GLOBAL_OBJECTS.join("|")})`;
/** `globalThis[name]`: a global read by a computed name (a literal name is in globalOccurrences). Sticky: tried where a global object's name is (GLOBAL_OBJECT_LITERALS). */
const JS_COMPUTED_GLOBAL = new RegExp(String.raw`\b${GLOBAL_OBJECT}\s*\??\.?\s*\[\s*(?!['"\`][\w$]*['"\`]\s*\])`, "y");
/** A global object not followed by a member (`const g = globalThis`, `= window;`, `use(self)`): what it holds is reached through another name. */
const JS_WHOLE_GLOBAL_OBJECT = new RegExp(String.raw`(?<![\w$.])${GLOBAL_OBJECT}(?![\w$]|\s*(?:\??\.|\[))`, "g");
/**
 * A global object held by a name or handed over whole (`const g = globalThis`, `Reflect.get(globalThis, k)`, `f(window)`):
 * whatever reads it may pick any global by a name the scan cannot read. (`typeof window`, TypeScript's `declare global` are not.)
 */
const JS_HANDED_GLOBAL_OBJECT = new RegExp(String.raw`(?<=(?:[=(,:?]|return)\s*)${GLOBAL_OBJECT}(?![\w$]|\s*(?:\??\.|\[|=[^=>]))`, "g");
/** Every match of JS_COMPUTED_GLOBAL, JS_WHOLE_GLOBAL_OBJECT and JS_HANDED_GLOBAL_OBJECT names a global object, so contains one of these. */
const GLOBAL_OBJECT_LITERALS = coveringLiterals(GLOBAL_OBJECTS);
/**
 * The words every match of the specifier, joined-specifier and computed-load tests begins with (their `\bfrom`, `\bimport`,
 * `\brequire`, `\bcreateRequire`, `\bgetBuiltinModule`, `\b_load`, `\bbinding`, `\b_linkedBinding`): such a test, tried at each place one of them is written, answers as it does tried everywhere.
 */
/**
 * Python's importers called with anything but a string literal first (python.ts Resolver.unreadLoad): a literal read on
 * (`"so"[::-1]`, `"OS".lower()`) computes the name.
 */
const PY_COMPUTED_NAME = /\b(?:import_module|__import__|resolve_name|find_spec|load_module|get_loader|find_loader)\s*\(\s*(?![rRuU]?(?:'[^'\\\n]*'|"[^"\\\n]*")\s*[,)]|\))/;
/**
 * A loader's `(` followed by anything but a quote (or by a `data:` URL, code itself), `createRequire` anywhere in
 * code (the `require` it makes may be held and given any name, and so may it: `import { createRequire as cr }`), or a
 * loader held as a value or invoked through another function's method, which then loads under any name too (`const r =
 * require`, `(0, require)(…)`, `const r = module.require`, `const { require: r } = module`, `require.call(…)`,
 * `module.require.bind(module)`, `const g = process.getBuiltinModule`, `const { _load } = Module`): a name the parser must read (Resolver.unreadLoad, Resolver.loadedPath). Not after `$`
 * or a letter (`$require` is another name).
 */
const COMPUTED_NAME = /(?<![\p{L}\p{N}_$])(?:(?:require|import|getBuiltinModule|_load|binding|_linkedBinding)\s*\(\s*(?:[^\s'"`)/]|['"`][dD][aA][tT][aA]:)|createRequire(?![\p{L}\p{N}_$])|(?:getBuiltinModule|_load|_linkedBinding|(?<=\bprocess\s*\.\s*)binding)(?!\s*\(|[\p{L}\p{N}_$])|(?<=(?:[=(,:?[{.]|\breturn)\s*)require\s*(?:[;,)\]}:]|\n)|require\s*\.\s*(?:call|apply|bind)\s*\()/u;
const LOADER_WORDS = ["from", "import", "require", "createRequire", "getBuiltinModule", "_load", "binding", "_linkedBinding"].map((word) => new Literal(word));

/** A JavaScript comment of at most 4,000 characters (bounded: the test runs at every loader word of a file). */
const JS_COMMENT = String.raw`(?:\/\*(?:[^*]|\*(?!\/)){0,4000}\*\/|\/\/[^\n]{0,4000}\n)`;

/** The words every match of the Python import test starts with. */
const PY_STATEMENT_WORDS = ["from", "import"].map((word) => new Literal(word));
const PY_DYNAMIC_WORDS = DYNAMIC_WORDS.map((word) => new Literal(word));

/**
 * The prefilter's test for a bare evaluator (`exec(`, `eval`, `new Function(`, `setTimeout("…")`; one reached through a
 * module, `vm.runInThisContext`, `builtins.exec`, is found by its import): one of the names the table lists, in code
 * (`isCode`), not after a `.` in Python (`re.compile(`), and in JavaScript `Function` and the timers only called,
 * a timer only with a string.
 */
function evaluatorTest(language: ScanLanguage, specs: readonly BoundarySpec[]): (text: string, isCode: (at: number) => boolean) => boolean {
  const python = language === "python";
  const members = evaluatorsOf(language, python ? "builtins" : GLOBAL);
  // Only where the table (scan.rules) keeps them; a global's member by its last name (`dlopen` of `process.dlopen`), each
  // name once: a test is made of the name alone, and the table's members share last names (`load`, `_compile`, 4 each).
  const kept = [...new Set(members.filter((member) => specs.some((s) => s.category === "code" && s.members[member] !== undefined)).map((member) => member.split(".").pop()!))];
  // A name that is common English (`register`) counts only in a file naming the module that has it.
  const tests = kept.map((name) => ({ word: new Literal(name), after: new RegExp(python ? "(?![\\w])" : EVALUATOR_AFTER[name] ?? "(?![\\w$])", "y"), name, needs: python ? undefined : EVALUATOR_NEEDS[name] }));
  // The Function constructor reached through `constructor` (javascript.ts throughConstructor), called or held by a name.
  if (kept.includes("Function")) tests.push({ word: new Literal(CONSTRUCTOR), after: /(?![\w$])/y, name: CONSTRUCTOR, needs: undefined });
  const before = python ? /[\w.]/ : /[\w$]/;
  return (text, isCode) => {
    // Each needed test once a file, and only where the name is written (`load` and `register` are everywhere).
    const held = new Map<TextTest, boolean>();
    const holds = (needs: TextTest) => held.get(needs) ?? held.set(needs, needs(text)).get(needs)!;
    return tests.some(({ word, after, name, needs }) =>
      // The needed test first: where it fails (most files), the name is not looked for at all.
      (needs === undefined || holds(needs)) &&
      atWords(text, [word], (at) => {
        if (before.test(text.charAt(at - 1)) && !(python && BUILTINS_BEFORE.test(text.slice(Math.max(0, at - 32), at)))) return false;
        if (name === CONSTRUCTOR && !CONSTRUCTOR_OF.test(text.slice(Math.max(0, at - 32), at))) return false;
        after.lastIndex = at + name.length;
        return after.test(text) && isCode(at);
      }),
    );
  };
}

/** `constructor` read from a function, class or call written before it, from another `constructor`, or from a built-in function: `}).constructor`, `x.constructor.constructor`, `x.constructor["constructor"]`, `Object.constructor`. */
const CONSTRUCTOR_OF = new RegExp(String.raw`(?:[)}\]]|\bconstructor|(?<![\w$.])(?:${BUILTIN_FUNCTIONS.join("|")})|\bFunction\s*\.\s*prototype)\s*(?:\.|\[\s*['"\`])\s*$`);

/** What a file must hold for a JavaScript evaluator's name to count: the module builtin named, for its loader hooks' `register` and its modules' `load`, `runMain`; the test runner, for its `run`. */
const MODULE_NAMED = quotedBuiltin("module");
const EVALUATOR_NEEDS: Record<string, TextTest> = { register: MODULE_NAMED, load: MODULE_NAMED, runMain: MODULE_NAMED, run: (text) => /['"`]node:test['"`]/.test(text) };

type TextTest = (text: string) => boolean;

const QUOTE = /['"`]/;
const NODE_SCHEME = "node:";
/** Does a text hold a builtin's name as a string, `"module"` or `'node:module'` (/['"`](?:node:)?module['"`]/ tried everywhere), looked for where the name is? */
function quotedBuiltin(name: string): TextTest {
  const word = new Literal(name);
  return (text) => {
    const quoted = (at: number) => QUOTE.test(text.charAt(at));
    return atWords(text, [word], (at) => quoted(at + name.length) && (quoted(at - 1) || (at > NODE_SCHEME.length && text.startsWith(NODE_SCHEME, at - NODE_SCHEME.length) && quoted(at - NODE_SCHEME.length - 1))));
  };
}

/** `require.extensions`, the module builtin's `_extensions` (scan/dynamic-code where changed or called). */
const LOADER_TABLE_TEXT = /\brequire\s*\.\s*extensions\b|\b_extensions\b/g;
/** What every match of LOADER_TABLE_TEXT holds. */
const EXTENSIONS = new Literal("xtensions");

/** A store in a `wrap` or `wrapper` member (the module builtin's are the text each CommonJS module is wrapped in). */
const LOADER_WRAPPER_TEXT = /\.\s*wrap(?:per\s*\[[^\]\n]*\])?\s*=(?!=)/g;
/** What every match of LOADER_WRAPPER_TEXT holds. */
const WRAP = new Literal("wrap");

/** Python's `__builtins__.` before an evaluator's name (`builtins.exec` is found by its import). */
const BUILTINS_BEFORE = /(?<![\w.])__builtins__\s*\.\s*$/;

/**
 * What must follow a JavaScript evaluator's name for the prefilter (others: not a name's next character): Function
 * called, or called through Reflect (`Reflect.construct(Function, [code])`, javascript.ts REFLECTED).
 */
const EVALUATOR_AFTER: Record<string, string> = { Function: String.raw`\s*\(|(?<=\bReflect\s*\.\s*(?:apply|construct)\s*\(\s*Function)`, setTimeout: String.raw`\s*\(\s*['"\`]`, setInterval: String.raw`\s*\(\s*['"\`]` };

/** A test matching where one of `patterns` matches, tried only at its lastIndex (in Unicode mode when every one is: `\p{L}` means a letter only there). */
const atOnePlace = (patterns: readonly RegExp[]) => new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), patterns.every((p) => p.unicode) ? "yu" : "y");

/** Does a sticky test match at `at`? */
function matchesAt(test: RegExp, text: string, at: number): boolean {
  test.lastIndex = at;
  return test.test(text);
}

/** Does `visit` say yes at some place one of `words` is written? */
function atWords(text: string, words: readonly Literal[], visit: (at: number) => boolean): boolean {
  for (const word of words) for (let at = word.indexIn(text); at >= 0; at = word.indexIn(text, at + 1)) if (visit(at)) return true;
  return false;
}

/** The fewest of `words` that every text containing one of them contains one of (`global` for `globalThis` and `global`). */
function coveringLiterals(words: readonly string[]): Literal[] {
  return words.filter((word, i) => !words.some((other, j) => j !== i && word.includes(other) && (other !== word || j < i))).map((word) => new Literal(word));
}

function globalOccurrences(names: readonly string[], constructedOnly: readonly string[]): RegExp {
  const any = `(?:${names.join("|")})`;
  const bare = names.filter((n) => !constructedOnly.includes(n));
  return new RegExp(
    [
      ...(bare.length ? [`(?<![\\w$])(?<!\\.\\s*)(?:${bare.join("|")})(?![\\w$]|\\s*\\??:|\\s*=(?![=>]))`] : []),
      ...(constructedOnly.length ? [`\\bnew\\s+(?:${constructedOnly.join("|")})(?![\\w$])`] : []),
      `\\b${GLOBAL_OBJECT}\\s*\\??\\.\\s*${any}(?![\\w$])`,
      `\\[\\s*['"\`]${any}['"\`]\\s*\\]`,
    ].join("|"),
    "g",
  );
}

/** A member path as the table writes it: `socket().connect`. */
const memberKey = (members: readonly string[]) => members.join(".").replaceAll(`.${RETURNED}`, RETURNED);

/**
 * What a member path is under a spec, or undefined when the spec does not cover it. The longest listed
 * prefix decides: the path itself (its kind), or a prefix covering what is under it (inert: nothing;
 * a client: what its returned object does is part of the construction's finding). Unlisted paths, and paths
 * under a listed call, fall to `*`.
 */
export function kindOf(spec: BoundarySpec, path: readonly string[]): MemberKind | undefined {
  // `subprocess.Popen.__new__(Popen)`, `requests.get.__name__`: the object's machinery, not a call of it (`__init__`/`__call__` are).
  if (path.some((m) => DUNDER.test(m) && m !== "__init__" && m !== "__call__")) return "inert";
  // `getattr(os.system, "__call__")`: calling a member's `__call__` calls the member.
  let end = path.length;
  while (end > 1 && path[end - 1] === "__call__") end--;
  const members = end === path.length ? path : path.slice(0, end);
  for (let n = members.length; n >= 0; n--) {
    const kind = spec.members[n === 0 ? DEFAULT : memberKey(members.slice(0, n))];
    // `Git().*`: every member of what a listed path gives, as `*` is of the module (GitPython's Git runs any method as a command).
    const under = n > 0 && n < members.length ? spec.members[`${memberKey(members.slice(0, n))}.${ANY}`] : undefined;
    if (kind === undefined && under !== undefined) {
      const rest = members.slice(n);
      return under === "inert" || rest.some((m) => EXCEPTION_NAME.test(m)) ? "inert" : rest.includes(RETURNED) ? undefined : under;
    }
    if (kind === undefined) continue;
    if (n === members.length || kind === "inert") return kind;
    if (kind === "client") return "inert";
    // What is under a listed call (`Popen.__init__`) is what `*` says of it: listing a call changes nothing below it.
    break;
  }
  const rest = spec.members[ANY];
  if (!rest) return undefined;
  if (members.some((m) => EXCEPTION_NAME.test(m))) return "inert";
  return members.includes(RETURNED) ? undefined : rest;
}

const DUNDER = /^__\w+__$/;

/** Python's builtins module, whose evaluators (`exec`, `eval`) a name read at run time may pick. */
const BUILTINS = "builtins";

/**
 * `cp[name](…)`, `getattr(os, name)(…)`: a member chosen at run time, called, of a module the table lists calls of
 * (beside them, where it has no `*`): it may be any of them, so it is one. Not of the globals' boundary calls nor of the
 * evaluators' table (the code is scan/dynamic-code's when it is known to run), but for the builtins and the globals
 * (CHOSEN_EVALUATOR: `getattr(builtins, name)` may be exec, `globalThis[name]` eval or fetch, whatever their argument:
 * one scan/dynamic-code finding says so).
 */
function chosenAtRunTime(spec: BoundarySpec, members: readonly string[]): MemberKind | undefined {
  if (members.at(-1) !== ANY || (spec.category === "code" ? spec.module !== BUILTINS && spec.module !== GLOBAL : spec.module === GLOBAL)) return undefined;
  const prefix = memberKey(members.slice(0, -1));
  const beside = Object.entries(spec.members).some(([m, kind]) => (kind === "call" || kind === "client") && (prefix ? m.startsWith(`${prefix}.`) && !m.slice(prefix.length + 1).includes(".") : !m.includes(".")));
  return beside ? "call" : undefined;
}

export interface CompiledRules {
  python: LanguageRules;
  javascript: LanguageRules;
}

/** Default table plus custom rules from config (default rules switched off in config are left out). */
export function compileRules(config: ScanConfig): CompiledRules {
  const on = (id: string) => config.rules[id] !== "off";
  // Evaluators stay with scan/dynamic-code off: what their code does is judged by the boundary rules.
  const specs = [...DEFAULT_SPECS.filter((s) => s.category === "code" || on(RULE_OF_CATEGORY[s.category].id)), ...config.custom.filter((c) => on(c.id) && on(customBoundary.id)).map(customSpec)];
  return {
    python: new LanguageRules("python", specs.filter((s) => s.language === "python")),
    javascript: new LanguageRules("javascript", specs.filter((s) => s.language === "javascript")),
  };
}

export function customSpec(rule: CustomRule): BoundarySpec {
  return {
    language: rule.language === "python" ? "python" : "javascript",
    module: rule.module.replace(/^node:/, ""),
    // A custom member is a call: constructing or calling it crosses; `*` covers the module itself too.
    members: Object.fromEntries(rule.members.map((m) => [m, "call" as const])),
    form: rule.kind === "constructor" ? "new" : rule.kind,
    category: rule.category,
    custom: { id: rule.id, message: rule.message, severity: rule.severity },
    reportImport: rule["report-import"],
  };
}

/** The names a Python file's import statements bind (`import a.b` binds `a`; `as` names; `from m import (x, y as z)`), read from its text. */
function importedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, plain, listed] of text.matchAll(/^[ \t]*(?:import[ \t]+([^\n#;]+)|from[ \t]+[\w.]+[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+))/gm)) {
    for (const part of (plain ?? listed ?? "").replace(/[()\\]/g, " ").split(",")) {
      const words = part.trim().split(/\s+/);
      const name = words[1] === "as" ? words[2] : words[0]?.split(".")[0];
      if (name) names.add(name);
    }
  }
  return names;
}
