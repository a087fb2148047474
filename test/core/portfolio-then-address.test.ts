import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const analyse = (body: string) => analyzeArticle(`Council news\n\n${body}`);

// Audit B-a60-7: "Opposition spokesman for planning Hon. Darren Carabott said …" printed the role and "Hon." as the
// speaker: the name after "for <portfolio> Hon." was read as the preposition's object.
it('credits the name after a role with a lower-case portfolio and a form of address', () => {
  const a = analyse(
    'Opposition spokeswoman for fisheries Hon. Rita Galea said the quota needed "a proper review, not a guess."',
  );
  expect(a.quotes[0]?.speaker).toBe('Rita Galea');
  expect(analyse('Shadow minister for housing Dr Omar Reyes said rents had doubled.').statements[0]?.speaker).toBe(
    'Omar Reyes',
  );
});

it('controls: after an article, or before an office title, the name is still the object', () => {
  expect(analyse('A spokesman for state Sen. Rita Galea said the quota was fair.').statements[0]?.speaker).not.toBe(
    'Rita Galea',
  );
  expect(analyse('An aide to fisheries Mr Omar Reyes said the quota was fair.').statements[0]?.speaker).not.toBe(
    'Omar Reyes',
  );
});
