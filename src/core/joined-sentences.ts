import { textOccurrences } from './text-occurrences';

/** An article's sentences joined once, for finding a literal in all of them with one search. */
export interface JoinedSentences {
  /** The sentences joined by line breaks. */
  copy: string;
  /** The sentence holding the `length` characters at `at` of the copy whole, or -1 (an occurrence across a join). */
  sentenceOf(at: number, length: number): number;
  /** The sentences whose text includes the literal, ascending (`texts.filter((t) => t.includes(literal))`). */
  holding(literal: string): number[];
}

/**
 * The sentences joined by a line break, each literal found in that copy (an index once the copy is long) and its
 * occurrences mapped back to the sentence holding them whole: asking every sentence about every name was names ×
 * sentences on a roster. A line break is no word character, so a word at a sentence's edge stays a whole word.
 */
export function joinedSentences(texts: readonly string[]): JoinedSentences {
  const copy = texts.join('\n');
  const starts: number[] = [];
  let start = 0;
  for (const text of texts) {
    starts.push(start);
    start += text.length + 1;
  }
  const sentenceOf = (at: number, length: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return at + length <= starts[lo]! + texts[lo]!.length ? lo : -1;
  };
  const holding = (literal: string): number[] => {
    // Every text includes the empty string.
    if (!literal) return texts.map((_, i) => i);
    const found = new Set<number>();
    for (const at of textOccurrences(copy, literal)) found.add(sentenceOf(at, literal.length));
    found.delete(-1);
    return [...found];
  };
  return { copy, sentenceOf, holding };
}
