import { MONTHS, SHORT_MONTHS, WEEKDAYS } from './calendar-words';
import { outcomeEvent } from './outcome-event';

/**
 * A sentence that only fixes a date for an event: "The inquiry is set for June 3.", "A reinspection had been
 * scheduled for Thursday." The subject opens on a determiner and holds no verb (at most six words), the date runs to
 * the sentence's end with no clause after it.
 */
const DATED = new RegExp(
  String.raw`^(?:the|a|an|its|their|his|her) ((?:[\w'’-]+ ){0,5}[\w'’-]+) (is|are|was|were|has been|have been|had been) (scheduled|set|slated) for ((?:(?:the|this|next|later|early|late) )?(?:${WEEKDAYS}|${MONTHS}|(?:${SHORT_MONTHS})\. \d|\d)[^,;:!?]*?)\.$`,
  'i',
);
/** A word no event's noun phrase holds: a verb's auxiliary, a negation, a clause's opener. */
const NOT_A_PHRASE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|not|no|never|that|which|who|if|when)\b/i;

/**
 * What a dated event leaves open is what comes of it, not whether it is dated (issue 13, session 58): "What will come
 * of the inquiry set for June 3?", and after a past tense "What has come of the reinspection scheduled for Thursday?"
 * (the date may have passed when the story ran; a simple past "What came of" reads to the vetting as spliced). The
 * event is named as the copy names it, its words unchanged but a first "a/an", which the question's "the" stands for,
 * the event being the one just told of. Null for any other shape.
 */
export function datedEvent(text: string): string | null {
  const m = DATED.exec(text.trim());
  if (!m || NOT_A_PHRASE.test(m[1]!) || !outcomeEvent(m[1]!)) return null;
  const [, event, tense, verb, date] = m;
  const past = /^(?:was|were|had been)$/i.test(tense!);
  return `What ${past ? 'has come' : 'will come'} of the ${event} ${verb!.toLowerCase()} for ${date}?`;
}
