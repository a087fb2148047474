import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { whoIsWhoLoneWord } from '../../src/core/who-is-who-lone-word';

/** Copy written for the test: the shapes of PolNeAR train's outlets and places a quote was pinned on. */
const names = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map((p) => p.name);

describe('who-is-who, a lone word a quote was pinned on', () => {
  it('lists no outlet or place the copy never uses as a person', () => {
    const outlet = names(
      'Senator disputes a report',
      'It was a report by Vexlo that said the senator "fabricated" the story. Vexlo stood by the report on Friday.',
      '"The story is false," Sen. Mark Dunmore said. "Our reporting is accurate," Vexlo said in a note to readers.',
    );
    expect(outlet).not.toContain('Vexlo');
    expect(outlet).toContain('Mark Dunmore');
    expect(whoIsWhoLoneWord('Vexlo', 'A report by Vexlo. "It is true," Vexlo said.')).toBe(true);
  });

  it('keeps a lone word the copy writes as a person: titled, beside a given name, or bound to "he"', () => {
    expect(whoIsWhoLoneWord('Hollande', 'President François Hollande spoke. "No," Hollande said.')).toBe(false);
    expect(whoIsWhoLoneWord('Hollande', 'François Hollande spoke. "No," Hollande said.')).toBe(false);
    // A non-breaking space, and a given name the copy's encoding broke, still stand beside the surname.
    expect(whoIsWhoLoneWord('Gingrich', 'Speaker Newt\u00a0Gingrich spoke. "No," Gingrich said.')).toBe(false);
    expect(whoIsWhoLoneWord('Hollande', 'FranÃÂ§ois Hollande spoke. "No," Hollande said.')).toBe(false);
    expect(whoIsWhoLoneWord("O'Neill", 'Commissioner James O’Neill spoke. "No," said O\'Neill.')).toBe(false);
    // Quoted by surname alone, again and again: a spokesman the copy never names in full.
    const spokesman =
      '"He should testify," Spicer stated on Friday. Asked again, Spicer said no. "Nope," Spicer responded.';
    expect(whoIsWhoLoneWord('Spicer', spokesman)).toBe(false);
    expect(whoIsWhoLoneWord('Spicer', '"He should testify," Spicer stated on Friday.')).toBe(true);
    expect(whoIsWhoLoneWord('Ban', 'Ban Ki-moon spoke. "No," Ban said.')).toBe(false);
    expect(whoIsWhoLoneWord('Guccifer', 'Guccifer said he was alone. "I did it," Guccifer said.')).toBe(false);
    expect(whoIsWhoLoneWord('Spicer', 'Mr. Spicer spoke. "No," Spicer said.')).toBe(false);
    // Named in full in the headline only.
    const headlined = names(
      'Hillary Clinton Goes After Donald Trump',
      '"I do not buy that," Clinton said on Monday. Clinton aides were coy.',
      '"We will win," Clinton said.',
    );
    expect(headlined.some((n) => n.endsWith('Clinton'))).toBe(true);
    const titled = names(
      'Mayor hits back',
      '"The bridge is safe," Mayor Ruth Galvin said on Tuesday. Galvin said the work cost $4 million.',
      '"We will pay," Galvin said.',
    );
    expect(titled).toContain('Ruth Galvin');
  });
});
