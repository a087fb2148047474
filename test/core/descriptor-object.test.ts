import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const brief = (body: string) => {
  const a = analyzeArticle(`Harbour news\n\n${body}`);
  return { a, people: whoIsWho(a).people.map((p) => p.name) };
};

// Audit B-a60-1: "One owner in western Queensland told us she …" credited the place, listed as a person.
it('never takes the place inside an indefinite descriptor for the speaker or a person who spoke', () => {
  const { a, people } = brief(
    'A ferry mechanic in southern Tasmania told us she had waited a year for parts. "We patch what we can," she said.',
  );
  expect(a.statements[0]?.speaker).toBe('a ferry mechanic in southern Tasmania');
  expect(a.quotes[0]?.speaker).not.toBe('Tasmania');
  expect(people).not.toContain('Tasmania');
});

it('leaves the tag to no one when the descriptor is too long to print, not to the place or an earlier person', () => {
  const { a, people } = brief(
    'Mara Lenz runs the yard. One welder from the night shift at the dry dock in coastal East Anglia said he had ' +
      'worked four shifts in a row. "The cranes keep failing," he said.',
  );
  const quote = a.quotes.find((q) => q.text.startsWith('The cranes'));
  expect(quote?.speaker ?? null).toBeNull();
  expect(people).not.toContain('East Anglia');
});

it('controls: a name apposed to the descriptor, or a descriptor with no preposition, still speaks', () => {
  expect(brief('A farmer in rural Iowa, Jo Hart, said she had sold the herd.').a.statements[0]?.speaker).toBe(
    'Jo Hart',
  );
  expect(brief('One driver, Sam Okoro, said he had waited all night.').a.statements[0]?.speaker).toBe('Sam Okoro');
});
