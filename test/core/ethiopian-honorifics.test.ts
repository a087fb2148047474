import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// "Ato", "W/ro": Amharic honorifics are no part of the name, and a later given name links to the person (B-a63-10).
const TEXT = [
  'Residents protest road project',
  '',
  'Residents of Bole sub-city gathered on Monday to protest compensation rates for a road project.',
  '',
  '"They marked our houses before they told us anything," said Ato Girma Wolde, a 60-year-old shopkeeper.',
  '',
  'Ato Henok Alemu, head of the city’s roads bureau, said the rates were set by law.',
  '',
  '"Every household with a title deed will be paid," Henok said.',
  '',
  'W/ro Selam Tesfaye, a teacher, said she had received no notice.',
].join('\n');

describe('Ethiopian honorifics', () => {
  it('strips Ato and W/ro from speakers and links a later given name to the full name', () => {
    const { quotes, statements } = analyzeArticle(TEXT);
    expect(quotes.find((q) => q.text.includes('marked our houses'))?.speaker).toBe('Girma Wolde');
    expect(quotes.find((q) => q.text.includes('title deed'))?.speaker).toBe('Henok Alemu');
    expect(statements.find((s) => s.text.includes('no notice'))?.speaker).toBe('Selam Tesfaye');
  });
});
