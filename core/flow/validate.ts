import type { z } from "zod";
import type { Finding, Fix } from "../kernel/findings";
import type { Pointer, SourceDocument } from "../kernel/source/document";
import { withFix } from "../kernel/rule";
import { distance } from "fastest-levenshtein";
import type { Range } from "../kernel/findings";
import { EXPECTED_TYPE, dedupeFindings, describeValue, describeWrittenScalar, fieldName, valueAt, writtenText } from "../issues";
import { closest, didYouMean } from "../suggest";
import { insertFieldFix, listEdits, replaceScalar, versionFix } from "./fixes";
import * as R from "./rules";
import { ANATOMY_FIELDS, TIMESTAMP_FORM, flowBundleSchema, flowRecordSchema, flowStepSchema, impossibleDate, verificationSchema } from "./schema";
import { type Data, isObject } from "../data";
import { append } from "../kernel/append";

export interface FlowValidationOptions {
  /** `spec` (default) also enforces the rules Knowtation states only in its docs; `code` only what its code enforces. */
  profile?: "spec" | "code";
  policy?: { automatableForbidden?: boolean };
}

/** Validate a parsed flow bundle: schema, cross-record, execution safety, unknown keys. */
export function validateFlowBundle(doc: SourceDocument, options: FlowValidationOptions = {}): Finding[] {
  const file = doc.path;
  const findings: Finding[] = [];
  const data = doc.data;
  const specProfile = (options.profile ?? "spec") === "spec";

  if (!isObject(data)) {
    return [R.wrongType.at(file, doc.rangeOf([]), "the bundle", "an object with `flow` and `steps`", describeValue(data))];
  }

  const unknown = unknownKeys(doc, data);
  const parsed = flowBundleSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const f = issueToFinding(doc, issue, specProfile, unknown.renames);
      if (f) findings.push(f);
    }
  }
  append(findings, unknown.findings);
  append(findings, crossRecord(doc, data));
  append(findings, executionSafety(doc, data, options));
  return dedupeFindings(findings);
}

function recordName(path: readonly PropertyKey[], data: unknown): string {
  if (path[0] === "steps" && typeof path[1] === "number") {
    const step = valueAt(data, path.slice(0, 2)).value;
    const id = isObject(step) && typeof step.step_id === "string" ? ` ${step.step_id}` : "";
    return `steps[${path[1]}]${id}`;
  }
  return path.length === 0 ? "the bundle" : String(path[0]);
}

/** Renames of misspelt keys, by the JSON of the path they would create (`["steps",0,"when_not_to_run"]`): the fix and the misspelt key's range. */
type Renames = Map<string, { fix: Fix; at: Range; distance: number }>;

