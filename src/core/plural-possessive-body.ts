import { ORG_HEADS } from './org-heads';
import { isCapitalised, type Word } from './tokenize';

/** A plural's possessive as the copy writes it: "Workers'", "Pilots’", or an irregular plural's "Fishermen's", "Children's". */
const PLURAL_POSSESSIVE = /(?:s['’]|(?:men|people|children)['’]s)$/;

/**
 * Whether the possessive word at `i` is inside a body's name rather than ending an owner's: a plural's possessive
 * that one to three capitalised words after it close with a body's head word — "International Transport Workers'
 * Federation", "Lake Brennor Fishermen's Cooperative Society". A plural owns no single body the copy names so, while
 * a singular's possessive ("Smith's Company") is an owner's, so only plurals go on.
 */
export function pluralPossessiveBody(words: readonly Word[], i: number, text: string): boolean {
  const word = words[i]!;
  if (!word.possessive || !PLURAL_POSSESSIVE.test(text.slice(word.start, word.end))) return false;
  for (let j = i + 1, prev = word; j <= i + 3 && j < words.length; j++) {
    const next = words[j]!;
    if (!isCapitalised(next.text) || text.slice(prev.end, next.start) !== ' ') return false;
    if (ORG_HEADS.has(next.text)) return true;
    if (next.possessive) return false;
    prev = next;
  }
  return false;
}

/** The possessive word kept whole inside the name, apostrophe and all: the article's own spelling. */
export function unpossessed(word: Word, text: string): Word {
  return { ...word, text: text.slice(word.start, word.end), possessive: false };
}
