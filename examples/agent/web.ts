// Web tools for the TypeScript side of the agent. Calls leave through `gateway`, except the planted ones.
import { exec as shell } from "node:child_process";
import type OpenAI from "openai";
import { gateway } from "./gateway";

export interface Page {
  url: string;
  body: string;
}

/** Not flagged: goes through the gateway's registered `http_get` tool. */
export async function readPage(url: string): Promise<Page> {
  const res = await gateway.call("http_get", { url });
  return { url, body: res.body };
}

/** PLANTED: the global fetch, directly. */
export async function ping(url: string): Promise<number> {
  const res = await fetch(url, { method: "HEAD" });
  return res.status;
}

/** PLANTED: a shell command through an aliased child_process import. */
export function archive(dir: string): void {
  shell(`tar czf ${dir}.tgz ${dir}`);
}

export class Crawler {
  constructor(private readonly client: { fetch(url: string): Promise<string> }) {}

  /** Not flagged: a method of another object. */
  async crawl(url: string): Promise<string> {
    return this.client.fetch(url);
  }
}

/** Not flagged: `fetch` is a parameter here (an injected, gateway-backed fetcher). */
export async function withFetcher(fetch: (u: string) => Promise<string>, url: string): Promise<string> {
  return fetch(url);
}

// Not flagged: comments and strings that mention fetch("https://example.com") or shell("rm -rf").
export const HELP = `use gateway.call("http_get") instead of fetch("${"https://example.com"}")`;

/** Not flagged: only the type is imported from openai (erased at runtime). */
export type ModelClient = OpenAI;
