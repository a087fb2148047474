import type { Analysis } from './analysis-types';
import { DURATION } from './answer-evidence';
import type { ArticleIndex } from './article-index';
import { countableText } from './count-figures';
import { ASKS_FUTURE } from './dates-past-for-future';
import { durationAhead } from './duration-ahead';
import { knownFirstName } from './known-first-name';
import { othersSums } from './others-sums';
import { type AnswerType, carriesAnswerType, MONEY_VERBS } from './question-type';
import { asksNonPay } from './sum-relations';
import { contentTerms } from './tokenize-words';

// Whether a sentence carries a filler of the asked type, read once per question for answer-features.ts: the type's own
// pattern, a stretch of time for "how long", and for money, no sum that is someone's pay or another thing's price.

/** Per-question reader of "does this sentence carry the asked type?". */
export interface AnswerTyping {
  /** Money sums are checked against pay and other things' prices (sum-relations.ts). */
  checkSums: boolean;
  /** The row names a term of the question other than its money verb ("ticket" in "how much is a ticket?"). */
  namesNoun: (row: ReadonlyArray<{ exact: number; synonym: number }>) => boolean;
  typedOf: (i: number, text: string, row: ReadonlyArray<{ exact: number; synonym: number }>) => boolean;
}

export function answerTyping(
  analysis: Analysis,
  index: ArticleIndex,
  question: string,
  type: AnswerType,
  terms: readonly string[],
  echoes: Set<string>,
  verb?: string,
): AnswerTyping {
  const asksDuration = /\bhow long\b/i.test(question);
  // "When will the council decide?": "will decide within ten days" dates the act ahead (duration-ahead.ts).
  const aheadVerb = type === 'time' && !asksDuration && ASKS_FUTURE.test(question) ? verb : undefined;
  // "How much did the bridge cost?": a sum someone is paid is no filler, nor a rate or unit price in a sentence not
  // naming what is asked (sum-relations.ts).
  const checkSums = type === 'money' && asksNonPay(question);
  // The question's own money verb ("costing" -> cost): a rate the sentence gives with it is the asked relation's.
  // The last word of each person's name ("fisk"): "Alan Fisk was paid £240,000" is a person's pay. Only a name with a
  // known first name or a role: who is who's person list may hold a firm ("The builder, Coastline Works, was paid").
  const personEnds = new Set(
    checkSums
      ? analysis.entities
          .filter((e) => e.type === 'person' && (e.role !== undefined || knownFirstName(e.name.split(' ')[0]!)))
          .map((e) => e.name.split(' ').pop()!.toLowerCase())
      : [],
  );
  const moneyVerbs = checkSums ? contentTerms((question.match(MONEY_VERBS) ?? []).join(' ')) : [];
  const best = (m: { exact: number; synonym: number }): number => Math.max(m.exact, m.synonym);
  const namesNoun = (row: ReadonlyArray<{ exact: number; synonym: number }>): boolean =>
    row.some((m, k) => best(m) > 0 && !moneyVerbs.includes(terms[k]!));
  const typedOf = (i: number, text: string, row: ReadonlyArray<{ exact: number; synonym: number }>): boolean =>
    // "How long …?" is answered by a stretch of time, which is its type: "since a storm last winter" or "for two
    // years" fills it with no count (review s40 B-r40-16).
    (asksDuration
      ? DURATION.test(text)
      : // "How many people use the ferry?" is not answered by "a £48m ferry contract".
        carriesAnswerType(type, type === 'count' ? countableText(text, question) : text, echoes) ||
        durationAhead(text, aheadVerb)) &&
    !(
      checkSums &&
      othersSums(
        text,
        personEnds,
        namesNoun(row),
        moneyVerbs.some((v) => index.terms[i]!.has(v)),
      )
    );
  return { checkSums, namesNoun, typedOf };
}
