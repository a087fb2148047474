import { eachMatch } from './each-match';
import { holdsNameOrNumber } from './name-or-number';

/** Up to three words and the budget's "…" right after them. */
const BUDGET_CUT = /(\S+(?: \S+){0,2})…/g;

/**
 * Whether a phrased question's word-budget cut ("… in Tuesday's Democratic primary contests…?") drops a name or a
 * number its clause goes on to give ("… contests in Connecticut, Delaware, …", sample 46's #44): the question would
 * ask about a clause without what it is about, so the passage is shown instead (issue 13). The cut is found by the
 * words before its "…" in the flagged sentence; what it dropped runs from there to the clause's end (the next comma,
 * semicolon, colon or dash). A cut whose words the sentence does not hold as written says nothing.
 */
export function cutDropsName(question: string, sentence: string): boolean {
  const text = sentence.replace(/\s+/g, ' ');
  for (const cut of eachMatch(BUDGET_CUT, question)) {
    const kept = cut[1]!.replace(/^[‘'"“(]+/, '');
    const at = text.indexOf(kept);
    if (at < 0 || kept.split(' ').length < 2) continue;
    const rest = text.slice(at + kept.length);
    // The copy's own ellipsis, or a word the cut ended inside: not the budget's cut.
    if (!/^ [^.…]/.test(rest)) continue;
    const tail: string[] = [];
    for (const word of rest.trim().split(' ')) {
      if (/^(?:-{1,2}|–|—)$/.test(word)) break;
      tail.push(word);
      if (/[,;:]$/.test(word)) break;
    }
    if (holdsNameOrNumber(tail)) return true;
  }
  return false;
}
