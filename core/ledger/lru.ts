/** The eviction rule the per-process ledger caches (reads and appends) share: least recently used first, by events held. */

/** Caches keep the most recently used runs up to this many events in all (a long-lived editor host reads many). */
export const CACHE_MAX_EVENTS = 200_000;

/** Insert as most recently used, then drop the least recently used entries beyond the budget (the newest always stays). */
export function remember<T extends { weight?: number }>(map: Map<string, T>, key: string, value: T, weight: number): void {
  map.delete(key);
  value.weight = weight;
  map.set(key, value);
  let total = 0;
  for (const v of map.values()) total += v.weight ?? 0;
  for (const [k, v] of map) {
    if (total <= CACHE_MAX_EVENTS || k === key) break;
    map.delete(k);
    total -= v.weight ?? 0;
  }
}
