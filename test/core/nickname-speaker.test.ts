import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// 'said Senator Rosa “Chay” Dimalanta': the quote finder stops the tag at the nickname's mark; the speaker is the
// whole name, never a title and a given name (audit 63, B-a63-4).
const TEXT = [
  'Senators question ferry contract',
  '',
  'Senators on Monday questioned transport officials over a P1.1-billion ferry contract.',
  '',
  '"The boats were bought at twice the market price," said Senator Rosa “Chay” Dimalanta, who chairs the committee. "Someone profited."',
  '',
  'Transport undersecretary Emilio Dantes defended the deal.',
].join('\n');

describe('nickname speaker', () => {
  it('prints the whole name of a speaker written with a quoted nickname', () => {
    const speakers = analyzeArticle(TEXT).quotes.map((q) => q.speaker);
    expect(speakers).toEqual(['Rosa Dimalanta', 'Rosa Dimalanta']);
  });
});
