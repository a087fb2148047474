import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { saysAskedVerb } from './answer-when-verb';
import { datedOnlyPast } from './dated-only-past';
import { pastDated } from './past-dated';
import { ASKS_PAST_PLAN, pastPlanAsDone, verbOnlyPlanned } from './past-plan';

/**
 * The question asks when or where an act still to come will happen: a future form ("will", "'ll", "going to", "supposed to",
 * "expected to", "set to", "scheduled to", "due to" + verb). "Due to" before a determiner gives a cause, not a plan.
 */
export const ASKS_FUTURE =
  /\b(?:will|won['’]t|shall|going to|gonna|supposed to|expected to|set to|scheduled to|slated to|about to|due to (?!(?:the|a|an|his|her|their|its|this|that)\b))|\w['’]ll\b/i;

/**
 * "When is the vote?", "where is the summit?": a present copula before an event asks for one still pending (a past
 * one is asked "when was…?"). A sentence on a past vote ("senators who voted for a similar package in 2024") says the
 * verb of the asked noun, but of another instance (audit 54 B-a54-6).
 */
const ASKS_PENDING = /^\s*(?:when|where)\s+(?:is|are|['’]s)\s+(?:the|a|an|this|that|next|its|their|his|her)\b/i;

/**
 * "When do New Yorkers vote?", "when is Bernie putting out his plan?": the present, simple or progressive, asks for a
 * time that holds now or is set ahead (a past one is asked "when did…?"); only datedOnlyPast reads it.
 */
const ASKS_PRESENT = /^\s*when\s+(?:do|does|is|are|['’]s)\b/i;

/**
 * "When will Trump release his tax returns?" over "…his revenue increased from $362 million in 2014 to $557
 * million in 2015": a sentence that tells only a dated past event and looks forward nowhere (past-dated.ts, the
 * reading the follow-ups use) dates something that has happened, so it cannot date an act the question places
 * ahead. Unless it says the asked verb itself ("When will the pier reopen?" — "The pier reopened on Monday."): then
 * the act has happened, and the sentence answers. "Where's the next summit going to be?" likewise: the place of a past
 * event ("an event Obama first organized in 2010") is not where the one ahead will be.
 */
export function datesPastForFuture(
  analysis: Analysis,
  best: number,
  question: string,
  asked: { type: string; terms: QuestionTerms },
): string | undefined {
  const pending = ASKS_PENDING.test(question);
  const text = analysis.sentences[best]!.text;
  const past = 'The article reports only past events, not the one asked about.';
  // Each time hangs on a past verb in its own clause, however far from it ("voted for a similar package in 2024").
  const ahead = pending || ASKS_FUTURE.test(question);
  if (asked.type === 'time' && (ahead || ASKS_PRESENT.test(question)) && datedOnlyPast(text, asked.terms)) return past;
  if ((asked.type !== 'time' && asked.type !== 'place') || !ahead) return undefined;
  // "When will the ferry be refitted?" over "The ferry was due to be refitted in 2024, but the work was postponed.":
  // the verb is said only as a plan of the past, so the act has not happened and 2024 is only when it was due.
  const plan = ASKS_PAST_PLAN.test(question) ? undefined : pastPlanAsDone(text);
  const verb = asked.terms.verb;
  if (plan !== undefined && verb !== undefined && verbOnlyPlanned(text, verb) && pastDated(plan))
    return 'The article gives only the date it was due, not when it will happen.';
  if ((!pending && saysAskedVerb(analysis, best, asked.terms)) || !pastDated(text)) return undefined;
  return past;
}
