import type { MockInstance } from "vitest";
import type { Grammar } from "../../core/scan/parser";
import { Scanner } from "../../core/scan/scan";

/** Deterministic pseudo-random edits (no Math.random: a failure must reproduce). */
export function* edits(text: string, count: number, snippets: readonly string[], seed: number) {
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  let current = text;
  for (let i = 0; i < count; i++) {
    // Half the edits at a line start (statements, comments, indentation), half anywhere.
    let at = next(current.length + 1);
    if (next(2) === 0) at = current.lastIndexOf("\n", at - 1) + 1;
    const removed = next(3) === 0 ? next(40) : 0;
    current = current.slice(0, at) + snippets[next(snippets.length)]! + current.slice(at + removed);
    yield current;
  }
}

/** "rule line:col" of each finding, in report order. */
export const where = (findings: ReturnType<Scanner["scanSource"]>) => findings.map((f) => `${f.rule} ${f.line}:${f.column}`);

/** Checks a scan's findings against a fresh scan's, naming the step. */
export type ExpectEqual = (actual: unknown, expected: unknown, step: string) => void;

/**
 * A document typed into step by step: each step's findings from the kept document, checked against a fresh
 * scan; `answered`: for each re-analysis asked, whether it answered (the spy is on the language's re-analysis).
 */
export async function typing(reanalyze: MockInstance, grammar: Grammar, path: string, steps: Iterable<string>, expectEqual: ExpectEqual) {
  const scanner = await Scanner.create({ grammars: [grammar] });
  const fresh = await Scanner.create({ grammars: [grammar] });
  const out = [...steps].map((text, i) => {
    const findings = scanner.scanSource(path, text);
    expectEqual(findings, fresh.scan(path, text).findings, `step ${i}`);
    return where(findings);
  });
  const answered = reanalyze.mock.results.map((r) => r.type === "return" && r.value !== undefined);
  scanner.dispose();
  return { out, answered };
}

/** 40 random edits of `original` (a real file), each step equal to a fresh full scan: how many re-analyses were asked for and how many answered. */
export async function randomEdits(reanalyze: MockInstance, grammar: Grammar, path: string, original: string, snippets: readonly string[], seed: number, expectEqual: ExpectEqual) {
  const { out, answered } = await typing(reanalyze, grammar, path, [original, ...edits(original, 40, snippets, seed)], expectEqual);
  return { steps: out.length - 1, asked: answered.length, answers: answered.filter(Boolean).length };
}
