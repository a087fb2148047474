import { eachMatch } from './each-match';
import { holdsVerb } from './holds-main-verb';

/**
 * A conjunction that opens a subordinate clause on its subject: "as the plane", "while the barge", "because they".
 * "as" counts only before a definite or possessive determiner or a subject pronoun: before "a"/"an" it is mostly a
 * preposition ("as a result", "served as a judge"), and "such as", "as well as" list.
 */
const SUBORDINATOR =
  /\b(?:when|while|because|although|though|whereas|unless|(?<!\b(?:such|well|so) )as(?= (?:the|his|her|its|their|this|these|those|he|she|they|it|we|I)\b))\s/gi;

const PRONOUN_AND_VERB = /^(?:he|she|they|it|we|I|you)\s+[a-z]/i;

/**
 * Whether the text ends inside a subordinate clause it opened whose verb has not come yet: "the fire broke out in the
 * left engine as the plane", before ", bound for Boise, Idaho, was taxiing"; "when the old ferry, already two hours late",
 * before ", was leaving". A comma there is an aside's, and a cut at it leaves the clause without its verb (audit 48,
 * B-a48-7): the subject before the clause's first comma holds no verb.
 */
export function openSubordinate(text: string): boolean {
  let last: RegExpExecArray | undefined;
  for (const m of eachMatch(SUBORDINATOR, text)) last = m;
  // Only the words before the clause's first comma: a verb the aside holds ("already two hours late" reads "hours" as
  // one) is not the clause's.
  if (last === undefined) return false;
  const clause = text.slice(last.index + last[0].length).split(',')[0]!;
  // "as long as they like", "when he arrives": a subject pronoun's next word is its verb, whatever its form.
  return !holdsVerb(clause) && !PRONOUN_AND_VERB.test(clause);
}
