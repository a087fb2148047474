import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';

/**
 * "McConnell said he would only negotiate": "he" or "she" in the clause the name opens, before any other capitalised
 * word. Not a name after a preposition or an article ("a report by Politico that he fabricated"), nor "his"/"her",
 * which may be anyone's ("Forbes put his net worth at").
 */
const SUBJECT_PRONOUN = literalPattern(
  "(?<!\\b(?:by|on|to|at|in|from|with|for|of|about|via|the|a|an)\\s)(?<![\\p{L}\\p{M}'’-])",
  '(?![\\p{L}\\p{M}\'’-])[^.!?A-Z"“”]{0,80}\\b(?:he|she)\\b',
  'u',
);

/**
 * A person's pronoun after a name's last word standing alone ("Mr. Ababa said he", "Judges said he would vote no"), or
 * after the whole name when `whole` asks: never the last word read inside the whole name, whose preposition the last
 * word's check would not see ("put him on a plane to Addis Ababa, where he was"). One reading for the people index
 * (a name closed by a role's plural, plural-body-name.ts) and the who-is-who's person evidence: a body is "it" or
 * "they", a person "he" or "she".
 */
export function pronounAfterSurname(name: string, last: string, copy: string, whole: boolean): boolean {
  if (last === name) return whole && hasLiteralMatch(copy, name, SUBJECT_PRONOUN);
  const opening = `${name.slice(0, name.length - last.length).trimEnd()} `;
  for (const m of literalMatches(copy, last, SUBJECT_PRONOUN))
    if (copy.slice(Math.max(0, m.index - opening.length), m.index) !== opening) return true;
  return whole && hasLiteralMatch(copy, name, SUBJECT_PRONOUN);
}
