import { relatedStems } from './answer-lexicon';
import type { AnswerType } from './question-type';
import { contentTerms, stemOf } from './tokenize-words';

/**
 * Whose figure a sentence gives. "What's Clinton's share of the black vote?" is not answered by "Trump
 * has just 5 percent of the black vote", though the type (a figure) and the premise (the black vote)
 * are both there. The engine has no syntactic parse (cue-scope.ts reads a cue's clause, not a figure's
 * owner), so the words before a figure stand in for one: in
 * news English a figure's owner — its possessor ("Trump's 5 percent") or the subject of its verb
 * ("Trump has 5 percent", "Wells Fargo was fined $185 million") — is the nearest name before it in its
 * clause. A figure owned by a name the question does not use is another thing's figure.
 */

const NUMERIC: ReadonlySet<AnswerType> = new Set(['count', 'money', 'amount', 'age', 'quantity']);
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half)$/;
/** A clause boundary an owner does not reach across. */
const BOUNDARY = /^(?:;|:|—|–|--|while|whereas|but|although)$/i;
/** Capitalised words that own nothing: function words, titles, months and days. */
const NOT_OWNER =
  /^(?:the|a|an|i|he|she|it|they|we|but|and|in|on|at|by|for|of|to|mr|mrs|ms|dr|sen|rep|gov|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Words before a name that make it no owner: an article, or a preposition (a place or an object). */
const OWNERLESS =
  /^(?:the|a|an|in|at|on|from|to|into|across|near|for|with|against|of|over|under|outside|inside|throughout)$/i;
/** How far before a figure its owner may sit, in words. */
const OWNER_REACH = 8;
/** A name: a capital then a letter or a dot ("Trump", "IMF", "U.S."). */
const NAME = /^\p{Lu}[\p{L}.]/u;

const tokens = (sentence: string): string[] =>
  sentence.match(/[\p{L}\p{N}$£€%][\p{L}\p{N}$£€%.,’'-]*|[;:—–]|--/gu) ?? [];

const bare = (token: string): string =>
  token
    .replace(/[.,-]+$/, '')
    .replace(/['’]s?$/, '')
    .toLowerCase();

const isFigure = (token: string): boolean => {
  const word = bare(token);
  return /\d/.test(word) || NUMBER_WORD.test(word) || /^[$£€]/.test(token);
};

/** Lowercased words the article capitalises after a sentence's first word: its names. */
export function articleNameWords(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    const words = tokens(sentence);
    for (let k = 1; k < words.length; k++) if (NAME.test(words[k]!)) out.add(bare(words[k]!));
  }
  return out;
}

/**
 * -1 when a numeric question names someone or something and every figure in the sentence that has an
 * owner in reach is owned by a name the question does not use; 0 otherwise (a figure owned by one of
 * the question's names, by a name it uses through a WordNet derivation — "Chinese" for "China" — or
 * no owner at all: "The Democratic nominee sits at 85 percent" is no evidence either way).
 * `names` are the question's names as lowercased words ("us", "clinton"), `nameTerms` as terms;
 * `articleNames` the words the article capitalises inside a sentence (see articleNameWords).
 */
export function fillerBinding(
  type: AnswerType,
  sentence: string,
  names: ReadonlySet<string>,
  nameTerms: ReadonlySet<string>,
  articleNames: ReadonlySet<string>,
): number {
  if (names.size === 0 || !NUMERIC.has(type)) return 0;
  const named = (token: string): boolean => {
    const word = bare(token);
    if (names.has(word)) return true;
    const term = contentTerms(word)[0];
    return (term !== undefined && nameTerms.has(term)) || relatedStems(stemOf(word)).some((s) => nameTerms.has(s));
  };
  const words = tokens(sentence);
  let rival = false;
  for (let f = 0; f < words.length; f++) {
    if (!isFigure(words[f]!)) continue;
    for (let k = f - 1; k >= 0 && k >= f - OWNER_REACH; k--) {
      const word = words[k]!;
      if (BOUNDARY.test(word)) break;
      if (!NAME.test(word) || NOT_OWNER.test(bare(word))) continue;
      // The whole capitalised run is one name: "Wells Fargo was fined", "the Chicago Police Department".
      let start = k;
      while (start > 0 && /^\p{Lu}/u.test(words[start - 1]!)) start--;
      const run = words.slice(start, k + 1);
      if (run.some(named)) return 0;
      k = start;
      // The sentence's first word is capitalised anyway: there it is a name only if the article
      // capitalises it mid-sentence too ("Trump has just 5 percent", not "Polls put…"). "The Democratic
      // nominee" is no name; a name after a preposition is where or whom, not whose ("in Madrid … the
      // 26-year-old").
      const article = OWNERLESS.test(run[0]!) || (start > 0 && OWNERLESS.test(words[start - 1]!));
      if (article || (start === 0 && !run.some((w) => articleNames.has(bare(w))))) continue;
      rival = true;
      break;
    }
  }
  return rival ? -1 : 0;
}
