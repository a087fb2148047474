import { escapeRegExp } from './escape-reg-exp';

/** "his Spanish-sounding name, ", "her name was ", "born ": the words that give a name someone bears or bore. */
const AS_A_NAME = /(?:\bname[,:]?|\bname\s+(?:is|was)|\bborn|\bnée|\bnee)\s+$/;
/** A nickname set in quote marks inside the full name: "Rafael Edward “Ted” Cruz", "Rafael Edward ''Ted'' Cruz". */
const QUOTE_MARK = `["“”'‘’]{1,2}`;

/**
 * Whether `other` is `name`'s other name, not another person: the same surname, and the copy writes `other` only as a
 * name someone bears or bore ("Mr. Cruz changed his Spanish-sounding name, Rafael Edward Cruz, as a teenager"), or
 * with `name`'s given name set in quote marks as its nickname ("Rafael Edward “Ted” Cruz"). A namesake the copy
 * introduces as one ("his father, Rafael Cruz") is written otherwise, and stays apart.
 */
export function birthName(other: string, name: string, text: string): boolean {
  const words = other.split(/\s+/);
  const own = name.split(/\s+/);
  const surname = own.at(-1)!;
  if (other === name || words.length < 2 || own.length < 2 || words[0] === own[0]) return false;
  // The name finder may stop at the quote mark ("Rafael Edward"): the given names alone then stand for the whole.
  const given = words.at(-1) === surname ? words.slice(0, -1) : words;
  const nickname = new RegExp(
    `\\b${escapeRegExp(given.join(' '))}\\s+${QUOTE_MARK}${escapeRegExp(own[0]!)}${QUOTE_MARK}\\s+${escapeRegExp(surname)}\\b`,
  );
  if (nickname.test(text)) return true;
  if (words.at(-1) !== surname) return false;
  let seen = false;
  for (let at = text.indexOf(other); at >= 0; at = text.indexOf(other, at + 1)) {
    if (/[\p{L}]/u.test(text[at - 1] ?? '') || /[\p{L}]/u.test(text[at + other.length] ?? '')) continue;
    if (!AS_A_NAME.test(text.slice(Math.max(0, at - 40), at))) return false;
    seen = true;
  }
  return seen;
}
