/**
 * A pure function of a string key, remembered per key: a pattern built from a name or a word is compiled once however
 * many sentences and questions test it. Bounded, cleared when full, so a long run over many articles holds no more
 * than `size` entries; the value depends on the key alone, so clearing changes nothing but time.
 */
export function boundedMemo<T>(compute: (key: string) => T, size: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= size) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
