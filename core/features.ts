import { approvalsFeature } from "./approvals/index";
import { blueprintFeature } from "./blueprint/index";
import { evidenceFeature } from "./evidence/index";
import { type Dialect, type Feature, type FileAnalyzer, rulesOf } from "./feature";
import { flowFeature } from "./flow/index";
import type { Check } from "./gate";
import type { Rule } from "./kernel/rule";
import * as SourceRules from "./kernel/source/rules";
import { ledgerFeature } from "./ledger/index";
import { projectionFeature } from "./projection/index";
import type { MarkdownSection } from "./report/markdown";
import { scanFeature } from "./scan/index";
import { tracesFeature } from "./traces/index";
import { trustFeature } from "./trust/index";
import { validatedMarkdown } from "./validated";

/**
 * Every feature, in report order. The only list: the gate's checks, the editors' per-file analyzers,
 * `flowgate validate`'s dialects, the report's markdown sections and the rule catalogue derive from it.
 */
export const FEATURES: readonly Feature[] = [flowFeature, scanFeature, blueprintFeature, ledgerFeature, evidenceFeature, tracesFeature, approvalsFeature, trustFeature, projectionFeature];

/** Every check `flowgate check` runs, in report order. */
export const ALL_CHECKS: readonly Check[] = FEATURES.flatMap((f) => f.checks);

/** The per-file functions, in report order: a file's findings are every analyzer's that selects it. */
export const ANALYZERS: readonly FileAnalyzer[] = FEATURES.flatMap((f) => f.analyzers ?? []);

/** Order matters: the first dialect that claims a file wins. */
export const DIALECTS: readonly Dialect[] = FEATURES.flatMap((f) => (f.dialect ? [f.dialect] : []));

/** Sections after the findings table; their order in reports predates the registry and is kept. */
const SECTION_ORDER = ["scan", "ledger", "evidence", "traces", "blueprint"];
const sectionRank = (f: Feature) => (SECTION_ORDER.includes(f.id) ? SECTION_ORDER.indexOf(f.id) : SECTION_ORDER.length);
export const MARKDOWN_SECTIONS: readonly MarkdownSection[] = [
  ...FEATURES.filter((f) => f.markdown)
    .sort((a, b) => sectionRank(a) - sectionRank(b))
    .map((f) => f.markdown!),
  validatedMarkdown,
];

/** Every rule Flowgate reports: the kernel's (files that do not parse) and each feature's, sorted by id. */
export const RULE_CATALOGUE: readonly Rule<any>[] = [...rulesOf(SourceRules), ...FEATURES.flatMap((f) => f.rules)].sort((a, b) => (a.id < b.id ? -1 : 1));
