import type { Analysis } from './analysis-types';
import { reportedQuestion } from './reported-question';

/** "was asked", "were asked": the subject is the one asked, so whoever speaks next may be replying. */
const PASSIVE = /^(?:was|were|is|are|been)\b/i;

/**
 * The reply to a question the copy reports (reported-question.ts) at sentence `index`: the next sentence when it
 * quotes or reports someone other than the asker ("Doyle was asked whether … ." ¶ '"We have not decided," she said.');
 * -1 when none follows, so the cited question gives way to nothing ("the article only asks it"); undefined when the
 * sentence reports no question. Indexes into analysis.sentences.
 */
export function reportedQuestionReply(
  analysis: Pick<Analysis, 'sentences' | 'quotes' | 'statements'>,
  index: number,
): number | undefined {
  const { sentences } = analysis;
  const text = sentences[index]!.text;
  const at = reportedQuestion(text);
  if (at < 0) return undefined;
  const next = sentences[index + 1];
  if (!next) return -1;
  // An active ask names its asker before the verb: the asker speaking again ("She said the House deserved …") is no reply.
  const asker = PASSIVE.test(text.slice(at)) ? '' : text.slice(0, at);
  const speakers = [
    ...analysis.quotes.filter((q) => q.sentenceId === next.id).map((q) => q.speaker ?? ''),
    ...analysis.statements.filter((s) => s.sentenceId === next.id).map((s) => s.speaker),
  ];
  const replies = speakers.some((speaker) => {
    const surname = speaker.split(/\s+/).pop() ?? '';
    return surname === '' || !asker.includes(surname);
  });
  return replies ? index + 1 : -1;
}
