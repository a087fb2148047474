import { headOfStateNoun } from './head-of-state-noun';
import { knownFirstName } from './known-first-name';
import type { Word } from './tokenize';
import { wordnetWord } from './wordnet-word';

/** The royal titles the title list holds that WordNet files as no head of state: a monarch's consort and children. */
const ROYAL_KIN = /^(?:Queen|Prince|Princess)$/;

/**
 * "The King James Bible", "the Prince Albert Memorial": after a monarch's title, a given name and a closing word
 * WordNet holds as a word of English (wordnet-word.ts: "Bible", "Memorial"; not "Windsor", "Hernandez") that no
 * first-name list holds name a thing called after the monarch, not a person "James Bible". A royal is written by the
 * given name alone ("King Harald", "Prince Harry"), so the check asks for two name words or more; a closing word a
 * first-name list holds ("Hall", "Kelly") leaves the run a person's.
 */
export function royalTitledThing(words: readonly Word[], first: number): boolean {
  const title = words[first - 1]?.text ?? '';
  if (!(ROYAL_KIN.test(title) || headOfStateNoun(title.toLowerCase()))) return false;
  const last = words[words.length - 1]!.text;
  return words.length - first >= 2 && knownFirstName(words[first]!.text) && wordnetWord(last) && !knownFirstName(last);
}
