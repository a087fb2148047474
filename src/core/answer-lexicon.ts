import data from './answer-lexicon.json' with { type: 'json' };

/**
 * Synonyms, derivations and irregular forms from WordNet 3.1, precomputed by `npm run train:answers`
 * (src/train/build-lexicon.ts) for the vocabulary of news copy, so src/core reads no files.
 */
export interface AnswerLexicon {
  /** Irregular form -> lemma ("went" -> "go"). */
  lemmas: Record<string, string>;
  /** Porter stem -> space-separated stems of its synonyms and derivations in the commonest senses. */
  related: Record<string, string>;
}

const lexicon = data as AnswerLexicon;
const relatedCache = new Map<string, readonly string[]>();
const NONE: readonly string[] = [];

/** The lemma of an irregular form, else the word itself. */
export function lemmaOf(word: string): string {
  return Object.hasOwn(lexicon.lemmas, word) ? lexicon.lemmas[word]! : word;
}

let reverse: Map<string, string[]> | undefined;

/** Who lists this stem as related: "knock" is the commonest sense of none, but "criticize" lists it. */
function listedBy(stem: string): readonly string[] {
  if (!reverse) {
    reverse = new Map();
    for (const [key, value] of Object.entries(lexicon.related)) {
      for (const other of value.split(' ')) {
        const list = reverse.get(other);
        if (list) list.push(key);
        else reverse.set(other, [key]);
      }
    }
  }
  return reverse.get(stem) ?? NONE;
}

/** Stems WordNet relates to this stem either way (synonyms and derivations), without the stem itself. */
export function relatedStems(stem: string): readonly string[] {
  let cached = relatedCache.get(stem);
  if (cached === undefined) {
    const own = Object.hasOwn(lexicon.related, stem) ? lexicon.related[stem]!.split(' ') : NONE;
    const listed = listedBy(stem);
    // Only a stem the lexicon holds is kept: the cache is bounded by it, not by the words a bot reads for days.
    if (own === NONE && listed === NONE) return NONE;
    cached = [...new Set([...own, ...listed])];
    relatedCache.set(stem, cached);
  }
  return cached;
}
