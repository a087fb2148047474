import type { Sentence } from './analysis-types';
import { articleTranscriptBlocks } from './article-transcript-blocks';
import type { TranscriptBlock } from './transcript-turns';

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
