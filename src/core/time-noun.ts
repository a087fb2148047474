import data from './time-nouns.json' with { type: 'json' };

/** The words, split once on first use. */
let nouns: ReadonlySet<string> | undefined;

/**
 * Whether a singular noun's commonest WordNet 3.1 sense is a time (noun.time: "spring", "weekend", "morning"), as
 * src/train/build-time-nouns.ts wrote src/core/time-nouns.json.
 */
export function timeNoun(word: string): boolean {
  nouns ??= new Set((data as string).split(' '));
  return nouns.has(word);
}
