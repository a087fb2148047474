import { expect, test } from 'vitest';
import { briefSections } from '../../src/app/build-brief-reply';
import { keyQuoteItems } from '../../src/app/key-quote-items';
import type { Analysis, Quote } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const ARTICLE = [
  'Mayor opposes bridge plan',
  '',
  'Mayor Ana Ruiz came out against the county bridge plan on Tuesday.',
  '',
  '"What worries me is not just the cost of the bridge," Ruiz told reporters at city hall, "but the years of closures it would bring to the old town."',
  '',
  'The county says the bridge would cut journey times by half.',
  '',
  '"We have waited twenty years for this bridge," said county leader Tom Hale. "The mayor knows it."',
].join('\n');

test('a quotation split by its tag is printed whole, the tag replaced by an ellipsis', () => {
  // Through the brief's own sections, as every platform renders them.
  const analysis = analyzeArticle(ARTICLE);
  const sections = briefSections(analysis, [], [], whoIsWho(analysis));
  const items = sections.find((s) => s.heading === 'Key quotes')!.items;
  expect(items).toContainEqual({
    text: 'What worries me is not just the cost of the bridge, … but the years of closures it would bring to the old town.',
    speaker: 'Ana Ruiz',
  });
  expect(items.some((q) => q.text === 'What worries me is not just the cost of the bridge.')).toBe(false);
  // Control: one speaker's two sentences are two quotations, printed apart.
  expect(items.some((q) => q.text.startsWith('We have waited twenty years') && !q.text.includes('…'))).toBe(true);
});

const quote = (text: string, speaker: string | null, sentenceId: number, key = true): Quote => ({
  text,
  speaker,
  sentenceId,
  key,
});
const analysis = (quotes: Quote[]): Analysis => ({
  title: '',
  sentences: [],
  summary: [],
  quotes,
  statements: [],
  questions: [],
  entities: [],
});

test('halves join only within one sentence and one speaker, and a key second half brings its first', () => {
  const items = keyQuoteItems(
    analysis([
      quote('Every time you say that,', 'Jon Tester', 4, false),
      quote('you give ammunition to the other side.', 'Jon Tester', 4),
      quote('It is over,', 'Ann Lee', 7),
      quote('she said again.', 'Bo Chan', 7),
      quote('We will see,', 'Ann Lee', 8),
      quote('and then decide.', 'Ann Lee', 9),
      quote('You say you ‘accept responsibility, and it was the fault of those 5,000 people,’', 'Jeff Merkley', 10),
    ]),
  );
  expect(items.map((i) => i.text)).toEqual([
    'Every time you say that, … you give ammunition to the other side.',
    'It is over.',
    'she said again.',
    'We will see.',
    'and then decide.',
  ]);
  const merkley = keyQuoteItems(analysis([quote('You say you ‘accept it, and blame 5,000 people,’', 'J M', 1)]));
  expect(merkley[0]!.text).toBe('You say you ‘accept it, and blame 5,000 people’.');
});
