import type { Analysis } from './analysis-types';
import type { QuestionFeatures } from './answer-features';
import { timeOfAnotherAct } from './answer-when-verb';
import { askedOfficeAbsent } from './asked-office-absent';
import { clockTimeAbsent } from './clock-time-absent';
import { countOfAnotherAct } from './count-of-another-act';
import { countOfUnsaidAct } from './count-of-unsaid-act';
import { datesOtherObject } from './dates-other-object';
import { datesPastForFuture } from './dates-past-for-future';
import { eventAsTime } from './event-as-time';
import { mannerActUnsaid } from './manner-act-unsaid';
import { measureValueAbsent } from './measure-value-absent';
import { nameAbsent } from './name-absent';
import { nameOfUnnamed } from './name-of-unnamed';
import { neverQuoted } from './never-quoted';
import { postHolderUnnamed } from './post-holder-unnamed';
import { shareAbsent } from './share-absent';
import { standingAbsent } from './standing-first';
import { sumOfAnother } from './sum-of-another';
import { sumOfAnotherAct } from './sum-verb-clause';
import { whichFirmUnnamed } from './which-firm-unnamed';
import { whoUnfilled } from './who-unfilled';

/**
 * Why the best sentence, likely enough by the model, still gives no value of the asked kind for the asked thing, or
 * undefined when it may. "When will Trump release his returns?" over "…revenue increased … in 2015": a past event's
 * date dates no act ahead; "what time…?" over a sentence with no time of day; "what share…?" over one with no part of
 * a whole; "what is her name?" over one naming no one new; "how much…?" over a sum said of something else, or of another act in a relative clause; "why…?"
 * over one giving the asked event only as a time; "which company…?" over one naming no company; "who is X's chief
 * executive?" over one naming no such office; "what is the hourly rate?" over one giving none; "what did X say?" of
 * someone the article never quotes; "who…?" over one filling no one into the asked slot; "how will X vote?" over one not saying the act. ("Who <verb>…?" over a sentence naming no doer is answer-doer-unsaid.ts, which
 * reads the sentences below the best for one that does.)
 */
export function typedValueAbsent(
  analysis: Analysis,
  best: number,
  question: string,
  features: QuestionFeatures,
): string | undefined {
  const { type, terms } = features;
  return (
    datesPastForFuture(analysis, best, question, { type, terms }) ??
    clockTimeAbsent(analysis, best, question) ??
    timeOfAnotherAct(analysis, best, terms, type) ??
    datesOtherObject(analysis, best, question, { type, terms }) ??
    shareAbsent(analysis, best, question) ??
    nameAbsent(analysis, best, question) ??
    nameOfUnnamed(analysis, best, question) ??
    sumOfAnother(analysis, features, best) ??
    countOfAnotherAct(analysis, best, question, features) ??
    countOfUnsaidAct(analysis, best, question, features) ??
    sumOfAnotherAct(analysis, best, question, features) ??
    eventAsTime(analysis, features, best) ??
    standingAbsent(analysis, best, question) ??
    whichFirmUnnamed(analysis, best, question) ??
    askedOfficeAbsent(analysis, best, question) ??
    postHolderUnnamed(analysis, best, question, terms.heads) ??
    measureValueAbsent(analysis, best, question) ??
    neverQuoted(analysis, best, question) ??
    whoUnfilled(analysis, best, question, features) ??
    mannerActUnsaid(analysis, best, question, features)
  );
}
