import { describe, expect, it } from 'vitest';
import { andJoinedOffice, type JoinedTitles } from '../../src/core/and-joined-office';
import { workGrowth } from '../support/regex-work';

// Speed (session 56): whether the word before "and" joins a person's title ("Roads and Transport Minister") is read
// back from where the name is written, and whether the copy writes that word only in the title once per title, not by
// three patterns per person over the whole copy: who is who asks every person's role, so a roster of n ministers read
// the copy 3n times. The titles read are kept by the caller for its copy (session 57), not by the module.
const surname = (i: number) => `Kel${(i + 360).toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)}vic`;
const name = (i: number) => `Anna ${surname(i)}`;
const roster = (n: number) =>
  Array.from({ length: n }, (_, i) => `Roads and Transport Minister ${name(i)} voted against the harbour plan.`).join(
    ' ',
  );

/**
 * Every minister of a roster asked as who is who asks: the role before the name, the name, the copy, and the joined
 * titles it keeps for the copy.
 */
const askAll = ({ n, text }: { n: number; text: string }) => {
  const titles: JoinedTitles = new Map();
  for (let i = 0; i < n; i++) andJoinedOffice('Transport Minister', [name(i)], text, titles);
};

describe('the word before "and" is read from where the name is written', () => {
  it('asks a roster of 4n ministers with about twice the added work of 2n over n, not four times', () => {
    expect(workGrowth((n) => ({ n, text: roster(n) }), askAll, 200)).toBeLessThan(2.6);
  });

  it('control: the joined title is read in a long copy as in a short one, and only there', () => {
    const long = roster(400);
    expect(andJoinedOffice('Transport Minister', [name(7)], long)).toBe('Roads and Transport Minister');
    expect(andJoinedOffice('Transport Minister', [name(7)], roster(1).replace(name(0), name(7)))).toBe(
      'Roads and Transport Minister',
    );
    // The word written once more out of the title is a subject of its own; a capitalised word before it makes it a
    // name's second word; a name the copy never writes after the title gets the bare role.
    expect(andJoinedOffice('Transport Minister', [name(7)], `${long} Roads were closed.`)).toBe('Transport Minister');
    const named = `Mayor Tilda Roads and Transport Minister ${name(7)} met.`;
    expect(andJoinedOffice('Transport Minister', [name(7)], named)).toBe('Transport Minister');
    expect(andJoinedOffice('Transport Minister', ['Anna Quist'], long)).toBe('Transport Minister');
  });
});
