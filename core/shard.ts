import { createHash } from "node:crypto";

/** One job's share of a matrix: files whose stable path hash falls in shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

const SHARD = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/;

/** "i/n" with 1 ≤ i ≤ n; anything else is an Error with a message fit for users. */
export function parseShard(text: string): Shard {
  const m = SHARD.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new Error(`shard must be "i/n" with 1 ≤ i ≤ n (for example 2/4); got "${text}"`);
  return { index, count };
}

/** The shard (1-based) a repo-relative path belongs to: sha256 of the path, so every job and machine agrees. */
export function shardOf(path: string, count: number): number {
  return (createHash("sha256").update(path).digest().readUInt32BE(0) % count) + 1;
}

export function inShard(path: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(path, shard.count) === shard.index;
}
