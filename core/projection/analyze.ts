import type { Config } from "../config/schema";
import type { FileAnalyzer } from "../feature";
import { compareSemver, SEMVER_RE } from "../flow/schema";
import { globMatcher } from "../kernel/files";
import type { Finding, Fix, Range } from "../kernel/findings";
import { withFix } from "../kernel/rule";
import type { ProjectionPlace, RenderedHarness } from "./config";
import { type KnownFlow, latestOf, walkWorkspaceFlows, type WorkspaceFlows } from "./flows";
import { findSections, findWholeFile, type FoundProjection, linesOf, normaliseMarkers } from "./marker";
import { asSection, renderProjection, type RenderResult } from "./render";
import * as R from "./rules";
import { append } from "../kernel/append";

/** The first `projections.files` entry whose glob matches a path: it says how the file is judged. */
export function placeOf(config: Config, rel: string): ProjectionPlace | undefined {
  return config.projections.files.find((p) => placeMatcher(p)(rel));
}

/** Each place's matcher, compiled once per configuration (editors ask on every debounced keystroke). */
const matchers = new WeakMap<ProjectionPlace, (rel: string) => boolean>();
function placeMatcher(place: ProjectionPlace): (rel: string) => boolean {
  let m = matchers.get(place);
  if (!m) matchers.set(place, (m = globMatcher([place.glob])));
  return m;
}

/** Fresh renders by flow, version and harness, so a file of many sections renders each flow once. */
export class Renders {
  private readonly cache = new Map<string, RenderResult>();
  constructor(readonly flows: WorkspaceFlows) {}
  get(flowId: string, version: string, harness: RenderedHarness): RenderResult | undefined {
    const bundle = this.flows.get(flowId)?.versions.get(version)?.bundle;
    if (!bundle) return undefined;
    const key = `${flowId}@${version}/${harness}`;
    if (!this.cache.has(key)) this.cache.set(key, renderProjection(bundle, harness));
    return this.cache.get(key);
  }
}

/** What the report's projections section lists: one line per projection found (or required), with its rule ids. */
export interface ProjectionStatus {
  file: string;
  line: number;
  /** `flow_id@version` as the marker names it, or the required flow. */
  subject: string;
  harness: RenderedHarness;
  problems: string[];
}

export interface ProjectionAnalysis {
  findings: Finding[];
  statuses: ProjectionStatus[];
}

const lineRange = (lines: readonly string[], index: number): Range => ({ line: index + 1, column: 1, endLine: index + 1, endColumn: (lines[index] ?? "").length + 1 });

/** The range of lines [start, end) as an edit replaces them. */
function span(lines: readonly string[], start: number, end: number): Range {
  if (end < lines.length) return { line: start + 1, column: 1, endLine: end + 1, endColumn: 1 };
  return { line: start + 1, column: 1, endLine: lines.length, endColumn: lines[lines.length - 1]!.length + 1 };
}

/** The text a place holds for a flow's projection: the whole render, or the marked section. */
function freshText(result: RenderResult, place: ProjectionPlace): string | undefined {
  return "projection" in result ? (place.sections ? asSection(result.projection) : result.projection.rendered) : undefined;
}

/** "Regenerate projection": the lines replaced by a fresh render of the flow's latest version. */
function regenerate(flowId: string, known: KnownFlow | undefined, place: ProjectionPlace, renders: Renders, range: Range): Fix[] {
  const latest = known && latestOf(known);
  const result = latest && renders.get(flowId, latest.version, place.harness);
  const text = result && freshText(result, place);
  return text === undefined ? [] : [{ title: `Regenerate projection (${flowId}@${latest!.version}, ${place.harness})`, edits: [{ ...range, newText: text }] }];
}

/**
 * Knowtation's isProjectionStale: a projection is stale when its version or the latest is not strict X.Y.Z
 * semver (fail closed), or when it is behind the latest. A newer projection is not stale (the check then
 * finds no bundle of that version: projection/unknown-flow).
 */
export function isProjectionStale(projectionVersion: string, latestVersion: string | undefined): boolean {
  if (!SEMVER_RE.test(projectionVersion) || latestVersion === undefined || !SEMVER_RE.test(latestVersion)) return true;
  return compareSemver(projectionVersion, latestVersion) < 0;
}

/** Why a claimed version is stale against the workspace's latest, or undefined when it is not. */
function staleness(flowId: string, version: string, known: KnownFlow): string | undefined {
  const latest = latestOf(known);
  if (!isProjectionStale(version, latest?.version)) return undefined;
  if (!SEMVER_RE.test(version)) return `its version "${version}" is not X.Y.Z semver, so it cannot be compared (fail closed)`;
  if (!latest) return `the workspace has no X.Y.Z version of ${flowId} (only ${known.unparseable.join(", ")}), so it cannot be compared (fail closed)`;
  return `${version} is behind ${latest.version}, the latest version in the workspace (${latest.file})`;
}

