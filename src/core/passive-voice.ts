import { irregularVerbLemma } from './irregular-verb-lemma';
import { contentTerms } from './tokenize-words';

/** A form of "be" (or "get") that makes a participle after it passive: "was leaked", "has been sold", "got fired". */
export const BE = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten)$/;
/** Words that may stand between "be" and its participle: negation and adverbs ("was not sold", "was quietly sold"). */
const BETWEEN = /^(?:not|never|also|already|still|reportedly|allegedly|later|then|[a-z]{3,}ly)$/;

const bare = (token: string): string => token.replace(/^[^\p{L}]+|[^\p{L}'’-]+$/gu, '').toLowerCase();

/**
 * How a text says a verb (a question term's stem): 'passive' when every form of it is a participle after "be" or
 * "get" ("was leaked", "was not sold"), 'active' when any form is not, 'absent' when none is there. With the words
 * (lower case, bare) and where the verb's first form sits, for a "by" phrase after it.
 */
export function passiveVoice(text: string, verb: string): { voice: 'passive' | 'active' | 'absent'; after: string[] } {
  const words = text.split(/\s+/).map(bare);
  let voice: 'passive' | 'absent' = 'absent';
  let first = -1;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (contentTerms(word)[0] !== verb) continue;
    if (first < 0) first = k;
    let j = k - 1;
    while (j >= 0 && BETWEEN.test(words[j]!)) j--;
    const participle = /ed$/.test(word) || irregularVerbLemma(word) !== undefined;
    if (!(participle && j >= 0 && BE.test(words[j]!))) return { voice: 'active', after: words.slice(first + 1) };
    voice = 'passive';
  }
  return { voice, after: words.slice(first + 1) };
}
