import type { Analysis } from './analysis-types';
import { askedSpeaker, speakerSentences } from './answer-speaker';
import { SPEECH_VERBS } from './speech-verbs';
import { tokenizeWords } from './tokenize-words';

/** Quote marks of any kind: a sentence holding one may carry the person's words under a tag the engine missed. */
const QUOTE_MARK = /["“”‘’]/u;

/**
 * "What did Han say about the port?" where the engine credits Han with no quote and no reported statement anywhere,
 * and the best sentence only mentions her ("Minister Han is scheduled to appear…"): the article reports no words of
 * hers (audit 55 B-a55-34). A best sentence with a quote mark or a verb of saying may hold words the attribution
 * missed, so it is left to the ranker: a missed tag must not become a false "doesn't say".
 */
export function neverQuoted(analysis: Analysis, best: number, question: string): string | undefined {
  const asked = askedSpeaker(question);
  if (!asked || speakerSentences(analysis, asked, true).size > 0) return undefined;
  const text = analysis.sentences[best]!.text;
  if (QUOTE_MARK.test(text.replace(/(?<=\p{L})['’](?=\p{L})/gu, ''))) return undefined;
  if (tokenizeWords(text).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return undefined;
  return 'The article does not report them saying anything.';
}
