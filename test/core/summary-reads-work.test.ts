import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Sentence } from '../../src/core/analysis-types';
import { articleTranscriptBlocks } from '../../src/core/article-transcript-blocks';
import { collapseSpaces } from '../../src/core/collapse-spaces';
import { insideQuotation } from '../../src/core/inside-quotation';
import { storyBodyEnd } from '../../src/core/story-body-end';

// Speed (session 51): reads made for every sentence of every article, once per sentence and without building arrays
// or copies the answer does not need; the answers are the same (the controls, and the per-row dump of the eval).
afterEach(() => vi.restoreAllMocks());

const sentence = (id: number, text: string): Sentence => ({ id, text, start: 0, end: text.length, paragraph: id });

const STORY = [
  'The harbour board of Tarrow met on Tuesday to decide the fate of the old ferry pier.',
  'Members voted by seven to two to close the pier at the end of the summer season.',
  'The ferry company said it would move its boats to the new quay by the river mouth.',
  'About Tarrow Harbour Board',
  'The board manages the port and its moorings on behalf of the town council.',
].map((text, id) => sentence(id, text));

describe('storyBodyEnd counts a line’s words without splitting it', () => {
  it('builds no array of words or lines for the sentences it reads', () => {
    const split = vi.spyOn(String.prototype, 'split');
    storyBodyEnd(STORY);
    expect(split).not.toHaveBeenCalled();
  });

  it('still ends the story at the release heading, and not at a long line that opens so (control)', () => {
    expect(storyBodyEnd(STORY)).toBe(3);
    const long = [
      ...STORY.slice(0, 3),
      sentence(3, 'About Tarrow Harbour Board and its nine members who run the port'),
    ];
    expect(storyBodyEnd(long)).toBe(4);
    const lined = [...STORY.slice(0, 3), sentence(3, 'Media Contact:\nDana Mill, press office')];
    expect(storyBodyEnd(lined)).toBe(3);
  });
});

describe('articleTranscriptBlocks looks for a label’s colon without a pattern', () => {
  const colons = [
    sentence(0, 'Update: the harbour board of Tarrow met on Tuesday.'),
    sentence(1, 'Members voted by seven to two to close the pier.'),
  ];

  it('reads a sentence with an early colon without running a 200-character pattern over it', () => {
    const test = vi.spyOn(RegExp.prototype, 'test');
    articleTranscriptBlocks(colons);
    const walked = test.mock.contexts.filter((rx) => (rx as RegExp).source.includes('{0,200}'));
    expect(walked).toHaveLength(0);
  });

  it('still finds no block in prose with one early colon, or with colons past the 200th character (control)', () => {
    expect(articleTranscriptBlocks(colons)).toEqual([]);
    const far = `${'The harbour board met again '.repeat(8)}: and then it voted.`;
    expect(articleTranscriptBlocks([sentence(0, far), sentence(1, far)])).toEqual([]);
  });
});

describe('insideQuotation bares a sentence once however many quotes walk it', () => {
  const sentences = [
    sentence(0, 'Ms Varga said: “The pier is finished.'),
    sentence(1, 'The boats will move to the river quay.'),
    sentence(2, 'Nobody will miss the old planks.'),
    sentence(3, 'We start in May.”'),
  ];
  const text =
    'The pier is finished. The boats will move to the river quay. Nobody will miss the old planks. We start in May.';
  const quotes = [0, 1, 2].map(() => ({ text, sentenceId: 0 }));

  it('replaces in each sentence at most twice (marks, then white space), not once per quote', () => {
    const replace = vi.spyOn(String.prototype, 'replace');
    insideQuotation(sentences, quotes);
    // Three quote texts and three walked sentences, two replaces each.
    expect(replace.mock.calls.length).toBeLessThanOrEqual(2 * (quotes.length + 3));
  });

  it('marks the same sentences inside the quotation (control)', () => {
    expect(insideQuotation(sentences, quotes)).toEqual([false, true, true, false]);
  });
});

describe('collapseSpaces', () => {
  it('gives text.replace(/\\s+/g, " ") for every mix of spaces, tabs, breaks and words (control)', () => {
    const pieces = [' ', '  ', '\t', '\n', '\u00a0', '\u2028', 'pier', 'quay', '\ufeff', '\r\n'];
    for (let seed = 1; seed < 3000; seed++) {
      let text = '';
      for (let k = 0, s = seed; k < 7; k++, s = Math.floor(s / 3) + k * 7) text += pieces[(s * 31 + k) % pieces.length];
      expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '));
    }
  });
});
