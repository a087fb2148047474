import { AFFILIATIONS } from './affiliations';
import { compoundRoleHead } from './compound-role-head';
import { HONORIFICS } from './honorifics';
import { nameParticle } from './name-particle';
import { ORG_HEADS } from './org-heads';
import { HYPHEN_PARTICLE } from './particle-surname';
import { rankChainWord } from './rank-chain';
import { ROLE_HEADS } from './role-heads';
import { isCapitalised, lowerWord, type Word } from './tokenize';

/** Could the word be part of a person's name (not a title, an acronym, a connector, a number)? */
export function isNameWord(word: Word): boolean {
  const text = word.text;
  // "al-Haddad": the name runs keep a hyphened particle's surname (name-runs.ts).
  if (nameParticle(text) || HYPHEN_PARTICLE.test(text)) return true;
  if (!isCapitalised(text) || HONORIFICS.has(text) || ORG_HEADS.has(text) || AFFILIATIONS.has(text)) return false;
  // Title case puts a capital on "By" ("Reporting By Jane Doe", "Stabbed By Her Husband"): no name word.
  if (text === 'By') return false;
  if (ROLE_HEADS.has(lowerWord(word)) || compoundRoleHead(text)) return false;
  return !NOT_NAME_SHAPE.test(text);
}

export const INITIALS = /^(?:[A-Z]\.){1,3}$/;

/**
 * An initial is part of a name when a name word follows it ("Janet L. Yellen", "G.K. Butterfield"),
 * or another initial does ("George H. W. Bush", written with a space).
 */
export function nameWordAt(words: Word[], i: number): boolean {
  if (rankChainWord(words, i)) return false; // "Maj Gen" (rank-chain.ts)
  if (isNameWord(words[i]!)) return true;
  let next = i;
  while (next < words.length - 1 && next - i < MAX_INITIALS && INITIALS.test(words[next]!.text)) next++;
  return next > i && isNameWord(words[next]!);
}

/** Initials written apart in one name ("H. W."), and words in a name with them. */
const MAX_INITIALS = 3;
export const MAX_NAME_WORDS = 4 + MAX_INITIALS;

/** Words from `first` on that are neither initials nor lower-case particles. */
export function wordsBesidesInitials(words: Word[], first: number): number {
  let n = 0;
  // "Cllr Anneke van der Merwe-Botha": a lower-case particle (the closed list surnames are keyed with) is part of
  // the surname, no word of a title's length (audit 51, B-a51-11).
  for (let i = first; i < words.length; i++) if (!INITIALS.test(words[i]!.text) && !nameParticle(words[i]!.text)) n++;
  return n;
}

/** Digits, contractions ("I've"), acronyms ("BBC", "U.S"), the pronoun "I" ("Do I need ..."). */
const NOT_NAME_SHAPE = /\d|['’](?:ve|m|ll|re|d|t)$|^[A-Z]{2,}$|^(?:[A-Z]\.)+[A-Z]?$|^I$/;
