import { literalMatches, literalPattern } from './literal-matches';
import { pluralRoleWord } from './plural-role-head';
import { titleOfPlural } from './split-title';

/** "Actors Varga": a lone surname right after a word, which is read as a role's plural. */
const RIGHT_AFTER = literalPattern("(?<![\\p{L}\\p{M}'’-])(\\p{L}+\\.?) ", "(?![\\p{L}\\p{M}'’-])", 'u');
/**
 * "Actors Varga and Lund", "Govs. Ralph Okafor and Dana Whitcombe": the second of two names after a word; the first
 * may carry its place ("Finance Ministers Anna Berg of Sweden and Piet Kuiper", as place-list-runs.ts splits it).
 */
const JOINED_AFTER = literalPattern(
  "(?<![\\p{L}\\p{M}'’-])(\\p{L}+\\.?) (?:\\p{Lu}[\\p{L}\\p{M}'’.-]* ){1,3}(?:of (?:the )?(?:\\p{Lu}[\\p{L}\\p{M}'’.-]* ){1,2})?(?:and|&) ",
  "(?![\\p{L}\\p{M}'’-])",
  'u',
);

/** One name of a list: one to three capitalised words ("Carl Brandvik", "Ana de Ruiz" is read to its capitals). */
const ITEM = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]* ){0,2}\\p{Lu}[\\p{L}\\p{M}'’.-]*";
/** "Ministers Ruth Okonkwo, Carl Brandvik and Ana Ruiz": a name inside a comma list that goes on to its "and". */
const LISTED_INSIDE = literalPattern(
  `(?<![\\p{L}\\p{M}'’-])(\\p{L}+\\.?) (?:${ITEM}, ){1,4}`,
  `(?=(?:, ${ITEM}){0,4},? (?:and|&) \\p{Lu})`,
  'u',
);
/** "… Carl Brandvik and Ana Ruiz", "…, Carl Brandvik, and Ana Ruiz": the last name of a comma list. */
const LISTED_LAST = literalPattern(
  `(?<![\\p{L}\\p{M}'’-])(\\p{L}+\\.?) (?:${ITEM}, ){1,4}${ITEM},? (?:and|&) `,
  "(?![\\p{L}\\p{M}'’-])",
  'u',
);

/**
 * Whether the copy writes the name in a list a role's plural opens: "Actors Varga and Lund said", "Comedians Penn &
 * Teller", "Govs. Ralph Okafor and Dana Whitcombe" — evidence of a person for each name, as "actor Lund" is for one. A
 * name of more than one word counts only as the list's second ("Doctors Without Borders" names no one). Read from the
 * name's occurrences (`literalMatches`), never a scan of the copy per name.
 */
export function pluralRoleBefore(name: string, copy: string): boolean {
  if (!name.includes(' '))
    for (const m of literalMatches(copy, name, RIGHT_AFTER)) if (pluralRoleWord(m[1]!)) return true;
  for (const m of literalMatches(copy, name, JOINED_AFTER)) if (pluralRoleWord(m[1]!)) return true;
  return false;
}

/** Titles whose plural names a team or a place as often ("Chiefs", "Kings", "Queens", "Leaders"): no office read. */
const TEAM_OR_PLACE = /^(?:Chief|King|Queen|Officer|Leader|Speaker)$/;

/** A title's plural ("Govs.", "Senators"), not one that names a team or a place as often. */
function pluralTitle(word: string): boolean {
  const singular = titleOfPlural(word);
  return singular !== null && !TEAM_OR_PLACE.test(singular);
}

/**
 * The title's plural ("Govs.", "Senators") opening a list of two that holds this full name, first or second, as the
 * copy writes it, and where it stands; null when there is none. Only titles (`TITLE_WORDS`), which make an office:
 * "Actors" makes none. Words that qualify the plural may stand before it ("Foreign Ministers Ruth Okonkwo and Carl
 * Brandvik"): the list's pattern then reads them as its first word, so the plural is looked for among the words the
 * match holds before the name.
 */
export function pluralTitleBefore(name: string, copy: string): { word: string; at: number } | null {
  for (const pattern of [RIGHT_AFTER, JOINED_AFTER, LISTED_INSIDE, LISTED_LAST])
    for (const m of literalMatches(copy, name, pattern)) {
      if (pluralTitle(m[1]!)) return { word: m[1]!, at: m.index };
      if (pattern === RIGHT_AFTER) continue;
      // "Foreign Ministers Ruth Okonkwo and ": the words between the pattern's first word and "and".
      for (const w of m[0].slice(0, -name.length).matchAll(/\S+/g))
        if (w.index > 0 && pluralTitle(w[0])) return { word: w[0], at: m.index + w.index };
    }
  return null;
}
