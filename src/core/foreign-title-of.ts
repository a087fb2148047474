import { englishWord } from './english-word';
import { orgHeadNoun } from './org-head-noun';

/**
 * "The Turaga ni Koro of Nadi, Josefa Rova, said", "The Ooni of Ife, Adeyeye Ogunwusi,": after "The", a capitalised
 * head WordNet does not hold as a word of English (english-word.ts), with "of" and a capitalised place or body after
 * it, heads a traditional office the copy apposes to the person's name; no English role list could hold them all. An
 * English head ("The Bank of England") or one that heads a body's name (org-head-noun.ts) is no such title.
 */
export function foreignTitleOf(determiner: string, head: string, complement: string): boolean {
  const last = head.split(/\s+/).pop()!;
  return (
    /^The$/.test(determiner) &&
    /^\p{Lu}\p{Ll}+$/u.test(last) &&
    !englishWord(last) &&
    !orgHeadNoun(last) &&
    /^\s+of\s+\p{Lu}/u.test(complement)
  );
}
