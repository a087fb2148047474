import { describe, expect, it } from 'vitest';
import { orgAcronyms } from '../../src/core/org-acronyms';

/**
 * who34 (session 26): the acronym matching is a map, not a scan of every pair. Behaviour held: the form written first,
 * the counts of both forms, one line per body, and a pasted list of many bodies merged pair by pair.
 */
describe('orgAcronyms', () => {
  it('merges an acronym with its expansion, before or after it in the list, counting both', () => {
    const text =
      'The DNC met. The Democratic National Committee voted. The National Rifle Association and the NRA spoke.';
    const orgs = [
      { name: 'NRA', count: 2 },
      { name: 'DNC', count: 3 },
      { name: 'Democratic National Committee', count: 2 },
      { name: 'National Rifle Association', count: 2 },
      { name: 'Kestrel Council', count: 4 },
    ];
    // DNC 3 + 2 = 5 written first as "DNC"; the NRA 2 + 2 = 4 written first in full; Kestrel Council 4 stays.
    expect(orgAcronyms(orgs, text)).toEqual(['DNC', 'National Rifle Association', 'Kestrel Council']);
  });

  it('control: initials that spell no listed acronym, or two long names alike, stay apart', () => {
    const text = 'Kestrel Harbour Trust, KHA, Kestrel Harbour Team.';
    const orgs = [
      { name: 'Kestrel Harbour Trust', count: 2 },
      { name: 'KHA', count: 2 },
      { name: 'Kestrel Harbour Team', count: 2 },
    ];
    expect(orgAcronyms(orgs, text)).toEqual(['Kestrel Harbour Trust', 'KHA', 'Kestrel Harbour Team']);
  });

  it('merges every pair of a long pasted list', () => {
    const letters = (n: number) =>
      [0, 1, 2].map((d) => String.fromCharCode(65 + (Math.floor(n / 26 ** d) % 26))).join('');
    const orgs: Array<{ name: string; count: number }> = [];
    for (let n = 0; n < 600; n++) {
      const short = letters(n);
      orgs.push({ name: short, count: 1 }, { name: [...short].map((c) => `${c}x`).join(' '), count: 1 });
    }
    const merged = orgAcronyms(orgs, orgs.map((o) => o.name).join('. '));
    expect(merged).toHaveLength(600);
    expect(merged.every((name) => /^[A-Z]{3}$/.test(name))).toBe(true);
  });
});
