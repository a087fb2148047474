import type { Sentence } from './analysis-types';
import { nextParagraph } from './next-paragraph';

/** A transcript's question label ("Q:", "Question:"). */
const Q_LABEL = /^\s*(?:Q|Question)\s*:/;
/**
 * A quotation mark in any style: an opening single curly mark is never an apostrophe (asks-nothing.ts reads raw copy;
 * reported-question.ts reads the same marks).
 */
export const QUOTE_MARK = /["\u201c\u201d\u2018]/;

/**
 * The paragraph of sentence `id` is an interviewer's turn: it quotes no one and ends on a question ("Is the festival
 * safe?"), or opens on a transcript's "Q:". The quotation after it answers it, so it ends the run of the speaker
 * quoted before (review s48 B-a49-2): the answer is the interviewee's, whom the copy may not name at all. Marks are
 * read as the quote readers see them (British copy rewritten), so an apostrophe is no quotation.
 */
export function interviewerTurn(sentences: readonly Sentence[], id: number): boolean {
  const paragraph = sentences[id]?.paragraph;
  if (paragraph === undefined) return false;
  let first = id;
  while (sentences[first - 1]?.paragraph === paragraph) first--;
  const last = nextParagraph(sentences, id) - 1;
  if (Q_LABEL.test(sentences[first]!.text)) return true;
  for (let i = first; i <= last; i++) if (QUOTE_MARK.test(sentences[i]!.text)) return false;
  return /\?\s*$/.test(sentences[last]!.text);
}

/**
 * The paragraph just before the one sentence `to` opens in is an interviewer's turn, after sentence `from`'s paragraph:
 * a question put and answered (question ¶ answer), not a reporter's question paragraphs before the quotation.
 */
export function interviewerTurnBefore(sentences: readonly Sentence[], from: number, to: number): boolean {
  let id = to - 1;
  while (id > from && sentences[id]!.paragraph === sentences[to]!.paragraph) id--;
  return id > from && sentences[id]!.paragraph !== sentences[from]!.paragraph && interviewerTurn(sentences, id);
}
