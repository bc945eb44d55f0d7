import type { ModuleFilter } from "./analysis";
import { type ScanConfig, customSpec } from "./config";
import type { ModulePath } from "./resolve";
import { RULE_OF_CATEGORY, customBoundary } from "./rules";
import { ANY, type BoundarySpec, DEFAULT, DEFAULT_SPECS, GLOBAL, type ScanLanguage } from "./specs";

/** Exception classes are raised, not called out to: `*` rules skip them. */
const EXCEPTION_NAME = /(Error|Exception|Warning)$/;

export interface SpecMatch {
  spec: BoundarySpec;
  /** The resolved target as a reader would write it: `subprocess.run`, `child_process.exec`, `fetch`. */
  target: string;
  member: string;
}

/** The boundary table of one language, compiled for fast prefiltering, binding and matching. */
export class LanguageRules {
  readonly filter: ModuleFilter;
  /** Cheap test: a file that fails it cannot contain a match (every match needs this text), so it is not parsed. */
  readonly prefilter: (text: string) => boolean;
  private readonly byModule = new Map<string, BoundarySpec[]>();

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
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    if (language === "python") {
      const tops = [...new Set(modules.map((m) => m.split(".")[0]!))];
      // Every binding of a watched module comes from an import statement naming it (`import a, os`, `try: import os`,
      // `from os.path import x`, `import sys, \\` continued, `x = 1; import os`).
      const names = `(?:${tops.map(escape).join("|")})`;
      const imports = new RegExp(`(?:^|[;:])[ \\t]*(?:from[ \\t]+${names}\\b|import[ \\t](?:[^\\n#\\\\;]|\\\\[\\s\\S])*?\\b${names}\\b)`, "m");
      this.prefilter = (text) => imports.test(text);
      this.filter = {
        relevant: (dotted) => modules.some((m) => m === dotted || m.startsWith(`${dotted}.`) || dotted.startsWith(`${m}.`)),
        explicitMembers: (module) => (this.byModule.get(module) ?? []).flatMap((s) => s.members.filter((m) => m !== ANY && m !== DEFAULT && !m.includes("."))),
      };
    } else {
      const named = modules.filter((m) => m !== GLOBAL);
      const globals = [...new Set((this.byModule.get(GLOBAL) ?? []).flatMap((s) => s.members.map((m) => m.split(".")[0]!)))];
      // Every import/require/import() of a watched module spells it as a string literal right after the keyword.
      const specifiers = named.length ? new RegExp(`(?:\\bfrom|\\bimport|\\brequire)\\s*\\(?\\s*['"\`](?:node:)?(?:${named.map(escape).join("|")})['"\`]`) : undefined;
      const globalUse = globals.length ? globalOccurrences(globals.map(escape).join("|")) : undefined;
      this.prefilter = (text) => Boolean(specifiers?.test(text)) || (globalUse !== undefined && usesGlobal(text, globalUse));
      this.filter = { relevant: (module) => module !== GLOBAL && this.byModule.has(module), explicitMembers: () => [] };
    }
  }

  /** Every spec a resolved call matches. */
  match(path: ModulePath, kind: "call" | "new"): SpecMatch[] {
    const out: SpecMatch[] = [];
    if (this.language === "python") {
      const dotted = [path.module, ...path.members].join(".");
      for (const [module, specs] of this.byModule) {
        if (dotted !== module && !dotted.startsWith(`${module}.`)) continue;
        const members = dotted === module ? [] : dotted.slice(module.length + 1).split(".");
        for (const spec of specs) if (memberMatches(spec, members)) out.push({ spec, target: dotted, member: members.join(".") });
      }
      return out;
    }
    for (const spec of this.byModule.get(path.module) ?? []) {
      if (spec.kind !== "any" && spec.kind !== kind) continue;
      if (!memberMatches(spec, path.members)) continue;
      const member = path.members.join(".");
      const target = path.module === GLOBAL ? member : member ? `${path.module}.${member}` : path.module;
      out.push({ spec, target, member });
    }
    return out;
  }
}

/**
 * Where a global (fetch, Bun, Deno) can be reached from: bare (not after a dot, not a property key
 * `fetch:` or an assignment target), through a global object (`globalThis.fetch`), or by a string
 * subscript (`globalThis["fetch"]`). `this.fetch(...)` and `client.fetch(...)` cannot be the global.
 */
function globalOccurrences(names: string): RegExp {
  const n = `(?:${names})`;
  return new RegExp(
    [`(?<![\\w$])(?<!\\.\\s*)${n}(?![\\w$]|\\s*\\??:|\\s*=(?![=>]))`, `\\b(?:globalThis|window|self|global)\\s*\\??\\.\\s*${n}(?![\\w$])`, `\\[\\s*['"\`]${n}['"\`]\\s*\\]`].join("|"),
    "g",
  );
}

/**
 * Does an occurrence sit on a code line? Lines that start as comments (`//`, `/*`, JSDoc ` * `) do not
 * count. Line starts are tracked forwards, so a huge one-line file stays linear.
 */
function usesGlobal(text: string, occurrences: RegExp): boolean {
  occurrences.lastIndex = 0;
  let lineStart = 0;
  let nextNewline = text.indexOf("\n");
  for (let m = occurrences.exec(text); m; m = occurrences.exec(text)) {
    while (nextNewline >= 0 && nextNewline < m.index) {
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf("\n", lineStart);
    }
    let first = lineStart;
    while (first < m.index && (text[first] === " " || text[first] === "\t")) first++;
    const a = text[first];
    const b = text[first + 1];
    const commentLine = first < m.index && ((a === "/" && (b === "/" || b === "*")) || (a === "*" && (b === " " || b === "\t" || b === "/" || b === "\r" || b === "\n")));
    if (!commentLine) return true;
  }
  return false;
}

function memberMatches(spec: BoundarySpec, members: readonly string[]): boolean {
  const joined = members.join(".");
  return spec.members.some((m) => {
    if (m === ANY) return members.length === 0 || (!spec.except?.includes(members[0]!) && !EXCEPTION_NAME.test(members[0]!));
    if (m === DEFAULT) return members.length === 0;
    return m === joined;
  });
}

export interface CompiledRules {
  python: LanguageRules;
  javascript: LanguageRules;
}

/** Default table plus custom rules from config (default rules switched off in config are left out). */
export function compileRules(config: ScanConfig): CompiledRules {
  const on = (id: string) => config.rules[id] !== "off";
  const specs = [...DEFAULT_SPECS.filter((s) => on(RULE_OF_CATEGORY[s.category].id)), ...config.custom.filter((c) => on(c.id) && on(customBoundary.id)).map(customSpec)];
  return {
    python: new LanguageRules("python", specs.filter((s) => s.language === "python")),
    javascript: new LanguageRules("javascript", specs.filter((s) => s.language === "javascript")),
  };
}
