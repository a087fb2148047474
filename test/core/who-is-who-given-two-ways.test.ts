import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const people = (paragraphs: string[]) =>
  whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title: 'Studio fixer remembered' })).people.map((p) =>
    p.role ? `${p.name} — ${p.role}` : p.name,
  );

/** Issue 13: one person listed twice under a given name written two ways. */
describe('who is who lists one line for a given name written two ways', () => {
  it('a short form ("Stan"/"Stanley"), an initial ("R. T."/"Rollo") and a middle name are one person', () => {
    const listed = people([
      'Stan Kowalczyk said the studio was "in trouble" that year.',
      'Stanley Kowalczyk, a former stunt rider, ran the back lot for 20 years.',
      '"We never missed a day," Kowalczyk said.',
      'Rollo Penhaligon, the studio fixer, kept its stars out of the papers.',
      'R. T. Penhaligon died in 1963. "He knew everyone," Penhaligon\'s daughter said.',
      'Mabel Quist said the lot was "a family". Mabel Ann Quist was born in 1921. "We worked hard," Quist said.',
    ]);
    expect(listed.filter((p) => p.includes('Kowalczyk'))).toEqual([
      expect.stringMatching(/^Stan(?:ley)? Kowalczyk — former stunt rider$/),
    ]);
    expect(listed.filter((p) => p.includes('Penhaligon'))).toEqual(['Rollo Penhaligon — studio fixer']);
    expect(listed.filter((p) => p.includes('Quist'))).toHaveLength(1);
  });

  it('controls: a short form of a name of the other sex, a two-letter start, a father and son stay apart', () => {
    const listed = people([
      'Chris Vantongeren said the case was "closed". His sister Christine Vantongeren said it was "not over".',
      '"We go on," Vantongeren said.',
      'Jo Halvorsen said the plan was "fine". Joe Halvorsen said it was "bad". "Enough," Halvorsen said.',
      'Dale Ruddock Jr. said the farm was "finished". Dale Ruddock said it was "not for sale". "Never," Ruddock said.',
    ]);
    expect(listed).toEqual(expect.arrayContaining(['Chris Vantongeren', 'Christine Vantongeren']));
    expect(listed).toEqual(expect.arrayContaining(['Jo Halvorsen', 'Joe Halvorsen']));
    expect(listed).toEqual(expect.arrayContaining(['Dale Ruddock Jr.', 'Dale Ruddock']));
  });
});

/** Review s35 B-who35-4: the copy shows two people, so two names that could be one written two ways stay two lines. */
describe('who is who keeps two people the copy shows are two', () => {
  it('US style: a father and son in one sentence, a kin noun between them, each quoted', () => {
    const listed = people([
      'Daniel Brannock, 70, and his son Dan Brannock, 38, run the stables.',
      'Daniel Brannock said the season was "the hardest in memory." Dan Brannock said they would "sell if we must."',
    ]);
    expect(listed).toEqual(expect.arrayContaining(['Daniel Brannock', 'Dan Brannock']));
  });

  it('British style: each quoted under their own name in their own sentence, single quotes', () => {
    const listed = people([
      'The Ellery family have farmed the valley since 1890.',
      "Samuel Ellery said the flood was 'the worst I have seen'.",
      "Later in the day Sam Ellery said the insurers had 'not paid a penny'.",
    ]);
    expect(listed).toEqual(expect.arrayContaining(['Samuel Ellery', 'Sam Ellery']));
  });

  it('controls: one person written two ways, in separate sentences and quoted once, is still one line', () => {
    const listed = people([
      'Theo Marchetti opened the yard in 1962.',
      "Theodore Marchetti said the lot was 'a family'. 'We worked hard,' Marchetti said.",
    ]);
    expect(listed.filter((p) => p.includes('Marchetti'))).toHaveLength(1);
  });
});
