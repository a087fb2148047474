import { englishWord } from './english-word';
import { NOT_A_NOUN } from './not-a-noun';
import { pastVerbWord } from './past-dated';

/** Words after a noun that are a verb or a function word, never the head a modifier noun stands before. */
const NO_HEAD =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|says|said|who|which|that)$/;
/** A determiner after an "-s" word makes it a verb with its object ("the insurer covers the pier"), not a plural head. */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|that|these|those)$/i;

/**
 * Whether the noun at `at` (in a sentence's word and punctuation tokens) only modifies the noun after it, in a
 * compound: "bank" in "never saw the bank book", "insurance" in "the insurance papers had lapsed" (audit 59's
 * B-a59-4). The next word must be a lower-case English word that is no verb form or function word, and the word
 * before no capital (a name's "Barclays bank officials" names the member). Such a mention names no member of the
 * noun's class: the phrase is about a book, papers.
 */
export function compoundModifier(words: readonly string[], at: number): boolean {
  const next = words[at + 1];
  if (next === undefined || !/^[a-z]+$/.test(next) || !englishWord(next)) return false;
  if (NOT_A_NOUN.test(next) || NO_HEAD.test(next) || pastVerbWord(next) || /(?:ing|ly)$/.test(next)) return false;
  if (/s$/.test(next) && DETERMINER.test(words[at + 2] ?? '')) return false;
  return !/^\p{Lu}/u.test(words[at - 1] ?? '');
}
