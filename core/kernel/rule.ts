import type { Finding, Range, Severity, Fix } from "./findings";

export const DOCS_BASE = "https://github.com/flowgate-dev/flowgate/blob/main/docs/rules.md";

/** A rule's id, default severity, message, help and docs anchor live together in one definition. */
export interface RuleDefinition<Args extends unknown[] = never[]> {
  id: string;
  severity: Severity;
  category: string;
  /** One line: what the rule checks (SARIF shortDescription). */
  summary: string;
  /** Why it matters and how to fix it (SARIF help / fullDescription). */
  help: string;
  message: (...args: Args) => string;
}

export interface Rule<Args extends unknown[] = never[]> extends RuleDefinition<Args> {
  helpUri: string;
  /** Build a finding of this rule at a range. */
  at(file: string, range: Range, ...args: Args): Finding;
}

const registry = new Map<string, Rule<any>>();

export function anchorOf(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function defineRule<Args extends unknown[]>(def: RuleDefinition<Args>): Rule<Args> {
  if (registry.has(def.id)) throw new Error(`duplicate rule id ${def.id}`);
  const helpUri = `${DOCS_BASE}#${anchorOf(def.id)}`;
  const rule: Rule<Args> = {
    ...def,
    helpUri,
    at(file, range, ...args) {
      return {
        rule: def.id,
        severity: def.severity,
        message: def.message(...args),
        file,
        ...range,
        help: { text: def.help, uri: helpUri },
        category: def.category,
      };
    },
  };
  registry.set(def.id, rule);
  return rule;
}

export function getRule(id: string): Rule<any> | undefined {
  return registry.get(id);
}

export function allRules(): Rule<any>[] {
  return [...registry.values()];
}

export function withFix(finding: Finding, ...fixes: Fix[]): Finding {
  return { ...finding, fix: [...(finding.fix ?? []), ...fixes] };
}
