import data from '../src/core/verb-bases.json' with { type: 'json' };

/** Words after an object "her" that never start the noun phrase a possessive needs: prepositions, conjunctions. */
const FUNCTION_WORD =
  /^(?:for|to|about|with|in|on|at|by|from|of|over|into|onto|during|against|without|before|after|since|until|as|than|and|or|but|so|that|then|now|yet|again|too|back|up|out|off|if|when|while|because|though|although)$/i;
/** Time, frequency and degree words that end a verb phrase ("who hired her last year?", "did they pay her enough?"). */
const TIME_OR_DEGREE =
  /^(?:yesterday|today|tonight|tomorrow|again|enough|ever|never|once|twice|later|earlier|soon|already|still|ago|alone|instead|anyway|recently|personally|directly|publicly|privately|properly|fairly|quickly|well)$/i;
/**
 * "last", "next" and "first" end the verb phrase only before a time ("who hired her last year?", "will they
 * meet her next week?") or nothing ("who met her first?"); before another noun they are the possessive's adjective
 * ("what was her first job?", "what did her last report say?").
 */
const TIME_ADJECTIVE = /^(?:last|next|first)$/i;
const TIME_NOUN =
  /^(?:year|week|weekend|month|night|time|morning|afternoon|evening|day|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/**
 * Determiners, quantifiers and pronouns: a noun phrase of their own follows a verb's indirect object ("who gave her
 * the contract?", "who sent her this letter?", "did they tell her everything?", "did anyone see her there?"); a
 * possessive never stands before one ("her the", "her this" are no English), so closed-class grammar, not a word list.
 */
const OWN_PHRASE =
  /^(?:the|a|an|this|that|these|those|any|some|every|each|no|all|both|either|neither|much|more|another|such|what|which|whatever|everything|anything|nothing|something|everyone|anyone|someone|no-one|nobody|anybody|somebody|everybody|it|him|them|me|us|you|there|here|several)$/i;
/** Words WordNet reads as verbs more often than as nouns (src/train/build-verb-bases.ts): "leave", "sign", "sing". */
const VERB_BASES = new Set(data.words.split(' '));

/** An adverb made from an adjective by its suffix ("personally", "repeatedly", "seriously"): never a noun's start. */
const DERIVED_ADVERB = /^\p{L}{2,}(?:al|ent|ant|ate|ive|ous|ful|less|ic|ct|ed|ing|ble)ly$/iu;

/**
 * Whether the question's "her" is a possessive ("what did her report say?") rather than an object ("who hired her
 * last year?"): only before a word that can start a noun phrase. End of clause, a function word, a time or degree
 * word, or an adverb makes it the object (review s40 B-r40-2), as does a determiner, quantifier or pronoun after it, or a
 * verb's base before one (review B-r41-2); the name then replaces it without a possessive 's.
 */
export function possessiveHer(after: string): boolean {
  const [, next, then] = /^\s*([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/u.exec(after) ?? [];
  if (next === undefined) return false;
  if (OWN_PHRASE.test(next)) return false;
  if (TIME_ADJECTIVE.test(next)) return then !== undefined && !TIME_NOUN.test(then);
  // "who saw her leave the pier?": a verb's base before a noun phrase of its own is the object's infinitive, while
  // "her report" or "her plan says" stay possessive (a verb-leaning word before no determiner may be a noun).
  if (VERB_BASES.has(next.toLowerCase()) && then !== undefined && OWN_PHRASE.test(then)) return false;
  return !FUNCTION_WORD.test(next) && !TIME_OR_DEGREE.test(next) && !DERIVED_ADVERB.test(next);
}
