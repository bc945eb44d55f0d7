import type { FileAnalyzer } from "../feature";
import { isLedgerFile } from "../kernel/selectors";
import { verifyLedgerText } from "./verify";

/** The ledger feature's per-file function: one ledger's chain and state machine (history at the base is the workspace check's). */
export const ledgerAnalyzer: FileAnalyzer = {
  kind: "ledger",
  selector: () => isLedgerFile,
  analyze: (path, text) => verifyLedgerText(path, text).findings,
};
