import { escapeRegExp } from './escape-reg-exp';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { TITLE_WORDS } from './split-title';

/**
 * Whether the copy uses a capitalised run as a person: the cues of personCue, or what only people do or
 * are ("had worked for the county", "named the suspect as Syed Farook", "Jane Roe and her lawyer").
 * A run failing the person checks without any of these (a company the copy names twice) is an organisation.
 */
export function personUsage(name: string, text: string): boolean {
  if (personCue(name, text)) return true;
  if (hasLiteralMatch(text, name, WORKED)) return true;
  if (hasLiteralMatch(text, name, PRONOUN_AFTER)) return true;
  return hasLiteralMatch(text, name, PERSON_NOUN_BEFORE);
}

/** Read around each occurrence of the name, compiled once (who is who asks about every name). */
const WORKED = literalPattern('\\b', ' (?:had |has |have )?(?:worked|works|served|serves) (?:for|as|at|in)\\b');
const PRONOUN_AFTER = literalPattern('\\b', '(?: [a-z]+){0,4} (?:he|she|his|her|him)\\b');
const PERSON_NOUN_BEFORE = literalPattern(
  '\\b(?:suspect|victim|gunman|shooter|man|woman|boy|girl|husband|wife|son|daughter|father|mother)(?: as)?,? ',
  '\\b',
);
const LOWER_BEFORE = literalPattern('\\b([a-z]+) ', '\\b');
const POSSESSOR_BEFORE = literalPattern("\\b[A-Z][\\w.-]*['’]s ", '\\b');
const HIS_AFTER = literalPattern('\\b', ' (?:[a-z]+ ){1,2}(?:his|her)\\b');
const WHO_AFTER = literalPattern(
  '\\b',
  '(?:,? (?:who|whose)\\b|, \\d{1,3},|,? (?:said|says|added|told \\w+) (?:he|she)\\b)',
);

const HONORIFIC = /(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?/;

/** A cue only a person takes: a title before the name, "X, who", "X said he", the surname alone. */
export function personCue(name: string, text: string): boolean {
  const n = escapeRegExp(name);
  const words = name.split(/\s+/);
  const surname = escapeRegExp(words[words.length - 1]!);
  // "Mr. Stanley", "Sen. Politico": a title or honorific before the name or its surname.
  for (const m of text.matchAll(new RegExp(`\\b([A-Z][a-z]+)\\.? (?:${n}|${surname})\\b`, 'g'))) {
    if (HONORIFIC.test(m[1]!) || TITLE_WORDS.test(m[1]!)) return true;
  }
  // "Housing minister Angela Rayner": an office written in lower case right before the full name.
  for (const m of literalMatches(text, name, LOWER_BEFORE))
    if (TITLE_WORDS.test(m[1]![0]!.toUpperCase() + m[1]!.slice(1))) return true;
  // "MSNBC’s Ayman Mohyeldin": someone's employee or member.
  if (hasLiteralMatch(text, name, POSSESSOR_BEFORE)) return true;
  // "X, who", "X, 45,", "X said he", "X reported in his book".
  if (hasLiteralMatch(text, name, HIS_AFTER)) return true;
  if (hasLiteralMatch(text, name, WHO_AFTER)) return true;
  // People are named again by surname alone; "Morgan Stanley" is never "Stanley".
  if (words.length > 1) {
    const first = escapeRegExp(words.slice(0, -1).join(' '));
    if (new RegExp(`(?<!${first} )\\b${surname}\\b`).test(text)) return true;
  }
  return false;
}
