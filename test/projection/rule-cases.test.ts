import { runRuleCases } from "../helpers/rule-cases";
import { PROJECTION_RULE_CASES } from "./rule-cases";

runRuleCases(PROJECTION_RULE_CASES);
