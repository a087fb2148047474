import type { Analysis } from './analysis-types';
import { CAUSE } from './lacks-filler';
import { maskScheduledDueTo } from './mask-scheduled-due-to';
import type { RankedSentence } from './rank-answer-sentences';

/**
 * A subject that can open a clause after "since": a pronoun, or a determiner and up to three words none of
 * which opens another subject or is a past verb ("since the election he has…", "since the poll was conducted
 * have…" are a date, then the clause).
 */
const PRONOUN = 'i|we|you|he|she|it|they|there|this|that';
const DETERMINER = 'the|a|an|this|that|these|those|its|his|her|their|our|no|most|many|some';
const SUBJECT = `(?:(?:${PRONOUN}) |(?:${DETERMINER}) (?:(?!(?:${PRONOUN}|${DETERMINER}|was|were|had|been)\\b)[\\w'’-]+ ){0,3}?)`;
/** A date or span within the clause makes "since" temporal ("since that time he has…", "since the 2016 race"). */
const TIME_WORD =
  '(?:\\d|then|time|times|days?|weeks?|months?|years?|decades?|childhood|birth|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/**
 * "since" gives a reason only as a conjunction whose clause is in the present or takes a modal ("since it is
 * cheaper", "since the council has no money"); "since childhood", "since 2019", "since he took office" date
 * things and are not reasons. "may" is left out: the month cannot be told from the modal.
 */
const CAUSAL_SINCE = `\\b(?<!ever )since (?!(?:[\\w'’-]+ ){0,3}${TIME_WORD})${SUBJECT}(?:is|are|isn['’]t|aren['’]t|has|have|hasn['’]t|haven['’]t|does|do|doesn['’]t|don['’]t|can|can['’]t|cannot|will|won['’]t|would|wouldn['’]t|could|couldn['’]t|should|must|might)\\b`;
/** "given" gives a reason opening a clause ("Given the expected fallout, …"); "was given the job" does not. */
const GIVEN_OPENING = `(?:^[\\s"'“‘]*|[,;:—–(]\\s*|\\b(?:and|but) )given (?:the|its|his|her|their|our|this|these|those)\\b`;

/**
 * A reason given in so many words: the 'cause' markers, and the looser ones copy uses to hand over a
 * reason ("in response to", "amid", "given that…", "the idea is that…").
 */
const REASON_MARKER = new RegExp(
  `${CAUSE.source}|\\b(?:in response to|amid|given that|which is why|that['’]s why|the idea is)\\b|${CAUSAL_SINCE}|${GIVEN_OPENING}`,
  'i',
);
/** The premise sentence must say most of what the question asks about, or its neighbour answers something else. */
const PREMISE_SHARE = 0.4;
/** How far down the ranking a neighbour giving the reason may sit. */
const NEAR_RANKS = 3;

const givesReason = (analysis: Analysis, i: number): boolean => saysReason(analysis.sentences[i]?.text ?? '');

/** Whether a text gives a reason in so many words, as a why-answer's sentence does ("because", "in response to", …). */
export function saysReason(text: string): boolean {
  return REASON_MARKER.test(maskScheduledDueTo(text));
}

/**
 * "Why did Sanders vote against the bill?": the sentence the ranker likes restates the premise ("…his 2007
 * vote against a bill…") and the reason is the one beside it ("…he opposed the bill because of its guest
 * worker provisions"). When the first cited sentence gives no reason and a neighbour the ranker also rates
 * highly does, the neighbour is cited first and the premise after it. The neighbour must say something of
 * the question: a reason for another thing ("Supporters said they would keep campaigning") answers nothing.
 */
export function answerReasonPair(
  analysis: Analysis,
  ranked: readonly RankedSentence[],
  cited: readonly number[],
): number[] {
  const first = cited[0];
  if (first === undefined || givesReason(analysis, first)) return [...cited];
  const reason = ranked
    .slice(0, NEAR_RANKS)
    .find((r) => Math.abs(r.index - first) === 1 && r.share > 0 && givesReason(analysis, r.index));
  if (!reason) return [...cited];
  return [reason.index, ...cited.filter((i) => i !== reason.index)];
}

/**
 * A why-question the ranker is unsure of, whose best sentence states the premise without a reason while
 * the very next sentence gives one ("…will focus solely on attacking Clinton." "The idea is that…"): the
 * pair answers it, reason first. Undefined when the pair is not there and the question stays declined.
 */
export function declinedReasonPair(analysis: Analysis, ranked: readonly RankedSentence[]): number[] | undefined {
  const best = ranked[0];
  if (!best || best.share < PREMISE_SHARE || givesReason(analysis, best.index)) return undefined;
  const next = ranked.find((r) => r.index === best.index + 1);
  return next && next.share > 0 && givesReason(analysis, next.index) ? [next.index, best.index] : undefined;
}
