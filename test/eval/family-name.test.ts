import { describe, expect, it } from 'vitest';
import { familyName } from '../../src/eval/family-name';

describe('familyName', () => {
  it('reads a hyphened Korean given name after the family name', () => {
    expect(familyName('Secretary General Ban Ki-moon')).toBe('Ban');
    expect(familyName('Moon Jae-in')).toBe('Moon');
  });

  it('leaves other names to their last word', () => {
    expect(familyName('Ban')).toBeNull();
    expect(familyName('Anna Smith-Jones')).toBeNull();
    expect(familyName('Jean-Luc Picard')).toBeNull();
    expect(familyName('the ex-mayor')).toBeNull();
  });
});

describe('speakerOk with a family name first', () => {
  it('matches "Ban" and "Ban Ki-moon" as one person, and no one else', async () => {
    const { speakerOk } = await import('../../src/eval/score-attribution');
    expect(speakerOk('Ban Ki-moon', 'Ban')).toBe(true);
    expect(speakerOk('Ban', 'Secretary General Ban Ki-moon')).toBe(true);
    expect(speakerOk('Moon Jae-in', 'Ban')).toBe(false);
  });
});
