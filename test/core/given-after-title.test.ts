import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { withoutLeadIn } from '../../src/core/without-lead-in';

// An invented provincial story in the house style of a Karachi daily (sample 61, S61-2).
const STORY = [
  'Water board bailout divides assembly',
  '',
  'Opposition lawmaker Sadia Rehman said the government was "pouring money into a leaking tank".',
  '',
  'Provincial Irrigation Minister Nasir Ali Baloch rejected the criticism, saying the opposition had "left the board in ruins".',
].join('\n');

describe('a given name the lists lack, written after a whole title', () => {
  it('keeps the first word of "Minister Nasir Ali Baloch" in the quotation’s speaker', () => {
    const speakers = analyzeArticle(STORY).quotes.map((q) => q.speaker);
    expect(speakers).toContain('Nasir Ali Baloch');
    expect(speakers).not.toContain('Ali Baloch');
  });

  it('still reads a rank of another language before a given name as a rank', () => {
    const text = 'Detective Garda Brendan Tully said the car was stolen.';
    expect(withoutLeadIn('Garda Brendan Tully', text)).toBe('Brendan Tully');
  });
});
