import { REPORTING_VERBS } from '../src/core/speech-verbs';
import { NOUN_VERBS, VERBS } from './verb-lexicon';

/**
 * Whether a word (lower case) is a form of one of the engine's reporting verbs ("said", "warns", "agreeing"). The
 * verbs' forms are matched as written, with a regular suffix read back to a listed form, never by formKey's shared
 * key: that key cut "add" to "ad", "state" to "stat" and "note" to "not", so "the ad", "stat" and every "did not"
 * read as a verb of saying (session 44's closing note).
 */
export function sayingVerb(word: string): boolean {
  if (nounPlural(word)) return false;
  if (REPORTING_VERBS.has(word)) return true;
  const suffix = /^(.{2,}?)(ing|ed|es|s|d)$/.exec(word);
  if (!suffix) return false;
  const [, stem = '', ending] = suffix;
  // "agreeing" → "agree", "emphasises" → "emphasise", "admitting" → "admit", "denies" → "deny"; a bare "-s" only
  // comes off ("stats" is no form of "state").
  const bases =
    ending === 's' || ending === 'd'
      ? [stem]
      : [stem, `${stem}e`, stem.replace(/([b-df-hj-np-tv-z])\1$/, '$1'), stem.replace(/i$/, 'y')];
  // A listed form is no base: "warnings" is the noun's plural, not a form of "warning".
  return bases.some((base) => base !== word && !/(?:ing|ed)$/.test(base) && REPORTING_VERBS.has(base));
}

/**
 * Whether an "-s" form is read as a noun's plural: its base is a reporting verb WordNet does not read mostly as a
 * verb, or reads as a noun too ("claims", "notes", "reports", "remarks", "comments", "states"), so "The drivers' claims
 * were rejected" has the drivers saying nothing (review s46 B-r46-16). "says", "warns", "adds" stay verbs; speech the
 * analysis credits to a group ("The union claims …" read as a statement) is read before this (group-speaks.ts).
 */
function nounPlural(word: string): boolean {
  const base = /ies$/.test(word)
    ? word.replace(/ies$/, 'y')
    : /(?:ss|sh|ch|x|z)es$/.test(word)
      ? word.slice(0, -2)
      : /[^s]s$/.test(word)
        ? word.slice(0, -1)
        : undefined;
  return base !== undefined && REPORTING_VERBS.has(base) && (!VERBS.has(base) || NOUN_VERBS.has(base));
}
