import { REPORTING_VERBS } from '../src/core/speech-verbs';

/**
 * Whether a word (lower case) is a form of one of the engine's reporting verbs ("said", "warns", "agreeing"). The
 * verbs' forms are matched as written, with a regular suffix read back to a listed form, never by formKey's shared
 * key: that key cut "add" to "ad", "state" to "stat" and "note" to "not", so "the ad", "stat" and every "did not"
 * read as a verb of saying (session 44's closing note).
 */
export function sayingVerb(word: string): boolean {
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
