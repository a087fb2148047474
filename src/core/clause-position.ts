import { afterApposition } from './apposition';
import { frontedSubordinate } from './fronted-subordinate';
import { ROLE_HEADS } from './role-heads';
import { firstWordFrom, type Word, wordIndexAt } from './tokenize';

/*
 * Where a name sits in its clause decides how strong an antecedent it is for "he"/"she"; kept
 * apart from the people index because it only reads the words around a name.
 */

const PREPOSITIONS = new Set([
  'by',
  'with',
  'to',
  'for',
  'of',
  'from',
  'about',
  'at',
  'on',
  'in',
  'against',
  'than',
  'like',
  'between',
  'among',
  'into',
  'over',
  'under',
  'behind',
  'before',
  'after',
  'beside',
  'via',
]);
const TITLE_FILLERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'former', 'fellow', 'new']);

/** Is the name (with any title before it) governed by a preposition: "hosted by UK minister X"? */
function isObject(words: Word[], runStart: number): boolean {
  let i = wordIndexAt(words, runStart) - 1;
  for (let steps = 0; i >= 0 && steps < 6; i--, steps++) {
    const text = words[i]!.text;
    const lower = text.toLowerCase();
    if (PREPOSITIONS.has(lower)) return true;
    if (
      !(
        /^\p{Lu}/u.test(text) ||
        TITLE_FILLERS.has(lower) ||
        ROLE_HEADS.has(lower) ||
        words[i]!.possessive ||
        lower.includes('-')
      )
    ) {
      return false;
    }
  }
  return false;
}

const NOT_VERBS = new Set([
  'of',
  'and',
  'or',
  'from',
  'in',
  'at',
  'on',
  'to',
  'for',
  'with',
  'the',
  'a',
  'an',
  'but',
  'who',
  'whose',
  'which',
  'that',
  'as',
  'than',
  'by',
  'about',
  'into',
  'over',
  'after',
  'before',
  'during',
  'since',
  'while',
  'when',
  'if',
  'his',
  'her',
  'their',
  'its',
  'this',
  'last',
  'next',
]);

/** A verb-like word: lower case and none of the words that continue a noun phrase or a list. */
function verbLike(word: Word | undefined): boolean {
  return word !== undefined && /^[a-z]/.test(word.text) && !NOT_VERBS.has(word.text);
}

/** Is the name followed by a verb-like lower-case word ("McIlroy is unfazed", "Bogdanov won")? */
function isSubject(words: Word[], runStart: number, runEnd: number, text: string): boolean {
  const at = afterApposition(text, runStart, runEnd);
  return verbLike(words[firstWordFrom(words, at)]) && (at === runEnd || /^\s+[a-z]/.test(text.slice(at)));
}

/** Is the name a preposition's object, or the subject of the verb that follows it? */
export function clausePosition(
  words: Word[],
  runStart: number,
  runEnd: number,
  text: string,
): { object: boolean; subject: boolean } {
  // "After Bernie Sanders lost the primary, Joe Smith wept": Sanders is the subject of the fronted clause only.
  const subject = isSubject(words, runStart, runEnd, text) && !frontedSubordinate(text, runStart, runEnd);
  return { object: isObject(words, runStart), subject };
}
