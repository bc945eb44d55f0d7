/** What the Action needs from the workflow event payload (GITHUB_EVENT_PATH), read defensively. */
export interface PullRequestEvent {
  kind: "pull_request";
  number: number;
  author: string;
  baseSha: string;
  headSha: string;
  /** The head branch lives in another repository: its token is read-only, comments will be refused. */
  fromFork: boolean;
}

export interface PushEvent {
  kind: "push";
  /** The commit the branch pointed at before the push; absent for a new branch. */
  before?: string;
}

export type GateEvent = PullRequestEvent | PushEvent | { kind: "other"; name: string };

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target", "pull_request_review"]);
const NULL_SHA = /^0+$/;

function str(v: unknown): string | undefined {
  return typeof v === "string" && v ? v : undefined;
}

function get(v: unknown, ...path: string[]): unknown {
  for (const k of path) v = v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

export function readEvent(name: string, payload: unknown): GateEvent {
  if (PULL_REQUEST_EVENTS.has(name) && get(payload, "pull_request")) {
    const pr = get(payload, "pull_request");
    const number = get(pr, "number");
    const baseSha = str(get(pr, "base", "sha"));
    const headSha = str(get(pr, "head", "sha"));
    if (typeof number !== "number" || !baseSha || !headSha) return { kind: "other", name };
    const headRepo = str(get(pr, "head", "repo", "full_name"));
    const baseRepo = str(get(pr, "base", "repo", "full_name"));
    return {
      kind: "pull_request",
      number,
      author: str(get(pr, "user", "login")) ?? "",
      baseSha,
      headSha,
      fromFork: headRepo !== undefined && headRepo !== baseRepo,
    };
  }
  if (name === "push") {
    const before = str(get(payload, "before"));
    return { kind: "push", before: before && !NULL_SHA.test(before) ? before : undefined };
  }
  return { kind: "other", name };
}
