import type { Report } from "../core/index";
import { type Octokit, type PullRequestRef, createComment, deleteComment, errorLine, findStickyComment, statusOf, updateComment } from "./github";
import { type CommentContext, commentAction, commentBody } from "./render";

export type CommentOutcome =
  | { kind: "created" | "updated" | "deleted"; id: number }
  | { kind: "skipped" }
  /** GitHub refused (a fork's read-only token, missing `pull-requests: write`): the verdict does not change. */
  | { kind: "refused"; status: number; error: string };

/** Keep the one sticky comment in step with the verdict: create it, update it in place, or remove it. */
export async function syncComment(
  octokit: Octokit,
  pr: PullRequestRef,
  mode: "always" | "on-failure" | "never",
  report: Report,
  ctx: CommentContext,
): Promise<CommentOutcome> {
  const action = commentAction(mode, report.summary.passed);
  if (action.kind === "none") return { kind: "skipped" };
  try {
    const existing = await findStickyComment(octokit, pr, ctx.marker);
    if (action.kind === "delete") {
      if (!existing) return { kind: "skipped" };
      await deleteComment(octokit, pr, existing.id);
      return { kind: "deleted", id: existing.id };
    }
    const body = commentBody(report, ctx, action.brief);
    if (existing) {
      if (existing.body !== body) await updateComment(octokit, pr, existing.id, body);
      return { kind: "updated", id: existing.id };
    }
    return { kind: "created", id: await createComment(octokit, pr, body) };
  } catch (e) {
    const status = statusOf(e);
    if (status === undefined) throw e;
    return { kind: "refused", status, error: errorLine(e) };
  }
}
