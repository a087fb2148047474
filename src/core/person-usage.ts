import { escapeRegExp } from './escape-reg-exp';
import { TITLE_WORDS } from './split-title';

/**
 * Whether the copy uses a capitalised run as a person: the cues of personCue, or what only people do or
 * are ("had worked for the county", "named the suspect as Syed Farook", "Jane Roe and her lawyer").
 * A run failing the person checks without any of these (a company the copy names twice) is an organisation.
 */
export function personUsage(name: string, text: string): boolean {
  const n = escapeRegExp(name);
  if (personCue(name, text)) return true;
  if (new RegExp(`\\b${n} (?:had |has |have )?(?:worked|works|served|serves) (?:for|as|at|in)\\b`).test(text))
    return true;
  if (new RegExp(`\\b${n}(?: [a-z]+){0,4} (?:he|she|his|her|him)\\b`).test(text)) return true;
  return new RegExp(
    `\\b(?:suspect|victim|gunman|shooter|man|woman|boy|girl|husband|wife|son|daughter|father|mother)(?: as)?,? ${n}\\b`,
  ).test(text);
}

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
  for (const m of text.matchAll(new RegExp(`\\b([a-z]+) ${n}\\b`, 'g')))
    if (TITLE_WORDS.test(m[1]![0]!.toUpperCase() + m[1]!.slice(1))) return true;
  // "MSNBC’s Ayman Mohyeldin": someone's employee or member.
  if (new RegExp(`\\b[A-Z][\\w.-]*['’]s ${n}\\b`).test(text)) return true;
  // "X, who", "X, 45,", "X said he", "X reported in his book".
  if (new RegExp(`\\b${n} (?:[a-z]+ ){1,2}(?:his|her)\\b`).test(text)) return true;
  if (
    new RegExp(
      `\\b${n},? (?:who|whose)\\b|\\b${n}, \\d{1,3},|\\b${n},? (?:said|says|added|told \\w+) (?:he|she)\\b`,
    ).test(text)
  )
    return true;
  // People are named again by surname alone; "Morgan Stanley" is never "Stanley".
  if (words.length > 1) {
    const first = escapeRegExp(words.slice(0, -1).join(' '));
    if (new RegExp(`(?<!${first} )\\b${surname}\\b`).test(text)) return true;
  }
  return false;
}
