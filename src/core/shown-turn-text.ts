import type { Sentence } from './analysis-types';
import { articleTranscriptBlocks } from './article-transcript-blocks';

/**
 * A stage direction in capitals, "(LAUGHTER)", "(CROSSTALK)": the broadcaster's note, nobody's words. A later word
 * starts after one space, so a run splits one way only (an optional space between words let an unclosed all-caps
 * aside split 2^letters ways, as clause-accuser.ts did in audit 53's B-a53-1).
 */
export const STAGE_DIRECTION = /\s*\([A-Z][A-Z'’-]*(?:\s[A-Z][A-Z'’-]*)*\s?\)\s*/g;

/**
 * The text a reader is shown for each sentence (by id) that a transcript turn runs over: without the turn's label
 * ("PRESENTER, ROSALIND MAHER:", "FENWICK-TAMM:", "Q:") and without a stage direction (audit 51, B-a51-4). The
 * sentences themselves keep the label, since the turn reader, the people index and every quote's offsets read it;
 * only what the summary and a cited answer print drops it, so it is stripped where they print, from the turns the
 * one transcript reader (transcript-turns.ts) found. Sentences outside a turn are not in the map.
 */
export function shownTurnText(sentences: Sentence[]): ReadonlyMap<number, string> {
  const shown = new Map<number, string>();
  for (const block of articleTranscriptBlocks(sentences))
    for (const turn of block.turns)
      turn.sentenceIds.forEach((id, k) => {
        const s = sentences[id]!;
        const words = k === 0 ? s.text.slice(turn.start - s.start) : s.text;
        shown.set(id, words.replace(STAGE_DIRECTION, ' ').replace(/\s+/g, ' ').trim());
      });
  return shown;
}
