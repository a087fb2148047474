import { PARTICLES } from './name-particles';
import { regularVerbBases } from './regular-verb-bases';
import data from './short-words.json' with { type: 'json' };
import { singularsOf } from './singulars-of';
import { STOPWORDS } from './stopwords';

/** English words of two to four letters (src/train/build-short-words.ts: WordNet's lower-case lemmas, wink-lexicon). */
const SHORT_WORDS: ReadonlySet<string> = new Set(data.split(' '));

/**
 * A lower-case word that may stand inside a person's name: a listed particle ("de", "van", "bin"), or a word of two to
 * four letters that is no English word, in any inflection, nor a function word: the Kikuyu "wa" of "Mwangi wa Kamau",
 * the Kalenjin "arap" of "Kibet arap Sang", the Maasai "ole", the Arabic "ibn" (audit 53, B-a53-2). English words
 * ("and", "rips", "upon") never are, so "Smith and Jones" or "Trump rips Biden" stay two names. The callers read it
 * only between capitalised words, and looks-like-person.ts still wants a title, a known given name or a quote before
 * it takes a name holding one ("Happy Cinco de Mayo" is no one).
 */
export function nameParticle(word: string): boolean {
  if (PARTICLES.has(word)) return true;
  if (!/^[a-z]{2,4}$/.test(word) || STOPWORDS.has(word)) return false;
  return !regularVerbBases(word).some((w) => SHORT_WORDS.has(w)) && !singularsOf(word).some((w) => SHORT_WORDS.has(w));
}
