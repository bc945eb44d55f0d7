import type { z } from "zod";
import type { Finding } from "../kernel/findings";
import { EXPECTED_TYPE, dedupeFindings, describeValue, describeWrittenScalar, fieldName, valueAt } from "../issues";
import { type Pointer, type SourceDocument, pointerKey } from "../kernel/source/document";
import { closest } from "../suggest";
import { compileDiagnostics } from "./compile";
import { changeTo, hint, renameKeyTo } from "./fixes";
import type { BlueprintsConfig } from "./config";
import { doctorLints, lintControlLints } from "./doctor";
import { parsePath, pathHint } from "./path";
import * as R from "./rules";
import { type AgentDef, type Blueprint, agentMdRefSchema, blueprintSchema, RENAMED_OPERANDS, RENAMED_OPS, WRITE_TARGETS } from "./schema";
import { type Data, isObject } from "../data";
import type { BlueprintModel, SuppressedFinding } from "./model";
import { append } from "../kernel/append";

export interface BlueprintValidation {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  model?: BlueprintModel;
}

/** Validate a parsed Blueprint: schema (with pre-link references), compiler diagnostics, bp_doctor lints. */
export function validateBlueprint(doc: SourceDocument, config: BlueprintsConfig): BlueprintValidation {
  const data = doc.data;
  if (!isObject(data)) return { findings: [R.wrongType.at(doc.path, doc.rangeOf([]), "the Blueprint", "an object with `id` and `flow`", describeValue(data))], suppressed: [] };

  const refs = preLinkRefs(data);
  const findings: Finding[] = refs.flatMap((r) => refFindings(doc, r));
  const mdIndexes = new Set(refs.filter((r) => r.kind === "$agent_md").map((r) => r.pointer[1] as number));
  const fileRefs = new Set(refs.filter((r) => r.kind === "$file").map((r) => pointerKey(r.pointer)));

  // Typed parse of the Blueprint with pre-link entries set aside: `$file` values become text, `$agent_md` agents are checked on their own.
  const linked = replaceFileRefs(data, fileRefs) as Data;
  const agents = Array.isArray(linked.agents) ? linked.agents : undefined;
  const typedIndexes = agents ? agents.map((_, i) => i).filter((i) => !mdIndexes.has(i)) : [];
  const parsed = blueprintSchema.safeParse(agents ? { ...linked, agents: typedIndexes.map((i) => agents[i]) } : linked);
  const toFile = (path: Pointer): Pointer => (agents && path[0] === "agents" && typeof path[1] === "number" ? ["agents", typedIndexes[path[1]]!, ...path.slice(2)] : path);
  const underFileRef = (p: Pointer) => p.some((_, n) => fileRefs.has(pointerKey(p.slice(0, n + 1))));
  const issues: { pointer: Pointer; issue: z.core.$ZodIssue }[] = [];
  if (!parsed.success) for (const issue of parsed.error.issues) issues.push({ pointer: toFile(issue.path as Pointer), issue });
  for (const i of mdIndexes) {
    const entry = agentMdRefSchema.safeParse(agents![i]);
    if (!entry.success) for (const issue of entry.error.issues) issues.push({ pointer: ["agents", i, ...(issue.path as Pointer)], issue });
  }
  for (const { pointer, issue } of issues) if (!underFileRef(pointer)) append(findings, issueFindings(doc, pointer, issue));

  append(findings, writeTargets(doc, data.flow));

  const suppressed: SuppressedFinding[] = [];
  append(findings, lintControlLints(doc, data));
  if (!parsed.success) return { findings: dedupeFindings(findings), suppressed };
  const model: BlueprintModel = { doc, bp: parsed.data, agents: parsed.data.agents?.map((def, k) => ({ def, index: typedIndexes[k] ?? k })) ?? [], prelink: mdIndexes.size > 0, unlinkedAgents: refs.filter((r) => r.kind === "$agent_md").map((r) => String(r.target)) };
  append(findings, compileDiagnostics(model, config, suppressed), doctorLints(model, config, suppressed));
  return { findings: dedupeFindings(findings), suppressed, model };
}

// ── pre-link references ──────────────────────────────────────────────────

interface PreLinkRef {
  kind: "$agent_md" | "$file";
  /** The object holding the reference. */
  pointer: Pointer;
  target: unknown;
}

