import { literalMatches, literalPattern } from './literal-matches';
import { pluralRoleWord } from './plural-role-head';
import { TITLE_WORDS } from './split-title';

/** "Actors Varga": a lone surname right after a word, which is read as a role's plural. */
const RIGHT_AFTER = literalPattern("(?<![\\p{L}\\p{M}'’-])(\\p{L}+\\.?) ", "(?![\\p{L}\\p{M}'’-])", 'u');
/** "Actors Varga and Lund", "Govs. Ralph Okafor and Dana Whitcombe": the second of two names after a word. */
const JOINED_AFTER = literalPattern(
  "(?<![\\p{L}\\p{M}'’-])(\\p{L}+\\.?) (?:\\p{Lu}[\\p{L}\\p{M}'’.-]* ){1,3}(?:and|&) ",
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

/**
 * The title's plural ("Govs.", "Senators") opening a list of two that holds this full name, first or second, as the
 * copy writes it; null when there is none. Only titles (`TITLE_WORDS`), which make an office: "Actors" makes none.
 */
export function pluralTitleBefore(name: string, copy: string): string | null {
  for (const pattern of [RIGHT_AFTER, JOINED_AFTER])
    for (const m of literalMatches(copy, name, pattern)) {
      const word = m[1]!;
      const singular = word.replace(/s(\.?)$/, '$1');
      if (singular !== word && TITLE_WORDS.test(singular) && !TEAM_OR_PLACE.test(singular)) return word;
    }
  return null;
}
