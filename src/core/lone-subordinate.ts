import { holdsMainVerb } from './holds-main-verb';

/** A that-clause opening on a conjunction that can only subordinate (never a preposition, as "after" can be). */
const THAT_SUBORDINATE = /\bthat\s+(?:when|while|if|unless|although|though|whereas)\b([^?]*)\?$/i;

/**
 * "Can it be confirmed that when asked about how his ban would affect Khan, 45?": the that-clause is a subordinate
 * clause alone — its main clause ("Trump said: …") was cut away with the attribution — and claims nothing. It has a
 * main clause when the words after its first comma hold a verb ("that when the plant closes, 300 jobs will go").
 */
export function loneSubordinate(question: string): boolean {
  const rest = THAT_SUBORDINATE.exec(question)?.[1];
  if (rest === undefined) return false;
  const comma = rest.indexOf(', ');
  return comma < 0 || !holdsMainVerb(rest.slice(comma + 2));
}
