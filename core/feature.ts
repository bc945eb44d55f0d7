import type { z } from "zod";
import type { Config } from "./config/schema";
import type { FlowSnapshot } from "./flow/versions";
import type { Check } from "./gate";
import type { Finding } from "./kernel/findings";
import type { Rule } from "./kernel/rule";
import type { MarkdownSection } from "./report/markdown";

/**
 * The one shape of a feature (core/<feature>/index.ts exports one). core/features.ts lists them; the gate's
 * checks, `flowgate validate`'s dialects, the report's markdown sections, the rule catalogue and the editors'
 * per-file analysis are all derived from that list.
 */
export interface Feature {
  id: string;
  /** What `flowgate check` runs, in report order (none: judged elsewhere, e.g. approvals by the Action). */
  checks: readonly Check[];
  /** One file's findings, the same function for the workspace check and the editors. */
  analyzers?: readonly FileAnalyzer[];
  /** How `flowgate validate` recognises and validates this feature's files. */
  dialect?: Dialect;
  /** A report section from the feature's `report.details`. */
  markdown?: MarkdownSection;
  /** The feature's `.flowgate.yml` section(s), by key. */
  configSchema: Readonly<Record<string, z.ZodType>>;
  /** Every rule the feature reports (from its rules.ts; nothing else defines them). */
  rules: readonly Rule<any>[];
}

/** What a per-file analysis gets besides the file: the workspace and its config. */
export interface AnalyzeContext {
  /** Absolute workspace folder. */
  root: string;
  config: Config;
  /** The flows at the base revision (HEAD in editors) for version discipline; asked only for flow files. */
  flowBase?: () => { name: string; flows: Map<string, FlowSnapshot[]> } | undefined;
  /** The files the scan may read for what an open buffer imports (analyzeFile sets it: check.ts readableSelector, excluded files too). */
  readable?: (rel: string) => boolean;
  /** Open buffers' current text by repo-relative path: an analysis following imports reads them before disk. */
  buffer?: (rel: string) => string | undefined;
  /** Told which other files the analysis looked for or read, so a host analyzes the file again when one changes. */
  linked?: (rels: readonly string[]) => void;
  /** Editors: how long one call may parse an edited buffer before answering with interim findings (core/scan/context.ts scanSourceInProject). */
  parseSliceMs?: number;
}

export interface FileAnalyzer {
  /** The kind of file, as hosts name it ("flow", "scan", …). */
  kind: string;
  /** Which repo-relative paths it judges under a config: the same selection its workspace check makes. */
  selector(config: Config): (rel: string) => boolean;
  analyze(path: string, text: string, ctx: AnalyzeContext): Finding[] | Promise<Finding[]>;
}

/** A format `flowgate validate` can apply, how it recognises a file, and how it validates one. */
export interface Dialect {
  id: string;
  title: string;
  /** Why this file is this dialect (by configuration or name), or undefined. */
  claimsByName(path: string, config: Config): string | undefined;
  /** Why parsed content looks like this dialect, or undefined. */
  claimsByContent(data: unknown): string | undefined;
  validate(path: string, text: string, config: Config): Finding[];
}

/** A rules.ts module's rules (its other exports, e.g. tables, are not rules). */
export function rulesOf(module: Record<string, unknown>): Rule<any>[] {
  return Object.values(module).filter((v): v is Rule<any> => typeof v === "object" && v !== null && typeof (v as Rule<any>).id === "string" && typeof (v as Rule<any>).at === "function");
}