function issueToFinding(doc: SourceDocument, issue: z.core.$ZodIssue, specProfile: boolean, renames: Renames): Finding | undefined {
  const file = doc.path;
  const path = issue.path as (string | number)[];
  const last = path[path.length - 1];
  const name = fieldName(path);
  const { present, value } = valueAt(doc.data, path);
  const range = doc.rangeOf(path);
  const isStep = path[0] === "steps" && typeof path[1] === "number";

  if (!present) {
    const parent = path.slice(0, -1);
    // A field written under a misspelt key is fixed by renaming that key, not by adding a second one beside it; the finding sits on that key.
    const rename = renames.get(JSON.stringify(path));
    const fix = rename?.fix ?? insertFieldFix(doc, parent, String(last), fieldSchema(path));
    const at = rename?.at ?? doc.headOf(parent);
    const missing =
      isStep && path.length === 3 && (ANATOMY_FIELDS as readonly string[]).includes(String(last))
        ? R.anatomyIncomplete.at(file, at, recordName(path, doc.data), String(last))
        : R.requiredField.at(file, at, parent.length ? fieldName(parent) : "the bundle", String(last));
    return fix ? withFix(missing, fix) : missing;
  }
  switch (issue.code) {
    case "invalid_type": {
      // Unquoted 1.0 reads as the number 1 (JSON and YAML), YAML's yes as a boolean: show what was written.
      const wrong = R.wrongType.at(file, range, name, EXPECTED_TYPE[issue.expected] ?? issue.expected, describeWrittenScalar(doc, range, value, issue.expected));
      const fix = isFlowVersion(path) ? versionFix(doc) : undefined;
      return fix ? withFix(wrong, fix) : wrong;
    }
    case "invalid_value": {
      if (last === "schema") return R.schemaTag.at(file, range, String(issue.values[0]), describeValue(value));
      // Knowtation's code requires verification.kind to be a non-blank string (in either profile); only its enum is spec-only.
      if (isVerificationKind(path) && typeof value !== "string") return R.wrongType.at(file, range, name, "a string", describeValue(value));
      if (isVerificationKind(path) && isBlank(value)) return R.blankText.at(file, range, name);
      const specOnly = last === "kind" && path.length >= 4;
      if (specOnly && !specProfile) return undefined;
      const allowed = issue.values.map(String);
      const meant = typeof value === "string" ? closest(value, allowed) : undefined;
      const invalid = R.invalidEnum.at(file, range, name, describeValue(value), allowed, meant ? ` — did you mean \`${meant}\`?` : "");
      return meant ? withFix(invalid, { title: `Change ${name} to \`${meant}\``, edits: [replaceScalar(doc, path, meant)] }) : invalid;
    }
    case "invalid_format": {
      const text = String(value);
      if (last === "flow_id") return R.invalidFlowId.at(file, range, name, JSON.stringify(text));
      if (last === "step_id" || (path[0] === "flow" && path[1] === "steps")) return R.invalidStepId.at(file, range, name, JSON.stringify(text));
      if (last === "version") {
        const invalid = R.invalidVersion.at(file, range, JSON.stringify(text));
        const fix = isFlowVersion(path) ? versionFix(doc) : undefined;
        return fix ? withFix(invalid, fix) : invalid;
      }
      // Presence is Knowtation's code rule (`flow.updated is required`); the form is the spec's.
      if (last === "updated" && !isBlank(text)) return specProfile ? R.invalidTimestamp.at(file, range, JSON.stringify(text), `is not ${TIMESTAMP_FORM}`) : undefined;
      return R.blankText.at(file, range, name);
    }
    case "custom":
      if (last !== "updated" || !specProfile) return undefined;
      return R.invalidTimestamp.at(file, range, JSON.stringify(value), `is not a real date: ${impossibleDate(String(value))}`);
    case "too_small":
      if (last === "ordinal") return R.outOfRange.at(file, range, name, `is ${writtenText(doc, range)}; ordinals start at 1`);
      return R.outOfRange.at(file, range, name, "must be a non-empty array");
    case "too_big":
      // Above 2^53 - 1 a JSON reader keeps no exact integer: the ordinal (and the step id built from it) is not what is written. In either profile.
      if (last === "ordinal") return R.outOfRange.at(file, range, name, `is ${writtenText(doc, range)}, above ${Number.MAX_SAFE_INTEGER} (2^53 - 1), the largest integer JSON readers keep exact`);
      if (!specProfile) return undefined;
      return R.outOfRange.at(file, range, name, `has ${Array.isArray(value) ? value.length : "too many"} entries; at most ${String(issue.maximum)}`);
    default:
      return R.wrongType.at(file, range, name, "valid", describeValue(value));
  }
}

const isFlowVersion = (path: readonly PropertyKey[]) => path.length === 2 && path[0] === "flow" && path[1] === "version";
const isVerificationKind = (path: readonly PropertyKey[]) => path.length === 4 && path[0] === "steps" && path[2] === "verification" && path[3] === "kind";
const isBlank = (value: unknown) => typeof value === "string" && !/\S/.test(value);

/** The schema of the field at a bundle path (for a missing field's placeholder). */
function fieldSchema(path: readonly PropertyKey[]): z.ZodType | undefined {
  const key = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  const inStep = parent[0] === "steps" && typeof parent[1] === "number";
  const shape: Record<string, z.ZodType> | undefined =
    parent.length === 0
      ? flowBundleSchema.shape
      : parent.length === 1 && parent[0] === "flow"
        ? flowRecordSchema.shape
        : inStep && parent.length === 2
          ? flowStepSchema.shape
          : inStep && parent.length === 3 && parent[2] === "verification"
            ? verificationSchema.shape
            : undefined;
  return shape && Object.prototype.hasOwnProperty.call(shape, key) ? shape[key] : undefined;
}

const KNOWN = {
  bundle: Object.keys(flowBundleSchema.shape),
  flow: Object.keys(flowRecordSchema.shape),
  step: Object.keys(flowStepSchema.shape),
  verification: Object.keys(verificationSchema.shape),
  kindId: ["kind", "id"],
  flowInput: ["name", "type", "required"],
  stepInput: ["name", "from"],
  output: ["name", "type"],
};

