import { adverbOnlyWord } from './adverb-only-word';
import { gateWindow } from './gate-window';

/**
 * Whether a call ("urging him to quit", "calling on the board to …") is one the sentence says was not made: the call
 * is a gerund under "without" ("without urging him to quit"), after a verb of avoidance ("avoided calling on …",
 * "stopped short of urging …", "refrained from …", "steered clear of …", "shied away from …"), or the means of an act
 * held back ("careful not to anger Mr. Sanders by urging him to quit the race", hand-read sample 57's #38: the only
 * call is the one the Democrats are careful not to make). A finite call under a negated auxiliary ("did not urge the
 * council to …", "has never called on …") is withheld the same way. Nobody has asked anything, so nothing is pending.
 * A call after "not only" is made, and more besides; "by urging" with no "not to" before it is a call made.
 * `index` is where the request family's match starts (the call's verb).
 */
const AVOIDED = new RegExp(
  String.raw`(?:\bwithout|\b(?:avoid(?:s|ed|ing)?|refrain(?:s|ed|ing)?\s+from|stop(?:s|ped|ping)?\s+short\s+of|steer(?:s|ed|ing)?\s+clear\s+of|sh(?:y|ies|ied|ying)\s+away\s+from))\s+(?:(\w+)\s+)?$` +
    String.raw`|(?:\b(?:did|does|do|has|have|had|would|will)\s+(?:not|never)|\b(?:didn|doesn|don|hasn|haven|hadn|wouldn|won)['’]t|\bnever)\s+(?:(\w+)\s+)?$`,
  'i',
);
/** "not to" + a verb and up to five words of its object, then "by" before the gerund call; no clause break between. */
const HELD_BACK_MEANS = /\bnot\s+to\s+\w+\s+(?:[^\s,;:]+\s+){0,5}?by\s+$/i;
/** A call "not only/merely/simply" made is made, and more besides (or in a stronger form). */
const RESTRICTING = /^(?:only|merely|simply)$/i;

/**
 * Whether the one word between the negation and the call is an adverb ("never once urged", "had not yet asked",
 * "did not publicly urge"): WordNet's adverb-only words or any "-ly" word, and "even", which WordNet also gives as a
 * noun and an adjective but which here can only modify the verb after it (review 60, R60-12).
 */
function adverbSlot(word: string | undefined): boolean {
  if (word === undefined) return true;
  const lower = word.toLowerCase();
  if (RESTRICTING.test(lower)) return false;
  return lower === 'even' || /ly$/.test(lower) || adverbOnlyWord(lower);
}

export function withheldRequest(text: string, index: number): boolean {
  const left = gateWindow.before(text, index, 70);
  const avoided = AVOIDED.exec(left);
  return (avoided !== null && adverbSlot(avoided[1] ?? avoided[2])) || HELD_BACK_MEANS.test(left);
}
