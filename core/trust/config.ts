import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { CONFIG_FILE, ConfigError, parseConfig } from "../config/load";
import { type Config, DEFAULT_CONFIG } from "../config/schema";
import { globMatcher } from "../kernel/files";
import { type FailOn, type Finding, type SuppressionUse, WHOLE_FILE } from "../kernel/findings";
import { countHidden, hiddenAtBase, hiddenKey, lineReader } from "./hidden";
import { addedLinesSince, changedSince, mergeBaseOf, showAtRev, submodulesAmong, trackedLinks } from "../kernel/git";
import { throughChangedTargets } from "../gate";
import { removedRecords } from "../approvals/judge";
import { isObject } from "../data";
import type { CheckResult } from "../report/model";
import { allowedCallAdded, compiledCodeAdded, configChanged, submoduleChanged, suppressedCallChanged, suppressionAdded } from "./rules";
import { moduleFileAmong } from "../scan/suppressed-calls";
import { entryAt, unsafeReason } from "../kernel/workspace";
import { pythonArchiveOf } from "../kernel/zip";
import { validateBlueprintText } from "../blueprint/check";
import { layerSetting } from "../blueprint/lints";
import type { BlueprintsDetails } from "../blueprint/markdown";

/**
 * The gate's configuration comes from the trusted side: on a pull request (or `check --base REV`) it is
 * read from the base commit, never from the change being judged. A change to it is reported, not applied.
 */

/** Run policies anywhere in the workspace: each governs the ledgers of its folder. */
const isPolicyFile = globMatcher(["**/.flowgate/policy.json", ".flowgate/policy.json"]);

/** The configuration as committed at `base`: its `.flowgate.yml` (or `explicit`), else the defaults. */
export function trustedConfig(root: string, base: string, explicit?: string): { config: Config; file?: string } {
  // An absolute path is outside the repository: the workflow's own file, not the change's.
  if (explicit?.startsWith("/")) {
    if (!existsSync(explicit)) throw new ConfigError(explicit, 1, 1, "config file not found");
    return { config: parseConfig(explicit, readFileSync(explicit, "utf8")), file: explicit };
  }
  const file = explicit ?? CONFIG_FILE;
  const text = showAtRev(root, base, file);
  if (text === undefined) {
    if (explicit) throw new ConfigError(explicit, 1, 1, `config file not found at the base commit ${base.slice(0, 12)}`);
    return { config: DEFAULT_CONFIG };
  }
  return { config: parseConfig(file, text), file };
}

/** Strictest first: an input may tighten the configured fail-on, never loosen it. */
const STRICTNESS: FailOn[] = ["warning", "error", "never"];
export function strictestFailOn(...levels: (FailOn | undefined)[]): FailOn {
  return STRICTNESS.find((l) => levels.includes(l)) ?? "error";
}

/** Settings as dotted paths → JSON text, arrays whole (an allow list is one setting). */
function settings(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) settings(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) out.set(prefix, JSON.stringify(value));
  return out;
}

const MAX_CHANGES_NAMED = 6;
const MAX_VALUE_CHARS = 60;

function shortValue(json: string | undefined): string {
  if (json === undefined) return "unset";
  return json.length > MAX_VALUE_CHARS ? `${json.slice(0, MAX_VALUE_CHARS)}…` : json;
}

/** What one version of a config file says, or why it cannot be read as one. */
function parsedSettings(file: string, text: string | undefined, isPolicy: boolean): Map<string, string> | string {
  if (text === undefined) return new Map();
  try {
    return settings(isPolicy ? JSON.parse(text) : parseConfig(file, text));
  } catch (e) {
    return (e as Error).message.split("\n")[0]!;
  }
}

/** "fail-on: "error" → "never"; scan.allow: [] → ["src/**"]" — each setting the change alters, base value first. */
export function describeChange(file: string, before: string | undefined, after: string | undefined): string {
  const isPolicy = isPolicyFile(file);
  if (after === undefined) return "deletes the file";
  const was = parsedSettings(file, before, isPolicy);
  const now = parsedSettings(file, after, isPolicy);
  if (typeof now === "string") return `is no longer valid: ${now}`;
  if (typeof was === "string") return "replaces an invalid file";
  const keys = [...new Set([...was.keys(), ...now.keys()])].filter((k) => was.get(k) !== now.get(k)).sort();
  if (keys.length === 0) return before === undefined ? "adds the file with default settings" : "rewrites the file without changing a setting";
  const named = keys.slice(0, MAX_CHANGES_NAMED).map((k) => `${k}: ${shortValue(was.get(k))} → ${shortValue(now.get(k))}`);
  return named.join("; ") + (keys.length > MAX_CHANGES_NAMED ? `; and ${keys.length - MAX_CHANGES_NAMED} more` : "");
}

