import { textOccurrences } from './text-occurrences';

/** "his Spanish-sounding name, ", "her name was ", "born ": the words that give a name someone bears or bore. */
const AS_A_NAME = /(?:\bname[,:]?|\bname\s+(?:is|was)|\bborn|\bnée|\bnee)\s+$/;
/** A nickname set in quote marks after the given names: "Rafael Edward “Ted” Cruz", "Rafael Edward ''Ted'' Cruz". */
const NICKNAME = /^\s+["“”'‘’]{1,2}(\p{Lu}[\p{L}'’-]*)["“”'’]{1,2}\s+(\p{Lu}[\p{L}'’-]*)/u;

/** Whom a name stands for besides itself: the given name it is known by, if the copy says, and the surname. */
export interface OtherName {
  given: string | null;
  surname: string;
}

/**
 * What the copy says `other` is the other name of, read once per name (a roster compares every pair of names): with a
 * nickname in quote marks after it ("Rafael Edward “Ted” Cruz": Ted Cruz), or written only as a name someone bears or
 * bore ("Mr. Cruz changed his Spanish-sounding name, Rafael Edward Cruz, as a teenager": a Cruz). A namesake the copy
 * introduces as one ("his father, Rafael Cruz") is written otherwise, and is no other name.
 */
export function birthName(other: string, text: string): OtherName | null {
  const words = other.split(/\s+/);
  if (words.length < 2) return null;
  let asName = true;
  let seen = false;
  for (const at of textOccurrences(text, other)) {
    const end = at + other.length;
    if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
    // The name finder may stop at the quote mark ("Rafael Edward"): the given names alone then stand for the whole.
    const nickname = NICKNAME.exec(text.slice(end, end + 60));
    if (nickname) return { given: nickname[1]!, surname: nickname[2]! };
    seen = true;
    asName &&= AS_A_NAME.test(text.slice(Math.max(0, at - 40), at));
  }
  return seen && asName ? { given: null, surname: words.at(-1)! } : null;
}

/** Whether `name` is the person `other` names: the same surname, and the nickname when the copy gives one. */
export function namedBy(name: string, other: string, alias: OtherName | null): boolean {
  if (!alias || name === other) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.at(-1) !== alias.surname || words[0] === other.split(/\s+/)[0]) return false;
  return alias.given === null || words[0] === alias.given;
}
