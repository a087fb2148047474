import { describe, expect, it } from 'vitest';
import { lowerStart } from '../../src/core/lower-start';

// Audit 58's B-a58-3: the opening word was read with an ASCII class, so "Tomás" was looked up as "Tom" and lowered.
describe('lowerStart reads letters of any script', () => {
  it('keeps a name whose first word holds an accented letter', () => {
    expect(lowerStart('Tomás Ferrer denied the claim', new Set(['Tomás']))).toBe('Tomás Ferrer denied the claim');
    expect(lowerStart('Łukasz denied the claim', new Set(['Łukasz']))).toBe('Łukasz denied the claim');
  });

  it('still lowers a common word that opens on an accented capital', () => {
    expect(lowerStart('Émigrés returned home in June', new Set())).toBe('émigrés returned home in June');
  });
});
