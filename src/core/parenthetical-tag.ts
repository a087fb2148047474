import { maskAbbreviationDots, restoreAbbreviationDots } from './abbreviation-dots';
import type { Sentence } from './analysis-types';
import { parentheticalSpan } from './parenthetical-span';
import type { ReportedSpeech } from './reported-speech';
import { subjectAfter } from './subject-after';

/** The parenthetical tag's speaker, the reported clause the whole sentence; `text` is the sentence, quotes masked. */
export function parentheticalTag(sentence: Sentence, raw: string): ReportedSpeech | null {
  const text = maskAbbreviationDots(raw);
  const span = parentheticalSpan(text);
  if (span === null) return null;
  const subject = subjectAfter(span.speaker, sentence.start + span.at);
  return (
    subject && {
      subject: subject.kind === 'phrase' ? { ...subject, text: restoreAbbreviationDots(subject.text) } : subject,
      clauseStart: 0,
      clauseEnd: text.length,
      ...(span.end ? { tag: { start: span.start, end: span.end } } : {}),
    }
  );
}
