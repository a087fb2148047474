import { describe, expect, it, vi } from 'vitest';
import { roleModifiers } from '../../src/core/role-modifiers';

/** A name of letters only, different for each i ("Tom Vaab", "Tom Vaac", …). */
const nameOf = (i: number): string =>
  `Tom V${String.fromCharCode(97 + Math.floor(i / 676))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (i % 26))}`;

describe('roleModifiers', () => {
  it('finds each name\'s "President" from the name, not by reading every "President" up to its line', () => {
    const lines = 600;
    const text = Array.from({ length: lines }, (_, i) => `We met former President ${nameOf(i)} at noon.`).join(' ');
    const indexOf = vi.spyOn(String.prototype, 'indexOf');
    const roles: string[] = [];
    let calls: number;
    try {
      for (let i = 0; i < lines; i++) roles.push(roleModifiers('President', nameOf(i), text));
    } finally {
      // Counted before the restore, which clears the calls.
      calls = indexOf.mock.calls.length;
      indexOf.mockRestore();
    }
    // Reading forward from the role, the i-th name costs at least i + 1 indexOf calls (main: 180,900 in all).
    expect(calls).toBeLessThanOrEqual(3 * lines);
    expect(new Set(roles)).toEqual(new Set(['former President']));
  });

  it('reads the words before the role as before', () => {
    expect(roleModifiers('nominee', 'Gary Johnson', 'We spoke to Libertarian presidential nominee Gary Johnson.')).toBe(
      'Libertarian presidential nominee',
    );
    // The role must stand right before the name, across any whitespace, and the name end there.
    expect(roleModifiers('nominee', 'Gary Johnson', 'The nominee said Gary Johnson won.')).toBe('nominee');
    expect(roleModifiers('nominee', 'Gary John', 'Libertarian nominee Gary Johnson.')).toBe('nominee');
    expect(roleModifiers('nominee', 'Gary Johnson', 'Libertarian nominee\n\n Gary Johnson.')).toBe(
      'Libertarian nominee',
    );
    expect(roleModifiers('nominee', 'Gary Johnson', 'The nomineeGary Johnson. Green party nominee Gary Johnson.')).toBe(
      'Green party nominee',
    );
  });

  it('an -ing noun between a title opener and the head names the portfolio; after anything else it is a verb', () => {
    expect(roleModifiers('minister', 'Ola Brandt', 'Green shadow farming minister Ola Brandt replied.')).toBe(
      'Green shadow farming minister',
    );
    expect(roleModifiers('director', 'Ola Brandt', 'He met former planning director Ola Brandt.')).toBe(
      'former planning director',
    );
    // "a crowd cheering candidate Ola Brandt": the -ing word's subject stands before it, no opener.
    expect(roleModifiers('candidate', 'Ola Brandt', 'A crowd cheering candidate Ola Brandt gathered.')).toBe(
      'candidate',
    );
  });
});
