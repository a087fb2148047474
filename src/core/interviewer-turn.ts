import type { Sentence } from './analysis-types';
import { articleTranscriptBlocks } from './article-transcript-blocks';
import { nextParagraph } from './next-paragraph';
import type { TranscriptBlock } from './transcript-turns';

/*
 * An interviewer's turn, in the two shapes copy gives it: in prose, a paragraph of its own that quotes no one and ends
 * on a question (interviewerTurn, for the quote and answer readers); in a labelled transcript, the "Q:" turns and the
 * turns of the voice that asks (interviewerTurnIds, for the key-quote and open-question readers). One module, so a
 * reader of either shape finds the other beside it (session 50's closing note).
 */

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

const ASKS = /\?\s*["”’]?\s*$/;

/**
 * The voice of a transcript block that interviews: the one whose turns put a question more often than any other voice's ("MAHER:
 * How bad is it?"), read from the turns themselves rather than from a list of role words, so a court's examining lawyer or a
 * host labelled by surname alone is found as a presenter is. Null when no voice asks, or two ask as often.
 */
function askingVoice(block: TranscriptBlock, sentences: readonly Sentence[]): string | null {
  const turns = new Map<string, { asked: number; all: number }>();
  for (const turn of block.turns) {
    if (turn.label.kind !== 'person' && turn.label.kind !== 'role') continue;
    const count = turns.get(turn.label.key) ?? { asked: 0, all: 0 };
    count.all++;
    if (turn.sentenceIds.some((id) => ASKS.test(sentences[id]!.text))) count.asked++;
    turns.set(turn.label.key, count);
  }
  const shares = [...turns].map(([key, c]) => ({ key, share: c.asked / c.all })).sort((a, b) => b.share - a.share);
  const [first, second] = shares;
  return first && second && first.share > 0 && first.share > second.share ? first.key : null;
}

/**
 * The ids of the sentences an interviewer says in a transcript: every `Q:` turn and every turn of the block's asking
 * voice ("PRESENTER, ROSALIND MAHER: …", then "MAHER: Your critics say you've spent too much"). What the presenter puts
 * to a guest is a question, not a claim the newsroom should chase (audit 51, B-a51-4), so the open-question readers
 * find no cue in it; a third party's statement the presenter reports is still read as that person's claim.
 */
export function interviewerTurnIds(sentences: Sentence[]): ReadonlySet<number> {
  const ids = new Set<number>();
  for (const block of articleTranscriptBlocks(sentences)) {
    const asker = askingVoice(block, sentences);
    for (const turn of block.turns)
      if (turn.label.kind === 'question' || (asker !== null && turn.label.key === asker))
        for (const id of turn.sentenceIds) ids.add(id);
  }
  return ids;
}