function preLinkRefs(data: Data): PreLinkRef[] {
  const out: PreLinkRef[] = [];
  if (Array.isArray(data.agents)) {
    data.agents.forEach((a, i) => {
      if (isObject(a) && Object.hasOwn(a, "$agent_md")) out.push({ kind: "$agent_md", pointer: ["agents", i], target: a.$agent_md });
    });
  }
  // One path, copied only for a reference found: a copy per node visited was most of this walk's cost.
  const path: (string | number)[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        visit(v[i]);
        path.pop();
      }
    } else if (isObject(v)) {
      if (Object.hasOwn(v, "$file")) out.push({ kind: "$file", pointer: [...path], target: v.$file });
      else
        for (const k of Object.keys(v)) {
          path.push(k);
          visit(v[k]);
          path.pop();
        }
    }
  };
  visit(data);
  return out;
}

function refFindings(doc: SourceDocument, ref: PreLinkRef): Finding[] {
  const at = doc.rangeOf([...ref.pointer, ref.kind]);
  if (typeof ref.target !== "string") return ref.kind === "$file" ? [R.wrongType.at(doc.path, at, pointerName([...ref.pointer, ref.kind]), "a relative path string", describeValue(ref.target))] : []; // the $agent_md entry's own schema says so
  const target = JSON.stringify(ref.target);
  if (/^([\\/]|[A-Za-z]:)/.test(ref.target)) return [R.invalidRefPath.at(doc.path, at, ref.kind, target, "is absolute")];
  if (ref.target.split(/[\\/]/).includes("..")) return [R.invalidRefPath.at(doc.path, at, ref.kind, target, "climbs out with `..`")];
  return [R.preLinkReference.at(doc.path, at, ref.kind, target)];
}

/** `$file` objects replaced by the text they will become, so the typed parse sees a string there. */
function replaceFileRefs(value: unknown, refs: ReadonlySet<string>): unknown {
  if (refs.size === 0) return value;
  const replace = (v: unknown, key: string): unknown => {
    if (refs.has(key)) return "";
    if (Array.isArray(v)) return v.map((x, i) => replace(x, `${key}/${i}`));
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replace(x, `${key}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`)]));
    return v;
  };
  return replace(value, "");
}

// ── zod issues → findings ─────────────────────────────────────────────────

export function pointerName(path: Pointer): string {
  return path.length === 0 ? "the Blueprint" : fieldName(path);
}

function issueFindings(doc: SourceDocument, pointer: Pointer, issue: z.core.$ZodIssue): Finding[] {
  const file = doc.path;
  const name = pointerName(pointer);
  const parent = pointer.slice(0, -1);
  const last = pointer[pointer.length - 1];
  const { present, value } = valueAt(doc.data, pointer);
  const range = doc.rangeOf(pointer);
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const { hint, rename } = unknownKeyHint(doc.data, pointer, key);
      return renameKeyTo(doc, [...pointer, key], rename, R.unknownKey.at(file, doc.rangeOf([...pointer, key], "key"), key, name, hint));
    });
  }
  if (!present) return misspeltFieldPresent(doc.data, parent, String(last)) ? [] : [R.missingField.at(file, doc.headOf(parent), pointerName(parent), String(last))];
  switch (issue.code) {
    case "invalid_union": {
      const options = (issue as { options?: unknown[] }).options;
      if (!options) return [R.wrongType.at(file, range, name, "valid", describeValue(value))];
      const allowed = options.map(String);
      const renamed = last === "op" && typeof value === "string" ? RENAMED_OPS.get(value) : undefined;
      const guess = renamed ?? (typeof value === "string" ? closest(value, allowed) : undefined);
      const why = renamed ? ` — flow.ir v0.2 renamed \`${String(value)}\` to \`${renamed}\`` : hint(guess);
      return [changeTo(doc, pointer, guess, R.invalidValue.at(file, range, name, describeValue(value), allowed, why))];
    }
    case "invalid_type":
      return [R.wrongType.at(file, range, name, EXPECTED_TYPE[issue.expected] ?? `a ${issue.expected}`, describeWrittenScalar(doc, range, value, issue.expected))];
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const guess = typeof value === "string" ? closest(value, allowed) : undefined;
      return [changeTo(doc, pointer, guess, R.invalidValue.at(file, range, name, describeValue(value), allowed, hint(guess)))];
    }
    case "invalid_format": {
      const text = String(value);
      if (last === "schema_version") return [R.invalidSchemaVersion.at(file, range, JSON.stringify(text))];
      const parsed = parsePath(text);
      return [R.invalidPath.at(file, range, JSON.stringify(text), parsed.ok ? "does not match the path grammar" : parsed.reason, pathHint(text))];
    }
    case "too_small":
    case "too_big":
      return [R.outOfRange.at(file, range, name, `is ${String(value)}; it must be a whole number from 0${issue.code === "too_big" ? ` to ${String(issue.maximum)}` : ""}`)];
    default:
      return [R.wrongType.at(file, range, name, "valid", describeValue(value))];
  }
}

