import { ACTION_CUE_FAMILIES } from './action-cue-families';

/**
 * The plan family's match as a noun the sentence names, or an intent told as a purpose (issue 13, kind50): "Clinton took shots at his plan to
 * provide free tuition", "She outlined a plan to review the detainees", "The video shows him discussing his plan to
 * …". The news is the act told about the plan (the shots, the outlining, the showing), already done, not an event
 * still to come, so "Pending" misreads it (samples 30–31: #8, #29, #47, #42). The verb ("The council plans to …",
 * "They plan to vote") is the subject's own intention and stays pending; so does a plan no one has ("no plans to",
 * "any plans to": a standing intention, not named here), and a sentence that looks ahead itself ("might decide
 * against his announced plans", "may not do so this year").
 */
const PLAN_TO = new RegExp(ACTION_CUE_FAMILIES.find((f) => f.shape === 'plan')!.pattern.source, 'gi');
/**
 * "plan(s)" right after an article or a possessive: a noun. One word between is not read ("his campaign plans to
 * air ads", "the company plans to" are verbs after a noun); "that plan to" can be a relative clause's verb.
 */
const NOUN_BEFORE = /(?:\b(?:a|an|the|his|her|its|their|our|my|your)|\w['’]s)\s+$/i;
/** A word that looks ahead: a modal, a future, an awaited event. */
const AHEAD =
  /\b(?:will|would|shall|may|might|could|can|going to|(?:is|are) to|next|soon|upcoming|yet|pending|await\w*|expected|due)\b|\w['’](?:ll|d)\b/i;

/**
 * "intended to" is a reported intention after a saying verb and its subject ("Sanders said he intended to take a
 * day off", "adding he intended to work with …"): that one still looks ahead. Told otherwise it is a purpose ("rules
 * intended to rein in lending", "The tax was intended to deliver a blow") or a past act ("misspoke and intended to
 * say …", sample 31's #11 and #45), no event to come. Case-sensitive, so that the subject is a pronoun or a name.
 */
const REPORTED_INTENT =
  /\b(?:said|says|saying|added|adding|told \w+|announced|declared|insisted)\s+(?:that\s+)?(?:he|she|they|we|I|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+$/;

/** Whether one match of the plan family names no event to come: a plan as a noun, or an intent told as a purpose. */
function nothingAhead(match: string, before: string): boolean {
  if (/^plans? /i.test(match)) return NOUN_BEFORE.test(before);
  return /^intended to/i.test(match) && !REPORTED_INTENT.test(before);
}

/** Whether every match of the plan family in text names no event to come, in a sentence that does not look ahead. */
export function namedPlan(text: string): boolean {
  if (AHEAD.test(text)) return false;
  let seen = false;
  for (const m of text.matchAll(PLAN_TO)) {
    // Only the few characters before the match are read, so a long sentence stays linear.
    if (!nothingAhead(m[0], text.slice(Math.max(0, m.index - 40), m.index))) return false;
    seen = true;
  }
  return seen;
}
