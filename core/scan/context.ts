/**
 * One open buffer scanned with its project, as `flowgate check` scans it in the tree: the files it imports
 * (however many files deep, the same resolution and tsconfig aliases) are read, open buffers before disk, and the
 * same cross-file passes (cross-file.ts) resolve its calls through them. What the imported files offer is kept
 * per scanner (by path and disk stamp, or an open buffer's text), so a keystroke in the importing file re-reads
 * none of them; a file that imports no project file costs what it did without a project.
 */
import { importsAsPython } from "./parser";
import { realpathSync } from "node:fs";
import { join, posix } from "node:path";
import type { Finding } from "../kernel/findings";
import { entryAt, unsafeReason } from "../kernel/workspace";
import { aliasPrefixes, withPythonRoots } from "./aliases";
import { crossFile } from "./cross-file";
import { detachedSymbols } from "./detach";
import type { ProjectSymbols } from "./project";
import { BYTE_ORDER_MARK, type FileScan, type Scanner, type ScannerOptions, afterByteOrderMark, readSource, scannerFor } from "./scan";
import { keptPathAliases } from "./tsconfig";
import { pythonRootsAbove } from "./python-roots";

/** The workspace an open buffer belongs to, as the editor knows it. */
export interface EditorProject {
  /** Absolute workspace folder: imported files are read only inside it (never through a link out of it). */
  root: string;
  /** May the scan read this repo-relative file for what the buffer imports from it (as the check does: excluded files too, never scan.allow's)? */
  reads(rel: string): boolean;
  /** An open buffer's current text (unsaved edits), read before the disk's. */
  buffer?(rel: string): string | undefined;
}

export interface ProjectScan {
  findings: Finding[];
  /** The other files the scan looked for or read: when one changes (or appears), the buffer's findings may change. */
  linked: string[];
}

/**
 * Project files one editor scan reads at most (a hostile import graph: 10,000 imports). The check reads them all as
 * part of the tree; the editor stops here, and after MAX_CONTEXT_LOOKUPS paths looked for, so a keystroke stays
 * bounded (each file read also by limits.max-file-bytes).
 */
export const MAX_CONTEXT_FILES = 256;
/** Paths one editor scan looks for at most (a JavaScript specifier may name 17: extensions, index files). */
const MAX_CONTEXT_LOOKUPS = 16 * MAX_CONTEXT_FILES;
/** Imported files whose symbols each scanner keeps (LRU). */
const KEPT_CONTEXT_FILES = 1024;
/** Characters of open buffers' text those entries may hold, in all (an entry beyond it is dropped, oldest first). */
const KEPT_BUFFER_CHARS = 32 * 1024 * 1024;

/**
 * The scan of a buffer at `path` (repo-relative) with what it imports from `project`. With `sliceMs`, a slow parse of
 * the edited buffer pauses and the findings are interim (Scanner.scanSource); scanning the same text again resumes it.
 */
export async function scanSourceInProject(path: string, text: string, options: ScannerOptions, project: EditorProject, sliceMs?: number): Promise<ProjectScan> {
  if (text.charCodeAt(0) === BYTE_ORDER_MARK) {
    const scan = await scanSourceInProject(path, text.slice(1), options, project, sliceMs);
    return { ...scan, findings: scan.findings.map(afterByteOrderMark) };
  }
  // Python imports never name a tsconfig alias, a JavaScript file's may; they look in the folders Python packaging makes importable.
  const python = importsAsPython(path) ? pythonRootsAbove(project.root, path) : undefined;
  const aliases = python ? withPythonRoots(undefined, python.roots) : keptPathAliases(project.root, path);
  const scanner = await scannerFor({ ...options, projectPrefixes: aliasPrefixes(aliases) });
  const links = scanner.linksOf(path, text);
  if (!links.length) return { findings: scanner.scan(path, text, true, undefined, undefined, sliceMs).findings, linked: [] };
  // The buffer is parsed once per keystroke: with the project when its imports offer a watched value, else alone.
  // The first pass needs only its links (its own exports matter to files importing it, not to its findings).
  const linksOnly: FileScan = { findings: [], parsed: false, lines: 0, symbols: detachedSymbols({ exports: {}, links }) };
  const kept = keptOf(scanner);
  const context = new ContextFiles(project, path);
  const { results } = await crossFile({
    files: [path],
    judged: [linksOnly],
    context,
    aliases,
    scan: async (files) => files.map((file) => kept.scan(scanner, file, context.source(file))),
    rescan: async (files, symbols) => files.map((file) => (file === path ? scanner.scan(path, text, true, symbols, undefined, sliceMs) : kept.rescan(scanner, file, context.source(file), symbols))),
  });
  const own = results[0] !== linksOnly ? results[0]! : scanner.scan(path, text, true, undefined, undefined, sliceMs);
  return { findings: own.findings, linked: [...context.asked(), ...(python?.manifests ?? [])] };
}

/** A project file's text and what identifies it: the disk's stamp, or the open buffer's text itself. */
interface Source {
  stamp: string;
  buffer?: string;
  read(maxBytes: number): string | { skipped: string };
}

