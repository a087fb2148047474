import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour board splits over the pier\n\n${body}`).quotes.map((q) => q.speaker);
const statementSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour board splits over the pier\n\n${body}`).statements.map((s) => s.speaker);

const lead =
  'The harbour board chair, Helen Marsh, met the council leader, Tom Reddy, on Tuesday.\n\n"The board met in secret," Reddy said.\n\n';

/** Session 45, sp57: a quotation standing as its own paragraph goes with the lead before it, not the tag after it. */
describe('a stand-alone quotation paragraph between a speaking lead and a later tag', () => {
  it('credits the subject of the lead paragraph, not the speaker tagged in the next paragraph', () => {
    const body = `${lead}Marsh was quick to add that the deal does not include the pier.\n\n"Selling it? Not on the table."\n\n"Would the pier be sold next year?" Reddy pressed.`;
    expect(quoteSpeakers(body)).toEqual(['Tom Reddy', 'Helen Marsh', 'Tom Reddy']);
  });

  it('control: after a lead whose subject does not speak, the run still takes the later tag', () => {
    const body = `${lead}Marsh walked out of the meeting at noon.\n\n"Selling it? Not on the table."\n\n"Would the pier be sold next year?" Reddy pressed.`;
    expect(quoteSpeakers(body)).toEqual(['Tom Reddy', 'Tom Reddy', 'Tom Reddy']);
  });
});

/** Session 45, sp57: a reporting verb coordinated by "and" shares the subject of the nearest clause, after ", while". */
describe('a reporting verb coordinated with the verb of a contrastive clause', () => {
  const opening = 'The harbour board met on Monday.\n\n';

  it('credits the subject of the ", while" clause, not the first name of the sentence', () => {
    const body = `${opening}Mayor Helen Marsh on Monday signed an order closing the pier, while Tom Reddy, the council leader, proposed we "think again about the harbour" and said the board should resign.`;
    expect(quoteSpeakers(body)).toEqual(['Tom Reddy']);
  });

  it('control: with no contrastive clause the first subject still speaks', () => {
    const body = `${opening}Mayor Helen Marsh, who met Tom Reddy on Monday, signed the order and said the board should "think again about the harbour".`;
    expect(quoteSpeakers(body)).toEqual(['Helen Marsh']);
  });
});

/** Session 46, fix46d: review B-r46-4, a ", while" aside between a subject and its verb opens no clause. */
describe('an aside opened by ", while" and closed by a comma before the subject’s verb', () => {
  const opening = 'The harbour board met on Monday.\n\n';

  it('credits the subject before the aside with the coordinated "said"', () => {
    const body = `${opening}Helen Marsh, while still harbour master, opened the new pier in 2021 and said the town had waited long enough.`;
    expect(statementSpeakers(body)).toEqual(['Helen Marsh']);
  });

  it('does not credit a name inside the aside', () => {
    const body = `${opening}Helen Marsh, while Tom Reddy looked on, opened the new pier and said the town had waited long enough.`;
    expect(statementSpeakers(body)).toEqual(['Helen Marsh']);
  });

  it('keeps an earlier contrastive clause when the last ", while" is an aside inside it', () => {
    const body = `${opening}Mayor Helen Marsh on Monday signed an order closing the pier, while Tom Reddy, while still council leader, proposed a review and said the board should resign.`;
    expect(statementSpeakers(body)).toEqual(['Tom Reddy']);
  });

  it('control: a contrastive clause whose subject has an apposition still takes the "said"', () => {
    const body = `${opening}Mayor Helen Marsh on Monday signed an order closing the pier, while Tom Reddy, the council leader, proposed a review and said the board should resign.`;
    expect(statementSpeakers(body)).toEqual(['Tom Reddy']);
  });
});
