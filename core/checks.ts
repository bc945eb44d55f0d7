import { blueprintsCheck } from "./blueprint/check";
import type { Check } from "./check";
import { flowsCheck } from "./flow/check";
import { ledgerCheck } from "./ledger/check";

/** Every check `flowgate check` runs, in report order. */
export const ALL_CHECKS: Check[] = [flowsCheck, blueprintsCheck, ledgerCheck];
