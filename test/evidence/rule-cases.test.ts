import { runRuleCases } from "../helpers/rule-cases";
import { EVIDENCE_RULE_CASES } from "./rule-cases";

runRuleCases(EVIDENCE_RULE_CASES);
