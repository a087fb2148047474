import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { givenNamesAfter } from '../../src/core/given-names-after';

// "Rep. Park Ji-hoon … Park said …": a surname written before a hyphenated given name is the person's, even where
// the word is also an English one and opens the sentence (audit 63, B-a63-2).
const TEXT = [
  'Busan council splits over ferry terminal',
  '',
  'BUSAN, March 3 -- The Busan city council on Tuesday delayed a vote on a new ferry terminal.',
  '',
  '"The design was changed twice without telling us," Rep. Park Min-seo, who chairs the harbor committee, told reporters.',
  '',
  'The city’s port director, Yoon Hae-jin, defended the design. She said the changes cut the terminal’s cost.',
  '',
  'Park said the committee would ask Yoon Hae-jin and two engineers to appear on March 10.',
  '',
  '"We are not against the terminal," he said. "We are against surprises."',
].join('\n');

describe('given names after', () => {
  it('counts the hyphenated given names written after a word', () => {
    expect(givenNamesAfter('Park', 'Rep. Park Min-seo said. Park Min-seo left.')).toBe(1);
    expect(givenNamesAfter('Park', 'Park Min-seo and Park Ji-won spoke.')).toBe(2);
    expect(givenNamesAfter('Park', 'The Hyde Park-based group')).toBe(0);
  });

  it('reads "Park said" opening a sentence as the person, and the next "he" as him, not the woman named after', () => {
    const { quotes, statements } = analyzeArticle(TEXT);
    expect(statements.find((s) => s.text.includes('ask Yoon'))?.speaker).toBe('Park Min-seo');
    expect(quotes.find((q) => q.text.includes('surprises'))?.speaker).toBe('Park Min-seo');
  });
});