function unknownKeys(doc: SourceDocument, data: Data): { findings: Finding[]; renames: Renames } {
  const out: Finding[] = [];
  const renames: Renames = new Map();
  const check = (value: unknown, pointer: Pointer, known: string[], record: string) => {
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const at = doc.rangeOf([...pointer, key], "key");
      const finding = R.unknownKey.at(doc.path, at, record, key, didYouMean(key, known));
      // Rename to the key meant, unless the record has that key already (a rename would duplicate it).
      const meant = closest(key, known);
      const rename = meant !== undefined && !Object.prototype.hasOwnProperty.call(value, meant);
      if (!rename) {
        out.push(finding);
        continue;
      }
      const fix = { title: `Rename \`${key}\` to \`${meant}\``, edits: [replaceScalar(doc, [...pointer, key], meant, "key")] };
      // Two misspellings of one key: the missing key's finding goes to the nearer one.
      const target = JSON.stringify([...pointer, meant]);
      const d = distance(key.toLowerCase(), meant.toLowerCase());
      if (!renames.has(target) || renames.get(target)!.distance > d) renames.set(target, { fix, at, distance: d });
      out.push(withFix(finding, fix));
    }
  };
  const each = (value: unknown, pointer: Pointer, known: string[], record: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => check(v, [...pointer, i], known, `${record}[${i}]`));
  };
  check(data, [], KNOWN.bundle, "the bundle");
  check(data.flow, ["flow"], KNOWN.flow, "flow");
  if (isObject(data.flow)) each(data.flow.inputs, ["flow", "inputs"], KNOWN.flowInput, "flow.inputs");
  if (Array.isArray(data.steps)) {
    data.steps.forEach((step, i) => {
      const p = ["steps", i];
      check(step, p, KNOWN.step, recordName(p, data));
      if (!isObject(step)) return;
      check(step.verification, [...p, "verification"], KNOWN.verification, `steps[${i}].verification`);
      each(step.requires, [...p, "requires"], KNOWN.kindId, `steps[${i}].requires`);
      each(step.skill_refs, [...p, "skill_refs"], KNOWN.kindId, `steps[${i}].skill_refs`);
      each(step.inputs, [...p, "inputs"], KNOWN.stepInput, `steps[${i}].inputs`);
      each(step.outputs, [...p, "outputs"], KNOWN.output, `steps[${i}].outputs`);
    });
  }
  return { findings: out, renames };
}

interface StepView {
  index: number;
  stepId?: string;
  flowId?: string;
  ordinal?: number;
}

function stepViews(data: Data): StepView[] {
  if (!Array.isArray(data.steps)) return [];
  return data.steps.map((s, index) => {
    const step = isObject(s) ? s : {};
    return {
      index,
      stepId: typeof step.step_id === "string" ? step.step_id : undefined,
      flowId: typeof step.flow_id === "string" ? step.flow_id : undefined,
      ordinal: Number.isSafeInteger(step.ordinal) && (step.ordinal as number) >= 1 ? (step.ordinal as number) : undefined,
    };
  });
}

/** The ids flow.steps should hold: the step records' ids in ascending ordinal order. */
export function expectedStepList(data: unknown): string[] | undefined {
  if (!isObject(data)) return undefined;
  const views = stepViews(data);
  // No step records (`steps: []`) is one finding on `steps`, not one per flow.steps id.
  if (views.length === 0 || views.some((v) => v.stepId === undefined || v.ordinal === undefined)) return undefined;
  return [...views].sort((a, b) => a.ordinal! - b.ordinal!).map((v) => v.stepId!);
}

