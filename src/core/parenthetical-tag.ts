import type { Sentence } from './analysis-types';
import type { ReportedSpeech } from './reported-speech';
import { subjectAfter } from './speaker-phrase';

/**
 * A tag set between commas inside the clause it attributes, its verb before its subject: "The paradox of Nancy, says
 * Carl Anthony, historian at the library, is that she was "…"", "And Trump, said Sunshine, who remains friendly with
 * her former boss, doesn't forgive". The clause's own subject comes first and is no speaker. Only from the
 * sentence's first comma, and only a capitalised subject, as an inverted tag at the sentence's end is read.
 */
const PARENTHETICAL = /^([^,"“”]{2,80}?),\s+(says|said)\s+((?:the\s|a\s|an\s)?\p{Lu}[^,.;:"“”]{1,60}),\s/u;

/** The parenthetical tag's speaker, the reported clause the whole sentence; `text` is the sentence, quotes masked. */
export function parentheticalTag(sentence: Sentence, text: string): ReportedSpeech | null {
  const m = PARENTHETICAL.exec(text);
  if (m === null) return null;
  const at = m[0].length - 2 - m[3]!.length;
  const subject = subjectAfter(m[3]!, sentence.start + at);
  return subject && { subject, clauseStart: 0, clauseEnd: text.length };
}
