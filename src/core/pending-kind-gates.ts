import { decisionAgent } from './decision-agent';
import { describedDecision } from './described-decision';
import { frontedPlan } from './fronted-plan';
import type { KindGate } from './kind-gates';
import { participleAdjunct } from './participle-adjunct';
import { placeAside } from './place-aside';
import { relativeDate } from './relative-date';
import { routineEvent } from './routine-event';
import { stancePledge } from './stance-pledge';
import { standingRule } from './standing-rule';
import { storyTimePlan } from './story-time-plan';
import { subjectPlan } from './subject-plan';
import { writerForecast } from './writer-forecast';

/** Gates of the pending kind: a cue holds it only with an undecided event the story waits on (kind-gates.ts). */

/** Pending needs an undecided event, not a standing rule or duty ("delegates must vote for…"). */
const STANDING_RULE: KindGate = {
  name: 'standing-rule',
  lacks: (f, text, index, match) => f.kind === 'pending' && standingRule(text, index, match),
};

/**
 * Pending needs an event someone waits on, not the writer's own "is likely to" (measured, not shipped:
 * engine 28's review chose to show these forecasts as their passage).
 */
const WRITER_FORECAST: KindGate = {
  name: 'writer-forecast',
  lacks: (f, text, index) => f.kind === 'pending' && writerForecast(text, index) === 'passage',
};

/**
 * Pending needs a plan still open, not one told in the past ("he pledged to…", "had planned to"; measured,
 * not shipped: the editors flag past plans more often than present ones).
 */
const PAST_PLAN: KindGate = {
  name: 'past-plan',
  lacks: (f, _text, _index, match) =>
    f.shape === 'plan' && /^(?:planned|intended|vowed|pledged|threatened)\b/i.test(match),
};

/**
 * Pending needs an event, not someone's platform: "Sanders' plan to raise taxes", "her plan to increase
 * federal investment" name a policy the story describes, with nothing scheduled (a possessive's plan).
 * Measured, not shipped: it loses a flagged PolNeAR dev passage.
 */
const PLATFORM_PLAN: KindGate = {
  name: 'platform-plan',
  lacks: (f, text, index, match) =>
    f.shape === 'plan' &&
    /^plans? to\b/i.test(match) &&
    /(?:\w['’]s?|\b(?:his|her|their|its|our|my|your))\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(0, index)),
};

/**
 * Pending needs an event the story waits on, not one told of a place the sentence describes: "…, two
 * battleground states where voters will help determine who controls the Senate" (sample 15's #12).
 */
const PLACE_ASIDE: KindGate = {
  name: 'place-aside',
  lacks: (f, text, index) => f.kind === 'pending' && placeAside(text, index),
};

/**
 * Pending needs a modal and its date in the passage's own clause, not a main clause's "will" read to a relative
 * clause's date: "‘That tide will lift all boats,’ said Carson, who will address the convention on Tuesday"
 * (issue 13, sample 22's #28; session 26, kind27).
 */
const RELATIVE_DATE: KindGate = {
  name: 'relative-date',
  lacks: (f, text, index, match) => f.kind === 'pending' && relativeDate(text, index, match),
};

/**
 * Pending needs a plan the story waits on, not one told in passing inside the clause the sentence opens on ("Even as
 * they all vowed to carry on, the sense of urgency was evident"; sample 51's #25, fronted-plan.ts).
 */
const FRONTED_PLAN: KindGate = {
  name: 'fronted-plan',
  lacks: (f, text, index) => f.shape === 'plan' && frontedPlan(text, index),
};

/**
 * Pending needs a decision still to come, not one someone made: "a decision by Mr. Obama that he needed to …" names
 * who decided, where "a decision by Friday" dates one awaited (sample 52's #15, decision-agent.ts).
 */
const DECISION_AGENT: KindGate = {
  name: 'decision-agent',
  lacks: (f, text, index, match) => f.shape === 'schedule' && decisionAgent(text, index, match),
};

/**
 * Pending needs a plan still open, not one the story dates by its own past moments: "a mission that he planned to
 * undertake the following morning" (sample 52's #49, story-time-plan.ts).
 */
const STORY_TIME_PLAN: KindGate = {
  name: 'story-time-plan',
  lacks: (f, text, index, match) => f.shape === 'plan' && storyTimePlan(text, index, match),
};

/**
 * Pending needs a plan still open, not a past event the plan heading the subject met: "Plans to merge the units have
 * sparked angry exchanges" (audit 56's B-a56-18, subject-plan.ts).
 */
const SUBJECT_PLAN: KindGate = {
  name: 'subject-plan',
  lacks: (f, text, index, match) => f.shape === 'plan' && subjectPlan(text, index, match),
};

/**
 * Pending needs a plan the story waits on, not one named in a participle clause beside a past act: "Hundreds of
 * traders yesterday staged a sit-in …, protesting a plan to relocate them" (audit 59's B-a59-22, participle-adjunct.ts).
 * Only the plan family: an inquiry named there (", citing the ongoing investigation") is still under way, and the
 * editors flagged one such on PolNeAR train.
 */
const PARTICIPLE_ADJUNCT: KindGate = {
  name: 'participle-adjunct',
  lacks: (f, text, index) => f.shape === 'plan' && participleAdjunct(text, index),
};

/**
 * Pending needs an event with an outcome, not a date on the calendar: "…, with the final scheduled for Saturday"
 * (issue 13, session 59, routine-event.ts).
 */
const ROUTINE_EVENT: KindGate = {
  name: 'routine-event',
  lacks: (f, text, index, match) => f.shape === 'schedule' && routineEvent(text, index, match),
};

/**
 * Pending needs a decision to come, not the speaker's own stance on whatever comes up: "said she would vote against any
 * proposal to close the school" (audit 61's B-a61-15, stance-pledge.ts).
 */
const STANCE_PLEDGE: KindGate = {
  name: 'stance-pledge',
  lacks: (f, text, index, match) => f.kind === 'pending' && stancePledge(text, index, match),
};

/**
 * Pending needs a decision someone is still to take, not one the copy describes: "For some islanders the decision is
 * about more than timetables" (audit 62's B-a62-14, described-decision.ts).
 */
const DESCRIBED_DECISION: KindGate = {
  name: 'described-decision',
  lacks: (f, text, index, match) => f.shape === 'schedule' && describedDecision(text, index, match),
};

export const pendingGates = {
  STANDING_RULE,
  WRITER_FORECAST,
  PAST_PLAN,
  PLATFORM_PLAN,
  PLACE_ASIDE,
  RELATIVE_DATE,
  FRONTED_PLAN,
  DECISION_AGENT,
  STORY_TIME_PLAN,
  SUBJECT_PLAN,
  PARTICIPLE_ADJUNCT,
  ROUTINE_EVENT,
  STANCE_PLEDGE,
  DESCRIBED_DECISION,
};
