import { eachMatch } from './each-match';
import { contentTerms } from './tokenize-words';

/** A word of a sentence, lower case and bare, with its term stem ('' for a stop word) and where it sits. */
export interface SentenceWord {
  word: string;
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * A sentence's words with their offsets, for checks that need to know what stands before or after a word (a name
 * before a verb is its subject, one after "by" its doer), which term sets, having no order, cannot say.
 */
export function sentenceWords(text: string): SentenceWord[] {
  const out: SentenceWord[] = [];
  for (const m of eachMatch(WORD, text)) {
    const word = m[0].toLowerCase();
    out.push({ word, stem: contentTerms(word)[0] ?? '', start: m.index, end: m.index + m[0].length });
  }
  return out;
}
