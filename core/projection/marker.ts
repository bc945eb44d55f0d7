import { createHash } from "node:crypto";

/**
 * The marker every projection carries (Knowtation's form, plus the content hash), and how a file's projections
 * are found by it. Knowtation: `<!-- GENERATED FROM CANONICAL FLOW flow_x@1.2.0 (generator v1) — DO NOT EDIT; … -->`.
 */
export const MARKER_PREFIX = "GENERATED FROM CANONICAL FLOW";
/** Knowtation's generator version: the rendered layout is theirs (test/projection/knowtation.test.ts). */
export const PROJECTION_GENERATOR_VERSION = "1";
/** What a marker line becomes before two projections are compared (and before the content hash is taken). */
const NORMALISED_MARKER = "<!-- GENERATED_MARKER -->";

export function buildMarker(flowId: string, version: string, hash: string): string {
  return `<!-- ${MARKER_PREFIX} ${flowId}@${version} (generator v${PROJECTION_GENERATOR_VERSION}) ${hash} — DO NOT EDIT; regenerate via flowgate project -->`;
}

/** The line that closes a marked section of a file such as AGENTS.md. */
export function endMarker(flowId: string): string {
  return `<!-- END ${MARKER_PREFIX} ${flowId} -->`;
}

/** A line that opens a projection: rendered flow text escapes `<`, so no flow can produce one. */
export function isMarkerLine(line: string): boolean {
  const t = line.trimStart();
  return t.startsWith(`<!-- ${MARKER_PREFIX} `) || t.startsWith(`<!--${MARKER_PREFIX} `);
}

function isEndLine(line: string): boolean {
  return line.trimStart().startsWith(`<!-- END ${MARKER_PREFIX}`);
}

/** What a marker line claims. Only a claim: the check compares with a fresh render and never trusts the hash. */
export interface MarkerClaim {
  flowId: string;
  version: string;
}

/** The flow and version a marker line names, or undefined when it names none readably. Bounded: no regular expression runs over the line. */
export function parseMarker(line: string): MarkerClaim | undefined {
  const start = line.indexOf(MARKER_PREFIX);
  const end = line.indexOf("-->", start);
  if (start < 0 || end < 0) return undefined;
  const named = line.slice(start + MARKER_PREFIX.length, end).trim().split(/\s/, 1)[0]!;
  const at = named.lastIndexOf("@");
  if (at <= 0 || at === named.length - 1) return undefined;
  return { flowId: named.slice(0, at), version: named.slice(at + 1) };
}

/** The text with every marker line made the same, so projections compare by content only. */
export function normaliseMarkers(lines: readonly string[]): string[] {
  return lines.map((l) => (isMarkerLine(l) ? NORMALISED_MARKER : l));
}

/** `sha256:<hex>` of the rendered text with its marker line normalised (the hash sits in that line). */
export function contentHash(lines: readonly string[]): string {
  return `sha256:${createHash("sha256").update(normaliseMarkers(lines).join("\n"), "utf8").digest("hex")}`;
}

/** One projection found in a file: its lines (0-based, end exclusive) and the marker's claim. */
export interface FoundProjection {
  startLine: number;
  endLine: number;
  markerLine: number;
  claim?: MarkerClaim;
  /** Sections only: the end marker is missing, so the section runs to the next marker or the end of the file. */
  unterminated?: boolean;
}

/** A whole-file projection: its first marker line, if any. */
export function findWholeFile(lines: readonly string[]): FoundProjection | undefined {
  const markerLine = lines.findIndex(isMarkerLine);
  if (markerLine < 0) return undefined;
  return { startLine: 0, endLine: lines.length, markerLine, claim: parseMarker(lines[markerLine]!) };
}

/** The marked sections of a file: each opens at a marker line and closes at the next end-marker line (inclusive). */
export function findSections(lines: readonly string[]): FoundProjection[] {
  const out: FoundProjection[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isMarkerLine(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && !isEndLine(lines[j]!) && !isMarkerLine(lines[j]!)) j++;
    const closed = j < lines.length && isEndLine(lines[j]!);
    out.push({ startLine: i, endLine: closed ? j + 1 : j, markerLine: i, claim: parseMarker(lines[i]!), ...(closed ? {} : { unterminated: true }) });
    i = closed ? j : j - 1;
  }
  return out;
}

/** Lines of a text, line endings normalised (a checkout with CRLF is the same projection). */
export function linesOf(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split("\n");
}
