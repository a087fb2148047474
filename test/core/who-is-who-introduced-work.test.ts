import { describe, expect, it } from 'vitest';
import { whoIsWhoSourceKind } from '../../src/core/who-is-who-source';
import { workGrowth } from '../support/regex-work';

// Speed (session 52): whether a role introduces a name ("Tim Canova, a law professor") is read where the name is
// written, not by a pattern per name over the whole copy; who is who asks it of every name, so a roster of n names
// read the copy n times (n × copy: 2.9 M characters walked for 160 names in one paragraph).
const line = (i: number) => `Council member Anna Kel${i.toString(36)}vic voted against the harbour plan.`;
const roster = (n: number) => Array.from({ length: n }, (_, i) => line(i)).join(' ');
const name = (i: number) => `Anna Kel${i.toString(36)}vic`;

/** Every name of a roster asked as who is who asks: the name, its role, the copy (over 20,000 characters from 400). */
const askAll = ({ n, text }: { n: number; text: string }) => {
  for (let i = 0; i < n; i++) whoIsWhoSourceKind([name(i)], 'council member', text);
};

describe('who is who reads a role after a name where the name is written', () => {
  it('asks a roster of 4n names with about twice the added work of 2n over n, not four times', () => {
    expect(workGrowth((n) => ({ n, text: roster(n) }), askAll, 400)).toBeLessThan(2.6);
  });

  it('control: a role right after the name, past an aside or an article, still introduces it', () => {
    const copy = 'The harbour plan passed. Mara Quillet (D-Tarrow), a pilot of the ferry, voted for it.';
    expect(whoIsWhoSourceKind(['Mara Quillet'], 'pilot of the ferry', copy)).toEqual({
      source: false,
      introduced: true,
    });
    expect(whoIsWhoSourceKind(['Mara Quillet'], 'ferry pilot', copy).introduced).toBe(false);
    // A long copy (its occurrence index) and a second name of the list: the same reading.
    const long = `${roster(400)} Mara Quillet, the harbour pilot, voted for it.`;
    expect(whoIsWhoSourceKind(['Quillet', 'Mara Quillet'], 'harbour pilot', long).introduced).toBe(true);
    expect(whoIsWhoSourceKind(['Mara Quillet'], 'council member', long).introduced).toBe(false);
  });
});
