import type { ReportedSpeech } from './reported-speech';

/**
 * "Backers include an audit published in March, which said the bridge was "losing money"": the sentence's own speech
 * verb has a subject, a relative whose antecedent names no one the rules can read (relative-antecedent.ts,
 * which-antecedent.ts), so a quotation after it is that antecedent's, never a speaker carried over from the sentences
 * before (audit 61, B-a61-2). `quoteStart` is the quotation's absolute offset.
 */
export function unnamedRelativeSpeech(speech: ReportedSpeech | null | undefined, quoteStart: number): boolean {
  const subject = speech?.subject;
  return subject?.kind === 'clause' && subject.text === '' && !subject.subject && quoteStart > subject.start;
}
