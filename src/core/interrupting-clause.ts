/** Words that open a subordinate clause set off by commas inside another clause: ", if it received the file, would". */
const SUBORDINATOR = /^(?:if|when|although|though|while|because|unless|once|whereas|since|until|after|before)$/i;
/** A finite verb or auxiliary right after the closing comma: the interrupted clause goes on with its verb. */
const RESUMING_VERB =
  /^(?:would|will|could|can|may|might|should|must|shall|is|are|was|were|has|have|had|does|do|did|remains?|seems?)$/i;
/** How far apart the two commas may stand. */
const SPAN = 25;

/**
 * Whether the comma ending words[i] opens or closes a subordinate clause that interrupts its clause between subject and
 * verb ("… that the Trump campaign, if it received the RNC voter file five or six weeks ago, would have time to …",
 * sample 42's #29): the comma pair sets the clause off, so a passage cut at either comma ends before the interrupted
 * clause's verb. The opening comma is followed by a subordinator, the closing one by a finite verb or auxiliary, with
 * no comma between.
 */
export function interruptingClause(words: readonly string[], from: number, i: number): boolean {
  if (SUBORDINATOR.test(words[i + 1] ?? '')) {
    for (let j = i + 2; j < words.length - 1 && j <= i + SPAN; j++)
      if (/[,;:]$/.test(words[j]!)) return /,$/.test(words[j]!) && RESUMING_VERB.test(words[j + 1]!);
    return false;
  }
  if (!RESUMING_VERB.test(words[i + 1] ?? '')) return false;
  for (let k = i - 1; k >= from && k >= i - SPAN; k--)
    if (/[,;:]$/.test(words[k]!)) return /,$/.test(words[k]!) && SUBORDINATOR.test(words[k + 1] ?? '');
  return false;
}
