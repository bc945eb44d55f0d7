import type { Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { blueprintHoverAt } from "../core/blueprint";
import { type Config, type Finding, getRule } from "../core/index";
import { analyzeOpen } from "./analysis";
import { toRange } from "./convert";
import { locate } from "./folders";
import { openCell } from "./notebook-analysis";
import type { ServerState } from "./state";

const contains = (f: Finding, p: Position) => {
  const r = toRange(f);
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
};

/** Markdown for a hover: each finding under the cursor with its rule's help and docs link, then a Blueprint's cascades. */
export function hoverAt(doc: TextDocument, rel: string, config: Config, findings: readonly Finding[], position: Position): string | undefined {
  const parts = findingParts(findings, position);
  let cascade: string | undefined;
  try {
    cascade = blueprintHoverAt(rel, doc.getText(), config, position.line + 1, position.character + 1);
  } catch {
    cascade = undefined; // a hover is a convenience: diagnostics report what is wrong with the file
  }
  if (cascade) parts.push(cascade);
  return parts.length ? parts.join("\n\n---\n\n") : undefined;
}

/** Each finding under the cursor with its rule's help and docs link. */
const findingParts = (findings: readonly Finding[], position: Position) =>
  findings.filter((f) => contains(f, position)).map((f) => [`**${f.rule}** — ${f.message}`, f.help ? `\n${f.help.text}\n\n[Rule documentation](${f.help.uri})` : ""].join("\n"));

/** Markdown for a hover over findings alone. */
export function findingsHover(findings: readonly Finding[], position: Position): string | undefined {
  return findingParts(findings, position).join("\n\n---\n\n") || undefined;
}

/** Rule ids are written `category/name` (scan/shell-command); only registered ones become links. */
const RULE_ID = /\b[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*\b/g;
/** Links are looked for in the first megabyte only: a convenience must not cost a huge file a full regex pass per request. */
const MAX_LINK_CHARS = 1_000_000;
const MAX_LINKS = 1000;

/** Every registered rule id in a document (suppression notes, .flowgate.yml `allow:` lists, docs), linked to its documentation. */
export function ruleLinks(doc: TextDocument): { start: number; end: number; target: string; id: string }[] {
  const text = doc.getText().slice(0, MAX_LINK_CHARS);
  const out: { start: number; end: number; target: string; id: string }[] = [];
  for (const m of text.matchAll(RULE_ID)) {
    const rule = getRule(m[0]);
    if (rule) out.push({ start: m.index, end: m.index + m[0].length, target: rule.helpUri, id: rule.id });
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}

/** textDocument/hover and textDocument/documentLink. */
export function serveHover(state: ServerState): void {
  const { connection, documents } = state;
  connection.onHover(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    const cell = doc ? undefined : openCell(state, textDocument.uri);
    const at = locate(state.folders, cell?.notebook ?? textDocument.uri);
    if (!at) return null;
    // A notebook's cell: the findings last published on it (no Blueprint is a notebook).
    const markdown = doc ? hoverAt(doc, at.rel, at.folder.config, (await analyzeOpen(state, doc)).findings, position) : cell && findingsHover(cell.findings, position);
    return markdown ? { contents: { kind: "markdown", value: markdown } } : null;
  });

  connection.onDocumentLinks(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    return ruleLinks(doc).map((l) => ({ range: { start: doc.positionAt(l.start), end: doc.positionAt(l.end) }, target: l.target, tooltip: `Flowgate rule ${l.id}` }));
  });
}
