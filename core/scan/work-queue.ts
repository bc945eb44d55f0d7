import { type Grammar, grammarOf } from "./parser";

/**
 * A pass's files grouped by grammar, and the memory its threads claim them through: sent to each worker once per
 * pass, so a thread takes its next file without asking this thread (which may be deep in a bundled library of its own).
 */
export interface QueueData {
  /** Positions in the pass's file list, by grammar and by the thread keeping their trees (if one does), in file order. */
  groups: Array<{ grammar: Grammar | undefined; keptBy?: number; items: number[] }>;
  /** Threads claiming (a group with work left is joined by a second thread only when it has plenty: JOIN_MIN_FILES). */
  threads: number;
  /** Int32 cells: per group, the next position to claim and the threads on it; last, 1 once the pass stops early. */
  cells: SharedArrayBuffer;
}

/** A thread claiming files: its place among the threads, the grammars it has scanned (their queries compiled; kept across passes), and its group in this pass. */
export interface Claimer {
  index: number;
  grammars: Set<Grammar | undefined>;
  on?: { queue: WorkQueue; group: number };
}

export interface Claim {
  grammar: Grammar | undefined;
  /** The file's position in the pass's list. */
  item: number;
}

/**
 * How often a thread lets the others' news in — this thread reads the workers' results and the host's cancellation
 * between its own files, a worker posts what it has scanned: every REPORT_FILES files or REPORT_MS, whichever is first.
 */
export const REPORT_MS = 50;
export const REPORT_FILES = 32;

/**
 * Files left per thread above which a thread joins a group another thread is on: each thread compiles its own tree
 * queries (30–100 ms per language, bench/RESULTS.md), not worth it for the last few files of another's grammar.
 */
export const JOIN_MIN_FILES = 64;

/**
 * The files of one pass, claimed one at a time by every thread from shared counters (Atomics), so no thread waits
 * on another to hand it work: one file can cost a hundred others (a bundled library the prefilter lets through).
 * A thread keeps to one grammar: more of its group, else files whose trees it kept from the first pass (the cross-file
 * pass scans them again: Scanner.passTrees), else a grammar it has scanned before (files no other thread kept first),
 * else the largest group no thread is on (and no other thread kept), else the largest group with more than
 * JOIN_MIN_FILES per thread left; else it is done and the threads on the groups left finish them. On a tree of Python
 * and TypeScript two threads then compile one query each.
 */
export class WorkQueue {
  private readonly cells: Int32Array;

  constructor(readonly data: QueueData) {
    this.cells = new Int32Array(data.cells);
  }

  /** The queue of `files` for `threads` threads; `keptBy`: the thread keeping a file's tree. */
  static of(files: readonly string[], threads: number, grammarOfFile: (file: string) => Grammar | undefined = grammarOf, keptBy: (file: string) => number | undefined = () => undefined): WorkQueue {
    const byKey = new Map<string, QueueData["groups"][number]>();
    files.forEach((file, i) => {
      const [grammar, thread] = [grammarOfFile(file), keptBy(file)];
      const key = `${grammar}\0${thread}`;
      const group = byKey.get(key);
      if (group) group.items.push(i);
      else byKey.set(key, { grammar, ...(thread === undefined ? {} : { keptBy: thread }), items: [i] });
    });
    const groups = [...byKey.values()];
    return new WorkQueue({ groups, threads, cells: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (2 * groups.length + 1)) });
  }

  /** Files no thread has claimed yet. */
  get left(): number {
    return this.data.groups.reduce((sum, _, g) => sum + this.leftIn(g), 0);
  }

  /** Stop handing out files (the pass was cancelled or failed): every thread's next claim is none. */
  stop(): void {
    Atomics.store(this.cells, this.cells.length - 1, 1);
  }

  get stopped(): boolean {
    return Atomics.load(this.cells, this.cells.length - 1) === 1;
  }

  /** The next file for `claimer`, or undefined when it has none to take (none left, stopped, or only groups other threads finish). */
  claim(claimer: Claimer): Claim | undefined {
    if (this.stopped) return undefined;
    const { groups } = this.data;
    let group = claimer.on?.queue === this ? claimer.on.group : undefined;
    for (;;) {
      if (group !== undefined) {
        const item = groups[group]!.items[Atomics.add(this.cells, 2 * group, 1)];
        if (item !== undefined) return { grammar: groups[group]!.grammar, item };
        // Used up (by this claim or another thread's): choose again.
        Atomics.sub(this.cells, 2 * group + 1, 1);
        claimer.on = undefined;
      }
      group = this.choose(claimer);
      if (group === undefined) return undefined;
      Atomics.add(this.cells, 2 * group + 1, 1);
      claimer.on = { queue: this, group };
      claimer.grammars.add(groups[group]!.grammar);
    }
  }

  private leftIn(group: number): number {
    return Math.max(0, this.data.groups[group]!.items.length - Atomics.load(this.cells, 2 * group));
  }

  private choose(claimer: Claimer): number | undefined {
    const open = this.data.groups.map((_, g) => g).filter((g) => this.leftIn(g) > 0);
    const takers = (g: number) => Atomics.load(this.cells, 2 * g + 1);
    const largest = (candidates: number[]) => candidates.reduce<number | undefined>((best, g) => (best === undefined || this.leftIn(g) > this.leftIn(best) ? g : best), undefined);
    const { groups } = this.data;
    const known = (g: number) => claimer.grammars.has(groups[g]!.grammar);
    const keptElsewhere = (g: number) => groups[g]!.keptBy !== undefined && groups[g]!.keptBy !== claimer.index;
    return (
      open.find((g) => groups[g]!.keptBy === claimer.index) ??
      open.find((g) => known(g) && !keptElsewhere(g)) ??
      open.find(known) ??
      largest(open.filter((g) => takers(g) === 0 && !keptElsewhere(g))) ??
      largest(open.filter((g) => this.leftIn(g) > JOIN_MIN_FILES * this.data.threads))
    );
  }
}
