import { runRuleCases } from "../helpers/rule-cases";
import { FLOW_RULE_CASES } from "./rule-cases";

runRuleCases(FLOW_RULE_CASES);
