/**
 * "Nobody, Republican or Democrat, wants to vote for a candidate from the 1960s": a pending cue whose subject is a
 * negative pronoun ("nobody", "no one", "none", "nothing") states a generality, with no one whose plan or decision
 * the story could wait on (hand-read sample 55's #39). Only a pronoun opening the sentence (after any quotation mark),
 * with at most a phrase of its own ("no one on the board"), a comma-bounded aside and two words (its verb, an adverb) before the cue: "Nobody knows whether the
 * board will vote" leaves "the board" as the cue's own subject and stays pending.
 */
const NEGATIVE_SUBJECT =
  /^\W*(?:nobody|no one|no-one|none|nothing)\b(?:\s+(?:of|on|in|at|from|among)(?:\s+[\w'’-]+){1,4})?(?:\s*,[^,]{1,40},)?\s+(?:[\w'’]+\s+){0,2}$/i;

export function negativeSubjectCue(text: string, index: number): boolean {
  return NEGATIVE_SUBJECT.test(text.slice(0, index));
}
