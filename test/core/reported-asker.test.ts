import { describe, expect, it } from 'vitest';
import { crowdChant } from '../../src/core/chanted-quote';
import { reportedAsker } from '../../src/core/reported-asker';

/** Session 36 (sp48, ask51): the two readers behind the asker and chant rules, on written sentences. */
describe('reportedAsker', () => {
  const hollis = { end: 10, possessive: false, object: false };
  it('reads the asker only when one person is asked', () => {
    const s = { text: 'Ms. Hollis asked the chief inspector if officers were disciplined.', start: 0 };
    expect(reportedAsker(s, hollis)).toBe(true);
    const group = { text: 'Ms. Hollis asked the officers if they were disciplined.', start: 0 };
    expect(reportedAsker(group, hollis)).toBe(false);
  });

  it('lets the one asked hold a title or an initial with its full stop (review B-sp48-1)', () => {
    expect(
      reportedAsker({ text: 'Ms. Hollis asked Dr. Amara Kell whether the unit would shut.', start: 0 }, hollis),
    ).toBe(true);
    expect(reportedAsker({ text: 'Ms. Hollis asked Lt. Col. Ray P. Dunn if it was true.', start: 0 }, hollis)).toBe(
      true,
    );
  });

  it('stops at a sentence end all the same (control)', () => {
    expect(reportedAsker({ text: 'Ms. Hollis asked around. Then if it rained, they left.', start: 0 }, hollis)).toBe(
      false,
    );
  });
});

describe('crowdChant', () => {
  it('is read from the words right before the quotation only', () => {
    const text = 'The crowd chanting outside, Mr. Cole said "we will win."';
    expect(crowdChant({ text, start: 0 }, text.indexOf('we will'), [])).toBe(false);
  });
});