/** The working tree's text of a file, undefined when it is not there (or not a regular file). */
function workingText(root: string, file: string): string | undefined {
  if (unsafeReason(root, file)) return undefined;
  try {
    return readFileSync(join(root, file), "utf8");
  } catch {
    return undefined;
  }
}

/**
 * `gate/config-changed` for every gate configuration file (the config file in use, run policies) the
 * working tree changes since `base` (`changed`: the files it changes): what the change would loosen, had the gate taken it.
 */
function configChanges(root: string, base: string, changed: readonly string[], explicit?: string): Finding[] {
  const configFile = explicit && !explicit.startsWith("/") ? explicit.replace(/^\.\//, "") : CONFIG_FILE;
  const findings: Finding[] = [];
  for (const file of changed) {
    const attributes = isAttributesFile(file);
    if (file !== configFile && !isPolicyFile(file) && !attributes) continue;
    const before = showAtRev(root, base, file);
    const after = workingText(root, file);
    if (before === after) continue;
    if (attributes) {
      if ([before, after].some((text) => text?.includes(REENCODES))) findings.push(configChanged.at(file, WHOLE_FILE, file, REENCODED));
      continue;
    }
    findings.push(configChanged.at(file, WHOLE_FILE, file, describeChange(file, before, after)));
  }
  return findings;
}

/** A `.gitattributes`, in any folder. */
const isAttributesFile = (file: string) => posix.basename(file) === ".gitattributes";
/**
 * The attribute making git re-encode the files it names between the repository and the checkout: the gate reads the
 * checkout, while the repository, and an archive of it (`git archive`, GitHub's tarballs), holds other bytes
 * (`*.py working-tree-encoding=IBM037` checks `os.system(…)` out as EBCDIC no scan reads). Set, edited or dropped, it
 * changes what the checkout holds of files the change may not touch.
 */
const REENCODES = "working-tree-encoding";
const REENCODED = "sets, edits or drops `working-tree-encoding`, which makes the checkout the gate reads hold other bytes than the repository and its archives";

/**
 * Compiled code a runtime imports as a module: Python bytecode (`helper.pyc` next to the sources is imported
 * without them) and extension modules, Node addons, shared libraries. No scan reads it.
 */
const isCompiledCode = globMatcher(["**/*.{pyc,pyo,pyd,so,node,dylib,dll}"]);

/**
 * `gate/compiled-code-added` for every compiled module and every zip archive of Python modules (whatever its name: an
 * archive is known by its directory) the change adds or edits, outside the trusted configuration's excludes.
 */
function compiledCodeChanges(root: string, changed: readonly string[], excluded: (path: string) => boolean): Finding[] {
  return changed.flatMap((file) => {
    if (excluded(file) || !existsSync(join(root, file)) || unsafeReason(root, file)) return [];
    const what = isCompiledCode(file) ? "compiled code" : pythonArchiveOf(join(root, file));
    return what ? [compiledCodeAdded.at(file, WHOLE_FILE, file, what)] : [];
  });
}

/**
 * `gate/submodule-changed` for every submodule the change adds or moves, outside the trusted configuration's excludes. A
 * changed path that is a folder can only be one (git tracks files), so git is asked about those alone, most runs none.
 */
function submoduleChanges(root: string, changed: readonly string[], excluded: (path: string) => boolean): Finding[] {
  const folders = changed.filter((path) => !excluded(path) && entryAt(join(root, path), "kept")?.isDirectory());
  return submodulesAmong(root, folders).map(({ path, commit }) => submoduleChanged.at(path, WHOLE_FILE, path, commit));
}

/**
 * The files a workflow or action (its text) calls from the repository, from its top: `uses: ./.github/workflows/x.yml`
 * (a reusable workflow) and `uses: ./path` (a local action: `path/action.yml` or `path/action.yaml`). GitHub runs them
 * from the same commit as the caller, the change's own on `pull_request`. `uses: ./` (an action at the top, as the
 * Flowgate repository runs itself) is the whole checkout, not one file: README's known limits.
 */
function localCalls(text: string): string[] {
  return [...text.matchAll(/(?:^|[\s{,])uses\s*:\s*["']?\.\/([^"'\s,}#]+)/g)].flatMap((m) => {
    const path = posix.normalize(m[1]!).replace(/\/$/, "");
    if (path === "." || path.startsWith("../")) return [];
    return /\.ya?ml$/.test(path) ? [path] : [`${path}/action.yml`, `${path}/action.yaml`];
  });
}

/** Most files a workflow's local calls are followed to (reusable workflows calling others, composite actions nesting). */
const MAX_CALLED_FILES = 100;

/**
 * `gate/config-changed` for the workflow running the gate (`workflow`: its path from the repository's top, as
 * GITHUB_WORKFLOW_REF names it) and each reusable workflow or local action it calls (as the base has them, in turn)
 * when the change edits it: on `pull_request` GitHub runs the change's own copies, whose `with:` (approvals,
 * working-directory, shard, config) and steps decide what the gate judges — a caller the change leaves alone may call
 * a reusable workflow holding the Flowgate step. `prefix` is root's place in the repository (findings are named
 * relative to root, like every other).
 */
export function workflowChanges(root: string, prefix: string, base: string, workflow: string): Finding[] {
  const from = mergeBaseOf(root, base);
  const findings: Finding[] = [];
  const seen = new Set([workflow]);
  for (const path of seen) {
    const before = showAtRev(root, from, path, "top");
    const after = showAtRev(root, "HEAD", path, "top");
    if (before !== undefined) for (const called of localCalls(before)) if (seen.size < MAX_CALLED_FILES) seen.add(called);
    if (before === after) continue;
    const file = posix.relative(prefix || ".", path);
    const what = path === workflow ? "the workflow that runs this gate" : `${path.endsWith("/action.yml") || path.endsWith("/action.yaml") ? "a local action" : "a reusable workflow"} the workflow running this gate calls`;
    findings.push(configChanged.at(file, WHOLE_FILE, path, before === undefined ? `adds ${what}` : `edits ${what}, whose inputs and steps decide what it judges`));
  }
  return findings;
}

/** The gate's configuration on the trusted side, and what the change does to it and to merged records. */
export function judgeFromBase(root: string, base: string, explicit?: string): { config: Config; file?: string; result: CheckResult } {
  const trusted = trustedConfig(root, base, explicit);
  // One `git diff` for the checks that judge the changed files by name.
  const changed = changedSince(root, base);
  const excluded = globMatcher(trusted.config.exclude);
  // A link the change left alone (`agent/helper.so -> ../assets/blob.bin`) loads what the change wrote at its target.
  const reached = [...throughChangedTargets(root, trackedLinks(root), new Set(changed))];
  const findings = [...configChanges(root, base, changed, explicit), ...removedRecords(root, base), ...compiledCodeChanges(root, reached, excluded), ...submoduleChanges(root, changed, excluded)];
  return { ...trusted, result: trustResult(findings) };
}

/**
 * `gate/suppression-added` for every suppression comment in the gate's results that hides a finding on a line the
 * change adds (the comment's own line, or the line it covers: an old comment now excusing new code), or that hides at
 * the head what it did not hide at the base (same file, rule and covered line's text, hiddenAtBase): an old comment
 * over a call the change reroutes — its import edited, the helper it calls changed to `subprocess.run` — excuses a
 * new call as much as an added one; `gate/suppressed-call-changed` for an old comment hiding what it hid at the base
 * whose call the change alters (a line of the call, an assignment its arguments read, a file they import from): it was
 * reviewed for the call as it was; `gate/allowed-call-added` for every call the change adds in a file `scan.allow` exempts.
 */
export async function suppressionsAdded(root: string, base: string, results: readonly CheckResult[], config: Config): Promise<Finding[]> {
  const added = addedLinesSince(root, base);
  let changed: ReadonlySet<string> | undefined;
  const uses = results.flatMap((r) => r.suppressions ?? []);
  const onAdded = (use: SuppressionUse) => {
    const lines = added(use.file);
    return lines === "new" || lines.has(use.line) || lines.has(use.target);
  };
  const kept = uses.filter((use) => !use.allow && !onAdded(use));
  // The base is scanned only when a comment the change leaves alone hides something in a file the change judges.
  const atBase = kept.length ? await hiddenAtBase(root, base, [...new Set(kept.map((u) => u.file))], config) : new Map<string, number>();
  const lineText = lineReader(root);
  const atHead = countHidden(kept, lineText);
  const newRules = (use: SuppressionUse) => use.rules.filter((rule) => {
    const key = hiddenKey(use.file, rule, lineText(use.file, use.target));
    return atHead.get(key)! > (atBase.get(key) ?? 0);
  });
  return uses.flatMap((use) => {
    const { line, column, endLine, endColumn } = use;
    const range = { line, column, endLine, endColumn };
    if (onAdded(use)) return [use.allow ? allowedCallAdded.at(use.file, range, use.allow, use.rules.join(", "), use.target) : suppressionAdded.at(use.file, range, use.marker, use.rules.join(", "), use.target, "added")];
    const fresh = use.allow ? [] : newRules(use);
    if (fresh.length) return [suppressionAdded.at(use.file, range, use.marker, fresh.join(", "), use.target, "new")];
    const altered = use.allow ? undefined : callChange(use);
    return altered ? [suppressedCallChanged.at(use.file, range, use.marker, use.rules.join(", "), use.target, altered)] : [];
  });

  /** What the change alters in a kept comment's call: a line of the call, an assignment its arguments read, a file they import. */
  function callChange(use: SuppressionUse): string | undefined {
    const lines = added(use.file);
    const edited = (from: number, to: number) => lines !== "new" && [...lines].find((l) => l >= from && l <= to);
    for (const call of use.calls ?? []) {
      const line = edited(call.line, call.endLine);
      if (line) return `edits line ${line} of the call`;
      const anywhere = call.wholeFile && edited(1, Infinity);
      if (anywhere) return `edits line ${anywhere} of its file, and its arguments read more names than the gate follows`;
      for (const a of call.assigned) {
        const at = edited(a.line, a.endLine);
        if (at) return `edits \`${a.name}\` at line ${at}`;
      }
      for (const i of call.imports) {
        const file = moduleFileAmong(use.file, i.from, (changed ??= new Set(changedSince(root, base))));
        if (file) return `edits ${file}, which ${i.name === "require" ? "it loads" : `\`${i.name}\` comes from`}`;
      }
    }
    return undefined;
  }
}

/**
 * `gate/suppression-added` for every Blueprint lint a Blueprint's own `lints` map (`metadata.lints`, an agent's `lints`)
 * allowed away that the same map at the base did not allow: the author of a Blueprint writes its lints maps, so an
 * `allow` the change adds excuses the change, as a suppression comment would. The trusted configuration's
 * (`blueprints.lints`, the call-site layer) are the base's already.
 */
export function lintAllowsAdded(root: string, base: string, results: readonly CheckResult[], config: Config): Finding[] {
  const details = results.find((r) => r.name === "blueprints")?.details?.blueprints as BlueprintsDetails | undefined;
  const baseModels = new Map<string, ReturnType<typeof validateBlueprintText>["model"]>();
  const baseModel = (file: string) => {
    if (!baseModels.has(file)) {
      const text = showAtRev(root, base, file);
      baseModels.set(file, text === undefined ? undefined : validateBlueprintText(file, text, config).model);
    }
    return baseModels.get(file);
  };
  return (details?.suppressed ?? []).flatMap((s) => {
    if (s.source === "call-site") return [];
    const kind = s.rule.replace(/^blueprint\//, "");
    const model = baseModel(s.file);
    const agent = s.source.startsWith("agent:") ? s.source.slice("agent:".length) : undefined;
    const map = agent === undefined ? model?.bp.metadata?.lints : model?.agents.find((a) => a.def.name === agent)?.def.lints;
    if (layerSetting(map, kind) === "allow") return [];
    const marker = agent === undefined ? "metadata.lints: allow" : `agents[${agent}].lints: allow`;
    return [suppressionAdded.at(s.file, { line: s.line, column: s.column, endLine: s.line, endColumn: s.column }, marker, s.rule, s.line, "added")];
  });
}

/** The trust check once the gate has run: what `judgeFromBase` found, and the suppressions the change adds. */
export async function trustAfterGate(root: string, base: string, fromBase: CheckResult, results: readonly CheckResult[], config: Config): Promise<CheckResult> {
  return trustResult([...fromBase.findings, ...(await suppressionsAdded(root, base, results, config)), ...lintAllowsAdded(root, base, results, config)]);
}

/** The trust model's findings as a check of their own in the report. */
export function trustResult(findings: Finding[]): CheckResult {
  return { name: "trust", title: "Trust: the gate's configuration and merged records", findings, files: findings.map((f) => f.file) };
}
