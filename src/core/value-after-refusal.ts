import type { Analysis } from './analysis-types';
import { relatedStems } from './answer-lexicon';
import type { QuestionTerms } from './answer-terms';
import { ASKED_CLAUSE } from './asked-reply-unknown';
import { figureOfAsked } from './figure-of-asked';
import { type AnswerType, carriesAnswerType, numericEchoes } from './question-type';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { contentTerms } from './tokenize-words';

/** Figures a reply to "how much/many …" gives: the refusal of one is cancelled by another source's. */
const VALUED: ReadonlySet<AnswerType> = new Set(['count', 'money', 'amount', 'quantity']);
/** How far down the ranking the refusal may sit. */
const REFUSAL_RANKS = 8;

/**
 * "How much is the ferry contract worth?" over "Board chair Ines Varga declined to say how much the contract was
 * worth. Documents seen by the Post show the board will pay Calder Lines £8.4 million over five years." (review 60's
 * R60-11), or "Asked how many investigators would be hired, a spokesperson said the number was still being worked
 * out." then '"It will be fifteen, give or take," a commissioner told the Gazette later.' (R60-7): one party's refusal
 * of the asked figure, its "how …" clause on the question's own words, and the very next sentence giving a figure of
 * the asked kind that the refusal does not hold, and of the asked thing (figure-of-asked.ts): another source answers
 * what the first would not. The next sentence, or undefined.
 */
export function valueAfterRefusal(
  analysis: Analysis,
  ranked: readonly Ranked[],
  question: string,
  asked: { type: AnswerType; terms: QuestionTerms },
): number | undefined {
  if (!VALUED.has(asked.type)) return undefined;
  const object = asked.terms.terms.filter((t) => t !== asked.terms.verb && !asked.terms.nameTerms.has(t));
  const echoes = numericEchoes(question);
  for (const r of ranked.slice(0, REFUSAL_RANKS)) {
    const clause = ASKED_CLAUSE.exec(analysis.sentences[r.index]!.text);
    if (!clause || !/^how\b/i.test(clause[1]!)) continue;
    const words = new Set(contentTerms(clause[1]!));
    if (!object.some((t) => words.has(t) || relatedStems(t).some((s) => words.has(s)))) continue;
    // The reply itself carries no figure ("said the number was still being worked out").
    if (carriesAnswerType(asked.type, clause[2]!, echoes)) continue;
    const next = analysis.sentences[r.index + 1];
    if (
      next &&
      !ASKED_CLAUSE.test(next.text) &&
      carriesAnswerType(asked.type, next.text, echoes) &&
      figureOfAsked(next.text, object)
    )
      return r.index + 1;
  }
  return undefined;
}
