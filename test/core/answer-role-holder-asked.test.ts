import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

const story = (title: string, lines: string[]) => analyzeArticle(lines.join('\n\n'), { title });
/** The first sentence the answer cites. */
const first = (article: Analysis, question: string) => {
  const result = answerQuestion(article, question);
  return article.sentences.find((s) => s.id === result.sentenceIds[0])?.text ?? '';
};

const union = story("Teachers' union backs pay offer", [
  'The government offered teachers the largest rise in a decade on Monday, Deputy Education Minister Carl Hessen said.',
  'The National Teachers Alliance, known as Netra, welcomed the offer.',
  'Netra President Ilse Warrick said members would vote on it next month.',
  'Netra spokesman Paul Dorn said the vote would be held online.',
]);

const activist = story('Activist arrested in Old Town', [
  'Housing activist Sara Lind was arrested at her office in Old Town on Thursday, her lawyer said.',
  '"The charges are absurd and we will fight them," said the lawyer, Jonas Brekke.',
  'Police said she would be questioned over a protest at the city hall.',
]);

/**
 * Audit 53 B-a53-5: a who-question asking for the holder of a role ("who is Lind's lawyer?", "who is the lawyer for
 * Sara Lind?") or for a party's leader ("who leads Netra?", WordNet's leader nouns) cites the sentence naming the
 * holder — "the lawyer, Jonas Brekke", "Netra President Ilse Warrick" — not one saying "her lawyer said" or another
 * party's official; a spokesman the party titles is no leader.
 */
describe('the holder of an asked role is cited first', () => {
  it.each([
    ['Who leads Netra?', union, 'Ilse Warrick'],
    ["Who is Lind's lawyer?", activist, 'Jonas Brekke'],
    ['Who is the lawyer for Sara Lind?', activist, 'Jonas Brekke'],
  ])('%s', (question, article, holder) => {
    expect(first(article, question)).toContain(holder);
  });

  it.each([
    ['Who is the president of Netra?', union, 'Ilse Warrick'],
    ['Who is Jonas Brekke?', activist, 'Jonas Brekke'],
    ['Who is the spokesman for Netra?', union, 'Paul Dorn'],
  ])('control: %s', (question, article, holder) => {
    expect(first(article, question)).toContain(holder);
  });
});
