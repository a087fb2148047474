import type { Analysis } from './analysis-types';
import type { QuestionFeatures } from './answer-feature-types';
import { irregularVerbLemma } from './irregular-verb-lemma';
import { contentTerms } from './tokenize-words';

/** A form of "be" (or "get") that makes a participle after it passive: "was leaked", "has been sold", "got fired". */
const BE = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten)$/;
/** Words that may stand between "be" and its participle: negation and adverbs ("was not sold", "was quietly sold"). */
const BETWEEN = /^(?:not|never|also|already|still|reportedly|allegedly|later|then|[a-z]{3,}ly)$/;

const bare = (token: string): string => token.replace(/^[^\p{L}]+|[^\p{L}'’-]+$/gu, '').toLowerCase();

/** How the sentence says the asked verb: 'passive' when every form of it is a participle after "be". */
function voiceOf(words: readonly string[], verb: string): 'passive' | 'active' | 'absent' {
  let voice: 'passive' | 'absent' = 'absent';
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (contentTerms(word)[0] !== verb) continue;
    let j = k - 1;
    while (j >= 0 && BETWEEN.test(words[j]!)) j--;
    const participle = /ed$/.test(word) || irregularVerbLemma(word) !== undefined;
    if (!(participle && j >= 0 && BE.test(words[j]!))) return 'active';
    voice = 'passive';
  }
  return voice;
}

/**
 * "Who leaked the memo?" over "The memo was leaked to reporters on Friday": a "who <verb>…?" question asks for the
 * verb's doer, and a sentence saying the verb only in the passive with no "by" phrase anywhere after it leaves the
 * doer out, whoever else it names (the one it was leaked to, the one who reports it). The ranker shares the verb and
 * its object and takes the sentence for the answer; the article does not say who, and the sentence is shown as itself.
 * "… was sent at 7:19 p.m. by Jeremy Bash" names the doer and is left to the ranker.
 */
export function agentlessAct(
  analysis: Analysis,
  { type, terms }: Pick<QuestionFeatures, 'type' | 'terms'>,
  best: number,
): string | undefined {
  const verb = terms.relation;
  if (type !== 'person' || verb === undefined) return undefined;
  const words = analysis.sentences[best]!.text.split(/\s+/).map(bare);
  if (voiceOf(words, verb) !== 'passive') return undefined;
  const first = words.findIndex((w) => contentTerms(w)[0] === verb);
  if (words.slice(first + 1).includes('by')) return undefined;
  return 'The article does not say who; it reports the act without saying who did it.';
}
