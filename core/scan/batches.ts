import { type Grammar, grammarOf } from "./parser";

/** Files scanned as one unit of work (one message to a worker thread). */
export const BATCH = 32;

/** A batch: positions in the scanned file list, all of one grammar. */
export interface Batch {
  grammar: Grammar | undefined;
  items: number[];
}

/** A thread taking batches: the grammars it has scanned (kept across the scans of one run). */
export interface BatchTaker {
  grammars: Set<Grammar | undefined>;
}

interface Group {
  /** Positions not taken yet, in file order. */
  items: number[];
  /** Threads currently taking this group's batches. */
  takers: number;
}

/**
 * The batches of one scan, grouped by grammar. Each thread compiles its own tree queries (30–100 ms per
 * language, bench/RESULTS.md), so a thread keeps to one grammar: more of the group it is on, else a grammar it
 * has scanned before, else the largest group no thread is on, else the largest group that still has work for
 * every thread (a thread joining a group pays that query's compilation for a few batches otherwise); else it
 * takes nothing and the threads on the groups left finish them. On a tree of Python and TypeScript two threads
 * then compile one query each instead of both compiling both.
 * Batches shrink towards the end (at most 1/(2 × threads) of what is left): one file can cost a hundred others
 * (a bundled library the prefilter lets through), and the last batches should not leave other threads idle.
 */
export class BatchQueue {
  private readonly groups = new Map<Grammar | undefined, Group>();
  private readonly on = new Map<BatchTaker, Grammar | undefined>();
  private remaining = 0;

  constructor(
    files: readonly string[],
    private readonly threads = 1,
    private readonly batch = BATCH,
    grammarOfFile: (file: string) => Grammar | undefined = grammarOf,
  ) {
    const byGrammar = new Map<Grammar | undefined, number[]>();
    files.forEach((file, i) => {
      const grammar = grammarOfFile(file);
      let items = byGrammar.get(grammar);
      if (!items) byGrammar.set(grammar, (items = []));
      items.push(i);
    });
    for (const [grammar, items] of byGrammar) this.groups.set(grammar, { items, takers: 0 });
    this.remaining = files.length;
  }

  /** Files not taken yet. */
  get left(): number {
    return this.remaining;
  }

  /** The next batch for `taker`, or undefined when it has none to take (none left, or only groups other threads finish). */
  take(taker: BatchTaker): Batch | undefined {
    const open = [...this.groups].filter(([, g]) => g.items.length > 0);
    if (open.length === 0) return undefined;
    const largest = (candidates: typeof open) => candidates.reduce<(typeof open)[number] | undefined>((best, c) => (!best || c[1].items.length > best[1].items.length ? c : best), undefined);
    const current = this.on.has(taker) ? open.find(([g]) => g === this.on.get(taker)) : undefined;
    const joinable = (g: Group) => g.takers === 0 || g.items.length > 2 * this.batch * this.threads;
    const chosen = current ?? open.find(([g]) => taker.grammars.has(g)) ?? largest(open.filter(([, g]) => g.takers === 0)) ?? largest(open.filter(([, g]) => joinable(g)));
    if (!chosen) return undefined;
    const [grammar, group] = chosen;
    if (!current) {
      if (this.on.has(taker)) this.groups.get(this.on.get(taker))!.takers--;
      this.on.set(taker, grammar);
      group.takers++;
    }
    taker.grammars.add(grammar);
    const items = group.items.splice(0, Math.max(1, Math.min(this.batch, Math.ceil(this.remaining / (2 * this.threads)))));
    this.remaining -= items.length;
    return { grammar, items };
  }
}