function judge(rel: string, lines: readonly string[], found: FoundProjection, place: ProjectionPlace, flows: WorkspaceFlows, renders: Renders): { findings: Finding[]; status: ProjectionStatus } {
  const at = lineRange(lines, found.markerLine);
  const claim = found.claim;
  const status: ProjectionStatus = { file: rel, line: found.markerLine + 1, subject: claim ? `${claim.flowId}@${claim.version}` : "(unreadable marker)", harness: place.harness, problems: [] };
  const out: Finding[] = [];
  const done = () => ((status.problems = out.map((f) => f.rule)), { findings: out, status });
  if (!claim) return out.push(R.unknownFlow.at(rel, at, "does not name a flow", 'it should read "GENERATED FROM CANONICAL FLOW flow_id@X.Y.Z"')), done();
  const ref = `${claim.flowId}@${claim.version}`;
  const known = flows.get(claim.flowId);
  if (!known) return out.push(R.unknownFlow.at(rel, at, `names ${ref}`, `but the workspace has no flow ${claim.flowId}`)), done();
  const fix = regenerate(claim.flowId, known, place, renders, span(lines, found.startLine, found.endLine));
  const stale = staleness(claim.flowId, claim.version, known);
  if (stale) out.push(withFix(R.stale.at(rel, at, ref, stale), ...fix));
  const result = renders.get(claim.flowId, claim.version, place.harness);
  if (!result) {
    if (!stale) out.push(withFix(R.unknownFlow.at(rel, at, `names ${ref}`, `but the workspace defines ${claim.flowId} only up to ${latestOf(known)!.version}`), ...fix));
    return done();
  }
  const fresh = freshText(result, place);
  if (fresh === undefined) return out.push(R.unrenderable.at(rel, at, ref, "error" in result ? result.error : "")), done();
  const disk = normaliseMarkers(lines.slice(found.startLine, found.endLine));
  // A section ends at its end-marker line; the render's final line break opens no line of the section.
  const want = normaliseMarkers(place.sections ? linesOf(fresh).slice(0, -1) : linesOf(fresh));
  const differs = disk.findIndex((l, i) => l !== want[i]);
  const first = differs >= 0 ? differs : disk.length !== want.length ? Math.min(disk.length, want.length) : -1;
  if (first >= 0) {
    const index = Math.min(found.startLine + first, lines.length - 1);
    const where = `from line ${index + 1} on${found.unterminated ? ` (the section has no "<!-- END GENERATED FROM CANONICAL FLOW ${claim.flowId} -->" line)` : ""}`;
    out.push(withFix(R.edited.at(rel, lineRange(lines, index), ref, place.harness, where), ...fix));
  }
  return done();
}

/**
 * One projection file's findings: each projection in it (the file, or each marked section) and the required ones
 * it should hold. A whole file without a marker is a hand-written file and left alone, unless it must be a
 * projection: `projections.required` names it, or `wasProjection` (the base revision of the file had a marker,
 * so the change stripped it — which must not let an edited projection pass).
 */
export function analyzeProjectionText(rel: string, text: string, place: ProjectionPlace, config: Config, flows: WorkspaceFlows, renders = new Renders(flows), wasProjection = false): ProjectionAnalysis {
  const lines = linesOf(text);
  const findings: Finding[] = [];
  const statuses: ProjectionStatus[] = [];
  const found = place.sections ? findSections(lines) : [findWholeFile(lines)].filter((p) => p !== undefined);
  for (const p of found) {
    const judged = judge(rel, lines, p, place, flows, renders);
    append(findings, judged.findings);
    statuses.push(judged.status);
  }
  const required = config.projections.required.filter((r) => r.path === rel);
  if (!place.sections && found.length === 0) {
    if (required.length === 0 && !wasProjection) return { findings, statuses };
    const fix = required[0] ? regenerate(required[0].flow, flows.get(required[0].flow), place, renders, span(lines, 0, lines.length)) : [];
    findings.push(withFix(R.missingMarker.at(rel, lineRange(lines, 0), place.harness), ...fix));
    statuses.push({ file: rel, line: 1, subject: "(no marker)", harness: place.harness, problems: [R.missingMarker.id] });
    return { findings, statuses };
  }
  for (const r of required) {
    if (found.some((p) => p.claim?.flowId === r.flow)) continue;
    const where = place.sections ? `${rel} has no marked section for it` : `${rel} holds a projection of ${found[0]?.claim?.flowId ?? "no readable flow"}`;
    const end = lines.length - 1;
    const fix = regenerate(r.flow, flows.get(r.flow), place, renders, place.sections ? { line: end + 1, column: lines[end]!.length + 1, endLine: end + 1, endColumn: lines[end]!.length + 1 } : span(lines, 0, lines.length));
    const appended = place.sections ? fix.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, newText: `${lines[end] ? "\n" : ""}\n${e.newText}` })) })) : fix;
    findings.push(withFix(R.absent.at(rel, lineRange(lines, 0), r.flow, where), ...appended));
    statuses.push({ file: rel, line: 1, subject: r.flow, harness: place.harness, problems: [R.absent.id] });
  }
  return { findings, statuses };
}

/** Whether a text holds a whole-file projection (its marker). */
export const hasMarker = (text: string): boolean => findWholeFile(linesOf(text)) !== undefined;

/** Whether a path is one of the configured projection files. */
export function isProjectionFile(config: Config): (rel: string) => boolean {
  const matches = globMatcher(config.projections.files.map((p) => p.glob));
  return (rel) => matches(rel);
}

/** The editors' per-file function: the flows are read from the workspace on disk (a projection is judged against saved flows). */
export const projectionAnalyzer: FileAnalyzer = {
  kind: "projection",
  selector: isProjectionFile,
  analyze(path, text, ctx) {
    const place = placeOf(ctx.config, path);
    return place ? analyzeProjectionText(path, text, place, ctx.config, walkWorkspaceFlows(ctx.root, ctx.config)).findings : [];
  },
};
