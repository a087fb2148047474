import type { Analysis } from './analysis-types';
import { askedSpeaker, speakerSentences } from './answer-speaker';
import { SPEECH_VERBS } from './speech-verbs';
import { tokenizeWords } from './tokenize-words';

/** Quote marks of any kind: a sentence holding one may carry the person's words under a tag the engine missed. */
const QUOTE_MARK = /["“”‘’]/u;
/** "What did the IMF say…?": the article before a body's name, which askedSpeaker (names only) does not take. */
const THE_BODY = /^(\s*what\s+(?:did|does|do|has|have|had)\s+)the\s+(?=\p{Lu})/iu;

/** Whether every quote and reported statement in the sentence is given to a speaker (so none is the asked party's). */
function othersWords(analysis: Analysis, best: number): boolean {
  const id = analysis.sentences[best]!.id;
  const said = [...analysis.quotes, ...analysis.statements].filter((q) => q.sentenceId === id);
  return said.length > 0 && said.every((q) => q.speaker !== null);
}

/**
 * "What did Han say about the port?" where the engine credits Han with no quote and no reported statement anywhere,
 * and the best sentence only mentions her ("Minister Han is scheduled to appear…"): the article reports no words of
 * hers (audit 55 B-a55-34). A best sentence with a quote mark or a verb of saying may hold words the attribution
 * missed, so it is left to the ranker: a missed tag must not become a false "doesn't say"; unless the analysis gives
 * every quote in it to a speaker, who is then not the asked party ('"… weakens its hand with the IMF," said Carolina
 * Méndez Ortiz' for "what did the IMF say?", audit 59's B-a59-5). A body asked with "the" is a speaker too.
 */
export function neverQuoted(analysis: Analysis, best: number, question: string): string | undefined {
  const asked = askedSpeaker(question.replace(THE_BODY, '$1'));
  if (!asked || speakerSentences(analysis, asked, true).size > 0) return undefined;
  const text = analysis.sentences[best]!.text;
  const says =
    QUOTE_MARK.test(text.replace(/(?<=\p{L})['’](?=\p{L})/gu, '')) ||
    tokenizeWords(text).some((w) => SPEECH_VERBS.has(w.toLowerCase()));
  if (says && !othersWords(analysis, best)) return undefined;
  return 'The article does not report them saying anything.';
}
