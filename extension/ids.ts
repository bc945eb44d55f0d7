/**
 * Every id the manifest (package.json `contributes`) and the end-to-end tests rely on. Stable once
 * released: renaming one breaks keybindings, menus and tests. extension.ts lists them for readers.
 */
export const COMMAND = {
  scanWorkspace: "flowgate.scanWorkspace",
  refresh: "flowgate.refresh",
  startRun: "flowgate.startRun",
  advanceStep: "flowgate.advanceStep",
  attachEvidence: "flowgate.attachEvidence",
  requestApproval: "flowgate.requestApproval",
  approve: "flowgate.approve",
  deny: "flowgate.deny",
  mintConsent: "flowgate.mintConsent",
  cancelRun: "flowgate.cancelRun",
  verifyLedgers: "flowgate.verifyLedgers",
  openReport: "flowgate.openReport",
  compareGolden: "flowgate.compareGolden",
  showProblems: "flowgate.showProblems",
} as const;

export type CommandId = (typeof COMMAND)[keyof typeof COMMAND];
// Command handlers take whatever VS Code passes (a view item, or nothing from the palette).
export type Handler = (...args: any[]) => unknown;

export const VIEW = {
  container: "flowgate",
  runs: "flowgate.runs",
  approvals: "flowgate.approvals",
  flows: "flowgate.flows",
  evidence: "flowgate.evidence",
} as const;

export type TreeViewId = Exclude<(typeof VIEW)[keyof typeof VIEW], typeof VIEW.container>;

/** TreeItem.contextValue: what `view/item/context` menus match with `viewItem == ...`. */
export const CONTEXT = {
  runActive: "flowgate.run.active",
  runClosed: "flowgate.run.closed",
  stepFrontier: "flowgate.step.frontier",
  step: "flowgate.step",
  approvalPending: "flowgate.approval.pending",
  approvalDecided: "flowgate.approval.decided",
  flow: "flowgate.flow",
  flowVersion: "flowgate.flowVersion",
  flowStep: "flowgate.flowStep",
  evidence: "flowgate.evidence",
  evidenceWithGolden: "flowgate.evidence.golden",
  /** A workspace folder's row (multi-root workspaces group every view by folder). */
  folder: "flowgate.folder",
} as const;

/** The `source` of every Flowgate diagnostic (the language server's, lsp/convert.ts SOURCE). */
export const DIAGNOSTIC_SOURCE = "flowgate";

/** Scheme of the read-only virtual documents "Compare with Golden" diffs. */
export const GOLDEN_SCHEME = "flowgate-golden";
