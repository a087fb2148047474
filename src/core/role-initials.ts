import { escapeRegExp } from './escape-reg-exp';
import { HONORIFICS } from './honorifics';
import { PLACES } from './place-words';
import { isRoleHead } from './role-heads';

/** Enough characters for four title words and three forms of address. */
const WINDOW = 120;

/** Two to four capitalised words, then any forms of address, ending the text before a name. */
const TITLE_RUN = new RegExp(
  `((?:\\p{Lu}[\\p{L}-]*\\s+){2,4}?)(?:(?:${[...HONORIFICS.keys()].map(escapeRegExp).join('|')})\\.?\\s+){0,3}$`,
  'u',
);

/**
 * The initials of a capitalised post written out before the name that holds it, when the copy uses them as that
 * post: "Regional Commissioner Anna Mghwira … said the RC" (audit 59's article 05, whose "the RC" has no bracketed
 * "(RC)" to define it, role-acronym.ts). Each run of two words or more ending on the post's head gives one: "Dodoma
 * Regional Commissioner" gives "RC" and "DRC". An abbreviation the copy also writes without "the" before it ("US
 * officials", "the US and China") names something else too, so it is no one's: only one the copy writes nowhere but
 * after "the" is kept, and never a place's ("Under Secretary" is no "the US", place-words.ts).
 */
export function roleInitials(before: string, copy: () => string, memo: Map<string, boolean>): string[] {
  // The words just before the name only: a sentence listing many titled names is read once, not once per name.
  const run = TITLE_RUN.exec(before.slice(-WINDOW))?.[1]?.trim().split(/\s+/);
  if (!run || !isRoleHead(run.at(-1)!)) return [];
  const found: string[] = [];
  for (let from = run.length - 2; from >= 0; from--) {
    const initials = run
      .slice(from)
      .map((w) => w[0]!)
      .join('');
    if (PLACES.has(initials)) continue;
    // Each abbreviation's uses are counted once an article (the copy is walked once per abbreviation, not per name).
    if (!memo.has(initials)) memo.set(initials, onlyAfterThe(initials, copy()));
    if (memo.get(initials)) found.push(initials);
  }
  return found;
}

/** Whether the abbreviation stands in the copy, always as a word right after "the". */
function onlyAfterThe(initials: string, copy: string): boolean {
  let seen = false;
  for (const m of copy.matchAll(new RegExp(`(\\S+\\s+)?\\b${initials}\\b`, 'g'))) {
    if (!/^the\s+$/i.test(m[1] ?? '')) return false;
    seen = true;
  }
  return seen;
}
