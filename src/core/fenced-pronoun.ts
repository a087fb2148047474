/**
 * "He, however, told …", "She, though, said …", "They, in turn, said …": a subject pronoun fenced off from its verb
 * by a comma-fenced connective. The aside holds lower-case words only (no name, no description's capital), so
 * "He, a former minister," style appositives of a name are not read here; the pronoun is the subject either way.
 * Returns the pronoun and where it starts in `body`, which ends at the aside's closing comma (audit 54's B-a54-3).
 */
const FENCED = /(?:^|\s)(he|she|it|they)\s*,\s*[a-z]+(?:\s+[a-z]+){0,2}\s*,$/i;

export function fencedPronoun(body: string): { word: string; at: number } | null {
  const m = FENCED.exec(body);
  if (!m) return null;
  return { word: m[1]!.toLowerCase(), at: m.index + m[0].length - m[0].trimStart().length };
}
