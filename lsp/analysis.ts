import { join } from "node:path";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { analyzeFile, kindsOf, type Finding, limitsOf, readSourceText, withDiskByteOrderMark } from "../core/index";
import { fsPathOf, locate } from "./folders";
import { type Analysis, describe, type ServerState } from "./state";

/** One file's findings (open buffer or disk text) through the core; a failure is logged and yields none. */
async function analyzeText(state: ServerState, uri: string, text: string): Promise<Finding[]> {
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
      if (!state.documents.get(uri)) return; // a closed file's: the workspace gate's to judge again
      if (files.length) state.linked.set(uri, new Set(files.map((file) => join(folder.root, file))));
      else state.linked.delete(uri);
    };
    return (await analyzeFile({ root: folder.root, rel, text }, { config: folder.config, scan: folder.settings.scan, flowBase: trusted ? () => head.get(folder.root, folder.config) : undefined, buffer, linked })) ?? [];
  } catch (error) {
    state.log("error", `analyzing ${rel}: ${describe(error)}`);
    return [];
  }
}

/** The open buffer's findings at its current version (computed once per version). */
export function analyzeOpen(state: ServerState, doc: TextDocument): Promise<Analysis> {
  const { analyses, running, documents, ready } = state;
  const generation = state.generations.get(doc.uri) ?? 0;
  const cached = analyses.get(doc.uri);
  if (cached?.version === doc.version && (cached.generation ?? 0) === generation) return Promise.resolve(cached);
  const key = `${doc.uri}\0${doc.version}\0${generation}`;
  let pending = running.get(key);
  if (!pending) {
    const version = doc.version;
    pending = ready
      .then(() => {
        const path = fsPathOf(doc.uri);
        return analyzeText(state, doc.uri, path ? withDiskByteOrderMark(path, doc.getText()) : doc.getText());
      })
      .then((findings) => {
        const result = { version, findings, generation };
        if (documents.get(doc.uri)?.version === version && (state.generations.get(doc.uri) ?? 0) === generation) analyses.set(doc.uri, result);
        return result;
      })
      .finally(() => running.delete(key));
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
