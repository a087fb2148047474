import { describe, expect, it } from 'vitest';
import { crowdChant } from '../../src/core/chanted-quote';
import { reportedAsker } from '../../src/core/reported-asker';

/** Session 36, sp48: the two readers behind the asker and chant rules, on written sentences. */
describe('reportedAsker', () => {
  it('reads the asker only when one person is asked', () => {
    const s = { text: 'Ms. Hollis asked the chief inspector if officers were disciplined.', start: 0 };
    const hollis = { end: 10, possessive: false, object: false };
    expect(reportedAsker(s, hollis)).toBe(true);
    const group = { text: 'Ms. Hollis asked the officers if they were disciplined.', start: 0 };
    expect(reportedAsker(group, hollis)).toBe(false);
  });
});

describe('crowdChant', () => {
  it('is read from the words right before the quotation only', () => {
    const text = 'The crowd chanting outside, Mr. Cole said "we will win."';
    expect(crowdChant({ text, start: 0 }, text.indexOf('we will'), [])).toBe(false);
  });
});
