import type { CommentText } from "./analysis";
import type { LineIndex } from "../kernel/source/lines";
import { Literal } from "./literal";

export interface Suppression {
  /** `flowgate: ignore-boundary` as written. */
  marker: string;
  kind: "same-line" | "next-line";
  /** The line whose findings it suppresses. */
  target: number;
  reason?: string;
  start: number;
  end: number;
}

const MARKER = /\b(flowgate|agentledger):\s*(ignore-boundary|ignore-next-line)(?![\w-])/g;
/** Both markers' words start so: one search of the text for it, each place checked for either (not two searches). */
const IGNORE_TEXT = "ignore-";
const IGNORE = new Literal(IGNORE_TEXT);
/** Cheap test before asking the parser for comments: does the text hold `ignore-boundary` or `ignore-next-line`? */
export function mayHaveSuppression(text: string): boolean {
  for (let at = IGNORE.indexIn(text); at >= 0; at = IGNORE.indexIn(text, at + 1)) if (text.startsWith("boundary", at + IGNORE_TEXT.length) || text.startsWith("next-line", at + IGNORE_TEXT.length)) return true;
  return false;
}

/** Suppression markers inside real comments only (never strings), with the line each one covers. */
export function suppressionsOf(comments: readonly CommentText[], lines: LineIndex): Suppression[] {
  const out: Suppression[] = [];
  for (const node of comments) {
    const text = node.text;
    if (!mayHaveSuppression(text)) continue;
    for (const m of text.matchAll(MARKER)) {
      const start = node.startIndex + m.index;
      const end = start + m[0].length;
      const rest = text.slice(m.index + m[0].length).split(/\r?\n/)[0]!;
      const reason = /^\s*--\s*(.*)$/.exec(rest)?.[1]?.replace(/\*\/\s*$/, "").trim();
      const kind = m[2] === "ignore-boundary" ? "same-line" : "next-line";
      const target = kind === "same-line" ? lines.position(start).line : lines.position(node.endIndex).line + 1;
      // The quick fix's placeholder left as inserted ("TODO: …") is not a reason.
      out.push({ marker: `${m[1]}: ${m[2]}`, kind, target, reason: reason && !/^TODO\b/i.test(reason) ? reason : undefined, start, end });
    }
  }
  return out;
}
