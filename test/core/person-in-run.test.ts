import { describe, expect, it } from 'vitest';
import { findNameRuns } from '../../src/core/name-runs';
import { personInRun } from '../../src/core/person-in-run';

/** The run of capitalised words that holds `word` in the copy's first sentence, read with the whole copy. */
const read = (copy: string, word: string) => {
  const first = copy.slice(0, copy.indexOf('.') + 1);
  const run = findNameRuns(first).find((r) => r.words.some((w) => w.text === word))!;
  return personInRun(run, copy);
};

describe('personInRun: a form of address no table holds, named by an inner word the copy writes alone', () => {
  const opening = 'Harbour councillor Datuk Seri Goh Chee Wen opposed the levy.';

  it('after a lower-case person noun, a possessive second mention opens the name', () => {
    const parse = read(`${opening} Goh's office sent the figures on Friday.`, 'Goh');
    expect([parse?.name, parse?.title]).toEqual(['Goh Chee Wen', 'Datuk Seri']);
  });

  it('control: the word run on into another by a hyphen or an apostrophe is not written alone', () => {
    for (const later of [
      'A report from the Goh-Lam firm came on Friday.',
      "A report from the O'Goh firm came on Friday.",
    ])
      expect(read(`${opening} ${later}`, 'Goh')?.name).not.toBe('Goh Chee Wen');
  });

  it('a run that names no one: the word must stand beside a speech verb', () => {
    const copy = 'Delta Menteri Besar Datuk Seri Azmi Rahim Musa opened the bridge.';
    expect(read(`${copy} "It is done," Azmi said.`, 'Azmi')?.name).toBe('Azmi Rahim Musa');
    expect(read(`${copy} Azmi cut the ribbon.`, 'Azmi')?.name).not.toBe('Azmi Rahim Musa');
  });

  it('control: a known given name before the word says the name began there (review 64 R64-1)', () => {
    const copy = 'Harbour councilwoman Rosa Maria Quintero Vidal backed the levy.';
    expect(read(`${copy} "It is fair," Quintero said.`, 'Quintero')?.name).toBe('Rosa Maria Quintero Vidal');
  });
});
