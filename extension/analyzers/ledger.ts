import { runIdOfPath, verifyLedgerText } from "../../core/ledger/verify";
import type { Analyzer } from "./types";

/** A run ledger (.flowgate/runs/<run_id>.jsonl): its chain, its lines and a replay of every transition. */
export const ledgerAnalyzer: Analyzer = {
  name: "ledger",
  analyze: ({ rel, text }) => (runIdOfPath(rel) ? verifyLedgerText(rel, text).findings : undefined),
};
