import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { whoIsWhoSource } from '../../src/core/who-is-who-source';

/** Two titled names joined by "and", then a speech verb: both are sources (review B-r43-16); copy written for the test. */
const people = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map(
    (p) => `${p.name} / ${p.role}`,
  );

describe('who-is-who, two titled names a speech verb follows', () => {
  it('lists both, each with the office the copy abbreviates before the name', () => {
    expect(
      people(
        'Ferry levy split',
        'Oregon Sen. Mark Tully and Vermont Rep. Lisa Grant said the ferry levy would pass.',
        'The levy funds two new boats.',
      ),
    ).toEqual(['Mark Tully / Oregon Senator', 'Lisa Grant / Vermont Representative']);
    expect(
      people('Ferry levy split', 'Mayor Tom Brannick and Governor Ada Quell told reporters the levy would pass.'),
    ).toEqual(['Tom Brannick / Mayor', 'Ada Quell / Governor']);
  });

  it('control: the same pair named once with no speech verb is named in passing and left out', () => {
    expect(
      people('Ferry levy split', 'Oregon Sen. Mark Tully and Vermont Rep. Lisa Grant also backed the ferry levy.'),
    ).toEqual([]);
  });

  it('reads the verb after the whole coordination, never across a sentence stop', () => {
    const pair = 'Sen. Mark Tully and Rep. Lisa Grant said the levy would pass.';
    expect(whoIsWhoSource(['Mark Tully'], 'Senator', pair)).toBe(true);
    // Control: "Grant." ends the sentence; the officials' "said" is not Tully's.
    const apart = 'The levy was drafted by Mark Tully and Grant. Officials said it would pass.';
    expect(whoIsWhoSource(['Mark Tully'], null, apart)).toBe(false);
    // Control: a lower-case word after "and" opens a clause of its own, not a second name.
    const clause = 'Mark Tully and his aides drafted the levy. Officials said it would pass.';
    expect(whoIsWhoSource(['Mark Tully'], null, clause)).toBe(false);
  });
});
