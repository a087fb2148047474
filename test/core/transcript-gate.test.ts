import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/analysis-types';
import { articleTranscriptBlocks } from '../../src/core/article-transcript-blocks';
import { indexPeople } from '../../src/core/people';
import { findTranscriptBlocks } from '../../src/core/transcript-turns';
import { seededRandom } from '../../src/eval/seeded-random';

// Session 59 (perf59): articleTranscriptBlocks indexes the article's people only when two neighbouring units open
// shaped like a label, the one shape a block can hold (isDialogue); a cited answer on quote-rich prose indexed them
// per question. Copy written for the test.
const LINES = [
  'Q: Why close the branch now?',
  'A: The lease runs out in the spring.',
  'GRETA SAND: We read every name on the petition.',
  'HOLLOWAY: Critics say you ignored them.',
  'Greta Sand: The roofs would cost more than the buildings.',
  'Update: the council meets again on Friday.',
  'The council said: "We have no money for the roofs."',
  'Members voted by seven to two to close the library.',
  'Ms Sand said the decision was final.',
  'She added that the books would move to the town hall.',
];

/** Sentences as splitSentences gives them: ids in order, offsets in one copy, a paragraph each or shared. */
function article(lines: Array<[string, number]>): Sentence[] {
  let start = 0;
  return lines.map(([text, paragraph], id) => {
    const s = { id, text, start, end: start + text.length, paragraph };
    start += text.length + 2;
    return s;
  });
}

/** Counts every read of a sentence's words: the people index reads each many times, the gate once or twice. */
function counted(sentences: Sentence[]): { sentences: Sentence[]; reads: () => number } {
  let reads = 0;
  const wrapped = sentences.map((s) => {
    const copy = { ...s };
    const text = (): string => {
      reads++;
      return s.text;
    };
    Object.defineProperty(copy, 'text', { get: text, enumerable: true });
    return copy;
  });
  return { sentences: wrapped, reads: () => reads };
}

describe('articleTranscriptBlocks reads a label pair before indexing people', () => {
  it('finds the blocks the ungated reader finds, on random copy', () => {
    const random = seededRandom(59);
    let withBlocks = 0;
    for (let n = 0; n < 150; n++) {
      let paragraph = 0;
      const lines: Array<[string, number]> = [];
      const length = 2 + Math.floor(random() * 7);
      for (let i = 0; i < length; i++) {
        if (i > 0 && random() < 0.7) paragraph += random() < 0.8 ? 1 : 2;
        lines.push([LINES[Math.floor(random() * LINES.length)]!, paragraph]);
      }
      const sentences = article(lines);
      const blocks = articleTranscriptBlocks(sentences);
      if (blocks.length > 0) withBlocks++;
      expect(blocks, JSON.stringify(lines)).toEqual(findTranscriptBlocks(sentences, indexPeople(sentences)));
    }
    expect(withBlocks).toBeGreaterThan(15);
  });

  it('indexes no one when label-shaped sentences open paragraphs apart', () => {
    const prose = article([
      [LINES[5]!, 0],
      [LINES[7]!, 1],
      [LINES[6]!, 2],
      [LINES[8]!, 3],
    ]);
    const { sentences, reads } = counted(prose);
    expect(articleTranscriptBlocks(sentences)).toEqual([]);
    expect(reads()).toBeLessThanOrEqual(2 * prose.length);
  });

  it('still indexes people, and finds the dialogue, when two labelled turns are neighbours (control)', () => {
    const dialogue = article([
      [LINES[7]!, 0],
      [LINES[0]!, 1],
      [LINES[1]!, 2],
    ]);
    const { sentences, reads } = counted(dialogue);
    expect(articleTranscriptBlocks(sentences)).toHaveLength(1);
    expect(reads()).toBeGreaterThan(4 * dialogue.length);
  });
});
