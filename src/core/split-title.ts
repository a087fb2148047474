import { GENERATIONAL_SUFFIXES } from './generational-suffix';
import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { isRoleHead } from './role-heads';
import { singularsOf } from './singulars-of';

/** Titles that stand before a name: "Councillor Helen Marsh", "Sen. Bob Corker". */
export const TITLE_WORDS =
  /^(?:Councillor|Cllr|Sen\.?|Senator|Rep\.?|Gov\.?|Governor|President|Judge|Justice|Mayor|Rev\.?|Prof\.?|Professor|Gen\.?|General|Col\.?|Capt\.?|Sgt\.?|Det\.?|Chief|Officer|Bishop|Archbishop|Pope|King|Queen|Prince|Princess|Minister|Secretary|Chancellor|Speaker|Leader|Chairman|Chairwoman|Congressman|Congresswoman|Commissioner|Ambassador|Sheriff)$/;

/** The name without a leading title: "Councillor Helen Marsh" -> { title: "Councillor", name: "Helen Marsh" }. */
export function splitTitle(name: string): { title: string | null; bare: string } {
  const words = name.split(/\s+/);
  let i = 0;
  // "Senators Mitch McConnell and John Cornyn": a list's plural title is no part of either name.
  while (
    i < words.length - 1 &&
    (HONORIFICS.has(words[i]!) || TITLE_WORDS.test(words[i]!) || titleOfPlural(words[i]!) || honourable(words, i))
  )
    i++;
  if (i === 0) i = officeBefore(words);
  return { title: i > 0 ? words.slice(0, i).join(' ') : null, bare: words.slice(i).join(' ') };
}

/**
 * "Member of Parliament Hon Desmond Braithwaite": Commonwealth copy writes "the Honourable" without its stop. Unstopped
 * it is also a name ("Hon Lik", "Hon Hai Precision"), so it is a title only before a first name the hand tables hold
 * and a surname after it.
 */
function honourable(words: readonly string[], i: number): boolean {
  return words[i] === 'Hon' && i + 2 < words.length && handFirstName(words[i + 1]!);
}

/**
 * The title a plural names ("Senators" → "Senator", "Secretaries" → "Secretary", "Sens." → "Sen."), or null when the
 * word is no title's plural: the one reading of a title's plural (here, plural-role-head.ts, plural-role-before.ts,
 * abbreviated-title.ts), with WordNet's endings (`singularsOf`), so "Secretaries" and "Princesses" are read too.
 */
export function titleOfPlural(word: string): string | null {
  if (word.endsWith('s.')) return TITLE_WORDS.test(`${word.slice(0, -2)}.`) ? `${word.slice(0, -2)}.` : null;
  return singularsOf(word).find((s) => TITLE_WORDS.test(s)) ?? null;
}

/** Offices written as titles before a name that are no role heads elsewhere ("a consumer advocate" is a cause). */
const OFFICE_WORDS = /^(?:Advocate|Comptroller|Treasurer|Auditor|Controller|Clerk)$/;

/**
 * "House Speaker Newt Gingrich", "Vice President Biden", "Public Advocate Trish James": capitalised words ending on
 * an office, before the name, are the office. Not where a known first name comes before the office ("Martin Luther
 * King Jr.", "Patty Judge"): that word is the name's, and the office word its surname.
 */
function officeBefore(words: readonly string[]): number {
  let cut = 0;
  for (let k = 1; k < words.length - 1; k++) {
    const word = words[k]!;
    if (!/^[A-Z][a-z]/.test(word)) break;
    if (handFirstName(words[k - 1]!) || /^[A-Z]\.$/.test(words[k - 1]!)) break;
    if (TITLE_WORDS.test(word) || OFFICE_WORDS.test(word) || isRoleHead(word.toLowerCase())) cut = k + 1;
  }
  const rest = words.slice(cut);
  return cut > 0 && /^\p{Lu}/u.test(rest[0]!) && !GENERATIONAL_SUFFIXES.has(rest[0]!) ? cut : 0;
}
