import { englishWord } from './english-word';
import { peoplePlural } from './people-plural';
import { singularsOf } from './singulars-of';

/** A determiner a description may open on: printed with it, it reads as the copy's noun phrase. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|another|one|two|three|some|many|most)$/i;

/**
 * A plural head needs no article ("Environment Agency engineers deny", "prison officers", "Labour MPs"; review 53,
 * B-r53-7): an -s form whose singular, as WordNet's morphy strips it, is a word of English, or a plural of people
 * WordNet lists ("staff", "spokesmen").
 */
const pluralHead = (head: string): boolean =>
  peoplePlural(head) || singularsOf(head).some((s) => s.length > 2 && englishWord(s));

/**
 * A speaker the copy gives as a description, not a name, cut without its article: its head, the last word, is lower
 * case (a name ends on its capitalised surname), singular, and no determiner opens it ("U.S. senator" of "The former
 * first lady and U.S. senator said"). Printed where a name goes it reads "that U.S. senator mishandled …" or "which
 * U.S. senator denies", the article lost, and cut from the longer phrase it may not say whom the copy meant.
 */
export function bareDescription(who: string): boolean {
  const words = who.trim().split(/\s+/);
  const head = words.at(-1)!;
  return words.length > 0 && /^[a-z]/.test(head) && !DETERMINER.test(words[0]!) && !pluralHead(head);
}
