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
 * The question a scheduled event asks: its outcome, not whether it happens on the date the copy already gives
 * (issue 13, session 46, kind62). "The council will hold a hearing on Tuesday" was asked as "Will the council hold a
 * hearing on Tuesday?", which the sentence answers; what the reader does not know is what the hearing will decide.
 * Any other plan or forecast ("Will test versions … be released by the summer?", "Will the council vote on the plan
 * in June?", a yes-or-no the copy leaves open) keeps the schedule template's question.
 */
export function scheduledOutcome(ctx: PhraseContext): string | null {
  const asked = schedule(ctx);
  if (asked === null) return null;
  const held = HOLDS_EVENT.exec(asked);
  return held ? `What will come of the ${held[3]}${held[4]} that ${held[1]} will ${held[2]}?` : asked;
}
