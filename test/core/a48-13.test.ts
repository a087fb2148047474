import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const asked = (sentence: string) =>
  analyzeArticle(`Quarry road row\n\nThe parish board met on Monday.\n\n${sentence}\n`).questions.map((q) => q.text);

describe('audit 48, B-a48-13: near shapes of the scheduled-outcome question', () => {
  it('keeps a for-phrase inside the event noun phrase, not after the verb of holding', () => {
    const q = asked('The board will hold a debate on the fees for the quarry road on Thursday.');
    expect(q).toContain(
      'What will come of the debate on the fees for the quarry road that the board will hold on Thursday?',
    );
  });
  it('reads an expectation in the source sentence, which the schedule template rewrote to "will"', () => {
    const q = asked('The board is expected to hold a ballot on the road fees on Thursday.');
    expect(q).toContain('Will the board hold a ballot on the road fees on Thursday?');
    expect(q.join(' ')).not.toContain('What will come of');
  });
  it('asks no question of an event the copy says will not be held before a date', () => {
    const q = asked('The board will not hold a ballot on the road fees until October.');
    expect(q.filter((t) => t.endsWith('?'))).toEqual([]);
    expect(q.join(' ')).toContain('The board will not hold a ballot on the road fees until October.');
  });
  it("control: a firm schedule still asks its outcome, the relative clause after the event's own phrase", () => {
    expect(asked('The board will hold a ballot on the road fees on Thursday.')).toContain(
      'What will come of the ballot on the road fees that the board will hold on Thursday?',
    );
  });
});

describe('session 48 (sample45): a with-phrase naming people is the event’s own, left by sample44b', () => {
  it('"a meeting with the quarry owners" stays with the meeting', () => {
    // Was "What will come of the meeting that the board will hold with the quarry owners on Thursday?".
    expect(asked('The board will hold a meeting with the quarry owners on Thursday.')).toContain(
      'What will come of the meeting with the quarry owners that the board will hold on Thursday?',
    );
  });
  it('control: a with-phrase naming no one is the manner of holding, after the verb', () => {
    expect(asked('The board will hold a vote with a show of hands on Thursday.')).toContain(
      'What will come of the vote that the board will hold with a show of hands on Thursday?',
    );
  });
});
