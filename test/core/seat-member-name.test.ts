import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const read = (body: string) => {
  const analysis = analyzeArticle(
    `Village school faces closure\n\nThe county has proposed closing a village school.\n\n${body}`,
  );
  return { analysis, who: whoIsWho(analysis).people };
};

/**
 * Audit 61's B-a61-3: a member's seat of two or more words before an apposed name ("The Senedd Member for Ceredigion
 * Penfro, Dylan Rhys Owen MS,") or a seat closed by a compass pair ("MP for Diego Martin North/East Stuart …") had
 * its tail read as a person, who took the member's words and a line in who is who.
 */
describe("a member's seat of several words", () => {
  it('runs to the apposed name, which takes the post and the quote', () => {
    const { analysis, who } = read(
      'The Senedd Member for Dyffryn Hafren, Iolo Wyn Prydderch MS, said he had written to the minister.\n\n' +
        '"This school is the heart of the village," he said.',
    );
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Iolo Wyn Prydderch']);
    expect(who).toEqual([{ name: 'Iolo Wyn Prydderch', role: 'Senedd Member for Dyffryn Hafren' }]);
  });

  it('runs past a compass pair to the name after it', () => {
    const { analysis, who } = read(
      'MP for Couva South/East Leela Ramdass-Khan said the ministry should publish the report.\n\n' +
        '"We need to see the numbers," Ramdass-Khan said.',
    );
    expect(analysis.statements.map((s) => s.speaker)).toEqual(['Leela Ramdass-Khan']);
    expect(who).toEqual([{ name: 'Leela Ramdass-Khan', role: 'MP for Couva South/East' }]);
  });

  it('a compass pair closes the seat though the given name is unlisted', () => {
    const { who } = read('MP for Arima South/West Tobiah Ankrah said the plan was rushed, and Ankrah said so again.');
    expect(who).toEqual([{ name: 'Tobiah Ankrah', role: 'MP for Arima South/West' }]);
  });

  it('control: a surname after a department, then a listed name, is still a person', () => {
    const { analysis } = read('Secretary of State Kerry, Susan Rice and the envoy met the council on Monday.');
    expect(analysis.entities.map((e) => e.name)).toContain('Kerry');
  });
});
