import type { Analysis, AnswerResult } from './analysis-types';
import { askedDoer, doerReading } from './answer-asked-doer';
import { FEATURE_NAMES } from './answer-feature-names';
import { answerOtherSide, sameParagraph } from './answer-other-side';
import { quoteWithSpeaker } from './answer-quote-speaker';
import { answerReasonPair } from './answer-reason-pair';
import { stanceReasonNext } from './answer-reason-stance';
import { onlyRefuses, refusesOfValue } from './answer-refusal';
import type { QuestionTerms } from './answer-terms';
import { answerTurn } from './answer-turn';
import { saysAskedVerb } from './answer-when-verb';
import { disputedFigure } from './disputed-figure';
import type { AnswerType } from './question-type';
import { quotationOpening } from './quotation-opening';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { refusesOtherMatter } from './refusal-matter';
import { shownTurnText } from './shown-turn-text';
import { NO_REASON_GIVEN, whyReasonFirst } from './why-reason-first';

const TYPED_COVER = FEATURE_NAMES.indexOf('typedCover');
/** A neighbour scoring nearly as well usually carries the other half of the answer. */
const NEIGHBOUR_MARGIN = 0.5;

/**
 * The answer once its best sentence is settled: the sentences the reader needs beside it (a quotation's opening, a
 * neighbour carrying the other half, the asked person's quote running on, a refusal of the value, the other side of
 * a disputed yes/no), kept apart from the decision whether to answer at all.
 */
export function answerCited(
  analysis: Analysis,
  ranked: Ranked[],
  best: Ranked,
  {
    own,
    type,
    terms,
    question,
  }: { own: ReadonlySet<number>; type: AnswerType; terms: QuestionTerms; question: string },
): AnswerResult {
  // A sentence closing a quotation opened earlier in its paragraph is cited from the quotation's opening.
  const cited = [...quotationOpening(analysis.sentences, best.index), best.index];
  // Beside a sentence dating the asked act, a neighbour not saying it dates another act: its date
  // would read as the answer's ("…an internal audit in September had found…").
  const datesAct = type === 'time' && saysAskedVerb(analysis, best.index, terms);
  // "When did Harrowgate score?": a neighbour naming Harrowgate only as another party's object is not the other half.
  const doer = type === 'person' ? [] : askedDoer(question);
  const otherSlot = (i: number): boolean =>
    doer.length > 0 && doerReading(analysis.sentences[i]!.text, doer) === 'other';
  for (const other of ranked.slice(1, 3)) {
    const near = Math.abs(other.index - best.index) === 1 && other.share > 0 && !otherSlot(other.index);
    const dated = !datesAct || saysAskedVerb(analysis, other.index, terms);
    const fresh = !cited.includes(other.index);
    if (near && fresh && other.score >= best.score - NEIGHBOUR_MARGIN && dated) cited.push(other.index);
  }
  // The asked person's quote running on into the next sentence of its paragraph ("…," Spicer said. "He thinks…").
  const next = best.index + 1;
  if (own.has(best.index) && own.has(next) && !cited.includes(next) && sameParagraph(analysis, best.index, next))
    cited.push(next);
  // A sourced value's neighbour saying the party declined to comment on it: the reader sees both.
  if (
    best.values[TYPED_COVER]! > 0 &&
    next < analysis.sentences.length &&
    !cited.includes(next) &&
    sameParagraph(analysis, best.index, next) &&
    onlyRefuses(analysis.sentences[next]!.text) &&
    refusesOfValue(analysis, best.index, next) &&
    !refusesOtherMatter(analysis.sentences[next]!.text, terms.terms)
  )
    cited.push(next);
  // A figure one source gives and another disputes: both are the answer (disputed-figure.ts).
  const rebuttal =
    answerOtherSide(analysis, ranked, best, cited, type === 'yesno') ??
    disputedFigure(analysis, ranked, best, { type, cited });
  if (rebuttal) cited.push(rebuttal.index);
  // "Who was the referee?": a quotation cited without its speaker reads as the article's fact.
  const spoken = type === 'person' ? quoteWithSpeaker(analysis, cited) : cited;
  if (spoken === null) {
    const reason = 'Only a quotation says it, and it names no one.';
    return { answer: null, sentenceIds: [], reason, nearestId: analysis.sentences[best.index]!.id };
  }
  if (type !== 'reason') return citing(analysis, answerTurn(analysis, spoken));
  const paired = answerReasonPair(analysis, ranked, cited);
  // No cause word beside the act: the actor's own grounds in the next sentence ("He considers …") are its reason.
  const stance = paired[0] === cited[0] ? stanceReasonNext(analysis, best.index, terms) : undefined;
  // A premise restated with no reason gives way to a sentence giving one, or the article says none (why-reason-first.ts).
  const reasoned = stance === undefined ? whyReasonFirst(analysis, ranked, paired, terms) : paired;
  if (reasoned === null)
    return {
      answer: null,
      sentenceIds: [],
      reason: NO_REASON_GIVEN,
      nearestId: analysis.sentences[best.index]!.id,
      declined: 'no-reason',
    };
  return citing(
    analysis,
    answerTurn(analysis, stance === undefined ? reasoned : [stance, ...paired.filter((i) => i !== stance)]),
  );
}

/** The cited sentences as the answer, in the order given. */
export function citing(analysis: Analysis, cited: readonly number[]): AnswerResult {
  // A cited "Q:" turn gives way to the answer after it (answerTurn); with none, no nearest line (it would be the question).
  if (cited.length === 0) return { answer: null, sentenceIds: [], reason: 'The article only asks it.' };
  const ids = cited.map((i) => analysis.sentences[i]!.id);
  // A transcript turn's label is who speaks, not what the article says (shown-turn-text.ts).
  const shown = shownTurnText(analysis.sentences);
  const text = cited.map((i) => shown.get(analysis.sentences[i]!.id) ?? analysis.sentences[i]!.text.trim());
  return { answer: text.join(' '), sentenceIds: ids };
}
