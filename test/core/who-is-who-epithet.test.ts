import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { whoIsWhoEpithet } from '../../src/core/who-is-who-epithet';

/**
 * who30 (session 24): "Crooked Hillary", "Little Marco", "Crazy Bernie" were listed as people beside Hillary Clinton,
 * Marco Rubio and Bernie Sanders (7 lines of PolNeAR train). Copy written for the test.
 */
const names = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map((p) => p.name);

describe('who-is-who, an epithet on a listed person’s given name', () => {
  it('reads a word before a listed person’s given name as an epithet, a name of its own as a name', () => {
    expect(whoIsWhoEpithet('Crooked Hillary', ['Hillary Clinton', 'Donald Trump'])).toBe(true);
    expect(whoIsWhoEpithet('Little Marco', ['Marco Rubio'])).toBe(true);
    // Controls: its own given name ("Rand"), an initial, no one listed by that given name, or one word.
    expect(whoIsWhoEpithet('Rand Paul', ['Paul Ryan'])).toBe(false);
    expect(whoIsWhoEpithet('J. Paul', ['Paul Ryan'])).toBe(false);
    expect(whoIsWhoEpithet('Crooked Hillary', ['Donald Trump'])).toBe(false);
    expect(whoIsWhoEpithet('Hillary', ['Hillary Clinton'])).toBe(false);
  });

  it('lists the person and not the nickname the copy gives him', () => {
    const people = names(
      'Limbaugh on the race',
      'Rush Limbaugh said Bernie Sanders was winning young voters.',
      'Crazy Bernie has the kids, Limbaugh said. Crazy Bernie will not be the nominee, he added. Sanders disagreed.',
    );
    expect(people).toContain('Rush Limbaugh');
    expect(people).toContain('Bernie Sanders');
    expect(people).not.toContain('Crazy Bernie');
  });

  it('keeps a person whose surname is another listed person’s given name', () => {
    const people = names(
      'Senators split',
      'Paul Ryan spoke on Monday. Sen. Rand Paul said he would vote no. Ryan said yes.',
      '“It is a bad bill,” Paul said. Ryan disagreed.',
    );
    expect(people).toContain('Paul Ryan');
    expect(people).toContain('Rand Paul');
  });
});