/** Which files one scan may read as context, asked once each: in the folder, readable, reached through no link out of it. */
class ContextFiles {
  private readonly answers = new Map<string, Source | undefined>();
  private admitted = 0;
  /** The folder as the disk names it; undefined when it cannot be read (then no file is). */
  private readonly realRoot: string | undefined;

  constructor(
    private readonly project: EditorProject,
    private readonly path: string,
  ) {
    try {
      this.realRoot = realpathSync(project.root);
    } catch {
      this.realRoot = undefined;
    }
  }

  has(rel: string): boolean {
    if (!this.answers.has(rel)) {
      if (this.answers.size >= MAX_CONTEXT_LOOKUPS) return false;
      const source = this.admitted < MAX_CONTEXT_FILES ? this.readable(rel) : undefined;
      if (source) this.admitted++;
      this.answers.set(rel, source);
    }
    return this.answers.get(rel) !== undefined;
  }

  source(rel: string): Source {
    return this.answers.get(rel)!;
  }

  asked(): string[] {
    return [...this.answers.keys()];
  }

  /** sourceOf, or undefined when the disk refuses (a path through a file: ENOTDIR; no permission). */
  private readable(rel: string): Source | undefined {
    try {
      return this.sourceOf(rel);
    } catch {
      return undefined;
    }
  }

  private sourceOf(rel: string): Source | undefined {
    if (this.realRoot === undefined || rel === this.path || rel.startsWith("../") || posix.isAbsolute(rel) || !this.project.reads(rel)) return undefined;
    const absolute = join(this.project.root, rel);
    const buffer = this.project.buffer?.(rel);
    const stat = buffer === undefined ? entryAt(absolute) : undefined;
    if (buffer === undefined && !stat?.isFile()) return undefined;
    // As the check: a link out of the folder or into .git/ is not read; a linked folder inside it is followed (check.ts importableExcluded).
    if (unsafeReason(this.project.root, rel)) return undefined;
    if (buffer !== undefined) return { stamp: "buffer", buffer, read: () => buffer };
    return { stamp: `${stat!.mtimeMs}:${stat!.ctimeMs}:${stat!.size}:${stat!.ino}`, read: (maxBytes) => readSource(absolute, maxBytes) };
  }
}

interface Kept {
  stamp: string;
  buffer?: string;
  scan: FileScan;
  /** Its scans with the project's table, by what its imports offered then. */
  rescans: Map<string, FileScan>;
}

/** Rescans kept per file (one per distinct table its imports saw). */
const KEPT_RESCANS = 4;

/** What imported files offered, per scanner (its rules decide what is watched), least recently used dropped first. */
class KeptContext {
  private readonly entries = new Map<string, Kept>();
  private bufferChars = 0;

  scan(scanner: Scanner, file: string, source: Source): FileScan {
    return this.entry(scanner, file, source).scan;
  }

  rescan(scanner: Scanner, file: string, source: Source, project: ProjectSymbols): FileScan {
    const entry = this.entry(scanner, file, source);
    // What its imports offer, with where each step is (a helper's line moved moves this file's resolution steps).
    const key = project.offersTo(file);
    let scan = entry.rescans.get(key);
    if (!scan) {
      scan = this.scanOf(scanner, file, source, project);
      if (entry.rescans.size >= KEPT_RESCANS) entry.rescans.delete(entry.rescans.keys().next().value!);
      entry.rescans.set(key, scan);
    }
    return scan;
  }

  private entry(scanner: Scanner, file: string, source: Source): Kept {
    const kept = this.entries.get(file);
    if (kept) this.drop(file, kept);
    const fresh = kept && kept.stamp === source.stamp && kept.buffer === source.buffer ? kept : { stamp: source.stamp, buffer: source.buffer, scan: this.scanOf(scanner, file, source), rescans: new Map() };
    this.entries.set(file, fresh);
    this.bufferChars += fresh.buffer?.length ?? 0;
    while (this.entries.size > KEPT_CONTEXT_FILES || (this.bufferChars > KEPT_BUFFER_CHARS && this.entries.size > 1)) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.drop(oldest, entry);
    }
    return fresh;
  }

  private drop(file: string, entry: Kept): void {
    this.entries.delete(file);
    this.bufferChars -= entry.buffer?.length ?? 0;
  }

  /** A context file's scan; one over the size limit, unreadable or binary offers nothing (the check's own scan reports it). */
  private scanOf(scanner: Scanner, file: string, source: Source, project?: ProjectSymbols): FileScan {
    const text = source.read(scanner.maxBytes);
    if (typeof text !== "string") return { findings: [], parsed: false, lines: 0, skipped: text.skipped };
    // Only what it offers is used (its own findings are the check's, or its own buffer's): not kept.
    const { symbols, parsed, lines } = scanner.scan(file, text, false, project);
    return { findings: [], parsed, lines, ...(symbols ? { symbols } : {}) };
  }
}

const kept = new WeakMap<Scanner, KeptContext>();
function keptOf(scanner: Scanner): KeptContext {
  let k = kept.get(scanner);
  if (!k) kept.set(scanner, (k = new KeptContext()));
  return k;
}
