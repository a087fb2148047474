import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cleanArticle } from '../../src/core/clean-article';
import { listMarker } from '../../src/core/list-marker';
import { splitSentences } from '../../src/core/split-sentences';

// Bulleted copy in the Axios shape (audit 54, B-a54-12): invented sentences.
const BULLETED = [
  'Council weighs depot plan',
  '',
  'The council will vote on the depot next week, officials said. The budget office has not yet costed the move.',
  '- "We are nearly there," Marlow said.',
  '- The plan would move the bus depot to the old quarry site. It would cost $12 million.',
  '\u2022 She declined to say whether the quarry owner had agreed a price.',
  '',
].join('\n');

describe('listMarker', () => {
  it('skips a bullet only where it opens a line', () => {
    expect(listMarker('- Hsu said so.', 0)).toBe(2);
    expect(listMarker('Rates rose.\n  \u2022 Prices fell.', 14)).toBe(16);
    expect(listMarker('It fell - sharply - today.', 8)).toBe(8);
    expect(listMarker('-5 degrees overnight.', 0)).toBe(0);
  });

  it('keeps the dash of a credit line under a quotation', () => {
    expect(listMarker('- Dana Whitlow.', 0)).toBe(0);
    expect(listMarker('- Dana Whitlow, in the debate', 0)).toBe(0);
  });
});

describe('bulleted sentences', () => {
  it('start at the words, with offsets still into the article', () => {
    const sentences = splitSentences(cleanArticle(BULLETED));
    expect(sentences.map((s) => s.text)).toEqual([
      'The council will vote on the depot next week, officials said.',
      'The budget office has not yet costed the move.',
      '"We are nearly there," Marlow said.',
      'The plan would move the bus depot to the old quarry site.',
      'It would cost $12 million.',
      'She declined to say whether the quarry owner had agreed a price.',
    ]);
    for (const s of sentences) expect(BULLETED.slice(s.start, s.end)).toBe(s.text);
  });

  it('reach the analysis without their dash', () => {
    const analysis = analyzeArticle(BULLETED);
    expect(analysis.sentences.some((s) => /^[-\u2022]/.test(s.text))).toBe(false);
    expect(analysis.quotes.find((q) => q.text.includes('nearly there'))?.speaker).toBe('Marlow');
  });
});
