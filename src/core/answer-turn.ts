import type { Analysis, Sentence } from './analysis-types';
import { asksNothing } from './asks-nothing';
import { nextParagraph } from './next-paragraph';
import { reportedQuestionReply } from './reported-question-reply';
import { blankQuestionAnswerLabel, opensQuestionTurn } from './transcript-labels';

/** An answer turn this short ("A: They will.") says what it answers only with the sentence after it. */
const BARE_REPLY_WORDS = 3;

/** A sentence opening on a `Q:` or `A:` label. */
const labelled = (sentence: Sentence): boolean => blankQuestionAnswerLabel(sentence.text) !== sentence.text;

/**
 * The interviewer's turn `i` sits in: the nearest sentence at or before it in its paragraph that opens on a label
 * opens with `Q:` ("Q: You said the list would fall. Will it?"). A turn runs to the next labelled sentence or the
 * paragraph's end, so copy that sets one turn a line (one paragraph to the engine) reads as copy with blank lines
 * (review s33 B-ux33-3). A writer's own question is no turn: a long rhetorical question ("While Cruz has been asked
 * about a loan …, a subpoena … doesn't even warrant a murmur from …?") carries the facts it asks about.
 * Returns the index just past the turn, or -1.
 */
function afterQuestionTurn(sentences: readonly Sentence[], i: number): number {
  const { paragraph } = sentences[i]!;
  let first = i;
  while (first > 0 && !labelled(sentences[first]!) && sentences[first - 1]!.paragraph === paragraph) first--;
  if (!opensQuestionTurn(sentences[first]!.text.trim())) return -1;
  let past = i + 1;
  while (past < sentences.length && sentences[past]!.paragraph === paragraph && !labelled(sentences[past]!)) past++;
  return past;
}

/**
 * In interview copy the interviewer's question ("Q: Will waiting lists fall this year?") restates the
 * reader's question better than any sentence that answers it, so it ranks first; but a question answers
 * nothing, and cited for "what did the minister say?" it credits the interviewer's words to the minister.
 * A cited sentence of a question turn (or an interviewer's question paragraph, asks-nothing.ts) gives way to the turn
 * after it (the answer, "A: They will."), with that turn's next sentence when its first is that bare; a question the
 * copy reports (reported-question.ts) to the reply after it; with no answer after it, nothing is cited.
 * Indexes into analysis.sentences.
 */
export function answerTurn(
  analysis: Pick<Analysis, 'sentences' | 'quotes' | 'statements'>,
  cited: readonly number[],
): number[] {
  const { sentences } = analysis;
  const out: number[] = [];
  const add = (i: number) => {
    if (!out.includes(i)) out.push(i);
  };
  for (const i of cited) {
    // "Doyle was asked whether …": a question the copy reports gives way to the reply after it, or to nothing.
    const reply = reportedQuestionReply(analysis, i);
    if (reply !== undefined) {
      if (reply >= 0) add(reply);
      continue;
    }
    // An interviewer's question set as its own paragraph, the reply quoted in the next, is a turn too.
    let turn = afterQuestionTurn(sentences, i);
    if (turn < 0 && asksNothing(analysis, i)) turn = nextParagraph(sentences, i);
    if (turn < 0) add(i);
    if (turn < 0 || turn >= sentences.length || afterQuestionTurn(sentences, turn) >= 0) continue;
    add(turn);
    const after = turn + 1;
    const bare = blankQuestionAnswerLabel(sentences[turn]!.text).trim().split(/\s+/).length <= BARE_REPLY_WORDS;
    if (bare && after < sentences.length && sentences[after]!.paragraph === sentences[turn]!.paragraph) add(after);
  }
  return out;
}
