import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 58 (fix58c), audit 58 B-a58-15: Arabic names keep their bin/Al particles whole, a Title-Case appositive of
 * posts ("Crown Prince and Chairman of …") is a role, and a place opened by "Al" after a role's "of" is no one's
 * name. Copy written for the tests.
 */
const story = (...ps: string[]) => analyzeArticle(['Desalination plant opens', ...ps].join('\n\n'));

describe('Arabic names and Title-Case posts', () => {
  const ps = [
    'The plant was opened on Sunday by His Highness Sheikh Dr Rashid bin Saif Al Mazrouei, Member of the Federal Council and Ruler of Al Marsa.',
    '"Water is the future of this coast," Sheikh Rashid said.',
    'The contract was signed in March by Sheikh Khalifa bin Amir Al Mazrouei, Crown Prince and Head of the Planning Council, after a tender.',
    'Sheikh Khalifa said the plant would supply 90,000 homes.',
  ];

  it('a father\'s name that is also a title ("bin Amir") stays in the name, and a particle keeps it whole', () => {
    const people = story(...ps).entities.filter((e) => e.type === 'person');
    expect(people.map((p) => p.name)).toEqual(['Rashid bin Saif Al Mazrouei', 'Khalifa bin Amir Al Mazrouei']);
  });

  it('"Ruler of Al Marsa" names a place, and a capitalised list of posts is the role, no organisation', () => {
    const a = story(...ps);
    expect(a.entities.map((e) => e.name)).not.toContain('Marsa');
    expect(a.entities.some((e) => /Ruler|Prince/.test(e.name))).toBe(false);
    expect(whoIsWho(a).people).toEqual([
      { name: 'Rashid bin Saif Al Mazrouei', role: 'Member of the Federal Council and Ruler of Al Marsa' },
      { name: 'Khalifa bin Amir Al Mazrouei', role: 'Crown Prince and Head of the Planning Council' },
    ]);
  });

  it("an abbreviation's full stop before a comma ends no appositive role", () => {
    const a = story(
      'Nadia Orr, secretary of the Harbour Traders Assn., welcomed the plant.',
      '"It is overdue," Orr said.',
    );
    expect(whoIsWho(a).people).toEqual([{ name: 'Nadia Orr', role: 'secretary of the Harbour Traders Assn.' }]);
  });

  it('an honorific before a name holding "bin" vouches for it as a person named once with a role', () => {
    const a = story(
      'Prince Saud bin Nayef, chairman of the Marsa Water board, toured the plant on Monday.',
      '"The pumps are quiet," said Omar Haddad, the plant manager.',
    );
    expect(whoIsWho(a).alsoNamed).toEqual([{ name: 'Saud bin Nayef', role: 'chairman of the Marsa Water board' }]);
  });
});
