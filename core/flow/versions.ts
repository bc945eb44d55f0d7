import { createHash } from "node:crypto";
import type { Finding } from "../kernel/findings";
import type { SourceDocument } from "../kernel/source/document";
import { withFix } from "../kernel/rule";
import { bumpFixes } from "./fixes";
import * as R from "./rules";
import { compareSemver, SEMVER_RE } from "./schema";
import { type Data, isObject } from "../data";
import type { Config } from "../config/schema";
import { limitsOf } from "../kernel/limits";
import { MemoKind, type RunMemo } from "../kernel/memo";
import { formatOf, parseSource } from "../kernel/source/document";

/** A flow as far as versioning cares: id, version, and its steps keyed by ordinal. */
export interface FlowSnapshot {
  flowId: string;
  version: string;
  steps: Map<number, Data>;
}

export function snapshotOf(data: unknown): FlowSnapshot | undefined {
  if (!isObject(data) || !isObject(data.flow) || !Array.isArray(data.steps)) return undefined;
  const { flow_id: flowId, version } = data.flow;
  if (typeof flowId !== "string" || typeof version !== "string" || !SEMVER_RE.test(version)) return undefined;
  const steps = new Map<number, Data>();
  for (const s of data.steps) if (isObject(s) && typeof s.ordinal === "number") steps.set(s.ordinal, s);
  return { flowId, version, steps };
}

const SNAPSHOTS = new MemoKind<FlowSnapshot | undefined>("flow snapshot by format, size limit and text");

/**
 * The snapshot of a flow file's text, parsed once per run however many paths hold the text (a monorepo that
 * vendors one flow into many folders; a file the flows check and the ledger check both read). It depends on
 * the text, the parser the path's extension picks and the size limit, which make the key; `parse` is for a
 * caller that has parsed the text already.
 */
export function snapshotOfText(path: string, text: string, config: Config, memo: RunMemo, parse?: () => FlowSnapshot | undefined): FlowSnapshot | undefined {
  const limits = limitsOf(config);
  // The text's digest, not the text, in the key: a run holds the snapshots, not every flow file's text.
  const key = `${formatOf(path)}\0${limits.maxBytes}\0${createHash("sha256").update(text).digest("base64")}`;
  return memo.get(SNAPSHOTS, key, parse ?? (() => snapshotOf(parseSource(path, text, limits).doc?.data)));
}

const stepsTexts = new WeakMap<FlowSnapshot, string>();

/** A snapshot's steps as stable text (what "the same steps" means across files and against ledgers), worked out once per snapshot. */
export function stepsText(snap: FlowSnapshot): string {
  let text = stepsTexts.get(snap);
  if (text === undefined) stepsTexts.set(snap, (text = stableStringify([...snap.steps])));
  return text;
}

/** JSON with sorted keys: equal data, equal text, whatever the key order or format (JSON vs YAML). */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

interface Change {
  changed: string[];
  breaking: string[];
}

function diffSteps(base: FlowSnapshot, head: FlowSnapshot): Change {
  const changed: string[] = [];
  const breaking: string[] = [];
  for (const [ordinal, step] of base.steps) {
    const now = head.steps.get(ordinal);
    const id = typeof step.step_id === "string" ? step.step_id : `#${ordinal}`;
    if (!now) {
      changed.push(`removed step ${id}`);
      breaking.push(`step ${id} was removed`);
      continue;
    }
    if (stableStringify(step) === stableStringify(now)) continue;
    const v0 = isObject(step.verification) ? step.verification : {};
    const v1 = isObject(now.verification) ? now.verification : {};
    if (stableStringify(v0) !== stableStringify(v1)) {
      changed.push(`the verification contract of ${id}`);
      if ((v0.evidence_required !== true && v1.evidence_required === true) || (v0.kind !== "human_review" && v1.kind === "human_review")) {
        breaking.push(`verification of ${id} was tightened`);
      }
    } else changed.push(`step ${id}`);
  }
  for (const [ordinal, step] of head.steps) {
    if (!base.steps.has(ordinal)) changed.push(`added step ${typeof step.step_id === "string" ? step.step_id : `#${ordinal}`}`);
  }
  return { changed, breaking };
}

function summarize(items: string[]): string {
  return items.length <= 3 ? items.join(", ") : `${items.slice(0, 3).join(", ")} and ${items.length - 3} more`;
}

/** Version discipline of one flow against the same flow_id at a base revision. */
export function checkVersionDiscipline(doc: SourceDocument, base: FlowSnapshot | undefined, baseName: string): Finding[] {
  const head = snapshotOf(doc.data);
  if (!head || !base) return [];
  const at = doc.rangeOf(["flow", "version"]);
  const order = compareSemver(head.version, base.version);
  if (order < 0) return [R.versionDecreased.at(doc.path, at, head.version, base.version, baseName)];
  const { changed, breaking } = diffSteps(base, head);
  if (changed.length === 0) return [];
  const added = changed.some((c) => c.startsWith("added step"));
  const needed = breaking.length > 0 ? "major" : added ? "minor" : "patch";
  if (order === 0) return [withFix(R.versionNotBumped.at(doc.path, at, head.version, summarize(changed), baseName), ...bumpFixes(doc, base.version, needed))];
  const isMajor = Number(head.version.split(".")[0]) > Number(base.version.split(".")[0]);
  if (breaking.length > 0 && !isMajor) return [withFix(R.majorBumpSuggested.at(doc.path, at, summarize(breaking), base.version, head.version), ...bumpFixes(doc, base.version, "major").slice(0, 1))];
  return [];
}
