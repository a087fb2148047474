/**
 * The first index of an ordered list whose item is no longer `before` the place sought, by binary search
 * (list.length when every item is): words, mentions and spans are kept in text order, so one search serves them all.
 */
export function lowerBound<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