/** A misspelling (or the v0.1 name) of the missing field is there: its unknown-key finding already says what to rename. */
function misspeltFieldPresent(data: unknown, pointer: Pointer, field: string): boolean {
  const holder = valueAt(data, pointer).value;
  if (!isObject(holder)) return false;
  const known = knownKeysAt(data, pointer);
  return Object.keys(holder).some((key) => !known.includes(key) && unknownKeyHint(data, pointer, key).rename === field);
}

/** "did you mean" over the keys the struct at this pointer declares (and flow.ir's renamed operands), and the key to rename to. */
function unknownKeyHint(data: unknown, pointer: Pointer, key: string): { hint: string; rename?: string } {
  const holder = valueAt(data, pointer).value;
  const op = isObject(holder) && typeof holder.op === "string" ? holder.op : undefined;
  const renamed = op ? RENAMED_OPERANDS.get(op)?.get(key) : undefined;
  if (renamed) return { hint: ` — flow.ir v0.2 renamed \`${key}\` to \`${renamed}\` on \`${op}\``, rename: renamed };
  const guess = closest(key, knownKeysAt(data, pointer));
  return { hint: hint(guess), rename: guess };
}

/** The keys the zod schema declares for the object at a pointer, following the data through unions. */
function knownKeysAt(data: unknown, pointer: Pointer): string[] {
  let schema: z.core.$ZodType | undefined = blueprintSchema;
  let cur: unknown = data;
  for (let i = 0; i <= pointer.length && schema; i++) {
    schema = unwrap(schema, cur);
    if (i === pointer.length || !schema) break;
    const key = pointer[i]!;
    const def = schema._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; valueType?: z.core.$ZodType };
    schema = def.type === "object" ? def.shape?.[String(key)] : def.type === "array" ? def.element : def.type === "record" ? def.valueType : undefined;
    cur = isObject(cur) || Array.isArray(cur) ? (cur as Data)[key as string] : undefined;
  }
  if (pointer[0] === "agents" && isObject(cur) && Object.hasOwn(cur, "$agent_md")) schema = agentMdRefSchema;
  const def = schema?._zod.def as { type?: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

/** Through optional/nullable/default wrappers, and into the union member the data's discriminator picks. */
function unwrap(schema: z.core.$ZodType, value: unknown): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = schema;
  for (let guard = 0; s && guard < 8; guard++) {
    const def = s._zod.def as { type: string; innerType?: z.core.$ZodType; options?: z.core.$ZodType[]; discriminator?: string };
    if (def.type === "optional" || def.type === "nullable" || def.type === "default") s = def.innerType;
    else if (def.type === "union" && def.discriminator && isObject(value)) {
      const tag = value[def.discriminator];
      s = def.options?.find((o) => ((o._zod.def as { shape?: Record<string, z.core.$ZodType> }).shape?.[def.discriminator!]?._zod.def as { values?: unknown[] })?.values?.includes(tag));
    } else if (def.type === "union") s = undefined;
    else return s;
  }
  return s;
}

/** Write targets must be `path` expressions (upstream parses any Expr there and fails at eval); walked raw, so a broken sibling does not hide them. */
function writeTargets(doc: SourceDocument, node: unknown, pointer: Pointer = ["flow"]): Finding[] {
  if (!isObject(node) || typeof node.kind !== "string") return [];
  const out: Finding[] = [];
  for (const field of Object.hasOwn(WRITE_TARGETS, node.kind) ? WRITE_TARGETS[node.kind]! : []) {
    const expr = node[field];
    if (isObject(expr) && typeof expr.op === "string" && expr.op !== "path") out.push(R.writeTargetNotPath.at(doc.path, doc.rangeOf([...pointer, field, "op"]), `${node.kind}.${field}`, expr.op));
  }
  const children: [unknown, Pointer][] =
    node.kind === "seq" && Array.isArray(node.children) ? node.children.map((c, i) => [c, [...pointer, "children", i]]) : ["then", "else", "body", "catch"].map((k) => [node[k], [...pointer, k]]);
  for (const [child, p] of children) append(out, writeTargets(doc, child, p));
  return out;
}
