import { isObject } from "./json";
import { namesRecord } from "../data";
import type { EvidenceBundle } from "./schema";

/** Keys whose values differ between two runs of the same scenario (times, leases, derived hashes). */
export const VOLATILE_KEYS = ["timestamp", "created_at", "updated_at", "lease_until", "cancelled_at", "lease_token", "payload_hash", "bundle_hash", "checkpoint_id", "causal_token"];
/** Runtime ids (`run_…`, `sess_…`, `evt_…` …): replaced by placeholders numbered by first appearance. */
export const VOLATILE_PATTERNS = ["\\b(?:run|sess|step|evt|ledger|toolcall|approval|artifact|cost|lease|media|stream)_[0-9a-f]{8,}\\b"];

export interface NormalizeOptions {
  keys: string[];
  patterns: string[];
  defaults: boolean;
}

/**
 * Rewrites one bundle's volatile values so two runs of one scenario compare equal: each distinct id
 * becomes `<prefix#n>` (n by first appearance, ids seeded in the run's own order so both bundles number
 * alike), volatile keys become `<key>`. One Normalizer per bundle.
 */
export class Normalizer {
  private readonly keys: Set<string>;
  private readonly pattern?: RegExp;
  private readonly seen = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  constructor(options: NormalizeOptions, bundle?: { run: Pick<EvidenceBundle["run"], "run_id" | "session_id">; steps: readonly { step_id: string }[] }) {
    this.keys = new Set([...(options.defaults ? VOLATILE_KEYS : []), ...options.keys]);
    const patterns = [...(options.defaults ? VOLATILE_PATTERNS : []), ...options.patterns];
    if (patterns.length > 0) this.pattern = new RegExp(patterns.map((p) => `(?:${p})`).join("|"), "g");
    if (bundle) {
      this.text(bundle.run.run_id);
      this.text(bundle.run.session_id);
      for (const s of bundle.steps) this.text(s.step_id);
    }
  }

  text(value: string): string {
    if (!this.pattern) return value;
    return value.replace(this.pattern, (id) => {
      let placeholder = this.seen.get(id);
      if (!placeholder) {
        const prefix = /^([a-z]+)_/.exec(id)?.[1] ?? "id";
        const n = (this.counters.get(prefix) ?? 0) + 1;
        this.counters.set(prefix, n);
        placeholder = `<${prefix}#${n}>`;
        this.seen.set(id, placeholder);
      }
      return placeholder;
    });
  }

  value(value: unknown): unknown {
    if (typeof value === "string") return this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.value(v));
    if (isObject(value)) {
      // A member named `__proto__` is compared like any other (assigned to a plain object it became its prototype, unseen).
      const out = namesRecord<unknown>();
      for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.keys.has(k) && v !== null ? `<${k}>` : this.value(v);
      return out;
    }
    return value;
  }
}
