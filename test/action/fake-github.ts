import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request the fake API received: what the Action asked GitHub for. */
export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  authorization?: string;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: "Bot" | "User" };
}

export interface FakeState {
  /** The PR's files as GitHub lists them (paged 100 at a time unless per_page says otherwise). */
  files: { filename: string; status: string; patch?: string; previous_filename?: string }[];
  comments: FakeComment[];
  reviews: { user: { login: string; type?: "Bot" | "User" }; state: string; id: number; commit_id?: string; author_association?: string }[];
  /** Collaborator permission by login (GET …/collaborators/{login}/permission); absent logins answer 404, `403` answers 403. */
  permissions?: Record<string, "admin" | "maintain" | "write" | "triage" | "read" | "none" | 403>;
  commits: { sha: string; author: { login: string } | null; committer: { login: string } | null; commit: { author: { email: string }; committer: { email: string } } }[];
  /** HTTP status to answer comment writes with (403 = a fork's read-only token). */
  commentWriteStatus?: number;
  nextId: number;
}

/**
 * The slice of GitHub's REST API the Action uses, on 127.0.0.1, with GitHub's paging (Link headers) and
 * error shapes. Records every request so tests assert on what the Action asked for.
 */
export class FakeGitHub {
  readonly requests: ApiRequest[] = [];
  state: FakeState = { files: [], comments: [], reviews: [], commits: [], nextId: 1000 };
  private server?: Server;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((ok) => this.server!.listen(0, "127.0.0.1", ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => this.server?.close(() => ok()) ?? ok());
  }

  reset(state: Partial<FakeState> = {}): void {
    this.requests.length = 0;
    this.state = { files: [], comments: [], reviews: [], commits: [], nextId: 1000, ...state };
  }

  /** Requests as "METHOD /path?query" lines, in order. */
  log(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}${Object.keys(r.query).length ? "?" + new URLSearchParams(r.query).toString() : ""}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const request: ApiRequest = { method: req.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization };
    if (text) request.body = JSON.parse(text);
    this.requests.push(request);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(body === undefined ? "" : JSON.stringify(body));
    };
    const page = <T>(items: T[]) => {
      const per = Number(url.searchParams.get("per_page") ?? 30);
      const n = Number(url.searchParams.get("page") ?? 1);
      const last = Math.max(1, Math.ceil(items.length / per));
      const link = (p: number, rel: string) => {
        const u = new URL(url);
        u.searchParams.set("page", String(p));
        return `<${u}>; rel="${rel}"`;
      };
      const links = [n < last && link(n + 1, "next"), n < last && link(last, "last"), n > 1 && link(1, "first"), n > 1 && link(n - 1, "prev")].filter(Boolean);
      send(200, items.slice((n - 1) * per, n * per), links.length ? { link: links.join(", ") } : {});
    };
    const s = this.state;
    let m: RegExpExecArray | null;
    if (req.method === "GET" && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.exec(url.pathname))) return page(s.files);
    if (req.method === "GET" && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews$/.test(url.pathname)) return page(s.reviews);
    if (req.method === "GET" && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/commits$/.test(url.pathname)) return page(s.commits);
    if (req.method === "GET" && (m = /^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/.exec(url.pathname))) {
      const permission = s.permissions?.[decodeURIComponent(m[1]!)];
      if (permission === undefined) return send(404, { message: "Not Found" });
      if (permission === 403) return send(403, { message: "Resource not accessible by integration" });
      const legacy = permission === "maintain" ? "write" : permission === "triage" ? "read" : permission;
      return send(200, { permission: legacy, role_name: permission, user: { login: m[1] } });
    }
    if (req.method === "GET" && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(url.pathname)) return page(s.comments);
    if (req.method === "POST" && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(url.pathname)) {
      if (s.commentWriteStatus) return send(s.commentWriteStatus, { message: "Resource not accessible by integration", status: String(s.commentWriteStatus) });
      const comment: FakeComment = { id: s.nextId++, body: (request.body as { body: string }).body, user: { login: "github-actions[bot]", type: "Bot" } };
      s.comments.push(comment);
      return send(201, comment);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname))) {
      const comment = s.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return send(404, { message: "Not Found" });
      if (s.commentWriteStatus) return send(s.commentWriteStatus, { message: "Resource not accessible by integration" });
      if (req.method === "PATCH") {
        comment.body = (request.body as { body: string }).body;
        return send(200, comment);
      }
      if (req.method === "DELETE") {
        s.comments = s.comments.filter((c) => c !== comment);
        return send(204, undefined);
      }
    }
    send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
  }
}
