/** A Korean given name written with a hyphen and a lower-case second part, after the family name ("Ki-moon", "Jae-in"). */
const HYPHENED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The family name of a family-name-first name whose given name is hyphened ("Ban Ki-moon" -> "Ban"), null for any
 * other name (its last word is its surname). PolNeAR's annotators label Ban Ki-moon "Ban" in one article and
 * "Secretary General Ban Ki-moon" in another: one person, whom the last word ("moon") told apart.
 */
export function familyName(name: string): string | null {
  const tokens = name
    .trim()
    .replace(/[.,;:]+$/, '')
    .split(/\s+/);
  const last = tokens.length - 1;
  if (last < 1 || !HYPHENED_GIVEN.test(tokens[last]!)) return null;
  return /^\p{Lu}\p{Ll}+$/u.test(tokens[last - 1]!) ? tokens[last - 1]! : null;
}
