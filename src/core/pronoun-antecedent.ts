import { lemmaOf } from './answer-lexicon';
import { STOPWORDS } from './stopwords';
import { contentTerms, tokenizeWords } from './tokenize-words';

/** Words that open a noun phrase: the pronoun's antecedent is a phrase the copy introduced ("two men", "the fault"). */
const DETERMINER =
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|some|several|many|both|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|\d[\d,.]*)$/;
/** Prepositions that end a noun phrase but carry a topic elsewhere, so the stopword list keeps them. */
const PREPOSITION =
  /^(?:near|after|before|over|under|outside|inside|during|since|across|behind|beside|between|without|within|against|towards?|amid|among|despite|following|onto|upon|via)$/;
/**
 * A plural form: a regular "-s" (not "-ss", "-us", "-is"), "-men", the collective nouns English counts as plural, or an
 * irregular one the lexicon lists ("children").
 */
const PLURAL_S = /[^sui]s$|men$|^(?:people|police)$/;
const PLURAL_PRONOUN = /^(?:they|them|their)$/i;
/** Words in a noun phrase after its determiner, at most: "the new rail regulator". */
const PHRASE_WORDS = 3;
/** A past form that may govern the phrase ("arrested two men"): regular or irregular. */
const PAST = /ed$/;

const plural = (word: string): boolean => PLURAL_S.test(word) || (lemmaOf(word) !== word && !PAST.test(word));
const ends = (word: string): boolean => STOPWORDS.has(word) || PREPOSITION.test(word) || DETERMINER.test(word);

/** The pronoun's antecedent: the nearest noun phrase agreeing with it, and the verb that governs it, as terms. */
export interface Antecedent {
  /** The phrase's content terms ("man" for "two men"). */
  phrase: Set<string>;
  /** The verb just before the phrase ("arrest" for "Police arrested two men"), when there is one. */
  verb?: string;
}

/**
 * The noun phrase a pronoun in an unknown marker's clause stands for (review s35 B-ux35-5): the nearest phrase before
 * the marker, opened by a determiner, whose last word agrees with the pronoun in number ("they" -> "two men", not "the
 * stadium"). One phrase, not the window's every word: "why did police go to the stadium?" is not what "did not say why
 * they had been detained" withholds. `before` is the bounded text before the marker; undefined when none agrees.
 */
export function pronounAntecedent(before: string, pronoun: string): Antecedent | undefined {
  const words = tokenizeWords(before);
  const wantsPlural = PLURAL_PRONOUN.test(pronoun);
  let end = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    if (!DETERMINER.test(words[i]!)) continue;
    let last = i;
    while (last + 1 < end && last - i < PHRASE_WORDS && !ends(words[last + 1]!)) last++;
    end = i;
    if (last === i || plural(words[last]!) !== wantsPlural) continue;
    const phrase = new Set(contentTerms(words.slice(i + 1, last + 1).join(' ')));
    const governing = i > 0 && !STOPWORDS.has(words[i - 1]!) ? contentTerms(words[i - 1]!)[0] : undefined;
    return governing === undefined ? { phrase } : { phrase, verb: governing };
  }
  return undefined;
}
