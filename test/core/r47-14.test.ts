import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Clinic apologises after booking fault\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'A clinic in Forton has apologised to 120 families whose bookings were lost last week.\n\n';
const words = '"We are sorry for the worry this caused and have called every family affected,"';

/** Session 46, review 47's B-r47-14, on invented copy: a lower-case possessor names the message's maker. */
describe('a message whose maker is a lower-case possessor (B-r47-14)', () => {
  it("keeps the clinic's statement as the copy words it", () => {
    expect(quoteSpeakers(`${lead}${words} the clinic's statement said.`)).toEqual(["the clinic's statement"]);
  });

  it("keeps the board's letter to families as the copy words it", () => {
    expect(quoteSpeakers(`${lead}${words} the board's letter to families said.`)).toEqual([
      "the board's letter to families",
    ]);
  });

  it('control: a statement that names no one stays unattributed', () => {
    expect(quoteSpeakers(`${lead}${words} the statement said.`)).toEqual([null]);
  });
});
