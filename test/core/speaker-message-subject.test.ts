import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour board splits over dredging\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'The harbour chair, Helen Marsh, wrote to members on Monday after the board met.\n\n';
const words = '"The board will consult every mooring holder before any work begins,"';

/** Session 46, sp58: review B-r45-6's wider ask, on invented copy. A message carries words; it says nothing itself. */
describe('a statement, a report or a letter as the subject of the tag (B-r45-6)', () => {
  it('gives a statement that names no one no speaker', () => {
    expect(quoteSpeakers(`${lead}The statement said: "The board will consult every mooring holder."`)).toEqual([null]);
  });

  it('gives a report that names no one no speaker when the tag follows', () => {
    expect(quoteSpeakers(`${lead}${words} the report said.`)).toEqual([null]);
  });

  it('gives a letter that names no one no speaker, though a woman was named before', () => {
    expect(quoteSpeakers(`${lead}The letter said: "The board will consult every mooring holder."`)).toEqual([null]);
  });

  it('control: a letter its owner names is kept as the copy words it', () => {
    expect(quoteSpeakers(`${lead}${words} Marsh's letter said.`)).toEqual(["Marsh's letter"]);
  });

  it('control: a body that speaks keeps its words', () => {
    expect(quoteSpeakers(`${lead}The council said: "The board will consult every mooring holder."`)).toEqual([
      'the council',
    ]);
  });

  it('control: a report naming whom it was written for is kept as the copy words it', () => {
    expect(quoteSpeakers(`${lead}${words} a report for the Harwick Trust said.`)).toEqual([
      'a report for the Harwick Trust',
    ]);
  });

  it('control: the owner of a letter that relays another’s words is not credited', () => {
    const body = `${lead}The mayor, Tom Reddy, called the plan a "costly folly," according to Marsh's letter.`;
    expect(quoteSpeakers(body)).not.toContain('Helen Marsh');
  });
});
