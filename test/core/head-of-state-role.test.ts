import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/** The role the engine gives Orla Ní Fhaoláin when `office` stands in apposition before her name; invented copy. */
const role = (office: string) =>
  analyzeArticle(
    [
      'Harbour levy talks stall',
      '',
      `The ${office}, Orla Ní Fhaoláin, is due to meet port owners in Corrabeg on Monday.`,
      '',
      'The owners said the levy would cost them dearly.',
    ].join('\n'),
  ).entities.find((e) => e.name === 'Orla Ní Fhaoláin')?.role;

describe('a head-of-state office WordNet knows heads an appositive role', () => {
  it('reads a national title the hand role list lacks ("The Taoiseach, X,", "The Tsar, X,")', () => {
    expect(role('Taoiseach')).toBe('Taoiseach');
    expect(role('Tsar')).toBe('Tsar');
  });

  it('control: the hand list\'s "Premier" was read already; a word that is no office gives no role', () => {
    expect(role('Premier')).toBe('Premier');
    expect(role('Harbour')).toBeUndefined();
  });
});
