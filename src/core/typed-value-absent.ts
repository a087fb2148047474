import { agentlessAct } from './agentless-act';
import type { Analysis } from './analysis-types';
import type { QuestionFeatures } from './answer-features';
import { timeOfAnotherAct } from './answer-when-verb';
import { askedDoerVerb } from './asked-doer-verb';
import { clockTimeAbsent } from './clock-time-absent';
import { converseAct } from './converse-act';
import { datesPastForFuture } from './dates-past-for-future';
import { eventAsTime } from './event-as-time';
import { nameAbsent } from './name-absent';
import { shareAbsent } from './share-absent';
import { sumOfAnother } from './sum-of-another';

/**
 * Why the best sentence, likely enough by the model, still gives no value of the asked kind for the asked thing, or
 * undefined when it may. "When will Trump release his returns?" over "…revenue increased … in 2015": a past event's
 * date dates no act ahead; "what time…?" over a sentence with no time of day; "what share…?" over one with no part of
 * a whole; "what is her name?" over one naming no one new; "how much…?" over a sum said of something else; "why…?"
 * over one giving the asked event only as a time; "who <verb>…?" over one saying only the verb's converse (the
 * seller for a buyer) or only its passive with no "by" (the act without its doer).
 */
export function typedValueAbsent(
  analysis: Analysis,
  best: number,
  question: string,
  features: QuestionFeatures,
): string | undefined {
  const { type, terms } = features;
  const doer = askedDoerVerb(features, question);
  return (
    datesPastForFuture(analysis, best, question, { type, terms }) ??
    clockTimeAbsent(analysis, best, question) ??
    timeOfAnotherAct(analysis, best, terms, type) ??
    shareAbsent(analysis, best, question) ??
    nameAbsent(analysis, best, question) ??
    sumOfAnother(analysis, features, best) ??
    eventAsTime(analysis, features, best) ??
    converseAct(analysis, best, doer, terms.questionWords) ??
    agentlessAct(analysis, best, doer)
  );
}
