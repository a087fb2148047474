import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour wall in brief\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'Mayor Ellen Rusk toured the harbour at Kelsby on Monday.\n\n';
const words = '"We cannot wait for the ministry to act on the wall,"';

/**
 * Session 48 (sp60): after an inverted tag's description, ", who …" opens a relative clause, never an appositive
 * name, even when the clause holds capitals ("said the New York businessman, who campaigned Monday in New
 * Hampshire": PolNeAR train). Read as an appositive, the tag grew past the description's eight words and no one
 * was printed.
 */
describe('a relative clause after an inverted tag', () => {
  it('leaves the description as the speaker', () => {
    expect(
      quoteSpeakers(`${lead}${words} said the Kelsby businesswoman, who campaigned Monday in New Dunmore.`),
    ).toEqual(['the Kelsby businesswoman']);
  });

  it('control: an appositive name still names the speaker', () => {
    expect(quoteSpeakers(`${lead}${words} said the harbour pilot, Captain Tomas Brandt.`)).toEqual(['Tomas Brandt']);
  });

  it('control: a relative clause of lower-case words was read before', () => {
    expect(quoteSpeakers(`${lead}${words} said the Kelsby businesswoman, who campaigned on the quay.`)).toEqual([
      'the Kelsby businesswoman',
    ]);
  });
});
