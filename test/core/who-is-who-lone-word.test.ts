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
      'Vexlo reported that the senator "fabricated" the story. Vexlo stood by the report on Friday.',
      '"The story is false," Sen. Mark Dunmore said. "Our reporting is accurate," Vexlo said in a note to readers.',
    );
    expect(outlet).not.toContain('Vexlo');
    expect(outlet).toContain('Mark Dunmore');
    expect(whoIsWhoLoneWord('Vexlo', 'A report by Vexlo. "It is true," Vexlo said.')).toBe(false);
    expect(whoIsWhoLoneWord('Vexlo', 'Vexlo reported the leak. "It is true," Vexlo said.')).toBe(true);
  });

  it('drops a lone word only where the copy says it is a place, an outlet or a group', () => {
    expect(whoIsWhoLoneWord('Politico', '"We stand by it," Politico said. Politico reported the leak first.')).toBe(
      true,
    );
    expect(whoIsWhoLoneWord('Vox', 'A video went viral. "It was staged," Vox said, according to Vox.')).toBe(true);
    expect(whoIsWhoLoneWord('Vox', '"It was staged," Vox said. Vox, the news website, ran a correction.')).toBe(true);
    const city = 'The march began in Philadelphia on Monday. "We are ready," Philadelphia said in a statement.';
    expect(whoIsWhoLoneWord('Philadelphia', city)).toBe(true);
    const voters = 'Most Gibraltarians want to stay British. "We are British," Gibraltarians said in the vote.';
    expect(whoIsWhoLoneWord('Gibraltarians', voters)).toBe(true);
    expect(whoIsWhoLoneWord('MPs', 'MPs were told to vote. "No deal," MPs said.')).toBe(true);
    // The tail of a longer name, and a show's staff.
    const chamber = 'The Hollywood Chamber of Commerce has spoken. "It stays," Commerce said on Monday.';
    expect(whoIsWhoLoneWord('Commerce', chamber)).toBe(true);
    const show = '"Not to mention the debate," mused Blaze co-host Stu Burguiere. "Yes," Blaze said.';
    expect(whoIsWhoLoneWord('Blaze', show)).toBe(true);
  });

  it('keeps a lone word with no evidence either way: the well-known and the once-named', () => {
    const flynn = [
      'Trump Says Flynn Should Ask for Immunity',
      'Earlier in the day, Trump stated via Twitter on Friday that Flynn should ask for immunity.',
      '"He [Trump] believes that Mike Flynn should go testify," Spicer stated on Friday.',
      "Flynn had talks with Trump’s campaign staff, Spicer said. Trump's team denied it.",
    ].join('\n');
    expect(whoIsWhoLoneWord('Trump', flynn)).toBe(false);
    expect(whoIsWhoLoneWord('Spicer', flynn)).toBe(false);
    const wife = 'He came with his wife, ex-model Sandra. "We are happy," Sandra said at the launch.';
    expect(whoIsWhoLoneWord('Sandra', wife)).toBe(false);
    const voter = 'Voters queued in the rain. "I want change," Melanie, a nurse, said outside the polling station.';
    expect(whoIsWhoLoneWord('Melanie', voter)).toBe(false);
    // A surname that ends as a plural does ("Evans") is no group without a plural's cue.
    expect(whoIsWhoLoneWord('Evans', 'The coach spoke. "We lost," Evans said after the game.')).toBe(false);
    // "from" and "around" are a person's prepositions as often as a place's: no evidence.
    const endorsed = [
      'The candidate won a late endorsement from Obama on Tuesday, aides said.',
      '"This changes everything," Obama told supporters at the rally. The people around Obama were upbeat.',
    ].join('\n');
    expect(whoIsWhoLoneWord('Obama', endorsed)).toBe(false);
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
    // Quoted once, with no evidence either way: he stays.
    expect(whoIsWhoLoneWord('Spicer', '"He should testify," Spicer stated on Friday.')).toBe(false);
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
