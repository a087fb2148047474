import { holdsMainVerb } from './holds-main-verb';

/**
 * Joining a clause around an attribution taken out of it ("after, according to him, Televisa censured…"). The commas
 * that set the aside off go with it when it interrupted the clause — the words before it need what follows (they end
 * on "after", "the", "has", or hold no verb yet: "Fundraising, according to the campaign, has surged") — or the
 * question keeps a comma that cuts "after" from its clause (sample 18's #14). An aside between a whole clause and an
 * adjunct ("rose 5 percent, according to the trust, with the night crossing the busiest") keeps the adjunct's comma.
 */

/** Words a clause cannot stop on: it needs what comes after them. */
const NEEDS_MORE =
  /\b(?:after|before|because|since|until|when|while|if|that|than|as|of|to|in|on|at|by|for|with|from|into|about|and|or|but|the|a|an|his|her|their|its|our|my|is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|not)$/;

/** A verb opening what follows the aside: the words before it were the clause's subject ("Ticket sales, …, have"). */
const VERB_NEXT =
  /^,?\s*(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|must|did|does|do|[a-z]{3,}ed)\b/;

/**
 * What opens an adjunct or a second clause after an aside: "…next week, Spicer said, adding…" ends the clause before
 * the tag even where that clause is a predicate with no subject of its own (a "Will …" question's verb phrase).
 */
const ADJUNCT_NEXT =
  /^,?\s*(?:[a-z]+ing|while|whereas|but|although|though|as|and|or|despite|after|before|because|since|with|without|who|whom|whose|which|according|[“"‘'])\b/;

/** Whether the words before an aside leave their clause open (the aside interrupted it), given what follows it. */
export function leavesClauseOpen(before: string, after = ''): boolean {
  const text = before.trim().replace(/,$/, '').trim();
  if (NEEDS_MORE.test(text) || VERB_NEXT.test(after)) return true;
  return !holdsMainVerb(text) && !ADJUNCT_NEXT.test(after);
}

/** `before` and `after` (what followed the aside, its comma included) joined as one clause. */
export function closeGap(before: string, after: string): string {
  const head = before.trimEnd().replace(/,$/, '');
  const tail = after.trimStart();
  if (head === '') return tail.replace(/^[,;:]\s*/, '');
  if (tail === '' || /^[.!?…]/.test(tail)) return head + tail;
  if (!tail.startsWith(',')) return `${head} ${tail}`;
  return leavesClauseOpen(head, tail) ? `${head} ${tail.replace(/^,\s*/, '')}` : `${head}${tail}`;
}
