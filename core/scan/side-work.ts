// The worker's side of side-jobs.ts: each kind's per-file work, as its check does it on the gate's thread. Built as
// dist/scan-worker-side.js, apart from the worker's bundle, which requires it on its first such file (worker.ts).
import type { Config } from "../config/schema";
import { blueprintFile } from "../blueprint/check";
import type { SideJobKind } from "./side-jobs";

export type SideWork = Record<SideJobKind, (root: string, file: string, config: Config) => unknown>;

export const SIDE_WORK: SideWork = {
  blueprints: blueprintFile,
};
