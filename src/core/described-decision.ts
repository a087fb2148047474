/**
 * What may follow "decision is" / "decision will" when the decision is still to come: a word that looks forward
 * ("is expected", "is due", "will be made", "is not yet", "is up to the board", "will depend on …"), after at most an
 * adverb ("is now expected", "is widely expected").
 */
const AWAITED =
  /^\s+(?:\w+ly\s+|now\s+)?(?:expected|due|likely|unlikely|set|scheduled|slated|pending|imminent|awaited|not|never|yet|still|to|be|come|coming|up|depend|depends|hinge|hinges|rest|rests)\b/i;

/**
 * "For some islanders the decision is about more than timetables", "The decision is a coup for …", "the decision
 * will reverberate down the ballot": the copy describes a decision (made, or named for colour), it does not say one
 * is to come (audit 62's B-a62-14). The schedule family reads "decision is" / "decision will" as pending; that holds
 * only when the words after it look forward (AWAITED), since a decision to come needs someone to take it later, not
 * just the word "decision".
 */
export function describedDecision(text: string, index: number, match: string): boolean {
  if (!/^decision (?:is|will)$/i.test(match)) return false;
  return !AWAITED.test(text.slice(index + match.length, index + match.length + 60));
}
