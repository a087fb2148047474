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
  String.raw`(?:\bwithout|\b(?:avoid(?:s|ed|ing)?|refrain(?:s|ed|ing)?\s+from|stop(?:s|ped|ping)?\s+short\s+of|steer(?:s|ed|ing)?\s+clear\s+of|sh(?:y|ies|ied|ying)\s+away\s+from))\s+(?:\w+ly\s+)?$` +
    String.raw`|(?:\b(?:did|does|do|has|have|had|would|will)\s+(?:not|never)|\b(?:didn|doesn|don|hasn|haven|hadn|wouldn|won)['’]t|\bnever)\s+(?:(?!(?:only|merely|simply)\b)\w+ly\s+)?$`,
  'i',
);
/** "not to" + a verb and up to five words of its object, then "by" before the gerund call; no clause break between. */
const HELD_BACK_MEANS = /\bnot\s+to\s+\w+\s+(?:[^\s,;:]+\s+){0,5}?by\s+$/i;

export function withheldRequest(text: string, index: number): boolean {
  const left = gateWindow.before(text, index, 70);
  return AVOIDED.test(left) || HELD_BACK_MEANS.test(left);
}
