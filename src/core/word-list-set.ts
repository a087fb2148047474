/**
 * A getter for the set of a space-separated word list (a lexicon script's JSON), split on its first call: most copy
 * never asks most of these questions, so analysis does not pay to build every set at import.
 */
export function wordListSet(list: string): () => ReadonlySet<string> {
  let words: ReadonlySet<string> | undefined;
  return () => {
    words ??= new Set(list.split(' '));
    return words;
  };
}
