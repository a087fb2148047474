import type { Analysis, AnswerResult } from './analysis-types';
import { onlyRefuses } from './answer-refusal';
import { irregularVerbLemma } from './irregular-verb-lemma';
import { BE } from './passive-voice';
import { pastVerbWord } from './past-dated';

/** "Who told the council …?", "Who warned them?": the asked verb, in the past, right after "who". */
const WHO_DID = /^\s*who\s+([a-z]+)\b/i;

const bare = (token: string): string => token.replace(/^[^\p{L}]+|[^\p{L}'’-]+$/gu, '').toLowerCase();
const lemma = (word: string): string => irregularVerbLemma(word) ?? word.replace(/e?d$/, '');

/** Negation and adverbs between "be" and its participle ("was never told", "were quietly warned"). */
const BETWEEN = /^(?:not|never|also|already|still|later|then|[a-z]{3,}ly)$/;
const CLOSES_QUOTE = /["”]$/;

/**
 * How a sentence says the verb: 'passive' when every form follows "be" with no "by" after it, else 'active' or
 * 'absent'. A form after "who" ("I would like to know who told them") asks the act, an infinitive ("waiting for a
 * magistrate to tell us") says none done, and one in a quote's tag ('"…," X told Times of Malta') reports the quote:
 * none says who did it.
 */
function agentless(text: string, verb: string): 'passive' | 'active' | 'absent' {
  const tokens = text.split(/\s+/);
  const words = tokens.map(bare);
  let said: 'passive' | 'absent' = 'absent';
  for (let k = 0; k < words.length; k++) {
    if (lemma(words[k]!) !== verb) continue;
    let j = k - 1;
    while (j >= 0 && BETWEEN.test(words[j]!)) j--;
    if (j >= 0 && BE.test(words[j]!) && !words.slice(k + 1).includes('by')) said = 'passive';
    else if (!(words[k - 1] === 'who' || words[k - 1] === 'to' || tokens.slice(0, k).some((t) => CLOSES_QUOTE.test(t))))
      return 'active';
  }
  return said;
}

/**
 * "Who told the council it was a done deal?" over '"We were told this was a done deal …," Calleja said.' (audit 60's
 * B-a60-4): an agentless passive ("we were told", "they were warned", "I was assured") names the one told, not the
 * teller, however the quote's speaker is named. Asked verbs like "tell" are stop words, so the asked-doer checks,
 * which read the question's content verb, never see them; this reads the word after "who". When the best sentence
 * says the verb only so and no sentence says it actively, the article does not say who. The nearest line is a refusal
 * to say who ("Asked who … had given those assurances, he declined to say.") when there is one, else the best.
 */
export function toldByNoOne(
  analysis: Analysis,
  ranked: readonly { index: number }[],
  question: string,
): AnswerResult | undefined {
  const asked = WHO_DID.exec(question)?.[1]?.toLowerCase();
  const best = ranked[0];
  if (best === undefined || asked === undefined || BE.test(asked) || !pastVerbWord(asked)) return undefined;
  const verb = lemma(asked);
  const sentences = analysis.sentences;
  if (agentless(sentences[best.index]!.text, verb) !== 'passive') return undefined;
  if (sentences.some((s) => agentless(s.text, verb) === 'active')) return undefined;
  const refusal = sentences.find((s) => /\bwho\b/i.test(s.text) && onlyRefuses(s.text));
  const reason = 'The article does not say who; it reports the act without saying who did it.';
  return { answer: null, sentenceIds: [], reason, nearestId: (refusal ?? sentences[best.index]!).id };
}
