import { runRuleCases } from "../helpers/rule-cases";
import { LEDGER_RULE_CASES } from "./rule-cases";

runRuleCases(LEDGER_RULE_CASES);
