import { runRuleCases } from "../helpers/rule-cases";
import { SCAN_RULE_CASES } from "./rule-cases";

runRuleCases(SCAN_RULE_CASES);
