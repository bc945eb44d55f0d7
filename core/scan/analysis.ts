import type { ModulePath } from "./resolve";

/** A call (or `new`) whose callee resolves to a watched module; start/end are the callee's offsets. */
export interface CallSite {
  start: number;
  end: number;
  callee: string;
  path: ModulePath;
  kind: "call" | "new";
}

/** An import of a watched module (for `report-import` rules and star-import notes). */
export interface ImportSite {
  start: number;
  end: number;
  module: string;
  star: boolean;
}

export interface Analysis {
  calls: CallSite[];
  imports: ImportSite[];
}

/** Which modules a language's rules watch; bindings are only made for these. */
export interface ModuleFilter {
  /** Is this import worth binding (a watched module, or a package one is reached through)? */
  relevant(module: string): boolean;
  /** Member names listed explicitly for a module (what a Python star import still lets us see). */
  explicitMembers(module: string): string[];
}
