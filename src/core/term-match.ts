import { relatedStems } from './answer-lexicon';
import { rareSenseStems } from './answer-rare-senses';
import type { ArticleIndex } from './article-index';
import { irregularVerbLemma } from './irregular-verb-lemma';
import { contentTerms } from './tokenize-words';

// How much one question term counts and how well a sentence matches it: the per-term arithmetic
// under every coverage feature, kept apart from the feature vector itself.

/** A WordNet synonym or derivation counts for most of the word itself. */
export const SYNONYM_SHARE = 0.7;
/**
 * A synonym in one of the word's rarer senses ("break" -> surpass) for less: it reaches the question writer's
 * paraphrase but joins unrelated words too. On the 808 PolNeAR train questions 0.3, 0.4 and 0.55 rank alike
 * (top-1 323 / 322 / 323 of 606), PolNeAR dev the same at each.
 */
const RARE_SENSE_SHARE = 0.3;
/** Term weight: rare in the article = telling; absent from it = a gap the article leaves. */
export function termWeight(index: ArticleIndex, term: string): number {
  const df = index.documentFrequency.get(term) ?? 0;
  // The floor keeps the article's own topic words from counting for nothing.
  return 0.5 + Math.log((index.sentenceCount + 1) / (df + 0.5));
}

/**
 * Saying something through a medium, for the question's asked verb only ("what did Trump tweet?"):
 * what someone tweeted the copy reports "via Twitter" or "on Twitter", what they wrote as "a letter",
 * "an op-ed", "a column", "a blog" or "a memo". WordNet knows neither link (it predates Twitter;
 * "write" and "letter" are different senses). A small hand table, not measurable on the eval
 * questions (none asks what was tweeted or written): tested on articles of our own.
 */
const MEDIA: ReadonlyMap<string, readonly string[]> = new Map(
  [
    ['tweet', 'twitter'],
    ['write', 'letter column op-ed blog memo'],
  ].map(([verb, media]) => [contentTerms(verb!)[0]!, contentTerms(media!)]),
);

/** How well a sentence says one question term; `rare` when only a rarer sense's synonym says it. */
export interface TermMatch {
  exact: number;
  synonym: number;
  rare?: true;
}

/**
 * 1 exact, 0.6 through the speaker it quotes, 0.8 as an abbreviation ("Dem"), SYNONYM_SHARE by WordNet
 * or, for the asked verb (`askedVerb`), by the medium it is said through, RARE_SENSE_SHARE by a rarer sense.
 */
const pastOf = (word: string, term: string): boolean => {
  const lemma = irregularVerbLemma(word);
  return lemma !== undefined && lemma !== word && contentTerms(lemma)[0] === term;
};

export function matchTerm(index: ArticleIndex, i: number, term: string, askedVerb = false): TermMatch {
  const terms = index.terms[i]!;
  // The asked verb said only inside a name ("Will Husted appeal?" — "the U.S. Court of Appeals") is a noun of
  // an institution, not the act.
  if (terms.has(term) && !(askedVerb && !index.plainTerms[i]!.has(term))) return { exact: 1, synonym: 0 };
  if (index.context[i]!.has(term)) return { exact: 0.6, synonym: 0 };
  // "What did officers find?" over "officers found…": the asked verb in an irregular past is the verb itself.
  if (askedVerb && index.words[i]!.some((w) => pastOf(w, term))) return { exact: 1, synonym: 0 };
  // A short form ("Dem", "gov") of a longer word; not of a person's name: "Jeb" is a name of its own, not "Jebens" cut.
  if (term.length >= 3 && term.length <= 4 && /^[a-z]+$/.test(term)) {
    for (const word of index.words[i]!)
      if (word.startsWith(term) && word.length > term.length && !index.personWords.has(word))
        return { exact: 0.8, synonym: 0 };
  }
  for (const alt of relatedStems(term)) if (terms.has(alt)) return { exact: 0, synonym: SYNONYM_SHARE };
  if (askedVerb)
    for (const medium of MEDIA.get(term) ?? []) if (terms.has(medium)) return { exact: 0, synonym: SYNONYM_SHARE };
  for (const alt of rareSenseStems(term))
    if (terms.has(alt)) return { exact: 0, synonym: RARE_SENSE_SHARE, rare: true };
  return { exact: 0, synonym: 0 };
}

export function bigramsOf(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}
