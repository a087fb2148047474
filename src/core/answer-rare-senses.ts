import data from './answer-rare-senses.json' with { type: 'json' };

/**
 * Synonyms from a word's rarer WordNet senses ("break" -> surpass, "jump" -> rise), precomputed by
 * src/train/build-rare-senses.ts (`npm run lexicon:rare-senses`) for news copy's vocabulary, so src/core reads no files.
 * answer-lexicon.ts keeps the commonest senses only; these are the rest, which a question writer's paraphrase reaches
 * but which join unrelated words too, so the answer ranker counts them for less (term-match.ts).
 */
const senses = (data as { senses: Record<string, string> }).senses;
const cache = new Map<string, readonly string[]>();
const NONE: readonly string[] = [];

/** Stems of the term's synonyms in its rarer senses, none of them a commonest-sense relative. */
export function rareSenseStems(stem: string): readonly string[] {
  // Only a listed stem is kept: the cache is bounded by the lexicon, not by the words a bot reads for days.
  if (!Object.hasOwn(senses, stem)) return NONE;
  let cached = cache.get(stem);
  if (cached === undefined) {
    cached = senses[stem]!.split(' ');
    cache.set(stem, cached);
  }
  return cached;
}
