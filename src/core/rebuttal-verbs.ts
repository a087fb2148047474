/**
 * Stems of the verbs that contradict a claim ("disputes", "denied", "rejects"): they need an object, so
 * a clause ending on one ("a claim that Gowdy's office strongly disputes") is a relative clause whose
 * object was the claim. One list for the writer (phrase-question.ts, which does not ask it) and the
 * vetting (spliced-words.ts, which rejects a question any template built that ends on one).
 */
export const REBUTTAL_VERBS = 'disput|deni|deny|reject|contest|challeng|dismiss|rebut|refut';
