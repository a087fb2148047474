import type { Analysis } from './analysis-types';

/** Quote marks that open or close speech; a straight single mark is left out, as apostrophes share it. */
const SPEECH_MARK = /["“”‘]/;
/** A reply's opening: a quotation mark, or a transcript's answer label. */
const REPLY_OPENS = /^(?:["“‘']|A\s*[:.]\s)/;
const ASKED_LABEL = /^Q\s*[:.]\s/;

/**
 * An interviewer's question in the copy ("What was the hardest year?" as its own paragraph, the reply quoted in the
 * next; "Q: …" in a transcript): it states nothing, so it answers nothing, however many of the reader's words it
 * repeats; cited, it gives way to the reply after it (answer-turn.ts). A writer's rhetorical question inside a
 * paragraph, or one not followed by a reply, can carry facts and stays what it is.
 */
export function asksNothing(analysis: Pick<Analysis, 'sentences' | 'quotes'>, index: number): boolean {
  const { sentences } = analysis;
  const sentence = sentences[index]!;
  const text = sentence.text.trim();
  if (!text.endsWith('?') || SPEECH_MARK.test(text)) return false;
  if (analysis.quotes.some((q) => q.sentenceId === sentence.id)) return false;
  if (ASKED_LABEL.test(text)) return true;
  const before = sentences[index - 1];
  const after = sentences[index + 1];
  if (before?.paragraph === sentence.paragraph || !after || after.paragraph === sentence.paragraph) return false;
  return REPLY_OPENS.test(after.text.trim());
}
