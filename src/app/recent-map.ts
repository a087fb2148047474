/**
 * A map of at most `size` entries that drops the least recently used first: a Map keeps its keys in the order they
 * were set, so an entry read is set again (moved last) and the first key is the one to drop. The chat handlers keep
 * per-story results this way (an answer index, a who is who) so a busy channel's stories stay and the memory is bounded.
 */
export function recentMap<V>(size: number) {
  const entries = new Map<string, V>();
  return {
    get(key: string): V | undefined {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key: string, value: V): V {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > size) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}
