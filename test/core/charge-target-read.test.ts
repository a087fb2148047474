import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Review s43 B-r43-12: the charge question named the article's main person as the one who must answer with no
// evidence the charge was at them ("How does Tom Reddy answer the practice manager's charge that it is a scandal?").
// Invented copy: Priya Nair is the most-mentioned person; the charges are the warden's and a spokesman's.
const article = (charge: string) =>
  analyzeArticle(
    [
      'Allotment rents',
      'Councillor Priya Nair set the new allotment rents in April.',
      'Nair said the rise was needed to mend the water pipes.',
      'Nair added that tenants would get a year to pay.',
      'Tenants at the Elm Road site met on Friday.',
      charge,
    ].join('\n\n'),
  ).questions.map((q) => q.text);

it('asks no one named to answer a bare "it" charge', () => {
  const asked = article('"It is a disgrace," the site warden said.').join(' ');
  expect(asked).not.toMatch(/How does Priya Nair answer|charge that it is a disgrace/);
});

it('does not name the main person when the sentence does not', () => {
  const asked = article('"The pipe repairs were a disgrace," the site warden said.').join(' ');
  expect(asked).not.toMatch(/How does Priya Nair answer/);
});

it('control: a charge whose sentence names the main person still asks her', () => {
  const asked = article('"The rents were a scandal and Nair knows it," the site warden said.').join(' ');
  expect(asked).toMatch(
    /How does Priya Nair answer the site warden's charge that the rents were a scandal and Nair knows it\?/,
  );
});
