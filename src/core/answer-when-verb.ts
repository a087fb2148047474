import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { indexArticle } from './article-index';
import { carriesAnswerType } from './question-type';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { matchTerm } from './term-match';

/**
 * "When will the audit be published?" over "Dr Shah said an internal audit in September had found…"
 * and "She said the audit would be published once the board had approved it.": the ranker's best
 * dates another act of the same thing. A when-question's answer dates the asked act, so a sentence
 * saying the asked verb goes first when it is about all the ranker's best is about and carries a time.
 *
 * Each condition was measured on the PolNeAR dev and 808 train questions (docs/evaluation.md, session
 * 26, ans28): WordNet synonyms of the verb let light verbs through ("make it official" taken as said by
 * "issue a memo"), a sentence lacking one of the best's question words is about something else
 * ("made it clear" of another body), and one with no time at all cannot answer "when".
 */

/** A time, or a clause that places the act in time ("once the board had approved it"). */
const TEMPORAL_CLAUSE = /\b(?:once|as soon as|after|before|until)\b/i;
const NO_ECHOES = new Set<string>();

/** The question words (its terms) a sentence says, exactly or by a WordNet synonym. */
function saidTerms(analysis: Analysis, at: number, terms: QuestionTerms): string[] {
  const index = indexArticle(analysis);
  return terms.terms.filter((t) => {
    const m = matchTerm(index, at, t, t === terms.verb);
    return m.exact > 0 || m.synonym > 0;
  });
}

/** Whether the sentence says the asked verb in the question's own word (after phrasal folding). */
export function saysAskedVerb(analysis: Analysis, at: number, terms: QuestionTerms): boolean {
  return terms.verb !== undefined && matchTerm(indexArticle(analysis), at, terms.verb, true).exact > 0;
}

const timed = (text: string): boolean => carriesAnswerType('time', text, NO_ECHOES) || TEMPORAL_CLAUSE.test(text);

/** The ranking with the sentence dating the asked act first, when the ranker's best does not say it. */
export function whenVerbFirst(analysis: Analysis, ranked: Ranked[], terms: QuestionTerms): Ranked[] {
  const top = ranked[0];
  if (terms.verb === undefined || !top || saysAskedVerb(analysis, top.index, terms)) return ranked;
  const topSays = saidTerms(analysis, top.index, terms);
  const first = ranked.find((r) => {
    if (!saysAskedVerb(analysis, r.index, terms) || !timed(analysis.sentences[r.index]!.text)) return false;
    const says = saidTerms(analysis, r.index, terms);
    return topSays.every((t) => says.includes(t));
  });
  return first ? [first, ...ranked.filter((r) => r !== first)] : ranked;
}
