import { COUNT_REACH, type CountFocus, countsAs, NUMBER_TOKEN } from './counted-kinds';
import { ASKS_FUTURE } from './dates-past-for-future';

/**
 * "How many buses were bought?" asks how many were, a done act: "the fund would pay for ten more buses" counts buses
 * of an act still ahead, which cannot answer it (review s45 B-r45-11), while "the council spent £4m on 12 buses"
 * can. A count is ahead when a modal of the future stands in the few words before its number, with no word that
 * opens another clause between them ("would pay for ten", "will buy 20"; not "will say that 12 buses were bought").
 */
// "Does the party have" is no act done: "has/have/had" asks one only before "been" or a participle.
const ASKS_DONE = /^\W*how\s+many\b.*\b(?:(?:was|were|did)\b|(?:has|have|had)\s+(?:been|\w+ed)\b)/i;
const AHEAD = /^(?:will|would|shall)$|['’]ll$/;
const CLAUSE = /^(?:that|which|who|and|but|after|because|when|while|said|says)$/;
/** How far before a number its clause's modal may stand ("would pay for ten more"). */
const MODAL_REACH = 5;

/** Whether the question asks a count of a done act and every count of its focus in the sentence is of an act ahead. */
export function countsOnlyAhead(words: readonly string[], focus: CountFocus, question: string): boolean {
  if (focus.size === 0 || !ASKS_DONE.test(question) || ASKS_FUTURE.test(question)) return false;
  let ahead = false;
  for (let i = 0; i < words.length; i++) {
    if (!NUMBER_TOKEN.test(words[i]!)) continue;
    let counts = false;
    for (let j = i + 1; j <= i + COUNT_REACH && j < words.length && !counts; j++) counts = countsAs(words, i, j, focus);
    if (!counts) continue;
    if (!modalBefore(words, i)) return false;
    ahead = true;
  }
  return ahead;
}

function modalBefore(words: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - MODAL_REACH); k--) {
    if (CLAUSE.test(words[k]!)) return false;
    if (AHEAD.test(words[k]!)) return true;
  }
  return false;
}
