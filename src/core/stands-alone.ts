import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { WORD_EDGE } from './latin-letters';
import { TITLE_WORDS } from './split-title';

/**
 * "Joe said", "Joe’s show", "Gov. Scott said", "Dean Martin as a pilot": the word written once or more with no
 * capitalised word after it and none before it but a title, an honorific or a given name (then it is a surname).
 */
export function standsAlone(word: string, text: string): boolean {
  for (const m of text.matchAll(
    new RegExp(`(?:(\\p{Lu}[\\p{L}'’-]*)\\.?\\s+)?${WORD_EDGE}${escapeRegExp(word)}${WORD_EDGE}(?!\\s+\\p{Lu})`, 'gu'),
  )) {
    const before = m[1];
    if (before === undefined || HONORIFICS.has(before) || TITLE_WORDS.test(before) || handFirstName(before))
      return true;
  }
  return false;
}
