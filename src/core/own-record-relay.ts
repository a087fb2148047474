import { personNoun } from './person-noun';
import { recordNoun } from './record-noun';

/** "footage of the speech": a recording WordNet files as a length of film, so the lexicon's reading misses it. */
const FOOTAGE = /^footage$/i;
/** A lower-case function word that ends a relay's noun phrase ("minutes of the meeting", "a tape obtained by …"). */
const PHRASE_END = /^(?:of|in|on|at|by|from|with|for|to|that|which|who|and|or)$/i;
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
  if (recordHead(relay)) return true;
  const owned = POSSESSED.exec(relay)?.[1]?.split(/\s+/);
  if (owned === undefined) return false;
  // The head is the last word before a preposition ("her office in Ohio"): stop at the first lower-case function word.
  const stop = owned.findIndex((w, i) => i > 0 && /^(?:in|on|at|of|for|to|from|with|and|or)$/i.test(w));
  const head = (stop === -1 ? owned.at(-1)! : owned[stop - 1]!).toLowerCase();
  return !personNoun(head.replace(/s$/, '')) && !personNoun(head);
}

/**
 * Whether the relay's noun phrase is headed by a record of words (record-noun.ts, from WordNet): "minutes of the
 * meeting", "the transcripts", "a tape obtained by the Herald". The head is the phrase's last word before its first
 * function word, past a trailing participle ("obtained"); a record noun as a modifier ("a tape recorder") is no head, nor a record
 * word anywhere else in the phrase ("a person who listened to the recording": review 58, R58-5).
 */
function recordHead(relay: string): boolean {
  const words = relay.trim().split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && PHRASE_END.test(w));
  const phrase = end === -1 ? words : words.slice(0, end);
  while (phrase.length > 1 && /ed$/.test(phrase.at(-1)!)) phrase.pop();
  const head = phrase.at(-1)!.replace(/[^\p{L}]/gu, '');
  return recordNoun(head) || FOOTAGE.test(head);
}
