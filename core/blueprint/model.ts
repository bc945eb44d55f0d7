import type { SourceDocument } from "../kernel/source/document";
import type { AgentDef, Blueprint } from "./schema";

/** A Blueprint that parsed: its typed form, where each typed agent sits in the file, and whether names are missing. */
export interface BlueprintModel {
  doc: SourceDocument;
  bp: Blueprint;
  /** Typed agents with their index in the file's `agents` array (pre-link entries are skipped). */
  agents: { def: AgentDef; index: number }[];
  /** `$agent_md` entries exist: some agent names are only known after linking. */
  prelink: boolean;
  /** The `$agent_md` paths of those entries. */
  unlinkedAgents: string[];
}

/** A finding a `lints` map allowed away — kept visible, as upstream's `suppressed[]`. */
export interface SuppressedFinding {
  rule: string;
  message: string;
  source: string;
  line: number;
  column: number;
}
