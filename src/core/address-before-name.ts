import { HONORIFICS } from './honorifics';
import { occupationNoun } from './occupation-noun';
import { HONORIFIC_ABBREV } from './role-apposition';
import { isRoleHead } from './role-heads';
import { TITLE_WORDS } from './split-title';
import { verbLemmas } from './verb-lemmas';

/**
 * A form of address the copy may set between a post and the name it heads, with its stop or none; a rank of up to
 * three words counts too ("Amlo secretary-general Pol Maj Gen Wiroj Chaiyaporn", rank-chain.ts). Every honorific
 * honorifics.ts holds written without its stop ("Engr", "Cde", "Sir") counts, so a post before "Engr Kunle Bello" is
 * read as before "Mr Kunle Bello"; not a title that is a post of its own ("Justice", "Bishop", "Father": role heads).
 */
const STOPLESS = [...HONORIFICS.keys()].filter(
  (h) => /^\p{Lu}\p{Ll}+$/u.test(h) && !isRoleHead(h.toLowerCase()) && !TITLE_WORDS.test(h),
);
const ADDRESS_WORD = `(?:${HONORIFIC_ABBREV}|Hon|Prof|${STOPLESS.join('|')})\\.?`;
const ADDRESS = `(?:(?:Pol\\s+)?(?:${ADDRESS_WORD}\\s+){1,3})?`;

/**
 * The pattern for a form of address between a role and the name after it: "press secretary Ms Ann Lee", and after a
 * capitalised post's head too, "Dodoma City Director Ms Agnes Kilonzo", "Regional Commissioner Mheshimiwa …" (audit
 * 59, B-a59-19). Empty for any other role.
 */
export function addressBeforeName(role: string): string {
  const space = role.lastIndexOf(' ');
  const last = role.slice(space + 1);
  const lower = last.toLowerCase();
  if (/^[a-z][\w-]*$/.test(last)) return space >= 0 ? ADDRESS : '';
  // "Economist Dr Hamisi Kigwangalla": a post's head alone, unless it is a verb too ("Witness Mr. Trump's appeal").
  // "District Development Coordinator Mr X": a head WordNet calls an occupation is a post's head too (audit 62, B-a62-11).
  const head = isRoleHead(lower) || occupationNoun(lower);
  return head && (space >= 0 || !verbLemmas().has(lower)) ? ADDRESS : '';
}

const TRAILING_ADDRESS = new RegExp(`(?:\\s+(?:Pol\\s+)?${ADDRESS_WORD}){1,3}$`);

/**
 * "Fleet maintenance director Mr": the words before a name without the form of address that ends them, so the post
 * before it is read ("Planning Minister Hon. Clint Camilleri", audit 60's B-a60-10); the words as they are otherwise.
 */
export function withoutAddress(before: string): string {
  return before.replace(TRAILING_ADDRESS, '');
}
