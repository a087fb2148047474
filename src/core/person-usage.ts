import { escapeRegExp } from './escape-reg-exp';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { TITLE_WORDS } from './split-title';
import { textOccurrences } from './text-occurrences';
import { titleBeforeName } from './title-before-name';
import { wordBoundaryAt } from './word-boundary-at';

/**
 * Whether the copy uses a capitalised run as a person: the cues of personCue, or what only people do or
 * are ("had worked for the county", "named the suspect as Syed Farook", "Jane Roe and her lawyer").
 * A run failing the person checks without any of these (a company the copy names twice) is an organisation.
 */
export function personUsage(name: string, text: string): boolean {
  if (personCue(name, text)) return true;
  if (hasLiteralMatch(text, name, AROUND.worked)) return true;
  if (hasLiteralMatch(text, name, AROUND.pronounAfter)) return true;
  return hasLiteralMatch(text, name, AROUND.personNounBefore);
}

/**
 * Read around each occurrence of the name, compiled once (who is who asks about every name): personUsage's "X had
 * worked for", "X … he", "the suspect as X"; personCue's "minister X", "MSNBC’s X", "X … his", "X, who".
 */
const AROUND = {
  worked: literalPattern('\\b', ' (?:had |has |have )?(?:worked|works|served|serves) (?:for|as|at|in)\\b'),
  pronounAfter: literalPattern('\\b', '(?: [a-z]+){0,4} (?:he|she|his|her|him)\\b'),
  personNounBefore: literalPattern(
    '\\b(?:suspect|victim|gunman|shooter|man|woman|boy|girl|husband|wife|son|daughter|father|mother)(?: as)?,? ',
    '\\b',
  ),
  lowerBefore: literalPattern('\\b([a-z]+) ', '\\b'),
  possessorBefore: literalPattern("\\b[A-Z][\\w.-]*['’]s ", '\\b'),
  hisAfter: literalPattern('\\b', ' (?:[a-z]+ ){1,2}(?:his|her)\\b'),
  whoAfter: literalPattern('\\b', '(?:,? (?:who|whose)\\b|, \\d{1,3},|,? (?:said|says|added|told \\w+) (?:he|she)\\b)'),
};

const HONORIFIC = /(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?/;

/** A cue only a person takes: a title before the name, "X, who", "X said he", the surname alone. */
export function personCue(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  // "Mr. Stanley", "Sen. Politico": a title or honorific before the name or its surname.
  for (const word of titleBeforeName(name, last, text)) if (HONORIFIC.test(word) || TITLE_WORDS.test(word)) return true;
  // "Housing minister Angela Rayner": an office written in lower case right before the full name.
  for (const m of literalMatches(text, name, AROUND.lowerBefore))
    if (TITLE_WORDS.test(m[1]![0]!.toUpperCase() + m[1]!.slice(1))) return true;
  // "MSNBC’s Ayman Mohyeldin": someone's employee or member.
  if (hasLiteralMatch(text, name, AROUND.possessorBefore)) return true;
  // "X, who", "X, 45,", "X said he", "X reported in his book".
  if (hasLiteralMatch(text, name, AROUND.hisAfter)) return true;
  if (hasLiteralMatch(text, name, AROUND.whoAfter)) return true;
  // People are named again by surname alone; "Morgan Stanley" is never "Stanley".
  if (words.length > 1) {
    const first = `${words.slice(0, -1).join(' ')} `;
    // A name ending in a space leaves an empty surname, found at every word boundary not after the given names.
    if (!last) return new RegExp(`(?<!${escapeRegExp(first)})\\b\\b`).test(text);
    for (const q of textOccurrences(text, last)) {
      if (!wordBoundaryAt(text, q) || !wordBoundaryAt(text, q + last.length)) continue;
      if (q < first.length || !text.startsWith(first, q - first.length)) return true;
    }
  }
  return false;
}
