import { join } from "node:path";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { analyzeFile, kindsOf, type Finding, limitsOf, readSourceText, withDiskByteOrderMark } from "../core/index";
import { analysisPending } from "../core/scan";
import { fsPathOf, locate } from "./folders";
import { type Analysis, describe, isOpen, type ServerState } from "./state";

/** One file's findings (open buffer or disk text) through the core; a failure is logged and yields none. */
export async function analyzeText(state: ServerState, uri: string, text: string, parseSliceMs?: number): Promise<Finding[]> {
  const { folders, head, trusted } = state;
  const at = locate(folders, uri);
  if (!at) return [];
  const { folder, rel } = at;
  try {
    // The files it imports are read from their open buffers first; which ones it read is kept, to analyze it again when
    // one changes. By file path: a client may spell a file's URI otherwise than uriOf (percent-encoding).
    let open: Map<string, TextDocument> | undefined;
    const buffer = (file: string) => (open ??= new Map(state.documents.all().map((d) => [fsPathOf(d.uri) ?? d.uri, d]))).get(join(folder.root, file))?.getText();
    const linked = (files: readonly string[]) => {
      if (!isOpen(state, uri)) return; // a closed file's: the workspace gate's to judge again
      if (files.length) state.linked.set(uri, new Set(files.map((file) => join(folder.root, file))));
      else state.linked.delete(uri);
    };
    return (await analyzeFile({ root: folder.root, rel, text }, { config: folder.config, scan: folder.settings.scan, flowBase: trusted ? () => head.get(folder.root, folder.config) : undefined, buffer, linked, parseSliceMs })) ?? [];
  } catch (error) {
    state.log("error", `analyzing ${rel}: ${describe(error)}`);
    return [];
  }
}

/**
 * How long the first analysis step may parse an edited buffer. Broken syntax can make tree-sitter's error recovery
 * slow (one unclosed `(` near the top of 5,000 lines of Python: ~0.7 s); past this the server answers with interim
 * findings. Long enough for an ordinary keystroke's parse (a structural one re-parses 5,000 lines of Python in
 * ~40 ms idle, bench/RESULTS.md) to answer at once, with no interim note flickering in.
 */
export const FIRST_PARSE_STEP_MS = 40;
/** Each later step: the parse goes on between the server's messages, and a newer version of the buffer abandons it. */
const PARSE_STEP_MS = 15;

/**
 * The open buffer's findings at its current version (computed once per version). While a slow parse goes on,
 * `onInterim` gets the interim findings once, after the next step; the promise resolves with the finished analysis, or with
 * the last interim one (`pending`) when a newer version abandoned it.
 */
export function analyzeOpen(state: ServerState, doc: TextDocument, onInterim?: (interim: Analysis) => void): Promise<Analysis> {
  const { analyses, running, interims, documents, ready } = state;
  const generation = state.generations.get(doc.uri) ?? 0;
  const cached = analyses.get(doc.uri);
  if (cached?.version === doc.version && (cached.generation ?? 0) === generation) return Promise.resolve(cached);
  const key = `${doc.uri}\0${doc.version}\0${generation}`;
  if (onInterim) interims.set(key, [...(interims.get(key) ?? []), onInterim]);
  let pending = running.get(key);
  if (!pending) {
    const version = doc.version;
    pending = ready
      .then(async (): Promise<Analysis> => {
        const path = fsPathOf(doc.uri);
        // Read once: the document object is updated in place by later versions.
        const text = path ? withDiskByteOrderMark(path, doc.getText()) : doc.getText();
        for (let step = FIRST_PARSE_STEP_MS; ; step = PARSE_STEP_MS) {
          const findings = await analyzeText(state, doc.uri, text, step);
          if (!findings.some((f) => f.rule === analysisPending.id)) return { version, findings, generation };
          const interim = { version, findings, generation, pending: true };
          // The interim findings are the same at every step: each listener hears of them once.
          const listeners = interims.get(key) ?? [];
          interims.delete(key);
          for (const listener of listeners) listener(interim);
          await new Promise((resolve) => setImmediate(resolve));
          if (documents.get(doc.uri)?.version !== version) return interim;
        }
      })
      .then((result) => {
        if (!result.pending && documents.get(doc.uri)?.version === version && (state.generations.get(doc.uri) ?? 0) === generation) analyses.set(doc.uri, result);
        return result;
      })
      .finally(() => {
        running.delete(key);
        interims.delete(key);
      });
    running.set(key, pending);
  }
  return pending;
}

/** A file's findings as it is on disk (closed files). */
export async function analyzeDisk(state: ServerState, uri: string): Promise<Finding[]> {
  const path = fsPathOf(uri);
  const at = locate(state.folders, uri);
  if (!path || !at) return [];
  if (kindsOf(at.rel, at.folder.config, at.folder.settings.scan).length === 0) return [];
  const read = readSourceText(path, at.rel, limitsOf(at.folder.config));
  return read.text === undefined ? read.findings : analyzeText(state, uri, read.text);
}
