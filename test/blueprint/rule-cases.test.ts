import { runRuleCases } from "../helpers/rule-cases";
import { BLUEPRINT_RULE_CASES } from "./rule-cases";

runRuleCases(BLUEPRINT_RULE_CASES);
