/**
 * A preposition opening what follows "unknown"/"unclear" ("largely unknown in the black community"): a
 * phrase, not the clause that says what is unknown. One test for the writer (phrase-question.ts
 * `unclear`, which shows the passage instead) and the vetting (spliced-words.ts, "Who can say in…?").
 */
export const UNKNOWN_PHRASE_OPENER = /^(?:in|to|among|outside|beyond|on|at|for|of|by|from|with|until|since)\b/i;
