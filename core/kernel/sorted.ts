/** The index of the first item whose key is at least `limit` in items sorted by key ascending (`items.length` if none): a binary search. */
export function firstAtLeast<T>(items: ArrayLike<T>, limit: number, key: (item: T) => number): number {
  let low = 0;
  for (let high = items.length; low < high; ) {
    const mid = (low + high) >> 1;
    if (key(items[mid]!) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
