import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { whoIsWhoState } from '../../src/core/who-is-who-state';

/** A bare office keeps the state the copy gives it, before the office or after the name. Copy written for the test. */
const who = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Budget talks stall', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people;

describe('whoIsWhoState', () => {
  it('reads the state written before the abbreviated or whole office', () => {
    const text = 'Earlier, fellow Sen. Dale Ormond spoke. Later Nebraska Sen. Dale Ormond said the bill would fail.';
    expect(whoIsWhoState('Dale Ormond', 'Senator', text)).toBe('Nebraska Senator');
    expect(whoIsWhoState('Rita Vance', 'Governor', 'New Mexico Governor Rita Vance vetoed it.')).toBe(
      'New Mexico Governor',
    );
  });

  it('reads the state written after the name, past a middle initial', () => {
    const text = 'The plan was backed by Gov. Hal T. Brenner of Ohio, who signed it on Monday.';
    expect(whoIsWhoState('Hal Brenner', 'Governor', text)).toBe('Ohio Governor');
    expect(whoIsWhoState('Ana Cole', 'Representative', 'Rep. Ana Cole of Oregon voted no.')).toBe(
      'Oregon Representative',
    );
  });

  it('keeps a bare office when the state belongs to another office or another person', () => {
    expect(whoIsWhoState('Dale Ormond', 'Senator', 'Ohio Gov. Dale Ormond spoke. Sen. Dale Ormond left.')).toBe(
      'Senator',
    );
    expect(whoIsWhoState('Dale Ormond', 'Senator', 'Texas Sen. Ray Pike met Sen. Dale Ormond of the panel.')).toBe(
      'Senator',
    );
    // "of Texas Tech" is a university, "of New York City" a city: no state.
    expect(whoIsWhoState('Dale Ormond', 'Senator', 'Sen. Dale Ormond of Texas Tech fame spoke.')).toBe('Senator');
    expect(whoIsWhoState('Ana Cole', 'Representative', 'Rep. Ana Cole of New York City spoke.')).toBe('Representative');
  });

  it('leaves a role that is no bare office as the copy gave it', () => {
    const text = 'Dale Ormond, the committee chairman, spoke. Texas Sen. Dale Ormond left.';
    expect(whoIsWhoState('Dale Ormond', 'committee chairman', text)).toBe('committee chairman');
    expect(whoIsWhoState('Dale Ormond', null, text)).toBeNull();
  });

  it('gives the state to the office in the list', () => {
    const people = who(
      'Texas Sen. Dale Ormond said on Tuesday that the budget would not pass this year.',
      '"We will not vote for it," Ormond said. Sen. Ormond added that talks would go on.',
    );
    expect(people.find((p) => p.name === 'Dale Ormond')?.role).toBe('Texas Senator');
  });
});
