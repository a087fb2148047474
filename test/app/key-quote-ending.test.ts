import { expect, it } from 'vitest';
import { briefSections } from '../../src/app/build-brief-reply';
import type { Quote } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';

function keyQuoteTexts(quotes: Quote[]): string[] {
  const analysis = { ...analyzeArticle('Council vote\n\nThe council voted on Monday.'), quotes };
  const sections = briefSections(analysis, [], [], { people: [], organizations: [] });
  return sections.find((s) => s.heading === 'Key quotes')?.items.map((i) => i.text) ?? [];
}

// Each from a sentence of its own: halves of one sentence's split quotation are joined (key-quote-items.test.ts).
let sentenceId = 0;
const quote = (text: string): Quote => ({ text, speaker: 'Ms Diaz', sentenceId: sentenceId++, key: true });

it('ends a key quote cut at its attribution with a period only when the quote opens a sentence', () => {
  expect(
    keyQuoteTexts([
      // Cut where "she said" began: the comma stands for the period of her sentence.
      quote('We will not close a single branch,'),
      // A fragment inside the reporter's sentence ("vowed to keep the branches “open for every reader,” and…"):
      // the article has no period there, so none is printed.
      quote('open for every reader,'),
      // The article's own period, inside the closing mark, stays as it is.
      quote('seeing the branches open on the path to victory.'),
    ]),
  ).toEqual([
    'We will not close a single branch.',
    'open for every reader',
    'seeing the branches open on the path to victory.',
  ]);
});
