import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { roleAcronyms } from '../../src/core/role-acronym';

/**
 * Audit 58, B-a58-11: "officer-in-charge (OC) of <Station>" was no role (a hyphened compound, and a bracket the role
 * reader stopped at), the acronym became an organisation, and "the OC said" stayed unresolved. Copy written for the test.
 */
const copy = (role: string, later: string): string =>
  [
    'Two people were hurt when rival groups clashed over a pond lease in the district on Sunday.',
    `Reached by phone, Anwar Hossain Talukder, ${role} of Rampur Police Station, said the police had reached the spot within an hour.`,
    `"More police have been sent to the area to stop any further trouble," ${later} said.`,
  ].join('\n\n');

describe('a role with a hyphened compound head and a bracketed acronym', () => {
  it('"officer-in-charge (OC)": the role, the statement, and "the OC said" are his; no body "OC"', () => {
    const a = analyzeArticle(copy('officer-in-charge (OC)', 'the OC'), { title: 'Pond lease clash' });
    expect(a.entities).toEqual([
      { name: 'Anwar Hossain Talukder', type: 'person', role: 'officer-in-charge (OC) of Rampur Police Station' },
    ]);
    expect(a.statements.map((s) => s.speaker)).toEqual(['Anwar Hossain Talukder']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Anwar Hossain Talukder']);
  });

  it('"officer-in-charge" alone: the role, and "the officer said" is his', () => {
    const a = analyzeArticle(copy('officer-in-charge', 'the officer'), { title: 'Pond lease clash' });
    expect(a.entities.find((e) => e.type === 'person')?.role).toBe('officer-in-charge of Rampur Police Station');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Anwar Hossain Talukder']);
  });

  it('an acronym names a post only after a role head', () => {
    expect(roleAcronyms('the upazila nirbahi officer (UNO) and the chief executive officer (CEO)')).toEqual([
      'UNO',
      'CEO',
    ]);
    expect(roleAcronyms('the National Health Service (NHS) and a health service (HSE)')).toEqual([]);
  });
});
