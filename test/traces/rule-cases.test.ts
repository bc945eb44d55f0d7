import { runRuleCases } from "../helpers/rule-cases";
import { TRACES_RULE_CASES } from "./rule-cases";

runRuleCases(TRACES_RULE_CASES);
