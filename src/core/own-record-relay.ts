import { personNoun } from './person-noun';

/**
 * "a transcript of the interview", "audio of the speech": a record of the speaker's own words, no second-hand account.
 */
const RECORD = /\b(?:transcripts?|recordings?|audio|video|tapes?|footage)\b/i;
/** A possessive determiner and the up-to-three words of the noun phrase it opens, the last of them its head. */
const POSSESSED = /\b(?:his|her|their)\s+((?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+)/iu;

/**
 * Whether an "according to" relay is the speaker's own channel, so the speaker stands: a record of the words
 * ("according to a transcript"), or a thing the speaker owns, pointed at by a possessive determiner whose noun is no
 * person ("a statement released by her office", "a post on his Facebook page"). A person behind the possessive ("his
 * brother", "her spokesman") is another mouth and stays a relay; an outlet's or a body's possessive ("the school's
 * Facebook post", "Farley's account") names someone else, so it is no determiner here (review 57, R57-6).
 */
export function ownRecordRelay(relay: string): boolean {
  if (RECORD.test(relay)) return true;
  const owned = POSSESSED.exec(relay)?.[1]?.split(/\s+/);
  if (owned === undefined) return false;
  // The head is the last word before a preposition ("her office in Ohio"): stop at the first lower-case function word.
  const stop = owned.findIndex((w, i) => i > 0 && /^(?:in|on|at|of|for|to|from|with|and|or)$/i.test(w));
  const head = (stop === -1 ? owned.at(-1)! : owned[stop - 1]!).toLowerCase();
  return !personNoun(head.replace(/s$/, '')) && !personNoun(head);
}
