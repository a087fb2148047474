import { DEPARTMENTS } from './departments';
import { ROLE_HEADS } from './role-heads';
import { lowerWord, type Word } from './tokenize';
import { undottedInitials } from './undotted-initials';

/**
 * Words a portfolio's own name may hold between its capitalised words ("Treaty of Waitangi", "Sustainability and the
 * Environment"); "and" only after a department's word ("Trade and Industry"): after a name it joins two people ("Minister
 * of Health Jo Roe and Al Poe").
 */
const portfolioLink = (words: Word[], i: number): boolean =>
  /^(?:of|for|the)$/.test(words[i]!.text) || (words[i]!.text === 'and' && i > 0 && DEPARTMENTS.has(words[i - 1]!.text));

const isRoleLink = (words: Word[], i: number): boolean =>
  i >= 1 && (words[i]!.text === 'of' || words[i]!.text === 'for') && ROLE_HEADS.has(lowerWord(words[i - 1]!));

/**
 * "Member of Parliament for East Coast GRC Jessica Lim": an acronym closing the place a role's object names (a
 * constituency's "GRC", a county's "NSW") is part of the role; only between the place's words and the name after it,
 * never the object's first word nor the run's last, where it would stand for the body or the person itself.
 */
const placeAcronym = (words: Word[], i: number, link: number): boolean =>
  i > link + 1 && i < words.length - 2 && /^[A-Z]{2,5}$/.test(words[i]!.text);

/**
 * After "<role> of" or "<role> for", only name-like words: where they start, else -1. "Secretary of State John Kerry"
 * reads the role's "of"; "Minister for Regional Development Ana Tipene" its "for", and "Minister for Treaty of
 * Waitangi Negotiations Hemi Tautahi" or "Minister of State for Trade and Industry Goh Li Ping" a portfolio that
 * holds links of its own: the person's name can only come after the portfolio's last link, so the words from there
 * on are read (after-role-object.ts then splits the portfolio's tail from the name). Reading only the last "of" once
 * glued "Waitangi Negotiations" to the name (audit 52, B-a52-4).
 */
export function roleObjectStart(words: Word[], nameWordAt: (words: Word[], i: number) => boolean): number {
  if (!words.some((_, i) => isRoleLink(words, i))) return -1;
  const link = words.findLastIndex((_, i) => portfolioLink(words, i));
  if (link < 1 || link === words.length - 1) return -1;
  for (let i = link + 1; i < words.length; i++)
    if (!nameWordAt(words, i) && !placeAcronym(words, i, link) && !undottedInitials(words, i)) return -1;
  return link + 1;
}