function crossRecord(doc: SourceDocument, data: Data): Finding[] {
  const file = doc.path;
  const out: Finding[] = [];
  const flow = isObject(data.flow) ? data.flow : undefined;
  const flowId = typeof flow?.flow_id === "string" ? flow.flow_id : undefined;
  const views = stepViews(data);

  const byOrdinal = new Map<number, number>();
  const byId = new Map<string, number>();
  for (const v of views) {
    const p = ["steps", v.index];
    if (flowId && v.flowId && v.flowId !== flowId) out.push(R.stepFlowMismatch.at(file, doc.rangeOf([...p, "flow_id"]), v.flowId, flowId));
    if (v.ordinal !== undefined) {
      const first = byOrdinal.get(v.ordinal);
      if (first !== undefined) out.push(R.duplicateOrdinal.at(file, doc.rangeOf([...p, "ordinal"]), v.ordinal, first));
      else byOrdinal.set(v.ordinal, v.index);
    }
    if (v.stepId !== undefined) {
      const first = byId.get(v.stepId);
      if (first !== undefined) out.push(R.duplicateStepId.at(file, doc.rangeOf([...p, "step_id"]), v.stepId, `steps[${first}]`));
      else byId.set(v.stepId, v.index);
      const owner = v.flowId ?? flowId;
      if (owner && v.ordinal !== undefined && v.stepId !== `${owner}#${v.ordinal}`) {
        const expected = `${owner}#${v.ordinal}`;
        const mismatch = R.stepIdMismatch.at(file, doc.rangeOf([...p, "step_id"]), v.stepId, expected);
        out.push(withFix(mismatch, { title: `Change step_id to \`${expected}\``, edits: [replaceScalar(doc, [...p, "step_id"], expected)] }));
      }
    }
  }

  const ordinals = [...byOrdinal.keys()].sort((a, b) => a - b);
  for (let i = 1; i < ordinals.length; i++) {
    if (ordinals[i]! > ordinals[i - 1]! + 1) {
      out.push(R.ordinalGap.at(file, doc.rangeOf(["steps", byOrdinal.get(ordinals[i]!)!, "ordinal"]), ordinals[i - 1]!, ordinals[i]!));
    }
  }

  const listed = Array.isArray(flow?.steps) ? (flow.steps as unknown[]) : undefined;
  const expected = expectedStepList(data);
  if (listed && expected && listed.every((s) => typeof s === "string")) {
    const ids = listed as string[];
    const records = new Set(expected);
    const seen = new Set<string>();
    let reported = false;
    const mismatch = (at: ReturnType<typeof doc.rangeOf>, detail: string) => {
      out.push(R.stepsListMismatch.at(file, at, detail));
      reported = true;
    };
    ids.forEach((id, i) => {
      const at = doc.rangeOf(["flow", "steps", i]);
      if (seen.has(id)) mismatch(at, `lists \`${id}\` twice`);
      else if (!records.has(id)) mismatch(at, `lists \`${id}\`, which is not a step record in this bundle`);
      seen.add(id);
    });
    const missing = expected.filter((id) => !seen.has(id));
    // One finding for all missing ids: a bundle listing 100 of 15,000 steps is one mistake, not 14,900.
    if (missing.length > 0) mismatch(doc.rangeOf(["flow", "steps"], "key"), `does not list step${missing.length > 1 ? "s" : ""} ${idList(missing)}`);
    if (!reported && ids.join("\n") !== expected.join("\n")) mismatch(doc.rangeOf(["flow", "steps"]), `is not in ascending ordinal order; expected ${idList(expected)}`);
    // The quick fix carries the whole list; on every finding only while flow.steps is within the spec's 100 (else output grows quadratically).
    const rewrite = { title: "Rewrite flow.steps from the step records", edits: listEdits(doc, ["flow", "steps"], ids, expected) };
    const mismatches = out.filter((f) => f.rule === R.stepsListMismatch.id);
    const fixed = new Set(expected.length <= 100 ? mismatches : mismatches.slice(0, 1));
    return out.map((f) => (fixed.has(f) ? withFix(f, rewrite) : f));
  }
  return out;
}

/** Ids as a message lists them: ten, then a count, so the message stays readable however long the list. */
function idList(ids: readonly string[]): string {
  return ids.slice(0, 10).map((s) => `\`${s}\``).join(", ") + (ids.length > 10 ? ` and ${ids.length - 10} more` : "");
}

function executionSafety(doc: SourceDocument, data: Data, options: FlowValidationOptions): Finding[] {
  const file = doc.path;
  const out: Finding[] = [];
  const flow = isObject(data.flow) ? data.flow : undefined;
  const mirror = flow?.vault_mirror_path;
  if (typeof mirror === "string") {
    const at = doc.rangeOf(["flow", "vault_mirror_path"]);
    if (/^([\\/]|[A-Za-z]:)/.test(mirror)) out.push(R.unsafeMirrorPath.at(file, at, JSON.stringify(mirror), "is absolute; it must be relative to the vault"));
    else if (mirror.split(/[\\/]/).includes("..")) out.push(R.unsafeMirrorPath.at(file, at, JSON.stringify(mirror), "contains `..`; it must stay inside the vault"));
  }
  if (!Array.isArray(data.steps)) return out;
  data.steps.forEach((step, i) => {
    if (!isObject(step)) return;
    const p = ["steps", i];
    const mode = step.automatable;
    if (options.policy?.automatableForbidden && typeof mode === "string" && mode !== "manual") {
      out.push(R.automatableForbidden.at(file, doc.rangeOf([...p, "automatable"]), mode));
    }
    if (mode !== "automatable") return;
    const v = isObject(step.verification) ? step.verification : undefined;
    if (v?.kind === "human_review") out.push(R.automatableUnverifiable.at(file, doc.rangeOf([...p, "verification", "kind"]), "its verification is human_review, which only a person can satisfy"));
    else if (v?.evidence_required === false) out.push(R.automatableWithoutEvidence.at(file, doc.rangeOf([...p, "verification", "evidence_required"])));
    if (Array.isArray(step.skill_refs)) {
      step.skill_refs.forEach((ref, j) => {
        if (isObject(ref) && ref.kind === "external_tool") {
          out.push(R.automatableExternalTool.at(file, doc.rangeOf([...p, "skill_refs", j, "kind"]), typeof ref.id === "string" ? ref.id : "?"));
        }
      });
    }
  });
  return out;
}
