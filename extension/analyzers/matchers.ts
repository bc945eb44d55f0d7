import { globMatcher, type Matcher } from "../../core/files";

const cache = new Map<string, Matcher>();
const MAX_CACHED = 64;

/** globMatcher, compiled once per distinct glob list: the live analyzers ask on every (debounced) keystroke. */
export function cachedMatcher(globs: readonly string[]): Matcher {
  const key = globs.join("\0");
  let matcher = cache.get(key);
  if (!matcher) {
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    matcher = globMatcher(globs);
    cache.set(key, matcher);
  }
  return matcher;
}
