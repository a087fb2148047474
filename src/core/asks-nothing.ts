import type { Analysis } from './analysis-types';
import { interviewerTurn } from './interviewer-turn';
import { nextParagraph } from './next-paragraph';

/** A reply's opening: a quotation mark, or a transcript's answer label. */
const REPLY_OPENS = /^(?:["“‘']|A\s*[:.]\s)/;

/**
 * An interviewer's question in the copy ("What was the hardest year?" as its own paragraph, the reply quoted in the
 * next): it states nothing, so it answers nothing, however many of the reader's words it repeats; cited, it gives way
 * to the reply after it (answer-turn.ts). The paragraph is the one definition interviewer-turn.ts gives the quote
 * reader (it quotes no one and ends on a question, so "Why did it stop? Was it the money?" is one turn, audit 50
 * B-a50-6); added here only what citing needs: the sentence is itself a question no quote is read in, and a reply
 * opens the next paragraph. A writer's rhetorical question, or one not followed by a reply, can carry facts and stays.
 */
export function asksNothing(analysis: Pick<Analysis, 'sentences' | 'quotes'>, index: number): boolean {
  const { sentences } = analysis;
  const sentence = sentences[index]!;
  if (!sentence.text.trim().endsWith('?') || !interviewerTurn(sentences, index)) return false;
  if (analysis.quotes.some((q) => q.sentenceId === sentence.id)) return false;
  const reply = sentences[nextParagraph(sentences, index)];
  return reply !== undefined && REPLY_OPENS.test(reply.text.trim());
}
