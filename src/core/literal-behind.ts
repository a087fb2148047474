import { NOT_A_NOUN } from './not-a-noun';
import { groupNoun, thingNoun } from './thing-noun';

/** "What's behind/driving <phrase>?": the phrase up to the question's end, in lower case. */
const BEHIND = /\bwhat(?:['’]s| is| was| are| were) (?:behind|driving) ((?:[a-z'’-]+ ?){1,4})\??$/;

/**
 * "What was behind the wall?", "what is driving the bus?": the phrase's head (its last word) is a made thing, a place
 * or a natural feature by WordNet's commonest sense (thing-noun.ts), so the question asks what stands there or who
 * steers it, not the cause an event or trend ("the decision", "the rise") or a body or system ("the economy") has
 * (review 61's R61-11).
 */
export function literalBehind(question: string): boolean {
  const words = BEHIND.exec(question)?.[1]?.trim().split(' ') ?? [];
  // The head ends the phrase before its first preposition: "the rise in fares" is headed by "rise".
  const cut = words.findIndex((w) => NOT_A_NOUN.test(w));
  const head = (cut < 0 ? words : words.slice(0, cut)).at(-1);
  // A body or system ("the economy", "the industry") is steered by causes, not drivers: the cause is asked.
  return head !== undefined && thingNoun(head) !== null && !groupNoun(head);
}
