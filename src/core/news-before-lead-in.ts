import { holdsMainVerb } from './holds-main-verb';
import { leadIn } from './lead-in';
import { quotationBalanced } from './quotation-balanced';

/** A clause opened by a subordinator ("If there's one piece of advice …, and graduates should heed, it's this:") stands not alone. */
const SUBORDINATE_OPENING =
  /^(?:If|When|Whenever|While|Although|Though|Even|Because|As|Since|Unless|Until|After|Before|Whether|Once|Where)\b/;

/**
 * "The council voted 5-2 on Tuesday to close the pier for good, and the mayor, Ann Bell, said:": a lead-in
 * (lead-in.ts) joined by ", and" or ";" to a clause of its own, which is the story's news. Returns that clause, ended
 * with a full stop, to show in its place; null when the words before the lead-in's subject hold no main verb of their
 * own ("Station Manager Ruth Askew, who led the crews, said in a statement:" — a relative clause is no news), open on
 * a subordinator, or cut a quotation, or the part after the join is no lead-in itself. Review 52, B-r52-6: a summary
 * demoted the whole lead.
 */
export function newsBeforeLeadIn(text: string): string | null {
  const and = text.lastIndexOf(', and ');
  const semicolon = text.lastIndexOf('; ');
  const cut = Math.max(and, semicolon);
  if (cut <= 0) return null;
  const before = text.slice(0, cut).trimEnd();
  if (SUBORDINATE_OPENING.test(before) || !quotationBalanced(before)) return null;
  if (!leadIn(text.slice(cut + (cut === and ? 6 : 2))) || !holdsMainVerb(before)) return null;
  return `${before}.`;
}
