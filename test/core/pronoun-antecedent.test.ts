import { describe, expect, it } from 'vitest';
import { pronounAntecedent } from '../../src/core/pronoun-antecedent';
import { scopeSynsets } from '../../src/core/scope-synsets';

describe('pronounAntecedent', () => {
  it('takes the nearest noun phrase agreeing with the pronoun, and the verb before it', () => {
    const before = 'Officers detained three teenagers outside the covered market on Friday but';
    expect(pronounAntecedent(before, 'they')).toEqual({ phrase: new Set(['teenag']), verb: 'detain' });
    expect(pronounAntecedent(before, 'it')?.phrase).toEqual(new Set(['cover', 'market']));
  });

  it('finds none when no phrase agrees', () => {
    expect(pronounAntecedent('Mr Hale said on Monday that', 'they')).toBeUndefined();
  });
});

describe('scopeSynsets', () => {
  it('joins forms that share a sense in one part of speech, not forms whose other parts of speech do', () => {
    expect(scopeSynsets('disclose', 'reveal')).toBe(true);
    expect(scopeSynsets('grounded', 'caused')).toBe(false);
    expect(scopeSynsets('go', 'die')).toBe(false);
  });
});
