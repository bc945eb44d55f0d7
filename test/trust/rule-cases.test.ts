import { runRuleCases } from "../helpers/rule-cases";
import { TRUST_RULE_CASES } from "./rule-cases";

runRuleCases(TRUST_RULE_CASES);
