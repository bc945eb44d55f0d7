import { vi } from "vitest";
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

/** Checks findings against the expected ones, naming the step. */
export type ExpectEqual = (actual: unknown, expected: unknown, step: string) => void;

/**
 * A document typed into step by step, scanned by a kept document with the language's re-analysis
 * (`module[name]`, spied on) and by one whose re-analysis always refuses: the two get the same incremental
 * trees, so their findings must be equal exactly; a fresh scan of each step must agree too where the
 * text parses. `answered`: for each re-analysis asked, whether it answered.
 */
export async function typing<M extends object, K extends keyof M & string>(module: M, name: K, grammar: Grammar, path: string, steps: Iterable<string>, expectEqual: ExpectEqual) {
  const original = module[name] as (...args: unknown[]) => unknown;
  let refuse = false;
  const answered: boolean[] = [];
  vi.spyOn(module, name as never).mockImplementation(((...args: unknown[]) => {
    if (refuse) return undefined;
    const answer = original(...args);
    answered.push(answer !== undefined);
    return answer;
  }) as never);
  const [scanner, full, fresh] = await Promise.all([0, 1, 2].map(() => Scanner.create({ grammars: [grammar] })));
  const out = [...steps].map((text, i) => {
    const findings = scanner!.scanSource(path, text);
    refuse = true;
    expectEqual(findings, full!.scanSource(path, text), `step ${i}`);
    refuse = false;
    // On broken code an incremental re-parse may recover differently from a fresh one (other calls in the broken region).
    const fromScratch = fresh!.scan(path, text).findings;
    if (!findings.concat(fromScratch).some((f) => f.rule === "scan/parse-error")) expectEqual(findings, fromScratch, `step ${i} (fresh)`);
    return where(findings);
  });
  scanner!.dispose();
  full!.dispose();
  return { out, answered };
}

/** 40 random edits of `original` (a real file), checked as typing() does: how many re-analyses were asked for and how many answered. */
export async function randomEdits<M extends object, K extends keyof M & string>(module: M, name: K, grammar: Grammar, path: string, original: string, snippets: readonly string[], seed: number, expectEqual: ExpectEqual) {
  const { out, answered } = await typing(module, name, grammar, path, [original, ...edits(original, 40, snippets, seed)], expectEqual);
  return { steps: out.length - 1, asked: answered.length, answers: answered.filter(Boolean).length };
}
