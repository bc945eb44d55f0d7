/**
 * Approvals committed to a pull request (run ledgers, evidence bundles) judged against the pull request
 * itself. The GitHub Action judges them (they need the pull request): no workspace check, no per-file analysis.
 */
import { rulesOf, type Feature } from "../feature";
import * as R from "./rules";

export const approvalsFeature: Feature = {
  id: "approvals",
  checks: [],
  configSchema: {},
  rules: rulesOf(R),
};
export { approvalsIn, hasWriteAssociation, judgeGithubReviews, judgeNotAuthor, reviewProblem, type ApprovalRecord, type GitHubIdentity, type Review } from "./judge";
