import { MONTHS, WEEKDAYS } from './calendar-words';
import { type PhraseContext, schedule } from './phrase-question';

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
 * 5,000 signatures", "unless", "provided", "once", "whether"), an expectation or a negation.
 */
const LEFT_OPEN = /\b(?:if|unless|provided|providing|once|whether|expected|not|never)\b|n['’]t\b/i;
/**
 * The event's own of/on/into/about/over-phrase ("on the plan", "into the pier fire"), not a date ("on Tuesday") and
 * ending before the next preposition or time word ("on the plan on Tuesday").
 */
const TIME = String.raw`(?:${WEEKDAYS}|${MONTHS}|today|tonight|tomorrow|next|this|later|early|late)\b`;
const STOP = String.raw`(?:on|in|at|by|before|after|from|until|during|within|when|as|to|for|with|and|but)\b|${TIME}`;
const OWN_PHRASE = new RegExp(String.raw`^ (?:of|on|into|about|over) (?!${TIME})[^\s,;]+(?: (?!${STOP})[^\s,;]+)*`);

/**
 * The question a scheduled event asks: its outcome, not whether it happens on the date the copy already gives
 * (issue 13, session 46, kind62). "The council will hold a hearing on Tuesday" was asked as "Will the council hold a
 * hearing on Tuesday?", which the sentence answers; what the reader does not know is what the hearing will decide.
 * The relative clause stays next to the event and its own phrase, before the date: "What will come of the hearing on
 * the plan that the council will hold on Tuesday?". An event the sentence leaves open ("will hold a referendum … if
 * opponents collect 5,000 signatures", review 47's B-r47-6) and any other plan or forecast ("Will test versions … be
 * released by the summer?", "Will the council vote on the plan in June?") keep the schedule template's question.
 */
export function scheduledOutcome(ctx: PhraseContext): string | null {
  const asked = schedule(ctx);
  if (asked === null) return null;
  const held = HOLDS_EVENT.exec(asked);
  if (!held) return asked;
  const [, subject = '', verb = '', event = '', tail = ''] = held;
  if (LEFT_OPEN.test(tail) || LEFT_OPEN.test(subject)) return asked;
  const own = OWN_PHRASE.exec(tail)?.[0] ?? '';
  return `What will come of the ${event}${own} that ${subject} will ${verb}${tail.slice(own.length)}?`;
}
