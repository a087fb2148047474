import { knownFirstName } from './known-first-name';
import { ROLE_HEADS } from './role-heads';
import { singularsOf } from './singulars-of';
import { titleOfPlural } from './split-title';
import { lowerWord, type Word } from './tokenize';

/** "Comedians", "Senators": a role noun's plural. */
export function pluralRoleHead(word: Word): boolean {
  return singularsOf(lowerWord(word)).some((s) => ROLE_HEADS.has(s));
}

/** `pluralRoleHead` on a word as written, or a title's plural abbreviated ("Govs.", "Sens.", "Reps."). */
export function pluralRoleWord(text: string): boolean {
  return (
    singularsOf(text.toLowerCase().replace(/\.$/, '')).some((s) => ROLE_HEADS.has(s)) ||
    (/s\.$/.test(text) && titleOfPlural(text) !== null)
  );
}

/**
 * The rest of a run a role's plural opens is a person's name: a given name opens it ("Senators Harlan Voss"), or a
 * lone surname is joined to another name ("Comedians Penn & Teller", "Presidents Reagan and Clinton"). Otherwise the
 * plural is a body's first word: "Doctors Without Borders said" is no "Borders" (review s35 B-who35-2).
 */
export function namesAfterPlural(words: Word[], joined: boolean): boolean {
  // `words` opens on the plural; with no word after it, it names no one.
  const after = words[1]?.text;
  if (after === undefined) return false;
  const next = words[2]?.text;
  return knownFirstName(after) || (next === undefined ? joined : next === 'and' || next === '&');
}
