import { calendarWords } from './calendar-words';
import data from './maker-nouns.json' with { type: 'json' };
import { singularsOf } from './singulars-of';
import { wordListSet } from './word-list-set';

/** Split once on first use: only a message left as a quotation's speaker reads it. */
const nouns = wordListSet(data as string);

/**
 * Whether a word can name who made a message, as its possessor or its "from"/"by" object (review 48's B-a48-12): a
 * capitalised word is a name unless it is a weekday or month ("Friday's statement"); a lower-case one must be, or be
 * the plural of, a noun `npx tsx src/train/build-maker-nouns.ts` wrote — a person or a body in some WordNet sense
 * ("the hospital's statement", "the unions' letter", "a letter from the council"), not a time ("last week's
 * statement") nor a feeling ("a letter from the heart"). Possessive and trailing marks are read off first.
 */
export function makerWord(word: string): boolean {
  const bare = word.replace(/['’]s?$|[,.;:!?]+$/gu, '');
  if (/^\p{Lu}/u.test(bare)) return !calendarWords(bare);
  return nouns().has(bare) || singularsOf(bare).some((s) => nouns().has(s));
}
