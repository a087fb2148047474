import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Sample 41's left ungrammatical class: an inversion after a fronted adverb ("But first will come the Biden event")
// was asked as "Will first come the …?". The adverb is no subject: the passage is shown. Invented copy.
const questions = (sentence: string) =>
  analyzeArticle(`Pier closure\n\nThe harbour trust met on Monday.\n\n${sentence}\n`).questions.map((q) => q.text);

it.each([
  'But first will come the harbour vote, a much-awaited test for the trust chairman.',
  'Next will come the harbour vote in March.',
])('asks no "Will first come …?" of an inversion: %s', (sentence) => {
  const asked = questions(sentence);
  expect(asked.join(' ')).not.toMatch(/^Will (?:first|next) come\b/im);
  expect(asked.some((q) => q.includes(sentence.slice(0, 30)))).toBe(true);
});

it('control: the adverb after its subject keeps the question', () => {
  expect(questions('The harbour vote will come first, in March.')).toContain(
    'Will the harbour vote come first, in March?',
  );
});
