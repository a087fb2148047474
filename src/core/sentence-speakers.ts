import type { Quote, Statement } from './analysis-types';

/**
 * Whom the engine credits each sentence's words to, by sentence id: a statement's speaker first (the speaker reading
 * credits the whole sentence), then a quote's. Answers, open questions, a claim's span and the thread's pronoun note
 * all read one sentence's speaker this way.
 */
export function sentenceSpeakers(input: {
  statements: readonly Statement[];
  quotes: readonly Quote[];
}): Map<number, string> {
  const speakers = new Map<number, string>();
  for (const s of input.statements) speakers.set(s.sentenceId, s.speaker);
  for (const q of input.quotes) if (q.speaker && !speakers.has(q.sentenceId)) speakers.set(q.sentenceId, q.speaker);
  return speakers;
}
