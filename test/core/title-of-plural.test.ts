import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { titleOfPlural } from '../../src/core/split-title';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Review s39 B-r39-15: a title's plural was read by cutting its last "s" in three places, so "Secretaries" and
 * "Princesses" were no title's plural; one reading (`titleOfPlural`, with WordNet's endings) now serves them all.
 */
describe("a title's plural, read once", () => {
  it('"Secretaries" and "Princesses" are titles\' plurals', () => {
    expect(titleOfPlural('Secretaries')).toBe('Secretary');
    expect(titleOfPlural('Princesses')).toBe('Princess');
  });

  it('controls: "Senators", "Sens.", "Govs." as before; a singular title or another plural is none', () => {
    expect(titleOfPlural('Senators')).toBe('Senator');
    expect(titleOfPlural('Sens.')).toBe('Sen.');
    expect(titleOfPlural('Govs.')).toBe('Gov.');
    expect(titleOfPlural('Senator')).toBeNull();
    expect(titleOfPlural('Actors')).toBeNull();
  });

  it('"Secretaries Ruth Okonkwo and Carl Brandvik" gives each the office, as "Ministers" does', () => {
    const people = (plural: string) =>
      whoIsWho(
        analyzeArticle(
          [
            `Talks resumed on Tuesday. ${plural} Ruth Okonkwo and Carl Brandvik signed an open letter calling for peace.`,
            '"Silence is not a policy," Okonkwo said. Brandvik said the letter had been sent to every government.',
          ].join('\n\n'),
          { title: 'Diplomacy news in brief' },
        ),
      ).people;
    expect(people('Secretaries')).toEqual([
      { name: 'Ruth Okonkwo', role: 'Secretary' },
      { name: 'Carl Brandvik', role: 'Secretary' },
    ]);
    expect(people('Ministers')).toEqual([
      { name: 'Ruth Okonkwo', role: 'Minister' },
      { name: 'Carl Brandvik', role: 'Minister' },
    ]);
  });
});
