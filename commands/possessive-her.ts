/** Words after an object "her" that never start the noun phrase a possessive needs: prepositions, conjunctions. */
const FUNCTION_WORD =
  /^(?:for|to|about|with|in|on|at|by|from|of|over|into|onto|during|against|without|before|after|since|until|as|than|and|or|but|so|that|then|now|yet|again|too|back|up|out|off|if|when|while|because|though|although)$/i;
/** Time, frequency and degree words that end a verb phrase ("who hired her last year?", "did they pay her enough?"). */
const TIME_OR_DEGREE =
  /^(?:yesterday|today|tonight|tomorrow|again|enough|ever|never|once|twice|later|earlier|soon|already|still|ago|alone|instead|anyway|recently|personally|directly|publicly|privately|properly|fairly|quickly|well)$/i;
/**
 * "last", "next", "this" and "first" end the verb phrase only before a time ("who hired her last year?", "will they
 * meet her this week?") or nothing ("who met her first?"); before another noun they are the possessive's adjective
 * ("what was her first job?", "what did her last report say?").
 */
const TIME_ADJECTIVE = /^(?:last|next|this|first)$/i;
const TIME_NOUN =
  /^(?:year|week|weekend|month|night|time|morning|afternoon|evening|day|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** An adverb made from an adjective by its suffix ("personally", "repeatedly", "seriously"): never a noun's start. */
const DERIVED_ADVERB = /^\p{L}{2,}(?:al|ent|ant|ate|ive|ous|ful|less|ic|ct|ed|ing|ble)ly$/iu;

/**
 * Whether the question's "her" is a possessive ("what did her report say?") rather than an object ("who hired her
 * last year?"): only before a word that can start a noun phrase. End of clause, a function word, a time or degree
 * word, or an adverb makes it the object (review s40 B-r40-2), which the name replaces without a possessive 's.
 */
export function possessiveHer(after: string): boolean {
  const [, next, then] = /^\s*([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/u.exec(after) ?? [];
  if (next === undefined) return false;
  if (TIME_ADJECTIVE.test(next)) return then !== undefined && !TIME_NOUN.test(then);
  return !FUNCTION_WORD.test(next) && !TIME_OR_DEGREE.test(next) && !DERIVED_ADVERB.test(next);
}
