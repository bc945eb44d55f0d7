import { blueprintsCheck } from "./blueprint/check";
import type { Check } from "./check";
import { evidenceCheck, goldensCheck } from "./evidence/check";
import { flowsCheck } from "./flow/check";
import { scanCheck } from "./scan/check";
import { ledgerCheck } from "./ledger/check";
import { tracesCheck } from "./traces/check";

/** Every check `flowgate check` runs, in report order. */
export const ALL_CHECKS: Check[] = [flowsCheck, scanCheck, blueprintsCheck, ledgerCheck, evidenceCheck, goldensCheck, tracesCheck];
