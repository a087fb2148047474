/**
 * A sentence that opens with a subordinate clause ("After Trump argued that …, Rubio said …",
 * "When Cruz suggested that …, Rubio fired back: …") reports two people: the clause's speaker and
 * the main clause's subject. Speech found inside the opening clause ends with it, so words quoted
 * in the main clause are never the subordinate speaker's (fourteenth/sixteenth rounds of issue 11).
 */
const OPENER =
  /^\s*(?:After|When|Whenever|While|Whilst|Although|Though|Even\s+though|Before|Since|Once|Until|Because|If|Whereas)\s/;
/**
 * The comma that closes the opening clause: one followed by a capital (a named subject), so a comma
 * of an aside inside the clause ("that, if elected, she would …") is not it. A main clause whose
 * subject is a pronoun is left as before: the rules cannot tell it from the clause's own subject.
 */
const CLOSING = /,\s+(?=\p{Lu})/gu;

/**
 * Where the sentence-initial subordinate clause that holds offset `at` of `text` ends (the offset
 * of its closing comma), or -1 when `at` is not inside one.
 */
export function subordinateClause(text: string, at: number): number {
  if (!OPENER.test(text)) return -1;
  // The first such comma closes the clause; `at` after it is in the main clause.
  CLOSING.lastIndex = 0;
  const end = CLOSING.exec(text)?.index ?? -1;
  return end > at ? end : -1;
}
