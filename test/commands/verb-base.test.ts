import { describe, expect, it } from 'vitest';
import { verbBase } from '../../commands/elliptic-question';

// Review s43 B-r43-7: a who-question's verb is put back to its base after "did"/"does" ("signed" → "sign").
describe('verbBase', () => {
  it('reads regular and irregular pasts and third-person forms', () => {
    expect(verbBase('signed')).toBe('sign');
    expect(verbBase('approved')).toBe('approve');
    expect(verbBase('chairs')).toBe('chair');
    expect(verbBase('carried')).toBe('carry');
    expect(verbBase('said')).toBe('say');
    expect(verbBase('went')).toBe('go');
  });

  it('control: a word that is no form of a verb gives nothing', () => {
    expect(verbBase('contract')).toBeUndefined();
    expect(verbBase('yesterday')).toBeUndefined();
  });
});
