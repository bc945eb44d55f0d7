import type { LiveScanSettings, Config, Finding } from "../../core/index";

/** One document as the analyzers see it: no vscode types, so the dispatch is unit-testable. */
export interface DocumentInput {
  /** Absolute workspace folder. */
  root: string;
  /** Repo-relative, forward slashes. */
  rel: string;
  text: string;
  languageId: string;
}

export interface AnalyzerEnv {
  config: Config;
  /** Restricted Mode: no custom scan rules, no git, no writes. */
  trusted: boolean;
  scan: LiveScanSettings;
}

/** A live check of one open document; undefined when the document is not its kind. */
export interface Analyzer {
  name: string;
  analyze(input: DocumentInput, env: AnalyzerEnv): Promise<Finding[] | undefined> | Finding[] | undefined;
}
