import { runRuleCases } from "../helpers/rule-cases";
import { SOURCE_RULE_CASES } from "./rule-cases";

runRuleCases(SOURCE_RULE_CASES);
