import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { compoundRoleHead } from '../../src/core/compound-role-head';

/**
 * Audit 56, B-a56-1: "Transport Undersecretary Cecilia Manalastas" read as five name words (a title), so she was no
 * person, and the "she told the committee" after her statement went to the only person-like run left, a village.
 */
describe('a one-word compound role before a name', () => {
  it('"Undersecretary" is a role word, a surname that merely ends like one is not', () => {
    expect(compoundRoleHead('Undersecretary')).toBe(true);
    expect(compoundRoleHead('Secretary')).toBe(false);
    expect(compoundRoleHead('Kissinger')).toBe(false);
  });

  it('the person after "Harbour Works Undersecretary" is found, and her pronoun tag is hers', () => {
    const copy =
      '"Where did the money go?" Okafor asked Harbour Works Undersecretary Delia Marquez. ' +
      'Marquez said the work had been moved to a later phase because of disputes with landowners in Sitio Lomas ' +
      'Santa Cruz.\n\n"The money was not lost. It was moved within the same programme," she told the panel.';
    const a = analyzeArticle(copy, { title: 'Dike inquiry' });
    expect(a.quotes.find((q) => q.text.startsWith('The money'))?.speaker).toBe('Delia Marquez');
    expect(a.entities.find((e) => e.name === 'Delia Marquez')?.type).toBe('person');
  });
});

// Audit 58, B-a58-10: "Assemblymember" (a seat in a body, closed up, not in WordNet whole) stayed inside the name.
describe('a seat in a body written closed up before a name', () => {
  it('"Assemblymember" and "Councilmember" are role words; "Remember" is not', () => {
    expect(compoundRoleHead('Assemblymember')).toBe(true);
    expect(compoundRoleHead('Councilmember')).toBe(true);
    expect(compoundRoleHead('Remember')).toBe(false);
  });

  it('the lawmaker is named without the seat, and the party-district tag after her is nobody', () => {
    const copy =
      'Assemblymember Carla Nunez Ortiz (D-Bell Gardens) has introduced the bill in Sacramento. ' +
      '"This is about fairness," Nunez Ortiz said on Tuesday. Landlords oppose the measure.';
    const a = analyzeArticle(copy, { title: 'Rent bill' });
    const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Carla Nunez Ortiz']);
    expect(a.quotes[0]?.speaker).toBe('Carla Nunez Ortiz');
  });
});
