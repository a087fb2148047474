import { MONTHS, WEEKDAYS } from './calendar-words';
import { claimedPlan } from './claimed-plan';
import { datedEvent } from './dated-event';
import type { PhraseContext } from './phrase-question';
import { schedule } from './schedule-question';
import { withPerson } from './with-person';

/**
 * An event noun a body holds: the scorer's "pending" class (followup-features.ts) less its verbs and adjectives, and
 * the meeting nouns a date is set for.
 */
const EVENT =
  'hearing|vote|ballot|referendum|trial|inquiry|review|appeal|meeting|session|summit|debate|talks|conference|consultation';
/** "Will the council hold a public hearing on Tuesday?": the subject, the verb of holding, the event, what follows. */
const HOLDS_EVENT = new RegExp(
  String.raw`^Will (.+?) (hold|have|host|convene|stage|open|begin|start|call) (?:a|an|the|its|their|his|her) ((?:[a-z][\w-]* )?(?:${EVENT}))\b([^?]*)\?$`,
);
/**
 * What leaves the event itself open, not only its outcome (review 47, B-r47-6): a condition ("if opponents collect
 * 5,000 signatures", "unless", "provided", "once", "whether").
 */
const CONDITION = /\b(?:if|unless|provided|providing|once|whether)\b/i;
const NEGATION = /\b(?:not|never)\b|n['’]t\b/i;
/**
 * An expectation or intention before the verb of holding ("is expected to hold", "hopes to hold") leaves the event
 * open too. The source sentence is read: the schedule template has already rewritten it to "will hold" (audit 48,
 * B-a48-13), so a test of the question could never see it.
 */
const EXPECTS = String.raw`\b(?:expected|likely|unlikely|hopes?|hoping|aims?|wants?|intends?|plans?|planning) to (?:\w+ly )?`;
/**
 * A date: a weekday or month, a relative time word, a season or a day of a month ("on Tuesday", "in May", "by the
 * spring", "on 12 June").
 */
const TIME = String.raw`(?:(?:the |this |next |last )?(?:${WEEKDAYS}|${MONTHS}|spring|summer|autumn|winter)\b|(?:today|tonight|tomorrow|next|this|later|early|late)\b|\d\d?(?:st|nd|rd|th)? (?:${MONTHS})\b)`;
/**
 * Where the event's own phrase ends: a preposition before a date ("on Tuesday"), a date itself, or a word that opens
 * a clause or a time span ("when the board meets", "until May", "before the summer"). A preposition before a noun
 * goes on with the noun phrase ("on the plans for the pier", "the cuts to the timetable"): moving it after the verb
 * altered the copy ("that the trust will hold for the pier", audit 48's B-a48-13).
 */
const STOP = String.raw`(?:(?:on|in|at|by|for|from|to|with|of|over|around|through) )?${TIME}|(?:before|after|until|during|within|when|while|as|and|but)\b`;
/** The event's own of/on/into/about/over-phrase ("on the plan", "into the pier fire"), not a date ("on Tuesday"). */
const OWN_PHRASE = new RegExp(String.raw`^ (?:of|on|into|about|over) (?!${TIME})[^\s,;]+(?: (?!${STOP})[^\s,;]+)*`);
/**
 * A with-phrase is the event's own when it names the people the event is held with ("a meeting with the pier owners",
 * with-person.ts); one that names no one is the holding's manner ("a vote with a show of hands"), after the verb.
 */
const WITH_PHRASE = new RegExp(String.raw`^ with (?!${TIME})[^\s,;]+(?: (?!${STOP})[^\s,;]+)*`);
const withPeople = (tail: string): string => {
  const phrase = WITH_PHRASE.exec(tail)?.[0] ?? '';
  return phrase && withPerson(phrase) ? phrase : '';
};

/**
 * The question a scheduled event asks: its outcome, not whether it happens on the date the copy already gives
 * (issue 13, session 46, kind62). "The council will hold a hearing on Tuesday" was asked as "Will the council hold a
 * hearing on Tuesday?", which the sentence answers; what the reader does not know is what the hearing will decide.
 * The relative clause stays next to the event and its own phrase, before the date: "What will come of the hearing on
 * the plan that the council will hold on Tuesday?". An event the sentence leaves open ("will hold a referendum … if
 * opponents collect 5,000 signatures", review 47's B-r47-6; "is expected to hold a vote") and any other plan or
 * forecast ("Will test versions … be released by the summer?", "Will the council vote on the plan in June?") keep
 * the schedule template's question. An event the sentence says will not be held ("will not hold a hearing … until
 * May") is answered by the copy: no question, the passage is shown.
 */
export function scheduledOutcome(ctx: PhraseContext): string | null {
  const claimed = claimedPlan(ctx);
  if (claimed) return claimed;
  const dated = datedEvent(ctx.text);
  if (dated) return dated;
  const asked = schedule(ctx);
  if (asked === null) return null;
  const held = HOLDS_EVENT.exec(asked);
  if (!held) return asked;
  const [, subject = '', verb = '', event = '', tail = ''] = held;
  if (CONDITION.test(tail) || CONDITION.test(subject)) return asked;
  if (NEGATION.test(subject) || NEGATION.test(tail)) return null;
  if (new RegExp(EXPECTS + verb, 'i').test(ctx.text)) return asked;
  const own = OWN_PHRASE.exec(tail)?.[0] ?? withPeople(tail);
  return `What will come of the ${event}${own} that ${subject} will ${verb}${tail.slice(own.length)}?`;
}
