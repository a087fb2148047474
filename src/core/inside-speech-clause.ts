import type { Sentence } from './analysis-types';
import type { QuoteSegment } from './quote-spans';
import type { ReportedSpeech } from './reported-speech';

/** The quotation (its first segment `head`) opens inside the clause a reported-speech verb introduces in `sentence`. */
export function insideSpeechClause(head: QuoteSegment, sentence: Sentence, speech: ReportedSpeech): boolean {
  if (head.startSentence !== sentence.id) return false;
  const at = head.start - sentence.start;
  return at > speech.clauseStart && at <= speech.clauseEnd;
}
