import type { LintSetting } from "./schema";

/**
 * Upstream's lint registry (mlua-swarm-diag `LINT_DECLS`) and its level resolution: every kind a
 * `lints` key may name, with the default level and category the `category:` groups match on.
 */
export type LintCategory = "correctness" | "suspicious" | "style" | "contract" | "migration";
export type LintLevel = "error" | "warn" | "info";

export const LINT_DECLS: Record<string, { level: LintLevel; category: LintCategory }> = {
  "bound-agent-resolution": { level: "error", category: "correctness" },
  "unknown-agent-kind": { level: "error", category: "correctness" },
  "invalid-agent-spec": { level: "error", category: "correctness" },
  "worker-binding-missing": { level: "error", category: "contract" },
  "unresolved-agent-ref": { level: "error", category: "correctness" },
  "duplicate-agent-name": { level: "error", category: "correctness" },
  "unresolved-operator-ref": { level: "error", category: "correctness" },
  "unresolved-meta-ref": { level: "error", category: "correctness" },
  "step-naming-collision": { level: "error", category: "correctness" },
  "invalid-projection-placement": { level: "error", category: "correctness" },
  "unresolved-audit-agent": { level: "error", category: "correctness" },
  "verdict-channel-mismatch": { level: "error", category: "contract" },
  "verdict-value-not-in-contract": { level: "error", category: "contract" },
  "verdict-value-unhandled": { level: "error", category: "suspicious" },
  "verdict-contract-never-read": { level: "warn", category: "suspicious" },
  "halted-at-missing": { level: "error", category: "correctness" },
  "agent-md-size": { level: "warn", category: "style" },
  "tool-unknown-mcp-ref": { level: "warn", category: "contract" },
  "output-contract-missing": { level: "warn", category: "contract" },
  "binding-requirements-info": { level: "info", category: "contract" },
  "strict-binding-without-runners": { level: "warn", category: "suspicious" },
  "legacy-worker-binding": { level: "warn", category: "migration" },
  "binding-resolution-error": { level: "warn", category: "correctness" },
  "skip-on-missing-for-skip-like-verdict-value": { level: "warn", category: "suspicious" },
  "skip-on-declared-but-no-matching-verdict-value": { level: "warn", category: "suspicious" },
  "skip-on-pattern-conflicts-with-halt-on": { level: "warn", category: "suspicious" },
  "wrapper-only-drift": { level: "info", category: "contract" },
  "context-policy-strips-projection-roots": { level: "warn", category: "suspicious" },
  "projection-root-seed-missing": { level: "warn", category: "contract" },
  "removed-spawner-hint": { level: "error", category: "migration" },
  "unknown-lint-kind": { level: "warn", category: "suspicious" },
  "non-suppressible-lint": { level: "warn", category: "suspicious" },
};

/** Kinds bp_doctor emits (at Warn/Info): an exact `allow`/`warn` on any other compile hard error has no effect. */
export const BP_DOCTOR_EMITTED_KINDS: ReadonlySet<string> = new Set([
  "agent-md-size", "tool-unknown-mcp-ref", "output-contract-missing", "worker-binding-missing",
  "binding-requirements-info", "strict-binding-without-runners", "legacy-worker-binding", "binding-resolution-error",
  "skip-on-missing-for-skip-like-verdict-value", "skip-on-declared-but-no-matching-verdict-value", "skip-on-pattern-conflicts-with-halt-on",
  "context-policy-strips-projection-roots", "projection-root-seed-missing", "verdict-value-unhandled", "verdict-contract-never-read",
  "removed-spawner-hint",
]);

const CATEGORIES = new Set(Object.values(LINT_DECLS).map((d) => d.category));

/** A key a `lints` map may hold: a kind, `category:<cat>` (case-insensitive) or `all`. */
export function isKnownLintKey(key: string): boolean {
  if (key === "all" || Object.hasOwn(LINT_DECLS, key)) return true;
  return key.startsWith("category:") && CATEGORIES.has(key.slice("category:".length).toLowerCase() as LintCategory);
}

export const LINT_KEYS: readonly string[] = [...Object.keys(LINT_DECLS), ...[...CATEGORIES].map((c) => `category:${c}`), "all"];

export type LintMap = Readonly<Record<string, LintSetting>>;

/** One layer's say on a kind: exact kind > `category:<cat>` > `all`; undefined when it says nothing. */
export function layerSetting(map: LintMap | undefined | null, kind: string): LintSetting | undefined {
  if (!map) return undefined;
  const decl = Object.hasOwn(LINT_DECLS, kind) ? LINT_DECLS[kind] : undefined;
  if (!decl) return undefined;
  if (Object.hasOwn(map, kind)) return map[kind];
  for (const [key, setting] of Object.entries(map)) {
    if (key.startsWith("category:") && key.slice("category:".length).toLowerCase() === decl.category) return setting;
  }
  return Object.hasOwn(map, "all") ? map.all : undefined;
}

export interface LintLayer {
  /** `call-site` (Flowgate's config), `agent:<name>` or `blueprint`. */
  source: string;
  map: LintMap | undefined | null;
}

export type LintOutcome = { suppressed: true; source: string } | { suppressed: false; level: LintLevel; source?: string };

/**
 * Resolve one finding as bp_doctor does: the first layer (most specific first) with any matching
 * key decides outright; allow suppresses, warn warns, deny errors; no layer → the stage's own level.
 */
export function resolveLint(kind: string, layers: readonly LintLayer[], stageLevel: LintLevel): LintOutcome {
  for (const layer of layers) {
    const setting = layerSetting(layer.map, kind);
    if (setting === "allow") return { suppressed: true, source: layer.source };
    if (setting === "warn") return { suppressed: false, level: "warn", source: layer.source };
    if (setting === "deny") return { suppressed: false, level: "error", source: layer.source };
  }
  return { suppressed: false, level: stageLevel };
}
